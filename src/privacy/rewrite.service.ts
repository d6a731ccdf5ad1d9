import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { ERASURE_COVERAGE } from './erasure.coverage.js';

/**
 * Every table erasure updates or deletes in. PostgreSQL never overwrites a row: an UPDATE or DELETE
 * leaves the old version's bytes in the table's file (and its indexes' and TOAST's) until the relation
 * is rewritten. Plain VACUUM only marks the space reusable; VACUUM FULL writes a new file with the live
 * rows alone and truncates the old one.
 */
export const REWRITTEN_TABLES: readonly string[] = Object.entries(ERASURE_COVERAGE)
  .filter(([, coverage]) => coverage.treatment !== 'none')
  .map(([table]) => table);

/**
 * How long a rewrite waits for its exclusive lock. A waiting VACUUM FULL queues every later query on
 * the table behind it, so it gives up early and the job comes back later instead of stalling the app.
 */
const LOCK_TIMEOUT = '5s';
const LOCK_NOT_AVAILABLE = '55P03';
/** How long the rewrite waits for transactions older than it to finish before it tries again later. */
const SNAPSHOT_WAIT_MS = 30_000;
const SNAPSHOT_POLL_MS = 250;
const INSUFFICIENT_PRIVILEGE = '42501';

export interface TableRewrite {
  table: string;
  /** The VACUUM FULL: the table, its TOAST and indexes are locked against reads and writes this long. */
  lockMs: number;
  /** The ANALYZE that follows: fresh statistics without the person; reads and writes go on meanwhile. */
  analyzeMs: number;
}

export interface RewriteReport {
  tables: TableRewrite[];
  /** Tables whose lock was not granted within LOCK_TIMEOUT: the job retries them. */
  busy: string[];
  /**
   * pg_statistic keeps values ANALYZE sampled (a phone on many messages): a superuser drops the touched
   * tables' rows there before ANALYZE and rewrites the catalog; nobody else may.
   */
  statistics: TableRewrite | 'not_permitted';
  /** Writes the new files out; superuser or pg_checkpoint (PostgreSQL 15+). */
  checkpoint: 'done' | 'not_permitted';
}

/**
 * Rewrites each table erasure touched, one at a time so no lock is held longer than one table's copy,
 * then the statistics catalog, then checkpoints. VACUUM cannot run inside a transaction block: this uses
 * one connection of the pool in autocommit, with a lock timeout set for it alone.
 */
export async function rewriteErasedTables(ctx: AppContext, signal?: AbortSignal): Promise<RewriteReport> {
  const report: RewriteReport = {
    tables: [],
    busy: [],
    statistics: 'not_permitted',
    checkpoint: 'not_permitted',
  };
  if (ctx.dialect !== 'postgres') return report;
  const log = ctx.logger.child({ category: 'privacy', job: 'privacy.rewrite' });
  await ctx.db.connection().execute(async (conn) => {
    const run = async (statement: RawBuilder<unknown>) => {
      const start = performance.now();
      await statement.execute(conn);
      return Math.round((performance.now() - start) * 10) / 10;
    };
    const existing = await sql<{ name: string }>`
      select tablename as name from pg_tables where schemaname = current_schema()`.execute(conn);
    const names = new Set(existing.rows.map((r) => r.name));
    const role = await sql<{ superuser: boolean }>`
      select rolsuper as superuser from pg_roles where rolname = current_user`.execute(conn);
    const superuser = role.rows[0]?.superuser === true;
    await waitForOlderSnapshots(conn, signal);
    await sql.raw(`set lock_timeout = '${LOCK_TIMEOUT}'`).execute(conn);
    try {
      for (const table of REWRITTEN_TABLES.filter((name) => names.has(name))) {
        signal?.throwIfAborted();
        let lockMs: number;
        try {
          lockMs = await run(sql`vacuum (full) ${sql.table(table)}`);
        } catch (error) {
          if (errorCode(error) !== LOCK_NOT_AVAILABLE) throw error;
          report.busy.push(table);
          log.warn({ table }, 'table busy: rewrite after erasure postponed');
          continue;
        }
        // ANALYZE leaves the old statistics in place when it finds no rows: drop them first.
        if (superuser) {
          await sql`delete from pg_catalog.pg_statistic where starelid = to_regclass(${table})`.execute(conn);
        }
        const rewrite = { table, lockMs, analyzeMs: await run(sql`analyze ${sql.table(table)}`) };
        report.tables.push(rewrite);
        log.info(rewrite, 'table rewritten after erasure');
      }
    } finally {
      await sql`reset lock_timeout`.execute(conn);
    }
    if (superuser) {
      await waitForOlderSnapshots(conn, signal);
      const lockMs = await run(sql`vacuum (full) pg_catalog.pg_statistic`);
      report.statistics = { table: 'pg_statistic', lockMs, analyzeMs: 0 };
      log.info(report.statistics, 'statistics catalog rewritten after erasure');
    } else {
      log.warn({ table: 'pg_statistic' }, 'statistics catalog not rewritten: needs a superuser');
    }
    try {
      await sql`checkpoint`.execute(conn);
      report.checkpoint = 'done';
    } catch (error) {
      if (errorCode(error) !== INSUFFICIENT_PRIVILEGE) throw error;
      log.warn('checkpoint after erasure not permitted: grant pg_checkpoint to write the files out at once');
    }
  });
  return report;
}

export class OlderSnapshotsError extends Error {
  constructor(count: number) {
    super(
      `${count} transactions older than the erasure are still open; the rewrite would copy what they see`,
    );
    this.name = 'OlderSnapshotsError';
  }
}

/**
 * VACUUM FULL copies a dead row version along when some open transaction may still see it: a snapshot
 * taken before the erasure committed (a long report, a backup, an ANALYZE) would carry the person into
 * the new file. Waits until every other session of this database has moved past the transactions that
 * had finished when this started, and gives up after SNAPSHOT_WAIT_MS so the job comes back later.
 */
async function waitForOlderSnapshots(conn: Kysely<Database>, signal?: AbortSignal): Promise<void> {
  const mark = await sql<{ xmax: string }>`
    select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`.execute(conn);
  const xmax = mark.rows[0]?.xmax ?? '0';
  const deadline = Date.now() + SNAPSHOT_WAIT_MS;
  for (;;) {
    const older = await sql<{ count: number }>`
      select count(*)::int as count from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()
        and (age(backend_xmin) > age(${xmax}::xid) or age(backend_xid) > age(${xmax}::xid))`.execute(conn);
    const count = older.rows[0]?.count ?? 0;
    if (count === 0) return;
    if (Date.now() >= deadline) throw new OlderSnapshotsError(count);
    signal?.throwIfAborted();
    await setTimeout(SNAPSHOT_POLL_MS);
  }
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
