import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Google's OAuth 2.0 endpoints and the parts of Calendar API v3 we use, speaking the
 * documented protocol: the consent endpoint (`/o/oauth2/v2/auth`, which here consents at once and redirects
 * back with a code), the token endpoint (`/token`: authorization_code with PKCE, refresh_token), `/revoke`, events
 * insert / get / patch / delete under `/calendar/v3/calendars/{calendarId}/events`, and `POST /calendar/v3/freeBusy`.
 * Access tokens expire on the fake's own clock; errors come in Google's shapes.
 */

export interface FakeGoogleEvent {
  id: string;
  calendarId: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  summary?: string;
  description?: string;
  location?: string;
  start: { dateTime: string; timeZone?: string };
  end: { dateTime: string; timeZone?: string };
  transparency?: 'opaque' | 'transparent';
  extendedProperties?: { private?: Record<string, string> };
  sequence: number;
  updated: string;
}

export interface FakeGoogleRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  body: unknown;
}

export interface FakeGoogle {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Every calendar's events by id, deleted ones kept with status `cancelled` as Google does. */
  readonly events: Map<string, FakeGoogleEvent>;
  readonly requests: FakeGoogleRequest[];
  /** Access and refresh tokens ever issued (tests check none of them is stored in the clear). */
  readonly issuedTokens: string[];
  /** Busy time from events that are not in `events` (other calendars' meetings, say). */
  addBusy(start: string, end: string): void;
  /** Every access token issued so far stops working, as after an hour. */
  expireAccessTokens(): void;
  /** The user removed our access: refresh tokens answer invalid_grant. */
  revokeRefreshTokens(): void;
  failNext(count: number, status: number, reason?: string): void;
  close(): Promise<void>;
}

const googleError = (code: number, message: string, reason: string) => ({
  error: { code, message, errors: [{ domain: 'global', reason, message }] },
});

const EVENT_ID = /^[a-v0-9]{5,1024}$/;

