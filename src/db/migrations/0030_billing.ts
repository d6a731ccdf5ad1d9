import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Billing: one account per billed workspace (a plan with included units, overage prices, the agency's
 * markup and a monthly hard limit, or a prepaid wallet), its running charge for the month, the alerts
 * already given this period, the Stripe events already handled, and which usage events Stripe has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('billing_accounts')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('included_units', t.json, (c) => c.notNull())
    .addColumn('unit_prices', t.json, (c) => c.notNull())
    .addColumn('markup_bps', 'integer', (c) => c.notNull())
    .addColumn('hard_limit_micros', t.bigint)
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_charge_micros', t.bigint, (c) => c.notNull())
    .addColumn('wallet_balance_micros', t.bigint, (c) => c.notNull())
    .addColumn('recharge_threshold_micros', t.bigint)
    .addColumn('recharge_amount_micros', t.bigint)
    .addColumn('recharge_seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stripe_customer_id', 'text')
    .addColumn('stripe_subscription_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('billing_accounts_stripe_customer_uq')
    .on('billing_accounts')
    .column('stripe_customer_id')
    .unique()
    .execute();

  await db.schema
    .createTable('billing_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('billing_alerts_once_uq')
    .on('billing_alerts')
    .columns(['workspace_id', 'period', 'level'])
    .unique()
    .execute();

  await db.schema
    .createTable('stripe_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text')
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .execute();

  // Set once Stripe has the event; the push walks the unset ones in id order.
  await db.schema.alterTable('usage_events').addColumn('meter_pushed_at', t.timestamp).execute();
  await db.schema
    .createIndex('usage_events_meter_push_idx')
    .on('usage_events')
    .columns(['workspace_id', 'meter_pushed_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('usage_events_meter_push_idx').execute();
  await db.schema.alterTable('usage_events').dropColumn('meter_pushed_at').execute();
  await db.schema.dropTable('stripe_events').execute();
  await db.schema.dropTable('billing_alerts').execute();
  await db.schema.dropTable('billing_accounts').execute();
}
