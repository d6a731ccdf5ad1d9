import type { DbOrTrx } from '../db/database.js';
import type {
  NewPrivacyRequestRow,
  PrivacyExportRow,
  PrivacyRequestEventRow,
  PrivacyRequestRow,
  PrivacyRequestStatus,
  PrivacyRequestUpdate,
} from './privacy.table.js';

export async function insertRequest(db: DbOrTrx, row: NewPrivacyRequestRow): Promise<void> {
  await db.insertInto('privacyRequests').values(row).execute();
}

export function findRequest(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<PrivacyRequestRow | undefined> {
  return db
    .selectFrom('privacyRequests')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findRequestByTicket(
  db: DbOrTrx,
  workspaceId: string,
  ticketHash: string,
): Promise<PrivacyRequestRow | undefined> {
  return db
    .selectFrom('privacyRequests')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('ticketHash', '=', ticketHash)
    .executeTakeFirst();
}

export async function updateRequest(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: PrivacyRequestUpdate,
): Promise<void> {
  await db
    .updateTable('privacyRequests')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Newest first; `before` is the id of the last row of the previous page (ids sort by creation time). */
export function listRequests(
  db: DbOrTrx,
  workspaceId: string,
  filter: { status?: PrivacyRequestStatus | undefined; before?: string | undefined; limit: number },
): Promise<PrivacyRequestRow[]> {
  let query = db.selectFrom('privacyRequests').selectAll().where('workspaceId', '=', workspaceId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.before) query = query.where('id', '<', filter.before);
  return query.orderBy('id', 'desc').limit(filter.limit).execute();
}

/** Requests made with the same identifier since `since`: the per-identifier rate limit. */
export async function countRequestsForIdentifier(
  db: DbOrTrx,
  workspaceId: string,
  identifierHash: string,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom('privacyRequests')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspaceId', '=', workspaceId)
    .where('identifierHash', '=', identifierHash)
    .where('createdAt', '>=', since)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Public requests still waiting for their code since before `before`, across workspaces. */
export function listUnverifiedBefore(
  db: DbOrTrx,
  before: string,
  limit: number,
): Promise<PrivacyRequestRow[]> {
  return db
    .selectFrom('privacyRequests')
    .selectAll()
    .where('status', '=', 'pending_verification')
    .where('createdAt', '<', before)
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

export async function insertRequestEvent(db: DbOrTrx, row: PrivacyRequestEventRow): Promise<void> {
  await db.insertInto('privacyRequestEvents').values(row).execute();
}

export function listRequestEvents(
  db: DbOrTrx,
  workspaceId: string,
  requestId: string,
): Promise<PrivacyRequestEventRow[]> {
  return db
    .selectFrom('privacyRequestEvents')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('requestId', '=', requestId)
    .orderBy('id', 'asc')
    .execute();
}

export async function insertExport(db: DbOrTrx, row: PrivacyExportRow): Promise<void> {
  await db.insertInto('privacyExports').values(row).execute();
}

/** Any workspace's export: the download link carries no workspace, the token is the key. */
export function findExportByToken(db: DbOrTrx, tokenHash: string): Promise<PrivacyExportRow | undefined> {
  return db.selectFrom('privacyExports').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
}

/** Marks the export taken; false when another download got there first. */
export async function claimExportDownload(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('privacyExports')
    .set({ downloadedAt: at })
    .where('id', '=', id)
    .where('downloadedAt', 'is', null)
    .where('purgedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markExportPurged(db: DbOrTrx, id: string, at: string): Promise<void> {
  await db.updateTable('privacyExports').set({ purgedAt: at }).where('id', '=', id).execute();
}

/** Files still on disk that have expired or been downloaded, across workspaces. */
export function listPurgeableExports(db: DbOrTrx, now: string, limit: number): Promise<PrivacyExportRow[]> {
  return db
    .selectFrom('privacyExports')
    .selectAll()
    .where('purgedAt', 'is', null)
    .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('downloadedAt', 'is not', null)]))
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

export function listExportsForContact(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
): Promise<PrivacyExportRow[]> {
  return db
    .selectFrom('privacyExports')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .execute();
}
