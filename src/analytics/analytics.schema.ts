import { z } from 'zod';
import { instantSchema } from '../http/schemas.js';
import { isTimeZone } from '../workspaces/workspaces.schema.js';

const range = {
  from: instantSchema.optional().describe('Start of the range (inclusive); default 30 days before `to`'),
  to: instantSchema.optional().describe('End of the range (exclusive); default now'),
  format: z.enum(['json', 'csv']).default('json').describe('csv: a spreadsheet download'),
};

export const rangeQuery = z.strictObject(range);

export const dailyQuery = z.strictObject({
  ...range,
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, 'must be an IANA time zone such as America/Chicago')
    .optional()
    .describe("The zone whose days are counted; default the workspace's"),
});

const seconds = z.number().nullable().describe('Seconds; null when no lead in the group was answered');

export const SPEED_BUCKETS = ['<10s', '<1m', '<5m', '<1h', '≥1h', 'no response'] as const;

export const speedToLeadSchema = z.object({
  from: z.string(),
  to: z.string(),
  overall: z.object({
    count: z.number().describe('Leads received in the range'),
    respondedCount: z.number().describe('Of those, leads whose first text the provider accepted'),
    medianSeconds: seconds,
    p90Seconds: seconds,
    buckets: z.array(z.object({ label: z.enum(SPEED_BUCKETS), count: z.number() })),
  }),
  bySource: z.array(z.object({ source: z.string(), count: z.number(), medianSeconds: seconds })),
  byAgent: z
    .array(
      z.object({
        agentId: z.string(),
        agentName: z.string().nullable(),
        count: z.number(),
        medianSeconds: seconds,
      }),
    )
    .describe('Leads assigned to each agent; unassigned leads count only overall and by source'),
});

export const FUNNEL_STAGES = ['new', 'engaged', 'qualified', 'appointment'] as const;

export const funnelSchema = z.object({
  from: z.string(),
  to: z.string(),
  stages: z.array(z.object({ stage: z.enum(FUNNEL_STAGES), count: z.number() })),
});

export const dailySchema = z.object({
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  days: z.array(
    z.object({
      date: z.string().describe('YYYY-MM-DD in the zone'),
      leads: z.number(),
      inbound: z.number(),
      outbound: z.number().describe('Texts the provider accepted, on the day it did'),
      optOuts: z.number(),
    }),
  ),
});

export type RangeQuery = z.infer<typeof rangeQuery>;
export type DailyQuery = z.infer<typeof dailyQuery>;
export type SpeedToLead = z.infer<typeof speedToLeadSchema>;
export type Funnel = z.infer<typeof funnelSchema>;
export type Daily = z.infer<typeof dailySchema>;
