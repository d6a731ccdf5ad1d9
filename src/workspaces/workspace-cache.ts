import type { DbOrTrx } from '../db/database.js';

/**
 * What every lead reads and almost never changes — the workspace row with its settings, the API key, the
 * sending number — kept in this process for a short while, so a request reads each once at most.
 * A change written through this process forgets the workspace's entries at once; a change another process
 * made (the CLI, another HTTP process, a worker) is seen once the entry is older than CACHE_TTL_MS.
 * Entries are per database (the Kysely adapter a connection and its transactions share), so two apps on two
 * databases in one process never see each other's rows. A missing row is never cached.
 */
export const CACHE_TTL_MS = 1000;
const MAX_ENTRIES = 20_000;

interface Entry {
  value: unknown;
  workspaceId: string;
  expires: number;
}

interface Cache {
  entries: Map<string, Entry>;
  /**
   * Workspaces changed by this process in the last CACHE_TTL_MS: their rows are read afresh, not kept, until
   * then, so a read made between the change and its commit (PostgreSQL) cannot keep the old row.
   */
  changed: Map<string, number>;
}

const caches = new WeakMap<object, Cache>();

function cacheOf(db: DbOrTrx): Cache {
  const owner = db.getExecutor().adapter;
  let cache = caches.get(owner);
  if (!cache) {
    cache = { entries: new Map(), changed: new Map() };
    caches.set(owner, cache);
  }
  return cache;
}

/**
 * The cached value under `key`, or what `load` reads (kept when it is not undefined). `workspaceOf` names the
 * workspace a loaded value belongs to, for forgetting; it defaults to `workspaceId`.
 */
export async function cached<T>(
  db: DbOrTrx,
  props: { key: string; workspaceId?: string; workspaceOf?: (value: T) => string },
  load: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const { entries, changed } = cacheOf(db);
  const hit = entries.get(props.key);
  if (hit && hit.expires > performance.now()) return hit.value as T;
  const value = await load();
  const now = performance.now();
  const workspaceId = value === undefined ? undefined : (props.workspaceOf?.(value) ?? props.workspaceId);
  if (value === undefined || workspaceId === undefined || (changed.get(workspaceId) ?? 0) > now) {
    entries.delete(props.key);
    return value;
  }
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(props.key, { value, workspaceId, expires: now + CACHE_TTL_MS });
  return value;
}

/** Drops every entry of the workspace in this process: called by each write to what is cached. */
export function forgetWorkspace(db: DbOrTrx, workspaceId: string): void {
  const { entries, changed } = cacheOf(db);
  const now = performance.now();
  for (const [id, until] of changed) if (until <= now) changed.delete(id);
  changed.set(workspaceId, now + CACHE_TTL_MS);
  for (const [key, entry] of entries) if (entry.workspaceId === workspaceId) entries.delete(key);
}
