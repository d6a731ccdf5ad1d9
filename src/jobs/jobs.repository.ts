import { type AliasableExpression, PostgresAdapter, type SelectQueryBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import { prepared } from '../db/prepared.js';
import type { Database } from '../db/schema.js';
import { toJson } from '../db/schema.js';
import type { JobStatus, NewJobRow } from './jobs.table.js';
import { JOB_PRIORITY, type Job, type QueueStats, rowToJob } from './jobs.types.js';

function isPostgres(db: DbOrTrx): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Every column but `attempts`, nullable ones included: a prepared insert names the same columns each time. */
type JobInsert = Required<Omit<NewJobRow, 'attempts'>>;

const JOB_INSERT_COLUMNS = [
  ...['id', 'name', 'payload', 'workspaceId', 'uniqueKey', 'status', 'runAt', 'priority', 'maxAttempts'],
  ...['lastError', 'lockedBy', 'lockedUntil', 'createdAt', 'updatedAt', 'finishedAt'],
] as const satisfies readonly (keyof JobInsert)[];

const insertJobRow = prepared((db, row: JobInsert) =>
  db
    .insertInto('jobs')
    .values(Object.fromEntries(JOB_INSERT_COLUMNS.map((column) => [column, row[column]])) as JobInsert)
    .onConflict((oc) => oc.column('uniqueKey').doNothing())
    .returning('id'),
);

const jobIdByUniqueKey = prepared((db, p: { uniqueKey: string | null }) =>
  db.selectFrom('jobs').select('id').where('uniqueKey', '=', p.uniqueKey),
);

export async function insertJob(
  db: DbOrTrx,
  row: Omit<NewJobRow, 'attempts'>,
): Promise<{ id: string; enqueued: boolean }> {
  const [inserted] = (
    await insertJobRow(db, {
      ...row,
      payload: toJson(row.payload),
      workspaceId: row.workspaceId ?? null,
      uniqueKey: row.uniqueKey ?? null,
      lastError: row.lastError ?? null,
      lockedBy: row.lockedBy ?? null,
      lockedUntil: row.lockedUntil ?? null,
      finishedAt: row.finishedAt ?? null,
      priority: row.priority ?? JOB_PRIORITY.normal,
    })
  ).rows;
  if (inserted) return { id: inserted.id, enqueued: true };
  const [existing] = (await jobIdByUniqueKey(db, { uniqueKey: row.uniqueKey ?? null })).rows;
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
    /** Only jobs of this priority, read in (run_at, id) order from its range of jobs_ready_idx. */
    priority: number;
    skipWorkspaces?: SelectQueryBuilder<Database, 'jobs', { workspaceId: string | null }>;
  },
) {
  const { skipWorkspaces } = props;
  return db
    .selectFrom('jobs')
    .select(['id', 'workspaceId', 'runAt'])
    .where('status', '=', 'ready')
    .where('priority', '=', props.priority)
    .where('runAt', '<=', props.dueBy)
    .$if(skipWorkspaces !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('workspaceId', 'is', null),
          eb('workspaceId', 'not in', skipWorkspaces as NonNullable<typeof skipWorkspaces>),
        ]),
      ),
    )
    .orderBy('priority')
    .orderBy('runAt')
    .orderBy('id')
    .limit(props.limit)
    .$if(isPostgres(db), (qb) => qb.forUpdate().skipLocked());
}

/**
 * The due jobs to claim with no per-workspace limit: the urgent ones oldest first, then the others oldest
 * first, each priority read from its own range of jobs_ready_idx, so at most `limit` entries of each.
 */
