import type { Kysely } from 'kysely';

/**
 * The workspace-wide daily cap counts the workspace's automated texts of the last 24 hours before every send.
 * Without this index that count read every message the workspace ever had; with it, it reads the day's
 * entries of one index and never the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('messages_workspace_sent_idx')
    .on('messages')
    .columns(['workspace_id', 'direction', 'sent_at', 'author', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_workspace_sent_idx').execute();
}
