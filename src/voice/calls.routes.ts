import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { rowToCall, rowToCallTurn } from './calls.presenters.js';
import { callDetailSchema, callListSchema } from './calls.schema.js';
import { getCallWithTranscript, listLeadCalls } from './calls.service.js';

const tags = ['calls'];

/** The call log and transcripts. Any member of the workspace, or its API key. */
export const callsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/leads/:id/calls',
    {
      schema: {
        tags,
        summary: "A lead's calls, newest first",
        params: idParams,
        response: { 200: callListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const rows = await listLeadCalls(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
      });
      return { items: rows.map(rowToCall) };
    },
  );

  app.get(
    '/calls/:id',
    {
      schema: {
        tags,
        summary: 'One call with its transcript, interruptions and per-turn latency',
        params: idParams,
        response: { 200: callDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { call, turns } = await getCallWithTranscript(ctx, {
        workspaceId: request.auth.workspaceId,
        callId: request.params.id,
      });
      return { ...rowToCall(call), transcript: turns.map(rowToCallTurn) };
    },
  );
};
