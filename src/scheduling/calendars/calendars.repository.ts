import type { DbOrTrx } from '../../db/database.js';
import type {
  CalendarConnectionRow,
  CalendarEventRow,
  CalendarEventStatus,
  CalendarInvitationRow,
  CalendarOauthStateRow,
  ConnectionKind,
  NewCalendarConnectionRow,
} from './calendars.table.js';

export function listConnections(
  db: DbOrTrx,
  props: { workspaceId: string; userId: string; kind?: ConnectionKind },
): Promise<CalendarConnectionRow[]> {
  let query = db
    .selectFrom('calendarConnections')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('userId', '=', props.userId);
  if (props.kind) query = query.where('kind', '=', props.kind);
  return query.orderBy('id', 'asc').execute();
}

export function findConnection(
  db: DbOrTrx,
  props: { workspaceId: string; connectionId: string },
): Promise<CalendarConnectionRow | undefined> {
  return db
    .selectFrom('calendarConnections')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.connectionId)
    .executeTakeFirst();
}

export function findConnectionByFeedTokenHash(
  db: DbOrTrx,
  tokenHash: string,
): Promise<CalendarConnectionRow | undefined> {
  return db
    .selectFrom('calendarConnections')
    .selectAll()
    .where('feedTokenHash', '=', tokenHash)
    .where('kind', '=', 'ics')
    .executeTakeFirst();
}

export async function insertConnection(db: DbOrTrx, row: NewCalendarConnectionRow): Promise<void> {
  await db.insertInto('calendarConnections').values(row).execute();
}

export async function updateConnection(
  db: DbOrTrx,
  props: {
    workspaceId: string;
    connectionId: string;
    patch: Partial<
      Pick<
        CalendarConnectionRow,
        'label' | 'settings' | 'credentials' | 'feedTokenHash' | 'status' | 'lastError' | 'lastSyncedAt'
      >
    >;
    at: Date;
  },
): Promise<void> {
  await db
    .updateTable('calendarConnections')
    .set({ ...props.patch, updatedAt: props.at.toISOString() })
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.connectionId)
    .execute();
}

export async function deleteConnection(
  db: DbOrTrx,
  props: { workspaceId: string; connectionId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('calendarConnections')
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.connectionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function findEvent(
  db: DbOrTrx,
  props: { connectionId: string; appointmentId: string },
): Promise<CalendarEventRow | undefined> {
  return db
    .selectFrom('calendarEvents')
    .selectAll()
    .where('connectionId', '=', props.connectionId)
    .where('appointmentId', '=', props.appointmentId)
    .executeTakeFirst();
}

/** The events written for an appointment, in any connection (an earlier agent's included). */
export function listEventsOfAppointment(
  db: DbOrTrx,
  props: { workspaceId: string; appointmentId: string },
): Promise<CalendarEventRow[]> {
  return db
    .selectFrom('calendarEvents')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('appointmentId', '=', props.appointmentId)
    .execute();
}

/** Our live events in a connection overlapping [from, to): busy time read back from it leaves them out. */
export function activeEventsBetween(
  db: DbOrTrx,
  props: { connectionId: string; from: Date; to: Date },
): Promise<CalendarEventRow[]> {
  return db
    .selectFrom('calendarEvents')
    .selectAll()
    .where('connectionId', '=', props.connectionId)
    .where('status', '=', 'active')
    .where('startAt', '<', props.to.toISOString())
    .where('endAt', '>', props.from.toISOString())
    .execute();
}

export interface EventWrite {
  id: string;
  workspaceId: string;
  connectionId: string;
  appointmentId: string;
  externalId: string;
  etag: string | null;
  sequence: number;
  status: CalendarEventStatus;
  startAt: string;
  endAt: string;
  at: Date;
}

/** Records what was written; keyed by (connection, appointment), so a retried push updates the same row. */
export async function saveEvent(db: DbOrTrx, write: EventWrite): Promise<void> {
  const values = {
    externalId: write.externalId,
    etag: write.etag,
    sequence: write.sequence,
    status: write.status,
    startAt: write.startAt,
    endAt: write.endAt,
    syncedAt: write.at.toISOString(),
  };
  await db
    .insertInto('calendarEvents')
    .values({
      id: write.id,
      workspaceId: write.workspaceId,
      connectionId: write.connectionId,
      appointmentId: write.appointmentId,
      ...values,
    })
    .onConflict((oc) => oc.columns(['connectionId', 'appointmentId']).doUpdateSet(values))
    .execute();
}

export function findInvitation(
  db: DbOrTrx,
  props: { appointmentId: string; recipient: string },
): Promise<CalendarInvitationRow | undefined> {
  return db
    .selectFrom('calendarInvitations')
    .selectAll()
    .where('appointmentId', '=', props.appointmentId)
    .where('recipient', '=', props.recipient)
    .executeTakeFirst();
}

export async function saveInvitation(db: DbOrTrx, row: CalendarInvitationRow): Promise<void> {
  const { sequence, method, sentAt } = row;
  await db
    .insertInto('calendarInvitations')
    .values(row)
    .onConflict((oc) => oc.columns(['appointmentId', 'recipient']).doUpdateSet({ sequence, method, sentAt }))
    .execute();
}

/** Stores a consent in flight, clearing out the ones that expired unused. */
export async function insertOauthState(db: DbOrTrx, row: CalendarOauthStateRow): Promise<void> {
  await db.deleteFrom('calendarOauthStates').where('expiresAt', '<', row.createdAt).execute();
  await db.insertInto('calendarOauthStates').values(row).execute();
}

/** Takes a consent in flight out of the table: a state is good for one callback only. */
export function consumeOauthState(db: DbOrTrx, id: string): Promise<CalendarOauthStateRow | undefined> {
  return db.deleteFrom('calendarOauthStates').where('id', '=', id).returningAll().executeTakeFirst();
}
