import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { buildUser, buildWorkspace } from '../../test/helpers/factories.js';
import { jobRow } from '../../test/helpers/jobs.js';
import { receiveLead } from '../leads/intake.service.js';
import { sendMessageJob } from '../messaging/send-message.job.js';
import { claimJobs } from './jobs.repository.js';
import { enqueue } from './jobs.service.js';
import { JOB_PRIORITY } from './jobs.types.js';

const START = Date.parse('2026-06-01T16:00:00.000Z');
const BACKLOG = 400;
const WORKSPACES = 20;
const BATCH = 8;

/**
 * A burst of background work (notifications, usage pushes, syncs) all due before a lead's first text: the
 * first response is claimed in the very next batch, with or without a per-workspace limit, while a first
 * text not yet due waits its turn.
 */
describe(`urgent jobs before a backlog of background work (${testDialect()})`, () => {
  let t: TestDatabase;
  const now = new Date(START + 3_600_000);
  const reset = () =>
    t.db.updateTable('jobs').set({ status: 'ready', lockedBy: null, lockedUntil: null }).execute();

  beforeAll(async () => {
    t = await createTestDatabase();
    const rows = Array.from({ length: BACKLOG }, (_, k) =>
      jobRow({
        name: 'test.background',
        workspaceId: k % 10 === 0 ? null : `ws-${k % WORKSPACES}`,
        at: START + k,
      }),
    );
    for (let i = 0; i < rows.length; i += 200)
      await t.db
        .insertInto('jobs')
        .values(rows.slice(i, i + 200))
        .execute();
  });
  afterAll(() => t?.cleanup());

  async function enqueueFirstText(workspaceId: string, runAt: Date) {
    const { id } = await enqueue(t.db, {
      name: 'messaging.send',
      payload: { workspaceId, messageId: `m-${runAt.getTime()}` },
      workspaceId,
      runAt,
      priority: 'urgent',
    });
    return id;
  }

  for (const perWorkspace of [undefined, 12]) {
    it(`claims a newly due first text in the next batch (${perWorkspace ? 'per-workspace limit' : 'no limit'})`, async () => {
      await reset();
      const due = await enqueueFirstText('ws-3', new Date(now.getTime() - 1));
      const later = await enqueueFirstText('ws-4', new Date(now.getTime() + 60_000));
      const batch = await claimJobs(t.db, {
        workerId: 'w',
        now,
        leaseMs: 60_000,
        limit: BATCH,
        perWorkspace,
      });
      expect(batch).toHaveLength(BATCH);
      const ids = batch.map((j) => j.id);
      expect(ids).toContain(due);
      expect(ids).not.toContain(later);
      // The rest of the batch is the backlog's oldest: the urgent job went ahead, it did not reorder the rest.
      expect(batch.filter((j) => j.id !== due).every((j) => j.name === 'test.background')).toBe(true);
      await t.db.deleteFrom('jobs').where('id', 'in', [due, later]).execute();
    });
  }

  it('leaves the order of the backlog as it was: oldest first among jobs of one priority', async () => {
    await reset();
    const batch = await claimJobs(t.db, { workerId: 'w', now, leaseMs: 60_000, limit: BATCH });
    expect(batch.map((j) => j.runAt)).toEqual(
      Array.from({ length: BATCH }, (_, k) => new Date(START + k).toISOString()),
    );
  });
});

describe(`the jobs of a new lead (${testDialect()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-06-01T16:00:00.000Z');
  });
  afterAll(() => t.close());

  it('queues its first text urgent and the background work it causes at the normal priority', async () => {
    const workspace = await buildWorkspace(t.ctx, { name: 'Lakeside Realty', timezone: 'America/Chicago' });
    await buildUser(t.ctx, { workspaceId: workspace.id, role: 'agent', name: 'Ana Ruiz' });
    const received = await receiveLead(t.ctx, {
      workspaceId: workspace.id,
      channel: 'api',
      source: 'zillow',
      attemptFirstResponse: true,
      name: 'Jordan Hale',
      phone: '(512) 555-0188',
      consent: {
        sms: true,
        disclosure:
          'By checking this box you agree to receive texts from Lakeside Realty about your inquiry…',
        capturedAt: '2026-06-01T15:59:00Z',
        ip: '203.0.113.7',
        source: 'api',
      },
    });
    expect(received.firstResponse).toMatchObject({ status: 'queued' });
    const jobs = await t.ctx.db
      .selectFrom('jobs')
      .select(['name', 'priority'])
      .where('workspaceId', '=', workspace.id)
      .execute();
    const send = jobs.filter((j) => j.name === sendMessageJob.name);
    expect(send.length).toBeGreaterThan(0);
    expect(send.every((j) => Number(j.priority) === JOB_PRIORITY.urgent)).toBe(true);
    const others = jobs.filter((j) => j.name !== sendMessageJob.name);
    expect(others.every((j) => Number(j.priority) === JOB_PRIORITY.normal)).toBe(true);
  });
});
