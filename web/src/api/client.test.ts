import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, buildUrl, isNotFound, setCsrfToken, setUnauthorizedHandler } from './client.ts';

function respond(status: number, body: unknown, contentType = 'application/json') {
  const text = body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text || null, { status, headers: { 'content-type': contentType } });
}

describe('api()', () => {
  const fetchMock = vi.fn<typeof fetch>();
  const unauthorized = vi.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    unauthorized.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    setUnauthorizedHandler(unauthorized);
    setCsrfToken(null);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('throws the error envelope as an ApiError with status, code, message and details', async () => {
    fetchMock.mockResolvedValueOnce(
      respond(400, {
        error: { code: 'validation_failed', message: 'The request is not valid', details: { issues: [] } },
      }),
    );
    const error = await api('/leads', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'The request is not valid',
      details: { issues: [] },
    });
    expect(unauthorized).not.toHaveBeenCalled();
  });

  it('names a failure that has no envelope (a proxy page) by its status, without its body', async () => {
    fetchMock.mockResolvedValueOnce(respond(502, '<html>Bad gateway</html>', 'text/html'));
    const error = (await api('/leads').catch((caught: unknown) => caught)) as ApiError;
    expect(error).toMatchObject({ status: 502, code: 'http_502' });
    expect(error.message).toBe('The server could not answer; try again');
  });

  it('turns a network failure into a readable error', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(api('/leads')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('sends the user to sign in on a 401, unless the caller handles it', async () => {
    const envelope = { error: { code: 'unauthorized', message: 'Authentication required' } };
    fetchMock.mockResolvedValueOnce(respond(401, envelope));
    await expect(api('/leads')).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toHaveBeenCalledTimes(1);
    fetchMock.mockResolvedValueOnce(respond(401, envelope));
    await expect(api('/auth/session', { redirectOnUnauthorized: false })).rejects.toMatchObject({
      status: 401,
    });
    expect(unauthorized).toHaveBeenCalledTimes(1);
  });

  it('sends the CSRF token on writes only, and JSON with the cookie', async () => {
    setCsrfToken('token-123');
    fetchMock.mockImplementation(async () => respond(200, { ok: true }));
    await api('/leads', { query: { q: 'dana', stage: undefined, limit: 50 } });
    await api('/leads/1', { method: 'PATCH', body: { stage: 'qualified' } });
    const [readUrl, read] = fetchMock.mock.calls[0] ?? [];
    const [writeUrl, write] = fetchMock.mock.calls[1] ?? [];
    expect(readUrl).toBe('/api/v1/leads?q=dana&limit=50');
    expect(read?.headers).not.toHaveProperty('x-csrf-token');
    expect(read?.credentials).toBe('same-origin');
    expect(writeUrl).toBe('/api/v1/leads/1');
    expect(write?.headers).toMatchObject({ 'x-csrf-token': 'token-123', 'content-type': 'application/json' });
    expect(write?.body).toBe('{"stage":"qualified"}');
  });

  it('answers null for a 204', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(api('/auth/sign-out', { method: 'POST' })).resolves.toBeNull();
  });

  it('tells a 404 apart, for panels that hide themselves', () => {
    expect(isNotFound(new ApiError(404, 'not_found', 'Lead not found'))).toBe(true);
    expect(isNotFound(new ApiError(403, 'forbidden', 'No'))).toBe(false);
    expect(isNotFound(new Error('x'))).toBe(false);
  });
});

describe('buildUrl()', () => {
  it('prefixes the API base, drops empty values and encodes the rest', () => {
    expect(buildUrl('/leads', { q: 'a b&c', stage: '', cursor: null, needsHuman: true })).toBe(
      '/api/v1/leads?q=a+b%26c&needsHuman=true',
    );
    expect(buildUrl('/api/v1/events')).toBe('/api/v1/events');
  });
});
