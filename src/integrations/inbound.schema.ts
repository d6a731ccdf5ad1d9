import { z } from 'zod';

export const tokenParams = z.strictObject({ token: z.string().min(1).max(200) });

export const metaVerifyQuery = z
  .object({
    'hub.mode': z.string().max(50).optional(),
    'hub.verify_token': z.string().max(200).optional(),
    'hub.challenge': z.string().max(500).optional(),
  })
  .describe("Meta's subscription check");

export const webhookQuery = z.strictObject({
  test: z
    .enum(['1', 'true'])
    .optional()
    .describe('Read the post with the saved mapping and answer the lead it would make, saving nothing'),
});

export const webhookTestResult = z.object({
  test: z.literal(true),
  ok: z.boolean(),
  reason: z.string().nullable(),
  lead: z.record(z.string(), z.unknown()).nullable(),
  externalId: z.string().nullable(),
  wouldText: z.boolean().describe('Whether the first text would be attempted (the source carries consent)'),
});

export const metaReceipt = z.object({ received: z.number().int() });
