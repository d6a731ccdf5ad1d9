import { setTimeout as sleep } from 'node:timers/promises';
import type { AppContext } from '../http/context.js';
import { tooManyRequests } from '../platform/errors.js';

/**
 * Each workspace's pace of new leads through one process, so one workspace replaying a backlog cannot take
 * the process from every other workspace's leads. A generic cell-rate algorithm: a workspace has an
 * allowance of `burst` leads at once and then one every `1 / perSecond` s; a lead beyond it waits for its
 * turn (`wait`, the API holds the request), or is left to the worker when the caller need not wait (a lead
 * source's payload is stored first and its job reads it, claimed fairly between workspaces). A wait longer
 * than `maxWaitMs` is refused with Retry-After. The pace binds only while another workspace is taking in
 * leads too (one arrived in the last `contendedForMs`): a workspace alone in the process, a self-hosted
 * team's or a benchmark's, has all of it. Timed on the process's monotonic clock, not the app's clock: this
 * is about sharing the CPU now, not about the business's time.
 */
export interface IntakePace {
  /**
   * Reserves the workspace's next turn: `waitMs` 0 when it may go now, else how long to wait; refused (no turn
   * reserved) when the wait would pass `maxWaitMs`, with how long until it would not.
   */
  reserve(workspaceId: string): { waitMs: number } | { refusedForMs: number };
  /** Whether a lead of the workspace may go now without waiting, reserving the turn when it may. */
  tryNow(workspaceId: string): boolean;
}

export interface IntakePaceOptions {
  /** Leads a second per workspace in this process; 0 turns pacing off. */
  perSecond: number;
  /** Leads a workspace may send at once before the pace applies. */
  burst: number;
  /** The longest a lead is held for its turn before it is refused. */
  maxWaitMs: number;
  /** How recently another workspace's lead must have arrived for the pace to bind (10 s by default). */
  contendedForMs?: number;
  /** Milliseconds on a monotonic clock; `performance.now` unless a test gives its own. */
  now?: () => number;
}

const IDLE_SWEEP = 1024;

export function createIntakePace(options: IntakePaceOptions): IntakePace {
  const now = options.now ?? (() => performance.now());
  const interval = options.perSecond > 0 ? 1000 / options.perSecond : 0;
  const tolerance = interval * Math.max(0, options.burst - 1);
  const contendedFor = options.contendedForMs ?? 10_000;
  /** Each workspace's theoretical arrival time: when its allowance is whole again. */
  const arrival = new Map<string, number>();
  let reservations = 0;
  /** The latest lead's workspace and time, and the latest of any other workspace before it. */
  let latest = { id: '', at: Number.NEGATIVE_INFINITY };
  let latestOther = Number.NEGATIVE_INFINITY;

  /** Notes a lead of the workspace; true when another workspace's lead came within `contendedFor`. */
  const contended = (workspaceId: string, at: number) => {
    const otherAt = latest.id === workspaceId ? latestOther : latest.at;
    if (latest.id !== workspaceId) {
      latestOther = latest.at;
      latest = { id: workspaceId, at };
    } else latest.at = at;
    return at - otherAt <= contendedFor;
  };

  // Workspaces idle for longer than their allowance need no entry: forget them now and then.
  const sweep = (at: number) => {
    if (++reservations % IDLE_SWEEP !== 0) return;
    for (const [id, tat] of arrival) if (tat < at) arrival.delete(id);
  };

  /** The workspace's next turn, reserved unless it is more than `maxWaitMs` off. */
  const take = (workspaceId: string, maxWaitMs: number): { waitMs: number } | { refusedForMs: number } => {
    if (interval === 0) return { waitMs: 0 };
    const at = now();
    if (!contended(workspaceId, at)) return { waitMs: 0 };
    sweep(at);
    const tat = Math.max(arrival.get(workspaceId) ?? at, at);
    const wait = Math.max(0, tat - tolerance - at);
    if (wait > maxWaitMs) return { refusedForMs: wait - maxWaitMs };
    arrival.set(workspaceId, tat + interval);
    return { waitMs: wait };
  };

  return {
    reserve: (workspaceId) => take(workspaceId, options.maxWaitMs),
    tryNow: (workspaceId) => 'waitMs' in take(workspaceId, 0),
  };
}

const paces = new WeakMap<AppContext['config'], IntakePace>();

/** The process's pace for the configuration it runs with (one per app; tests each get their own). */
export function intakePaceOf(ctx: Pick<AppContext, 'config'>): IntakePace {
  let pace = paces.get(ctx.config);
  if (!pace) {
    pace = createIntakePace(ctx.config.intakePace);
    paces.set(ctx.config, pace);
  }
  return pace;
}

/**
 * Holds an API lead until its workspace's turn, or answers 429 with Retry-After when the turn is further
 * off than the pace allows a request to wait.
 */
export async function awaitIntakeTurn(ctx: Pick<AppContext, 'config'>, workspaceId: string): Promise<void> {
  const turn = intakePaceOf(ctx).reserve(workspaceId);
  if ('refusedForMs' in turn)
    throw tooManyRequests(
      'Too many new leads from this workspace at once; send them more slowly',
      Math.max(1, Math.ceil(turn.refusedForMs / 1000)),
    );
  if (turn.waitMs > 0) await sleep(turn.waitMs);
}
