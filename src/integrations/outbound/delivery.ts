import type { AppContext } from '../../http/context.js';
import { enqueue } from '../../jobs/jobs.service.js';
import { HOUR, MINUTE, SECOND } from '../../platform/clock.js';
import { decryptSecret } from '../../platform/crypto.js';
import { newId } from '../../platform/ids.js';
import { outboundFetch, outboundRefusal } from '../../platform/outbound-http.js';
import { webhookHeaders } from './signature.js';
import {
  chainHead,
  findEndpoint,
  insertAttempt,
  lockDelivery,
  updateDelivery,
  updateEndpoint,
} from './webhooks.repository.js';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhooks.table.js';

/** The waits before each retry: the Standard Webhooks schedule, eight attempts over about a day. */
export const RETRY_SCHEDULE_MS = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
] as const;

export const DELIVERY_TIMEOUT_MS = 15 * SECOND;
/** Longer than an attempt can take, so a lock outlives only a worker that died. */
const LOCK_MS = DELIVERY_TIMEOUT_MS + 30 * SECOND;
const EXCERPT_CHARS = 500;

export const DRAIN_JOB = 'integrations.webhook-drain';

export interface ChainRef {
  workspaceId: string;
  endpointId: string;
  chainKey: string;
}

export function drainJob(chain: ChainRef, runAt: Date) {
  return { name: DRAIN_JOB, workspaceId: chain.workspaceId, payload: chain, runAt, maxAttempts: 5 };
}

/**
 * Sends the deliveries of one chain (an endpoint and a lead) in event order, one at a time: a later event
 * waits while an earlier one is being retried. A worker that finds the head of the chain taken leaves it
 * to its holder, which reads the chain again once done; a dead holder's lock runs out and the job queued
 * for that moment picks the chain up.
 */
export async function drainChain(ctx: AppContext, chain: ChainRef): Promise<void> {
  for (let sent = 0; sent < 100; sent += 1) {
    const endpoint = await findEndpoint(ctx.db, chain.workspaceId, chain.endpointId);
    if (!endpoint) return;
    const head = await chainHead(ctx.db, chain);
    if (!head) return;
    const now = ctx.clock.now();
    if (!endpoint.enabled) {
      await updateDelivery(ctx.db, head.workspaceId, head.id, {
        status: 'cancelled',
        lastError: endpoint.disabledReason ?? 'the endpoint is disabled',
        updatedAt: now.toISOString(),
      });
      continue;
    }
    if (Date.parse(head.nextAttemptAt) > now.getTime()) {
      await enqueue(ctx.db, drainJob(chain, new Date(head.nextAttemptAt)), ctx.clock);
      return;
    }
    const until = new Date(now.getTime() + LOCK_MS);
    if (!(await lockDelivery(ctx.db, head, { now: now.toISOString(), until: until.toISOString() }))) {
      const lockedUntil = head.lockedUntil ? Date.parse(head.lockedUntil) : now.getTime();
      await enqueue(
        ctx.db,
        drainJob(chain, new Date(Math.max(lockedUntil, now.getTime()) + SECOND)),
        ctx.clock,
      );
      return;
    }
    const retryAt = await attemptDelivery(ctx, endpoint, head);
    if (retryAt) {
      await enqueue(ctx.db, drainJob(chain, retryAt), ctx.clock);
      return;
    }
  }
  await enqueue(ctx.db, drainJob(chain, ctx.clock.now()), ctx.clock);
}

export interface AttemptResult {
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

/** The secrets that sign now: the current one, and the previous one while a rotation lasts. */
export function signingSecrets(ctx: AppContext, endpoint: WebhookEndpointRow): string[] {
  const secrets = [decryptSecret(ctx.config, endpoint.secretSealed)];
  if (
    endpoint.previousSecretSealed &&
    endpoint.previousSecretUntil &&
    Date.parse(endpoint.previousSecretUntil) > ctx.clock.now().getTime()
  )
    secrets.push(decryptSecret(ctx.config, endpoint.previousSecretSealed));
  return secrets;
}

/** One signed POST with the 15-second limit, through the private-address guard. */
export async function postSigned(
  ctx: AppContext,
  endpoint: WebhookEndpointRow,
  props: { messageId: string; body: string },
): Promise<AttemptResult> {
  const started = performance.now();
  const timestamp = Math.floor(ctx.clock.now().getTime() / 1000);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'ClosingCloud-Webhooks/1',
    ...webhookHeaders(signingSecrets(ctx, endpoint), { id: props.messageId, timestamp, body: props.body }),
  };
  try {
    const response = await outboundFetch(ctx.config.outbound)(endpoint.url, {
      method: 'POST',
      headers,
      body: props.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    const text = await readExcerpt(response);
    return {
      statusCode: response.status,
      latencyMs: Math.round(performance.now() - started),
      responseExcerpt: text,
      error: null,
    };
  } catch (error) {
    return {
      statusCode: null,
      latencyMs: Math.round(performance.now() - started),
      responseExcerpt: null,
      error: describeFailure(error),
    };
  }
}

async function readExcerpt(response: Response): Promise<string | null> {
  try {
    const text = await response.text();
    return text ? text.slice(0, EXCERPT_CHARS) : null;
  } catch {
    return null;
  }
}

function describeFailure(error: unknown): string {
  const refusal = outboundRefusal(error);
  if (refusal === 'private_address') return 'refused: the URL points at a private address';
  if (refusal === 'unresolved') return 'the host name does not resolve';
  if (refusal === 'bad_url') return 'not an http(s) URL';
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${DELIVERY_TIMEOUT_MS / SECOND} seconds`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : 'failed')).slice(0, 200);
}

const succeeded = (result: AttemptResult) =>
  result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;

/** Sends a locked delivery once; returns when to try again, or undefined when it is finished. */
async function attemptDelivery(
  ctx: AppContext,
  endpoint: WebhookEndpointRow,
  delivery: WebhookDeliveryRow,
): Promise<Date | undefined> {
  const result = await postSigned(ctx, endpoint, delivery);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const attempts = delivery.attempts + 1;
  const gone = result.statusCode === 410;
  const wait = RETRY_SCHEDULE_MS[attempts - 1];
  const retryAt =
    !succeeded(result) && !gone && wait !== undefined ? new Date(now.getTime() + wait) : undefined;
  await ctx.db.transaction().execute(async (trx) => {
    await insertAttempt(trx, {
      id: newId(now.getTime()),
      workspaceId: delivery.workspaceId,
      deliveryId: delivery.id,
      attemptedAt: at,
      ...result,
    });
    await updateDelivery(trx, delivery.workspaceId, delivery.id, {
      status: succeeded(result) ? 'delivered' : retryAt ? 'pending' : 'failed',
      attempts,
      nextAttemptAt: (retryAt ?? now).toISOString(),
      lockedUntil: null,
      lastStatusCode: result.statusCode,
      lastLatencyMs: result.latencyMs,
      lastResponse: result.responseExcerpt,
      lastError: result.error,
      deliveredAt: succeeded(result) ? at : null,
      updatedAt: at,
    });
    // 410 Gone: the receiver says this URL is no more; nothing else is sent to it until an admin enables it.
    if (gone)
      await updateEndpoint(trx, endpoint.workspaceId, endpoint.id, {
        enabled: 0,
        disabledReason: 'the endpoint answered 410 Gone',
        updatedAt: at,
      });
  });
  if (gone)
    ctx.logger.info({ category: 'webhooks', endpointId: endpoint.id }, 'endpoint answered 410: disabled');
  return retryAt;
}
