import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Usage metering: one event per billable unit, written with what caused it and unique per workspace by a
 * key derived from that cause; a running total per workspace, day (in the workspace's zone), unit and model
 * kept in the same transaction; and the nightly comparison of our text counts with the provider's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('usage_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('quantity', t.bigint, (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('call_id', 'text')
    .addColumn('lead_id', 'text')
    .addColumn('model', 'text', (c) => c.notNull().defaultTo(''))
    // Millionths of the currency the provider reported, when it reported a price.
    .addColumn('provider_price_micros', t.bigint)
    .addColumn('provider_price_currency', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('usage_events_idempotency_uq')
    .on('usage_events')
    .columns(['workspace_id', 'idempotency_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('usage_events_workspace_time_idx')
    .on('usage_events')
    .columns(['workspace_id', 'occurred_at'])
    .execute();
  await db.schema.createIndex('usage_events_message_idx').on('usage_events').column('message_id').execute();

  await db.schema
    .createTable('usage_daily')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('quantity', t.bigint, (c) => c.notNull())
    .addColumn('cost_micros', t.bigint, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_daily_pk', ['workspace_id', 'day', 'unit', 'model'])
    .execute();

  await db.schema
    .createTable('usage_reconciliations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('ours', t.bigint, (c) => c.notNull())
    .addColumn('provider', t.bigint, (c) => c.notNull())
    .addColumn('difference', t.bigint, (c) => c.notNull())
    .addColumn('checked_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('usage_reconciliations_day_uq')
    .on('usage_reconciliations')
    .columns(['workspace_id', 'day', 'unit'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('usage_reconciliations').execute();
  await db.schema.dropTable('usage_daily').execute();
  await db.schema.dropTable('usage_events').execute();
}
