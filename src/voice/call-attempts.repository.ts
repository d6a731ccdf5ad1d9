import type { DbOrTrx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import type { CallAttemptRow, CallAttemptsTable, TransferAttempt } from './calls.table.js';

export async function insertCallAttempt(db: DbOrTrx, row: CallAttemptRow): Promise<void> {
  await db.insertInto('callAttempts').values(row).execute();
}

export function findCallAttempt(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<CallAttemptRow | undefined> {
  return db
    .selectFrom('callAttempts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateCallAttempt(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: Partial<Omit<CallAttemptsTable, 'id' | 'workspaceId'>>,
): Promise<void> {
  await db
    .updateTable('callAttempts')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export function listCallAttemptsForLead(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
): Promise<CallAttemptRow[]> {
  return db
    .selectFrom('callAttempts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** When each outbound call to the contact was placed since `since`: what the gate counts against caps. */
export async function outboundCallTimes(
  db: DbOrTrx,
  props: { workspaceId: string; contactId: string; since: Date },
): Promise<string[]> {
  const rows = await db
    .selectFrom('calls')
    .select('startedAt')
    .where('workspaceId', '=', props.workspaceId)
    .where('contactId', '=', props.contactId)
    .where('direction', '=', 'outbound')
    .where('startedAt', '>=', props.since.toISOString())
    .execute();
  return rows.map((row) => row.startedAt);
}

/** Appends a transfer attempt to the call, or updates the last one when `replaceLast` is set. */
export async function recordTransferAttempt(
  db: DbOrTrx,
  call: { workspaceId: string; id: string },
  attempt: TransferAttempt,
  options: { replaceLast?: boolean } = {},
): Promise<TransferAttempt[]> {
  const row = await db
    .selectFrom('calls')
    .select('transferAttempts')
    .where('workspaceId', '=', call.workspaceId)
    .where('id', '=', call.id)
    .executeTakeFirst();
  const attempts = fromJson<TransferAttempt[] | null>(row?.transferAttempts ?? null) ?? [];
  const next =
    options.replaceLast && attempts.length > 0 ? [...attempts.slice(0, -1), attempt] : [...attempts, attempt];
  await db
    .updateTable('calls')
    .set({
      transferAttempts: toJson(next),
      transferTo: attempt.to,
      transferStatus: attempt.status,
      transferredAt: attempt.at,
      updatedAt: attempt.at,
    })
    .where('workspaceId', '=', call.workspaceId)
    .where('id', '=', call.id)
    .execute();
  return next;
}
