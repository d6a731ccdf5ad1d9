import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { agencyRoutes } from '../agency/agency.routes.js';
import { analyticsRoutes } from '../analytics/analytics.routes.js';
import { billingRoutes } from '../billing/billing.routes.js';
import { usageRoutes } from '../billing/usage.routes.js';
import { consentLogRoutes } from '../consent/consent-log.routes.js';
import { doNotContactRoutes } from '../consent/do-not-contact.routes.js';
import { aiRoutes } from '../conversations/ai/ai.routes.js';
import { conversationsRoutes } from '../conversations/conversations.routes.js';
import { fubRoutes, fubWebhookRoutes } from '../integrations/fub/fub.routes.js';
import { inboundRoutes } from '../integrations/inbound.routes.js';
import { integrationsRoutes } from '../integrations/integrations.routes.js';
import { installLeadEmailReceiver } from '../integrations/lead-email.receiver.js';
import { webhookEndpointsRoutes } from '../integrations/outbound/webhooks.routes.js';
import { leadFormRoutes } from '../leads/lead-form.routes.js';
import { leadsRoutes } from '../leads/leads.routes.js';
import { notesRoutes } from '../leads/notes.routes.js';
import { timelineRoutes } from '../leads/timeline.routes.js';
import { a2pProofRoutes, a2pRoutes } from '../messaging/a2p/a2p.routes.js';
import { messagingRoutes } from '../messaging/messaging.routes.js';
import { notificationsRoutes } from '../messaging/notifications.routes.js';
import { smsProviderRoutes } from '../messaging/provider-settings.routes.js';
import { pushRoutes } from '../messaging/push.routes.js';
import { twilioWebhookRoutes } from '../messaging/webhooks.routes.js';
import { newId } from '../platform/ids.js';
import { privacyRoutes } from '../privacy/privacy.routes.js';
import { exportDownloadRoutes, requestPageRoutes } from '../privacy/request-page.routes.js';
import { retentionRoutes } from '../privacy/retention.routes.js';
import { bookingPageRoutes } from '../scheduling/booking-page.routes.js';
import { calendarsRoutes } from '../scheduling/calendars/calendars.routes.js';
import { schedulingRoutes } from '../scheduling/scheduling.routes.js';
import { callsRoutes } from '../voice/calls.routes.js';
import { outboundCallsRoutes } from '../voice/outbound-calls.routes.js';
import { recordingRoutes, recordingWebhookRoutes } from '../voice/recordings.routes.js';
import { relayRoutes } from '../voice/relay.routes.js';
import { voiceCallbackRoutes } from '../voice/voice-callbacks.routes.js';
import { voiceWebhookRoutes } from '../voice/voice-webhooks.routes.js';
import { workspacesRoutes } from '../workspaces/workspaces.routes.js';
import { installAuth } from './auth.js';
import type { AppContext } from './context.js';
import { frameworkErrorHandler, installErrorHandler } from './error-handler.js';
import { eventsRoutes } from './events.routes.js';
import { healthRoutes } from './health.routes.js';
import { installMetrics } from './metrics.js';
import { installNulStripping } from './nul-bytes.js';
import { databaseRateLimitStore } from './rate-limit.store.js';
import { webRoutes } from './web.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The whole HTTP application as a plugin-built instance, apart from the listener (server.ts),
 * so tests drive it with `app.inject`.
 */
export interface BuildAppOptions {
  /** Sees every route as it is added (tests build the workspace-isolation matrix from it). */
  onRoute?: (route: RouteOptions) => void;
}

function trustProxyOption(value: boolean | number | string) {
  // A hop count trusts that many proxies nearest the server.
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = ctx.logger.child({ category: 'http' });
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : newId();
    },
    ajv: { customOptions: { removeAdditional: false } },
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('ctx', ctx);
  const { onRoute } = options;
  if (onRoute) app.addHook('onRoute', (route) => onRoute(route));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installNulStripping(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        // Only behind https: on a plain-http install (a LAN box) it would send forms to a port nobody serves.
        upgradeInsecureRequests: ctx.config.secureCookies ? [] : null,
      },
    },
    hsts: ctx.config.secureCookies,
  });
  await app.register(cookie);
  installAuth(app, ctx);
  await app.register(formbody, { bodyLimit: ctx.config.bodyLimitBytes });
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(ctx) });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Closing Cloud API',
        version: '1',
        description: 'Lead response, qualification and booking',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'A workspace API key' },
          session: { type: 'apiKey', in: 'cookie', name: 'cc_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installMetrics(app);
  await app.register(healthRoutes, { ctx });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(workspacesRoutes, { prefix: '/api/v1', ctx });
  await app.register(messagingRoutes, { prefix: '/api/v1', ctx });
  await app.register(notificationsRoutes, { prefix: '/api/v1', ctx });
  await app.register(pushRoutes, { prefix: '/api/v1', ctx });
  await app.register(smsProviderRoutes, { prefix: '/api/v1', ctx });
  await app.register(a2pRoutes, { prefix: '/api/v1', ctx });
  await app.register(a2pProofRoutes, { ctx });
  await app.register(doNotContactRoutes, { prefix: '/api/v1', ctx });
  await app.register(twilioWebhookRoutes, { ctx });
  await app.register(voiceWebhookRoutes, { ctx });
  await app.register(voiceCallbackRoutes, { ctx });
  await app.register(relayRoutes, { ctx });
  await app.register(callsRoutes, { prefix: '/api/v1', ctx });
  await app.register(recordingRoutes, { prefix: '/api/v1', ctx });
  await app.register(recordingWebhookRoutes, { ctx });
  await app.register(outboundCallsRoutes, { prefix: '/api/v1', ctx });
  await app.register(leadsRoutes, { prefix: '/api/v1', ctx });
  await app.register(leadFormRoutes, { ctx });
  await app.register(conversationsRoutes, { prefix: '/api/v1', ctx });
  await app.register(schedulingRoutes, { prefix: '/api/v1', ctx });
  await app.register(bookingPageRoutes, { ctx });
  await app.register(calendarsRoutes, { ctx });
  await app.register(aiRoutes, { prefix: '/api/v1', ctx });
  await app.register(notesRoutes, { prefix: '/api/v1', ctx });
  await app.register(timelineRoutes, { prefix: '/api/v1', ctx });
  await app.register(consentLogRoutes, { prefix: '/api/v1', ctx });
  await app.register(analyticsRoutes, { prefix: '/api/v1', ctx });
  await app.register(usageRoutes, { prefix: '/api/v1', ctx });
  await app.register(billingRoutes, { ctx });
  await app.register(agencyRoutes, { prefix: '/api/v1', ctx });
  await app.register(eventsRoutes, { prefix: '/api/v1', ctx });
  await app.register(privacyRoutes, { prefix: '/api/v1', ctx });
  await app.register(requestPageRoutes, { ctx });
  await app.register(exportDownloadRoutes, { ctx });
  await app.register(retentionRoutes, { prefix: '/api/v1', ctx });
  await app.register(integrationsRoutes, { prefix: '/api/v1', ctx });
  await app.register(inboundRoutes, { ctx });
  await app.register(fubRoutes, { prefix: '/api/v1', ctx });
  await app.register(fubWebhookRoutes, { ctx });
  await app.register(webhookEndpointsRoutes, { prefix: '/api/v1', ctx });
  installLeadEmailReceiver(app, ctx);
  // Last: the dashboard answers only what no other route does.
  await app.register(webRoutes, { ctx });

  return app;
}
