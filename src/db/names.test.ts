import {
  CamelCasePlugin,
  type Compilable,
  Kysely,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  sql,
} from 'kysely';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readyJobsQuery } from '../jobs/jobs.repository.js';
import { CamelCaseRowsPlugin, SnakeCasePostgresDialect, SnakeCaseSqliteDialect } from './names.js';
import type { Database } from './schema.js';

// Compiling needs no connection: the drivers are only opened by a query that runs.
const database = {} as SqliteDatabase;
const pool = {} as pg.Pool;
const dialects = {
  sqlite: {
    before: new Kysely<Database>({
      dialect: new SqliteDialect({ database }),
      plugins: [new CamelCasePlugin()],
    }),
    after: new Kysely<Database>({
      dialect: new SnakeCaseSqliteDialect({ database }),
      plugins: [new CamelCaseRowsPlugin()],
    }),
  },
  postgres: {
    before: new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    }),
    after: new Kysely<Database>({
      dialect: new SnakeCasePostgresDialect({ pool }),
      plugins: [new CamelCaseRowsPlugin()],
    }),
  },
};

const queries: Record<string, (db: Kysely<Database>) => Compilable> = {
  'select with alias, join and order': (db) =>
    db
      .selectFrom('apiKeys')
      .innerJoin('workspaces', 'workspaces.id', 'apiKeys.workspaceId')
      .selectAll('apiKeys')
      .select(['workspaces.status as workspaceStatus', 'workspaces.defaultRegion'])
      .where('apiKeys.keyHash', '=', 'h')
      .orderBy('apiKeys.createdAt', 'desc'),
  'insert on conflict returning': (db) =>
    db
      .insertInto('sendCounters')
      .values({ workspaceId: 'w', hour: '2026-01-01T00', count: 1 })
      .onConflict((oc) =>
        oc
          .columns(['workspaceId', 'hour'])
          .doUpdateSet((eb) => ({ count: eb('sendCounters.count', '+', 1) })),
      )
      .returningAll(),
  'update with expression, raw SQL and references': (db) =>
    db
      .updateTable('leads')
      .set((eb) => ({ score: eb('score', '+', 1), updatedAt: sql<string>`${sql.ref('lastActivityAt')}` }))
      .where('workspaceId', '=', 'w')
      .where(sql.ref('firstResponseSentAt'), 'is', null),
  'the job claim: subqueries, window function, unions': (db) =>
    readyJobsQuery(db, {
      dueBy: '2026-01-01T00:00:00.000Z',
      limit: 10,
      priority: 1,
      skipWorkspaces: db
        .selectFrom('jobs')
        .select('workspaceId')
        .groupBy('workspaceId')
        .having((eb) => eb.fn.countAll(), '>=', 3),
    }),
  'with and aggregate alias': (db) =>
    db
      .with('recent', (qb) => qb.selectFrom('messages').select(['contactId', 'createdAt']).limit(5))
      .selectFrom('recent')
      .select((eb) => [eb.fn.max('recent.createdAt').as('lastAt'), 'recent.contactId'])
      .groupBy('recent.contactId'),
};

describe('snake_case names written by the compiler', () => {
  for (const [dialect, { before, after }] of Object.entries(dialects)) {
    for (const [name, build] of Object.entries(queries)) {
      it(`${dialect}: ${name} compiles to the same SQL as with CamelCasePlugin`, () => {
        const expected = build(before).compile();
        const actual = build(after).compile();
        expect(actual.sql).toContain('_id');
        expect(actual.sql).toBe(expected.sql);
        expect(actual.parameters).toEqual(expected.parameters);
      });
    }
  }

  it('maps result rows back to camelCase', async () => {
    const rows = await new CamelCaseRowsPlugin().transformResult({
      queryId: { queryId: 'q' },
      result: { rows: [{ workspace_id: 'w', first_response_sent_at: null }] },
    });
    expect(rows.rows).toEqual([{ workspaceId: 'w', firstResponseSentAt: null }]);
  });
});
