import { DateTime } from 'luxon';
import { fromJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import type { BusyInterval, CalendarAppointment, CalendarProvider, CalendarSync } from '../calendar.types.js';
import { activeEventsBetween, listConnections } from './calendars.repository.js';
import type { CalendarConnectionRow } from './calendars.table.js';
import { type GoogleSession, googleSession } from './google.client.js';
import { locationText } from './ics.js';
import {
  alreadyWritten,
  CalendarSyncError,
  guarded,
  loadEvent,
  recordEvent,
  withoutOwnEvents,
} from './sync-support.js';

export interface GoogleSettings {
  /** `primary`, the account's own calendar. */
  calendarId: string;
}

/**
 * Our event id in Google: chosen by us, so a retried insert whose first answer was lost meets
 * 409 instead of making a second event. Ids are base32hex (a–v, 0–9); a UUID's hex digits qualify.
 */
export function googleEventId(appointmentId: string): string {
  return `cc${appointmentId.replaceAll('-', '').toLowerCase()}`;
}

function eventsPath(calendarId: string, eventId?: string): string {
  const base = `/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`;
  return eventId ? `${base}/${encodeURIComponent(eventId)}` : base;
}

function when(iso: string, zone: string) {
  return { dateTime: DateTime.fromISO(iso, { zone }).toISO(), timeZone: zone };
}

/** The Events resource fields we own; Google keeps the rest (reminders the agent set, colours). */
function eventBody(appointment: CalendarAppointment) {
  return {
    summary: appointment.title,
    description: appointment.description,
    location: locationText(appointment),
    start: when(appointment.start, appointment.timezone),
    end: when(appointment.end, appointment.timezone),
    status: 'confirmed',
    transparency: 'opaque',
    extendedProperties: { private: { closingCloudAppointmentId: appointment.id } },
  };
}

// No attendees and sendUpdates=none: the lead's invitation is our own email, not a second one from Google.
const QUIET = { sendUpdates: 'none' };

/**
 * Insert the first time, patch after; each falls back to the other, so a lost answer or an event removed
 * by hand both end as one event. Patching also revives an event we deleted: Google keeps a deleted id.
 */
async function upsertEvent(
  api: GoogleSession,
  calendarId: string,
  appointment: CalendarAppointment,
  written: boolean,
): Promise<string> {
  const id = googleEventId(appointment.id);
  const body = eventBody(appointment);
  const patch = (accept: readonly number[]) =>
    api.request({ method: 'PATCH', path: eventsPath(calendarId, id), query: QUIET, body, accept });
  if (written && (await patch([404, 410])).status < 300) return id;
  const inserted = await api.request({
    method: 'POST',
    path: eventsPath(calendarId),
    query: QUIET,
    body: { id, ...body },
    accept: [409],
  });
  if (inserted.status === 409) await patch([]);
  return id;
}

interface FreeBusyAnswer {
  calendars?: Record<string, { busy?: BusyInterval[]; errors?: { reason?: string }[] }>;
}

async function freeBusy(api: GoogleSession, calendarId: string, from: Date, to: Date) {
  const answer = await api.request({
    method: 'POST',
    path: '/calendar/v3/freeBusy',
    body: { timeMin: from.toISOString(), timeMax: to.toISOString(), items: [{ id: calendarId }] },
  });
  const calendars = (answer.body as FreeBusyAnswer).calendars ?? {};
  const entry = calendars[calendarId] ?? Object.values(calendars)[0];
  if (!entry || entry.errors?.length) {
    throw new CalendarSyncError(`google:freebusy_${entry?.errors?.[0]?.reason ?? 'missing'}`, true);
  }
  return (entry.busy ?? []).map((b) => ({
    start: new Date(b.start).toISOString(),
    end: new Date(b.end).toISOString(),
  }));
}

/** One Google calendar of an agent, as scheduling sees it. */
export function googleSync(ctx: AppContext, row: CalendarConnectionRow): CalendarSync {
  const { calendarId } = fromJson<GoogleSettings>(row.settings);
  const api = googleSession(ctx, row);
  return {
    kind: 'google',
    connectionId: row.id,
    pushAppointment: (appointment) =>
      guarded(ctx, row, async () => {
        const existing = await loadEvent(ctx, row, appointment);
        if (alreadyWritten(existing, appointment, 'active')) return;
        const externalId = await upsertEvent(api, calendarId, appointment, existing !== undefined);
        await recordEvent(ctx, { row, appointment, existing, externalId, etag: null, status: 'active' });
      }),
    cancelAppointment: (appointment) =>
      guarded(ctx, row, async () => {
        const existing = await loadEvent(ctx, row, appointment);
        if (alreadyWritten(existing, appointment, 'deleted')) return;
        // Our event id is fixed per appointment, so an event an earlier connection wrote is found too.
        const externalId = existing?.externalId ?? googleEventId(appointment.id);
        await api.request({
          method: 'DELETE',
          path: eventsPath(calendarId, externalId),
          query: QUIET,
          accept: [404, 410],
        });
        await recordEvent(ctx, { row, appointment, existing, externalId, etag: null, status: 'deleted' });
      }),
    busyTimes: (_agentId, from, to) =>
      guarded(ctx, row, async () => {
        const blocks = await freeBusy(api, calendarId, from, to);
        return withoutOwnEvents(
          blocks,
          await activeEventsBetween(ctx.db, { connectionId: row.id, from, to }),
        );
      }),
  };
}

export const googleProvider: CalendarProvider = {
  kind: 'google',
  async connectionsFor(ctx, props) {
    const rows = await listConnections(ctx.db, {
      workspaceId: props.workspaceId,
      userId: props.agentId,
      kind: 'google',
    });
    return rows.map((row) => googleSync(ctx, row));
  },
};
