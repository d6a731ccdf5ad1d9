import { type Kysely, sql } from 'kysely';

/**
 * The workspace-wide daily cap counts the workspace's automated texts of the last 24 hours before every send.
 * Without an index that count read every message the workspace ever had. This partial index holds only the
 * texts the cap counts, by send time, so the count walks one day of small index entries. The gate's query
 * repeats these conditions with literal values (not parameters) so that SQLite can prove the index applies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('messages_workspace_sent_idx')
    .on('messages')
    .columns(['workspace_id', 'sent_at'])
    .where(
      sql<boolean>`direction = 'outbound' and author in ('assistant', 'system') and status in ('sending', 'sent', 'delivered', 'undelivered')`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_workspace_sent_idx').execute();
}