export function readyOldestQuery(
  db: DbOrTrx,
  props: { dueBy: string; limit: number; urgent: number; normal: number },
) {
  const level = (priority: number) =>
    db
      .selectFrom(readyJobsQuery(db, { dueBy: props.dueBy, limit: props.limit, priority }).as('r'))
      .select('r.id');
  return level(props.urgent).unionAll(level(props.normal));
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

/**
 * One statement, so two workers never claim the same job: on PostgreSQL the rows are locked and
 * skipped by everyone else; on SQLite a write statement holds the database's only write lock.
 * Running jobs whose lease has lapsed are claimed again first: their worker died or stalled. Each half
 * walks its own index for at most `limit` rows, so the claim costs the same with none or 100,000 waiting.
 *
 * With `perWorkspace`, a workspace never has more than that many jobs running: the claim walks the workspaces
 * with ready jobs (one index probe each), passes over those at their limit, takes the oldest few due jobs of
 * each other, and gives one workspace only the slots it has left, so the other workspaces' jobs are claimed
 * beside a burst instead of behind it. It reads as many entries as there are workspaces with ready jobs, plus
 * at most `min(limit, perWorkspace)` due jobs of each: however long one workspace's backlog.
 */
export async function claimJobs(db: DbOrTrx, props: ClaimProps): Promise<Job[]> {
  const params = claimParams(props);
  if (params.limit === 0) return [];
  const claim = props.perWorkspace === undefined ? claimOldest : claimPerWorkspace;
  const { rows } = await claim(db, params);
  return rows.map(rowToJob).sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id.localeCompare(b.id));
}

/**
 * Whether a claim at `now` could take anything: a due ready job of either priority or a lapsed lease. Three
 * index probes (jobs_ready_idx per priority, jobs_lease_idx), a small part of the claim's cost, which walks
 * the workspaces and ranks their jobs. A job held back by its workspace's limit counts: it is due.
 */
export async function hasClaimableJobs(db: DbOrTrx, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const [row] = (await claimableProbe(db, { now: at, ...JOB_PRIORITY })).rows;
  return Boolean(row?.urgent || row?.normal || row?.lapsed);
}

const claimableProbe = prepared((db, p: { now: string; urgent: number; normal: number }) => {
  const due = (priority: number) =>
    db
      .selectFrom('jobs')
      .select('id')
      .where('status', '=', 'ready')
      .where('priority', '=', priority)
      .where('runAt', '<=', p.now);
  return db.selectNoFrom((eb) => [
    eb.exists(due(p.urgent)).as('urgent'),
    eb.exists(due(p.normal)).as('normal'),
    eb
      .exists(
        db.selectFrom('jobs').select('id').where('status', '=', 'running').where('lockedUntil', '<', p.now),
      )
      .as('lapsed'),
  ]);
});

/** The claim statement claimJobs would run, with its values, to read its plan (tests and bench/). */
export function claimStatement(db: DbOrTrx, props: ClaimProps) {
  const p = claimParams(props);
  const ready = props.perWorkspace === undefined ? readyOldestQuery(db, p) : readyPerWorkspace(db, p);
  return claimQuery(db, p, ready).compile();
}

function claimParams(props: ClaimProps): ClaimParams {
  const limit = Math.max(0, Math.min(props.limit, MAX_CLAIM));
  return {
    now: props.now.toISOString(),
    dueBy: (props.dueBy ?? props.now).toISOString(),
    limit,
    take: Math.min(limit, props.perWorkspace ?? limit),
    perWorkspace: props.perWorkspace ?? 0,
    workerId: props.workerId,
    lockedUntil: new Date(props.now.getTime() + props.leaseMs).toISOString(),
    ...JOB_PRIORITY,
  };
}

interface ClaimParams {
  now: string;
  dueBy: string;
  limit: number;
  /** The most due jobs one workspace offers a claim with a per-workspace limit: the fewer of both. */
  take: number;
  perWorkspace: number;
  workerId: string;
  lockedUntil: string;
  /** The priority levels, as parameters: the claim reads each one's range on its own. */
  urgent: number;
  normal: number;
}

function claimQuery(db: DbOrTrx, p: ClaimParams, ready: AliasableExpression<{ id: string }>) {
  const lapsed = db
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'running')
    .where('lockedUntil', '<', p.now)
    .orderBy('lockedUntil')
    .limit(p.limit)
    .$if(isPostgres(db), (qb) => qb.forUpdate().skipLocked());
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      lockedBy: p.workerId,
      lockedUntil: p.lockedUntil,
      attempts: eb('attempts', '+', 1),
      updatedAt: p.now,
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
        .limit(p.limit),
    )
    .returningAll();
}

const claimOldest = prepared((db, p: ClaimParams) => claimQuery(db, p, readyOldestQuery(db, p)));

const claimPerWorkspace = prepared((db, p: ClaimParams) => claimQuery(db, p, readyPerWorkspace(db, p)));

/**
 * The workspaces with ready jobs, walked one index probe at a time on jobs_ready_workspace_idx (the next
 * workspace id after the last): as many steps as workspaces with ready jobs, however many each has waiting.
 * Each workspace below its limit offers its oldest due jobs, at most `take` (the fewer of the batch and the
 * limit), from the same index; jobs of no workspace come from it too, at most `limit`.
 */
