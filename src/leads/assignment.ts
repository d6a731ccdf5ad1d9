import type { DbOrTrx } from '../db/database.js';
import { prepared } from '../db/prepared.js';

export interface Assignee {
  userId: string;
  name: string;
  reason: 'round_robin' | 'fallback_admin';
}

/**
 * Round robin: the active agent who has waited longest since their last lead gets the next one (one who
 * never had one goes first). A workspace without agents gives its leads to an owner or admin.
 */
export async function pickAssignee(db: DbOrTrx, workspaceId: string): Promise<Assignee | null> {
  const { rows: candidates } = await activeUsers(db, { workspaceId });
  const agents = candidates.filter((c) => c.role === 'agent');
  const pool =
    agents.length > 0 ? agents : candidates.filter((c) => c.role === 'owner' || c.role === 'admin');
  const best = pool.sort(
    (a, b) =>
      String(a.lastAssignedAt ?? '').localeCompare(String(b.lastAssignedAt ?? '')) ||
      a.id.localeCompare(b.id),
  )[0];
  if (!best) return null;
  return { userId: best.id, name: best.name, reason: agents.length > 0 ? 'round_robin' : 'fallback_admin' };
}

/** The workspace's active users with when each was last given a lead; asked for every new lead, so prepared. */
const activeUsers = prepared((db, p: { workspaceId: string }) =>
  db
    .selectFrom('users')
    .select((eb) => [
      'users.id',
      'users.name',
      'users.role',
      eb
        .selectFrom('leads')
        .select((inner) => inner.fn.max('leads.receivedAt').as('at'))
        .where('leads.workspaceId', '=', p.workspaceId)
        .whereRef('leads.assignedUserId', '=', 'users.id')
        .as('lastAssignedAt'),
    ])
    .where('users.workspaceId', '=', p.workspaceId)
    .where('users.disabledAt', 'is', null),
);
