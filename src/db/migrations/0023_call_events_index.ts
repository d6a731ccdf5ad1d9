import type { Kysely } from 'kysely';

/** The dashboard's live stream asks for a workspace's calls changed since a cursor, as it does for leads. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('calls_workspace_updated_idx')
    .on('calls')
    .columns(['workspace_id', 'updated_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('calls_workspace_updated_idx').execute();
}
