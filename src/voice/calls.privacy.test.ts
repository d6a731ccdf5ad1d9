import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nextPhone } from '../../test/helpers/factories.js';
import { buildVoiceTestApp, startCall, type VoiceTestApp } from '../../test/helpers/voice.js';
import { collectPersonExport } from '../privacy/export.service.js';
import { applyRetention } from '../privacy/retention.service.js';

let t: VoiceTestApp;

beforeAll(async () => {
  t = await buildVoiceTestApp();
});

afterAll(async () => {
  await t.close();
});

async function finishedCall(words: string) {
  const { relay, callId } = await startCall(t, { from: nextPhone() });
  await relay.say(words);
  relay.close();
  for (let i = 0; i < 100; i += 1) {
    const call = await t.ctx.db
      .selectFrom('calls')
      .selectAll()
      .where('id', '=', callId)
      .executeTakeFirstOrThrow();
    if (call.endedAt) return call;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the call was never closed');
}

it("a person's export holds their calls and what was said on them", async () => {
  const call = await finishedCall("Hi, I'm looking to buy a three bedroom house");
  const exported = await collectPersonExport(t.ctx, {
    workspaceId: call.workspaceId,
    contactId: call.contactId ?? '',
  });
  const calls = JSON.parse(strFromU8(exported.files['calls.json'] ?? new Uint8Array()));
  expect(calls).toEqual([
    expect.objectContaining({ id: call.id, direction: 'inbound', fromNumber: call.fromNumber }),
  ]);
  const transcript = JSON.parse(strFromU8(exported.files['call-transcripts.json'] ?? new Uint8Array()));
  expect(transcript.map((turn: { speaker: string }) => turn.speaker)).toEqual(['caller', 'assistant']);
  expect(transcript[0].text).toBe("Hi, I'm looking to buy a three bedroom house");
  expect(strFromU8(exported.files['call-transcripts.csv'] ?? new Uint8Array())).toContain('three bedroom');
  expect(exported.counts).toMatchObject({ calls: 1, callTurns: 2 });
});

it('retention deletes transcripts with message bodies, and keeps the calls as counts', async () => {
  const call = await finishedCall('I want to sell my condo');
  const later = new Date(t.clock.now().getTime() + 25 * 31 * 24 * 3600 * 1000);
  const counts = await applyRetention(t.ctx, { workspaceId: call.workspaceId, now: later });
  expect(counts.callTranscripts).toBeGreaterThanOrEqual(2);
  const turns = await t.ctx.db.selectFrom('callTurns').select('id').where('callId', '=', call.id).execute();
  expect(turns).toEqual([]);
  const kept = await t.ctx.db.selectFrom('calls').select('id').where('id', '=', call.id).execute();
  expect(kept).toHaveLength(1);
});
