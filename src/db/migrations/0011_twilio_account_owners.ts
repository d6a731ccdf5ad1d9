import type { Kysely } from 'kysely';

/** Reserved; filled by the change that needs it. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
