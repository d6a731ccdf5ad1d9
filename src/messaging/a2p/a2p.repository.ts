import type { DbOrTrx } from '../../db/database.js';
import type {
  A2pRegistrationRow,
  A2pRegistrationUpdate,
  A2pStatus,
  NewA2pRegistration,
} from './a2p.table.js';

export function findRegistration(db: DbOrTrx, workspaceId: string): Promise<A2pRegistrationRow | undefined> {
  return db
    .selectFrom('a2pRegistrations')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
}

export async function insertRegistration(db: DbOrTrx, row: NewA2pRegistration): Promise<void> {
  await db.insertInto('a2pRegistrations').values(row).execute();
}

export async function updateRegistration(
  db: DbOrTrx,
  workspaceId: string,
  patch: A2pRegistrationUpdate,
): Promise<void> {
  await db.updateTable('a2pRegistrations').set(patch).where('workspaceId', '=', workspaceId).execute();
}

/** Every workspace's status, for the operator console; a workspace without a row has not started. */
export async function registrationStatuses(db: DbOrTrx): Promise<Map<string, A2pStatus>> {
  const rows = await db.selectFrom('a2pRegistrations').select(['workspaceId', 'status']).execute();
  return new Map(rows.map((row) => [row.workspaceId, row.status]));
}
