import type { DbOrTrx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import type {
  CallProvider,
  CallRow,
  CallRowUpdate,
  CallStatusChange,
  CallTurnRow,
  NewCallRow,
  NewCallTurnRow,
} from './calls.table.js';

/** Inserts a call unless one with its provider SID exists; returns the stored one either way. */
export async function insertCallOnce(
  db: DbOrTrx,
  row: NewCallRow,
): Promise<{ call: CallRow; inserted: boolean }> {
  const result = await db
    .insertInto('calls')
    .values(row)
    .onConflict((oc) => oc.columns(['provider', 'providerCallSid']).doNothing())
    .executeTakeFirst();
  const call = await findCallBySid(db, row.provider, row.providerCallSid);
  if (!call) throw new Error('The call was neither inserted nor found');
  return { call, inserted: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
}

/** By the provider's SID: webhooks name a call this way, before anyone knows our id. Not workspace-scoped. */
export function findCallBySid(
  db: DbOrTrx,
  provider: CallProvider,
  sid: string,
): Promise<CallRow | undefined> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('provider', '=', provider)
    .where('providerCallSid', '=', sid)
    .executeTakeFirst();
}

/** By our id alone: the relay socket learns only the id it was given in the TwiML, then checks the SID. */
export function findCallById(db: DbOrTrx, id: string): Promise<CallRow | undefined> {
  return db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCall(db: DbOrTrx, workspaceId: string, id: string): Promise<CallRow | undefined> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateCall(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: CallRowUpdate,
): Promise<void> {
  await db
    .updateTable('calls')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Appends a status to the call's history; the same status twice in a row is recorded once. */
export async function recordCallStatus(
  db: DbOrTrx,
  call: Pick<CallRow, 'workspaceId' | 'id'>,
  status: string,
  at: string,
): Promise<void> {
  const row = await db
    .selectFrom('calls')
    .select('statusHistory')
    .where('workspaceId', '=', call.workspaceId)
    .where('id', '=', call.id)
    .executeTakeFirst();
  if (!row) return;
  const history = fromJson<CallStatusChange[] | null>(row.statusHistory) ?? [];
  if (history.at(-1)?.status === status) return;
  await updateCall(db, call.workspaceId, call.id, {
    status,
    statusHistory: toJson([...history, { status, at }]),
    updatedAt: at,
  });
}

export function listCallsForLead(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
  limit = 200,
): Promise<CallRow[]> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .orderBy('startedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Appends to the transcript; the caller of this writes one call's turns one at a time. */
export async function insertCallTurn(
  db: DbOrTrx,
  row: Pick<NewCallTurnRow, 'id' | 'workspaceId' | 'callId' | 'speaker' | 'text' | 'startedAt'> &
    Partial<Pick<CallTurnRow, 'heardText' | 'interrupted' | 'lang' | 'latencyMs' | 'endedAt'>>,
): Promise<CallTurnRow> {
  const last = await db
    .selectFrom('callTurns')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('workspaceId', '=', row.workspaceId)
    .where('callId', '=', row.callId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const stored: CallTurnRow = {
    ...row,
    seq,
    heardText: row.heardText ?? null,
    interrupted: row.interrupted ?? 0,
    lang: row.lang ?? null,
    latencyMs: row.latencyMs ?? null,
    endedAt: row.endedAt ?? null,
  };
  await db.insertInto('callTurns').values(stored).execute();
  // The dashboard's live stream reads calls by updated_at: a new turn is news about its call.
  await db
    .updateTable('calls')
    .set({ updatedAt: row.startedAt })
    .where('workspaceId', '=', row.workspaceId)
    .where('id', '=', row.callId)
    .where('updatedAt', '<', row.startedAt)
    .execute();
  return stored;
}

export async function updateCallTurn(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: Partial<Pick<CallTurnRow, 'heardText' | 'interrupted' | 'endedAt' | 'latencyMs'>>,
): Promise<void> {
  await db
    .updateTable('callTurns')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export function listCallTurns(db: DbOrTrx, workspaceId: string, callId: string): Promise<CallTurnRow[]> {
  return db
    .selectFrom('callTurns')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('callId', '=', callId)
    .orderBy('seq', 'asc')
    .execute();
}
