import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionOf } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { consoleSchema, viewAsSchema } from './agency.schema.js';
import {
  deletedWorkspaceSchema,
  deleteWorkspaceBody,
  deleteWorkspaceFromConsole,
  exportParams,
  readWorkspaceExport,
} from './console.deletion.js';
import { operatorConsole } from './console.service.js';
import { templatesRoutes } from './templates.routes.js';
import { endViewAs, startViewAs } from './view-as.service.js';

/** The operator console: every workspace's figures, deleting one, and read-only support access to one. */
export const agencyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const config = { operator: true } as const;
  await app.register(templatesRoutes, { ctx });

  app.get(
    '/operator/console',
    {
      config,
      schema: {
        tags: ['operator'],
        summary: "Every workspace with this month's usage, gate outcomes, opt-out and delivery failure rates",
        response: { 200: consoleSchema, ...errorResponses },
      },
    },
    () => operatorConsole(ctx),
  );

  app.post(
    '/operator/workspaces/:id/view-as',
    {
      config,
      schema: {
        tags: ['operator'],
        summary: 'Read a workspace as its owner would, for an hour, without writing; audited in both logs',
        params: idParams,
        response: { 201: viewAsSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const grant = await startViewAs(ctx, {
        session: sessionOf(request),
        workspaceId: request.params.id,
        ip: request.ip,
      });
      return reply.status(201).send(grant);
    },
  );

  app.delete(
    '/operator/workspaces/:id/view-as',
    {
      config,
      schema: {
        tags: ['operator'],
        summary: 'Record that the operator stopped viewing the workspace',
        params: idParams,
        response: { 204: z.null().describe('No content'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await endViewAs(ctx, { session: sessionOf(request), workspaceId: request.params.id, ip: request.ip });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/operator/workspaces/:id',
    {
      config,
      schema: {
        tags: ['operator'],
        summary: 'Export a workspace, then delete it and everything in it; audited in the operator log',
        params: idParams,
        body: deleteWorkspaceBody,
        response: { 200: deletedWorkspaceSchema, ...errorResponses },
      },
    },
    (request) =>
      deleteWorkspaceFromConsole(ctx, {
        workspaceId: request.params.id,
        confirm: request.body.confirm,
        operatorId: sessionOf(request).userId,
        ip: request.ip,
      }),
  );

  app.get(
    '/operator/workspace-exports/:fileName',
    {
      config,
      schema: {
        tags: ['operator'],
        summary: 'Download the export a deletion wrote (a zip of every table, as JSON and CSV)',
        params: exportParams,
        response: { 200: z.any().describe('application/zip'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const zip = await readWorkspaceExport(ctx, request.params.fileName);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${request.params.fileName}"`)
        .send(zip);
    },
  );
};
