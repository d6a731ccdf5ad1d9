import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { MINUTE } from '../platform/clock.js';
import type { AppContext } from './context.js';
import { countHit, deleteLapsedThrottles, throttleKey } from './throttles.repository.js';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

interface RouteLimitOptions {
  routeInfo?: { method?: unknown; url?: string };
}

/**
 * The store behind every route's rate limit: counters in the database, so all HTTP processes on one
 * PostgreSQL share each limit instead of each granting it in full. The same table on SQLite keeps one
 * code path and lets tests move the window with the clock; an upsert per limited request is cheap there.
 * Windows are fixed, timed by the app's clock. Lapsed rows are deleted at most once a minute per process.
 */
export function databaseRateLimitStore(ctx: AppContext): FastifyRateLimitStoreCtor {
  let prunedAt = 0;
  const prune = async (now: Date) => {
    if (now.getTime() - prunedAt < MINUTE) return;
    prunedAt = now.getTime();
    await deleteLapsedThrottles(ctx.db, now);
  };

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly namespace = 'route:',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = ctx.clock.now();
      prune(now)
        .then(() =>
          countHit(ctx.db, {
            key: throttleKey(ctx.config.appSecret, this.namespace, key),
            now,
            windowMs: timeWindow,
          }),
        )
        .then(
          (hit) =>
            callback(null, {
              current: hit.count,
              ttl: Math.max(0, new Date(hit.resetAt).getTime() - now.getTime()),
            }),
          (error: Error) => callback(error),
        );
    }

    child(options: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // Its types say a route, but the plugin passes the route's merged limit options with the route inside.
      const route = (options as unknown as RouteLimitOptions).routeInfo ?? {};
      // Each route counts apart, as the plugin's own stores do.
      return new DatabaseRateLimitStore(undefined, `route:${String(route.method)} ${route.url ?? ''}`);
    }
  }
  return DatabaseRateLimitStore;
}
