import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Meta's Graph API, enough for lead ads: `GET /{version}/{leadgen_id}` with the page
 * token answers the lead's field_data; an unknown lead or a wrong token answers Graph's error shape.
 * `failNext(n)` makes the next n lookups answer 500, as an outage would.
 */
export interface FakeGraph {
  baseUrl: string;
  addLead(id: string, fields: Record<string, string | string[]>, extra?: Record<string, unknown>): void;
  failNext(count: number): void;
  requests: Array<{ path: string; token: string | null }>;
  close(): Promise<void>;
}

export async function startFakeGraph(pageToken: string): Promise<FakeGraph> {
  const leads = new Map<string, Record<string, unknown>>();
  const requests: FakeGraph['requests'] = [];
  let failures = 0;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const token = url.searchParams.get('access_token');
    requests.push({ path: url.pathname, token });
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (failures > 0) {
      failures -= 1;
      return send(500, {
        error: { message: 'An unexpected error has occurred.', type: 'OAuthException', code: 2 },
      });
    }
    if (token !== pageToken)
      return send(400, {
        error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 },
      });
    const id = url.pathname.split('/').at(-1) ?? '';
    const lead = leads.get(id);
    if (request.method !== 'GET' || !lead)
      return send(400, {
        error: { message: `Unsupported get request. Object with ID '${id}' does not exist`, code: 100 },
      });
    return send(200, lead);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v21.0`,
    requests,
    addLead(id, fields, extra = {}) {
      leads.set(id, {
        id,
        created_time: '2026-01-13T15:04:00+0000',
        form_id: '771100',
        ad_id: '23850000',
        field_data: Object.entries(fields).map(([name, value]) => ({
          name,
          values: Array.isArray(value) ? value : [value],
        })),
        ...extra,
      });
    },
    failNext(count) {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
