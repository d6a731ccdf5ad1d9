import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGoogle, startFakeGoogle } from '../../../test/fakes/google/fake-google.js';
import {
  asApiKey,
  asSession,
  buildTestApp,
  TEST_APP_SECRET,
  type TestApp,
} from '../../../test/helpers/app.js';
import { agentOf, buildCalendarAppointment, changeAppointment } from '../../../test/helpers/calendars.js';
import { buildMember, buildTeam, type Team } from '../../../test/helpers/factories.js';
import { HOUR } from '../../platform/clock.js';
import { decryptSecret } from '../../platform/crypto.js';
import { calendarRegistry } from '../calendar.registry.js';
import type { CalendarSync } from '../calendar.types.js';
import { googleEventId } from './google.js';

type Member = Awaited<ReturnType<typeof buildMember>>;

describe('Google Calendar against a fake of its documented endpoints', () => {
  let google: FakeGoogle;
  let t: TestApp;
  let team: Team;
  let agent: Member;

  beforeAll(async () => {
    google = await startFakeGoogle();
    t = await buildTestApp({
      env: {
        PUBLIC_URL: 'https://cc.example',
        GOOGLE_CLIENT_ID: google.clientId,
        GOOGLE_CLIENT_SECRET: google.clientSecret,
        GOOGLE_OAUTH_BASE_URL: google.baseUrl,
        GOOGLE_API_BASE_URL: google.baseUrl,
      },
    });
    t.clock.set('2026-02-20T15:00:00.000Z');
    team = await buildTeam(t);
    agent = await buildMember(t, team.workspace.id, 'agent');
  });
  afterAll(async () => {
    await t.close();
    await google.close();
  });

  const start = (query = '', headers = asSession(agent.session)) =>
    t.app.inject({ method: 'GET', url: `/api/v1/calendars/google/start${query}`, headers });
  /** The person consents on Google's page; Google sends the browser back to our callback. */
  const consent = async (consentUrl: string) => {
    const atGoogle = await fetch(consentUrl, { redirect: 'manual' });
    expect(atGoogle.status).toBe(302);
    const back = new URL(atGoogle.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe('https://cc.example/calendars/google/callback');
    return back;
  };
  const callback = (back: URL) => t.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
  const googleOf = async (): Promise<CalendarSync> => {
    const calendars = await calendarRegistry(t.ctx).forAgent(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
    });
    const found = calendars.find((c) => c.kind === 'google');
    if (!found) throw new Error('no Google calendar');
    return found;
  };
  const connectionRow = () =>
    t.ctx.db
      .selectFrom('calendarConnections')
      .selectAll()
      .where('kind', '=', 'google')
      .executeTakeFirstOrThrow();

  it('connects by the authorization-code flow with PKCE, the tokens sealed at rest', async () => {
    const started = await start();
    expect(started.statusCode).toBe(302);
    const consentUrl = new URL(started.headers.location as string);
    expect(`${consentUrl.origin}${consentUrl.pathname}`).toBe(`${google.baseUrl}/o/oauth2/v2/auth`);
    expect(Object.fromEntries(consentUrl.searchParams)).toMatchObject({
      client_id: google.clientId,
      redirect_uri: 'https://cc.example/calendars/google/callback',
      response_type: 'code',
      access_type: 'offline',
      prompt: 'consent',
      code_challenge_method: 'S256',
      login_hint: agent.user.email,
    });
    expect(consentUrl.searchParams.get('scope')).toContain('https://www.googleapis.com/auth/calendar.events');

    const back = await consent(consentUrl.toString());
    const landed = await callback(back);
    expect(landed.statusCode, landed.body).toBe(200);
    expect(landed.body).toContain('Google Calendar connected');

    const row = await connectionRow();
    expect(row).toMatchObject({ userId: agent.user.id, status: 'active', label: 'Google Calendar' });
    const stored = JSON.stringify(await t.ctx.db.selectFrom('calendarConnections').selectAll().execute());
    expect(google.issuedTokens.length).toBeGreaterThanOrEqual(2);
    for (const token of google.issuedTokens) expect(stored).not.toContain(token);
    const tokens = JSON.parse(decryptSecret(TEST_APP_SECRET, row.credentials ?? ''));
    expect(google.issuedTokens).toEqual(expect.arrayContaining([tokens.accessToken, tokens.refreshToken]));

    // The state is spent: the same redirect cannot connect anything twice.
    const replay = await callback(back);
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('expired or was already used');
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/agents/${agent.user.id}/calendars`,
      headers: asSession(agent.session),
    });
    expect(listed.json().items).toEqual([
      expect.objectContaining({ kind: 'google', settings: { calendarId: 'primary' } }),
    ]);
    for (const token of google.issuedTokens) expect(listed.body).not.toContain(token);
  });

  it('refuses a denied consent, a made-up state, someone else’s agent and a key that names nobody', async () => {
    const { url } = (await start('?redirect=false')).json<{ url: string }>();
    const state = new URL(url).searchParams.get('state') ?? '';
    const denied = await t.app.inject({
      method: 'GET',
      url: `/calendars/google/callback?error=access_denied&state=${encodeURIComponent(state)}`,
    });
    expect(denied.statusCode).toBe(400);
    expect(denied.body).toContain('did not grant access');
    expect(
      (await t.app.inject({ method: 'GET', url: '/calendars/google/callback?state=forged&code=x' }))
        .statusCode,
    ).toBe(400);
    const colleague = await buildMember(t, team.workspace.id, 'agent');
    expect((await start(`?agentId=${colleague.user.id}`)).statusCode).toBe(403);
    expect((await start(`?agentId=${colleague.user.id}`, asSession(team.owner.session))).statusCode).toBe(
      302,
    );
    expect((await start('', asApiKey(team.key.secret))).statusCode).toBe(400);
    const elsewhere = await buildTeam(t);
    expect(
      (await start(`?agentId=${elsewhere.owner.user.id}`, asSession(team.owner.session))).statusCode,
    ).toBe(404);
    expect(
      (await start(`?agentId=${agent.user.id}&redirect=false`, asApiKey(team.key.secret))).statusCode,
    ).toBe(200);
    expect((await connectionRow()).userId).toBe(agent.user.id);
  });

  it('inserts, patches and deletes the event, refreshing the token when it expires or is refused', async () => {
    const calendar = await googleOf();
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const booked = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-10T15:00:00.000Z',
      lead: { name: 'Dana Lee', email: 'dana@example.com' },
    });
    const key = `primary/${googleEventId(booked.id)}`;
    let mark = google.requests.length;
    await calendar.pushAppointment(booked, who);
    const inserted = google.requests.slice(mark);
    expect(inserted.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200']);
    expect(inserted[0]?.query).toMatchObject({ sendUpdates: 'none' });
    expect(google.events.get(key)).toMatchObject({
      summary: 'Buyer consultation with Dana Lee',
      location: '100 Congress Ave, Austin, TX',
      status: 'confirmed',
      start: { dateTime: '2026-03-10T10:00:00.000-05:00', timeZone: 'America/Chicago' },
      end: { dateTime: '2026-03-10T11:00:00.000-05:00', timeZone: 'America/Chicago' },
      extendedProperties: { private: { closingCloudAppointmentId: booked.id } },
    });

    mark = google.requests.length;
    await calendar.pushAppointment(booked, who);
    expect(google.requests.length).toBe(mark);

    // Google no longer takes the access token (revoked early, or its hour is up on Google's clock): 401, refresh, retry.
    google.expireAccessTokens();
    const before = (await connectionRow()).credentials;
    const moved = await changeAppointment(t.ctx, booked, { start: '2026-03-11T20:00:00.000Z' });
    mark = google.requests.length;
    await calendar.pushAppointment(moved, who);
    expect(google.requests.slice(mark).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `PATCH /calendar/v3/calendars/primary/events/${googleEventId(booked.id)} 401`,
      'POST /token 0',
      `PATCH /calendar/v3/calendars/primary/events/${googleEventId(booked.id)} 200`,
    ]);
    expect(google.events.get(key)?.start.dateTime).toBe('2026-03-11T15:00:00.000-05:00');
    const after = (await connectionRow()).credentials;
    expect(after).not.toBe(before);
    for (const token of google.issuedTokens) expect(after).not.toContain(token);

    // Our own clock says the token is about to lapse: refresh first, no 401 at all.
    t.clock.advance(2 * HOUR);
    const later = await changeAppointment(t.ctx, moved, { start: '2026-03-12T20:00:00.000Z' });
    mark = google.requests.length;
    await calendar.pushAppointment(later, who);
    expect(google.requests.slice(mark).map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 0',
      'PATCH 200',
    ]);

    const cancelled = await changeAppointment(t.ctx, later, { cancel: true });
    await calendar.cancelAppointment(cancelled, who);
    expect(google.events.get(key)?.status).toBe('cancelled');
    mark = google.requests.length;
    await calendar.cancelAppointment(cancelled, who);
    expect(google.requests.length).toBe(mark);
  });

  it('meets a lost insert answer with 409 and patches the same event instead of making a second', async () => {
    const calendar = await googleOf();
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const appointment = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-13T15:00:00.000Z',
    });
    await calendar.pushAppointment(appointment, who);
    // As if the first answer never reached us: no record of the event on our side.
    await t.ctx.db.deleteFrom('calendarEvents').where('appointmentId', '=', appointment.id).execute();
    const mark = google.requests.length;
    await calendar.pushAppointment(appointment, who);
    expect(google.requests.slice(mark).map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 409',
      'PATCH 200',
    ]);
    const ours = [...google.events.values()].filter(
      (e) => e.extendedProperties?.private?.closingCloudAppointmentId === appointment.id,
    );
    expect(ours).toHaveLength(1);
  });

  it('connecting again replaces the connection, which still finds and deletes the events the old one wrote', async () => {
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const appointment = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-18T15:00:00.000Z',
    });
    await (await googleOf()).pushAppointment(appointment, who);
    const old = await connectionRow();
    const landed = await callback(await consent((await start()).headers.location as string));
    expect(landed.statusCode).toBe(200);
    const rows = await t.ctx.db
      .selectFrom('calendarConnections')
      .selectAll()
      .where('kind', '=', 'google')
      .execute();
    expect(rows.map((r) => r.id)).not.toContain(old.id);
    expect(rows).toHaveLength(1);

    const cancelled = await changeAppointment(t.ctx, appointment, { cancel: true });
    await (await googleOf()).cancelAppointment(cancelled, who);
    expect(google.events.get(`primary/${googleEventId(appointment.id)}`)?.status).toBe('cancelled');
  });

  it('reads busy time with freeBusy, leaving out our own events but not time they share with others', async () => {
    const calendar = await googleOf();
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const ours = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-20T15:00:00.000Z',
    });
    const overlapped = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-20T20:00:00.000Z',
    });
    await calendar.pushAppointment(ours, who);
    await calendar.pushAppointment(overlapped, who);
    google.addBusy('2026-03-20T17:00:00Z', '2026-03-20T18:00:00Z');
    google.addBusy('2026-03-20T20:30:00Z', '2026-03-20T21:30:00Z');
    const busy = await calendar.busyTimes(
      agent.user.id,
      new Date('2026-03-20T00:00:00Z'),
      new Date('2026-03-21T00:00:00Z'),
    );
    expect(busy).toEqual([
      { start: '2026-03-20T17:00:00.000Z', end: '2026-03-20T18:00:00.000Z' },
      { start: '2026-03-20T20:00:00.000Z', end: '2026-03-20T21:30:00.000Z' },
    ]);
    const query = google.requests.filter((r) => r.path === '/calendar/v3/freeBusy').at(-1);
    expect(query?.body).toEqual({
      timeMin: '2026-03-20T00:00:00.000Z',
      timeMax: '2026-03-21T00:00:00.000Z',
      items: [{ id: 'primary' }],
    });
  });

  it('retries Google’s own trouble, and marks the connection when the agent withdraws consent', async () => {
    const calendar = await googleOf();
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const appointment = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-24T15:00:00.000Z',
    });
    google.failNext(1, 503);
    await expect(calendar.pushAppointment(appointment, who)).rejects.toMatchObject({
      code: 'google:503',
      retryable: true,
    });
    google.failNext(1, 403, 'rateLimitExceeded');
    await expect(calendar.pushAppointment(appointment, who)).rejects.toMatchObject({
      code: 'google:rate_limited',
      retryable: true,
    });
    await calendar.pushAppointment(appointment, who);
    expect((await connectionRow()).status).toBe('active');

    google.revokeRefreshTokens();
    const moved = await changeAppointment(t.ctx, appointment, { start: '2026-03-25T15:00:00.000Z' });
    await expect(calendar.pushAppointment(moved, who)).rejects.toMatchObject({
      code: 'google:invalid_grant',
      retryable: false,
    });
    expect(await connectionRow()).toMatchObject({ status: 'error', lastError: 'google:invalid_grant' });
  });

  it('disconnecting withdraws the grant at Google and forgets the tokens', async () => {
    const row = await connectionRow();
    const mark = google.requests.length;
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/agents/${agent.user.id}/calendars/${row.id}`,
      headers: asSession(agent.session),
    });
    expect(response.statusCode).toBe(204);
    expect(google.requests.slice(mark).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /revoke']);
    expect(
      await t.ctx.db.selectFrom('calendarConnections').select('id').where('kind', '=', 'google').execute(),
    ).toEqual([]);
  });

  it('answers 409 when this server has no Google client configured', async () => {
    const bare = await buildTestApp();
    try {
      const others = await buildTeam(bare);
      const response = await bare.app.inject({
        method: 'GET',
        url: '/api/v1/calendars/google/start',
        headers: asSession(others.owner.session),
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ error: { code: 'google_not_configured' } });
    } finally {
      await bare.close();
    }
  });
});
