import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { newId } from '../platform/ids.js';
import { prepared } from './prepared.js';

const at = '2026-03-08T09:30:00.000Z';

const insertCounter = prepared((db, p: { workspaceId: string; hour: string; count: number }) =>
  db.insertInto('sendCounters').values({ workspaceId: p.workspaceId, hour: p.hour, count: p.count }),
);

const countersSince = prepared((db, p: { workspaceId: string; since: string; limit: number }) =>
  db
    .selectFrom('sendCounters')
    .select(['hour', 'count', 'workspaceId'])
    .where('workspaceId', '=', p.workspaceId)
    .where('hour', '>=', p.since)
    .orderBy('hour')
    .limit(p.limit),
);

const addToCounter = prepared((db, p: { workspaceId: string; hour: string }) =>
  db
    .updateTable('sendCounters')
    .set((eb) => ({ count: eb('count', '+', 10) }))
    .where('workspaceId', '=', p.workspaceId)
    .where('hour', '=', p.hour),
);

describe(`prepared queries on ${testDialect()}`, () => {
  let t: TestDatabase;
  const workspaceId = newId();
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db
      .insertInto('workspaces')
      .values({
        id: workspaceId,
        slug: `ws-${workspaceId.slice(-8)}`,
        name: 'Prepared Realty',
        status: 'active',
        timezone: 'America/Chicago',
        defaultRegion: 'US',
        settings: '{}',
        createdAt: at,
        updatedAt: at,
        suspendedAt: null,
      })
      .execute();
  });
  afterAll(() => t.cleanup());

  it('runs one compiled query with each call’s values, constants kept, rows in camelCase', async () => {
    for (const [hour, count] of [
      ['2026-03-08T09', 1],
      ['2026-03-08T10', 2],
      ['2026-03-08T11', 3],
    ] as const)
      await insertCounter(t.db, { workspaceId, hour, count });
    const updated = await addToCounter(t.db, { workspaceId, hour: '2026-03-08T10' });
    expect(Number(updated.numAffectedRows)).toBe(1);
    const inTransaction = await t.db
      .transaction()
      .execute((trx) => countersSince(trx, { workspaceId, since: '2026-03-08T10', limit: 5 }));
    expect(inTransaction.rows).toEqual([
      { hour: '2026-03-08T10', count: 12, workspaceId },
      { hour: '2026-03-08T11', count: 3, workspaceId },
    ]);
    const limited = await countersSince(t.db, { workspaceId, since: '2026-03-08T00', limit: 1 });
    expect(limited.rows.map((row) => row.hour)).toEqual(['2026-03-08T09']);
  });

  it('refuses a parameter used inside another value or the SQL text', async () => {
    const arithmetic = prepared((db, p: { limit: number }) =>
      db
        .selectFrom('sendCounters')
        .select('hour')
        .limit(p.limit * 2),
    );
    await expect(arithmetic(t.db, { limit: 1 })).rejects.toThrow(/inside another value/);
    const template = prepared((db, p: { hour: string }) =>
      db.selectFrom('sendCounters').select('hour').where('hour', '=', `${p.hour}:00`),
    );
    await expect(template(t.db, { hour: 'x' })).rejects.toThrow(/inside another value/);
  });
});
