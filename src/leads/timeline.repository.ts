import type { DbOrTrx } from '../db/database.js';
import type { AuditLogRow } from '../workspaces/workspaces.table.js';

/** Audit rows about these targets (a lead, its appointments), oldest first: the timeline's record of changes. */
export function listAuditForTargets(
  db: DbOrTrx,
  workspaceId: string,
  targets: { type: string; ids: readonly string[] }[],
  limit = 1000,
): Promise<AuditLogRow[]> {
  const wanted = targets.filter((t) => t.ids.length > 0);
  if (wanted.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where((eb) =>
      eb.or(wanted.map((t) => eb.and([eb('targetType', '=', t.type), eb('targetId', 'in', [...t.ids])]))),
    )
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}
