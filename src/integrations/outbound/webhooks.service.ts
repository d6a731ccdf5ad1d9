import { fromJson, toJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import type { DomainEventRow, DomainEventType } from '../../jobs/domain-events.js';
import { enqueue } from '../../jobs/jobs.service.js';
import { HOUR } from '../../platform/clock.js';
import { encryptSecret } from '../../platform/crypto.js';
import { conflict, notFound, unprocessable } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { assertPublicUrl, outboundRefusal } from '../../platform/outbound-http.js';
import { audit, auditActor } from '../../workspaces/audit.service.js';
import type { Actor } from '../../workspaces/auth.types.js';
import { type AttemptResult, drainJob, postSigned } from './delivery.js';
import { buildEventPayload } from './payload.js';
import { newWebhookSecret, secretHint } from './signature.js';
import {
  deleteEndpoint,
  enabledEndpoints,
  findDelivery,
  findEndpoint,
  insertDeliveryOnce,
  insertEndpoint,
  listAttempts,
  listDeliveries,
  listEndpoints,
  updateDelivery,
  updateEndpoint,
} from './webhooks.repository.js';
import type {
  CreateEndpointBody,
  DeliveryView,
  EndpointView,
  UpdateEndpointBody,
} from './webhooks.schema.js';
import type {
  DeliveryStatus,
  WebhookAttemptRow,
  WebhookDeliveryRow,
  WebhookEndpointRow,
} from './webhooks.table.js';

interface Change {
  workspaceId: string;
  by: Actor;
  ip?: string | undefined;
}

export function presentEndpoint(ctx: AppContext, row: WebhookEndpointRow): EndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: fromJson<DomainEventType[] | null>(row.events) ?? [],
    enabled: row.enabled === 1,
    ownSystem: row.ownSystem === 1,
    secretHint: row.secretHint,
    rotating:
      row.previousSecretUntil !== null && Date.parse(row.previousSecretUntil) > ctx.clock.now().getTime(),
    disabledReason: row.disabledReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function checkUrl(ctx: AppContext, url: string): Promise<void> {
  try {
    await assertPublicUrl(url, ctx.config.outbound);
  } catch (error) {
    const refusal = outboundRefusal(error);
    if (!refusal) throw error;
    const reason =
      refusal === 'private_address'
        ? 'url points at a private address (allowed only with OUTBOUND_ALLOW_PRIVATE)'
        : refusal === 'unresolved'
          ? 'url does not resolve'
          : 'url must be an http(s) URL';
    throw unprocessable(reason, { fields: ['url'] }, 'invalid_url');
  }
}

async function endpointOr404(ctx: AppContext, workspaceId: string, id: string): Promise<WebhookEndpointRow> {
  const row = await findEndpoint(ctx.db, workspaceId, id);
  if (!row) throw notFound('Webhook endpoint');
  return row;
}

export async function listWebhookEndpoints(ctx: AppContext, workspaceId: string): Promise<EndpointView[]> {
  return (await listEndpoints(ctx.db, workspaceId)).map((row) => presentEndpoint(ctx, row));
}

export async function getWebhookEndpoint(ctx: AppContext, workspaceId: string, id: string) {
  return presentEndpoint(ctx, await endpointOr404(ctx, workspaceId, id));
}

export async function createWebhookEndpoint(
  ctx: AppContext,
  props: Change & { body: CreateEndpointBody },
): Promise<{ endpoint: EndpointView; secret: string }> {
  await checkUrl(ctx, props.body.url);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const secret = newWebhookSecret();
  const row: WebhookEndpointRow = {
    id: newId(now.getTime()),
    workspaceId: props.workspaceId,
    url: props.body.url,
    description: props.body.description,
    events: toJson([...new Set(props.body.events)]),
    enabled: props.body.enabled ? 1 : 0,
    ownSystem: props.body.ownSystem ? 1 : 0,
    secretSealed: encryptSecret(ctx.config, secret),
    secretHint: secretHint(secret),
    previousSecretSealed: null,
    previousSecretUntil: null,
    disabledReason: null,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertEndpoint(trx, row);
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'webhook_endpoint.created',
      target: { type: 'webhook_endpoint', id: row.id },
      details: { ownSystem: props.body.ownSystem, events: props.body.events },
      ip: props.ip,
      at: now,
    });
  });
  return { endpoint: presentEndpoint(ctx, row), secret };
}

