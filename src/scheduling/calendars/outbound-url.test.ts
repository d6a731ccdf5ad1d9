import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { agentOf, buildCalendarAppointment } from '../../../test/helpers/calendars.js';
import { buildMember, buildTeam, type Team } from '../../../test/helpers/factories.js';
import { toJson } from '../../db/schema.js';
import { loadConfig } from '../../platform/config.js';
import { newId } from '../../platform/ids.js';
import { caldavSync } from './caldav.js';
import { findConnection, insertConnection } from './calendars.repository.js';
import { sealCredentials } from './credentials.js';
import { assertPublicUrl, isPrivateAddress } from './outbound-url.js';
import { CalendarSyncError } from './sync-support.js';

describe('which addresses a CalDAV URL may reach', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fc00::abcd',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '64:ff9b::10.0.0.1',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  const refused = async (url: string, lookup?: (host: string) => Promise<string[]>) => {
    try {
      await assertPublicUrl(url, { allowPrivate: false, prefix: 'caldav', ...(lookup ? { lookup } : {}) });
      return null;
    } catch (error) {
      return error instanceof CalendarSyncError ? error.code : String(error);
    }
  };

  it('checks literal hosts, every address a name resolves to, and the scheme', async () => {
    expect(await refused('http://127.0.0.1:5232/')).toBe('caldav:private_address');
    expect(await refused('http://[::1]/dav/')).toBe('caldav:private_address');
    expect(await refused('http://2130706433/')).toBe('caldav:private_address'); // 127.0.0.1 as a number
    expect(await refused('http://0x7f.1/')).toBe('caldav:private_address');
    expect(await refused('http://169.254.169.254/latest/meta-data/')).toBe('caldav:private_address');
    // a public name with one private address among its records is refused
    expect(await refused('https://dav.example.com/', async () => ['93.184.216.34', '10.0.0.5'])).toBe(
      'caldav:private_address',
    );
    expect(await refused('https://dav.example.com/', async () => ['93.184.216.34'])).toBeNull();
    expect(
      await refused('https://nowhere.invalid/', async () => {
        throw new Error('ENOTFOUND');
      }),
    ).toBe('caldav:unresolved');
    expect(await refused('file:///etc/passwd')).toBe('caldav:bad_url');
    expect(await refused('gopher://example.com/')).toBe('caldav:bad_url');
    await expect(
      assertPublicUrl('http://127.0.0.1:5232/', { allowPrivate: true, prefix: 'caldav' }),
    ).resolves.toBeUndefined();
  });

  it('allows private addresses under test only, unless CALDAV_ALLOW_PRIVATE says otherwise', () => {
    const base = { APP_SECRET: 'x'.repeat(40), DATA_DIR: '.' };
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).caldav.allowPrivate).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).caldav.allowPrivate).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).caldav.allowPrivate).toBe(false);
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', CALDAV_ALLOW_PRIVATE: 'true' }).caldav.allowPrivate,
    ).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'test', CALDAV_ALLOW_PRIVATE: 'false' }).caldav.allowPrivate).toBe(
      false,
    );
  });
});

describe('CalDAV connections without CALDAV_ALLOW_PRIVATE', () => {
  let t: TestApp;
  let team: Team;
  let agent: Awaited<ReturnType<typeof buildMember>>;
  beforeAll(async () => {
    t = await buildTestApp({ env: { CALDAV_ALLOW_PRIVATE: 'false' } });
    t.clock.set('2026-02-20T15:00:00.000Z');
    team = await buildTeam(t);
    agent = await buildMember(t, team.workspace.id, 'agent');
  });
  afterAll(() => t.close());

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
    const now = t.clock.now().toISOString();
    const id = newId();
    await insertConnection(t.ctx.db, {
      id,
      workspaceId: team.workspace.id,
      userId: agent.user.id,
      kind: 'caldav',
      label: 'Work',
      settings: toJson({
        serverUrl: 'http://127.0.0.1:9/',
        calendarUrl: 'http://127.0.0.1:9/agent/work/',
        username: 'agent',
      }),
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
    await expect(sync.pushAppointment(appointment, calendarAgent)).rejects.toMatchObject({
      code: 'caldav:private_address',
    });
    await expect(
      sync.busyTimes(agent.user.id, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-08T00:00:00Z')),
    ).rejects.toMatchObject({ code: 'caldav:private_address' });
    const after = await findConnection(t.ctx.db, { workspaceId: team.workspace.id, connectionId: id });
    expect(after).toMatchObject({ status: 'error', lastError: 'caldav:private_address' });
  });
});
