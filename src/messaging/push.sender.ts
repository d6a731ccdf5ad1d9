import webpush from 'web-push';
import type { AppContext } from '../http/context.js';
import { SECOND } from '../platform/clock.js';
import { outboundFetch, outboundRefusal } from '../platform/outbound-http.js';
import type { ChannelResult } from './notifications.channels.js';
import {
  deletePushSubscriptionById,
  listUserPushSubscriptions,
  recordPushOutcome,
} from './push.repository.js';
import { pushOutbound } from './push.service.js';
import type { PushSubscriptionRow } from './push.table.js';

/** What the service worker shows: no lead's number, and where a click takes the agent. */
export interface PushMessage {
  title: string;
  body: string;
  /** A dashboard path, e.g. /leads/01H…, opened when the notification is clicked. */
  url: string;
  /** Notes with the same tag replace each other on the device. */
  tag: string;
}

const PUSH_TIMEOUT_MS = 10 * SECOND;
/** How long a push service keeps trying a device that is off: an alert older than a day is stale. */
const TTL_SECONDS = 24 * 60 * 60;

/**
 * Sends one message to one browser. The payload is encrypted by `web-push` (RFC 8291, aes128gcm) and
 * signed with the instance's VAPID key; the request itself goes through the outbound guard, since the
 * endpoint came from a browser.
 */
async function pushTo(
  ctx: AppContext,
  row: PushSubscriptionRow,
  message: PushMessage,
): Promise<ChannelResult> {
  const details = webpush.generateRequestDetails(
    { endpoint: row.endpoint, keys: { p256dh: row.keyP256dh, auth: row.keyAuth } },
    JSON.stringify(message),
    {
      vapidDetails: {
        subject: ctx.config.push.subject,
        publicKey: ctx.config.push.vapidPublicKey,
        privateKey: ctx.config.push.vapidPrivateKey,
      },
      TTL: TTL_SECONDS,
      urgency: 'high',
    },
  );
  let status: number;
  try {
    const response = await outboundFetch(pushOutbound(ctx, row.endpoint))(details.endpoint, {
      method: details.method,
      headers: details.headers as Record<string, string>,
      body: details.body ? new Uint8Array(details.body) : null,
      redirect: 'error',
      signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
    });
    status = response.status;
    await response.body?.cancel();
  } catch (error) {
    const refused = outboundRefusal(error);
    return { ok: false, retryable: !refused, error: refused ? `push:${refused}` : 'push:unreachable' };
  }
  if (status >= 200 && status < 300) return { ok: true };
  // 404 and 410: the browser unsubscribed or the subscription expired, for good.
  if (status === 404 || status === 410) return { ok: false, retryable: false, error: 'push:gone' };
  return { ok: false, retryable: status === 429 || status >= 500, error: `push:${status}` };
}

/**
 * Pushes to every browser the user subscribed. Gone subscriptions are removed; the others record their
 * last outcome, which the dashboard and the undeliverable check read.
 */
export async function pushToUser(
  ctx: AppContext,
  props: { workspaceId: string; userId: string; message: PushMessage },
): Promise<ChannelResult[]> {
  const results: ChannelResult[] = [];
  for (const row of await listUserPushSubscriptions(ctx.db, props.workspaceId, props.userId)) {
    const result = await pushTo(ctx, row, props.message);
    const at = ctx.clock.now().toISOString();
    if (!result.ok && result.error === 'push:gone')
      await deletePushSubscriptionById(ctx.db, row.workspaceId, row.id);
    else
      await recordPushOutcome(ctx.db, {
        workspaceId: row.workspaceId,
        id: row.id,
        at,
        error: result.ok ? null : result.error,
      });
    results.push(result);
  }
  return results;
}

/** Where a note about no lead opens, by its kind: the page where it is dealt with. */
export const PAGE_OF_KIND: Readonly<Record<string, string>> = {
  lead_email_unparsed: '/integrations#unparsed-title',
};

/** Runs of 7 or more digits, with the spaces, dots, dashes and brackets phone numbers are written with. */
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{5,}\d/g;

/**
 * The short text a lock screen shows. Team notes can name the lead's number (a lead with no name is
 * called by it); a push travels through a third party's service and sits on a lock screen, so it never does.
 */
export function pushMessageFor(note: {
  id: string;
  kind?: string;
  subject: string;
  body: string;
  leadId: string | null;
}): PushMessage {
  const clean = (text: string, max: number) => {
    const plain = text.replace(PHONE_LIKE, 'a lead').replace(/\s+/g, ' ').trim();
    return plain.length <= max ? plain : `${plain.slice(0, max - 1)}…`;
  };
  const firstLine = note.body.split('\n')[0] ?? '';
  return {
    title: clean(note.subject, 80),
    body: clean(firstLine, 140),
    url: note.leadId ? `/leads/${note.leadId}` : (PAGE_OF_KIND[note.kind ?? ''] ?? '/inbox'),
    tag: note.leadId ? `lead:${note.leadId}` : `note:${note.id}`,
  };
}
