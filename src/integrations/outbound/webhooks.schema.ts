import { z } from 'zod';
import { isoTimestamp } from '../../http/schemas.js';
import { DOMAIN_EVENT_TYPES } from '../../jobs/domain-events.js';
import { DELIVERY_STATUSES } from './webhooks.table.js';

export const eventTypeSchema = z.enum(DOMAIN_EVENT_TYPES);

const url = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), { message: 'must be an http(s) URL' });

export const createEndpointBody = z
  .strictObject({
    url,
    description: z.string().trim().max(200).default(''),
    events: z
      .array(eventTypeSchema)
      .max(DOMAIN_EVENT_TYPES.length)
      .default([])
      .describe('Empty: every event'),
    enabled: z.boolean().default(true),
    ownSystem: z
      .boolean()
      .default(false)
      .describe("The workspace's own system: payloads carry the lead's phone number. Never a third party's."),
  })
  .describe('A URL that receives signed events; its secret is in the answer, once');

export type CreateEndpointBody = z.output<typeof createEndpointBody>;

export const updateEndpointBody = z
  .strictObject({
    url: url.optional(),
    description: z.string().trim().max(200).optional(),
    events: z.array(eventTypeSchema).max(DOMAIN_EVENT_TYPES.length).optional(),
    enabled: z.boolean().optional(),
    ownSystem: z.boolean().optional(),
  })
  .describe('Only the fields given change; enabling an endpoint clears why it was disabled');

export type UpdateEndpointBody = z.output<typeof updateEndpointBody>;

export const endpointView = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(eventTypeSchema),
  enabled: z.boolean(),
  ownSystem: z.boolean(),
  secretHint: z.string().describe('The last characters of the signing secret'),
  rotating: z.boolean().describe('An old secret still signs alongside the new one'),
  disabledReason: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export type EndpointView = z.infer<typeof endpointView>;

export const endpointWithSecret = z.object({
  endpoint: endpointView,
  secret: z.string().describe('The whsec_ signing secret: shown once'),
});

export const endpointList = z.object({ endpoints: z.array(endpointView) });

export const rotateSecretBody = z
  .strictObject({
    overlapHours: z.number().int().min(0).max(168).default(24).describe('How long the old secret also signs'),
  })
  .default({ overlapHours: 24 });

export const attemptView = z.object({
  attemptedAt: isoTimestamp,
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int(),
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
});

export const deliveryView = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  messageId: z.string().describe('The webhook-id header'),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: isoTimestamp.nullable(),
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int().nullable(),
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
  deliveredAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  attemptLog: z.array(attemptView),
});

export type DeliveryView = z.infer<typeof deliveryView>;

export const deliveryList = z.object({ deliveries: z.array(deliveryView) });

export const deliveriesQuery = z.strictObject({
  status: z.enum(DELIVERY_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const deliveryParams = z.strictObject({
  id: z.string().min(1).max(100),
  deliveryId: z.string().min(1).max(100),
});
