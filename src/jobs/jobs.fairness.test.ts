import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { toJson } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import { claimJobs } from './jobs.repository.js';

const START = Date.parse('2026-03-02T14:00:00.000Z');
const BURST = 1000;
const OTHERS = 30;
const PER_WORKSPACE = 4;
const BATCH = 16;

/** A ready job of `workspaceId`, due and created at `at`. */
function job(workspaceId: string | null, at: number) {
  const iso = new Date(at).toISOString();
  return {
    id: newId(at),
    name: 'test.fair',
    payload: toJson({}),
    workspaceId,
    uniqueKey: null,
    status: 'ready' as const,
    runAt: iso,
    maxAttempts: 3,
    lastError: null,
    lockedBy: null,
    lockedUntil: null,
    createdAt: iso,
    updatedAt: iso,
    finishedAt: null,
  };
}

/** Inserts in chunks, under the bound-parameter limits of both dialects. */
async function insertJobs(db: TestDatabase['db'], rows: ReturnType<typeof job>[]) {
  for (let i = 0; i < rows.length; i += 250)
    await db
      .insertInto('jobs')
      .values(rows.slice(i, i + 250))
      .execute();
}

/**
 * One workspace with 1,000 due jobs, older than the single job each of 30 others has: with a per-workspace
 * limit the others are claimed in the first batches instead of after the burst, each batch giving a job to the
 * workspaces with the fewest running first, and the bursting workspace never runs more than its limit at once.
 */
describe(`fair job claims across workspaces (${testDialect()})`, () => {
  let t: TestDatabase;
  const done = (ids: string[]) =>
    ids.length === 0
      ? Promise.resolve()
      : t.db.updateTable('jobs').set({ status: 'done', lockedUntil: null }).where('id', 'in', ids).execute();

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertJobs(
      t.db,
      Array.from({ length: BURST }, (_, k) => job('ws-burst', START + k)),
    );
    const others = Array.from({ length: OTHERS }, (_, k) => job(`ws-other-${k}`, START + BURST + k));
    await t.db
      .insertInto('jobs')
      .values([...others, job(null, START + BURST + OTHERS)])
      .execute();
  });
  afterAll(() => t?.cleanup());

  it('claims every other workspace in the first batches while the burst runs at most its limit', async () => {
    const now = new Date(START + 3_600_000);
    const claim = (workerId: string) =>
      claimJobs(t.db, { workerId, now, leaseMs: 60_000, limit: BATCH, perWorkspace: PER_WORKSPACE });

    const burstOf = <T extends { workspaceId: string | null }>(batch: T[]) =>
      batch.filter((j) => j.workspaceId === 'ws-burst');
    // Batch one: fewest running first, so each workspace gets one job, the burst's oldest first (it waited
    // longest); the burst's further jobs would come after everyone else's first.
    const first = await claim('a');
    expect(first).toHaveLength(BATCH);
    expect(burstOf(first)).toHaveLength(1);
    // The burst's job finishes at once; another worker claims: again one of the burst's, the rest others.
    await done(burstOf(first).map((j) => j.id));
    const second = await claim('b');
    expect(second).toHaveLength(BATCH);
    expect(burstOf(second)).toHaveLength(1);
    // Every other workspace is served: the third claim takes the job of no workspace, then the burst's
    // jobs up to its limit (one still runs), and nothing more.
    const third = await claim('c');
    expect(third.filter((j) => j.workspaceId === null)).toHaveLength(1);
    expect(burstOf(third)).toHaveLength(PER_WORKSPACE - 1);
    expect(third).toHaveLength(PER_WORKSPACE);
    // At its limit, the burst is passed over entirely.
    expect(await claim('d')).toHaveLength(0);

    const claimed = [...first, ...second, ...third];
    const others = new Set(
      claimed.filter((j) => j.workspaceId?.startsWith('ws-other-')).map((j) => j.workspaceId),
    );
    expect(others.size).toBe(OTHERS);
    expect(claimed.some((j) => j.workspaceId === null)).toBe(true);
    const running = await t.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspaceId', '=', 'ws-burst')
      .where('status', '=', 'running')
      .executeTakeFirstOrThrow();
    expect(Number(running.n)).toBe(PER_WORKSPACE);
  });

  it('without a limit, the same backlog is claimed oldest first: the burst before everyone else', async () => {
    await t.db.updateTable('jobs').set({ status: 'ready', lockedBy: null, lockedUntil: null }).execute();
    const now = new Date(START + 3_600_000);
    const batch = await claimJobs(t.db, { workerId: 'x', now, leaseMs: 60_000, limit: BATCH });
    expect(batch.every((j) => j.workspaceId === 'ws-burst')).toBe(true);
  });
});

