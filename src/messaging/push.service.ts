import type { AppContext } from '../http/context.js';
import { notFound, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { assertPublicUrl, type OutboundOptions, outboundRefusal } from '../platform/outbound-http.js';
import {
  deletePushSubscription,
  listUserPushSubscriptions,
  upsertPushSubscription,
} from './push.repository.js';
import type { PushSubscriptionBody, PushSubscriptionView } from './push.schema.js';
import type { PushSubscriptionRow } from './push.table.js';

/**
 * The guard for push endpoints. A subscription's endpoint is a URL the browser hands us, so a member could
 * post any address: the same outbound guard as CalDAV and model URLs applies, and only https, except the
 * loopback fake push service of the tests (PUSH_ALLOW_LOOPBACK_HTTP).
 */
export function pushOutbound(ctx: AppContext, endpoint: string): OutboundOptions {
  const loopback = ctx.config.push.allowLoopbackHttp && isLoopbackHttp(endpoint);
  return { allowPrivate: ctx.config.outbound.allowPrivate || loopback };
}

function isLoopbackHttp(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'http:' && url.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

async function checkEndpoint(ctx: AppContext, endpoint: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw unprocessable('The push endpoint is not a URL', undefined, 'invalid_push_endpoint');
  }
  const loopback = ctx.config.push.allowLoopbackHttp && isLoopbackHttp(endpoint);
  if (url.protocol !== 'https:' && !loopback)
    throw unprocessable('The push endpoint must be an https URL', undefined, 'invalid_push_endpoint');
  if (url.username || url.password)
    throw unprocessable('The push endpoint may not carry credentials', undefined, 'invalid_push_endpoint');
  try {
    await assertPublicUrl(endpoint, pushOutbound(ctx, endpoint));
  } catch (error) {
    const reason = outboundRefusal(error);
    if (!reason) throw error;
    throw unprocessable(
      reason === 'unresolved'
        ? 'The push endpoint could not be resolved'
        : 'The push endpoint is not a public address',
      undefined,
      'push_endpoint_refused',
    );
  }
}

export function toPushSubscriptionView(row: PushSubscriptionRow): PushSubscriptionView {
  return {
    id: row.id,
    createdAt: row.createdAt,
    lastSuccessAt: row.lastSuccessAt,
    lastFailureAt: row.lastFailureAt,
    lastError: row.lastError,
    service: new URL(row.endpoint).host,
  };
}

export async function subscribeToPush(
  ctx: AppContext,
  props: { workspaceId: string; userId: string; subscription: PushSubscriptionBody },
): Promise<PushSubscriptionRow> {
  await checkEndpoint(ctx, props.subscription.endpoint);
  const now = ctx.clock.now();
  return upsertPushSubscription(ctx.db, {
    id: newId(now.getTime()),
    workspaceId: props.workspaceId,
    userId: props.userId,
    endpoint: props.subscription.endpoint,
    keyP256dh: props.subscription.keys.p256dh,
    keyAuth: props.subscription.keys.auth,
    createdAt: now.toISOString(),
    lastSuccessAt: null,
    lastFailureAt: null,
    lastError: null,
  });
}

export function listPushSubscriptions(
  ctx: AppContext,
  props: { workspaceId: string; userId: string },
): Promise<PushSubscriptionRow[]> {
  return listUserPushSubscriptions(ctx.db, props.workspaceId, props.userId);
}

export async function unsubscribeFromPush(
  ctx: AppContext,
  props: { workspaceId: string; userId: string; id: string },
): Promise<void> {
  if (!(await deletePushSubscription(ctx.db, props))) throw notFound('Push subscription');
}
