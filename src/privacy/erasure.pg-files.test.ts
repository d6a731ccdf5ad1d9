import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildTeam, type Team } from '../../test/helpers/factories.js';
import { buildPersonWithHistory, type Person } from '../../test/helpers/privacy.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { findJob, findJobByUniqueKey } from '../jobs/jobs.repository.js';
import { HOUR } from '../platform/clock.js';
import { erasePerson } from './erasure.service.js';
import { REWRITE_DELAY_MS, REWRITE_KEY, rewriteJob } from './rewrite.job.js';
import { REWRITTEN_TABLES } from './rewrite.service.js';

/** A distinctive phrase in texts, notes and appointment notes: nothing else in the cluster says it. */
const PHRASE = 'marmalade heron lighthouse';

interface DatabaseFiles {
  dir: string;
  /** pg_relation_filepath (relative to the data directory) → relation name, for readable findings. */
  relations: Map<string, string>;
  unreadable: string | null;
}

/**
 * The database's own directory, `base/<oid>/`: every table, TOAST table, index and catalog of the test
 * database. Readable when the tests run as the server's OS user or as root, as CI does.
 */
async function databaseFiles(t: TestApp): Promise<DatabaseFiles> {
  const { rows } = await sql<{ dataDir: string; oid: number }>`
    select current_setting('data_directory') as data_dir, oid::int as oid
    from pg_database where datname = current_database()`.execute(t.ctx.db);
  const { dataDir, oid } = rows[0] ?? { dataDir: '', oid: 0 };
  const dir = path.join(dataDir, 'base', String(oid));
  const mapped = await sql<{ file: string; name: string }>`
    select pg_relation_filepath(oid) as file, relname as name from pg_class
    where pg_relation_filepath(oid) is not null`.execute(t.ctx.db);
  const relations = new Map(mapped.rows.map((r) => [path.join(dataDir, r.file), r.name]));
  try {
    accessSync(dir, constants.R_OK);
    return { dir, relations, unreadable: null };
  } catch (error) {
    return { dir, relations, unreadable: `cannot read ${dir} as this OS user (${String(error)})` };
  }
}

/** Each needle found in a file, named by its relation (segments `.1` and forks `_fsm` folded in). */
function scan(files: DatabaseFiles, needles: string[]): string[] {
  const found = new Set<string>();
  for (const name of readdirSync(files.dir)) {
    const file = path.join(files.dir, name);
    const bytes = readFileSync(file);
    const relation = files.relations.get(file.replace(/(_\w+)?(\.\d+)?$/, '')) ?? name;
    for (const needle of needles)
      if (bytes.includes(Buffer.from(needle, 'utf8'))) found.add(`${relation}: ${needle}`);
  }
  return [...found].sort();
}

