import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendCsv, toCsv } from '../analytics/csv.js';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { usageQuery, usageSchema } from './usage.schema.js';
import { getUsage, usageCsv } from './usage.service.js';

const tags = ['billing'];
const config = { roles: ['owner', 'admin'] as const };

/** What the workspace used: texts, calls, model tokens, leads, emails. Owners and admins, or an API key. */
export const usageRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/usage',
    {
      config,
      schema: {
        tags,
        summary: 'Metered usage per day or month, with totals',
        description:
          "Days are the workspace's calendar days. Provider cost is what the provider reported so far (Twilio's `price`).",
        querystring: usageQuery,
        response: { 200: usageSchema, ...errorResponses },
      },
    },
    async (request) => getUsage(ctx, { workspaceId: request.auth.workspaceId, query: request.query }),
  );

  app.get(
    '/usage.csv',
    {
      config,
      schema: {
        tags,
        summary: 'Metered usage as a CSV download (one row per period, unit and model)',
        querystring: usageQuery,
        response: { 200: z.string().describe('text/csv'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const usage = await getUsage(ctx, { workspaceId: request.auth.workspaceId, query: request.query });
      const csv = usageCsv(usage);
      return sendCsv(reply, `usage_${usage.from}_${usage.to}.csv`, toCsv(csv.header, csv.rows));
    },
  );
};
