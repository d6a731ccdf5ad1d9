import type { AppContext } from '../../http/context.js';
import { newId } from '../../platform/ids.js';
import { outboundRefusal } from '../../platform/outbound-http.js';
import type { BusyInterval, CalendarAppointment } from '../calendar.types.js';
import { findEvent, saveEvent, updateConnection } from './calendars.repository.js';
import type { CalendarConnectionRow, CalendarEventRow } from './calendars.table.js';

/**
 * A calendar that did not do what we asked. `code` is stored and logged (`caldav:401`, `google:invalid_grant`),
 * so it never carries a message from the server. `retryable: false` means only a person can fix it
 * (a revoked consent, a changed password): the connection is marked `error` and the job does not retry.
 */
export class CalendarSyncError extends Error {
  constructor(
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(`Calendar request failed: ${code}`);
    this.name = 'CalendarSyncError';
  }
}

/** The HTTP statuses after which asking again cannot help until someone reconnects the calendar. */
export function errorForStatus(prefix: string, status: number): CalendarSyncError {
  const permanent = status === 401 || status === 403;
  return new CalendarSyncError(`${prefix}:${status}`, !permanent && (status >= 500 || status === 429));
}

/**
 * A network failure or a timeout: worth another attempt; a URL the outbound guard refused, or one that does
 * not resolve, is `<prefix>:private_address` (`:unresolved`, `:bad_url`).
 */
export function networkError(prefix: string, error: unknown): CalendarSyncError {
  if (error instanceof CalendarSyncError) return error;
  const refusal = outboundRefusal(error);
  if (refusal) return new CalendarSyncError(`${prefix}:${refusal}`, refusal === 'unresolved');
  const name = (error as { name?: string }).name;
  return new CalendarSyncError(`${prefix}:${name === 'TimeoutError' ? 'timeout' : 'network'}`, true);
}

export const REQUEST_TIMEOUT_MS = 15_000;

/** True when this connection already holds this version of the appointment (or a newer one). */
export function alreadyWritten(
  event: CalendarEventRow | undefined,
  appointment: CalendarAppointment,
  status: CalendarEventRow['status'],
): boolean {
  return event !== undefined && event.status === status && event.sequence >= appointment.sequence;
}

export function loadEvent(
  ctx: AppContext,
  row: CalendarConnectionRow,
  appointment: CalendarAppointment,
): Promise<CalendarEventRow | undefined> {
  return findEvent(ctx.db, { connectionId: row.id, appointmentId: appointment.id });
}

export async function recordEvent(
  ctx: AppContext,
  props: {
    row: CalendarConnectionRow;
    appointment: CalendarAppointment;
    existing: CalendarEventRow | undefined;
    externalId: string;
    etag: string | null;
    status: CalendarEventRow['status'];
  },
): Promise<void> {
  const at = ctx.clock.now();
  await saveEvent(ctx.db, {
    id: props.existing?.id ?? newId(at.getTime()),
    workspaceId: props.row.workspaceId,
    connectionId: props.row.id,
    appointmentId: props.appointment.id,
    externalId: props.externalId,
    etag: props.etag,
    sequence: props.appointment.sequence,
    status: props.status,
    startAt: props.appointment.start,
    endAt: props.appointment.end,
    at,
  });
  await updateConnection(ctx.db, {
    workspaceId: props.row.workspaceId,
    connectionId: props.row.id,
    patch: { status: 'active', lastError: null, lastSyncedAt: at.toISOString() },
    at,
  });
}

/** Marks a connection `error` when a calendar refuses us for good, and passes the error on. */
export async function recordFailure(
  ctx: AppContext,
  row: CalendarConnectionRow,
  error: unknown,
): Promise<never> {
  if (error instanceof CalendarSyncError) {
    await updateConnection(ctx.db, {
      workspaceId: row.workspaceId,
      connectionId: row.id,
      patch: { lastError: error.code, ...(error.retryable ? {} : { status: 'error' as const }) },
      at: ctx.clock.now(),
    });
  }
  throw error;
}

/** Runs a calendar operation, recording a lasting failure on the connection. */
export async function guarded<T>(
  ctx: AppContext,
  row: CalendarConnectionRow,
  operation: () => Promise<T>,
): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    return recordFailure(ctx, row, error);
  }
}

/**
 * Busy blocks minus the ones that are only our own events. A block that also covers someone else's time
 * is kept whole: a calendar that merges neighbouring events cannot tell us which part is ours, and
 * reporting too much busy time only hides a slot, while too little would double-book the agent.
 */
export function withoutOwnEvents(blocks: BusyInterval[], own: readonly { startAt: string; endAt: string }[]) {
  return blocks.filter(
    (block) =>
      !own.some(
        (event) =>
          Date.parse(event.startAt) <= Date.parse(block.start) &&
          Date.parse(event.endAt) >= Date.parse(block.end),
      ),
  );
}