describe.skipIf(testDialect() !== 'postgres')(
  'on PostgreSQL, erasure leaves no trace in the database files',
  () => {
    let t: TestApp;
    let team: Team;
    let person: Person;
    let needles: string[];
    let files: DatabaseFiles;
    const logs: string[] = [];
    const later = (ms: number) => new Date(t.clock.now().getTime() + ms);
    const eraseSomeone = async () => {
      const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, attemptFirstResponse: false });
      await erasePerson(t.ctx, {
        workspaceId: team.workspace.id,
        contactId: lead.contactId,
        actor: { type: 'system', id: null },
      });
    };

    beforeAll(async () => {
      t = await buildTestApp({
        now: '2026-01-15T16:00:00.000Z',
        logTo: { write: (line: string) => logs.push(line) },
      });
      team = await buildTeam(t);
      person = await buildPersonWithHistory(t, team, {
        name: 'Zebulon Quartermaine',
        phoneRaw: '(737) 555-0168',
        phoneE164: '+17375550168',
        email: 'zebulon.qm@example.com',
        start: '2026-01-22T17:00:00Z',
      });
      needles = [...person.needles, PHRASE];
      const headers = asApiKey(team.key.secret);
      // Old row versions: the person's rows updated again and again before the erasure.
      for (const stage of ['contacted', 'engaged', 'qualified', 'engaged']) {
        const moved = await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/leads/${person.leadId}`,
          headers,
          payload: { stage },
        });
        expect(moved.statusCode, moved.body).toBe(200);
      }
      for (const body of [`Is the ${PHRASE} listing near a school?`, `We love the ${PHRASE}, call me`]) {
        const text = await t.app.inject({
          method: 'POST',
          url: '/api/v1/sandbox/inbound',
          headers,
          payload: { from: person.phoneE164, body },
        });
        expect(text.statusCode, text.body).toBe(201);
        await drainJobs(t.ctx, jobDefinitions);
      }
      const note = await t.app.inject({
        method: 'POST',
        url: `/api/v1/leads/${person.leadId}/notes`,
        headers,
        payload: { body: `Asked about the ${PHRASE}` },
      });
      expect(note.statusCode, note.body).toBe(201);
      await drainJobs(t.ctx, jobDefinitions);
      // Statistics keep common values (the phone on every message) in pg_statistic, as autovacuum's would.
      await sql`analyze`.execute(t.ctx.db);
      await sql`checkpoint`.execute(t.ctx.db);
      files = await databaseFiles(t);
    });
    afterAll(() => t?.close());

    it('finds the person in the files before erasure, so the scan can see them', (context) => {
      if (files.unreadable) context.skip(files.unreadable);
      const before = scan(files, needles);
      for (const table of ['contacts', 'messages', 'lead_notes', 'appointments', 'pg_statistic']) {
        expect(
          before.some((f) => f.startsWith(`${table}: `)),
          table,
        ).toBe(true);
      }
    });

    it('erases, rewrites what erasure touched, and leaves none of it in any file', async (context) => {
      if (files.unreadable) context.skip(files.unreadable);
      const filed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/privacy/requests',
        headers: asSession(team.owner.session),
        payload: { kind: 'deletion', contactId: person.contactId, jurisdiction: 'gdpr' },
      });
      expect(filed.statusCode, filed.body).toBe(201);
      const done = await t.app.inject({
        method: 'POST',
        url: `/api/v1/privacy/requests/${filed.json().id}/complete`,
        headers: asSession(team.owner.session),
        payload: {},
      });
      expect(done.statusCode, done.body).toBe(200);
      const pending = await findJobByUniqueKey(t.ctx.db, REWRITE_KEY);
      expect(pending).toMatchObject({
        name: rewriteJob.name,
        status: 'ready',
        runAt: later(REWRITE_DELAY_MS).toISOString(),
      });
      // Another erasure before the rewrite starts joins it.
      await eraseSomeone();
      expect((await findJobByUniqueKey(t.ctx.db, REWRITE_KEY))?.id).toBe(pending?.id);

      logs.length = 0;
      await drainJobs(t.ctx, jobDefinitions, { until: later(REWRITE_DELAY_MS) });
      expect(await findJob(t.ctx.db, pending?.id ?? '')).toMatchObject({ status: 'done', uniqueKey: null });
      await sql`checkpoint`.execute(t.ctx.db);
      const warnings = logs.filter((line) => JSON.parse(line).level >= 40);
      expect(scan(await databaseFiles(t), needles), warnings.join('\n')).toEqual([]);

      const rewritten = logs
        .map((line) => JSON.parse(line))
        .filter((line) => line.msg === 'table rewritten after erasure');
      expect(rewritten.map((line) => line.table).sort()).toEqual([...REWRITTEN_TABLES].sort());
      expect(rewritten.every((l) => typeof l.lockMs === 'number' && typeof l.analyzeMs === 'number')).toBe(
        true,
      );
      expect(needles.filter((needle) => logs.join('\n').includes(needle))).toEqual([]);
    });

    it('queues a new rewrite for an erasure once the last one has started', async () => {
      await eraseSomeone();
      const next = await findJobByUniqueKey(t.ctx.db, REWRITE_KEY);
      expect(next).toMatchObject({ status: 'ready' });
      await drainJobs(t.ctx, jobDefinitions, { until: later(REWRITE_DELAY_MS) });
      expect(await findJob(t.ctx.db, next?.id ?? '')).toMatchObject({ status: 'done' });
    });

    it('postpones a table another transaction is using instead of queueing the app behind it', async () => {
      const reader = new pg.Client({ connectionString: t.database.databaseUrl });
      await reader.connect();
      try {
        await reader.query('begin');
        await reader.query('select count(*) from lead_notes');
        await eraseSomeone();
        const job = await findJobByUniqueKey(t.ctx.db, REWRITE_KEY);
        t.clock.set(later(REWRITE_DELAY_MS));
        await drainJobs(t.ctx, jobDefinitions);
        const postponed = await findJob(t.ctx.db, job?.id ?? '');
        expect(postponed).toMatchObject({ status: 'ready', attempts: 1 });
        expect(postponed?.lastError).toContain('lead_notes');
        await reader.query('commit');
        await drainJobs(t.ctx, jobDefinitions, { until: later(HOUR) });
        expect(await findJob(t.ctx.db, job?.id ?? '')).toMatchObject({ status: 'done', attempts: 2 });
      } finally {
        await reader.end();
      }
    });
  },
);
