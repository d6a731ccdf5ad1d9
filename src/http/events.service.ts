import { tooManyRequests } from '../platform/errors.js';
import type { LapseReason } from '../workspaces/credential-standing.js';
import type { AppContext } from './context.js';
import { changesSince, type LiveEvent } from './events.repository.js';

/**
 * Live events for the dashboard, per workspace.
 *
 * Why polling: the HTTP server and the workers may be different processes (on PostgreSQL, many of each),
 * so an in-process emitter would miss what a worker did. Every table announced carries `updated_at`, so
 * one feed per workspace per process asks the database "what changed since my cursor" every `pollMs`
 * (four indexed queries a tick, however many tabs are open) and fans the answer out to that workspace's
 * streams. The same code serves SQLite and PostgreSQL; LISTEN/NOTIFY would need a trigger or a notify on
 * every write path and a second mechanism for SQLite.
 *
 * Each query looks `lookbackMs` behind the cursor, because a transaction may commit after a later one
 * whose rows were already read; rows already sent are remembered by key for that window. Delivery is
 * at least once: an event is a prompt to re-read a resource, so a repeat is harmless.
 *
 * A stream outlives the request that authenticated it, so its credential is checked again before each
 * batch it is sent and on each heartbeat (an idle stream ends too): a revoked key, an ended session, a
 * member removed or demoted ends the stream with a `revoked` event. The check follows the batch's read,
 * so no change committed after the revocation reaches the stream.
 */
export interface EventsOptions {
  pollMs: number;
  pingMs: number;
  lookbackMs: number;
  /** Open streams per workspace in this process; more answer 429. */
  maxStreamsPerWorkspace: number;
  /** Rows per table per query. */
  batch: number;
  /** A Last-Event-ID older than this gets `resync` instead of a replay. */
  maxResumeMs: number;
}

export const defaultEventsOptions: EventsOptions = {
  pollMs: 500,
  pingMs: 15_000,
  lookbackMs: 5_000,
  maxStreamsPerWorkspace: 50,
  batch: 500,
  maxResumeMs: 60 * 60_000,
};

/** What a stream receives: a change, or `resync` (too much was missed: reload everything). */
export type StreamEvent =
  | LiveEvent
  | { type: 'resync'; at: string; key: string; data: Record<string, never> };

/** How a stream's credential is checked again while it is open. */
export interface StreamAccess {
  /** Streams opened with the same credential share one check per poll. */
  key: string;
  /** Null while the credential holds; otherwise why it lapsed. */
  check: () => Promise<LapseReason | null>;
}

interface Subscriber {
  /** Only changes at or after this instant (the stream's start or its Last-Event-ID). */
  floor: string;
  send: (event: StreamEvent) => void;
  access: StreamAccess;
  /** Ends the response; with a reason when the credential lapsed. */
  end: (lapse?: LapseReason) => void;
}

type Checks = Map<string, Promise<LapseReason | null>>;

/** Whether the subscriber may still be sent to; if not, its stream is ended (a failed check ends it too). */
async function admitted(subscriber: Subscriber, checks: Checks, ctx: AppContext): Promise<boolean> {
  const { key } = subscriber.access;
  let check = checks.get(key);
  if (!check) {
    check = subscriber.access.check();
    checks.set(key, check);
  }
  try {
    const lapse = await check;
    if (lapse) subscriber.end(lapse);
    return lapse === null;
  } catch (error) {
    // Unknown is not allowed: the client reconnects, and its credential is checked at the door.
    ctx.logger.warn({ category: 'events', err: error }, 'stream credential check failed');
    subscriber.end();
    return false;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

class WorkspaceFeed {
  readonly subscribers = new Set<Subscriber>();
  private readonly seen = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly workspaceId: string,
    private readonly options: EventsOptions,
    private cursor: string,
    private readonly onEmpty: () => void,
  ) {}

  start(): void {
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  remove(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) {
      this.stop();
      this.onEmpty();
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick()
        .catch((error: unknown) => {
          this.ctx.logger.warn(
            { category: 'events', err: error, workspaceId: this.workspaceId },
            'poll failed',
          );
        })
        .finally(() => this.schedule(this.options.pollMs));
    }, delay);
  }

  private async tick(): Promise<void> {
    const since = iso(new Date(this.cursor).getTime() - this.options.lookbackMs);
    const batch = await changesSince(this.ctx.db, this.workspaceId, since, this.options.batch);
    if (this.stopped) return;
    let newest = this.cursor;
    const due = new Map<Subscriber, StreamEvent[]>();
    for (const event of batch.events) {
      if (event.at > newest) newest = event.at;
      if (this.seen.has(event.key)) continue;
      this.seen.set(event.key, event.at);
      for (const subscriber of this.subscribers) {
        if (event.at < subscriber.floor) continue;
        const list = due.get(subscriber) ?? [];
        list.push(event);
        due.set(subscriber, list);
      }
    }
    const checks: Checks = new Map();
    await Promise.all(
      [...due].map(async ([subscriber, events]) => {
        if (!(await admitted(subscriber, checks, this.ctx))) return;
        for (const event of events) subscriber.send(event);
      }),
    );
    // A table cut short by the batch size holds the cursor back, so its remaining rows come next tick.
    const held = [newest, ...batch.truncatedAt].sort()[0] ?? newest;
    if (held > this.cursor) this.cursor = held;
    const forgetBefore = iso(new Date(this.cursor).getTime() - this.options.lookbackMs);
    for (const [key, at] of this.seen) if (at < forgetBefore) this.seen.delete(key);
  }
}

