import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { jobDefinitions } from '../src/jobs/catalog.js';
import { drainJobs } from '../src/jobs/jobs.drain.js';
import { erasePerson } from '../src/privacy/erasure.service.js';
import { REWRITTEN_TABLES, rewriteErasedTables } from '../src/privacy/rewrite.service.js';
import { buildTestApp } from '../test/helpers/app.js';
import { buildLead, buildTeam } from '../test/helpers/factories.js';
import { ROOT } from '../test/helpers/service-process.js';

/**
 * `npm run bench:erasure`: how long the rewrite after an erasure holds each table on PostgreSQL. Fills a
 * workspace with BENCH_LEADS leads (each with its first text and the jobs around it), erases one person,
 * then times, on the same tables in the same run, a plain VACUUM (the baseline: reclaims space, takes no
 * lock that blocks the app, leaves the bytes) and the VACUUM (FULL) the privacy.rewrite job runs.
 * Writes bench/results/erasure-rewrite.json.
 */

process.env.TEST_DATABASE = 'postgres';
const LEADS = Number(process.env.BENCH_LEADS ?? 10_000);
const RESULTS = path.join(ROOT, 'bench/results/erasure-rewrite.json');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const t = await buildTestApp();
try {
  const team = await buildTeam(t);
  const filled = performance.now();
  let first = '';
  for (let i = 0; i < LEADS; i++) {
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, phone: usPhone(i) });
    if (i === 0) first = lead.contactId;
    if (i % 1000 === 999) {
      await drainJobs(t.ctx, jobDefinitions);
      log(`${i + 1} leads`);
    }
  }
  await drainJobs(t.ctx, jobDefinitions);
  log(`filled in ${Math.round(performance.now() - filled)} ms`);

  const sizes = await sql<{ table: string; bytes: string; rows: string }>`
    select c.relname as table, pg_total_relation_size(c.oid)::text as bytes, c.reltuples::bigint::text as rows
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r'`.execute(t.ctx.db);
  const sizeOf = new Map(sizes.rows.map((r) => [r.table, { bytes: Number(r.bytes), rows: Number(r.rows) }]));

  await erasePerson(t.ctx, {
    workspaceId: team.workspace.id,
    contactId: first,
    actor: { type: 'system', id: null },
  });

  const baseline: Record<string, number> = {};
  await t.ctx.db.connection().execute(async (conn) => {
    for (const table of REWRITTEN_TABLES) {
      const start = performance.now();
      await sql`vacuum ${sql.table(table)}`.execute(conn);
      baseline[table] = Math.round((performance.now() - start) * 10) / 10;
    }
  });
  const report = await rewriteErasedTables(t.ctx);

  const tables = report.tables.map((r) => ({
    ...r,
    plainVacuumMs: baseline[r.table] ?? null,
    ...sizeOf.get(r.table),
  }));
  const lockMsTotal = tables.reduce((sum, r) => sum + r.lockMs, 0);
  const result = {
    at: new Date().toISOString(),
    leads: LEADS,
    lockMsMax: Math.max(...tables.map((r) => r.lockMs)),
    lockMsTotal: Math.round(lockMsTotal),
    plainVacuumMsTotal: Math.round(Object.values(baseline).reduce((a, b) => a + b, 0)),
    statistics: report.statistics,
    checkpoint: report.checkpoint,
    busy: report.busy,
    tables: tables.sort((a, b) => b.lockMs - a.lockMs),
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  log(`longest lock ${result.lockMsMax} ms, all tables ${result.lockMsTotal} ms → ${RESULTS}`);
} finally {
  await t.close();
}

/** Distinct valid US numbers (area code 512, exchange 2xx–9xx). */
function usPhone(i: number): string {
  const exchange = 200 + Math.floor(i / 10_000);
  return `+1512${exchange}${String(i % 10_000).padStart(4, '0')}`;
}
