import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { RouteOptions } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_APP_SECRET, type TestApp } from '../../test/helpers/app.js';
import { runCli } from '../../test/helpers/cli.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { buildPersonWithHistory, type Person } from '../../test/helpers/privacy.js';
import { buildApp } from '../http/app.js';
import { contextFrom } from '../http/context.js';
import { manualClock } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';

/**
 * The promise, tested as stated: after `closing-cloud privacy erase`, the person's phone (as
 * E.164 and as typed), email and name are nowhere in the SQLite file, its WAL, or the logs.
 */
describe.skipIf(testDialect() !== 'sqlite')(
  'erasure leaves no trace in the database file or the logs',
  () => {
    let database: TestDatabase;
    let team: Team;
    let person: Person;
    const logs: string[] = [];
    let cliLogs = '';

    const fileBytes = () =>
      ['', '-wal', '-shm', '-journal']
        .map((suffix) => `${database.sqliteFile}${suffix}`)
        .filter((file) => existsSync(file))
        .map((file) => ({ file, bytes: readFileSync(file) }));

    const tracesIn = (haystacks: { file: string; bytes: Buffer }[], needles: string[]) =>
      haystacks.flatMap(({ file, bytes }) =>
        needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8'))).map((n) => `${file}: ${n}`),
      );

    beforeAll(async () => {
      database = await createTestDatabase();
      const config = loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: database.dataDir,
        APP_SECRET: TEST_APP_SECRET,
        LOG_LEVEL: 'debug',
      });
      const logger = createLogger({
        level: 'debug',
        destination: { write: (line: string) => logs.push(line) },
      });
      const clock = manualClock('2026-01-15T16:00:00.000Z');
      const ctx = contextFrom({ config, database, clock, logger });
      const routes: RouteOptions[] = [];
      const app = await buildApp(ctx, { onRoute: (route) => routes.push(route) });
      const t: TestApp = { app, ctx, clock, database, routes, close: async () => app.close() };
      team = await buildTeam(t);
      person = await buildPersonWithHistory(t, team, {
        name: 'Philippa Vanderkloot',
        phoneRaw: '512.555.0193',
        phoneE164: '+15125550193',
        email: 'philippa.vdk@example.org',
        start: '2026-01-21T17:00:00Z',
      });
      await app.close();
      await database.destroy();
    });
    afterAll(() => database.cleanup());

    it('holds the person in the file before erasure, so the scan can see them', () => {
      const before = tracesIn(fileBytes(), [person.phoneE164, person.email, person.name]);
      expect(before.length).toBeGreaterThanOrEqual(3);
      expect(logs.length).toBeGreaterThan(10);
    });

    it('exports the person by the CLI to a zip', async () => {
      const out = path.join(database.dataDir, 'person.zip');
      const run = await runCli(
        [
          'privacy',
          'export',
          '--workspace',
          team.workspace.id,
          '--email',
          person.email,
          '--out',
          out,
          '--json',
        ],
        { DATA_DIR: database.dataDir, APP_SECRET: TEST_APP_SECRET },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ contactId: person.contactId, out });
      const files = unzipSync(readFileSync(out));
      expect(strFromU8(files['contact.json'] as Uint8Array)).toContain(person.name);
      rmSync(out);
    }, 60_000);

    it('erases by the CLI, after which neither the file nor the logs hold them', async () => {
      const run = await runCli(
        ['privacy', 'erase', '--workspace', team.workspace.id, '--phone', person.phoneRaw, '--json'],
        { DATA_DIR: database.dataDir, APP_SECRET: TEST_APP_SECRET, LOG_LEVEL: 'debug' },
      );
      cliLogs = run.stderr;
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result).toMatchObject({ found: true, contactId: person.contactId });
      expect(result.counts.messages).toBeGreaterThanOrEqual(4);

      expect(tracesIn(fileBytes(), person.needles)).toEqual([]);
      const logText = [...logs, cliLogs].join('\n');
      expect(person.needles.filter((needle) => logText.includes(needle))).toEqual([]);
    }, 60_000);

    it('answers the same erasure again without finding anyone', async () => {
      const env = { DATA_DIR: database.dataDir, APP_SECRET: TEST_APP_SECRET };
      const again = await runCli(
        ['privacy', 'erase', '--workspace', team.workspace.id, '--phone', person.phoneE164, '--json'],
        env,
      );
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ found: false });
    }, 60_000);

    it('deletes the whole workspace by the CLI after exporting it', async () => {
      const out = path.join(database.dataDir, 'workspace.zip');
      const run = await runCli(
        ['workspaces', 'delete', '--workspace', team.workspace.id, '--export', out, '--json'],
        { DATA_DIR: database.dataDir, APP_SECRET: TEST_APP_SECRET },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ workspaceId: team.workspace.id, export: out });
      expect(Object.keys(unzipSync(readFileSync(out)))).toContain('leads.json');
      const refused = await runCli(
        ['workspaces', 'delete', '--workspace', team.workspace.id, '--export', out],
        { DATA_DIR: database.dataDir, APP_SECRET: TEST_APP_SECRET },
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('already exists');
    }, 60_000);
  },
);
