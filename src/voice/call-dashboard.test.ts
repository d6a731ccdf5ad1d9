import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession } from '../../test/helpers/app.js';
import { buildTeam, nextPhone, type Team } from '../../test/helpers/factories.js';
import { buildVoiceTestApp, startCall, type VoiceTestApp } from '../../test/helpers/voice.js';
import { postLeadWithVoiceConsent } from '../../test/helpers/voice-outbound.js';

let t: VoiceTestApp;
let other: Team;
let base: string;

beforeAll(async () => {
  t = await buildVoiceTestApp();
  other = await buildTeam(t);
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await t.close();
});

const window = (leadId: string, headers = asApiKey(t.team.key.secret)) =>
  t.app.inject({ method: 'GET', url: `/api/v1/leads/${leadId}/calls/window`, headers });

/** The raw text of a live event stream, read until `done` says enough or the time runs out. */
async function readStream(headers: Record<string, string>, done: (text: string) => boolean, ms: number) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/v1/events`, { headers, signal: controller.signal });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    while (reader && !done(text)) {
      const { done: ended, value } = await reader.read();
      if (ended) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // Aborted when the time ran out.
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return text;
}

describe('"call this lead now", asked before the button is pressed', () => {
  it('says allowed when the lead consented to calls and the workspace can place them, and asks for nothing', async () => {
    const { leadId } = await postLeadWithVoiceConsent(t);
    const response = await window(leadId);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ outcome: 'allowed', reason: null, allowedAt: null });
    const attempts = await t.ctx.db
      .selectFrom('callAttempts')
      .select('id')
      .where('leadId', '=', leadId)
      .where('trigger', '=', 'call_now')
      .execute();
    expect(attempts).toEqual([]);
  });

  it("gives the gate's reason for a lead without voice consent, and when a held call would be allowed", async () => {
    const { leadId } = await postLeadWithVoiceConsent(t, { voice: false });
    expect((await window(leadId)).json()).toEqual({
      outcome: 'blocked',
      reason: 'no_consent',
      allowedAt: null,
    });

    const late = await postLeadWithVoiceConsent(t);
    t.clock.set('2026-01-16T04:30:00.000Z'); // 22:30 in Austin
    try {
      const held = (await window(late.leadId)).json();
      expect(held).toMatchObject({ outcome: 'deferred', reason: 'quiet_hours' });
      expect(Date.parse(held.allowedAt)).toBeGreaterThan(t.clock.now().getTime());
    } finally {
      t.clock.set('2026-01-15T16:00:00.000Z');
    }
  });

  it("answers 404 for another workspace's lead", async () => {
    const { leadId } = await postLeadWithVoiceConsent(t);
    const response = await window(leadId, asSession(other.owner.session));
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(leadId);
  });
});

describe('a call in progress on the live stream', () => {
  it("announces each new turn of the call to its workspace's streams, and nothing to another workspace", async () => {
    const from = nextPhone();
    const ours = readStream(asApiKey(t.team.key.secret), (text) => /"turns":[2-9]/.test(text), 10_000);
    const theirs = readStream(asSession(other.owner.session), () => false, 4_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    t.clock.advance(1000);
    const { relay, callId } = await startCall(t, { from });
    t.clock.advance(1000);
    await relay.say('Hi, I am looking to buy a house in Austin');
    const text = await ours;
    relay.close();
    const calls = text
      .split('\n\n')
      .filter((block) => block.includes('event: call'))
      .map((block) => JSON.parse(block.slice(block.indexOf('data: ') + 6).split('\n')[0] ?? '{}'));
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.every((data) => data.callId === callId)).toBe(true);
    expect(calls.at(-1)).toMatchObject({ callId, live: true, turns: 2 });
    expect(await theirs).not.toContain(callId);
  });
});
