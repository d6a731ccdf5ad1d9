import { type AliasableExpression, PostgresAdapter, type SelectQueryBuilder } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { toJson } from '../db/schema.js';
import type { JobStatus, NewJobRow } from './jobs.table.js';
import { type Job, type QueueStats, rowToJob } from './jobs.types.js';

function isPostgres(db: DbOrTrx): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function insertJob(db: DbOrTrx, row: NewJobRow): Promise<{ id: string; enqueued: boolean }> {
  const inserted = await db
    .insertInto('jobs')
    .values({ ...row, payload: toJson(row.payload) })
    .onConflict((oc) => oc.column('uniqueKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, enqueued: true };
  const existing = await db
    .selectFrom('jobs')
    .select('id')
    .where('uniqueKey', '=', row.uniqueKey ?? null)
    .executeTakeFirst();
  if (!existing) throw new Error(`Job ${row.name} was neither inserted nor found by its unique key`);
  return { id: existing.id, enqueued: false };
}

export interface ClaimProps {
  workerId: string;
  now: Date;
  leaseMs: number;
  limit: number;
  /** Claim ready jobs due by this instant; defaults to `now` (drainJobs looks further ahead). */
  dueBy?: Date;
  /**
   * The most jobs of one workspace running at once, across every worker: a workspace at it is passed over,
   * so one workspace's burst cannot take every slot from the others. Unset: no limit.
   */
  perWorkspace?: number | undefined;
}

/** A claim never takes more than this many jobs, whatever the caller asks for. */
export const MAX_CLAIM = 100;

/** Ready jobs a claim looks at to fill `limit` slots when some workspaces may be limited. */
const CANDIDATES_PER_SLOT = 4;

/**
 * The ready jobs a claim would take, due by `dueBy`, oldest first: served in order by jobs_ready_idx, so it
 * reads at most `limit` index entries however many jobs wait. Jobs of `skipWorkspaces` (those at their
 * limit) are passed over inside the index, which carries the workspace id for that.
 */
export function readyJobsQuery(
  db: DbOrTrx,
  props: {
    dueBy: string;
    limit: number;
    skipWorkspaces?: SelectQueryBuilder<Database, 'jobs', { workspaceId: string | null }>;
  },
) {
  const { skipWorkspaces } = props;
  return db
    .selectFrom('jobs')
    .select(['id', 'workspaceId', 'runAt'])
    .where('status', '=', 'ready')
    .where('runAt', '<=', props.dueBy)
    .$if(skipWorkspaces !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('workspaceId', 'is', null),
          eb('workspaceId', 'not in', skipWorkspaces as NonNullable<typeof skipWorkspaces>),
        ]),
      ),
    )
    .orderBy('runAt')
    .orderBy('id')
    .limit(props.limit)
    .$if(isPostgres(db), (qb) => qb.forUpdate().skipLocked());
}

/** Jobs running under a live lease, per workspace: read through jobs_lease_idx, so as many rows as run. */
function runningPerWorkspace(db: DbOrTrx, now: string) {
  return db
    .selectFrom('jobs')
    .select((eb) => ['workspaceId', eb.fn.countAll<number>().as('running')])
    .where('status', '=', 'running')
    .where('lockedUntil', '>=', now)
    .where('workspaceId', 'is not', null)
    .groupBy('workspaceId');
}

function workspacesAtLimit(db: DbOrTrx, now: string, perWorkspace: number) {
  return runningPerWorkspace(db, now)
    .clearSelect()
    .select('workspaceId')
    .having((eb) => eb.fn.countAll(), '>=', perWorkspace);
}

/**
 * One statement, so two workers never claim the same job: on PostgreSQL the rows are locked and
 * skipped by everyone else; on SQLite a write statement holds the database's only write lock.
 * Running jobs whose lease has lapsed are claimed again first: their worker died or stalled. Each half
 * walks its own index for at most `limit` rows, so the claim costs the same with none or 100,000 waiting.
 *
 * With `perWorkspace`, a workspace never has more than that many jobs running: one already at it is passed
 * over in the index, and of the oldest candidates one workspace gets only the slots it has left, so the
 * other workspaces' jobs are claimed beside a burst instead of behind it. That scan reads past the due jobs
 * of the workspaces at their limit (index entries only), and at most `limit × 4` others.
 */