function candidatesByWorkspace(db: DbOrTrx, p: ClaimParams) {
  const walk = sql`with recursive ws(workspace_id) as (
      select (select workspace_id from jobs where status = 'ready' and workspace_id is not null
              order by status, workspace_id limit 1)
      union all
      select (select j.workspace_id from jobs j where j.status = 'ready' and j.workspace_id > ws.workspace_id
              order by j.status, j.workspace_id limit 1)
      from ws where ws.workspace_id is not null
    ),
    open_ws as (
      select ws.workspace_id from ws
      where ws.workspace_id is not null and (
        select count(*) from jobs r
        where r.status = 'running' and r.locked_until >= ${p.now} and r.workspace_id = ws.workspace_id
      ) < ${p.perWorkspace}
    )`;
  // Each priority from its own range, ordered by the whole index so the read follows it (PostgreSQL sorts
  // `workspace_id is null` otherwise); urgent first.
  const lock = isPostgres(db) ? sql` for update skip locked` : sql``;
  const oldestOf = (where: ReturnType<typeof sql>, take: unknown) => {
    const level = (priority: number, alias: string) =>
      sql`select ${sql.raw(alias)}.id from (select j.id from jobs j
          where j.status = 'ready' and ${where} and j.priority = ${priority} and j.run_at <= ${p.dueBy}
          order by j.status, j.workspace_id, j.priority, j.run_at, j.id limit ${take}${lock}) ${sql.raw(alias)}`;
    return sql`${level(p.urgent, 'u')} union all ${level(p.normal, 'n')}`;
  };
  const noWorkspace = oldestOf(sql`j.workspace_id is null`, p.limit);
  const perWorkspace = oldestOf(sql`j.workspace_id = open_ws.workspace_id`, p.take);
  const columns = sql`c.id, c.workspace_id, c.run_at, c.priority`;
  if (isPostgres(db))
    return sql<Candidate>`(${walk}
      select ${columns} from open_ws
        cross join lateral (${perWorkspace}) t
        join jobs c on c.id = t.id
      union all
      select ${columns} from jobs c where c.id in (${noWorkspace}))`;
  return sql<Candidate>`(${walk}
      select ${columns} from open_ws
        join jobs c on c.id in (${perWorkspace})
      union all
      select ${columns} from jobs c where c.id in (${noWorkspace}))`;
}

interface Candidate {
  id: string;
  workspaceId: string | null;
  runAt: string;
  priority: number;
}

/**
 * The ready jobs to claim within each workspace's slots left, from every workspace's oldest due jobs (see
 * candidatesByWorkspace): a workspace's backlog costs the claim no more than its first `take` jobs. A slot
 * goes to the workspace with the fewest running first (counting this claim's), then to the job that waited
 * longest.
 */
function readyPerWorkspace(db: DbOrTrx, p: ClaimParams): AliasableExpression<{ id: string }> {
  const { perWorkspace, limit } = p;
  const candidates = candidatesByWorkspace(db, p);
  return (
    db
      .selectFrom(
        db
          .selectFrom(candidates.as('c'))
          .select((eb) => [
            'c.id',
            'c.workspaceId',
            'c.runAt',
            'c.priority',
            eb.fn
              .agg<number>('row_number')
              .over((over) =>
                over.partitionBy('c.workspaceId').orderBy('c.priority').orderBy('c.runAt').orderBy('c.id'),
              )
              .as('rank'),
          ])
          .as('ranked'),
      )
      .leftJoin(runningPerWorkspace(db, p.now).as('busy'), 'busy.workspaceId', 'ranked.workspaceId')
      .select('ranked.id')
      .where((eb) =>
        eb.or([
          eb('ranked.workspaceId', 'is', null),
          eb(eb('ranked.rank', '+', eb.fn.coalesce('busy.running', eb.lit(0))), '<=', perWorkspace),
        ]),
      )
      // Urgent first; then fewest running: a workspace's next job goes before another's that has more running.
      .orderBy('ranked.priority')
      .orderBy((eb) => eb(eb.fn.coalesce('busy.running', eb.lit(0)), '+', eb.ref('ranked.rank')))
      .orderBy('ranked.runAt')
      .orderBy('ranked.id')
      .limit(limit)
  );
}

