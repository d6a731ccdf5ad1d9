import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import {
  createSourceBody,
  emailParams,
  ingestResult,
  listPayloadsQuery,
  mapEmailBody,
  payloadList,
  sourceList,
  sourceView,
  sourceWithSecrets,
  unparsedEmail,
  unparsedEmailList,
  updateSourceBody,
} from './sources.schema.js';
import {
  createLeadSource,
  getLeadSource,
  listLeadSources,
  removeLeadSource,
  rotateLeadSource,
  updateLeadSource,
} from './sources.service.js';
import {
  dismissUnparsedEmail,
  getUnparsedEmail,
  listSourcePayloads,
  listUnparsedEmails,
  mapUnparsedEmail,
} from './unparsed.service.js';

const managers = ['owner', 'admin'] as const;
const tags = ['integrations'];
const changes = { roles: managers, apiKey: false };

/** Lead sources of the workspace, what they delivered, and the lead emails waiting for a person. */
export const integrationsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/integrations/sources',
    {
      config: { roles: managers },
      schema: { tags, summary: 'Lead sources', response: { 200: sourceList, ...errorResponses } },
    },
    async (request) => ({ sources: await listLeadSources(ctx, request.auth.workspaceId) }),
  );

  app.post(
    '/integrations/sources',
    {
      config: changes,
      schema: {
        tags,
        summary: 'Add a lead source; its address, URL or tokens are in this answer only',
        body: createSourceBody,
        response: { 201: sourceWithSecrets, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createLeadSource(ctx, {
          workspaceId: request.auth.workspaceId,
          body: request.body,
          by: request.auth.actor,
          ip: request.ip,
        }),
      ),
  );

  app.get(
    '/integrations/sources/:id',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'One lead source',
        params: idParams,
        response: { 200: sourceView, ...errorResponses },
      },
    },
    (request) => getLeadSource(ctx, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    '/integrations/sources/:id',
    {
      config: changes,
      schema: {
        tags,
        summary: 'Change a lead source: enabled, name, field mapping, consent, Meta page and secrets',
        params: idParams,
        body: updateSourceBody,
        response: { 200: sourceView, ...errorResponses },
      },
    },
    (request) =>
      updateLeadSource(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.post(
    '/integrations/sources/:id/rotate',
    {
      config: changes,
      schema: {
        tags,
        summary: 'New secrets for the source (address, URL, verify token, Google key); the old stop working',
        params: idParams,
        response: { 200: sourceWithSecrets, ...errorResponses },
      },
    },
    (request) =>
      rotateLeadSource(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.delete(
    '/integrations/sources/:id',
    {
      config: changes,
      schema: {
        tags,
        summary: 'Remove a lead source; what it delivered stays',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeLeadSource(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/integrations/sources/:id/deliveries',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'What the source sent, newest first, with how each was read (or why not)',
        params: idParams,
        querystring: listPayloadsQuery,
        response: { 200: payloadList, ...errorResponses },
      },
    },
    async (request) => ({
      payloads: await listSourcePayloads(ctx, {
        workspaceId: request.auth.workspaceId,
        sourceId: request.params.id,
        limit: request.query.limit,
        ...(request.query.status ? { status: request.query.status } : {}),
      }),
    }),
  );

  app.get(
    '/integrations/unparsed-emails',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'Lead emails no parser could read, waiting for an admin to give their fields',
        querystring: listPayloadsQuery.pick({ limit: true }),
        response: { 200: unparsedEmailList, ...errorResponses },
      },
    },
    async (request) => ({
      emails: await listUnparsedEmails(ctx, {
        workspaceId: request.auth.workspaceId,
        limit: request.query.limit,
      }),
    }),
  );

  app.get(
    '/integrations/unparsed-emails/:emailId',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'One unparsed lead email with its text and the raw message',
        params: emailParams,
        response: { 200: unparsedEmail, ...errorResponses },
      },
    },
    (request) => getUnparsedEmail(ctx, { workspaceId: request.auth.workspaceId, id: request.params.emailId }),
  );

  app.post(
    '/integrations/unparsed-emails/:emailId/map',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'Make the lead of an unparsed email from the fields an admin read in it',
        params: emailParams,
        body: mapEmailBody,
        response: { 200: ingestResult, ...errorResponses },
      },
    },
    (request) =>
      mapUnparsedEmail(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.emailId,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.post(
    '/integrations/unparsed-emails/:emailId/dismiss',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'Not a lead: drop the email from the list, and its text',
        params: emailParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await dismissUnparsedEmail(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.emailId,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );
};
