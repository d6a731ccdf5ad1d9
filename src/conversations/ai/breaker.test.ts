import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type BreakerState, createBreaker } from './breaker.js';
import { cappedFetch, ResponseTooLargeError } from './capped-fetch.js';
import { createModelSlots, modelSlotLimit } from './model-slots.js';

describe('the circuit breaker', () => {
  it('opens after N failures in the window, rests, lets one probe through, and closes on its success', () => {
    let now = 0;
    const changes: string[] = [];
    const breaker = createBreaker({
      failures: 3,
      windowMs: 1000,
      cooldownMs: 500,
      now: () => now,
      onTransition: (from: BreakerState, to: BreakerState) => changes.push(`${from}>${to}`),
    });
    breaker.failure();
    now = 1500; // the first failure has left the window
    breaker.failure();
    breaker.failure();
    expect(breaker.state).toBe('closed');
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
    expect(breaker.resting()).toBe(true);
    now += 500;
    expect(breaker.resting()).toBe(false);
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
    breaker.failure();
    expect(breaker.state).toBe('open');
    now += 500;
    expect(breaker.allow()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(changes).toEqual([
      'closed>open',
      'open>half_open',
      'half_open>open',
      'open>half_open',
      'half_open>closed',
    ]);
  });
});

describe('model slots', () => {
  it('hands out at most the limit, never waits, and frees a slot once', () => {
    const slots = createModelSlots(2);
    const a = slots.take();
    const b = slots.take();
    expect(slots.take()).toBeNull();
    a?.release();
    a?.release();
    expect(slots.inUse).toBe(1);
    expect(slots.take()).not.toBeNull();
    b?.release();
    expect(modelSlotLimit(16)).toBe(4);
    expect(modelSlotLimit(1)).toBe(1);
  });
});

describe('capped fetch', () => {
  it('reads a small answer whole and stops reading a huge one at the cap', async () => {
    let written = 0;
    const server = createServer((request, response) => {
      if (request.url === '/small') {
        response.end('{"ok":true}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (written < 50 * 1024 * 1024 && !response.destroyed) {
          written += chunk.length;
          if (!response.write(chunk)) {
            response.once('drain', pump);
            return;
          }
        }
        response.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fetch = cappedFetch(globalThis.fetch, 1024 * 1024);
    try {
      expect(await (await fetch(`http://127.0.0.1:${port}/small`)).json()).toEqual({ ok: true });
      const huge = await fetch(`http://127.0.0.1:${port}/huge`);
      await expect(huge.text()).rejects.toBeInstanceOf(ResponseTooLargeError);
      expect(written).toBeLessThan(20 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
