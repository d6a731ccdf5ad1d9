import type { Kysely } from 'kysely';

/**
 * The gate asks when a contact last texted us (`lastLeadTextAt`: the latest inbound `created_at`) before every
 * text. Without this index SQLite answered it from messages_workspace_created_idx, reading back through the
 * workspace's messages until it met one of the contact's: every message the workspace ever had for a contact
 * who never wrote, as a new lead's contact has not. Here it is one probe however many texts the workspace has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('messages_contact_created_idx')
    .on('messages')
    .columns(['workspace_id', 'contact_id', 'direction', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_contact_created_idx').execute();
}
