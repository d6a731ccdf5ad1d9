import { createHash, hkdfSync } from 'node:crypto';

/** One key for secrets at rest, derived from an APP_SECRET, and the short id sealed values carry. */
export interface SealingKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The key that seals, and the keys of earlier secrets that may still open what they sealed. */
export interface Keyring {
  readonly current: SealingKey;
  readonly previous: readonly SealingKey[];
}

/** What callers hold: the config (APP_SECRET and APP_SECRET_PREVIOUS), or one secret alone. */
export type SecretSource =
  | string
  | { readonly appSecret: string; readonly appSecretPrevious?: readonly string[] | undefined };

export function deriveKey(appSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'closing-cloud', purpose, 32));
}

/** Eight hex characters of a hash of the derived key: names the key without revealing anything of it. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

function sealingKey(appSecret: string): SealingKey {
  const key = deriveKey(appSecret, 'secrets-at-rest');
  return { id: keyIdOf(key), key };
}

const cache = new Map<string, SealingKey>();

function cachedKey(appSecret: string): SealingKey {
  let found = cache.get(appSecret);
  if (!found) {
    found = sealingKey(appSecret);
    // A process holds one or two secrets; the bound only guards against a caller passing many.
    if (cache.size > 16) cache.clear();
    cache.set(appSecret, found);
  }
  return found;
}

export function keyringOf(source: SecretSource): Keyring {
  const current = typeof source === 'string' ? source : source.appSecret;
  const previous = typeof source === 'string' ? [] : (source.appSecretPrevious ?? []);
  return {
    current: cachedKey(current),
    previous: previous.filter((secret) => secret !== current).map(cachedKey),
  };
}

/** Every key that may open a sealed value, the current one first. */
export function openingKeys(keyring: Keyring): SealingKey[] {
  return [keyring.current, ...keyring.previous];
}
