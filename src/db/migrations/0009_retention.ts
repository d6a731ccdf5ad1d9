import type { Kysely } from 'kysely';

/**
 * The nightly retention sweep finds leads by their last activity and webhook receipts by their age,
 * one workspace at a time: an index each, so the sweep does not scan whole tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('leads_workspace_activity_idx')
    .on('leads')
    .columns(['workspace_id', 'last_activity_at'])
    .execute();
  await db.schema
    .createIndex('webhook_events_workspace_received_idx')
    .on('webhook_events')
    .columns(['workspace_id', 'received_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('webhook_events_workspace_received_idx').execute();
  await db.schema.dropIndex('leads_workspace_activity_idx').execute();
}