export async function updateWebhookEndpoint(
  ctx: AppContext,
  props: Change & { id: string; body: UpdateEndpointBody },
): Promise<EndpointView> {
  const current = await endpointOr404(ctx, props.workspaceId, props.id);
  if (props.body.url !== undefined) await checkUrl(ctx, props.body.url);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const { body } = props;
  const changes = {
    ...(body.url !== undefined ? { url: body.url } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.events !== undefined ? { events: toJson([...new Set(body.events)]) } : {}),
    ...(body.ownSystem !== undefined ? { ownSystem: body.ownSystem ? 1 : 0 } : {}),
    ...(body.enabled !== undefined
      ? { enabled: body.enabled ? 1 : 0, ...(body.enabled ? { disabledReason: null } : {}) }
      : {}),
    updatedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await updateEndpoint(trx, props.workspaceId, props.id, changes);
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'webhook_endpoint.updated',
      target: { type: 'webhook_endpoint', id: props.id },
      details: { fields: Object.keys(body) },
      ip: props.ip,
      at: now,
    });
  });
  return presentEndpoint(ctx, { ...current, ...changes } as WebhookEndpointRow);
}

export async function removeWebhookEndpoint(ctx: AppContext, props: Change & { id: string }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteEndpoint(trx, props.workspaceId, props.id))) throw notFound('Webhook endpoint');
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'webhook_endpoint.removed',
      target: { type: 'webhook_endpoint', id: props.id },
      ip: props.ip,
      at: now,
    });
  });
}

/** A new secret, shown once; the old one keeps signing too for `overlapHours`, so receivers can switch. */
export async function rotateWebhookSecret(
  ctx: AppContext,
  props: Change & { id: string; overlapHours: number },
): Promise<{ endpoint: EndpointView; secret: string }> {
  const current = await endpointOr404(ctx, props.workspaceId, props.id);
  const now = ctx.clock.now();
  const secret = newWebhookSecret();
  const changes = {
    secretSealed: encryptSecret(ctx.config, secret),
    secretHint: secretHint(secret),
    previousSecretSealed: props.overlapHours > 0 ? current.secretSealed : null,
    previousSecretUntil:
      props.overlapHours > 0 ? new Date(now.getTime() + props.overlapHours * HOUR).toISOString() : null,
    updatedAt: now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await updateEndpoint(trx, props.workspaceId, props.id, changes);
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'webhook_endpoint.secret_rotated',
      target: { type: 'webhook_endpoint', id: props.id },
      details: { overlapHours: props.overlapHours },
      ip: props.ip,
      at: now,
    });
  });
  return { endpoint: presentEndpoint(ctx, { ...current, ...changes }), secret };
}

export function subscribes(endpoint: WebhookEndpointRow, type: string): boolean {
  const events = fromJson<string[] | null>(endpoint.events) ?? [];
  return events.length === 0 || events.includes(type);
}

/** The order key of an event's deliveries: one lead's events go in order; others go on their own. */
export const chainKeyOf = (event: DomainEventRow) =>
  event.leadId
    ? `lead:${event.leadId}`
    : event.contactId
      ? `contact:${event.contactId}`
      : `event:${event.id}`;

