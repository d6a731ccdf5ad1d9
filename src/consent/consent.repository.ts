import type { DbOrTrx } from '../db/database.js';
import { columnsOf, firstRow, prepared } from '../db/prepared.js';
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

const latestConsent = prepared((db, p: { workspaceId: string; contactId: string; channel: ConsentChannel }) =>
  db
    .selectFrom('consentEvents')
    .selectAll()
    .where('workspaceId', '=', p.workspaceId)
    .where('contactId', '=', p.contactId)
    .where('channel', '=', p.channel)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(50),
);

export function latestConsentEvents(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
  channel: ConsentChannel,
): Promise<ConsentEventRow[]> {
  return latestConsent(db, { workspaceId, contactId, channel }).then((result) => result.rows);
}

export function findSuppression(
  db: DbOrTrx,
  workspaceId: string,
  kind: SuppressionRow['kind'],
  valueHash: string,
  reason?: SuppressionRow['reason'],
): Promise<SuppressionRow | undefined> {
  if (reason) return firstRow(suppressionForReason(db, { workspaceId, kind, valueHash, reason }));
  return firstRow(suppression(db, { workspaceId, kind, valueHash }));
}

interface SuppressionKey {
  workspaceId: string;
  kind: SuppressionRow['kind'];
  valueHash: string;
}

const suppression = prepared((db, p: SuppressionKey) =>
  db
    .selectFrom('suppressions')
    .selectAll()
    .where('workspaceId', '=', p.workspaceId)
    .where('kind', '=', p.kind)
    .where('valueHash', '=', p.valueHash),
);

const suppressionForReason = prepared(
  (db, p: SuppressionKey & { reason: NonNullable<SuppressionRow['reason']> }) =>
    db
      .selectFrom('suppressions')
      .selectAll()
      .where('workspaceId', '=', p.workspaceId)
      .where('kind', '=', p.kind)
      .where('valueHash', '=', p.valueHash)
      .where('reason', '=', p.reason),
);

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

const GATE_DECISION_COLUMNS = [
  ...['id', 'workspaceId', 'messageId', 'contactId', 'stage', 'outcome', 'reason', 'details', 'deferUntil'],
  'decidedAt',
] as const satisfies readonly (keyof GateDecisionRow)[];

const insertGateDecisionRow = prepared((db, row: GateDecisionRow) =>
  db.insertInto('gateDecisions').values(columnsOf(row, GATE_DECISION_COLUMNS)),
);

export async function insertGateDecision(db: DbOrTrx, row: GateDecisionRow): Promise<void> {
  await insertGateDecisionRow(db, row);
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
