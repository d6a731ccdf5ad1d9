import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { buildPersonWithHistory, type Person } from '../../test/helpers/privacy.js';
import { DAY } from '../platform/clock.js';
import { purgeExpiredExports } from './export-files.js';

describe(`export of a person's data, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let person: Person;

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
    person = await buildPersonWithHistory(t, team, {
      name: 'Evander Thistlewood',
      phoneRaw: '512-555-0177',
      phoneE164: '+15125550177',
      email: 'evander.t@example.com',
      start: '2026-01-22T15:00:00Z',
    });
  });
  afterAll(() => t.close());

  const exportsDir = () => path.join(t.ctx.config.dataDir, 'exports');

  async function exportLink(kind: 'access' | 'portability'): Promise<string> {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/privacy/requests',
      headers: asSession(team.owner.session),
      payload: { kind, email: person.email, jurisdiction: 'gdpr' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/privacy/requests/${filed.json().id}/complete`,
      headers: asApiKey(team.key.secret),
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().export.expiresAt).toBe(new Date(t.clock.now().getTime() + 7 * DAY).toISOString());
    return new URL(done.json().export.url).pathname;
  }

  it('zips everything held about the person, downloadable once', async () => {
    const url = await exportLink('access');
    const sealed = readdirSync(exportsDir());
    expect(sealed).toHaveLength(1);
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const files = unzipSync(response.rawPayload);
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'appointments.csv',
        'appointments.ics',
        'appointments.json',
        'call-transcripts.csv',
        'call-transcripts.json',
        'calls.csv',
        'calls.json',
        'consent.csv',
        'consent.json',
        'contact.json',
        'conversation-turns.json',
        'inquiries.csv',
        'inquiries.json',
        'leads.json',
        'messages.csv',
        'messages.json',
        'notes.csv',
        'notes.json',
        'possible-opt-outs.json',
        'privacy-requests.json',
        'source-payloads.json',
        'webhook-deliveries.json',
      ].sort(),
    );
    const text = (name: string) => strFromU8(files[name] as Uint8Array);
    expect(JSON.parse(text('contact.json'))).toMatchObject({ name: person.name, email: person.email });
    expect(JSON.parse(text('leads.json'))[0]).toHaveProperty('profile');
    expect(JSON.parse(text('messages.json')).length).toBeGreaterThanOrEqual(4);
    expect(text('messages.csv')).toContain('Our budget is around 500k');
    expect(text('notes.json')).toContain('prefers texts');
    expect(text('consent.json')).toContain('granted');
    expect(text('appointments.ics')).toContain('BEGIN:VEVENT');
    expect(JSON.parse(text('privacy-requests.json'))[0]).toMatchObject({ kind: 'access' });
    // The link works once, and the file is gone from disk.
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    expect(readdirSync(exportsDir())).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `${url}x` })).statusCode).toBe(404);
  });

  it('keeps the file sealed at rest, and an expired link is gone', async () => {
    const url = await exportLink('portability');
    const [file] = readdirSync(exportsDir());
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path.join(exportsDir(), file as string));
    expect(bytes.includes(Buffer.from(person.email))).toBe(false);
    expect(bytes.subarray(0, 2).toString()).not.toBe('PK');
    t.clock.advance(7 * DAY + 1000);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    const purged = await purgeExpiredExports({
      db: t.ctx.db,
      now: t.clock.now(),
      dataDir: t.ctx.config.dataDir,
    });
    expect(purged).toBe(1);
    expect(existsSync(path.join(exportsDir(), file as string))).toBe(false);
    expect(
      await purgeExpiredExports({ db: t.ctx.db, now: t.clock.now(), dataDir: t.ctx.config.dataDir }),
    ).toBe(0);
  });
});
