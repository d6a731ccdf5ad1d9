import { z } from 'zod';
import { USAGE_UNITS } from '../jobs/usage.table.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day such as 2026-01-31')
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'must be a real day');

export const usageQuery = z.strictObject({
  from: isoDay
    .optional()
    .describe("First day (inclusive) in the workspace's zone; default the 1st of this month"),
  to: isoDay.optional().describe("Last day (inclusive) in the workspace's zone; default today"),
  granularity: z.enum(['day', 'month']).default('day').describe('Rows per day or per month'),
});

export type UsageQuery = z.infer<typeof usageQuery>;

const usageRow = z.object({
  period: z.string().describe('`YYYY-MM-DD` for a day, `YYYY-MM` for a month'),
  unit: z.enum(USAGE_UNITS),
  model: z.string().nullable().describe('The model, for token units'),
  quantity: z.number(),
  providerCostMicros: z
    .number()
    .describe("Millionths of the provider's currency: the prices the provider reported so far"),
});

export const usageSchema = z.object({
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  granularity: z.enum(['day', 'month']),
  rows: z.array(usageRow),
  totals: z.array(usageRow.omit({ period: true })),
});

export type Usage = z.infer<typeof usageSchema>;
export type UsageRowOut = z.infer<typeof usageRow>;
