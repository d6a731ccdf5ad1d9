import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildApiKey, buildMember, buildTeam, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { SECOND } from '../platform/clock.js';
import { eventsRoutes } from './events.routes.js';

interface Frame {
  id?: string;
  event?: string;
  data?: Record<string, unknown>;
  comment?: string;
}

interface Stream {
  status: number;
  contentType: string | null;
  frames: Frame[];
  raw: () => string;
  waitFor(match: (frame: Frame) => boolean, ms?: number): Promise<Frame>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

function parse(block: string): Frame {
  const frame: Frame = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) frame.comment = line.slice(1).trim();
    else if (line.startsWith('id: ')) frame.id = line.slice(4);
    else if (line.startsWith('event: ')) frame.event = line.slice(7);
    else if (line.startsWith('data: ')) frame.data = JSON.parse(line.slice(6)) as Record<string, unknown>;
  }
  return frame;
}

/** Reads a real text/event-stream over the socket, frame by frame. */
async function openStream(url: string, headers: Record<string, string>): Promise<Stream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const frames: Frame[] = [];
  let text = '';
  let buffer = '';
  const waiters = new Set<() => void>();
  let ended: Promise<void> = Promise.resolve();
  if (response.body && response.headers.get('content-type')?.startsWith('text/event-stream')) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    ended = (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          const chunk = decoder.decode(value, { stream: true });
          text += chunk;
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            frames.push(parse(buffer.slice(0, end)));
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
          }
          for (const wake of waiters) wake();
        }
      } catch {
        // Aborted by close().
      }
    })();
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    frames,
    raw: () => text,
    ended,
    waitFor: (match, ms = 8000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event in ${ms} ms; got ${JSON.stringify(frames)}`));
        }, ms);
        waiters.add(check);
        check();
      }),
    close: () => controller.abort(),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fails unless the server ends the stream within `ms`. */
async function expectEnded(stream: Stream, ms = 8000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still open after ${ms} ms: ${stream.raw()}`)), ms);
  });
  try {
    await Promise.race([stream.ended, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe(`live events over a real socket, on ${testDialect()}`, () => {
  let t: TestApp;
  let a: Team;
  let b: Team;
  let base: string;
  const opened: Stream[] = [];
  const nextPhone = phoneSequence(5300);

  const open = async (path: string, headers: Record<string, string>) => {
    const stream = await openStream(`${base}${path}`, headers);
    opened.push(stream);
    return stream;
  };

  beforeAll(async () => {
    t = await buildTestApp();
    // A second copy of the stream with a cap of one and a fast ping, to test both quickly.
    await t.app.register(eventsRoutes, {
      prefix: '/api/v1/capped',
      ctx: t.ctx,
      events: { maxStreamsPerWorkspace: 1, pingMs: 100, pollMs: 100 },
    });
    // A copy with a fast heartbeat, for idle streams; and one only managers may open, as a route with roles.
    await t.app.register(eventsRoutes, { prefix: '/api/v1/fast', ctx: t.ctx, events: { pingMs: 150 } });
    await t.app.register(async (scope) => {
      scope.addHook('onRoute', (route) => {
        route.config = { ...route.config, roles: ['owner', 'admin'] };
      });
      await scope.register(eventsRoutes, { prefix: '/api/v1/managers', ctx: t.ctx, events: { pingMs: 150 } });
    });
    a = await buildTeam(t);
    b = await buildTeam(t);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    // Streams still open must not hold the server up: shutting down ends them.
    const closing = t.close();
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('close hung')), 5000));
    try {
      await Promise.race([closing, timeout]);
    } finally {
      for (const stream of opened) stream.close();
    }
  });

  it("streams a workspace's new lead and texts to it, and nothing of them to another workspace", async () => {
    const streamA = await open('/api/v1/events', asApiKey(a.key.secret));
    const streamB = await open('/api/v1/events', asSession(b.owner.session));
    expect(streamA.status).toBe(200);
    expect(streamA.contentType).toMatch(/^text\/event-stream/);
    expect(streamB.status).toBe(200);

    t.clock.advance(SECOND);
    const { messageId, leadId } = await sandboxText(
      t,
      a.key.secret,
      nextPhone(),
      'Hi, I saw your listing on Elm St',
      {
        drain: false,
      },
    );

    const message = await streamA.waitFor((f) => f.event === 'message' && f.data?.messageId === messageId);
    expect(message.data).toEqual({ messageId, leadId, direction: 'inbound', status: 'received' });
    expect(message.id).toMatch(/^\d{4}-\d\d-\d\dT/);
    await streamA.waitFor((f) => f.event === 'lead' && f.data?.leadId === leadId);
    await streamA.waitFor((f) => f.event === 'conversation' && f.data?.leadId === leadId);

    // The assistant answers: its text shows up too, and moves on as the provider takes it.
    await drainJobs(t.ctx, jobDefinitions);
    await streamA.waitFor(
      (f) => f.event === 'message' && f.data?.leadId === leadId && f.data?.direction === 'outbound',
    );

    await sleep(1500); // three polls of B's feed
    expect(streamB.frames.filter((f) => f.event)).toEqual([]);
    expect(streamB.raw()).not.toContain(leadId);
    expect(streamB.raw()).not.toContain(messageId);
  });

  it('resumes after Last-Event-ID and refuses a malformed one', async () => {
    const first = await open('/api/v1/events', asApiKey(a.key.secret));
    t.clock.advance(SECOND);
    const { messageId, leadId } = await sandboxText(
      t,
      a.key.secret,
      nextPhone(),
      'Is 12 Oak St still available?',
      {
        drain: false,
      },
    );
    const seen = await first.waitFor((f) => f.event === 'message' && f.data?.messageId === messageId);
    first.close();

    // Missed while disconnected: the lead is assigned and its conversation paused by an agent.
    t.clock.advance(SECOND);
    const paused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/assistant`,
      headers: asSession(a.owner.session),
      payload: { paused: true },
    });
    expect(paused.statusCode, paused.body).toBe(200);
    t.clock.advance(10 * SECOND);

    const fresh = await open('/api/v1/events', asApiKey(a.key.secret));
    const resumed = await open('/api/v1/events', {
      ...asApiKey(a.key.secret),
      'last-event-id': seen.id ?? '',
    });
    const conversation = await resumed.waitFor(
      (f) => f.event === 'conversation' && f.data?.leadId === leadId,
    );
    expect(conversation.data).toEqual({ leadId, assistantPaused: true, needsHuman: false });
    // Only the resumed stream replays it: a new one starts from now.
    await sleep(600);
    expect(fresh.frames.filter((f) => f.data?.leadId === leadId)).toEqual([]);

    const bad = await fetch(`${base}/api/v1/events`, {
      headers: { ...asApiKey(a.key.secret), 'last-event-id': 'yesterday' },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBeDefined();
  });

  it('needs credentials, caps open streams per workspace, pings, and frees a slot on disconnect', async () => {
    expect((await fetch(`${base}/api/v1/events`)).status).toBe(401);

    const one = await open('/api/v1/capped/events', asApiKey(a.key.secret));
    expect(one.status).toBe(200);
    await one.waitFor((f) => f.comment === 'ping', 2000);

    const two = await fetch(`${base}/api/v1/capped/events`, { headers: asSession(a.owner.session) });
    expect(two.status).toBe(429);
    expect(((await two.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // The cap is per workspace: B still gets its stream.
    const other = await open('/api/v1/capped/events', asApiKey(b.key.secret));
    expect(other.status).toBe(200);

    one.close();
    let three: Stream | undefined;
    for (let attempt = 0; attempt < 50 && three?.status !== 200; attempt += 1) {
      await sleep(50);
      three?.close();
      three = await open('/api/v1/capped/events', asApiKey(a.key.secret));
    }
    expect(three?.status).toBe(200);
  });

  it('ends a stream whose API key is revoked, before any change made after reaches it', async () => {
    const key = await buildApiKey(t.ctx, { workspaceId: a.workspace.id });
    // The default heartbeat is 15 s: here the next batch of changes is what finds the revocation.
    const stream = await open('/api/v1/events', asApiKey(key.secret));
    t.clock.advance(SECOND);
    const before = await sandboxText(t, a.key.secret, nextPhone(), 'Still for sale?', { drain: false });
    await stream.waitFor((f) => f.event === 'message' && f.data?.messageId === before.messageId);

    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/api-keys/${key.apiKey.id}`,
      headers: asSession(a.owner.session),
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    t.clock.advance(SECOND);
    const after = await sandboxText(t, a.key.secret, nextPhone(), 'Is the open house Sunday?', {
      drain: false,
    });

    await expectEnded(stream);
    expect(stream.frames.at(-1)).toEqual({ event: 'revoked', data: { reason: 'api_key_revoked' } });
    expect(stream.raw()).not.toContain(after.leadId);
    expect(stream.raw()).not.toContain(after.messageId);
  });

  it('ends an idle stream at the next heartbeat once its session signs out', async () => {
    const member = await buildMember(t, a.workspace.id, 'agent');
    const stream = await open('/api/v1/fast/events', asSession(member.session));
    await stream.waitFor((f) => f.comment === 'ping');
    const signedOut = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: asSession(member.session),
    });
    expect(signedOut.statusCode, signedOut.body).toBe(204);
    await expectEnded(stream);
    expect(stream.frames.at(-1)).toEqual({ event: 'revoked', data: { reason: 'session_ended' } });
    // The stream's owner signing out ends only that session's streams.
    const owners = await open('/api/v1/fast/events', asSession(a.owner.session));
    await owners.waitFor((f) => f.comment === 'ping');
    owners.close();
  });

  it('ends the stream of a user removed from the workspace, or whose role no longer allows it', async () => {
    const removed = await buildMember(t, a.workspace.id, 'agent');
    const demoted = await buildMember(t, a.workspace.id, 'admin');
    const removedStream = await open('/api/v1/fast/events', asSession(removed.session));
    const demotedStream = await open('/api/v1/managers/events', asSession(demoted.session));
    await removedStream.waitFor((f) => f.comment === 'ping');
    await demotedStream.waitFor((f) => f.comment === 'ping');

    const patch = (userId: string, payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${userId}`,
        headers: asSession(a.owner.session),
        payload,
      });
    expect((await patch(removed.user.id, { disabled: true })).statusCode).toBe(200);
    expect((await patch(demoted.user.id, { role: 'agent' })).statusCode).toBe(200);

    await expectEnded(removedStream);
    await expectEnded(demotedStream);
    // Disabling a user ends their sessions; a role taken away leaves the session but not the stream.
    expect(removedStream.frames.at(-1)).toEqual({ event: 'revoked', data: { reason: 'session_ended' } });
    expect(demotedStream.frames.at(-1)).toEqual({ event: 'revoked', data: { reason: 'access_removed' } });
    const again = await fetch(`${base}/api/v1/managers/events`, { headers: asSession(demoted.session) });
    expect(again.status).toBe(403);
  });
});
