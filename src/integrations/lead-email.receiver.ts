import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.js';
import { type LeadEmailReceiver, startLeadEmailReceiver } from './email/smtp-receiver.js';

/**
 * Runs the SMTP receiver beside the HTTP listener when LEAD_EMAIL_PORT is set: it starts once the app
 * listens and stops when the app closes. Apps that never listen (tests through inject) start none.
 */
export function installLeadEmailReceiver(app: FastifyInstance, ctx: AppContext): void {
  const port = ctx.config.leadSources.emailPort;
  if (port === undefined) return;
  let receiver: LeadEmailReceiver | undefined;
  app.addHook('onListen', async () => {
    receiver = await startLeadEmailReceiver(ctx, { port, host: ctx.config.host });
  });
  app.addHook('onClose', async () => {
    await receiver?.close();
  });
}
