import type { Insertable, Updateable } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.js';
import type {
  LeadSourceRow,
  LeadSourcesTable,
  PayloadStatus,
  SourcePayloadRow,
  SourcePayloadsTable,
} from './sources.table.js';

export function insertSource(db: DbOrTrx, row: Insertable<LeadSourcesTable>): Promise<unknown> {
  return db.insertInto('leadSources').values(row).execute();
}

export function listSources(db: DbOrTrx, workspaceId: string): Promise<LeadSourceRow[]> {
  return db
    .selectFrom('leadSources')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export function findSource(db: DbOrTrx, workspaceId: string, id: string): Promise<LeadSourceRow | undefined> {
  return db
    .selectFrom('leadSources')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** By the secret in its address or URL; the caller checks the kind and whether it is enabled. */
export function findSourceByTokenHash(db: DbOrTrx, tokenHash: string): Promise<LeadSourceRow | undefined> {
  return db.selectFrom('leadSources').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
}

export function findSourceByVerifyTokenHash(db: DbOrTrx, hash: string): Promise<LeadSourceRow | undefined> {
  return db.selectFrom('leadSources').selectAll().where('verifyTokenHash', '=', hash).executeTakeFirst();
}

export function findSourceByAccount(
  db: DbOrTrx,
  kind: LeadSourcesTable['kind'],
  account: string,
): Promise<LeadSourceRow | undefined> {
  return db
    .selectFrom('leadSources')
    .selectAll()
    .where('kind', '=', kind)
    .where('externalAccount', '=', account)
    .executeTakeFirst();
}

export async function updateSource(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: Updateable<LeadSourcesTable>,
): Promise<void> {
  await db
    .updateTable('leadSources')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteSource(db: DbOrTrx, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('leadSources')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function insertPayload(db: DbOrTrx, row: Insertable<SourcePayloadsTable>): Promise<unknown> {
  return db.insertInto('sourcePayloads').values(row).execute();
}

export function findPayload(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<SourcePayloadRow | undefined> {
  return db
    .selectFrom('sourcePayloads')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listPayloads(
  db: DbOrTrx,
  props: {
    workspaceId: string;
    sourceId?: string;
    kind?: LeadSourcesTable['kind'];
    status?: PayloadStatus;
    limit: number;
  },
): Promise<SourcePayloadRow[]> {
  let query = db.selectFrom('sourcePayloads').selectAll().where('workspaceId', '=', props.workspaceId);
  if (props.sourceId) query = query.where('sourceId', '=', props.sourceId);
  if (props.kind) query = query.where('kind', '=', props.kind);
  if (props.status) query = query.where('status', '=', props.status);
  return query.orderBy('receivedAt', 'desc').orderBy('id', 'desc').limit(props.limit).execute();
}

/**
 * Takes a payload still in `from` (`received`, or `unparsed` for an admin's mapping) for this
 * transaction: true for the one transaction that gets it, false for any other (it was read meanwhile).
 * On PostgreSQL the row lock makes a second reader wait and then see the new status.
 */
export async function claimPayload(
  trx: Trx,
  workspaceId: string,
  id: string,
  from: PayloadStatus,
): Promise<boolean> {
  const result = await trx
    .updateTable('sourcePayloads')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function updatePayload(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: Updateable<SourcePayloadsTable>,
  onlyIfStatus?: PayloadStatus,
): Promise<boolean> {
  let query = db
    .updateTable('sourcePayloads')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id);
  if (onlyIfStatus) query = query.where('status', '=', onlyIfStatus);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findSourceLead(
  db: DbOrTrx,
  sourceId: string,
  externalId: string,
): Promise<{ leadId: string; payloadId: string } | undefined> {
  return db
    .selectFrom('sourceLeads')
    .select(['leadId', 'payloadId'])
    .where('sourceId', '=', sourceId)
    .where('externalId', '=', externalId)
    .executeTakeFirst();
}

export function insertSourceLead(
  trx: Trx,
  row: {
    sourceId: string;
    externalId: string;
    workspaceId: string;
    leadId: string;
    payloadId: string;
    createdAt: string;
  },
): Promise<unknown> {
  return trx.insertInto('sourceLeads').values(row).execute();
}

/** One more failed reading of a payload still `received`; the last one marks it `failed`. */
export async function recordPayloadFailure(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  props: { error: string; final: boolean; at: Date },
): Promise<void> {
  await db
    .updateTable('sourcePayloads')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      error: props.error,
      ...(props.final ? { status: 'failed' as const, processedAt: props.at.toISOString() } : {}),
    }))
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '=', 'received')
    .execute();
}
