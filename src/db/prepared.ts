import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import type { DbOrTrx } from './database.js';

/**
 * A query built and compiled once per dialect, then run with new parameter values: on the hot paths
 * (intake, the job queue, the send) building a query's operation tree and compiling it cost more CPU than
 * SQLite running it.
 *
 * `build` gets stand-ins for the parameters, each of which must be passed to Kysely whole, as a value
 * (`.where('id', '=', p.id)`, `.values({ runAt: p.runAt })`, `.limit(p.limit)`): a stand-in used in
 * arithmetic, a template string or JSON would bake the stand-in into the query, and is refused. `build` may
 * branch on the dialect, never on a parameter: what differs between calls must be a parameter, or
 * another prepared query.
 */
export function prepared<P extends object, R>(
  build: (db: DbOrTrx, params: P) => Compilable<R>,
): (db: DbOrTrx, params: P) => Promise<QueryResult<R>> {
  const byDialect = new Map<unknown, { query: CompiledQuery<R>; slots: (keyof P | undefined)[] }>();
  return async (db, params) => {
    const adapter = db.getExecutor().adapter.constructor;
    let entry = byDialect.get(adapter);
    if (!entry) {
      const issued = new Map<unknown, keyof P>();
      const standIns = new Proxy({}, { get: (_, name) => standIn(issued, name as keyof P) }) as P;
      const query = build(db, standIns).compile();
      if (query.sql.includes(STAND_IN))
        throw new Error('A prepared query wrote a parameter into its SQL text');
      entry = { query, slots: query.parameters.map((value) => slotOf(issued, value)) };
      byDialect.set(adapter, entry);
    }
    const { query, slots } = entry;
    const parameters = slots.map((name, i) => (name === undefined ? query.parameters[i] : params[name]));
    return db.executeQuery<R>({ ...query, parameters });
  };
}

const STAND_IN = '\u0000prepared-parameter:';

function standIn<P>(issued: Map<unknown, keyof P>, name: keyof P): string {
  const value = `${STAND_IN}${String(name)}`;
  issued.set(value, name);
  return value;
}

function slotOf<P>(issued: Map<unknown, keyof P>, value: unknown): keyof P | undefined {
  const name = issued.get(value);
  if (name !== undefined) return name;
  if (Number.isNaN(value) || JSON.stringify(value ?? null).includes(STAND_IN.slice(1)))
    throw new Error('A prepared query used a parameter inside another value instead of passing it whole');
  return undefined;
}

/** The first row a prepared query returned. */
export async function firstRow<R>(result: Promise<QueryResult<R>>): Promise<R | undefined> {
  return (await result).rows[0];
}

/**
 * The named columns of a row, for a prepared insert's `values`: the stand-ins have no keys of their own to
 * spread, and every call must name the same columns.
 */
export function columnsOf<T, K extends keyof T>(row: T, columns: readonly K[]): Pick<T, K> {
  return Object.fromEntries(columns.map((column) => [column, row[column]])) as Pick<T, K>;
}
