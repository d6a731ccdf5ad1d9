import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { auditActor } from '../workspaces/audit.service.js';
import { correctContact, setRestriction } from './contacts.service.js';
import { presentContact, presentRequest, presentRequestDetail } from './privacy.presenters.js';
import {
  completedRequest,
  completeRequestBody,
  contactCorrection,
  contactView,
  fileRequestBody,
  listRequestsQuery,
  privacyRequestDetail,
  privacyRequestItem,
  rejectRequestBody,
} from './privacy.schema.js';
import { completeRequest, rejectRequest } from './request-actions.service.js';
import { fileRequest, getPrivacyRequest, listPrivacyRequests } from './requests.service.js';

const admins = { roles: ['owner', 'admin'] as const };

/** Data-subject requests for the team (owners and admins), and restriction and correction of a contact. */
export const privacyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/privacy/requests',
    {
      config: admins,
      schema: {
        tags: ['privacy'],
        summary: 'Privacy requests, newest first',
        querystring: listRequestsQuery,
        response: {
          200: z.object({ items: z.array(privacyRequestItem), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { rows, nextCursor } = await listPrivacyRequests(ctx, {
        workspaceId: request.auth.workspaceId,
        ...request.query,
      });
      return { items: rows.map(presentRequest), nextCursor };
    },
  );

  app.get(
    '/privacy/requests/:id',
    {
      config: admins,
      schema: {
        tags: ['privacy'],
        summary: 'One privacy request with its trail',
        params: idParams,
        response: { 200: privacyRequestDetail, ...errorResponses },
      },
    },
    async (request) => {
      const { request: row, trail } = await getPrivacyRequest(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
      });
      return presentRequestDetail(row, trail);
    },
  );

  app.post(
    '/privacy/requests',
    {
      config: admins,
      schema: {
        tags: ['privacy'],
        summary: "File a request on a person's behalf (identity checked by the team)",
        body: fileRequestBody,
        response: { 201: privacyRequestItem, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await fileRequest(ctx, {
        workspaceId: request.auth.workspaceId,
        input: request.body,
        actor: auditActor(request.auth.actor),
      });
      return reply.status(201).send(presentRequest(row));
    },
  );

  app.post(
    '/privacy/requests/:id/complete',
    {
      config: admins,
      schema: {
        tags: ['privacy'],
        summary: 'Answer a verified request: export, erase, restrict or correct',
        params: idParams,
        body: completeRequestBody,
        response: { 200: completedRequest, ...errorResponses },
      },
    },
    async (request) => {
      const done = await completeRequest(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        actor: auditActor(request.auth.actor),
        fields: request.body?.fields,
        ip: request.ip,
      });
      return {
        request: presentRequest(done.request),
        ...(done.export
          ? { export: { url: done.export.url, expiresAt: done.export.expiresAt, bytes: done.export.bytes } }
          : {}),
        ...(done.erasure
          ? { erasure: { counts: done.erasure.counts, calendar: done.erasure.calendar } }
          : {}),
      };
    },
  );

  app.post(
    '/privacy/requests/:id/reject',
    {
      config: admins,
      schema: {
        tags: ['privacy'],
        summary: 'Reject a request, with the reason',
        params: idParams,
        body: rejectRequestBody,
        response: { 200: privacyRequestItem, ...errorResponses },
      },
    },
    async (request) =>
      presentRequest(
        await rejectRequest(ctx, {
          workspaceId: request.auth.workspaceId,
          id: request.params.id,
          reason: request.body.reason,
          actor: auditActor(request.auth.actor),
          ip: request.ip,
        }),
      ),
  );

  for (const [method, restricted] of [
    ['POST', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/contacts/:id/restriction',
      config: admins,
      schema: {
        tags: ['privacy'],
        summary: restricted
          ? 'Restrict processing: no texts, no calls, no AI until lifted'
          : 'Lift a restriction of processing',
        params: idParams,
        response: { 200: contactView, ...errorResponses },
      },
      handler: async (request) =>
        presentContact(
          await setRestriction(ctx, {
            workspaceId: request.auth.workspaceId,
            contactId: request.params.id,
            restricted,
            actor: auditActor(request.auth.actor),
            ip: request.ip,
          }),
        ),
    });
  }

  app.patch(
    '/contacts/:id',
    {
      config: admins,
      schema: {
        tags: ['privacy'],
        summary: "Correct a contact's name, email or phone (normalised like intake; audited)",
        params: idParams,
        body: contactCorrection,
        response: { 200: contactView, ...errorResponses },
      },
    },
    async (request) =>
      presentContact(
        await correctContact(ctx, {
          workspaceId: request.auth.workspaceId,
          contactId: request.params.id,
          fields: request.body,
          actor: auditActor(request.auth.actor),
          ip: request.ip,
        }),
      ),
  );
};
