import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string().describe('handoff, possible_opt_out, new_lead_not_texted, send_needs_review…'),
  subject: z.string(),
  body: z.string(),
  leadId: z.string().nullable(),
  status: z.enum(['pending', 'sent', 'failed', 'logged']),
  createdAt: isoTimestamp,
  readAt: isoTimestamp.nullable(),
});

export const notificationsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  before: z.string().min(1).max(200).optional().describe('nextCursor from the previous page'),
  unread: z.enum(['true', 'false']).optional().describe('true: only notes you have not read'),
});

export const notificationsPage = z.object({
  items: z.array(notificationSchema),
  unreadCount: z.number().int(),
  nextCursor: z.string().nullable(),
});

export const alertReachSchema = z.object({
  alertsOn: z.boolean(),
  deliverable: z.boolean().describe('False: hot-lead and handoff alerts reach nobody who can act on them'),
  problems: z.array(z.object({ code: z.string(), message: z.string() })),
  unreachable: z.array(z.object({ id: z.string(), name: z.string() })),
});
