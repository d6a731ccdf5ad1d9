import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * A provider's message id belongs to at most one of our messages, so reconciling a send whose outcome is
 * unknown can never credit one text to another. Earlier versions could do exactly that: where two rows
 * already share an id, the later one loses it and is flagged for a person to check.
 *
 * Also what reconciliation needs to match strictly: when the first attempt began (candidates created
 * before it are not ours), when the current attempt began (the re-check schedule runs from it), and
 * why a message waits for a person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('messages').addColumn('first_attempt_at', t.timestamp).execute();
  await db.schema.alterTable('messages').addColumn('attempt_started_at', t.timestamp).execute();
  await db.schema.alterTable('messages').addColumn('review_reason', 'text').execute();

  await sql`
    update messages set provider_id = null, review_reason = 'duplicate_provider_id'
    where provider_id is not null and exists (
      select 1 from messages earlier
      where earlier.provider = messages.provider
        and earlier.provider_id = messages.provider_id
        and (earlier.created_at < messages.created_at
          or (earlier.created_at = messages.created_at and earlier.id < messages.id))
    )`.execute(db);

  await db.schema.dropIndex('messages_provider_idx').execute();
  await db.schema
    .createIndex('messages_provider_id_uq')
    .on('messages')
    .columns(['provider', 'provider_id'])
    .unique()
    .where(sql<boolean>`provider_id is not null`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_provider_id_uq').execute();
  await db.schema
    .createIndex('messages_provider_idx')
    .on('messages')
    .columns(['provider', 'provider_id'])
    .execute();
  for (const column of ['review_reason', 'attempt_started_at', 'first_attempt_at']) {
    await db.schema.alterTable('messages').dropColumn(column).execute();
  }
}
