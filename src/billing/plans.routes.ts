import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendCsv, toCsv } from '../analytics/csv.js';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { invoiceFor } from './invoice.routes-support.js';
import { billingAccountSchema, invoiceQuery } from './plans.schema.js';
import { billingAccountView } from './plans.service.js';
import { portalLink } from './stripe.service.js';

const tags = ['billing'];

/** A workspace's own billing: its owners and admins read it; only owners open Stripe's portal. */
export const plansRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const config = { roles: ['owner', 'admin'] as const };

  app.get(
    '/billing',
    {
      config,
      schema: {
        tags,
        summary: "The workspace's plan or wallet, this month's use against it, and whether sends are held",
        response: { 200: billingAccountSchema, ...errorResponses },
      },
    },
    (request) => billingAccountView(ctx, request.auth.workspaceId),
  );

  app.get(
    '/billing/invoice.csv',
    {
      config,
      schema: {
        tags,
        summary: 'A month priced by the plan: included, overage, markup and total per unit (CSV)',
        querystring: invoiceQuery,
        response: { 200: z.string().describe('text/csv'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { invoice, csv } = await invoiceFor(ctx, request.auth.workspaceId, request.query.month);
      return sendCsv(reply, `invoice_${invoice.month}.csv`, toCsv(csv.header, csv.rows));
    },
  );

  app.post(
    '/billing/portal',
    {
      config: { roles: ['owner'] as const },
      schema: {
        tags,
        summary: "A link to Stripe's customer portal (payment method, invoices), for owners",
        response: { 200: z.object({ url: z.string() }), ...errorResponses },
      },
    },
    async (request) => ({ url: await portalLink(ctx, request.auth.workspaceId) }),
  );
};
