import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { agentOf, buildCalendarAppointment } from '../../../test/helpers/calendars.js';
import { type CountingServer, startCountingServer } from '../../../test/helpers/counting-server.js';
import { buildMember, buildTeam, type Team } from '../../../test/helpers/factories.js';
import { toJson } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { caldavSync } from './caldav.js';
import { findConnection, insertConnection } from './calendars.repository.js';
import { sealCredentials } from './credentials.js';

describe('CalDAV connections without OUTBOUND_ALLOW_PRIVATE', () => {
  let t: TestApp;
  let team: Team;
  let agent: Awaited<ReturnType<typeof buildMember>>;
  // A server where the calendar would be: it must never be asked anything.
  let server: CountingServer;
  let port: number;
  beforeAll(async () => {
    server = await startCountingServer(207);
    port = server.port;
    t = await buildTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'false' } });
    t.clock.set('2026-02-20T15:00:00.000Z');
    team = await buildTeam(t);
    agent = await buildMember(t, team.workspace.id, 'agent');
  });
  afterAll(async () => {
    await t.close();
    await server.close();
  });

  const connect = (serverUrl: string, calendarUrl?: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/agents/${agent.user.id}/calendars`,
      headers: asSession(agent.session),
      payload: {
        kind: 'caldav',
        serverUrl,
        username: 'agent',
        password: 'x',
        ...(calendarUrl ? { calendarUrl } : {}),
      },
    });

  it('refuses loopback, private and link-local servers with a 422 before any request', async () => {
    for (const url of [
      'http://127.0.0.1:5232/',
      'http://localhost:5232/',
      'http://10.0.0.8/dav/',
      'http://169.254.169.254/',
      'http://[::1]:5232/',
      'http://[::7f00:1]:5232/',
      'http://[2002:7f00:1::]/',
      'http://2130706433:5232/',
    ]) {
      const response = await connect(url);
      expect(response.statusCode, url).toBe(422);
      expect(response.json(), url).toMatchObject({
        error: { code: 'calendar_url_not_allowed', details: { reason: 'caldav:private_address' } },
      });
    }
    const sneaky = await connect('https://93.184.216.34/', 'http://127.0.0.1:5232/agent/work/');
    expect(sneaky.json()).toMatchObject({ error: { code: 'calendar_url_not_allowed' } });
    const rows = await t.ctx.db
      .selectFrom('calendarConnections')
      .select('id')
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it('will not write to or read from a stored connection that points at a private address', async () => {
    // Stored as if the name had resolved to a public address when it was saved: only the connection sees it.
    for (const base of [
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}/`,
      `http://[::7f00:1]:${port}/`,
    ]) {
      const now = t.clock.now().toISOString();
      const id = newId();
      await insertConnection(t.ctx.db, {
        id,
        workspaceId: team.workspace.id,
        userId: agent.user.id,
        kind: 'caldav',
        label: 'Work',
        settings: toJson({ serverUrl: base, calendarUrl: `${base}agent/work/`, username: 'agent' }),
        credentials: sealCredentials(t.ctx.config.appSecret, { password: 'x' }),
        feedTokenHash: null,
        status: 'active',
        lastError: null,
        lastSyncedAt: null,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      });
      const row = await findConnection(t.ctx.db, { workspaceId: team.workspace.id, connectionId: id });
      if (!row) throw new Error('connection not stored');
      const sync = caldavSync(t.ctx, row);
      const appointment = await buildCalendarAppointment(t.ctx, {
        workspaceId: team.workspace.id,
        agentId: agent.user.id,
        start: '2026-03-03T15:00:00.000Z',
      });
      const calendarAgent = await agentOf(t.ctx, team.workspace.id, agent.user.id);
      await expect(sync.pushAppointment(appointment, calendarAgent), base).rejects.toMatchObject({
        code: 'caldav:private_address',
      });
      await expect(
        sync.busyTimes(agent.user.id, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-08T00:00:00Z')),
        base,
      ).rejects.toMatchObject({ code: 'caldav:private_address' });
      const after = await findConnection(t.ctx.db, { workspaceId: team.workspace.id, connectionId: id });
      expect(after, base).toMatchObject({ status: 'error', lastError: 'caldav:private_address' });
    }
    expect(server.hits()).toBe(0);
  });
});
