import type { DbOrTrx } from '../db/database.js';
import type { AuditLogRow, AuditLogTable } from './workspaces.table.js';

export async function insertAuditRow(db: DbOrTrx, row: AuditLogTable): Promise<void> {
  await db.insertInto('auditLog').values(row).execute();
}

/** Newest first; `before` is the id of the last row of the previous page (ids sort by creation time). */
export async function listAuditRows(
  db: DbOrTrx,
  workspaceId: string,
  page: { limit: number; before?: string | undefined },
): Promise<AuditLogRow[]> {
  let query = db.selectFrom('auditLog').selectAll().where('workspaceId', '=', workspaceId);
  if (page.before) query = query.where('id', '<', page.before);
  return query.orderBy('id', 'desc').limit(page.limit).execute();
}
