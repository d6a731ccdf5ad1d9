import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { manualClock } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { defineJob, JobPayloadError } from './job-definition.js';
import { findJob, findJobByUniqueKey } from './jobs.repository.js';
import { enqueue, queueStats } from './jobs.service.js';

const sendMessage = defineJob({
  name: 'test.send-message',
  payload: z.object({
    workspaceId: z.string(),
    messageId: z.string(),
    channel: z.enum(['sms', 'email']).default('sms'),
  }),
  maxAttempts: 4,
  backoff: { baseMs: 1000, maxMs: 60_000 },
  handler: async () => {},
});

describe(`enqueue on ${testDialect()}`, () => {
  let t: TestDatabase;
  const clock = manualClock('2026-01-15T15:00:00.000Z');
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.cleanup());
  beforeEach(async () => {
    await t.db.deleteFrom('jobs').execute();
  });

  it('stores a ready job with its defaults, typed and validated by its definition', async () => {
    const workspaceId = newId();
    const { id, enqueued } = await enqueue(t.db, sendMessage.job({ workspaceId, messageId: 'm1' }), clock);
    expect(enqueued).toBe(true);
    const job = await findJob(t.db, id);
    expect(job).toMatchObject({
      name: 'test.send-message',
      payload: { workspaceId, messageId: 'm1', channel: 'sms' },
      workspaceId,
      status: 'ready',
      runAt: '2026-01-15T15:00:00.000Z',
      attempts: 0,
      maxAttempts: 4,
      lockedBy: null,
    });
  });

  it('rejects an invalid payload at enqueue time, naming the job and the field', () => {
    expect(() => sendMessage.job({ workspaceId: 'w', messageId: 42 } as never)).toThrow(JobPayloadError);
    expect(() => sendMessage.job({ workspaceId: 'w', messageId: 42 } as never)).toThrow(
      /Invalid payload for job test.send-message: messageId: /,
    );
  });

  it('leaves no job when the transaction that enqueued it rolls back', async () => {
    const rollback = new Error('rollback');
    let enqueuedId = '';
    await expect(
      t.db.transaction().execute(async (trx) => {
        enqueuedId = (await enqueue(trx, sendMessage.job({ workspaceId: 'w', messageId: 'm2' }), clock)).id;
        expect(await findJob(trx, enqueuedId)).toBeDefined();
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(enqueuedId).not.toBe('');
    expect(await findJob(t.db, enqueuedId)).toBeUndefined();
  });

  it('keeps the job when the transaction commits', async () => {
    const { id } = await t.db
      .transaction()
      .execute((trx) => enqueue(trx, sendMessage.job({ workspaceId: 'w', messageId: 'm3' }), clock));
    expect((await findJob(t.db, id))?.status).toBe('ready');
  });

  it('queues a unique key once: later enqueues return the existing job and store nothing', async () => {
    const key = 'test.send-message:m4';
    const first = await enqueue(
      t.db,
      sendMessage.job({ workspaceId: 'w', messageId: 'm4' }, { uniqueKey: key }),
      clock,
    );
    const again = await enqueue(
      t.db,
      sendMessage.job({ workspaceId: 'w', messageId: 'm4' }, { uniqueKey: key }),
      clock,
    );
    expect(first.enqueued).toBe(true);
    expect(again).toEqual({ id: first.id, enqueued: false });
    const inTrx = await t.db.transaction().execute((trx) =>
      enqueue(trx, { name: 'anything', payload: {}, uniqueKey: key }, clock).then(async (result) => ({
        result,
        found: await findJobByUniqueKey(trx, key),
      })),
    );
    expect(inTrx.result).toEqual({ id: first.id, enqueued: false });
    expect(inTrx.found?.name).toBe('test.send-message');
    // Finished jobs keep their key: the same logical job is not queued again after it ran.
    await t.db.updateTable('jobs').set({ status: 'done' }).where('id', '=', first.id).execute();
    expect((await enqueue(t.db, { name: 'x', payload: {}, uniqueKey: key }, clock)).enqueued).toBe(false);
    const other = await enqueue(t.db, { name: 'x', payload: {}, uniqueKey: `${key}:other` }, clock);
    expect(other.enqueued).toBe(true);
    const all = await t.db.selectFrom('jobs').select('id').execute();
    expect(all).toHaveLength(2);
  });

  it('allows any number of jobs without a unique key', async () => {
    for (let i = 0; i < 3; i++) await enqueue(t.db, { name: 'x', payload: { i } }, clock);
    expect((await queueStats(t.db, clock)).ready).toBe(3);
  });

  it('counts jobs per status and the due backlog', async () => {
    await enqueue(t.db, { name: 'a', payload: {}, runAt: new Date('2026-01-15T14:00:00.000Z') }, clock);
    await enqueue(t.db, { name: 'b', payload: {} }, clock);
    await enqueue(t.db, { name: 'c', payload: {}, runAt: new Date('2026-01-15T16:00:00.000Z') }, clock);
    const dead = await enqueue(t.db, { name: 'd', payload: {} }, clock);
    await t.db.updateTable('jobs').set({ status: 'dead' }).where('id', '=', dead.id).execute();
    expect(await queueStats(t.db, clock)).toEqual({
      ready: 3,
      running: 0,
      done: 0,
      dead: 1,
      due: 2,
      oldestDueAt: '2026-01-15T14:00:00.000Z',
    });
  });
});
