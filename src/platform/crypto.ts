import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { keyringOf, openingKeys, type SecretSource } from './keyring.js';

export type { SecretSource } from './keyring.js';

/** A random token for URLs, cookies and keys: 32 bytes, base64url. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens that are looked up (session ids, API keys) are stored only as this hash. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A sealed value none of the configured secrets opens, or that is not a sealed value at all. */
export class SealedSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedSecretError';
  }
}

const SEPARATOR = '.';

/**
 * AES-256-GCM under a key derived from APP_SECRET: `v2.<keyId>.<iv>.<tag>.<ciphertext>` in base64url,
 * where keyId names the key (keyring.ts) so a rotated install knows which secret sealed a value.
 * Values sealed before key ids, `v1.<iv>.<tag>.<ciphertext>`, are still opened.
 */
export function encryptSecret(secrets: SecretSource, plaintext: string): string {
  const { current } = keyringOf(secrets);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', current.key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    'v2',
    current.id,
    ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')),
  ].join(SEPARATOR);
}

/** The id of the key a value was sealed with; undefined for a v1 value, which carries none. */
export function sealedKeyId(sealed: string): string | undefined {
  const [version, keyId] = sealed.split(SEPARATOR);
  return version === 'v2' ? keyId : undefined;
}

/** True when the value is sealed under the current APP_SECRET in the current format. */
export function sealedUnderCurrentKey(secrets: SecretSource, sealed: string): boolean {
  return sealedKeyId(sealed) === keyringOf(secrets).current.id;
}

export function decryptSecret(secrets: SecretSource, sealed: string): string {
  const keyring = keyringOf(secrets);
  const parts = sealed.split(SEPARATOR);
  if (parts[0] === 'v2' && parts.length === 5) {
    const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
    const key = openingKeys(keyring).find((candidate) => candidate.id === keyId);
    if (!key)
      throw new SealedSecretError(
        `A secret was sealed under key ${keyId}, which neither APP_SECRET nor APP_SECRET_PREVIOUS derives; ` +
          'set APP_SECRET_PREVIOUS to the secret it was sealed with',
      );
    const opened = open(key.key, iv, tag, ciphertext);
    if (opened === undefined) throw new SealedSecretError(`A secret sealed under key ${keyId} is damaged`);
    return opened;
  }
  if (parts[0] === 'v1' && parts.length === 4) {
    const [, iv, tag, ciphertext] = parts as [string, string, string, string];
    // v1 values name no key: try each, the current first. GCM's tag tells a wrong key from the right one.
    for (const key of openingKeys(keyring)) {
      const opened = open(key.key, iv, tag, ciphertext);
      if (opened !== undefined) return opened;
    }
    throw new SealedSecretError(
      'A secret sealed before key ids opens with neither APP_SECRET nor APP_SECRET_PREVIOUS; ' +
        'set APP_SECRET_PREVIOUS to the secret it was sealed with',
    );
  }
  throw new SealedSecretError('Unrecognised sealed secret');
}

function open(key: Buffer, iv: string, tag: string, ciphertext: string): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