/** One delivery per subscribed endpoint, each with its body fixed now, and their chains woken. */
export async function fanOutToEndpoints(ctx: AppContext, event: DomainEventRow): Promise<number> {
  const endpoints = (await enabledEndpoints(ctx.db, event.workspaceId)).filter((e) =>
    subscribes(e, event.type),
  );
  const now = ctx.clock.now();
  let created = 0;
  for (const endpoint of endpoints) {
    const body = JSON.stringify(
      await buildEventPayload(ctx.db, event, { includePhone: endpoint.ownSystem === 1 }),
    );
    const chainKey = chainKeyOf(event);
    await ctx.db.transaction().execute(async (trx) => {
      const inserted = await insertDeliveryOnce(trx, {
        id: newId(now.getTime()),
        workspaceId: event.workspaceId,
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        chainKey,
        messageId: `msg_${event.id}`,
        body,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now.toISOString(),
        lockedUntil: null,
        lastStatusCode: null,
        lastLatencyMs: null,
        lastResponse: null,
        lastError: null,
        deliveredAt: null,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
      if (inserted) {
        created += 1;
        await enqueue(
          trx,
          drainJob({ workspaceId: event.workspaceId, endpointId: endpoint.id, chainKey }, now),
          ctx.clock,
        );
      }
    });
  }
  return created;
}

function presentDelivery(row: WebhookDeliveryRow, attempts: WebhookAttemptRow[]): DeliveryView {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    messageId: row.messageId,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
    statusCode: row.lastStatusCode,
    latencyMs: row.lastLatencyMs,
    responseExcerpt: row.lastResponse,
    error: row.lastError,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
    attemptLog: attempts.map((a) => ({
      attemptedAt: a.attemptedAt,
      statusCode: a.statusCode,
      latencyMs: a.latencyMs,
      responseExcerpt: a.responseExcerpt,
      error: a.error,
    })),
  };
}

export async function listEndpointDeliveries(
  ctx: AppContext,
  props: { workspaceId: string; endpointId: string; status?: DeliveryStatus | undefined; limit: number },
): Promise<DeliveryView[]> {
  await endpointOr404(ctx, props.workspaceId, props.endpointId);
  const rows = await listDeliveries(ctx.db, props);
  const attempts = await listAttempts(
    ctx.db,
    props.workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    presentDelivery(
      row,
      attempts.filter((a) => a.deliveryId === row.id),
    ),
  );
}

/**
 * Sends a delivery again, with the same webhook-id and body: it joins the back of its chain as pending,
 * with a fresh set of retries. A delivery still pending is left as it is.
 */
export async function replayDelivery(
  ctx: AppContext,
  props: Change & { endpointId: string; deliveryId: string },
): Promise<DeliveryView> {
  const endpoint = await endpointOr404(ctx, props.workspaceId, props.endpointId);
  const delivery = await findDelivery(ctx.db, props.workspaceId, props.deliveryId);
  if (!delivery || delivery.endpointId !== endpoint.id) throw notFound('Delivery');
  if (!endpoint.enabled)
    throw unprocessable('The endpoint is disabled: enable it first', undefined, 'endpoint_disabled');
  // Retention emptied what it carried: sending nothing signed would look like an event to the receiver.
  if (delivery.body === '')
    throw conflict(
      'This delivery is past the retention period and no longer holds its content',
      'delivery_emptied',
    );
  const now = ctx.clock.now();
  if (delivery.status !== 'pending') {
    await ctx.db.transaction().execute(async (trx) => {
      await updateDelivery(trx, props.workspaceId, delivery.id, {
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now.toISOString(),
        lockedUntil: null,
        updatedAt: now.toISOString(),
      });
      await enqueue(
        trx,
        drainJob(
          { workspaceId: props.workspaceId, endpointId: endpoint.id, chainKey: delivery.chainKey },
          now,
        ),
        ctx.clock,
      );
      await audit(trx, {
        workspaceId: props.workspaceId,
        actor: auditActor(props.by),
        action: 'webhook_delivery.replayed',
        target: { type: 'webhook_delivery', id: delivery.id },
        ip: props.ip,
        at: now,
      });
    });
  }
  const row = await findDelivery(ctx.db, props.workspaceId, delivery.id);
  const attempts = await listAttempts(ctx.db, props.workspaceId, [delivery.id]);
  return presentDelivery(row ?? delivery, attempts);
}

/** A signed `webhook.test` event, sent now and not logged as a delivery: the answer says how it went. */
export async function sendTestEvent(
  ctx: AppContext,
  props: { workspaceId: string; endpointId: string },
): Promise<AttemptResult & { ok: boolean; messageId: string }> {
  const endpoint = await endpointOr404(ctx, props.workspaceId, props.endpointId);
  const now = ctx.clock.now();
  const messageId = `msg_test_${newId(now.getTime())}`;
  const body = JSON.stringify({
    type: 'webhook.test',
    timestamp: now.toISOString(),
    data: { workspaceId: props.workspaceId, endpointId: endpoint.id },
  });
  const result = await postSigned(ctx, endpoint, { messageId, body });
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  return { ...result, ok, messageId };
}
