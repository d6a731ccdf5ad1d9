import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';
import { holdRuleSchema } from './leads.schema.js';

export const sendWindowSchema = z
  .object({
    sendsNow: z.boolean().describe('Whether a text written now would go at once'),
    outcome: z.enum(['allowed', 'blocked', 'deferred']),
    reason: z.string().describe('The gate reason: allowed, quiet_hours, state_cap, opted_out...'),
    holdUntil: isoTimestamp.nullable().describe('When a held text would go; null when it goes now or never'),
    rule: holdRuleSchema.nullable().describe('The rule that would hold it'),
    sendAnyway: z
      .enum(['not_needed', 'allowed', 'not_allowed'])
      .describe(
        'not_allowed: no person may send past the rule (a state rule, an opt-out, no consent); ' +
          'allowed: `sendAnyway` with a reason sends it now',
      ),
    leadWroteAt: isoTimestamp.nullable().describe("The lead's latest text"),
  })
  .describe('What would happen to a text an agent sends this lead now');

export type SendWindow = z.infer<typeof sendWindowSchema>;
