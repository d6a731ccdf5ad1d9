import { z } from 'zod';
import { a2pStatusSchema } from '../messaging/a2p/a2p.schema.js';
import { workspaceSchema } from '../workspaces/workspaces.schema.js';

const rate = z.number().min(0).max(1).nullable().describe('A share from 0 to 1; null when nothing was sent');

export const consoleWorkspaceSchema = workspaceSchema.extend({
  billing: z
    .object({ mode: z.enum(['plan', 'wallet']), status: z.string() })
    .nullable()
    .describe('The billing terms, when the workspace has any'),
  usage: z.record(z.string(), z.number()).describe('Units used this period, by unit'),
  textsBlocked: z.number().int(),
  textsDeferred: z.number().int(),
  optOutRate: rate,
  deliveryFailureRate: rate,
  a2pStatus: a2pStatusSchema,
});

export const consoleSchema = z.object({
  period: z.object({ from: z.string().describe('The first day of the calendar month, UTC') }),
  items: z.array(consoleWorkspaceSchema),
});

export const viewAsSchema = z.object({
  workspaceId: z.string(),
  token: z.string().describe('Send it in the x-view-as header with the session to read as the workspace'),
  expiresAt: z.string(),
});

export type ConsoleWorkspace = z.infer<typeof consoleWorkspaceSchema>;
