import type { Kysely } from 'kysely';

/**
 * The worker claims ready jobs in (run_at, id) order. With the old index on (status, run_at) the tie-break on
 * id needed a sort of every due job, so a claim grew with the backlog. This index serves the claim's order
 * itself: a claim walks at most `limit` entries, whatever is waiting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('jobs_ready_idx').on('jobs').columns(['status', 'run_at', 'id']).execute();
  await db.schema.dropIndex('jobs_claim_idx').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('jobs_claim_idx').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.dropIndex('jobs_ready_idx').execute();
}
