import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams, isoTimestamp } from '../http/schemas.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { conflict, unprocessable } from '../platform/errors.js';
import { listCallAttemptsForLead } from './call-attempts.repository.js';
import { callWindow } from './call-window.service.js';
import { rowToCall } from './calls.presenters.js';
import { callSchema } from './calls.schema.js';
import { callLeadNow } from './outbound-call.service.js';
import {
  loadVoiceSettings,
  updateVoiceSettings,
  voiceSettingsPatch,
  voiceSettingsSchema,
} from './voice.settings.js';

const tags = ['calls'];
const admins = { roles: ['owner', 'admin'] as const };

const attemptSchema = z.object({
  id: z.string(),
  trigger: z.enum(['new_lead', 'call_now', 'retry']),
  attempt: z.number().int().describe('1 for the first try, 2 for the retry'),
  status: z.enum(['scheduled', 'deferred', 'blocked', 'placed', 'failed', 'skipped']),
  reason: z.string().nullable().describe("The gate's reason for a hold or a refusal, or why it failed"),
  deferUntil: isoTimestamp.nullable().describe('A held call is tried again then'),
  callId: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const callWindowSchema = z.object({
  outcome: z.enum(['allowed', 'deferred', 'blocked']),
  reason: z
    .string()
    .nullable()
    .describe("The gate's reason (no_consent, quiet_hours, …), or no_voice_provider, no_number, no_phone"),
  allowedAt: isoTimestamp.nullable().describe('When a held call would be allowed'),
});

const placedSchema = z.object({
  attemptId: z.string(),
  call: callSchema,
});

/**
 * Outbound calls: the workspace's voice settings (admins) and "call this lead now" (any member or the
 * API key), which goes through the same gate as every automated call and says why when it refuses.
 */
export const outboundCallsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/voice/settings',
    {
      config: admins,
      schema: {
        tags,
        summary:
          'Outbound calls, calling hours, answering machines, retries and transfers, defaults filled in',
        response: { 200: voiceSettingsSchema, ...errorResponses },
      },
    },
    async (request) => loadVoiceSettings(ctx.db, request.auth.workspaceId),
  );

  app.patch(
    '/voice/settings',
    {
      config: { ...admins, apiKey: false },
      schema: { tags, body: voiceSettingsPatch, response: { 200: voiceSettingsSchema, ...errorResponses } },
    },
    async (request) =>
      updateVoiceSettings(ctx, {
        workspaceId: request.auth.workspaceId,
        patch: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.get(
    '/leads/:id/call-attempts',
    {
      schema: {
        tags,
        summary:
          'Calls asked for the lead, oldest first: placed, held by the gate (why, until when) or refused',
        params: idParams,
        response: { 200: z.object({ items: z.array(attemptSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { lead } = await findLeadWithContact(ctx.db, request.auth.workspaceId, request.params.id);
      const rows = await listCallAttemptsForLead(ctx.db, request.auth.workspaceId, lead.id);
      return {
        items: rows.map((row) => ({
          id: row.id,
          trigger: row.trigger,
          attempt: row.attempt,
          status: row.status,
          reason: row.reason,
          deferUntil: row.deferUntil,
          callId: row.callId,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        })),
      };
    },
  );

  app.get(
    '/leads/:id/calls/window',
    {
      schema: {
        tags,
        summary: 'Whether "call this lead now" would be placed now, and if not why: nothing is asked for',
        params: idParams,
        response: { 200: callWindowSchema, ...errorResponses },
      },
    },
    (request) => callWindow(ctx, { workspaceId: request.auth.workspaceId, leadId: request.params.id }),
  );

  app.post(
    '/leads/:id/calls',
    {
      schema: {
        tags,
        summary: 'Call this lead now, with the AI assistant, if the gate allows it now',
        description:
          'The gate is the one for automated calls: voice consent, opt-outs, do-not-contact, restriction, a ' +
          "possible opt-out, quiet hours and the workspace's calling hours in the lead's zone, and caps. " +
          'Refused: 422 call_blocked with the reason; not now: 409 call_not_allowed_now with the reason and allowedAt.',
        params: idParams,
        response: { 201: placedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = request.auth.actor;
      const outcome = await callLeadNow(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
        requestedBy: actor.type === 'user' ? actor.userId : `api_key:${actor.apiKeyId}`,
      });
      if (outcome.status === 'placed') {
        return reply.status(201).send({ attemptId: outcome.attempt.id, call: rowToCall(outcome.call) });
      }
      const reason = outcome.attempt.reason ?? outcome.status;
      if (outcome.status === 'deferred') {
        throw conflict(
          `The lead cannot be called now (${reason.replaceAll('_', ' ')})`,
          'call_not_allowed_now',
          {
            reason,
            allowedAt: outcome.attempt.deferUntil,
            rule: outcome.decision?.rule ?? null,
          },
        );
      }
      throw unprocessable(
        `The lead cannot be called (${reason.replaceAll('_', ' ')})`,
        { reason, allowedAt: null },
        'call_blocked',
      );
    },
  );
};
