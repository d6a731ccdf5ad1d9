import { createHmac } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';
import { normalizeEmail, normalizePhone } from '../leads/normalize.js';
import { decryptSecret, encryptSecret, type SecretSource } from '../platform/crypto.js';
import { unprocessable } from '../platform/errors.js';
import { workspaceHashSalt } from '../workspaces/workspaces.repository.js';

/** A phone or an email as a person types it, normalised the way intake stores it. */
export type Identifier = { kind: 'phone'; value: string; raw: string } | { kind: 'email'; value: string };

/** Null when the text is neither a valid phone number nor an email address. */
export function parseIdentifier(
  given: { phone?: string | null | undefined; email?: string | null | undefined },
  defaultRegion: string,
): Identifier | null {
  const phone = given.phone?.trim();
  if (phone) {
    const normalized = normalizePhone(phone, defaultRegion);
    return normalized.e164 ? { kind: 'phone', value: normalized.e164, raw: phone } : null;
  }
  const email = given.email?.trim();
  if (email) {
    const normalized = normalizeEmail(email);
    return normalized ? { kind: 'email', value: normalized } : null;
  }
  return null;
}

export function requireIdentifier(
  given: { phone?: string | null | undefined; email?: string | null | undefined },
  defaultRegion: string,
): Identifier {
  const identifier = parseIdentifier(given, defaultRegion);
  if (!identifier) {
    throw unprocessable('Give a valid phone number or email address', {}, 'invalid_identifier');
  }
  return identifier;
}

/** A keyed hash, per workspace: requests by the same person can be counted without storing who they are. */
export async function identifierHash(
  db: DbOrTrx,
  workspaceId: string,
  identifier: Identifier,
): Promise<string> {
  const salt = await workspaceHashSalt(db, workspaceId);
  return createHmac('sha256', salt).update(`privacy:${identifier.kind}:${identifier.value}`).digest('hex');
}

export const sealText = (secrets: SecretSource, text: string): string => encryptSecret(secrets, text);
export const openText = (secrets: SecretSource, sealed: string): string => decryptSecret(secrets, sealed);
