import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local Follow Up Boss speaking its documented REST API under /v1: Basic auth with the API key as the user
 * name, the X-System/X-System-Key headers, people created by events, notes, appointments, users, webhooks.
 * Calls are recorded; a test can make the next calls fail (a 429 with Retry-After, a 5xx).
 */

export interface FubCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | undefined;
  headers: IncomingMessage['headers'];
}

export interface FubPerson {
  id: number;
  name: string;
  firstName?: string;
  lastName?: string;
  stage: string;
  source: string;
  emails: Array<{ value: string }>;
  phones: Array<{ value: string }>;
  tags: string[];
  /** The agent in charge of the person: their name and Follow Up Boss user id, as the API answers them. */
  assignedTo?: string;
  assignedUserId?: number;
}

export interface FakeFub {
  baseUrl: string;
  apiKey: string;
  systemName: string;
  systemKey: string;
  calls: FubCall[];
  people: Map<number, FubPerson>;
  users: Array<{ id: number; email: string; name: string }>;
  /** The next `count` calls (of the method and path prefix, when given) answer `status`. */
  failNext(count: number, status: number, options?: { retryAfter?: string; match?: string }): void;
  addPerson(person: Omit<FubPerson, 'id'>): FubPerson;
  /** A webhook as Follow Up Boss signs it: FUB-Signature is the hex HMAC-SHA256 of the base64 body. */
  webhook(
    event: string,
    resourceIds: number[],
    eventId?: string,
  ): { body: string; headers: Record<string, string> };
  close(): Promise<void>;
}

let nextId = 1000;

export async function startFakeFub(
  options: { apiKey?: string; systemName?: string; systemKey?: string } = {},
): Promise<FakeFub> {
  const apiKey = options.apiKey ?? 'fka_test_0123456789abcdef';
  const systemName = options.systemName ?? 'ClosingCloud';
  const systemKey = options.systemKey ?? 'system-key-0123456789abcdef';
  const calls: FubCall[] = [];
  const people = new Map<number, FubPerson>();
  const users: FakeFub['users'] = [];
  const failures: Array<{ status: number; retryAfter?: string | undefined; match?: string | undefined }> = [];
  const appointments = new Map<number, Record<string, unknown>>();

  const send = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  };

  const handle = (request: IncomingMessage, response: ServerResponse, raw: string) => {
    const url = new URL(request.url ?? '/', 'http://fub.local');
    const path = url.pathname;
    let body: Record<string, unknown> | undefined;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    } catch {
      return send(response, 400, { errorMessage: 'Invalid JSON' });
    }
    const call = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      headers: request.headers,
    };
    calls.push(call);
    const expected = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
    if (request.headers.authorization !== expected)
      return send(response, 401, { errorMessage: 'Invalid API key' });
    if (request.headers['x-system'] !== systemName || request.headers['x-system-key'] !== systemKey)
      return send(response, 401, { errorMessage: 'Unregistered system' });
    const failure = failures.findIndex((f) => !f.match || `${call.method} ${path}`.startsWith(f.match));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return send(
        response,
        f?.status ?? 500,
        { errorMessage: 'Try later' },
        f?.retryAfter ? { 'retry-after': f.retryAfter } : {},
      );
    }
    const id = (prefix: string) => Number(path.slice(prefix.length));
    if (call.method === 'GET' && path === '/v1/me')
      return send(response, 200, { id: 1, name: 'Owner', account: { name: 'Test Team' } });
    if (call.method === 'POST' && path === '/v1/webhooks')
      return send(response, 201, { id: nextId++, ...body });
    if (call.method === 'GET' && path === '/v1/users') {
      const email = url.searchParams.get('email')?.toLowerCase();
      return send(response, 200, { users: users.filter((u) => !email || u.email.toLowerCase() === email) });
    }
    if (call.method === 'POST' && path === '/v1/events') {
      const person = (body?.person ?? {}) as Partial<FubPerson>;
      const email = person.emails?.[0]?.value;
      const existing = [...people.values()].find((p) => email && p.emails.some((e) => e.value === email));
      if (existing) return send(response, 200, existing);
      const created: FubPerson = {
        id: nextId++,
        name: [person.firstName, person.lastName].filter(Boolean).join(' '),
        stage: 'Lead',
        source: String(body?.source ?? ''),
        emails: person.emails ?? [],
        phones: person.phones ?? [],
        tags: person.tags ?? [],
      };
      people.set(created.id, created);
      return send(response, 201, created);
    }
    if (path.startsWith('/v1/people/')) {
      const person = people.get(id('/v1/people/'));
      if (!person) return send(response, 404, { errorMessage: 'Not found' });
      if (call.method === 'GET') return send(response, 200, person);
      if (call.method === 'PUT') {
        Object.assign(person, body);
        return send(response, 200, person);
      }
    }
    if (call.method === 'POST' && path === '/v1/notes') return send(response, 201, { id: nextId++, ...body });
    if (call.method === 'POST' && path === '/v1/appointments') {
      const appointment = { id: nextId++, ...body };
      appointments.set(appointment.id, appointment);
      return send(response, 201, appointment);
    }
    if (path.startsWith('/v1/appointments/')) {
      const appointmentId = id('/v1/appointments/');
      if (!appointments.has(appointmentId)) return send(response, 404, { errorMessage: 'Not found' });
      if (call.method === 'DELETE') {
        appointments.delete(appointmentId);
        return send(response, 204, {});
      }
      if (call.method === 'PUT')
        return send(response, 200, Object.assign(appointments.get(appointmentId) ?? {}, body));
    }
    return send(response, 404, { errorMessage: `No route ${call.method} ${path}` });
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    apiKey,
    systemName,
    systemKey,
    calls,
    people,
    users,
    failNext: (count, status, more = {}) => {
      for (let i = 0; i < count; i += 1)
        failures.push({ status, retryAfter: more.retryAfter, match: more.match });
    },
    addPerson: (person) => {
      const created = { ...person, id: nextId++ };
      people.set(created.id, created);
      return created;
    },
    webhook: (event, resourceIds, eventId = `evt-${nextId++}`) => {
      const body = JSON.stringify({
        eventId,
        eventCreated: new Date().toISOString(),
        event,
        resourceIds,
        uri: `${baseUrl}/v1/people?id=${resourceIds.join(',')}`,
      });
      const signature = createHmac('sha256', systemKey)
        .update(Buffer.from(body).toString('base64'))
        .digest('hex');
      return { body, headers: { 'content-type': 'application/json', 'fub-signature': signature } };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