const BACKLOG = 500;
const FEW = 3;
const QUIET = 8;
const SMALL_BATCH = 8;

/**
 * Claim after claim, as workers would: the busy workspace's 500 jobs are all older than the few jobs each of 8
 * other workspaces has, and each of its jobs finishes before the next claim, so it wants its slots back every
 * time. The others take every slot but one in each batch until all their jobs are claimed, long before the
 * backlog drains; the busy workspace fills what they leave, and no claim leaves more than its limit running.
 */
describe(`a large backlog does not hold back the other workspaces (${testDialect()})`, () => {
  let t: TestDatabase;
  const count = async (workspaceId: string, status: 'ready' | 'running') => {
    const row = await t.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspaceId', '=', workspaceId)
      .where('status', '=', status)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    const busy = Array.from({ length: BACKLOG }, (_, k) => job('ws-busy', START + k));
    const quiet = Array.from({ length: QUIET * FEW }, (_, k) =>
      job(`ws-quiet-${k % QUIET}`, START + BACKLOG + k),
    );
    await insertJobs(t.db, [...busy, ...quiet]);
  });
  afterAll(() => t?.cleanup());

  it('claims every job of the other workspaces in the first few batches, the busy one never over its limit', async () => {
    const now = new Date(START + 3_600_000);
    // Fewest running first: each batch gives the busy workspace one job and the others every other slot.
    const needed = Math.ceil((QUIET * FEW) / (SMALL_BATCH - 1));
    const quietClaimed = new Set<string>();
    let batches = 0;
    let busyClaimed = 0;
    while (quietClaimed.size < QUIET * FEW && batches < needed + 2) {
      batches += 1;
      const batch = await claimJobs(t.db, {
        workerId: `w${batches}`,
        now,
        leaseMs: 60_000,
        limit: SMALL_BATCH,
        perWorkspace: PER_WORKSPACE,
      });
      const quietLeft = QUIET * FEW - quietClaimed.size;
      const quiet = batch.filter((j) => j.workspaceId !== 'ws-busy');
      expect(quiet).toHaveLength(Math.min(quietLeft, SMALL_BATCH - 1));
      // The busy workspace takes what the others leave, up to its limit.
      expect(batch).toHaveLength(Math.min(SMALL_BATCH, quiet.length + PER_WORKSPACE));
      expect(await count('ws-busy', 'running')).toBeLessThanOrEqual(PER_WORKSPACE);
      for (const j of quiet) quietClaimed.add(j.id);
      busyClaimed += batch.length - quiet.length;
      // Everything claimed finishes before the next claim: the busy workspace competes for its slots again.
      await t.db
        .updateTable('jobs')
        .set({ status: 'done', lockedUntil: null })
        .where(
          'id',
          'in',
          batch.map((j) => j.id),
        )
        .execute();
    }
    expect(quietClaimed.size).toBe(QUIET * FEW);
    expect(batches).toBeLessThanOrEqual(needed);
    // The busy workspace kept its share meanwhile, and most of its backlog still waits.
    expect(await count('ws-busy', 'ready')).toBe(BACKLOG - busyClaimed);
    expect(busyClaimed).toBeLessThanOrEqual(batches * PER_WORKSPACE);
  });
});
