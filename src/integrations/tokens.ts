import { randomBytes } from 'node:crypto';
import { sha256 } from '../platform/crypto.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A secret for an address or URL: 26 lower-case letters and digits (about 134 bits). Lower case because
 * mail systems may change the case of the part before the @.
 */
export function newSourceToken(): string {
  let token = '';
  while (token.length < 26) {
    // 252 = 7 × 36: bytes above it would favour the first letters.
    for (const byte of randomBytes(32)) if (byte < 252 && token.length < 26) token += ALPHABET[byte % 36];
  }
  return token;
}

export const hashToken = (token: string): string => sha256(token.trim().toLowerCase());

export const tokenHint = (token: string): string => `…${token.slice(-4)}`;

/** Anything that cannot be a token is not looked up at all. */
export const looksLikeToken = (value: string): boolean => /^[a-z0-9]{20,64}$/i.test(value);
