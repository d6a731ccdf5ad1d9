import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { newId } from '../platform/ids.js';
import { insertAuditRow, listAuditRows } from './audit.repository.js';
import type { Actor } from './auth.types.js';
import type { AuditLogRow, AuditLogTable } from './workspaces.table.js';

export type AuditActorType = AuditLogTable['actorType'];

export interface AuditEntry {
  workspaceId: string | null;
  actor: { type: AuditActorType; id: string | null };
  /** `<area>.<verb>`, e.g. `auth.sign_in`, `user.updated`, `api_key.revoked`. */
  action: string;
  target?: { type: string; id: string } | undefined;
  /** What changed: ids, field names, reasons. Never passwords, secrets, emails or other personal data. */
  details?: Record<string, unknown> | undefined;
  ip?: string | null | undefined;
  at: Date;
}

/** The audit view of a request's actor; no actor means the system itself (the CLI, a job). */
export function auditActor(actor?: Actor): AuditEntry['actor'] {
  if (!actor) return { type: 'system', id: null };
  return actor.type === 'user' ? { type: 'user', id: actor.userId } : { type: 'api_key', id: actor.apiKeyId };
}

/**
 * Writes one audit row. Pass the transaction that makes the change, so the record and the change
 * commit together or not at all.
 */
export async function audit(db: DbOrTrx, entry: AuditEntry): Promise<void> {
  await insertAuditRow(db, {
    id: newId(),
    workspaceId: entry.workspaceId,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    details: toJson(entry.details ?? {}),
    ip: entry.ip ?? null,
    createdAt: entry.at.toISOString(),
  });
}

export async function listAuditLog(
  ctx: AppContext,
  props: { workspaceId: string; limit: number; before?: string | undefined },
): Promise<{ rows: AuditLogRow[]; nextCursor: string | null }> {
  // One extra row tells whether there is a next page without a count query.
  const rows = await listAuditRows(ctx.db, props.workspaceId, {
    limit: props.limit + 1,
    before: props.before,
  });
  const page = rows.slice(0, props.limit);
  return { rows: page, nextCursor: rows.length > props.limit ? (page.at(-1)?.id ?? null) : null };
}
