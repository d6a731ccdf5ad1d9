import { describe, expect, it } from 'vitest';
import { MINUTE, manualClock } from '../../platform/clock.js';
import { createSandboxProvider, type SandboxSentMessage } from './sandbox.provider.js';

const LEAD = '+15125550143';
const OURS = '+15125550100';

function setup(onSend?: (msg: SandboxSentMessage) => Promise<void>) {
  const clock = manualClock('2026-01-15T15:00:00Z');
  const stored: SandboxSentMessage[] = [];
  const provider = createSandboxProvider({
    clock,
    onSend: onSend ?? (async (msg) => void stored.push(msg)),
  });
  return { clock, stored, provider };
}

describe('sandbox provider', () => {
  it('hands the send to onSend and answers sent with a Twilio-shaped sid', async () => {
    const { provider, stored, clock } = setup();
    const result = await provider.send({ to: LEAD, from: OURS, body: 'Hello', idempotencyKey: 'k1' });
    expect(provider.kind).toBe('sandbox');
    expect(result).toEqual({
      ok: true,
      providerId: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      status: 'sent',
    });
    expect(stored).toEqual([
      {
        to: LEAD,
        from: OURS,
        body: 'Hello',
        idempotencyKey: 'k1',
        providerId: result.ok && result.providerId,
        sentAt: clock.now(),
      },
    ]);
  });

  it('answers a repeated idempotency key with the first result, concurrent calls included', async () => {
    const { provider, stored } = setup();
    const msg = { to: LEAD, from: OURS, body: 'Hello', idempotencyKey: 'k1' };
    const [a, b] = await Promise.all([provider.send(msg), provider.send(msg)]);
    const c = await provider.send(msg);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(stored).toHaveLength(1);
  });

  it('returns a retryable failure when storing fails, and stores on the retry', async () => {
    let calls = 0;
    const { provider } = setup(async () => {
      calls += 1;
      if (calls === 1) throw new Error('database is locked');
    });
    const msg = { to: LEAD, body: 'Hello', idempotencyKey: 'k1' };
    expect(await provider.send(msg)).toEqual({
      ok: false,
      retryable: true,
      errorCode: 'sandbox_store_failed',
      message: 'database is locked',
    });
    expect(await provider.send(msg)).toMatchObject({ ok: true });
    expect(calls).toBe(2);
  });

  it('finds what it sent by recipient, sender, time and body, newest first', async () => {
    const { provider, clock } = setup();
    await provider.send({ to: LEAD, from: OURS, body: 'Before', idempotencyKey: 'k0' });
    clock.advance(MINUTE);
    const sentAfter = clock.now();
    const first = await provider.send({ to: LEAD, from: OURS, body: 'One', idempotencyKey: 'k1' });
    clock.advance(MINUTE);
    const second = await provider.send({ to: LEAD, from: OURS, body: 'Two', idempotencyKey: 'k2' });
    await provider.send({ to: '+15125550199', from: OURS, body: 'Two', idempotencyKey: 'k3' });

    const found = await provider.findSent({ to: LEAD, sentAfter });
    expect(found.map((m) => m.providerId)).toEqual([
      second.ok && second.providerId,
      first.ok && first.providerId,
    ]);
    expect(found[0]).toMatchObject({ to: LEAD, from: OURS, body: 'Two', status: 'sent', errorCode: null });
    expect(await provider.findSent({ to: LEAD, sentAfter, body: 'One' })).toHaveLength(1);
    expect(await provider.findSent({ to: LEAD, from: '+15125550111', sentAfter })).toEqual([]);
  });
});
