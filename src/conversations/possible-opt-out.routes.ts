import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import {
  conversationPossibleOptOutSchema,
  possibleOptOutDecisionSchema,
  possibleOptOutListSchema,
} from './possible-opt-out.schema.js';
import {
  clearPossibleOptOut,
  confirmPossibleOptOut,
  getConversationPossibleOptOut,
  listPossibleOptOuts,
} from './possible-opt-out.service.js';

/** People decide a possible opt-out; an integration's key may read the flags but not decide them. */
const DECIDERS = { roles: ['owner', 'admin', 'agent'], apiKey: false } as const;

/** Texts that may revoke consent, waiting for a person: list, read, confirm, clear. */
export const possibleOptOutRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/possible-opt-outs',
    {
      schema: {
        tags: ['conversations'],
        summary: 'Conversations flagged "possible opt-out", newest first',
        description:
          'A lead wrote something that may revoke consent but is not clearly a revocation. No automated text ' +
          'goes to them until a person confirms or clears it.',
        response: { 200: possibleOptOutListSchema, ...errorResponses },
      },
    },
    async (request) => listPossibleOptOuts(ctx, request.auth.workspaceId),
  );

  app.get(
    '/conversations/:id/possible-opt-out',
    {
      schema: {
        tags: ['conversations'],
        summary: "The conversation's standing possible opt-outs (empty when none)",
        params: idParams,
        response: { 200: conversationPossibleOptOutSchema, ...errorResponses },
      },
    },
    async (request) =>
      getConversationPossibleOptOut(ctx, {
        workspaceId: request.auth.workspaceId,
        conversationId: request.params.id,
      }),
  );

  app.post(
    '/conversations/:id/possible-opt-out/confirm',
    {
      config: DECIDERS,
      schema: {
        tags: ['conversations'],
        summary:
          'Confirm the opt-out: the revocation is recorded as the lead’s, and one confirmation is texted',
        params: idParams,
        response: { 200: possibleOptOutDecisionSchema, ...errorResponses },
      },
    },
    async (request) =>
      confirmPossibleOptOut(ctx, {
        workspaceId: request.auth.workspaceId,
        conversationId: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.post(
    '/conversations/:id/possible-opt-out/clear',
    {
      config: DECIDERS,
      schema: {
        tags: ['conversations'],
        summary: 'Not an opt-out: the flag ends and automated texting resumes, held texts included',
        params: idParams,
        response: { 200: possibleOptOutDecisionSchema, ...errorResponses },
      },
    },
    async (request) =>
      clearPossibleOptOut(ctx, {
        workspaceId: request.auth.workspaceId,
        conversationId: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};