export async function claimJobs(db: DbOrTrx, props: ClaimProps): Promise<Job[]> {
  const now = props.now.toISOString();
  const dueBy = (props.dueBy ?? props.now).toISOString();
  const limit = Math.max(0, Math.min(props.limit, MAX_CLAIM));
  if (limit === 0) return [];
  const lapsed = db
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'running')
    .where('lockedUntil', '<', now)
    .orderBy('lockedUntil')
    .limit(limit)
    .$if(isPostgres(db), (qb) => qb.forUpdate().skipLocked());
  const ready = readyIds(db, { now, dueBy, limit, perWorkspace: props.perWorkspace });
  const rows = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      lockedBy: props.workerId,
      lockedUntil: new Date(props.now.getTime() + props.leaseMs).toISOString(),
      attempts: eb('attempts', '+', 1),
      updatedAt: now,
    }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom(
          eb
            .selectFrom(lapsed.as('lapsed'))
            .select('lapsed.id')
            .unionAll(eb.selectFrom(ready.as('ready')).select('ready.id'))
            .as('due'),
        )
        .select('due.id')
        .limit(limit),
    )
    .returningAll()
    .execute();
  return rows.map(rowToJob).sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id.localeCompare(b.id));
}

/**
 * The ready jobs to claim: the oldest due, or with `perWorkspace` the oldest within each workspace's slots left.
 * The oldest `limit × 4` candidates may all be one workspace's burst, so a second scan looks past every
 * workspace among them: the others' oldest jobs are candidates in the same batch. A slot goes to the
 * workspace with the fewest running first (counting this claim's), then to the job that waited longest.
 */
function readyIds(
  db: DbOrTrx,
  props: { now: string; dueBy: string; limit: number; perWorkspace: number | undefined },
): AliasableExpression<{ id: string }> {
  const { perWorkspace, dueBy, limit } = props;
  if (perWorkspace === undefined) return readyJobsQuery(db, props);
  const atLimit = () => workspacesAtLimit(db, props.now, perWorkspace);
  const oldest = () =>
    readyJobsQuery(db, { dueBy, limit: limit * CANDIDATES_PER_SLOT, skipWorkspaces: atLimit() });
  const inOldest = db
    .selectFrom(oldest().as('o'))
    .select('o.workspaceId')
    .where('o.workspaceId', 'is not', null)
    .distinct();
  const others = readyJobsQuery(db, { dueBy, limit, skipWorkspaces: atLimit().union(inOldest) });
  const candidates = db
    .selectFrom(oldest().as('a'))
    .selectAll('a')
    .union(db.selectFrom(others.as('b')).selectAll('b'));
  return db
    .selectFrom(
      db
        .selectFrom(candidates.as('c'))
        .select((eb) => [
          'c.id',
          'c.workspaceId',
          'c.runAt',
          eb.fn
            .agg<number>('row_number')
            .over((over) => over.partitionBy('c.workspaceId').orderBy('c.runAt').orderBy('c.id'))
            .as('rank'),
        ])
        .as('ranked'),
    )
    .leftJoin(runningPerWorkspace(db, props.now).as('busy'), 'busy.workspaceId', 'ranked.workspaceId')
    .select('ranked.id')
    .where((eb) =>
      eb.or([
        eb('ranked.workspaceId', 'is', null),
        eb(eb('ranked.rank', '+', eb.fn.coalesce('busy.running', eb.lit(0))), '<=', perWorkspace),
      ]),
    )
    // Fewest running first: a workspace's next job goes before another's that already has more running.
    .orderBy((eb) => eb(eb.fn.coalesce('busy.running', eb.lit(0)), '+', eb.ref('ranked.rank')))
    .orderBy('ranked.runAt')
    .orderBy('ranked.id')
    .limit(limit);
}

interface OwnedJob {
  id: string;
  workerId: string;
  now: Date;
}

