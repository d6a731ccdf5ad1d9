import type { DbOrTrx } from '../db/database.js';
import type {
  ConsentChannel,
  ConsentEventRow,
  GateDecisionRow,
  NewConsentEventRow,
  SuppressionRow,
} from './consent.table.js';

export async function insertConsentEvent(db: DbOrTrx, row: NewConsentEventRow): Promise<void> {
  await db.insertInto('consentEvents').values(row).execute();
}

export function listConsentEvents(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
): Promise<ConsentEventRow[]> {
  return db
    .selectFrom('consentEvents')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export function latestConsentEvents(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
  channel: ConsentChannel,
): Promise<ConsentEventRow[]> {
  return db
    .selectFrom('consentEvents')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .where('channel', '=', channel)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
}

export function findSuppression(
  db: DbOrTrx,
  workspaceId: string,
  kind: SuppressionRow['kind'],
  valueHash: string,
  reason?: SuppressionRow['reason'],
): Promise<SuppressionRow | undefined> {
  let query = db
    .selectFrom('suppressions')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('kind', '=', kind)
    .where('valueHash', '=', valueHash);
  if (reason) query = query.where('reason', '=', reason);
  return query.executeTakeFirst();
}

export function findSuppressionById(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<SuppressionRow | undefined> {
  return db
    .selectFrom('suppressions')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertSuppression(db: DbOrTrx, row: SuppressionRow): Promise<boolean> {
  const result = await db
    .insertInto('suppressions')
    .values(row)
    .onConflict((oc) => oc.columns(['workspaceId', 'kind', 'valueHash', 'reason']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteSuppression(db: DbOrTrx, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('suppressions')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('reason', '=', 'do_not_contact')
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function listSuppressions(
  db: DbOrTrx,
  workspaceId: string,
  limit: number,
  offset: number,
): Promise<SuppressionRow[]> {
  return db
    .selectFrom('suppressions')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function insertGateDecision(db: DbOrTrx, row: GateDecisionRow): Promise<void> {
  await db.insertInto('gateDecisions').values(row).execute();
}

export function listGateDecisions(
  db: DbOrTrx,
  workspaceId: string,
  messageId: string,
): Promise<GateDecisionRow[]> {
  return db
    .selectFrom('gateDecisions')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('messageId', '=', messageId)
    .orderBy('decidedAt', 'asc')
    .execute();
}
