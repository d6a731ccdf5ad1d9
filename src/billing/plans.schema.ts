import { z } from 'zod';
import { USAGE_UNITS } from '../jobs/usage.table.js';

const micros = z.number().int().nonnegative().max(1e15);
const unitAmounts = z
  .partialRecord(z.enum(USAGE_UNITS), z.number().nonnegative().max(1e12))
  .describe('Per usage unit');
const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter currency code')
  .transform((c) => c.toUpperCase())
  .default('USD');
const markupPercent = z.number().min(0).max(1000).default(0).describe("The agency's markup on every price");

export const billingTermsBody = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('plan'),
    currency,
    includedUnits: unitAmounts.default({}).describe('Units a month included in the plan'),
    unitPrices: unitAmounts
      .default({})
      .describe('Millionths of the currency per unit beyond the included ones'),
    markupPercent,
    hardLimitMicros: micros
      .nullable()
      .default(null)
      .describe('The most a month may cost; over it automated sends wait'),
  }),
  z.strictObject({
    mode: z.literal('wallet'),
    currency,
    unitPrices: unitAmounts
      .default({})
      .describe('Millionths of the currency per unit, drawn from the wallet'),
    markupPercent,
    rechargeThresholdMicros: micros.nullable().default(null).describe('At or under this balance, recharge'),
    rechargeAmountMicros: micros
      .nullable()
      .default(null)
      .describe('How much a recharge adds (through Stripe)'),
  }),
]);

export type BillingTerms = z.infer<typeof billingTermsBody>;

export const walletCreditBody = z.strictObject({
  amountMicros: z.number().int().positive().max(1e15),
});

export const invoiceQuery = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-01')
    .optional()
    .describe("The workspace's calendar month; default this month"),
});

const usageLine = z.object({
  unit: z.enum(USAGE_UNITS),
  quantity: z.number(),
  included: z.number(),
});

export const billingAccountSchema = z.object({
  mode: z.enum(['plan', 'wallet', 'none']),
  currency: z.string(),
  includedUnits: z.record(z.string(), z.number()),
  unitPrices: z.record(z.string(), z.number()),
  markupPercent: z.number(),
  hardLimitMicros: z.number().nullable(),
  period: z.string().describe("This month, `YYYY-MM` in the workspace's zone"),
  periodChargeMicros: z.number().describe('What this month cost so far beyond the included units'),
  walletBalanceMicros: z.number(),
  rechargeThresholdMicros: z.number().nullable(),
  rechargeAmountMicros: z.number().nullable(),
  status: z.enum(['active', 'past_due', 'unpaid', 'canceled']),
  stripe: z.object({ connected: z.boolean() }),
  /** True while automated sends wait for the limit or the wallet. */
  held: z.boolean(),
  usage: z.array(usageLine),
});

export type BillingAccountView = z.infer<typeof billingAccountSchema>;

export const billingAlertSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  period: z.string(),
  level: z.enum(['limit_80', 'limit_100', 'wallet_low', 'wallet_empty']),
  createdAt: z.string(),
});
