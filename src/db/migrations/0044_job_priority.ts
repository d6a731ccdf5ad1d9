import type { Kysely } from 'kysely';

/**
 * Jobs get a priority: 0 for work a lead is waiting on (the answer to a text, a first response), 1 for the rest.
 * The claim indexes lead with it, so each priority's due jobs are read in (run_at, id) order from their own
 * range: a burst of background work no longer stands before a first text of the same age.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('jobs')
    .addColumn('priority', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await recreate(
    db,
    ['status', 'priority', 'run_at', 'id', 'workspace_id'],
    ['status', 'workspace_id', 'priority', 'run_at', 'id'],
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await recreate(db, ['status', 'run_at', 'id', 'workspace_id'], ['status', 'workspace_id', 'run_at', 'id']);
  await db.schema.alterTable('jobs').dropColumn('priority').execute();
}

async function recreate(db: Kysely<unknown>, ready: string[], readyWorkspace: string[]): Promise<void> {
  await db.schema.dropIndex('jobs_ready_idx').execute();
  await db.schema.createIndex('jobs_ready_idx').on('jobs').columns(ready).execute();
  await db.schema.dropIndex('jobs_ready_workspace_idx').execute();
  await db.schema.createIndex('jobs_ready_workspace_idx').on('jobs').columns(readyWorkspace).execute();
}
