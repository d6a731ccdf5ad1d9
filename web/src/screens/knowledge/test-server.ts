import { vi } from 'vitest';

export interface Call {
  method: string;
  url: string;
  body: unknown;
}

/** A server answering each `METHOD /path` (query left off) from a table, remembering what it was sent. */
export function fakeServer(
  routes: Record<string, (body: unknown, url: URL) => { status: number; body: unknown }>,
) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const url = new URL(String(input), 'http://localhost');
      const raw = init?.body;
      const type = (init?.headers as Record<string, string> | undefined)?.['content-type'];
      const body = typeof raw === 'string' && type === 'application/json' ? JSON.parse(raw) : raw;
      calls.push({ method, url: url.pathname + url.search, body });
      const route = routes[`${method} ${url.pathname}`];
      const answer = route
        ? route(body, url)
        : { status: 404, body: { error: { code: 'not_found', message: 'No' } } };
      return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

/** The API's validation refusal, as the server's error handler writes it. */
export function invalid(issues: { path: string; message: string }[]) {
  return {
    status: 400,
    body: { error: { code: 'validation_failed', message: 'The request is not valid', details: { issues } } },
  };
}
