import { decryptSecret, encryptSecret, type SecretSource } from '../../platform/crypto.js';

/** CalDAV: the account password (an app password, usually). */
export interface CaldavCredentials {
  password: string;
}

/** Google: the OAuth tokens; `expiresAt` is when the access token stops working (UTC ISO-8601). */
export interface GoogleCredentials {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
}

/** Seals credentials for the `credentials` column: AES-256-GCM under APP_SECRET, never plaintext at rest. */
export function sealCredentials(
  appSecret: string,
  credentials: CaldavCredentials | GoogleCredentials,
): string {
  return encryptSecret(appSecret, JSON.stringify(credentials));
}

export function openCredentials<T extends CaldavCredentials | GoogleCredentials>(
  secrets: SecretSource,
  sealed: string | null,
): T {
  if (!sealed) throw new Error('The connection has no stored credentials');
  return JSON.parse(decryptSecret(secrets, sealed)) as T;
}
