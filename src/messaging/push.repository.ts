import type { DbOrTrx } from '../db/database.js';
import type { PushSubscriptionRow } from './push.table.js';

/**
 * Stores a browser's subscription for a user. An endpoint belongs to one browser, so subscribing it again
 * (after signing in as someone else) moves it: alerts never go to a person who left that browser.
 */
export async function upsertPushSubscription(
  db: DbOrTrx,
  row: PushSubscriptionRow,
): Promise<PushSubscriptionRow> {
  return db
    .insertInto('pushSubscriptions')
    .values(row)
    .onConflict((oc) =>
      oc.column('endpoint').doUpdateSet({
        workspaceId: row.workspaceId,
        userId: row.userId,
        keyP256dh: row.keyP256dh,
        keyAuth: row.keyAuth,
        lastFailureAt: null,
        lastError: null,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listUserPushSubscriptions(
  db: DbOrTrx,
  workspaceId: string,
  userId: string,
): Promise<PushSubscriptionRow[]> {
  return db
    .selectFrom('pushSubscriptions')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .orderBy('createdAt', 'asc')
    .execute();
}

/** Removes one of the user's subscriptions; false when there was none by that id. */
export async function deletePushSubscription(
  db: DbOrTrx,
  props: { workspaceId: string; userId: string; id: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('pushSubscriptions')
    .where('workspaceId', '=', props.workspaceId)
    .where('userId', '=', props.userId)
    .where('id', '=', props.id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The push service said the subscription is gone (404/410): it never comes back. */
export async function deletePushSubscriptionById(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<void> {
  await db
    .deleteFrom('pushSubscriptions')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function recordPushOutcome(
  db: DbOrTrx,
  props: { workspaceId: string; id: string; at: string; error: string | null },
): Promise<void> {
  await db
    .updateTable('pushSubscriptions')
    .set(
      props.error === null
        ? { lastSuccessAt: props.at, lastFailureAt: null, lastError: null }
        : { lastFailureAt: props.at, lastError: props.error },
    )
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.id)
    .execute();
}

/** Users of the workspace with at least one subscription whose last attempt did not fail. */
export async function usersWithWorkingPush(db: DbOrTrx, workspaceId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('pushSubscriptions')
    .select('userId')
    .distinct()
    .where('workspaceId', '=', workspaceId)
    .where('lastFailureAt', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.userId));
}
