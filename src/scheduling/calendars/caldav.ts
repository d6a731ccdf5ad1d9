import { fromJson, toJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import { unprocessable } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { assertPublicUrl, outboundFetch } from '../../platform/outbound-http.js';
import type { CalendarProvider, CalendarSync } from '../calendar.types.js';
import {
  type CaldavAccount,
  type CaldavSettings,
  deleteObject,
  discoverCalendar,
  objectUrl,
  putObject,
  readBusy,
} from './caldav.client.js';
import { activeEventsBetween, listConnections } from './calendars.repository.js';
import type { CalendarConnectionRow, NewCalendarConnectionRow } from './calendars.table.js';
import { type CaldavCredentials, openCredentials, sealCredentials } from './credentials.js';
import { buildIcs } from './ics.js';
import {
  alreadyWritten,
  CalendarSyncError,
  guarded,
  loadEvent,
  networkError,
  recordEvent,
} from './sync-support.js';

export interface CaldavConnectProps {
  serverUrl: string;
  username: string;
  password: string;
  calendarUrl?: string | undefined;
}

/**
 * Checks the account against the server and builds the connection row: settings in the clear, the password
 * sealed. A refused sign-in or an unreachable server is a 422 the person can act on.
 */
export async function prepareCaldavConnection(
  ctx: AppContext,
  props: CaldavConnectProps & { workspaceId: string; agentId: string; by: string | null },
): Promise<NewCalendarConnectionRow> {
  let found: { calendarUrl: string; displayName: string };
  try {
    await reachable(ctx, props.serverUrl);
    if (props.calendarUrl) await reachable(ctx, new URL(props.calendarUrl, props.serverUrl).href);
    found = await discoverCalendar({ ...props, fetch: outboundFetch(ctx.config.outbound) });
    await reachable(ctx, found.calendarUrl);
  } catch (error) {
    if (!(error instanceof CalendarSyncError)) throw error;
    if (/:(?:private_address|bad_url)$/.test(error.code))
      throw unprocessable(
        'The CalDAV server address is not allowed: it must be a public http(s) address',
        { reason: error.code },
        'calendar_url_not_allowed',
      );
    const refused = /:(401|403)$/.test(error.code);
    throw unprocessable(
      refused
        ? 'The CalDAV server refused the user name or password'
        : error.code === 'caldav:no_calendar'
          ? 'No calendar for events was found in that account'
          : 'The CalDAV server could not be reached or did not answer as a CalDAV server',
      { reason: error.code },
      refused ? 'calendar_auth_failed' : 'calendar_unreachable',
    );
  }
  const now = ctx.clock.now();
  const settings: CaldavSettings = {
    serverUrl: props.serverUrl,
    calendarUrl: found.calendarUrl,
    username: props.username,
  };
  const credentials: CaldavCredentials = { password: props.password };
  return {
    id: newId(now.getTime()),
    workspaceId: props.workspaceId,
    userId: props.agentId,
    kind: 'caldav',
    label: found.displayName,
    settings: toJson(settings),
    credentials: sealCredentials(ctx.config.appSecret, credentials),
    feedTokenHash: null,
    status: 'active',
    lastError: null,
    lastSyncedAt: null,
    createdBy: props.by,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/**
 * Refuses private, loopback and link-local targets before any request, for a clear answer when connecting;
 * the guarded fetch checks every connection again.
 */
async function reachable(ctx: AppContext, url: string): Promise<void> {
  try {
    await assertPublicUrl(url, ctx.config.outbound);
  } catch (error) {
    throw networkError('caldav', error);
  }
}

function accountOf(ctx: AppContext, row: CalendarConnectionRow): CaldavAccount {
  const settings = fromJson<CaldavSettings>(row.settings);
  const { password } = openCredentials<CaldavCredentials>(ctx.config, row.credentials);
  return { ...settings, password, fetch: outboundFetch(ctx.config.outbound) };
}

/** One CalDAV calendar of an agent, as scheduling sees it. */
export function caldavSync(ctx: AppContext, row: CalendarConnectionRow): CalendarSync {
  return {
    kind: 'caldav',
    connectionId: row.id,
    pushAppointment: (appointment, agent) =>
      guarded(ctx, row, async () => {
        const existing = await loadEvent(ctx, row, appointment);
        if (alreadyWritten(existing, appointment, 'active')) return;
        const account = accountOf(ctx, row);
        const url = existing?.externalId ?? objectUrl(account.calendarUrl, appointment.id);
        // No ORGANIZER/ATTENDEE here: a server that schedules (RFC 6638) would mail the lead a second invitation.
        const ics = buildIcs({
          entries: [{ appointment, agent }],
          now: ctx.clock.now(),
          participants: false,
        });
        const { etag } = await putObject(account, { url, ics });
        await recordEvent(ctx, { row, appointment, existing, externalId: url, etag, status: 'active' });
      }),
    cancelAppointment: (appointment) =>
      guarded(ctx, row, async () => {
        const existing = await loadEvent(ctx, row, appointment);
        if (alreadyWritten(existing, appointment, 'deleted')) return;
        const account = accountOf(ctx, row);
        // Without a record (an earlier connection of the same calendar wrote it) the URL is still ours to know.
        const url = existing?.externalId ?? objectUrl(account.calendarUrl, appointment.id);
        await deleteObject(account, url);
        await recordEvent(ctx, {
          row,
          appointment,
          existing,
          externalId: url,
          etag: null,
          status: 'deleted',
        });
      }),
    busyTimes: (_agentId, from, to) =>
      guarded(ctx, row, async () => {
        const own = await activeEventsBetween(ctx.db, { connectionId: row.id, from, to });
        const account = accountOf(ctx, row);
        return readBusy(account, {
          from,
          to,
          ownAppointmentIds: new Set(own.map((e) => e.appointmentId)),
        });
      }),
  };
}

export const caldavProvider: CalendarProvider = {
  kind: 'caldav',
  async connectionsFor(ctx, props) {
    const rows = await listConnections(ctx.db, {
      workspaceId: props.workspaceId,
      userId: props.agentId,
      kind: 'caldav',
    });
    return rows.map((row) => caldavSync(ctx, row));
  },
};
