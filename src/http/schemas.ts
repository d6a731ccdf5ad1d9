import { z } from 'zod';

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const idParams = z.strictObject({ id: z.string().min(1).max(100) });

export const isoTimestamp = z.string().describe('ISO-8601 timestamp in UTC');

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
