import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { errorResponses, idParams } from '../../http/schemas.js';
import {
  createEndpointBody,
  deliveriesQuery,
  deliveryList,
  deliveryParams,
  deliveryView,
  endpointList,
  endpointView,
  endpointWithSecret,
  rotateSecretBody,
  updateEndpointBody,
} from './webhooks.schema.js';
import {
  createWebhookEndpoint,
  getWebhookEndpoint,
  listEndpointDeliveries,
  listWebhookEndpoints,
  removeWebhookEndpoint,
  replayDelivery,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhookEndpoint,
} from './webhooks.service.js';

const managers = ['owner', 'admin'] as const;
const tags = ['webhooks'];
const changes = { roles: managers, apiKey: false };

const testResult = z.object({
  ok: z.boolean(),
  messageId: z.string(),
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int(),
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
});

/** The workspace's outbound webhook endpoints, their deliveries, replays and test sends. */
export const webhookEndpointsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/webhook-endpoints',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'Outbound webhook endpoints',
        response: { 200: endpointList, ...errorResponses },
      },
    },
    async (request) => ({ endpoints: await listWebhookEndpoints(ctx, request.auth.workspaceId) }),
  );

  app.post(
    '/webhook-endpoints',
    {
      config: changes,
      schema: {
        tags,
        summary: 'Add an endpoint; its whsec_ signing secret is in this answer only',
        body: createEndpointBody,
        response: { 201: endpointWithSecret, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createWebhookEndpoint(ctx, {
          workspaceId: request.auth.workspaceId,
          body: request.body,
          by: request.auth.actor,
          ip: request.ip,
        }),
      ),
  );

  app.get(
    '/webhook-endpoints/:id',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'One endpoint',
        params: idParams,
        response: { 200: endpointView, ...errorResponses },
      },
    },
    (request) => getWebhookEndpoint(ctx, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    '/webhook-endpoints/:id',
    {
      config: changes,
      schema: {
        tags,
        summary: 'Change an endpoint: URL, events, enabled, own system',
        params: idParams,
        body: updateEndpointBody,
        response: { 200: endpointView, ...errorResponses },
      },
    },
    (request) =>
      updateWebhookEndpoint(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.delete(
    '/webhook-endpoints/:id',
    {
      config: changes,
      schema: {
        tags,
        summary: 'Remove an endpoint and its delivery log',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeWebhookEndpoint(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/webhook-endpoints/:id/rotate-secret',
    {
      config: changes,
      schema: {
        tags,
        summary: 'A new signing secret (shown once); the old one also signs for overlapHours',
        params: idParams,
        body: rotateSecretBody,
        response: { 200: endpointWithSecret, ...errorResponses },
      },
    },
    (request) =>
      rotateWebhookSecret(ctx, {
        workspaceId: request.auth.workspaceId,
        id: request.params.id,
        overlapHours: request.body.overlapHours,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.get(
    '/webhook-endpoints/:id/deliveries',
    {
      config: { roles: managers },
      schema: {
        tags,
        summary: 'Deliveries to the endpoint, newest first, with every attempt',
        params: idParams,
        querystring: deliveriesQuery,
        response: { 200: deliveryList, ...errorResponses },
      },
    },
    async (request) => ({
      deliveries: await listEndpointDeliveries(ctx, {
        workspaceId: request.auth.workspaceId,
        endpointId: request.params.id,
        status: request.query.status,
        limit: request.query.limit,
      }),
    }),
  );

  app.post(
    '/webhook-endpoints/:id/deliveries/:deliveryId/replay',
    {
      config: changes,
      schema: {
        tags,
        summary: 'Send a delivery again, with the same webhook-id and body',
        params: deliveryParams,
        response: { 202: deliveryView, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await replayDelivery(ctx, {
          workspaceId: request.auth.workspaceId,
          endpointId: request.params.id,
          deliveryId: request.params.deliveryId,
          by: request.auth.actor,
          ip: request.ip,
        }),
      ),
  );

  app.post(
    '/webhook-endpoints/:id/test',
    {
      config: changes,
      schema: {
        tags,
        summary: 'Send a signed webhook.test event now and report how the endpoint answered',
        params: idParams,
        response: { 200: testResult, ...errorResponses },
      },
    },
    (request) => sendTestEvent(ctx, { workspaceId: request.auth.workspaceId, endpointId: request.params.id }),
  );
};
