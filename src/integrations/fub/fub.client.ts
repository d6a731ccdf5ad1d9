import { createHmac } from 'node:crypto';
import type { AppContext } from '../../http/context.js';
import { SECOND } from '../../platform/clock.js';
import { safeEqual } from '../../platform/crypto.js';

/** What a call to Follow Up Boss needs: the account's API key and the system we registered as. */
export interface FubCredentials {
  apiKey: string;
  systemName: string;
  systemKey: string;
}

/** A call Follow Up Boss refused or could not answer; `retryAfterMs` is its Retry-After on a 429. */
export class FubError extends Error {
  constructor(
    readonly status: number | null,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'FubError';
  }

  /** 429, 5xx and network failures pass; anything else will fail the same way again. */
  get retryable(): boolean {
    return this.status === null || this.status === 429 || this.status >= 500;
  }
}

const TIMEOUT_MS = 20 * SECOND;

function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 3600) * SECOND;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now.getTime()), 3600 * SECOND);
}

/** One REST call: Basic auth with the API key as user name, and the X-System headers on every call. */
export async function fubRequest<T = Record<string, unknown>>(
  ctx: AppContext,
  credentials: FubCredentials,
  props: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; body?: unknown },
): Promise<T> {
  const url = `${ctx.config.followUpBoss.apiBaseUrl}${props.path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: props.method,
      headers: {
        authorization: `Basic ${Buffer.from(`${credentials.apiKey}:`).toString('base64')}`,
        'x-system': credentials.systemName,
        'x-system-key': credentials.systemKey,
        accept: 'application/json',
        ...(props.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(props.body !== undefined ? { body: JSON.stringify(props.body) } : {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new FubError(null, `Follow Up Boss did not answer: ${(error as Error).message}`.slice(0, 300));
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const detail = text.slice(0, 200).replace(/\s+/g, ' ');
    throw new FubError(
      response.status,
      `Follow Up Boss answered ${response.status} to ${props.method} ${props.path.split('?')[0]}: ${detail}`,
      response.status === 429
        ? (retryAfterMs(response.headers.get('retry-after'), ctx.clock.now()) ?? 10 * SECOND)
        : undefined,
    );
  }
  if (!text) return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new FubError(response.status, 'Follow Up Boss answered with something other than JSON');
  }
}

export const FUB_SIGNATURE_HEADER = 'fub-signature';

/** Follow Up Boss signs a webhook with the hex HMAC-SHA256 of the base64 of its body, keyed by the X-System-Key. */
export function fubSignature(systemKey: string, body: string): string {
  return createHmac('sha256', systemKey).update(Buffer.from(body, 'utf8').toString('base64')).digest('hex');
}

export function validFubSignature(systemKey: string, body: string, header: string | undefined): boolean {
  return header !== undefined && safeEqual(fubSignature(systemKey, body), header.trim().toLowerCase());
}
