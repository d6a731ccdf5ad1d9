import type { DbOrTrx } from '../db/database.js';

/** A call began, moved on (a status, an outcome, a recording) or said something new: re-read it. */
export interface CallChange {
  type: 'call';
  at: string;
  key: string;
  data: { callId: string; leadId: string | null; status: string; live: boolean; turns: number };
}

/**
 * The workspace's calls changed at or after `since`, oldest first, for the dashboard's live stream. Every
 * transcript turn touches its call's `updated_at` (see calls.repository), and the count of turns is in the
 * key, so two turns within one millisecond are still two events.
 */
export async function callChangesSince(
  db: DbOrTrx,
  workspaceId: string,
  since: string,
  limit: number,
): Promise<CallChange[]> {
  const rows = await db
    .selectFrom('calls')
    .select((eb) => [
      'calls.id',
      'calls.leadId',
      'calls.status',
      'calls.endedAt',
      'calls.outcome',
      'calls.updatedAt',
      eb
        .selectFrom('callTurns')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('callTurns.callId', '=', 'calls.id')
        .as('turns'),
    ])
    .where('calls.workspaceId', '=', workspaceId)
    .where('calls.updatedAt', '>=', since)
    .orderBy('calls.updatedAt', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const turns = Number(r.turns ?? 0);
    return {
      type: 'call',
      at: r.updatedAt,
      key: `call:${r.id}:${r.updatedAt}:${r.status}:${r.outcome ?? ''}:${turns}`,
      data: { callId: r.id, leadId: r.leadId, status: r.status, live: r.endedAt === null, turns },
    };
  });
}
