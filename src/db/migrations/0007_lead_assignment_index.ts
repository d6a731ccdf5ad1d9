import type { Kysely } from 'kysely';

/** Round robin asks each agent when they last got a lead: one index lookup per agent, not a scan of all leads. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('leads_assigned_received_idx')
    .on('leads')
    .columns(['workspace_id', 'assigned_user_id', 'received_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('leads_assigned_received_idx').execute();
}
