import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { sendHtml } from '../../http/html-page.js';
import { perMinute } from '../../http/rate-limit.js';
import { errorResponses } from '../../http/schemas.js';
import { a2pSettingsBody, brandBody, proofParams, registrationView } from './a2p.schema.js';
import {
  getRegistration,
  optInProofPage,
  refreshRegistration,
  saveBrand,
  setEnforcement,
  submitRegistration,
} from './a2p.service.js';

const managers = ['owner', 'admin'] as const;
const tags = ['a2p'];
const response = { 200: registrationView, ...errorResponses };

/** A2P 10DLC registration of the workspace's brand and campaign, for its admins; and the public opt-in proof. */
export const a2pRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/a2p',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'The registration: status, brand, the campaign to submit, rejections',
        response,
      },
    },
    (request) => getRegistration(ctx, request.auth.workspaceId),
  );

  app.put(
    '/a2p/brand',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags,
        summary:
          'Save the brand (the EIN is write-only); refused while the registration is in review or approved',
        body: brandBody,
        response,
      },
    },
    (request) =>
      saveBrand(ctx, {
        workspaceId: request.auth.workspaceId,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.post(
    '/a2p/submit',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags,
        summary: 'Submit the brand, or a new campaign after a rejected one, to Twilio',
        response,
      },
    },
    (request) =>
      submitRegistration(ctx, {
        workspaceId: request.auth.workspaceId,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.post(
    '/a2p/check',
    {
      config: { roles: managers },
      schema: { tags, summary: 'Ask Twilio now where the review stands', response },
    },
    (request) => refreshRegistration(ctx, request.auth.workspaceId),
  );

  app.patch(
    '/a2p/settings',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags,
        summary: 'enforce: hold automated texts from a US long code until the campaign is approved',
        body: a2pSettingsBody,
        response,
      },
    },
    (request) =>
      setEnforcement(ctx, {
        workspaceId: request.auth.workspaceId,
        enforce: request.body.enforce,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};

/** `/opt-in/:workspaceSlug`: public, for carriers' reviewers; HTML, no script. */
export const a2pProofRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/opt-in/:workspaceSlug',
    {
      config: { auth: 'public', rateLimit: perMinute(120, 'Too many requests; wait a minute') },
      schema: {
        tags,
        summary:
          "The workspace's opt-in proof: its lead form and consent disclosure as shown, and the SMS terms",
        security: [],
        params: proofParams,
      },
    },
    async (request, reply) => sendHtml(reply, 200, await optInProofPage(ctx, request.params.workspaceSlug)),
  );
};