/**
 * Every write after the claim goes through here: it only touches the job while this worker still
 * holds it, so a worker whose lease lapsed cannot overwrite the state written by the new owner.
 */
async function updateOwned(
  db: DbOrTrx,
  owned: OwnedJob,
  values: {
    status: JobStatus;
    lockedUntil: string | null;
    runAt?: string;
    lastError?: string;
    finishedAt?: string;
    attemptsDelta?: number;
  },
): Promise<boolean> {
  const { attemptsDelta, ...rest } = values;
  const result = await db
    .updateTable('jobs')
    .set((eb) => ({
      ...rest,
      lockedBy: values.status === 'running' ? owned.workerId : null,
      updatedAt: owned.now.toISOString(),
      ...(attemptsDelta ? { attempts: eb('attempts', '+', attemptsDelta) } : {}),
    }))
    .where('id', '=', owned.id)
    .where('lockedBy', '=', owned.workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Returns false when the lease was lost: the handler should stop, its outcome will not be recorded. */
export function extendLease(db: DbOrTrx, owned: OwnedJob & { leaseMs: number }): Promise<boolean> {
  return updateOwned(db, owned, {
    status: 'running',
    lockedUntil: new Date(owned.now.getTime() + owned.leaseMs).toISOString(),
  });
}

export function completeJob(db: DbOrTrx, owned: OwnedJob): Promise<boolean> {
  return updateOwned(db, owned, { status: 'done', lockedUntil: null, finishedAt: owned.now.toISOString() });
}

export function retryJob(db: DbOrTrx, owned: OwnedJob & { runAt: Date; error: string }): Promise<boolean> {
  return updateOwned(db, owned, {
    status: 'ready',
    lockedUntil: null,
    runAt: owned.runAt.toISOString(),
    lastError: owned.error,
  });
}

export function killJob(db: DbOrTrx, owned: OwnedJob & { error: string }): Promise<boolean> {
  return updateOwned(db, owned, {
    status: 'dead',
    lockedUntil: null,
    lastError: owned.error,
    finishedAt: owned.now.toISOString(),
  });
}

/** Hands an unfinished job back at shutdown; the interrupted attempt is not counted against it. */
export function releaseJob(db: DbOrTrx, owned: OwnedJob): Promise<boolean> {
  return updateOwned(db, owned, { status: 'ready', lockedUntil: null, attemptsDelta: -1 });
}

/**
 * Frees a job's unique key, so the same key can be enqueued again while this job runs: a job that
 * gathers the work of many callers releases it when it starts, and work that arrives later gets a
 * job of its own instead of being folded into one that has already looked.
 */
export async function releaseUniqueKey(db: DbOrTrx, id: string): Promise<void> {
  await db.updateTable('jobs').set({ uniqueKey: null }).where('id', '=', id).execute();
}

export async function findJob(db: DbOrTrx, id: string): Promise<Job | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToJob(row);
}

export async function findJobByUniqueKey(db: DbOrTrx, uniqueKey: string): Promise<Job | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('uniqueKey', '=', uniqueKey).executeTakeFirst();
  return row && rowToJob(row);
}

export async function deleteFinishedJobs(
  db: DbOrTrx,
  props: { doneBefore: Date; deadBefore: Date },
): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'done'), eb('finishedAt', '<', props.doneBefore.toISOString())]),
        eb.and([eb('status', '=', 'dead'), eb('finishedAt', '<', props.deadBefore.toISOString())]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countJobs(db: DbOrTrx, now: Date): Promise<QueueStats> {
  const byStatus = await db
    .selectFrom('jobs')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const due = await db
    .selectFrom('jobs')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('runAt').as('oldest')])
    .where('status', '=', 'ready')
    .where('runAt', '<=', now.toISOString())
    .executeTakeFirstOrThrow();
  const stats: QueueStats = {
    ready: 0,
    running: 0,
    done: 0,
    dead: 0,
    due: Number(due.count),
    oldestDueAt: null,
  };
  for (const { status, count } of byStatus) stats[status] = Number(count);
  stats.oldestDueAt = due.oldest ?? null;
  return stats;
}
