import type { DbOrTrx } from '../db/database.js';
import { cached, forgetWorkspace } from './workspace-cache.js';
import type { ApiKeyRow, ApiKeysTable, WorkspaceStatus } from './workspaces.table.js';

export async function insertApiKey(db: DbOrTrx, row: ApiKeysTable): Promise<ApiKeyRow> {
  return db.insertInto('apiKeys').values(row).returningAll().executeTakeFirstOrThrow();
}

export interface FoundApiKey {
  apiKey: ApiKeyRow;
  workspaceStatus: WorkspaceStatus;
}

/**
 * Authentication: the key is found by its hash before the workspace is known; from this process's cache when
 * fresh (workspace-cache.ts), so a revoked key or a suspended workspace is refused at once by this process and
 * within the cache's lifetime by another.
 */
export function findApiKeyByHash(db: DbOrTrx, keyHash: string): Promise<FoundApiKey | undefined> {
  return cached(
    db,
    { key: `api-key:${keyHash}`, workspaceOf: (found: FoundApiKey) => found.apiKey.workspaceId },
    () => readApiKeyByHash(db, keyHash),
  );
}

async function readApiKeyByHash(db: DbOrTrx, keyHash: string): Promise<FoundApiKey | undefined> {
  const row = await db
    .selectFrom('apiKeys')
    .innerJoin('workspaces', 'workspaces.id', 'apiKeys.workspaceId')
    .selectAll('apiKeys')
    .select('workspaces.status as workspaceStatus')
    .where('apiKeys.keyHash', '=', keyHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { workspaceStatus, ...apiKey } = row;
  return { apiKey, workspaceStatus };
}

export async function findApiKey(
  db: DbOrTrx,
  workspaceId: string,
  apiKeyId: string,
): Promise<ApiKeyRow | undefined> {
  return db
    .selectFrom('apiKeys')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', apiKeyId)
    .executeTakeFirst();
}

/** For a long-lived response: whether the key is revoked and its workspace suspended, by primary key. */
export async function findApiKeyStanding(
  db: DbOrTrx,
  workspaceId: string,
  apiKeyId: string,
): Promise<{ revokedAt: string | null; workspaceStatus: WorkspaceStatus } | undefined> {
  return db
    .selectFrom('apiKeys')
    .innerJoin('workspaces', 'workspaces.id', 'apiKeys.workspaceId')
    .select(['apiKeys.revokedAt', 'workspaces.status as workspaceStatus'])
    .where('apiKeys.workspaceId', '=', workspaceId)
    .where('apiKeys.id', '=', apiKeyId)
    .executeTakeFirst();
}

export async function listApiKeys(db: DbOrTrx, workspaceId: string): Promise<ApiKeyRow[]> {
  return db
    .selectFrom('apiKeys')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function revokeApiKey(
  db: DbOrTrx,
  workspaceId: string,
  apiKeyId: string,
  at: string,
): Promise<ApiKeyRow | undefined> {
  forgetWorkspace(db, workspaceId);
  return db
    .updateTable('apiKeys')
    .set({ revokedAt: at })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', apiKeyId)
    .where('revokedAt', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Records use at most once per `since` window, so a busy integration does not write on every request. */
export async function touchApiKey(db: DbOrTrx, apiKeyId: string, at: string, since: string): Promise<void> {
  await db
    .updateTable('apiKeys')
    .set({ lastUsedAt: at })
    .where('id', '=', apiKeyId)
    .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<', since)]))
    .execute();
}
