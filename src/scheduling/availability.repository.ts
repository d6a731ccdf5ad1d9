import type { DbOrTrx } from '../db/database.js';
import type { AgentAvailabilityRow } from './scheduling.table.js';

export function findAvailabilityRow(
  db: DbOrTrx,
  workspaceId: string,
  agentId: string,
): Promise<AgentAvailabilityRow | undefined> {
  return db
    .selectFrom('agentAvailability')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('agentId', '=', agentId)
    .executeTakeFirst();
}

export function listAvailabilityRows(
  db: DbOrTrx,
  workspaceId: string,
  agentIds: readonly string[],
): Promise<AgentAvailabilityRow[]> {
  if (agentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agentAvailability')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('agentId', 'in', agentIds)
    .execute();
}

export async function upsertAvailabilityRow(db: DbOrTrx, row: AgentAvailabilityRow): Promise<void> {
  const { agentId: _agentId, workspaceId: _workspaceId, ...changes } = row;
  await db
    .insertInto('agentAvailability')
    .values(row)
    .onConflict((oc) => oc.column('agentId').doUpdateSet(changes))
    .execute();
}
