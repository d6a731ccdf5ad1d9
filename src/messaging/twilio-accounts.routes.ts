import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionOf } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { accountSidSchema } from './provider-settings.schema.js';
import { listAccountHolders } from './twilio-accounts.repository.js';
import { linkTwilioAccount, unlinkTwilioAccount } from './twilio-accounts.service.js';

const tags = ['operator'];
const accountParams = z.strictObject({ accountSid: accountSidSchema });
const linkParams = z.strictObject({ accountSid: accountSidSchema, workspaceId: z.string().min(1).max(100) });
const holderSchema = z.object({
  workspaceId: z.string(),
  /** Null: the workspace claimed the account by saving it; else who linked it. */
  linkedBy: z.string().nullable(),
  createdAt: z.string(),
});

/** Platform operators decide which extra workspaces may use a Twilio account another one claimed. */
export const twilioAccountsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const config = { operator: true } as const;

  app.get(
    '/operator/twilio-accounts/:accountSid',
    {
      config,
      schema: {
        tags,
        summary: 'The workspaces that may use a Twilio account',
        params: accountParams,
        response: { 200: z.object({ items: z.array(holderSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listAccountHolders(ctx.db, request.params.accountSid)).map((row) => ({
        workspaceId: row.workspaceId,
        linkedBy: row.linkedBy,
        createdAt: row.createdAt,
      })),
    }),
  );

  app.put(
    '/operator/twilio-accounts/:accountSid/workspaces/:workspaceId',
    {
      config,
      schema: {
        tags,
        summary: 'Let one more workspace use a Twilio account as its own',
        params: linkParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await linkTwilioAccount(ctx, {
        ...request.params,
        operatorId: sessionOf(request).userId,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/operator/twilio-accounts/:accountSid/workspaces/:workspaceId',
    {
      config,
      schema: {
        tags,
        summary:
          'Take a Twilio account away from a workspace; its webhooks are refused until it holds one again',
        params: linkParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await unlinkTwilioAccount(ctx, {
        ...request.params,
        operatorId: sessionOf(request).userId,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );
};
