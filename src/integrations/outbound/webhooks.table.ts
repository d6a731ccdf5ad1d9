import type { Selectable } from 'kysely';

/** A URL of the workspace's that receives its events, signed per Standard Webhooks. */
export interface WebhookEndpointsTable {
  id: string;
  workspaceId: string;
  url: string;
  description: string;
  /** JSON: the event types sent; empty means all. */
  events: unknown;
  enabled: number;
  /** The admin said this is the workspace's own system: payloads may carry phone numbers. */
  ownSystem: number;
  /** The `whsec_` secret, sealed with APP_SECRET (it must be read to sign). */
  secretSealed: string;
  secretHint: string;
  /** During a rotation the old secret signs too, until `previousSecretUntil`. */
  previousSecretSealed: string | null;
  previousSecretUntil: string | null;
  /** Why deliveries stopped (the receiver answered 410 Gone), when they did. */
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event for one endpoint: its signed body (the same bytes on every attempt) and where it stands. */
export interface WebhookDeliveriesTable {
  id: string;
  workspaceId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  chainKey: string;
  /** The `webhook-id` header: the same on every attempt and on a replay, for the receiver's dedupe. */
  messageId: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lockedUntil: string | null;
  lastStatusCode: number | null;
  lastLatencyMs: number | null;
  lastResponse: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookAttemptsTable {
  id: string;
  workspaceId: string;
  deliveryId: string;
  attemptedAt: string;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>;
