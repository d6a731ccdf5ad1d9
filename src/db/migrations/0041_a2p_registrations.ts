import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * A2P 10DLC registration: one row per workspace with the business's brand as its admin entered it (the EIN
 * sealed), the Twilio resources made for it, their statuses and rejections, and whether the gate holds
 * automated texts from a US long code until the campaign is approved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('a2p_registrations')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('brand', t.json)
    .addColumn('ein_sealed', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stage', 'text')
    .addColumn('enforce', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('customer_profile_sid', 'text')
    .addColumn('trust_product_sid', 'text')
    .addColumn('brand_sid', 'text')
    .addColumn('brand_status', 'text')
    .addColumn('messaging_service_sid', 'text')
    .addColumn('campaign_sid', 'text')
    .addColumn('campaign_status', 'text')
    .addColumn('campaign', t.json)
    .addColumn('errors', t.json, (c) => c.notNull())
    .addColumn('submitted_at', t.timestamp)
    .addColumn('checked_at', t.timestamp)
    .addColumn('approved_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('a2p_registrations').execute();
}
