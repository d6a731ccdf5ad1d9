import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { importRoutes } from './import.routes.js';
import { listThread, sendAgentMessage } from './lead-messages.service.js';
import {
  consentState,
  receivedToResponse,
  rowsToLead,
  rowToConsentEvent,
  rowToLeadSummary,
  rowToMessage,
} from './leads.presenters.js';
import {
  consentLedgerSchema,
  createLeadBody,
  createLeadResponse,
  createMessageBody,
  leadPageSchema,
  leadSchema,
  listLeadsQuery,
  messageListSchema,
  messageSchema,
  updateLeadBody,
} from './leads.schema.js';
import { createLead, getLead, getLeadConsent, listLeadPage, updateLeadFields } from './leads.service.js';

const tags = ['leads'];

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Retrying with the same key returns the first message instead of sending a second'),
});

/** Everything under /api/v1 that the leads module owns. Any member of the workspace, or its API key. */
export const leadsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(importRoutes, { ctx });

  app.post(
    '/leads',
    {
      schema: {
        tags,
        summary: 'Take in a lead; a consented lead gets its first text at once',
        description:
          'Answers once the lead, its contact, the consent evidence and the first text are stored. ' +
          'A lead needs a phone or an email (422 lead_unreachable otherwise).',
        body: createLeadBody,
        response: { 201: createLeadResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const received = await createLead(ctx, { workspaceId: request.auth.workspaceId, body: request.body });
      return reply.status(201).send(receivedToResponse(received));
    },
  );

  app.get(
    '/leads',
    {
      schema: {
        tags,
        summary: 'Leads, newest first',
        querystring: listLeadsQuery,
        response: { 200: leadPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const page = await listLeadPage(ctx, { workspaceId: request.auth.workspaceId, query: request.query });
      return {
        items: page.rows.map((row) => rowToLeadSummary(row, page.lastMessages.get(row.id))),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/leads/:id',
    {
      schema: {
        tags,
        summary: 'A lead with its contact, consent and every inquiry',
        params: idParams,
        response: { 200: leadSchema, ...errorResponses },
      },
    },
    async (request) =>
      rowsToLead(await getLead(ctx, { workspaceId: request.auth.workspaceId, leadId: request.params.id })),
  );

  app.patch(
    '/leads/:id',
    {
      schema: {
        tags,
        summary: 'Reassign a lead or move its stage',
        description:
          'Both are audited and appear on the timeline. `assignedUserId` must name a user of the workspace ' +
          '(422 unknown_user otherwise); null unassigns.',
        params: idParams,
        body: updateLeadBody,
        response: { 200: leadSchema, ...errorResponses },
      },
    },
    async (request) =>
      rowsToLead(
        await updateLeadFields(ctx, {
          workspaceId: request.auth.workspaceId,
          leadId: request.params.id,
          body: request.body,
          by: request.auth.actor,
          ip: request.ip,
        }),
      ),
  );

  app.get(
    '/leads/:id/messages',
    {
      schema: {
        tags,
        summary: "The lead's text thread, oldest first, with the gate's decision on each outbound text",
        params: idParams,
        response: { 200: messageListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const rows = await listThread(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
      });
      return { items: rows.map(rowToMessage) };
    },
  );

  app.post(
    '/leads/:id/messages',
    {
      schema: {
        tags,
        summary: 'Text the lead as an agent; pauses the assistant on the conversation',
        description:
          'Always 201 with the stored message. The compliance gate still decides: `status` is `queued`, ' +
          '`deferred` (quiet hours; it goes out when they end) or `blocked` (no consent, opted out...), ' +
          'and `gate.reason` says why.',
        params: idParams,
        headers: idempotencyHeaders,
        body: createMessageBody,
        response: { 201: messageSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const message = await sendAgentMessage(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
        body: request.body.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.status(201).send(rowToMessage(message));
    },
  );

  app.get(
    '/leads/:id/consent',
    {
      schema: {
        tags,
        summary: "The contact's consent ledger and the state derived from it",
        params: idParams,
        response: { 200: consentLedgerSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { contactId, events } = await getLeadConsent(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
      });
      return { contactId, state: consentState(events), events: events.map(rowToConsentEvent) };
    },
  );
};
