import type { Kysely } from 'kysely';

/**
 * The claim passes over the ready jobs of a workspace already running its most at once. With the workspace
 * id in the claim index, that is decided on the index entry, without reading the job's row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('jobs_ready_idx').execute();
  await db.schema
    .createIndex('jobs_ready_idx')
    .on('jobs')
    .columns(['status', 'run_at', 'id', 'workspace_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('jobs_ready_idx').execute();
  await db.schema.createIndex('jobs_ready_idx').on('jobs').columns(['status', 'run_at', 'id']).execute();
}
