import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signatures: `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`,
 * keyed by the bytes of the `whsec_` secret (base64 after the prefix). Several signatures are separated by
 * spaces; during a rotation the old secret signs too, so a receiver that has either verifies.
 */

const PREFIX = 'whsec_';

/** A new secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

export function signPayload(secret: string, props: { id: string; timestamp: number; body: string }): string {
  const mac = createHmac('sha256', secretKey(secret))
    .update(`${props.id}.${props.timestamp}.${props.body}`)
    .digest('base64');
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers of one attempt, signed with every secret given. */
export function webhookHeaders(
  secrets: readonly string[],
  props: { id: string; timestamp: number; body: string },
): Record<string, string> {
  return {
    'webhook-id': props.id,
    'webhook-timestamp': String(props.timestamp),
    'webhook-signature': secrets.map((secret) => signPayload(secret, props)).join(' '),
  };
}

/** The last characters of a secret, so people can tell two apart. */
export const secretHint = (secret: string) => `…${secret.slice(-4)}`;
