import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Counters every HTTP process shares: the route rate limits and the sign-in throttle (failures per account,
 * per address and per pair, each under a keyed hash). They replace the per-user lock, which let anyone lock
 * any account and told which emails had one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('request_throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', t.timestamp, (c) => c.notNull())
    .addColumn('blocked_until', t.timestamp)
    .execute();
  await db.schema
    .createIndex('request_throttles_reset_idx')
    .on('request_throttles')
    .column('reset_at')
    .execute();
  await db.schema.alterTable('users').dropColumn('failed_sign_ins').execute();
  await db.schema.alterTable('users').dropColumn('locked_until').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('users')
    .addColumn('failed_sign_ins', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('locked_until', t.timestamp).execute();
  await db.schema.dropTable('request_throttles').execute();
}
