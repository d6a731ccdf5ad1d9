import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { migrationsApplied } from '../db/migrate.js';
import { undeliverableWorkspaceCount } from '../messaging/notifications.reach.js';
import type { AppContext } from './context.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.string()).optional(),
  /** Worth an operator's attention without making the instance unready. */
  details: z.record(z.string(), z.string()).optional(),
});

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/healthz', { schema: { tags: ['health'], response: { 200: healthSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    { schema: { tags: ['health'], response: { 200: healthSchema, 503: healthSchema } } },
    async (_request, reply) => {
      const checks: Record<string, string> = {};
      try {
        await sql`select 1`.execute(ctx.db);
        checks.database = 'ok';
        checks.migrations = (await migrationsApplied(ctx.db)) ? 'ok' : 'pending';
      } catch {
        checks.database = 'unreachable';
      }
      const ready = Object.values(checks).every((value) => value === 'ok');
      const details: Record<string, string> = {};
      if (ready) {
        // Counts only: /readyz is public, so it names no workspace.
        const undeliverable = await undeliverableWorkspaceCount(ctx).catch(() => null);
        details.alerts =
          undeliverable === null
            ? 'unknown'
            : undeliverable === 0
              ? 'ok'
              : `undeliverable in ${undeliverable} workspace${undeliverable === 1 ? '' : 's'}`;
      }
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks, details });
    },
  );
};
