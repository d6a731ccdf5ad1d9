import { type ColumnDataType, type Kysely, PostgresAdapter, sql } from 'kysely';

/** Column types that differ between the dialects; see db/schema.ts for the conventions. */
export function columnTypes(db: Kysely<unknown>) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    postgres,
    timestamp: (postgres ? 'timestamptz' : 'text') as ColumnDataType,
    json: (postgres ? 'jsonb' : 'text') as ColumnDataType,
    bigint: (postgres ? 'bigint' : 'integer') as ColumnDataType,
  };
}

export { sql };
