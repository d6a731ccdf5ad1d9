import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildCalendarAppointment, changeAppointment } from '../../../test/helpers/calendars.js';
import { auditRows, buildMember, buildTeam, type Team } from '../../../test/helpers/factories.js';
import { sha256 } from '../../platform/crypto.js';

type Member = Awaited<ReturnType<typeof buildMember>>;

const eventsOf = (text: string): VEvent[] =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

describe('the private ICS feed', () => {
  let t: TestApp;
  let team: Team;
  let agent: Member;
  let other: Member;

  beforeAll(async () => {
    t = await buildTestApp({ env: { PUBLIC_URL: 'https://cc.example' } });
    t.clock.set('2026-02-20T15:00:00.000Z');
    team = await buildTeam(t);
    agent = await buildMember(t, team.workspace.id, 'agent');
    other = await buildMember(t, team.workspace.id, 'agent');
  });
  afterAll(() => t.close());

  const issue = (agentId: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/agents/${agentId}/calendar-feed`, headers });
  const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

  it('serves the agent’s appointments with their zones, cancelled ones marked, parsed back by node-ical', async () => {
    const ws = team.workspace.id;
    // Either side of the US change to daylight time on 8 March 2026: 10:00 in Chicago is 16:00Z, then 15:00Z.
    const before = await buildCalendarAppointment(t.ctx, {
      workspaceId: ws,
      agentId: agent.user.id,
      start: '2026-03-06T16:00:00.000Z',
      lead: { name: 'Dana Lee', email: 'dana@example.com' },
    });
    const after = await buildCalendarAppointment(t.ctx, {
      workspaceId: ws,
      agentId: agent.user.id,
      start: '2026-03-09T15:00:00.000Z',
      minutes: 30,
      typeName: 'Showing',
      location: { kind: 'property', text: '12 Oak St, Austin' },
    });
    const london = await buildCalendarAppointment(t.ctx, {
      workspaceId: ws,
      agentId: agent.user.id,
      start: '2026-03-30T09:00:00.000Z',
      agentTimezone: 'Europe/London',
      location: { kind: 'phone', text: null },
    });
    const cancelled = await changeAppointment(
      t.ctx,
      await buildCalendarAppointment(t.ctx, {
        workspaceId: ws,
        agentId: agent.user.id,
        start: '2026-03-10T17:00:00Z',
      }),
      { cancel: true },
    );
    const someoneElses = await buildCalendarAppointment(t.ctx, {
      workspaceId: ws,
      agentId: other.user.id,
      start: '2026-03-11T17:00:00Z',
    });

    const issued = await issue(agent.user.id, asSession(agent.session));
    expect(issued.statusCode, issued.body).toBe(201);
    const { url, connection } = issued.json<{ url: string; connection: { kind: string; agentId: string } }>();
    expect(url).toMatch(/^https:\/\/cc\.example\/calendars\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(connection).toMatchObject({ kind: 'ics', agentId: agent.user.id });

    const feed = await fetchFeed(url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.headers['cache-control']).toBe('private, no-store');
    const parsed = ical.sync.parseICS(feed.body);
    expect(Object.values(parsed).some((c) => c?.type === 'VTIMEZONE')).toBe(true);
    const events = new Map(eventsOf(feed.body).map((e) => [e.uid, e]));
    expect([...events.keys()].sort()).toEqual(
      [before, after, london, cancelled].map((a) => `${a.id}@closing-cloud`).sort(),
    );
    expect(events.has(`${someoneElses.id}@closing-cloud`)).toBe(false);

    const first = events.get(`${before.id}@closing-cloud`);
    expect(first?.start.toISOString()).toBe('2026-03-06T16:00:00.000Z');
    expect(first?.end?.toISOString()).toBe('2026-03-06T17:00:00.000Z');
    expect(first?.start.tz).toBe('America/Chicago');
    expect(first?.summary).toBe('Buyer consultation with Dana Lee');
    expect(first?.location).toBe('100 Congress Ave, Austin, TX');
    expect(first?.status).toBe('CONFIRMED');
    expect(feed.body).toContain('DTSTART;TZID=America/Chicago:20260306T100000');

    const second = events.get(`${after.id}@closing-cloud`);
    expect(second?.start.toISOString()).toBe('2026-03-09T15:00:00.000Z');
    expect(second?.end?.toISOString()).toBe('2026-03-09T15:30:00.000Z');
    expect(feed.body).toContain('DTSTART;TZID=America/Chicago:20260309T100000');
    expect(second?.location).toBe('12 Oak St, Austin');

    // 30 March is after Britain's clocks went forward: 09:00Z is 10:00 in London.
    const third = events.get(`${london.id}@closing-cloud`);
    expect(third?.start.tz).toBe('Europe/London');
    expect(third?.start.toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(feed.body).toContain('DTSTART;TZID=Europe/London:20260330T100000');
    expect(third?.location).toBe('Phone call');

    const gone = events.get(`${cancelled.id}@closing-cloud`);
    expect(gone?.status).toBe('CANCELLED');
    expect(gone?.sequence).toBe(1);
  });

  it('keeps only a hash of the token, and a new URL or a revocation makes the old one answer 404', async () => {
    const first = (await issue(agent.user.id, asSession(agent.session))).json<{ url: string }>().url;
    expect((await fetchFeed(first)).statusCode).toBe(200);
    const token = /feed\/(.+)\.ics$/.exec(first)?.[1] ?? '';
    const row = await t.ctx.db
      .selectFrom('calendarConnections')
      .selectAll()
      .where('userId', '=', agent.user.id)
      .where('kind', '=', 'ics')
      .executeTakeFirstOrThrow();
    expect(row.feedTokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const second = (await issue(agent.user.id, asSession(agent.session))).json<{ url: string }>().url;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const feeds = await t.ctx.db
      .selectFrom('calendarConnections')
      .select('id')
      .where('userId', '=', agent.user.id)
      .where('kind', '=', 'ics')
      .execute();
    expect(feeds).toHaveLength(1);

    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/agents/${agent.user.id}/calendar-feed`,
      headers: asSession(agent.session),
    });
    expect(revoked.statusCode).toBe(204);
    const after = await fetchFeed(second);
    expect(after.statusCode).toBe(404);
    expect(after.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await fetchFeed('https://cc.example/calendars/feed/not-a-token.ics')).statusCode).toBe(404);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/agents/${agent.user.id}/calendar-feed`,
      headers: asSession(agent.session),
    });
    expect(again.statusCode).toBe(404);
    const actions = (await auditRows(t, team.workspace.id)).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['calendar.feed_issued', 'calendar.feed_reissued', 'calendar.feed_revoked']),
    );
  });

  it('lets agents manage their own feed, owners and keys anyone’s, and nobody another workspace’s', async () => {
    expect((await issue(other.user.id, asSession(agent.session))).statusCode).toBe(403);
    const othersFeed = await issue(other.user.id, asSession(team.owner.session));
    expect(othersFeed.statusCode).toBe(201);
    // Another agent's connection id under one's own agent path is not found, not shown.
    const { id: othersConnection } = othersFeed.json<{ connection: { id: string } }>().connection;
    const peek = await t.app.inject({
      method: 'GET',
      url: `/api/v1/agents/${agent.user.id}/calendars/${othersConnection}`,
      headers: asSession(agent.session),
    });
    expect(peek.statusCode).toBe(404);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/agents/${other.user.id}/calendars/${othersConnection}`,
      headers: asSession(team.owner.session),
    });
    expect(own.json()).toMatchObject({ kind: 'ics', label: 'Private calendar feed', settings: {} });
    expect((await issue(other.user.id, asApiKey(team.key.secret))).statusCode).toBe(201);
    const elsewhere = await buildTeam(t);
    expect((await issue(other.user.id, asSession(elsewhere.owner.session))).statusCode).toBe(404);
    expect((await issue(other.user.id, asApiKey(elsewhere.key.secret))).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/agents/${other.user.id}/calendar-feed` }))
        .statusCode,
    ).toBe(401);
  });
});
