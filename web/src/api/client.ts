/** The API's error envelope, thrown by `api()` for any non-2xx answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Sends a string body as it is with this type (a CSV file) instead of as JSON. */
  contentType?: string;
  /** Extra request headers, e.g. an idempotency-key on a send. */
  headers?: Record<string, string>;
  /** Send the user to the sign-in page on a 401 (default). The session check itself turns it off. */
  redirectOnUnauthorized?: boolean;
  signal?: AbortSignal;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const API_BASE = '/api/v1';

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname === '/sign-in') return;
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
};

/** The session's CSRF token, sent back on every write made with the session cookie. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What happens on a 401 (the app replaces the full page load with a client-side navigation). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = path.startsWith('/api/') ? path : `${API_BASE}${path.startsWith('/') ? path : `/${path}`}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

function isEnvelope(
  value: unknown,
): value is { error: { code: string; message: string; details?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  if (isEnvelope(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  }
  const fallback = response.status >= 500 ? 'The server could not answer; try again' : response.statusText;
  return new ApiError(response.status, `http_${response.status}`, fallback || `HTTP ${response.status}`);
}

/** One call to the JSON API with the session cookie; resolves to the parsed body, or null for a 204. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  const raw = options.contentType !== undefined && typeof options.body === 'string';
  if (options.body !== undefined)
    headers['content-type'] = raw ? (options.contentType ?? '') : 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? undefined
          : raw
            ? (options.body as string)
            : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The server cannot be reached; check your connection');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && options.redirectOnUnauthorized !== false) onUnauthorized();
    throw error;
  }
  if (response.status === 204) return null as T;
  return (await readJson(response)) as T;
}

/** A 404 means "this endpoint or record is not there": panels hide themselves rather than fail. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
