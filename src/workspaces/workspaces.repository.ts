import { PostgresAdapter } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.js';
import { randomToken } from '../platform/crypto.js';
import { cached, forgetWorkspace } from './workspace-cache.js';
import type { NewWorkspaceRow, WorkspaceRow, WorkspaceRowUpdate } from './workspaces.table.js';

export async function insertWorkspace(db: DbOrTrx, row: NewWorkspaceRow): Promise<WorkspaceRow> {
  return db.insertInto('workspaces').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The workspace itself: its id is the tenant, so this is the workspace-scoped lookup. */
export async function findWorkspace(db: DbOrTrx, workspaceId: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst();
}

/**
 * The workspace as a request reads it (settings, zone, salt), from this process's cache when it is fresh
 * (workspace-cache.ts). Not for a read that a write depends on: use findWorkspace or lockWorkspace there.
 */
export function readWorkspace(db: DbOrTrx, workspaceId: string): Promise<WorkspaceRow | undefined> {
  return cached(db, { key: `workspace:${workspaceId}`, workspaceId }, () => findWorkspace(db, workspaceId));
}

export async function findWorkspaceBySlug(db: DbOrTrx, slug: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Every workspace: for operators only. */
export async function listWorkspaces(db: DbOrTrx): Promise<WorkspaceRow[]> {
  return db.selectFrom('workspaces').selectAll().orderBy('createdAt', 'asc').orderBy('id', 'asc').execute();
}

export async function updateWorkspace(
  db: DbOrTrx,
  workspaceId: string,
  patch: WorkspaceRowUpdate,
): Promise<WorkspaceRow | undefined> {
  forgetWorkspace(db, workspaceId);
  return db
    .updateTable('workspaces')
    .set(patch)
    .where('id', '=', workspaceId)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Serialises changes that depend on a count across the workspace (the last owner) on PostgreSQL.
 * SQLite needs nothing: its single writer already runs transactions one at a time.
 */
export async function lockWorkspace(trx: Trx, workspaceId: string): Promise<WorkspaceRow | undefined> {
  const query = trx.selectFrom('workspaces').selectAll().where('id', '=', workspaceId);
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  return (postgres ? query.forUpdate() : query).executeTakeFirst();
}

/** The workspace's salt for hashing suppressed numbers and addresses, made on first use. */
export async function workspaceHashSalt(db: DbOrTrx, workspaceId: string): Promise<string> {
  const row = await readWorkspace(db, workspaceId);
  if (row?.hashSalt) return row.hashSalt;
  forgetWorkspace(db, workspaceId);
  await db
    .updateTable('workspaces')
    .set({ hashSalt: randomToken(24) })
    .where('id', '=', workspaceId)
    .where('hashSalt', 'is', null)
    .execute();
  const again = await db
    .selectFrom('workspaces')
    .select('hashSalt')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return again.hashSalt as string;
}