export interface Subscription {
  close(): void;
}

/** The feeds of one HTTP process, one per workspace with an open stream. */
export class EventHub {
  private readonly feeds = new Map<string, WorkspaceFeed>();
  private readonly ends = new Set<() => void>();

  constructor(
    private readonly ctx: AppContext,
    readonly options: EventsOptions,
  ) {}

  openStreams(workspaceId: string): number {
    return this.feeds.get(workspaceId)?.subscribers.size ?? 0;
  }

  /** Fails with 429 when the workspace already has its maximum of open streams. */
  assertRoom(workspaceId: string): void {
    if (this.openStreams(workspaceId) >= this.options.maxStreamsPerWorkspace) {
      throw tooManyRequests('This workspace has too many live streams open; close a tab or two');
    }
  }

  /**
   * Starts delivering a workspace's changes to `send`, and `ping` every `pingMs` while the credential
   * holds. With `lastEventAt` (a resumed stream), first replays what changed since then, or sends
   * `resync` when that is too long ago or too much. `end` closes the response: with a reason when the
   * credential lapsed, without one when the process shuts down.
   */
  async subscribe(props: {
    workspaceId: string;
    lastEventAt?: string | undefined;
    access: StreamAccess;
    send: (event: StreamEvent) => void;
    ping: () => void;
    end: (lapse?: LapseReason) => void;
  }): Promise<Subscription> {
    const now = this.ctx.clock.now();
    const subscriber: Subscriber = {
      floor: props.lastEventAt ?? now.toISOString(),
      send: props.send,
      access: props.access,
      end: props.end,
    };
    if (props.lastEventAt) await this.replay(props.workspaceId, props.lastEventAt, now, props.send);

    let feed = this.feeds.get(props.workspaceId);
    if (!feed) {
      const created = new WorkspaceFeed(this.ctx, props.workspaceId, this.options, now.toISOString(), () => {
        if (this.feeds.get(props.workspaceId) === created) this.feeds.delete(props.workspaceId);
      });
      this.feeds.set(props.workspaceId, created);
      created.start();
      feed = created;
    }
    feed.subscribers.add(subscriber);
    const end = () => props.end();
    this.ends.add(end);
    // The heartbeat checks the credential too, so an idle stream ends as soon as a busy one would.
    const heartbeat = setInterval(() => {
      void admitted(subscriber, new Map(), this.ctx).then((ok) => ok && props.ping());
    }, this.options.pingMs);
    const joined = feed;
    return {
      close: () => {
        clearInterval(heartbeat);
        this.ends.delete(end);
        joined.remove(subscriber);
      },
    };
  }

  private async replay(
    workspaceId: string,
    lastEventAt: string,
    now: Date,
    send: (event: StreamEvent) => void,
  ): Promise<void> {
    const tooOld = now.getTime() - new Date(lastEventAt).getTime() > this.options.maxResumeMs;
    const batch = tooOld
      ? null
      : await changesSince(this.ctx.db, workspaceId, lastEventAt, this.options.batch);
    if (!batch || batch.truncatedAt.length > 0) {
      send({ type: 'resync', at: now.toISOString(), key: 'resync', data: {} });
      return;
    }
    for (const event of batch.events) send(event);
  }

  /** Stops every feed and closes every stream (the process is shutting down). */
  close(): void {
    for (const feed of this.feeds.values()) feed.stop();
    this.feeds.clear();
    for (const end of [...this.ends]) end();
    this.ends.clear();
  }
}
