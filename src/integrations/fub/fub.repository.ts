import type { Updateable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import { firstRow, prepared } from '../../db/prepared.js';
import type { FubConnectionRow, FubConnectionsTable, FubLinkKind, FubLinkRow } from './fub.table.js';

const fubConnection = prepared((db, p: { workspaceId: string }) =>
  db.selectFrom('fubConnections').selectAll().where('workspaceId', '=', p.workspaceId),
);

export function findFubConnection(db: DbOrTrx, workspaceId: string): Promise<FubConnectionRow | undefined> {
  return firstRow(fubConnection(db, { workspaceId }));
}

export function findFubConnectionByToken(
  db: DbOrTrx,
  tokenHash: string,
): Promise<FubConnectionRow | undefined> {
  return db
    .selectFrom('fubConnections')
    .selectAll()
    .where('webhookTokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function upsertFubConnection(db: DbOrTrx, row: FubConnectionRow): Promise<void> {
  await db
    .insertInto('fubConnections')
    .values(row)
    .onConflict((oc) =>
      oc.column('workspaceId').doUpdateSet({
        enabled: row.enabled,
        apiKeySealed: row.apiKeySealed,
        apiKeyHint: row.apiKeyHint,
        systemName: row.systemName,
        systemKeySealed: row.systemKeySealed,
        webhookTokenHash: row.webhookTokenHash,
        settings: row.settings,
        lastError: null,
        updatedAt: row.updatedAt,
      }),
    )
    .execute();
}

export async function updateFubConnection(
  db: DbOrTrx,
  workspaceId: string,
  changes: Updateable<FubConnectionsTable>,
): Promise<void> {
  await db.updateTable('fubConnections').set(changes).where('workspaceId', '=', workspaceId).execute();
}

export async function deleteFubConnection(db: DbOrTrx, workspaceId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('fubConnections')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function findLinkByLocal(
  db: DbOrTrx,
  workspaceId: string,
  kind: FubLinkKind,
  localId: string,
): Promise<FubLinkRow | undefined> {
  return db
    .selectFrom('fubLinks')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('kind', '=', kind)
    .where('localId', '=', localId)
    .executeTakeFirst();
}

export function findLinkByRemote(
  db: DbOrTrx,
  workspaceId: string,
  kind: FubLinkKind,
  remoteId: string,
): Promise<FubLinkRow | undefined> {
  return db
    .selectFrom('fubLinks')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('kind', '=', kind)
    .where('remoteId', '=', remoteId)
    .executeTakeFirst();
}

/** Links two ids unless either is linked already (a retry, or the other side's echo). */
export async function insertLinkOnce(db: DbOrTrx, row: FubLinkRow): Promise<void> {
  await db
    .insertInto('fubLinks')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function deleteLink(
  db: DbOrTrx,
  workspaceId: string,
  kind: FubLinkKind,
  localId: string,
): Promise<void> {
  await db
    .deleteFrom('fubLinks')
    .where('workspaceId', '=', workspaceId)
    .where('kind', '=', kind)
    .where('localId', '=', localId)
    .execute();
}
