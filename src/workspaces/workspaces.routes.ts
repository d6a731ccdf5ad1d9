import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { apiKeysRoutes } from './api-keys.routes.js';
import { listAuditLog } from './audit.service.js';
import { authRoutes } from './auth.routes.js';
import { operatorRoutes } from './operator.routes.js';
import { usersRoutes } from './users.routes.js';
import { rowToAuditEntry, rowToWorkspace } from './workspaces.presenters.js';
import { auditPageSchema, auditQuery, updateWorkspaceBody, workspaceSchema } from './workspaces.schema.js';
import { getWorkspace, updateWorkspaceSettings } from './workspaces.service.js';

/** Everything under /api/v1 that the workspaces module owns. */
export const workspacesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(authRoutes, { ctx });
  await app.register(usersRoutes, { ctx });
  await app.register(apiKeysRoutes, { ctx });
  await app.register(operatorRoutes, { ctx });

  app.get(
    '/workspace',
    { schema: { tags: ['workspace'], response: { 200: workspaceSchema, ...errorResponses } } },
    async (request) => rowToWorkspace(await getWorkspace(ctx, request.auth.workspaceId)),
  );

  app.patch(
    '/workspace',
    {
      config: { roles: ['owner', 'admin'], apiKey: false },
      schema: {
        tags: ['workspace'],
        summary: 'Rename the workspace or change its time zone or default region',
        body: updateWorkspaceBody,
        response: { 200: workspaceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const workspace = await updateWorkspaceSettings(ctx, {
        workspaceId: request.auth.workspaceId,
        patch: request.body,
        by: request.auth.actor,
        ip: request.ip,
      });
      return rowToWorkspace(workspace);
    },
  );

  app.get(
    '/audit-log',
    {
      config: { roles: ['owner', 'admin'], apiKey: false },
      schema: {
        tags: ['audit'],
        summary: 'Security-relevant events, newest first',
        querystring: auditQuery,
        response: { 200: auditPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const page = await listAuditLog(ctx, { workspaceId: request.auth.workspaceId, ...request.query });
      return { items: page.rows.map(rowToAuditEntry), nextCursor: page.nextCursor };
    },
  );
};
