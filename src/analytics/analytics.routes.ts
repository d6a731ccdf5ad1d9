import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { dailyCsv, funnelCsv, speedToLeadCsv } from './analytics.csv.js';
import { dailyQuery, dailySchema, funnelSchema, rangeQuery, speedToLeadSchema } from './analytics.schema.js';
import { daily, funnel, resolveRange, speedToLead } from './analytics.service.js';
import { sendCsv } from './csv.js';

const tags = ['analytics'];
const csvNote = 'With `format=csv`, a `text/csv` attachment instead of JSON.';
const fileName = (name: string, range: { from: string; to: string }) =>
  `${name}_${range.from.slice(0, 10)}_${range.to.slice(0, 10)}.csv`;

/** How fast leads are answered and how far they get. Any member of the workspace, or its API key. */
export const analyticsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/analytics/speed-to-lead',
    {
      schema: {
        tags,
        summary: 'Time from receiving a lead to its first text, overall, by source and by agent',
        description: `Leads received in [from, to). Median and 90th percentile of the answered ones. ${csvNote}`,
        querystring: rangeQuery,
        response: { 200: speedToLeadSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const range = resolveRange(ctx, request.query);
      const result = await speedToLead(ctx, { workspaceId: request.auth.workspaceId, range });
      if (request.query.format === 'csv')
        return sendCsv(reply, fileName('speed-to-lead', range), speedToLeadCsv(result));
      return result;
    },
  );

  app.get(
    '/analytics/funnel',
    {
      schema: {
        tags,
        summary: 'Leads received in the range, and how many got engaged, qualified and an appointment',
        description: `Cumulative: a lead that reached a stage counts in every earlier one. ${csvNote}`,
        querystring: rangeQuery,
        response: { 200: funnelSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const range = resolveRange(ctx, request.query);
      const result = await funnel(ctx, { workspaceId: request.auth.workspaceId, range });
      if (request.query.format === 'csv') return sendCsv(reply, fileName('funnel', range), funnelCsv(result));
      return result;
    },
  );

  app.get(
    '/analytics/daily',
    {
      schema: {
        tags,
        summary: 'Leads, texts in and out, and opt-outs per day',
        description: `Days in \`tz\` (default the workspace's zone), every day of the range listed. ${csvNote}`,
        querystring: dailyQuery,
        response: { 200: dailySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const range = resolveRange(ctx, request.query);
      const result = await daily(ctx, {
        workspaceId: request.auth.workspaceId,
        range,
        timezone: request.query.tz,
      });
      if (request.query.format === 'csv') return sendCsv(reply, fileName('daily', range), dailyCsv(result));
      return result;
    },
  );
};
