import { useEffect, useRef } from 'react';
import { API_BASE } from './client.ts';

export type LiveEvent =
  | { type: 'lead'; data: { leadId: string; change: string } }
  | { type: 'message'; data: { messageId: string; leadId: string; direction: string; status: string } }
  | { type: 'conversation'; data: { leadId: string; assistantPaused: boolean; needsHuman: boolean } }
  | {
      type: 'appointment';
      data: { appointmentId: string; leadId: string | null; change: string; status?: string };
    }
  | {
      type: 'call';
      data: { callId: string; leadId: string | null; status: string; live: boolean; turns: number };
    }
  /** The stream resumed after missing too much: reload whatever is on screen. */
  | { type: 'resync'; data: Record<string, never> };

export type LiveEventHandler = (event: LiveEvent) => void;

const EVENT_TYPES = ['lead', 'message', 'conversation', 'appointment', 'call', 'resync'] as const;
const MAX_BACKOFF_MS = 30_000;

// One connection for the whole page, shared by every subscriber: browsers allow few per host.
const handlers = new Set<LiveEventHandler>();
let source: EventSource | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let backoffMs = 1_000;
let connected = false;

/** Whether the stream is open now: screens may poll while it is not. */
export function isLiveConnected(): boolean {
  return connected;
}

function dispatch(type: LiveEvent['type'], raw: string): void {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return;
  }
  const event = { type, data } as LiveEvent;
  for (const handler of handlers) handler(event);
}

function connect(): void {
  if (source || handlers.size === 0 || typeof EventSource === 'undefined') return;
  const opened = new EventSource(`${API_BASE}/events`, { withCredentials: true });
  source = opened;
  for (const type of EVENT_TYPES) {
    opened.addEventListener(type, (message) => dispatch(type, (message as MessageEvent<string>).data));
  }
  opened.addEventListener('revoked', () => {
    // The credential lapsed (signed out, removed, key revoked): reconnecting would only be refused, and
    // the screens' own requests meet the same answer and send the user to sign in.
    opened.close();
    if (source === opened) source = null;
    connected = false;
  });
  opened.onopen = () => {
    backoffMs = 1_000;
    connected = true;
    // What changed between a screen's first load and this moment never reaches the stream: reload once.
    dispatch('resync', '{}');
  };
  opened.onerror = () => {
    // The browser retries a dropped stream itself; a refused one (4xx/5xx) is closed for good.
    connected = false;
    if (opened.readyState !== EventSource.CLOSED) return;
    source = null;
    scheduleReconnect();
  };
}

function scheduleReconnect(): void {
  if (retryTimer || handlers.size === 0) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    connect();
  }, backoffMs);
  backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
}

function disconnect(): void {
  source?.close();
  source = null;
  connected = false;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
}

export function subscribe(handler: LiveEventHandler): () => void {
  handlers.add(handler);
  connect();
  return () => {
    handlers.delete(handler);
    if (handlers.size === 0) disconnect();
  };
}

/** Calls `handler` for each server-sent event of the workspace while the component is mounted. */
export function useLiveEvents(handler: LiveEventHandler): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => subscribe((event) => latest.current(event)), []);
}
