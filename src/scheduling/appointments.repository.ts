import type { DbOrTrx } from '../db/database.js';
import type { AppointmentStatus } from './calendar.types.js';
import type { AppointmentRow, AppointmentRowUpdate, NewAppointmentRow } from './scheduling.table.js';

/** A status, or `holding` (every status that holds the agent's time) or `open` (still to come). */
export type AppointmentStatusFilter = AppointmentStatus | 'holding' | 'open';

/** Statuses that hold the agent's time. A completed or missed appointment still happened (or was due). */
export const HOLDING_STATUSES = ['booked', 'confirmed', 'completed', 'no_show'] as const;
/** Statuses of an appointment still to come: reminders, reschedules and cancels apply. */
export const OPEN_STATUSES = ['booked', 'confirmed'] as const;

export async function insertAppointment(db: DbOrTrx, row: NewAppointmentRow): Promise<void> {
  await db.insertInto('appointments').values(row).execute();
}

export function findAppointmentRow(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<AppointmentRow | undefined> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Changes an appointment only if it is still at `sequence` and in one of `statuses`: a reschedule that
 * raced a cancel (or another reschedule) changes nothing and answers false.
 */
export async function updateAppointmentIf(
  db: DbOrTrx,
  props: { workspaceId: string; id: string; sequence: number; statuses: readonly string[] },
  changes: AppointmentRowUpdate,
): Promise<boolean> {
  const result = await db
    .updateTable('appointments')
    .set(changes)
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.id)
    .where('sequence', '=', props.sequence)
    .where('status', 'in', props.statuses as AppointmentRow['status'][])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface AppointmentFilter {
  /** Ending after this instant. */
  from: string;
  /** Starting before this instant. */
  to: string;
  agentIds?: readonly string[] | undefined;
  leadId?: string | undefined;
  status?: AppointmentStatusFilter | undefined;
  excludeId?: string | undefined;
  limit?: number | undefined;
}

export function listAppointmentRows(
  db: DbOrTrx,
  workspaceId: string,
  filter: AppointmentFilter,
): Promise<AppointmentRow[]> {
  let query = db
    .selectFrom('appointments')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('endAt', '>', filter.from)
    .where('startAt', '<', filter.to);
  if (filter.agentIds) {
    if (filter.agentIds.length === 0) return Promise.resolve([]);
    query = query.where('agentId', 'in', filter.agentIds);
  }
  if (filter.leadId) query = query.where('leadId', '=', filter.leadId);
  if (filter.excludeId) query = query.where('id', '!=', filter.excludeId);
  if (filter.status === 'holding') query = query.where('status', 'in', HOLDING_STATUSES);
  else if (filter.status === 'open') query = query.where('status', 'in', OPEN_STATUSES);
  else if (filter.status) query = query.where('status', '=', filter.status);
  query = query.orderBy('startAt', 'asc').orderBy('id', 'asc');
  if (filter.limit) query = query.limit(filter.limit);
  return query.execute();
}

/** The lead's appointments still to come (booked or confirmed, not yet ended), soonest first. */
export function listOpenLeadAppointments(
  db: DbOrTrx,
  props: { workspaceId: string; leadId: string; now: string },
): Promise<AppointmentRow[]> {
  return db
    .selectFrom('appointments')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('leadId', '=', props.leadId)
    .where('status', 'in', OPEN_STATUSES)
    .where('endAt', '>', props.now)
    .orderBy('startAt', 'asc')
    .execute();
}

/** Round robin's memory: how many appointments of the type each agent got since `since`, and the last one. */
export async function recentTypeLoads(
  db: DbOrTrx,
  props: { workspaceId: string; typeId: string; agentIds: readonly string[]; since: string },
): Promise<Map<string, { count: number; lastAt: string | null }>> {
  if (props.agentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('appointments')
    .select((eb) => ['agentId', eb.fn.countAll<number>().as('count'), eb.fn.max('createdAt').as('lastAt')])
    .where('workspaceId', '=', props.workspaceId)
    .where('appointmentTypeId', '=', props.typeId)
    .where('agentId', 'in', props.agentIds)
    .where('status', '!=', 'cancelled')
    .where('createdAt', '>=', props.since)
    .groupBy('agentId')
    .execute();
  return new Map(
    rows.map((row) => [
      row.agentId,
      { count: Number(row.count), lastAt: (row.lastAt as string | null) ?? null },
    ]),
  );
}

export async function insertClaims(
  db: DbOrTrx,
  rows: readonly { agentId: string; claimKey: string; workspaceId: string; appointmentId: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  // Sorted, so two bookings that want the same cells take their locks in one order and never deadlock.
  const sorted = [...rows].sort((a, b) => a.claimKey.localeCompare(b.claimKey));
  await db.insertInto('appointmentClaims').values(sorted).execute();
}

export async function deleteClaims(db: DbOrTrx, workspaceId: string, appointmentId: string): Promise<void> {
  await db
    .deleteFrom('appointmentClaims')
    .where('workspaceId', '=', workspaceId)
    .where('appointmentId', '=', appointmentId)
    .execute();
}

/** The day ordinals (`d:<date>:<n>`) already claimed on one of the agent's local dates. */
export async function dayClaims(db: DbOrTrx, agentId: string, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom('appointmentClaims')
    .select('claimKey')
    .where('agentId', '=', agentId)
    .where('claimKey', 'like', `d:${date}:%`)
    .execute();
  return rows.map((row) => row.claimKey);
}

/**
 * When the latest outbound text to the lead was created. Read here (messaging owns the table) only to tell
 * whether our confirmation request is still the last thing the lead was asked.
 */
export async function latestOutboundAt(
  db: DbOrTrx,
  props: { workspaceId: string; leadId: string; excludeKind: string },
): Promise<string | null> {
  const row = await db
    .selectFrom('messages')
    .select('createdAt')
    .where('workspaceId', '=', props.workspaceId)
    .where('leadId', '=', props.leadId)
    .where('direction', '=', 'outbound')
    .where('kind', '!=', props.excludeKind)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.createdAt ?? null;
}
