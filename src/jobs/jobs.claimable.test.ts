import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { jobRow } from '../../test/helpers/jobs.js';
import { claimJobs, hasClaimableJobs } from './jobs.repository.js';
import type { NewJobRow } from './jobs.table.js';
import { JOB_PRIORITY } from './jobs.types.js';

const START = Date.parse('2026-04-06T09:00:00.000Z');
const now = new Date(START);

/** The worker's idle poll asks this before claiming: it must say yes whenever a claim would take a job. */
describe(`whether anything is claimable (${testDialect()})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.db.deleteFrom('jobs').execute();
  });
  const insert = (row: NewJobRow) => t.db.insertInto('jobs').values(row).execute();
  const claim = () => claimJobs(t.db, { workerId: 'w', now, leaseMs: 60_000, limit: 8, perWorkspace: 2 });

  it('says no with nothing due: jobs due later, running under a live lease, done', async () => {
    await insert(jobRow({ name: 'test.later', workspaceId: 'ws-a', at: START + 1000 }));
    await insert(
      jobRow({ name: 'test.live', workspaceId: 'ws-a', at: START - 1000, leasedUntil: START + 1000 }),
    );
    await insert({ ...jobRow({ name: 'test.done', workspaceId: 'ws-a', at: START - 1000 }), status: 'done' });
    expect(await hasClaimableJobs(t.db, now)).toBe(false);
    expect(await claim()).toEqual([]);
  });

  it('says yes for a due job of either priority, and for a lapsed lease', async () => {
    const due = jobRow({ name: 'test.due', workspaceId: null, at: START });
    await insert({ ...due, priority: JOB_PRIORITY.urgent });
    expect(await hasClaimableJobs(t.db, now)).toBe(true);
    await t.db.deleteFrom('jobs').execute();
    await insert({ ...due, priority: JOB_PRIORITY.normal });
    expect(await hasClaimableJobs(t.db, now)).toBe(true);
    await t.db.deleteFrom('jobs').execute();
    await insert(
      jobRow({ name: 'test.lapsed', workspaceId: 'ws-a', at: START - 2000, leasedUntil: START - 1 }),
    );
    expect(await hasClaimableJobs(t.db, now)).toBe(true);
    expect(await claim()).toHaveLength(1);
    expect(await hasClaimableJobs(t.db, now)).toBe(false);
  });

  it('says yes for a due job its workspace limit holds back, so a freed slot claims again', async () => {
    for (const k of [1, 2])
      await insert(
        jobRow({ name: 'test.run', workspaceId: 'ws-a', at: START - k, leasedUntil: START + 60_000 }),
      );
    await insert(jobRow({ name: 'test.held', workspaceId: 'ws-a', at: START }));
    expect(await claim()).toEqual([]);
    expect(await hasClaimableJobs(t.db, now)).toBe(true);
  });
});
