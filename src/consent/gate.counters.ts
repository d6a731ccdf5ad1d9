import { PostgresAdapter, sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.js';
import { firstRow, prepared } from '../db/prepared.js';
import { HOUR } from '../platform/clock.js';

/**
 * The workspace's automated texts per hour, so the daily cap reads at most 25 small rows instead of counting the
 * day's messages. A text counts from the moment its send is claimed (in that transaction) and stops counting only
 * if the provider never got it. The window is whole hours: the hour that holds `now - 24h` counts in full, so the
 * cap can hold a text up to an hour early, never let one through late.
 */

export const hourOf = (at: Date): string => at.toISOString().slice(0, 13);

/** Whether a text of this author counts against the workspace's cap on automation. */
export const countsAgainstWorkspaceCap = (author: string): boolean =>
  author === 'assistant' || author === 'system';

/** The workspace's automated texts in the 24 hours before `now` (whole hours, see above). */
export async function workspaceSendsInDay(db: DbOrTrx, workspaceId: string, now: Date): Promise<number> {
  const since = hourOf(new Date(now.getTime() - 24 * HOUR));
  const row = await firstRow(sendsSince(db, { workspaceId, since }));
  return Number(row?.total ?? 0);
}

const sendsSince = prepared((db, p: { workspaceId: string; since: string }) =>
  db
    .selectFrom('sendCounters')
    .select((eb) => eb.fn.sum<number>('count').as('total'))
    .where('workspaceId', '=', p.workspaceId)
    .where('hour', '>=', p.since),
);

/**
 * Serialises the claims of one workspace's texts until the transaction ends, so a check of the counter and its
 * increment cannot interleave with another process's. SQLite needs nothing: a write transaction holds the
 * database's only write lock, taken by the claim's first statement.
 */
export async function lockWorkspaceSends(trx: Trx, workspaceId: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${`send_counters:${workspaceId}`}))`.execute(trx);
}

/**
 * Counts one automated text in the claim's transaction: false, with nothing counted, when the workspace's
 * `cap` (null: none applies to this text) is already reached. Exact across processes: the check and the
 * increment happen under the workspace's lock.
 */
export async function countSendUnderCap(
  trx: Trx,
  props: { workspaceId: string; now: Date; cap: number | null },
): Promise<boolean> {
  await lockWorkspaceSends(trx, props.workspaceId);
  if (props.cap !== null && (await workspaceSendsInDay(trx, props.workspaceId, props.now)) >= props.cap)
    return false;
  await addWorkspaceSends(trx, { workspaceId: props.workspaceId, hour: hourOf(props.now), count: 1 });
  return true;
}

export async function addWorkspaceSends(
  db: DbOrTrx,
  props: { workspaceId: string; hour: string; count: number },
): Promise<void> {
  await addToCounter(db, props);
}

const addToCounter = prepared((db, p: { workspaceId: string; hour: string; count: number }) =>
  db
    .insertInto('sendCounters')
    .values({ workspaceId: p.workspaceId, hour: p.hour, count: p.count })
    .onConflict((oc) =>
      oc.columns(['workspaceId', 'hour']).doUpdateSet((eb) => ({
        count: eb('sendCounters.count', '+', p.count),
      })),
    ),
);

/** A claimed text the provider never got (failed, or put back to be sent again) no longer counts. */
export async function uncountSend(
  db: DbOrTrx,
  message: { workspaceId: string; author: string; attemptStartedAt: string | null },
): Promise<void> {
  if (!countsAgainstWorkspaceCap(message.author) || !message.attemptStartedAt) return;
  await addWorkspaceSends(db, {
    workspaceId: message.workspaceId,
    hour: hourOf(new Date(message.attemptStartedAt)),
    count: -1,
  });
}
