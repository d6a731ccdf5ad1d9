import { createHash } from 'node:crypto';
import type { Config } from '../../platform/config.js';
import type { GoogleCredentials } from './credentials.js';
import { CalendarSyncError, networkError, REQUEST_TIMEOUT_MS } from './sync-support.js';

/** Write our own events, and read busy time of the agent's calendars (never their contents). */
export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.freebusy',
];

export function googleEndpoints(config: Config): { authUrl: string; tokenUrl: string; revokeUrl: string } {
  const base = config.google.oauthBaseUrl;
  return base
    ? { authUrl: `${base}/o/oauth2/v2/auth`, tokenUrl: `${base}/token`, revokeUrl: `${base}/revoke` }
    : {
        authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
        tokenUrl: 'https://oauth2.googleapis.com/token',
        revokeUrl: 'https://oauth2.googleapis.com/revoke',
      };
}

export function googleRedirectUri(config: Config): string {
  return `${config.publicUrl}/calendars/google/callback`;
}

export function googleConfigured(config: Config): config is Config & {
  google: { clientId: string; clientSecret: string };
} {
  return Boolean(config.google.clientId && config.google.clientSecret);
}

/** PKCE (RFC 7636) S256 challenge of a verifier. */
export function codeChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** The consent page: offline access (a refresh token) and a fresh prompt, so the refresh token is always sent. */
export function consentUrl(
  config: Config,
  props: { state: string; codeVerifier: string; loginHint?: string },
) {
  const url = new URL(googleEndpoints(config).authUrl);
  const params: Record<string, string> = {
    client_id: config.google.clientId ?? '',
    redirect_uri: googleRedirectUri(config),
    response_type: 'code',
    scope: GOOGLE_SCOPES.join(' '),
    access_type: 'offline',
    prompt: 'consent',
    include_granted_scopes: 'true',
    state: props.state,
    code_challenge: codeChallenge(props.codeVerifier),
    code_challenge_method: 'S256',
    ...(props.loginHint ? { login_hint: props.loginHint } : {}),
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

interface TokenAnswer {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  error?: string;
}

async function tokenRequest(config: Config, form: Record<string, string>): Promise<TokenAnswer> {
  let response: Response;
  try {
    response = await fetch(googleEndpoints(config).tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        client_id: config.google.clientId ?? '',
        client_secret: config.google.clientSecret ?? '',
        ...form,
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw networkError('google', error);
  }
  const body = (await response.json().catch(() => ({}))) as TokenAnswer;
  if (response.ok && body.access_token) return body;
  // invalid_grant: the code was used or expired, or the refresh token was revoked; asking again cannot help.
  const code = typeof body.error === 'string' ? body.error.replace(/[^a-z_]/g, '') : String(response.status);
  throw new CalendarSyncError(`google:${code}`, response.status >= 500 || response.status === 429);
}

function expiresAt(now: Date, seconds: number | undefined): string {
  return new Date(now.getTime() + (seconds ?? 3600) * 1000).toISOString();
}

/** Trades the consent's authorization code for tokens (RFC 6749 4.1.3, with the PKCE verifier). */
export async function exchangeCode(
  config: Config,
  props: { code: string; codeVerifier: string; now: Date },
): Promise<GoogleCredentials> {
  const answer = await tokenRequest(config, {
    grant_type: 'authorization_code',
    code: props.code,
    code_verifier: props.codeVerifier,
    redirect_uri: googleRedirectUri(config),
  });
  if (!answer.refresh_token) throw new CalendarSyncError('google:no_refresh_token', false);
  return {
    accessToken: answer.access_token ?? '',
    refreshToken: answer.refresh_token,
    expiresAt: expiresAt(props.now, answer.expires_in),
  };
}

/** A new access token; Google may also rotate the refresh token, which then replaces ours. */
export async function refreshTokens(
  config: Config,
  props: { credentials: GoogleCredentials; now: Date },
): Promise<GoogleCredentials> {
  const answer = await tokenRequest(config, {
    grant_type: 'refresh_token',
    refresh_token: props.credentials.refreshToken,
  });
  return {
    accessToken: answer.access_token ?? '',
    refreshToken: answer.refresh_token ?? props.credentials.refreshToken,
    expiresAt: expiresAt(props.now, answer.expires_in),
  };
}

/** Withdraws our access when an agent disconnects; best effort, as the row and its tokens are gone anyway. */
export async function revokeTokens(config: Config, credentials: GoogleCredentials): Promise<boolean> {
  try {
    const response = await fetch(googleEndpoints(config).revokeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: credentials.refreshToken }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}
