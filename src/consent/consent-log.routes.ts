import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import {
  consentLogPageSchema,
  consentLogQuery,
  optOutPageSchema,
  optOutsQuery,
} from './consent-log.schema.js';
import { consentLogPage, optOutPage } from './consent-log.service.js';

const tags = ['compliance'];

/** What a workspace shows a regulator: the consent ledger and who opted out. Any member, or the API key. */
export const consentLogRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/consent-log',
    {
      schema: {
        tags,
        summary: "The workspace's consent ledger with its evidence, newest first",
        querystring: consentLogQuery,
        response: { 200: consentLogPageSchema, ...errorResponses },
      },
    },
    async (request) => consentLogPage(ctx, { workspaceId: request.auth.workspaceId, query: request.query }),
  );

  app.get(
    '/opt-outs',
    {
      schema: {
        tags,
        summary: 'Contacts whose SMS consent stands revoked, most recent first',
        querystring: optOutsQuery,
        response: { 200: optOutPageSchema, ...errorResponses },
      },
    },
    async (request) => optOutPage(ctx, { workspaceId: request.auth.workspaceId, query: request.query }),
  );
};
