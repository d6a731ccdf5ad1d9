import ical, { type VEvent } from 'node-ical';
import {
  DAVClient,
  deleteCalendarObject,
  fetchCalendarObjects,
  fetchCalendars,
  getBasicAuthHeaders,
  updateCalendarObject,
} from 'tsdav';
import type { BusyInterval } from '../calendar.types.js';
import { appointmentIdOfUid } from './ics.js';
import { CalendarSyncError, errorForStatus, networkError, REQUEST_TIMEOUT_MS } from './sync-support.js';

/** What we keep about a CalDAV connection besides the password: nothing in it is secret. */
export interface CaldavSettings {
  serverUrl: string;
  calendarUrl: string;
  username: string;
}

export interface CaldavAccount extends CaldavSettings {
  password: string;
  /** How requests go out: the outbound guard's fetch, so the server's address is checked on every connection. */
  fetch: typeof globalThis.fetch;
}

const timeout = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
const authHeaders = (account: CaldavAccount) =>
  getBasicAuthHeaders({ username: account.username, password: account.password }) as Record<string, string>;

async function call<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw networkError('caldav', error);
  }
}

function check(response: Response, allowed: readonly number[] = []): Response {
  if (!response.ok && !allowed.includes(response.status)) throw errorForStatus('caldav', response.status);
  return response;
}

/**
 * Signs in (RFC 6764 discovery: well-known URL, principal, calendar home) and picks the calendar to write:
 * the one asked for, else the first that holds events. Fails with `caldav:401` on a wrong password.
 */
export async function discoverCalendar(props: {
  serverUrl: string;
  username: string;
  password: string;
  calendarUrl?: string | undefined;
  fetch: typeof globalThis.fetch;
}): Promise<{ calendarUrl: string; displayName: string }> {
  const client = new DAVClient({
    serverUrl: props.serverUrl,
    credentials: { username: props.username, password: props.password },
    authMethod: 'Basic',
    defaultAccountType: 'caldav',
    fetchOptions: timeout(),
    fetch: props.fetch,
  });
  try {
    await client.login();
  } catch (error) {
    // tsdav reports a refused sign-in only in its message ("… returned 401 Unauthorized").
    const status = /\breturned (401|403)\b/.exec((error as Error).message)?.[1];
    throw status ? errorForStatus('caldav', Number(status)) : networkError('caldav', error);
  }
  if (!client.account?.homeUrl) throw new CalendarSyncError('caldav:no_calendar_home', false);
  const calendars = await call(() =>
    fetchCalendars({
      account: client.account,
      headers: client.authHeaders ?? {},
      fetchOptions: timeout(),
      fetch: props.fetch,
    }),
  );
  const withEvents = calendars.filter((c) => !c.components || c.components.includes('VEVENT'));
  const wanted = props.calendarUrl ? new URL(props.calendarUrl, props.serverUrl).href : undefined;
  const chosen = wanted ? withEvents.find((c) => sameCollection(c.url, wanted)) : withEvents[0];
  if (!chosen) throw new CalendarSyncError('caldav:no_calendar', false);
  const name = typeof chosen.displayName === 'string' && chosen.displayName ? chosen.displayName : chosen.url;
  return { calendarUrl: chosen.url, displayName: name };
}

function sameCollection(a: string, b: string): boolean {
  const trim = (url: string) => url.replace(/\/+$/, '');
  return trim(a) === trim(b);
}

export function objectUrl(calendarUrl: string, appointmentId: string): string {
  return new URL(`${appointmentId}.ics`, calendarUrl.endsWith('/') ? calendarUrl : `${calendarUrl}/`).href;
}

/** PUT of the whole object: creates it or replaces it, so a repeated push is the same event. */
export async function putObject(
  account: CaldavAccount,
  props: { url: string; ics: string },
): Promise<{ etag: string | null }> {
  const response = await call(() =>
    updateCalendarObject({
      calendarObject: { url: props.url, data: props.ics },
      headers: authHeaders(account),
      fetchOptions: timeout(),
      fetch: account.fetch,
    }),
  );
  check(response);
  return { etag: response.headers.get('etag') };
}

/** DELETE; an object that is already gone counts as deleted. */
export async function deleteObject(account: CaldavAccount, url: string): Promise<void> {
  const response = await call(() =>
    deleteCalendarObject({
      calendarObject: { url },
      headers: authHeaders(account),
      fetchOptions: timeout(),
      fetch: account.fetch,
    }),
  );
  check(response, [404, 410]);
}

/**
 * Busy intervals from a calendar-query REPORT with a time range (RFC 4791 7.8). Recurring events are
 * expanded here, with their exceptions, since not every server expands them (Radicale 3.1 does not).
 * Cancelled and transparent occurrences are free time; so are our own appointments (`ownAppointmentIds`),
 * which scheduling counts from its own table. All-day events are busy only when they say so
 * (TRANSP:OPAQUE), as calendars treat them as free by default.
 */
export async function readBusy(
  account: CaldavAccount,
  props: { from: Date; to: Date; ownAppointmentIds: ReadonlySet<string> },
): Promise<BusyInterval[]> {
  const objects = await call(() =>
    fetchCalendarObjects({
      calendar: { url: account.calendarUrl },
      timeRange: { start: props.from.toISOString(), end: props.to.toISOString() },
      headers: authHeaders(account),
      fetchOptions: timeout(),
      fetch: account.fetch,
    }),
  );
  const busy: BusyInterval[] = [];
  for (const object of objects) {
    if (typeof object.data !== 'string') continue;
    for (const component of Object.values(ical.sync.parseICS(object.data))) {
      if (component?.type !== 'VEVENT') continue;
      busy.push(...busyOf(component as VEvent, props));
    }
  }
  return busy.sort((a, b) => a.start.localeCompare(b.start));
}

function busyOf(
  event: VEvent,
  props: { from: Date; to: Date; ownAppointmentIds: ReadonlySet<string> },
): BusyInterval[] {
  const own = appointmentIdOfUid(event.uid ?? '');
  if (own && props.ownAppointmentIds.has(own)) return [];
  const instances = ical.expandRecurringEvent(event, { from: props.from, to: props.to, expandOngoing: true });
  return instances.flatMap((instance) => {
    const occurrence = instance.event;
    if (occurrence.status === 'CANCELLED' || occurrence.transparency === 'TRANSPARENT') return [];
    if (instance.isFullDay && occurrence.transparency !== 'OPAQUE') return [];
    const start = Math.max(instance.start.getTime(), props.from.getTime());
    const end = Math.min(instance.end.getTime(), props.to.getTime());
    return end > start ? [{ start: new Date(start).toISOString(), end: new Date(end).toISOString() }] : [];
  });
}
