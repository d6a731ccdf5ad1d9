import type { Kysely } from 'kysely';

/**
 * What a team writes on a listing besides the MLS facts: the pets policy (a fact the assistant may
 * state), showing notes for the agents (never sent to a lead) and the zone the open houses are kept in,
 * which is the workspace's when empty. Open houses themselves stay in `open_houses` as ISO instants.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('listings').addColumn('pets_policy', 'text').execute();
  await db.schema.alterTable('listings').addColumn('showing_notes', 'text').execute();
  await db.schema.alterTable('listings').addColumn('time_zone', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('listings').dropColumn('time_zone').execute();
  await db.schema.alterTable('listings').dropColumn('showing_notes').execute();
  await db.schema.alterTable('listings').dropColumn('pets_policy').execute();
}