interface OwnedJob {
  id: string;
  workerId: string;
  now: Date;
}

interface OwnedUpdate {
  id: string;
  workerId: string;
  updatedAt: string;
  status: JobStatus;
  lockedBy: string | null;
  lockedUntil: string | null;
  runAt: string;
  lastError: string;
  finishedAt: string;
}

type OwnedValues = Pick<OwnedUpdate, 'status' | 'lockedUntil'> &
  Partial<Pick<OwnedUpdate, 'runAt' | 'lastError' | 'finishedAt'>>;

/**
 * Every write after the claim goes through one of these: it only touches the job while this worker still
 * holds it, so a worker whose lease lapsed cannot overwrite the state written by the new owner. Each kind of
 * write sets its own columns (`also`) and is prepared once.
 */
function ownedUpdate(also: readonly ('runAt' | 'lastError' | 'finishedAt')[], attemptsDelta = 0) {
  const update = prepared((db, p: OwnedUpdate) =>
    db
      .updateTable('jobs')
      .set((eb) => ({
        status: p.status,
        lockedUntil: p.lockedUntil,
        ...Object.fromEntries(also.map((column) => [column, p[column]])),
        lockedBy: p.lockedBy,
        updatedAt: p.updatedAt,
        ...(attemptsDelta ? { attempts: eb('attempts', '+', attemptsDelta) } : {}),
      }))
      .where('id', '=', p.id)
      .where('lockedBy', '=', p.workerId)
      .where('status', '=', 'running'),
  );
  return async (db: DbOrTrx, owned: OwnedJob, values: OwnedValues): Promise<boolean> => {
    const result = await update(db, {
      runAt: '',
      lastError: '',
      finishedAt: '',
      ...values,
      id: owned.id,
      workerId: owned.workerId,
      updatedAt: owned.now.toISOString(),
      lockedBy: values.status === 'running' ? owned.workerId : null,
    });
    return Number(result.numAffectedRows) === 1;
  };
}

const updateLease = ownedUpdate([]);
const updateDone = ownedUpdate(['finishedAt']);
const updateRetry = ownedUpdate(['runAt', 'lastError']);
const updateDead = ownedUpdate(['lastError', 'finishedAt']);
const updateReleased = ownedUpdate([], -1);

/** Returns false when the lease was lost: the handler should stop, its outcome will not be recorded. */
export function extendLease(db: DbOrTrx, owned: OwnedJob & { leaseMs: number }): Promise<boolean> {
  return updateLease(db, owned, {
    status: 'running',
    lockedUntil: new Date(owned.now.getTime() + owned.leaseMs).toISOString(),
  });
}

export function completeJob(db: DbOrTrx, owned: OwnedJob): Promise<boolean> {
  return updateDone(db, owned, { status: 'done', lockedUntil: null, finishedAt: owned.now.toISOString() });
}

export function retryJob(db: DbOrTrx, owned: OwnedJob & { runAt: Date; error: string }): Promise<boolean> {
  return updateRetry(db, owned, {
    status: 'ready',
    lockedUntil: null,
    runAt: owned.runAt.toISOString(),
    lastError: owned.error,
  });
}

export function killJob(db: DbOrTrx, owned: OwnedJob & { error: string }): Promise<boolean> {
  return updateDead(db, owned, {
    status: 'dead',
    lockedUntil: null,
    lastError: owned.error,
    finishedAt: owned.now.toISOString(),
  });
}

/** Hands an unfinished job back at shutdown; the interrupted attempt is not counted against it. */
export function releaseJob(db: DbOrTrx, owned: OwnedJob): Promise<boolean> {
  return updateReleased(db, owned, { status: 'ready', lockedUntil: null });
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

/** The status of each job of these unique keys that exists, by key. */
export async function jobStatusesByUniqueKey(
  db: DbOrTrx,
  uniqueKeys: readonly string[],
): Promise<Map<string, JobStatus>> {
  if (uniqueKeys.length === 0) return new Map();
  const rows = await db
    .selectFrom('jobs')
    .select(['uniqueKey', 'status'])
    .where('uniqueKey', 'in', [...uniqueKeys])
    .execute();
  return new Map(rows.flatMap((row) => (row.uniqueKey ? [[row.uniqueKey, row.status] as const] : [])));
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
