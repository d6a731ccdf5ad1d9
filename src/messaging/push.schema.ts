import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url');

/** The browser's `PushSubscription.toJSON()`, as the dashboard posts it. */
export const pushSubscriptionBody = z.object({
  endpoint: z.string().min(1).max(2048),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    // An uncompressed P-256 point (65 bytes) and a 16-byte secret, as RFC 8291 requires.
    p256dh: base64url.refine((value) => bytes(value) === 65 && value.startsWith('B'), 'must be a P-256 key'),
    auth: base64url.refine((value) => bytes(value) === 16, 'must be 16 bytes'),
  }),
});

function bytes(value: string): number {
  return Buffer.from(value.replace(/=+$/, ''), 'base64url').length;
}

export const pushSubscriptionSchema = z.object({
  id: z.string(),
  createdAt: isoTimestamp,
  lastSuccessAt: isoTimestamp.nullable(),
  lastFailureAt: isoTimestamp.nullable(),
  lastError: z.string().nullable(),
  /** The push service's host, to tell devices apart; never the whole endpoint. */
  service: z.string(),
});

export const pushKeySchema = z.object({
  publicKey: z
    .string()
    .describe('The VAPID public key, base64url: applicationServerKey for pushManager.subscribe'),
});

export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBody>;
export type PushSubscriptionView = z.infer<typeof pushSubscriptionSchema>;
