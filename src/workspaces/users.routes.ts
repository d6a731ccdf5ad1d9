import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { forbidden } from '../platform/errors.js';
import { createUser, getUser, listWorkspaceUsers, updateMe, updateUser } from './users.service.js';
import { rowToUser } from './workspaces.presenters.js';
import { createUserBody, updateMeBody, updateUserBody, userSchema } from './workspaces.schema.js';

const managers = ['owner', 'admin'] as const;

export const usersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Reading the team is open to API keys (integrations assign leads to agents); changing it is not.
  app.get(
    '/users',
    {
      config: { roles: managers },
      schema: {
        tags: ['users'],
        response: { 200: z.object({ items: z.array(userSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: (await listWorkspaceUsers(ctx, request.auth.workspaceId)).map(rowToUser) }),
  );

  app.post(
    '/users',
    {
      config: { roles: managers, apiKey: false },
      schema: { tags: ['users'], body: createUserBody, response: { 201: userSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const user = await createUser(ctx, {
        ...request.body,
        workspaceId: request.auth.workspaceId,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(201).send(rowToUser(user));
    },
  );

  // Any member, agents included, sets their own mobile phone and how they are alerted.
  app.patch(
    '/users/me',
    {
      config: { apiKey: false },
      schema: {
        tags: ['users'],
        summary: 'Change your own time zone, mobile phone or alert channels',
        body: updateMeBody,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = request.auth;
      if (actor.type !== 'user') throw forbidden('Only a person has an account to change');
      const user = await updateMe(ctx, {
        workspaceId: request.auth.workspaceId,
        userId: actor.userId,
        patch: request.body,
        ip: request.ip,
      });
      return rowToUser(user);
    },
  );

  app.get(
    '/users/:id',
    {
      config: { roles: managers },
      schema: { tags: ['users'], params: idParams, response: { 200: userSchema, ...errorResponses } },
    },
    async (request) =>
      rowToUser(await getUser(ctx, { workspaceId: request.auth.workspaceId, userId: request.params.id })),
  );

  app.patch(
    '/users/:id',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags: ['users'],
        summary: 'Rename, change role, disable or re-enable a user',
        params: idParams,
        body: updateUserBody,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = await updateUser(ctx, {
        workspaceId: request.auth.workspaceId,
        userId: request.params.id,
        patch: request.body,
        by: request.auth.actor,
        ip: request.ip,
      });
      return rowToUser(user);
    },
  );

  app.delete(
    '/users/:id',
    {
      config: { roles: managers, apiKey: false },
      schema: {
        tags: ['users'],
        summary: 'Disable a user: sessions end, the row stays for the history it is part of',
        params: idParams,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = await updateUser(ctx, {
        workspaceId: request.auth.workspaceId,
        userId: request.params.id,
        patch: { disabled: true },
        by: request.auth.actor,
        ip: request.ip,
      });
      return rowToUser(user);
    },
  );
};
