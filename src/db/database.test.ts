import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/helpers/db.js';
import { newId } from '../platform/ids.js';
import { migrationsApplied } from './migrate.js';
import { fromBool, fromJson, toBool, toJson } from './schema.js';

describe(`database on ${testDialect()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.cleanup());

  it('reports its migrations applied', async () => {
    expect(await migrationsApplied(t.db)).toBe(true);
  });

  it('round-trips ids, UTC timestamps, booleans and JSON the same way on both dialects', async () => {
    const id = newId();
    const at = new Date('2026-03-08T09:30:00.123Z').toISOString();
    await t.db
      .insertInto('workspaces')
      .values({
        id,
        slug: `ws-${id.slice(-8)}`,
        name: 'Round Trip Realty',
        status: 'active',
        timezone: 'America/Chicago',
        defaultRegion: 'US',
        settings: toJson({ quietHours: { start: '21:00', end: '08:00' }, nested: [1, 'two'] }),
        createdAt: at,
        updatedAt: at,
        suspendedAt: null,
      })
      .execute();
    const row = await t.db
      .selectFrom('workspaces')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.createdAt).toBe(at);
    expect(fromJson(row.settings)).toEqual({
      quietHours: { start: '21:00', end: '08:00' },
      nested: [1, 'two'],
    });
    const earlier = await t.db
      .selectFrom('workspaces')
      .select('id')
      .where('createdAt', '<', new Date('2026-03-08T09:30:00.124Z').toISOString())
      .where('id', '=', id)
      .execute();
    expect(earlier).toHaveLength(1);
    expect(fromBool(toBool(true))).toBe(true);
    expect(fromBool(toBool(false))).toBe(false);
  });

  it('enforces foreign keys', async () => {
    const now = new Date().toISOString();
    await expect(
      t.db
        .insertInto('apiKeys')
        .values({
          id: newId(),
          workspaceId: newId(),
          name: 'orphan',
          prefix: 'cc_x',
          keyHash: newId(),
          createdBy: null,
          createdAt: now,
          lastUsedAt: null,
          revokedAt: null,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('sorts UUIDv7 ids by creation time', () => {
    const ids = Array.from({ length: 500 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('answers simple SQL', async () => {
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(t.db);
    expect(Number(rows[0]?.one)).toBe(1);
  });
});
