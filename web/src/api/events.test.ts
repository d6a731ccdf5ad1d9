import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Enough of EventSource to drive the client: listeners by type, readyState and close(). */
class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, ((message: MessageEvent<string>) => void)[]>();
  readyState = 1;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (message: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(type: string, data: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) {
      listener(new MessageEvent(type, { data: JSON.stringify(data) }));
    }
  }
}

describe('live events', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('stops for good when the server revokes the stream, instead of reconnecting to be refused', async () => {
    const { isLiveConnected, subscribe } = await import('./events.ts');
    const seen: unknown[] = [];
    const unsubscribe = subscribe((event) => seen.push(event));
    const [source] = FakeEventSource.opened;
    source?.onopen?.();
    source?.emit('lead', { leadId: 'l1', change: 'created' });
    // Opening the stream reloads the screens once: what changed before it opened never reaches it.
    expect(seen).toEqual([
      { type: 'resync', data: {} },
      { type: 'lead', data: { leadId: 'l1', change: 'created' } },
    ]);

    source?.emit('revoked', { reason: 'session_ended' });
    expect(source?.readyState).toBe(FakeEventSource.CLOSED);
    expect(isLiveConnected()).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(FakeEventSource.opened).toHaveLength(1);
    unsubscribe();
  });
});
