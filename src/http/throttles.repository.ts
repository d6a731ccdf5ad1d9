import { createHmac } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';

/** A counter key whose variable part (an address, an email) is stored only as a keyed hash. */
export function throttleKey(secret: string, namespace: string, value: string): string {
  return `${namespace}:${createHmac('sha256', secret).update(`${namespace}:${value}`).digest('base64url')}`;
}

export interface ThrottleHit {
  count: number;
  resetAt: string;
}

/**
 * Counts one hit in the key's fixed window, starting a new window once the old one has ended. One
 * statement, so concurrent hits from any number of processes each see their own count.
 */
export async function countHit(
  db: DbOrTrx,
  props: { key: string; now: Date; windowMs: number },
): Promise<ThrottleHit> {
  const at = props.now.toISOString();
  const resetAt = new Date(props.now.getTime() + props.windowMs).toISOString();
  const row = await db
    .insertInto('requestThrottles')
    .values({ key: props.key, count: 1, resetAt, blockedUntil: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        // Both read the row as it was: SET sees old values on SQLite and PostgreSQL alike.
        const ended = eb('requestThrottles.resetAt', '<=', at);
        return {
          count: eb
            .case()
            .when(ended)
            .then(1)
            .else(eb('requestThrottles.count', '+', 1))
            .end(),
          resetAt: eb
            .case()
            .when(ended)
            .then(eb.ref('excluded.resetAt'))
            .else(eb.ref('requestThrottles.resetAt'))
            .end(),
        };
      }),
    )
    .returning(['count', 'resetAt'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), resetAt: row.resetAt };
}

/** Blocks the key until `until`, never shortening a block already longer. */
export async function blockKey(db: DbOrTrx, key: string, until: string): Promise<void> {
  await db
    .updateTable('requestThrottles')
    .set({ blockedUntil: until })
    .where('key', '=', key)
    .where((eb) => eb.or([eb('blockedUntil', 'is', null), eb('blockedUntil', '<', until)]))
    .execute();
}

/** The latest end of a block still running on any of the keys. */
export async function findBlockedUntil(db: DbOrTrx, keys: string[], now: Date): Promise<string | undefined> {
  const row = await db
    .selectFrom('requestThrottles')
    .select((eb) => eb.fn.max('blockedUntil').as('until'))
    .where('key', 'in', keys)
    .where('blockedUntil', '>', now.toISOString())
    .executeTakeFirst();
  return row?.until ?? undefined;
}

export async function deleteThrottle(db: DbOrTrx, key: string): Promise<void> {
  await db.deleteFrom('requestThrottles').where('key', '=', key).execute();
}

/** Rows whose window and block have both ended count for nothing any more. */
export async function deleteLapsedThrottles(db: DbOrTrx, now: Date): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .deleteFrom('requestThrottles')
    .where('resetAt', '<=', at)
    .where((eb) => eb.or([eb('blockedUntil', 'is', null), eb('blockedUntil', '<=', at)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
