import { type Kysely, type Migration, type MigrationResult, Migrator } from 'kysely';
import * as foundation from './migrations/0001_foundation.js';

/** Every migration, in order. Listed here (not read from disk) so the same set runs from source and from dist. */
const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
};

export function createMigrator(db: Kysely<unknown>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
}

export interface MigrateOutcome {
  applied: string[];
  error?: unknown;
}

export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrateOutcome> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  const applied = (results ?? [])
    .filter((r: MigrationResult) => r.status === 'Success')
    .map((r: MigrationResult) => r.migrationName);
  return error === undefined ? { applied } : { applied, error };
}

/** True when every known migration has been applied (for /readyz). */
export async function migrationsApplied(db: Kysely<unknown>): Promise<boolean> {
  const known = await createMigrator(db).getMigrations();
  return known.every((m) => m.executedAt !== undefined);
}

export const latestMigration = Object.keys(migrations).at(-1);
