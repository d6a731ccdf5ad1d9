import { z } from 'zod';

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const idParams = z.strictObject({ id: z.string().min(1).max(100) });

export const isoTimestamp = z.string().describe('ISO-8601 timestamp in UTC');

/**
 * The instants a request may name, [1970, 2200). Outside them nothing real happens, and JavaScript,
 * SQLite's text order and PostgreSQL disagree: PostgreSQL has no year 0, and past 9999 a date prints
 * with six digits and a sign.
 */
export const INSTANT_RANGE = { from: Date.UTC(1970, 0, 1), to: Date.UTC(2200, 0, 1) } as const;

export const inInstantRange = (ms: number): boolean => ms >= INSTANT_RANGE.from && ms < INSTANT_RANGE.to;

const OUT_OF_RANGE = 'must be between 1970-01-01 and 2200-01-01';

/** An ISO-8601 instant with Z or an offset, within INSTANT_RANGE: every date-time a route accepts. */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => inInstantRange(Date.parse(value)), OUT_OF_RANGE);

/** A calendar date, YYYY-MM-DD, within INSTANT_RANGE. */
export const dateSchema = z.iso
  .date()
  .refine((value) => inInstantRange(Date.parse(`${value}T00:00:00Z`)), OUT_OF_RANGE);

/** Standard error responses to attach to a route's schema, so OpenAPI documents them. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  422: errorSchema,
  429: errorSchema,
} as const;
