import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionOf } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { rowToUser, rowToWorkspace } from './workspaces.presenters.js';
import { createdWorkspaceSchema, createWorkspaceBody, workspaceSchema } from './workspaces.schema.js';
import { createWorkspaceWithOwner, listAllWorkspaces, setWorkspaceSuspended } from './workspaces.service.js';

/** Platform administration: the only routes where a workspace id is input rather than the caller's own. */
export const operatorRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const config = { operator: true } as const;

  app.get(
    '/operator/workspaces',
    {
      config,
      schema: {
        tags: ['operator'],
        response: { 200: z.object({ items: z.array(workspaceSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: (await listAllWorkspaces(ctx)).map(rowToWorkspace) }),
  );

  app.post(
    '/operator/workspaces',
    {
      config,
      schema: {
        tags: ['operator'],
        summary: 'Create a workspace, optionally with its first owner',
        body: createWorkspaceBody,
        response: { 201: createdWorkspaceSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { workspace, owner } = await createWorkspaceWithOwner(ctx, {
        ...request.body,
        operatorId: sessionOf(request).userId,
        ip: request.ip,
      });
      return reply
        .status(201)
        .send({ workspace: rowToWorkspace(workspace), owner: owner && rowToUser(owner) });
    },
  );

  for (const action of ['suspend', 'resume'] as const) {
    app.post(
      `/operator/workspaces/:id/${action}`,
      {
        config,
        schema: {
          tags: ['operator'],
          summary:
            action === 'suspend'
              ? "Refuse the workspace's users and API keys until resumed; nothing is deleted"
              : 'Let a suspended workspace back in',
          params: idParams,
          response: { 200: workspaceSchema, ...errorResponses },
        },
      },
      async (request) => {
        const workspace = await setWorkspaceSuspended(ctx, {
          workspaceId: request.params.id,
          suspended: action === 'suspend',
          operatorId: sessionOf(request).userId,
          ip: request.ip,
        });
        return rowToWorkspace(workspace);
      },
    );
  }
};
