import type { DbOrTrx } from '../db/database.js';

export interface Assignee {
  userId: string;
  name: string;
  reason: 'round_robin' | 'fallback_admin';
}

/**
 * Round robin by load: the active agent with the fewest leads gets the next one (ties go to whoever
 * waited longest). A workspace without agents gives its leads to an owner or admin.
 */
export async function pickAssignee(db: DbOrTrx, workspaceId: string): Promise<Assignee | null> {
  const candidates = await db
    .selectFrom('users')
    .leftJoin('leads', (join) => join.onRef('leads.assignedUserId', '=', 'users.id'))
    .select((eb) => [
      'users.id',
      'users.name',
      'users.role',
      eb.fn.count<number>('leads.id').as('load'),
      eb.fn.max('leads.receivedAt').as('lastAssignedAt'),
    ])
    .where('users.workspaceId', '=', workspaceId)
    .where('users.disabledAt', 'is', null)
    .groupBy(['users.id', 'users.name', 'users.role'])
    .execute();
  const agents = candidates.filter((c) => c.role === 'agent');
  const pool =
    agents.length > 0 ? agents : candidates.filter((c) => c.role === 'owner' || c.role === 'admin');
  const best = pool.sort(
    (a, b) =>
      Number(a.load) - Number(b.load) ||
      String(a.lastAssignedAt ?? '').localeCompare(String(b.lastAssignedAt ?? '')) ||
      a.id.localeCompare(b.id),
  )[0];
  if (!best) return null;
  return { userId: best.id, name: best.name, reason: agents.length > 0 ? 'round_robin' : 'fallback_admin' };
}
