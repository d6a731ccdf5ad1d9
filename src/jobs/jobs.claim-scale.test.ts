import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { toJson } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import { claimJobs, MAX_CLAIM, readyOldestQuery } from './jobs.repository.js';
import { JOB_PRIORITY } from './jobs.types.js';

const WAITING = 100_000;
const BATCH = 1000;
const START = Date.parse('2026-01-15T15:00:00.000Z');

/**
 * A claim must cost the same with 100,000 jobs waiting as with none: the plan walks the claim index in its
 * order and stops at the limit. Checked on the plan (and on PostgreSQL on the rows actually read), not by time.
 */
describe(`job claim with ${WAITING.toLocaleString('en')} waiting (${testDialect()})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    for (let first = 0; first < WAITING; first += BATCH) {
      const rows = Array.from({ length: BATCH }, (_, k) => {
        const at = new Date(START + ((first + k) % 5000) * 1000).toISOString();
        return {
          id: newId(START + first + k),
          name: 'test.backlog',
          payload: toJson({}),
          workspaceId: null,
          uniqueKey: null,
          status: 'ready' as const,
          runAt: at,
          maxAttempts: 3,
          lastError: null,
          lockedBy: null,
          lockedUntil: null,
          createdAt: at,
          updatedAt: at,
          finishedAt: null,
        };
      });
      await t.db.insertInto('jobs').values(rows).execute();
    }
    if (t.dialect === 'postgres') await sql`analyze jobs`.execute(t.db);
    else await sql`analyze`.execute(t.db);
  }, 120_000);
  afterAll(() => t?.cleanup());

  const dueBy = new Date(START + 10_000 * 1000).toISOString();
  const readyOldest = () => readyOldestQuery(t.db, { dueBy, limit: 16, ...JOB_PRIORITY }).compile();

  it.runIf(testDialect() === 'sqlite')(
    'walks each priority of jobs_ready_idx in claim order, with no sort',
    async () => {
      const { sql: text, parameters } = readyOldest();
      const plan = await t.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${text}`, [...parameters]),
      );
      const details = plan.rows.map((row) => row.detail).join('\n');
      expect(details).toMatch(/USING (COVERING )?INDEX jobs_ready_idx/);
      expect(details).not.toMatch(/TEMP B-TREE/);
    },
  );

  it.runIf(testDialect() === 'postgres')(
    'reads at most the limit from jobs_ready_idx, with no sort',
    async () => {
      const { sql: text, parameters } = readyOldest();
      const explained = await t.db.executeQuery<{ 'QUERY PLAN': unknown }>(
        CompiledQuery.raw(`explain (analyze, format json) ${text}`, [...parameters]),
      );
      const plan = JSON.stringify(explained.rows[0]?.['QUERY PLAN']);
      expect(plan).not.toMatch(/"Node Type":"Sort"/);
      const scans = [...plan.matchAll(/"Index Name":"jobs_ready_idx"[^}]*?"Actual Rows":(\d+)/g)];
      // One range per priority; the urgent one is empty here.
      expect(scans.length).toBe(2);
      // Rows read from the index: the limit, not the backlog (a locked row would add one more).
      const read = scans.reduce((sum, scan) => sum + Number(scan[1]), 0);
      expect(read).toBeLessThanOrEqual(16 + 1);
    },
  );

  it('claims the oldest due jobs, at most MAX_CLAIM at a time, and leaves the rest waiting', async () => {
    const now = new Date(START + 10_000 * 1000);
    const claimed = await claimJobs(t.db, { workerId: 'w', now, leaseMs: 30_000, limit: 10_000 });
    expect(claimed).toHaveLength(MAX_CLAIM);
    expect(claimed.every((job) => job.status === 'running' && job.lockedBy === 'w')).toBe(true);
    expect(claimed[0]?.runAt).toBe(new Date(START).toISOString());
    const left = await t.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'ready')
      .executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(WAITING - MAX_CLAIM);
  });
});
