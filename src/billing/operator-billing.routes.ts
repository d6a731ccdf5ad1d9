import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendCsv, toCsv } from '../analytics/csv.js';
import { sessionOf } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { invoiceFor } from './invoice.routes-support.js';
import { listBillingAlerts } from './plans.repository.js';
import {
  billingAccountSchema,
  billingAlertSchema,
  billingTermsBody,
  invoiceQuery,
  walletCreditBody,
} from './plans.schema.js';
import { billingAccountView, creditWallet, setBillingTerms } from './plans.service.js';

const tags = ['operator'];

/** The operator sets each workspace's plan or wallet, tops wallets up, and sees every billing alert. */
export const operatorBillingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const config = { operator: true } as const;

  app.get(
    '/operator/workspaces/:id/billing',
    {
      config,
      schema: { tags, params: idParams, response: { 200: billingAccountSchema, ...errorResponses } },
    },
    (request) => billingAccountView(ctx, request.params.id),
  );

  app.put(
    '/operator/workspaces/:id/billing',
    {
      config,
      schema: {
        tags,
        summary:
          'Bill the workspace by a plan (included units, overage prices, markup, hard limit) or a wallet',
        params: idParams,
        body: billingTermsBody,
        response: { 200: billingAccountSchema, ...errorResponses },
      },
    },
    (request) =>
      setBillingTerms(ctx, {
        workspaceId: request.params.id,
        terms: request.body,
        operatorId: sessionOf(request).userId,
        ip: request.ip,
      }),
  );

  app.post(
    '/operator/workspaces/:id/billing/wallet/credit',
    {
      config,
      schema: {
        tags,
        summary: "Add to the workspace's prepaid wallet; sends it held go again",
        params: idParams,
        body: walletCreditBody,
        response: { 200: billingAccountSchema, ...errorResponses },
      },
    },
    (request) =>
      creditWallet(ctx, {
        workspaceId: request.params.id,
        amountMicros: request.body.amountMicros,
        actor: { type: 'operator', id: sessionOf(request).userId },
      }),
  );

  app.get(
    '/operator/workspaces/:id/invoice.csv',
    {
      config,
      schema: {
        tags,
        params: idParams,
        querystring: invoiceQuery,
        response: { 200: z.string().describe('text/csv'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { invoice, csv } = await invoiceFor(ctx, request.params.id, request.query.month);
      return sendCsv(reply, `invoice_${invoice.month}.csv`, toCsv(csv.header, csv.rows));
    },
  );

  app.get(
    '/operator/billing/alerts',
    {
      config,
      schema: {
        tags,
        summary: 'Limits reached and wallets running low, newest first, across workspaces',
        response: { 200: z.object({ items: z.array(billingAlertSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: await listBillingAlerts(ctx.db, { limit: 200 }) }),
  );
};
