import { createHmac } from 'node:crypto';
import { safeEqual } from '../../platform/crypto.js';

export const META_SIGNATURE_HEADER = 'x-hub-signature-256';

/** `sha256=` and the hex HMAC-SHA256 of the exact body under the app secret, as Meta signs its webhooks. */
export function metaSignature(appSecret: string, body: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body, 'utf8').digest('hex')}`;
}

export function validMetaSignature(appSecret: string, body: string, header: string | undefined): boolean {
  return header !== undefined && safeEqual(metaSignature(appSecret, body), header.trim().toLowerCase());
}
