import type { AppContext } from '../../http/context.js';
import { updateConnection } from './calendars.repository.js';
import type { CalendarConnectionRow } from './calendars.table.js';
import { type GoogleCredentials, openCredentials, sealCredentials } from './credentials.js';
import { refreshTokens } from './google.oauth.js';
import { CalendarSyncError, errorForStatus, networkError, REQUEST_TIMEOUT_MS } from './sync-support.js';

/** Refresh a minute early, so a token does not lapse between the check and Google reading it. */
const EARLY_REFRESH_MS = 60_000;

export interface GoogleAnswer {
  status: number;
  body: unknown;
}

export interface GoogleSession {
  /** `path` below the API base, e.g. `/calendar/v3/freeBusy`. Statuses in `accept` are returned, others thrown. */
  request(props: {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    path: string;
    query?: Record<string, string>;
    body?: unknown;
    accept?: readonly number[];
  }): Promise<GoogleAnswer>;
}

function rateLimited(body: unknown): boolean {
  const reasons = (body as { error?: { errors?: { reason?: string }[] } })?.error?.errors ?? [];
  return reasons.some((e) => /rateLimitExceeded|quotaExceeded/.test(e.reason ?? ''));
}

/**
 * Calls to Google Calendar as the connection's account: the access token is refreshed when it is about
 * to expire and once more when Google answers 401, and the new tokens are sealed back into the row.
 */
export function googleSession(ctx: AppContext, row: CalendarConnectionRow): GoogleSession {
  let credentials: GoogleCredentials | undefined;
  const current = () => {
    credentials ??= openCredentials<GoogleCredentials>(ctx.config, row.credentials);
    return credentials;
  };

  async function refresh(): Promise<GoogleCredentials> {
    const now = ctx.clock.now();
    const fresh = await refreshTokens(ctx.config, { credentials: current(), now });
    credentials = fresh;
    await updateConnection(ctx.db, {
      workspaceId: row.workspaceId,
      connectionId: row.id,
      patch: { credentials: sealCredentials(ctx.config.appSecret, fresh) },
      at: now,
    });
    return fresh;
  }

  async function send(token: string, props: Parameters<GoogleSession['request']>[0]): Promise<GoogleAnswer> {
    const url = new URL(`${ctx.config.google.apiBaseUrl}${props.path}`);
    for (const [key, value] of Object.entries(props.query ?? {})) url.searchParams.set(key, value);
    try {
      const response = await fetch(url, {
        method: props.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(props.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(props.body === undefined ? {} : { body: JSON.stringify(props.body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    } catch (error) {
      throw networkError('google', error);
    }
  }

  return {
    async request(props) {
      let tokens = current();
      if (Date.parse(tokens.expiresAt) - EARLY_REFRESH_MS <= ctx.clock.now().getTime())
        tokens = await refresh();
      let answer = await send(tokens.accessToken, props);
      if (answer.status === 401) answer = await send((await refresh()).accessToken, props);
      if ((answer.status >= 200 && answer.status < 300) || props.accept?.includes(answer.status))
        return answer;
      if (answer.status === 403 && rateLimited(answer.body))
        throw new CalendarSyncError('google:rate_limited', true);
      throw errorForStatus('google', answer.status);
    },
  };
}
