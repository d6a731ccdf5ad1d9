import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { jobRow } from '../../test/helpers/jobs.js';
import { claimJobs, claimStatement } from './jobs.repository.js';

const BACKLOG = 20_000;
const PER_WORKSPACE = 4;
const OTHERS = 5;
const BATCH = 16;
const START = Date.parse('2026-04-06T09:00:00.000Z');

const job = (workspaceId: string | null, at: number, running = false) =>
  jobRow({ name: 'test.bounded', workspaceId, at, ...(running ? { leasedUntil: START + 7_200_000 } : {}) });

/**
 * One workspace at its running limit with 20,000 due jobs older than everyone else's: the claim passes it
 * over without reading its backlog. Checked on the statement's plan (SQLite: every read of jobs is an index
 * search, none a scan; PostgreSQL: the rows actually read from the table's indexes), never by time.
 */
describe(`a claim with a limited workspace's backlog of ${BACKLOG.toLocaleString('en')} (${testDialect()})`, () => {
  let t: TestDatabase;
  const now = new Date(START + 3_600_000);
  const props = { workerId: 'w', now, leaseMs: 60_000, limit: BATCH, perWorkspace: PER_WORKSPACE };

  beforeAll(async () => {
    t = await createTestDatabase();
    const rows = [
      ...Array.from({ length: PER_WORKSPACE }, (_, k) => job('ws-full', START - 1000 + k, true)),
      ...Array.from({ length: BACKLOG }, (_, k) => job('ws-full', START + k)),
      ...Array.from({ length: OTHERS }, (_, k) => job(`ws-other-${k}`, START + BACKLOG + k)),
      job(null, START + BACKLOG + OTHERS),
    ];
    for (let i = 0; i < rows.length; i += 500)
      await t.db
        .insertInto('jobs')
        .values(rows.slice(i, i + 500))
        .execute();
    await sql`analyze`.execute(t.db);
  }, 120_000);
  afterAll(() => t?.cleanup());

  it.runIf(testDialect() === 'sqlite')('searches jobs only through indexes, never scanning it', async () => {
    const { sql: text, parameters } = claimStatement(t.db, props);
    const plan = await t.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${text}`, [...parameters]),
    );
    // The table's reads, under its names in the claim (jobs, j, c, r); other scans are of subqueries' rows.
    const reads = plan.rows.map((row) => row.detail).filter((d) => /^(SCAN|SEARCH) (jobs|j|c|r)\b/.test(d));
    expect(reads.length).toBeGreaterThan(0);
    // Every read of the table is an index search on equalities or a range: none walks it whole.
    for (const read of reads) expect(read).toMatch(/^SEARCH \S+ USING (COVERING )?INDEX /);
    // A workspace's due jobs are read from its own part of the index, never from the global run_at order,
    // where the limited workspace's 20,000 due jobs would stand before everyone else's.
    expect(reads.join('\n')).toMatch(
      /jobs_ready_workspace_idx \(status=\? AND workspace_id=\? AND priority=\? AND run_at<\?\)/,
    );
    expect(reads.join('\n')).not.toMatch(/jobs_ready_idx/);
  });

  it.runIf(testDialect() === 'postgres')('reads a few dozen index entries, not the backlog', async () => {
    const { sql: text, parameters } = claimStatement(t.db, props);
    let plan: unknown;
    // EXPLAIN ANALYZE runs the claim: rolled back, so the last test claims for real.
    await t.db
      .transaction()
      .execute(async (trx) => {
        const explained = await trx.executeQuery<{ 'QUERY PLAN': unknown }>(
          CompiledQuery.raw(`explain (analyze, format json) ${text}`, [...parameters]),
        );
        plan = explained.rows[0]?.['QUERY PLAN'];
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    const scans = nodes(plan).filter(
      (node) => node['Relation Name'] === 'jobs' && node['Node Type'] !== 'ModifyTable',
    );
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.some((node) => node['Node Type'] === 'Seq Scan')).toBe(false);
    const read = scans.reduce(
      (sum, node) =>
        sum +
        (Number(node['Actual Rows']) + Number(node['Rows Removed by Filter'] ?? 0)) *
          Number(node['Actual Loops']),
      0,
    );
    // Six jobs to claim, seven workspaces to walk, four running to count: nowhere near 20,000.
    expect(read).toBeLessThan(100);
  });

  it('claims the other workspaces and no job of the one at its limit', async () => {
    const claimed = await claimJobs(t.db, props);
    expect(claimed).toHaveLength(OTHERS + 1);
    expect(claimed.some((j) => j.workspaceId === 'ws-full')).toBe(false);
  });
});

class Rollback extends Error {}

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };

/** Every node of an EXPLAIN (FORMAT JSON) plan. */
function nodes(plan: unknown): PlanNode[] {
  const root = (plan as { Plan: PlanNode }[])[0]?.Plan;
  const all: PlanNode[] = [];
  const visit = (node: PlanNode) => {
    all.push(node);
    for (const child of node.Plans ?? []) visit(child);
  };
  if (root) visit(root);
  return all;
}
