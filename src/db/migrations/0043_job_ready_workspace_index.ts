import type { Kysely } from 'kysely';

/**
 * A claim with a per-workspace limit walks the workspaces that have ready jobs, one probe each on this index,
 * and takes each open workspace's oldest due jobs from it: a workspace at its limit costs the claim one probe,
 * not a read past its whole backlog in jobs_ready_idx. The same index counts a workspace's running jobs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('jobs_ready_workspace_idx')
    .on('jobs')
    .columns(['status', 'workspace_id', 'run_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('jobs_ready_workspace_idx').execute();
}
