import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { importRoutes } from './import.routes.js';
import { awaitIntakeTurn } from './intake-pace.js';
import { leadMessagesRoutes } from './lead-messages.routes.js';
import {
  consentState,
  receivedToResponse,
  rowsToLead,
  rowToConsentEvent,
  rowToLeadSummary,
} from './leads.presenters.js';
import {
  consentLedgerSchema,
  createLeadBody,
  createLeadResponse,
  leadPageSchema,
  leadSchema,
  listLeadsQuery,
  updateLeadBody,
} from './leads.schema.js';
import { createLead, getLead, getLeadConsent, listLeadPage, updateLeadFields } from './leads.service.js';

const tags = ['leads'];

/** Everything under /api/v1 that the leads module owns. Any member of the workspace, or its API key. */
export const leadsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(importRoutes, { ctx });
  await app.register(leadMessagesRoutes, { ctx });

  app.post(
    '/leads',
    {
      schema: {
        tags,
        summary: 'Take in a lead; a consented lead gets its first text at once',
        description:
          'Answers once the lead, its contact, the consent evidence and the first text are stored. ' +
          'A lead needs a phone or an email (422 lead_unreachable otherwise). Each workspace has a pace of ' +
          'new leads (INTAKE_LEADS_PER_SECOND, with INTAKE_BURST at once): a lead beyond it waits for its turn, ' +
          'and one that would wait longer than INTAKE_MAX_WAIT_MS is refused with 429 and Retry-After.',
        body: createLeadBody,
        response: { 201: createLeadResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      await awaitIntakeTurn(ctx, request.auth.workspaceId);
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
