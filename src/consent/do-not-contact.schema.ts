import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';

export const doNotContactEntry = z.object({
  id: z.string(),
  kind: z.enum(['phone', 'email']),
  display: z.string().describe('Masked: the list itself keeps only a keyed hash'),
  reason: z.enum(['do_not_contact', 'erased', 'opt_out']),
  note: z.string().nullable(),
  createdAt: isoTimestamp,
});
export type DoNotContactEntry = z.infer<typeof doNotContactEntry>;

export const addDoNotContactBody = z
  .strictObject({
    phone: z.string().trim().min(3).max(40).optional(),
    email: z.string().trim().min(3).max(254).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((body) => (body.phone === undefined) !== (body.email === undefined), {
    message: 'give either "phone" or "email"',
  })
  .describe('A phone or email never to contact');

export const doNotContactQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const importDoNotContactBody = z
  .string()
  .max(5_000_000)
  .describe('One phone number or email address per line (text/csv or text/plain)');

export const importDoNotContactResponse = z.object({
  added: z.number().int(),
  alreadyListed: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type ImportDoNotContactResult = z.infer<typeof importDoNotContactResponse>;
