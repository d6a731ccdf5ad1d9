import ical, { type VEvent } from 'node-ical';
import { createCalendarObject, fetchCalendarObjects, getBasicAuthHeaders } from 'tsdav';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, buildTestApp, TEST_APP_SECRET, type TestApp } from '../../../test/helpers/app.js';
import { agentOf, buildCalendarAppointment, changeAppointment } from '../../../test/helpers/calendars.js';
import { buildMember, buildTeam, type Team } from '../../../test/helpers/factories.js';
import { type Radicale, radicaleUnavailable, startRadicale } from '../../../test/helpers/radicale.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { decryptSecret } from '../../platform/crypto.js';
import { calendarRegistry } from '../calendar.registry.js';
import type { CalendarSync } from '../calendar.types.js';
import { enqueueCalendarSync } from '../calendar-sync.job.js';

import { sealCredentials } from './credentials.js';
import { vtimezone } from './vtimezone.js';

type Member = Awaited<ReturnType<typeof buildMember>>;

const unavailable = radicaleUnavailable();
if (unavailable) console.warn(`Skipping the CalDAV round trip: ${unavailable}`);

const PASSWORD = 'radicale-app-password-1';

const chicago = vtimezone('America/Chicago', new Date('2026-01-01'), new Date('2026-12-31')).trimEnd();
const vevent = (lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Agent phone//EN',
    ...(lines.some((l) => l.includes('TZID=America/Chicago')) ? [chicago] : []),
    'BEGIN:VEVENT',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

describe.skipIf(unavailable !== null)('CalDAV against a real Radicale server', () => {
  let radicale: Radicale;
  let t: TestApp;
  let team: Team;
  let agent: Member;
  let calendarUrl: string;
  const auth = () => getBasicAuthHeaders({ username: 'agent', password: PASSWORD }) as Record<string, string>;

  const serverObjects = async () => {
    const objects = await fetchCalendarObjects({ calendar: { url: calendarUrl }, headers: auth() });
    return objects.map((o) => ({
      url: o.url,
      events: Object.values(ical.sync.parseICS(String(o.data))).filter(
        (c): c is VEvent => c?.type === 'VEVENT',
      ),
    }));
  };

  beforeAll(async () => {
    radicale = await startRadicale({ agent: PASSWORD, someone: 'other-password' });
    calendarUrl = await radicale.makeCalendar('agent', 'work');
    t = await buildTestApp();
    t.clock.set('2026-02-20T15:00:00.000Z');
    team = await buildTeam(t);
    agent = await buildMember(t, team.workspace.id, 'agent');
    // The agent's own meetings, made by their phone: busy, free (transparent), cancelled, weekly, all day.
    const put = (name: string, lines: string[]) =>
      createCalendarObject({
        calendar: { url: calendarUrl },
        filename: `${name}.ics`,
        iCalString: vevent(lines),
        headers: auth(),
      });
    await put('dentist', [
      'UID:dentist@phone',
      'DTSTAMP:20260201T000000Z',
      'DTSTART:20260310T180000Z',
      'DTEND:20260310T190000Z',
      'SUMMARY:Dentist',
    ]);
    await put('reminder', [
      'UID:free@phone',
      'DTSTAMP:20260201T000000Z',
      'DTSTART:20260310T200000Z',
      'DTEND:20260310T210000Z',
      'TRANSP:TRANSPARENT',
      'SUMMARY:Think about lunch',
    ]);
    await put('called-off', [
      'UID:off@phone',
      'DTSTAMP:20260201T000000Z',
      'DTSTART:20260311T180000Z',
      'DTEND:20260311T190000Z',
      'STATUS:CANCELLED',
      'SUMMARY:Called off',
    ]);
    await put('standup', [
      'UID:standup@phone',
      'DTSTAMP:20260201T000000Z',
      'DTSTART;TZID=America/Chicago:20260302T090000',
      'DTEND;TZID=America/Chicago:20260302T093000',
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'SUMMARY:Team standup',
    ]);
    await put('holiday', [
      'UID:holiday@phone',
      'DTSTAMP:20260201T000000Z',
      'DTSTART;VALUE=DATE:20260312',
      'DTEND;VALUE=DATE:20260313',
      'SUMMARY:Birthday',
    ]);
  });
  afterAll(async () => {
    await t?.close();
    await radicale?.stop();
  });

  const connect = (payload: object, headers = asSession(agent.session)) =>
    t.app.inject({ method: 'POST', url: `/api/v1/agents/${agent.user.id}/calendars`, headers, payload });

  const caldavOf = async (): Promise<CalendarSync> => {
    const calendars = await calendarRegistry(t.ctx).forAgent(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
    });
    const found = calendars.find((c) => c.kind === 'caldav');
    if (!found) throw new Error('no CalDAV calendar');
    return found;
  };

  it('refuses a wrong password and a server that is not there, with codes a person can act on', async () => {
    const wrong = await connect({
      kind: 'caldav',
      serverUrl: radicale.url,
      username: 'agent',
      password: 'nope',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ error: { code: 'calendar_auth_failed' } });
    const nowhere = await connect({
      kind: 'caldav',
      serverUrl: 'http://127.0.0.1:9/',
      username: 'agent',
      password: 'x',
    });
    expect(nowhere.statusCode).toBe(422);
    expect(nowhere.json()).toMatchObject({ error: { code: 'calendar_unreachable' } });
    const notHttp = await connect({
      kind: 'caldav',
      serverUrl: 'file:///etc/passwd',
      username: 'a',
      password: 'x',
    });
    expect(notHttp.statusCode).toBe(400);
  });

  it('connects with the password sealed at rest and never shown again', async () => {
    const connected = await connect({
      kind: 'caldav',
      serverUrl: radicale.url,
      username: 'agent',
      password: PASSWORD,
    });
    expect(connected.statusCode, connected.body).toBe(201);
    expect(connected.json()).toMatchObject({
      kind: 'caldav',
      label: 'work',
      status: 'active',
      agentId: agent.user.id,
      settings: { serverUrl: radicale.url, calendarUrl, username: 'agent' },
    });
    expect(connected.body).not.toContain(PASSWORD);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/agents/${agent.user.id}/calendars`,
      headers: asSession(agent.session),
    });
    expect(listed.body).not.toContain(PASSWORD);
    const row = await t.ctx.db
      .selectFrom('calendarConnections')
      .selectAll()
      .where('kind', '=', 'caldav')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(JSON.parse(decryptSecret(TEST_APP_SECRET, row.credentials ?? ''))).toEqual({ password: PASSWORD });
  });

  it('pushes an appointment, reads busy time back without it, updates it and deletes it', async () => {
    const calendar = await caldavOf();
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const booked = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-10T15:00:00.000Z',
      lead: { name: 'Dana Lee', email: 'dana@example.com' },
    });
    await calendar.pushAppointment(booked, who);
    let ours = (await serverObjects()).filter((o) => o.events[0]?.uid === `${booked.id}@closing-cloud`);
    expect(ours).toHaveLength(1);
    const event = ours[0]?.events[0];
    expect(event?.summary).toBe('Buyer consultation with Dana Lee');
    expect(event?.start.toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(event?.start.tz).toBe('America/Chicago');
    expect(event?.sequence).toBe(0);
    // No ATTENDEE: a scheduling server would otherwise mail the lead a second invitation.
    expect(event?.attendee).toBeUndefined();

    const busy = await calendar.busyTimes(
      agent.user.id,
      new Date('2026-03-09T00:00:00Z'),
      new Date('2026-03-14T00:00:00Z'),
    );
    expect(busy).toEqual([
      { start: '2026-03-09T14:00:00.000Z', end: '2026-03-09T14:30:00.000Z' },
      { start: '2026-03-10T18:00:00.000Z', end: '2026-03-10T19:00:00.000Z' },
    ]);

    const moved = await changeAppointment(t.ctx, booked, { start: '2026-03-12T16:00:00.000Z', minutes: 90 });
    await calendar.pushAppointment(moved, who);
    ours = (await serverObjects()).filter((o) => o.events[0]?.uid === `${booked.id}@closing-cloud`);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.events[0]?.start.toISOString()).toBe('2026-03-12T16:00:00.000Z');
    expect(ours[0]?.events[0]?.end?.toISOString()).toBe('2026-03-12T17:30:00.000Z');
    expect(ours[0]?.events[0]?.sequence).toBe(1);

    const cancelled = await changeAppointment(t.ctx, moved, { cancel: true });
    await calendar.cancelAppointment(cancelled, who);
    expect((await serverObjects()).some((o) => o.events[0]?.uid === `${booked.id}@closing-cloud`)).toBe(
      false,
    );
    // Cancelling again (a retried job) finds nothing to delete and is fine.
    await calendar.cancelAppointment(cancelled, who);
    const link = await t.ctx.db
      .selectFrom('calendarEvents')
      .selectAll()
      .where('appointmentId', '=', booked.id)
      .executeTakeFirstOrThrow();
    expect(link).toMatchObject({ status: 'deleted', sequence: 2 });
  });

  it('syncs through scheduling’s jobs, and marks the connection when the server stops accepting the password', async () => {
    const appointment = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-17T15:00:00.000Z',
    });
    await enqueueCalendarSync(t.ctx.db, t.ctx, {
      workspaceId: team.workspace.id,
      appointmentId: appointment.id,
      sequence: 0,
      agentId: agent.user.id,
      action: 'push',
    });
    expect((await drainJobs(t.ctx, jobDefinitions)).dead).toBe(0);
    expect((await serverObjects()).some((o) => o.events[0]?.uid === `${appointment.id}@closing-cloud`)).toBe(
      true,
    );

    await t.ctx.db
      .updateTable('calendarConnections')
      .set({ credentials: sealCredentials(TEST_APP_SECRET, { password: 'changed-on-the-server' }) })
      .where('kind', '=', 'caldav')
      .execute();
    const moved = await changeAppointment(t.ctx, appointment, { start: '2026-03-18T15:00:00.000Z' });
    const calendar = await caldavOf();
    await expect(
      calendar.pushAppointment(moved, await agentOf(t.ctx, team.workspace.id, agent.user.id)),
    ).rejects.toMatchObject({
      code: 'caldav:401',
      retryable: false,
    });
    const shown = await t.app.inject({
      method: 'GET',
      url: `/api/v1/agents/${agent.user.id}/calendars`,
      headers: asSession(agent.session),
    });
    expect(shown.json().items.find((c: { kind: string }) => c.kind === 'caldav')).toMatchObject({
      status: 'error',
      lastError: 'caldav:401',
    });
  });

  it('disconnects: the credentials are gone and the calendar is no longer written', async () => {
    const [row] = await t.ctx.db
      .selectFrom('calendarConnections')
      .select('id')
      .where('kind', '=', 'caldav')
      .execute();
    const url = `/api/v1/agents/${agent.user.id}/calendars/${row?.id}`;
    const stranger = await buildMember(t, team.workspace.id, 'agent');
    expect(
      (await t.app.inject({ method: 'DELETE', url, headers: asSession(stranger.session) })).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url, headers: asSession(agent.session) })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: 'GET', url, headers: asSession(agent.session) })).statusCode).toBe(
      404,
    );
    const left = await t.ctx.db
      .selectFrom('calendarConnections')
      .select('id')
      .where('kind', '=', 'caldav')
      .execute();
    expect(left).toHaveLength(0);
    const calendars = await calendarRegistry(t.ctx).forAgent(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
    });
    expect(calendars.some((c) => c.kind === 'caldav')).toBe(false);
  });
});