export async function startFakeGoogle(): Promise<FakeGoogle> {
  const clientId = `fake-client-${randomBytes(4).toString('hex')}.apps.googleusercontent.com`;
  const clientSecret = randomBytes(12).toString('base64url');
  const codes = new Map<string, { redirectUri: string; challenge: string }>();
  const accessTokens = new Map<string, { valid: boolean }>();
  const refreshTokens = new Map<string, { valid: boolean }>();
  const events = new Map<string, FakeGoogleEvent>();
  const extraBusy: { start: string; end: string }[] = [];
  const requests: FakeGoogleRequest[] = [];
  const issuedTokens: string[] = [];
  const failures: { status: number; reason: string }[] = [];

  const issue = (kind: 'access' | 'refresh') => {
    const token = `${kind === 'access' ? 'ya29' : '1//'}.${randomBytes(24).toString('base64url')}`;
    (kind === 'access' ? accessTokens : refreshTokens).set(token, { valid: true });
    issuedTokens.push(token);
    return token;
  };

  async function readBody(request: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  function handleConsent(url: URL, response: ServerResponse) {
    const q = Object.fromEntries(url.searchParams);
    const problems = [
      q.client_id !== clientId && 'client_id',
      q.response_type !== 'code' && 'response_type',
      !q.redirect_uri && 'redirect_uri',
      !q.scope?.includes('calendar') && 'scope',
      q.code_challenge_method !== 'S256' && 'code_challenge_method',
      !q.code_challenge && 'code_challenge',
    ].filter(Boolean);
    if (problems.length > 0 || !q.redirect_uri) {
      return send(response, 400, { error: 'invalid_request', error_description: problems.join(',') });
    }
    const code = `4/${randomBytes(16).toString('base64url')}`;
    codes.set(code, { redirectUri: q.redirect_uri, challenge: q.code_challenge ?? '' });
    const back = new URL(q.redirect_uri);
    back.searchParams.set('state', q.state ?? '');
    back.searchParams.set('code', code);
    back.searchParams.set('scope', q.scope ?? '');
    response.writeHead(302, { location: back.toString() }).end();
  }

  function handleToken(form: URLSearchParams, response: ServerResponse) {
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return send(response, 401, {
        error: 'invalid_client',
        error_description: 'The OAuth client was not found.',
      });
    }
    const grant = form.get('grant_type');
    if (grant === 'authorization_code') {
      const code = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!code || code.redirectUri !== form.get('redirect_uri') || code.challenge !== challenge) {
        return send(response, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
      }
      return send(response, 200, {
        access_token: issue('access'),
        expires_in: 3599,
        refresh_token: issue('refresh'),
        scope:
          'https://www.googleapis.com/auth/calendar.events https://www.googleapis.com/auth/calendar.freebusy',
        token_type: 'Bearer',
      });
    }
    if (grant === 'refresh_token') {
      if (!refreshTokens.get(form.get('refresh_token') ?? '')?.valid) {
        return send(response, 400, {
          error: 'invalid_grant',
          error_description: 'Token has been expired or revoked.',
        });
      }
      return send(response, 200, { access_token: issue('access'), expires_in: 3599, token_type: 'Bearer' });
    }
    return send(response, 400, { error: 'unsupported_grant_type' });
  }

  function send(response: ServerResponse, status: number, body: unknown) {
    if (status === 204) return response.writeHead(204).end();
    response
      .writeHead(status, { 'content-type': 'application/json; charset=UTF-8' })
      .end(JSON.stringify(body));
  }

  function handleCalendar(
    method: string,
    path: string,
    body: Record<string, unknown>,
  ): { status: number; body: unknown } {
    if (method === 'POST' && path === '/calendar/v3/freeBusy') return freeBusy(body);
    const match = /^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(path);
    if (!match?.[1]) return { status: 404, body: googleError(404, 'Not Found', 'notFound') };
    const calendarId = decodeURIComponent(match[1]);
    const eventId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const key = `${calendarId}/${eventId ?? ''}`;
    const existing = eventId ? events.get(key) : undefined;
    const now = new Date().toISOString();
    if (method === 'POST' && !eventId) {
      const id = typeof body.id === 'string' ? body.id : randomBytes(13).toString('hex');
      if (!EVENT_ID.test(id))
        return { status: 400, body: googleError(400, 'Invalid resource id value.', 'invalid') };
      if (events.has(`${calendarId}/${id}`)) {
        return {
          status: 409,
          body: googleError(409, 'The requested identifier already exists.', 'duplicate'),
        };
      }
      if (!isWhen(body.start) || !isWhen(body.end)) {
        return { status: 400, body: googleError(400, 'Missing time', 'required') };
      }
      const event = { ...(body as object), id, calendarId, status: 'confirmed', sequence: 0, updated: now };
      events.set(`${calendarId}/${id}`, event as FakeGoogleEvent);
      return { status: 200, body: event };
    }
    if (!existing) return { status: 404, body: googleError(404, 'Not Found', 'notFound') };
    if (method === 'GET') return { status: 200, body: existing };
    if (method === 'PATCH') {
      const patched = {
        ...existing,
        ...body,
        id: existing.id,
        sequence: existing.sequence + 1,
        updated: now,
      };
      events.set(key, patched as FakeGoogleEvent);
      return { status: 200, body: patched };
    }
    if (method === 'DELETE') {
      if (existing.status === 'cancelled') {
        return { status: 410, body: googleError(410, 'Resource has been deleted', 'deleted') };
      }
      events.set(key, { ...existing, status: 'cancelled', updated: now });
      return { status: 204, body: null };
    }
    return { status: 405, body: googleError(405, 'Method Not Allowed', 'httpMethodNotAllowed') };
  }

  function freeBusy(body: Record<string, unknown>) {
    const timeMin = Date.parse(String(body.timeMin));
    const timeMax = Date.parse(String(body.timeMax));
    const items = (body.items as { id: string }[] | undefined) ?? [];
    if (Number.isNaN(timeMin) || Number.isNaN(timeMax) || items.length === 0) {
      return { status: 400, body: googleError(400, 'Bad Request', 'badRequest') };
    }
    const calendars: Record<string, { busy: { start: string; end: string }[] }> = {};
    for (const { id } of items) {
      const intervals = [
        ...[...events.values()]
          .filter((e) => e.calendarId === id && e.status !== 'cancelled' && e.transparency !== 'transparent')
          .map((e) => ({ start: Date.parse(e.start.dateTime), end: Date.parse(e.end.dateTime) })),
        ...extraBusy.map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) })),
      ]
        .map((b) => ({ start: Math.max(b.start, timeMin), end: Math.min(b.end, timeMax) }))
        .filter((b) => b.start < b.end)
        .sort((a, b) => a.start - b.start);
      // Google merges overlapping and touching busy time into one block.
      const merged: { start: number; end: number }[] = [];
      for (const b of intervals) {
        const last = merged.at(-1);
        if (last && b.start <= last.end) last.end = Math.max(last.end, b.end);
        else merged.push({ ...b });
      }
      const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
      calendars[id] = { busy: merged.map((b) => ({ start: iso(b.start), end: iso(b.end) })) };
    }
    return {
      status: 200,
      body: { kind: 'calendar#freeBusy', timeMin: body.timeMin, timeMax: body.timeMax, calendars },
    };
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake-google');
    const raw = await readBody(request);
    const query = Object.fromEntries(url.searchParams);
    const log = (status: number, body: unknown) =>
      requests.push({ method: request.method ?? '', path: url.pathname, query, status, body });
    if (url.pathname === '/o/oauth2/v2/auth') {
      log(302, null);
      return handleConsent(url, response);
    }
    if (url.pathname === '/revoke' && request.method === 'POST') {
      const token = new URLSearchParams(raw).get('token') ?? '';
      const known = refreshTokens.get(token) ?? accessTokens.get(token);
      log(known ? 200 : 400, null);
      if (!known)
        return send(response, 400, { error: 'invalid_token', error_description: 'Token expired or revoked' });
      // Revoking a refresh token ends the whole grant: its access tokens stop working too.
      for (const state of [...refreshTokens.values(), ...accessTokens.values()]) state.valid = false;
      return send(response, 200, {});
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      const form = new URLSearchParams(raw);
      log(0, Object.fromEntries(form));
      return handleToken(form, response);
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (!token || !accessTokens.get(token)?.valid) {
      log(401, body);
      return send(
        response,
        401,
        googleError(401, 'Request had invalid authentication credentials.', 'authError'),
      );
    }
    const failure = failures.shift();
    if (failure) {
      log(failure.status, body);
      return send(response, failure.status, googleError(failure.status, 'Injected failure', failure.reason));
    }
    const answer = handleCalendar(request.method ?? 'GET', url.pathname, body);
    log(answer.status, body);
    send(response, answer.status, answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    events,
    requests,
    issuedTokens,
    addBusy: (start, end) => {
      extraBusy.push({ start, end });
    },
    expireAccessTokens: () => {
      for (const state of accessTokens.values()) state.valid = false;
    },
    revokeRefreshTokens: () => {
      for (const state of refreshTokens.values()) state.valid = false;
      for (const state of accessTokens.values()) state.valid = false;
    },
    failNext: (count, status, reason = 'backendError') => {
      for (let i = 0; i < count; i += 1) failures.push({ status, reason });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function isWhen(value: unknown): value is { dateTime: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { dateTime?: unknown }).dateTime === 'string'
  );
}
