import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession } from '../../test/helpers/app.js';
import { buildTeam, nextPhone } from '../../test/helpers/factories.js';
import { postWebhook } from '../../test/helpers/twilio-app.js';
import { buildVoiceTestApp, eventually, startCall, type VoiceTestApp } from '../../test/helpers/voice.js';
import { setVoiceSettings } from '../../test/helpers/voice-outbound.js';
import { erasePerson } from '../privacy/erasure.service.js';
import { collectPersonExport } from '../privacy/export.service.js';
import { applyRetention } from '../privacy/retention.service.js';
import { ALL_PARTY_CONSENT_STATES } from './data/recording-consent-states.js';
import { agreesToRecording, recordingPlan } from './recording-policy.js';

let counter = 0;
/** A caller from San Francisco (415): California needs every party's consent. */
const californian = () => `+1415555${String(2000 + (counter++ % 7000)).padStart(4, '0')}`;

describe('the recording decision', () => {
  const TEXAS = '+15125550143';
  const FLORIDA = '+13055550143';
  const table: [string, boolean, string | null, 'none' | 'record' | 'ask'][] = [
    ['off, one-party state', false, TEXAS, 'none'],
    ['off, all-party state', false, FLORIDA, 'none'],
    ['on, one-party state', true, TEXAS, 'record'],
    ['on, all-party state', true, FLORIDA, 'ask'],
    ['on, all-party state (California)', true, '+14155550143', 'ask'],
    ['on, no state known (a UK number)', true, '+442071838750', 'ask'],
    ['on, withheld number', true, null, 'ask'],
  ];
  it.each(table)('%s', (_name, recordingOn, callerPhone, plan) => {
    expect(recordingPlan({ recordingOn, callerPhone })).toBe(plan);
  });

  it('an all-party state named by the lead wins over a one-party area code', () => {
    expect(recordingPlan({ recordingOn: true, callerPhone: TEXAS, leadState: 'WA' })).toBe('ask');
  });

  it('lists the fourteen all-party states, each with its statute', () => {
    expect(ALL_PARTY_CONSENT_STATES.map((s) => s.code).sort()).toEqual(
      ['CA', 'CT', 'DE', 'FL', 'IL', 'MD', 'MA', 'MI', 'MT', 'NV', 'NH', 'OR', 'PA', 'WA'].sort(),
    );
    for (const state of ALL_PARTY_CONSENT_STATES) expect(state.citation).toMatch(/§|ILCS|ch\./);
  });

  it.each(['yes', 'Yes.', 'yeah sure', 'okay', 'sure, go ahead', 'Yes, I want to buy a house'])(
    '"%s" agrees',
    (answer) => expect(agreesToRecording(answer)).toBe(true),
  );
  it.each(['no', "I'd rather not", 'why?', 'I want to buy a house', '', 'yes no', "don't record me"])(
    '"%s" does not agree',
    (answer) => expect(agreesToRecording(answer)).toBe(false),
  );
});

let t: VoiceTestApp;

beforeAll(async () => {
  t = await buildVoiceTestApp();
  await setVoiceSettings(t, { recording: { enabled: true } });
});

afterAll(async () => {
  await t.close();
});

const callRow = (id: string) =>
  t.ctx.db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** A call that agreed, whose recording Twilio then finished and we stored. */
async function recordedCall() {
  const from = californian();
  const { relay, callId, callSid } = await startCall(t, { from });
  expect(await relay.say('Yes')).toContain('now being recorded');
  const recording = await eventually(() => t.fake.recordings.find((r) => r.callSid === callSid));
  relay.close();
  const done = await postWebhook(t, t.fake.finishRecording(recording.sid, { durationSeconds: 63 }));
  expect(done.statusCode).toBe(204);
  return { callId, recording, from };
}

describe('recording a call', () => {
  it('in an all-party state, asks once and records after a yes: fetched, sealed, deleted at Twilio', async () => {
    const from = californian();
    const { relay, callId, callSid, twiml } = await startCall(t, { from });
    expect(twiml).toContain('May I record this call?');
    expect(twiml).not.toContain('This call is recorded');
    expect(await relay.say('Yes, that is fine')).toContain('This call is now being recorded');
    const recording = await eventually(() => t.fake.recordings.find((r) => r.callSid === callSid));
    expect(recording.statusCallback).toContain(`/webhooks/twilio/voice/recording?callId=${callId}`);
    expect(recording.channels).toBe('dual');
    expect(await relay.say('I want to buy a three bedroom house')).not.toContain('record');
    relay.close();

    const hook = t.fake.finishRecording(recording.sid, { durationSeconds: 63 });
    expect((await postWebhook(t, hook)).statusCode).toBe(204);
    const call = await callRow(callId);
    expect(call).toMatchObject({
      recordingStatus: 'stored',
      recordingDurationSeconds: 63,
      recordingSid: null,
    });
    expect(call.recordingPath).toMatch(/^recordings\//);
    const file = readFileSync(path.join(t.ctx.config.dataDir, call.recordingPath ?? ''));
    expect(file.includes(recording.audio.subarray(0, 64))).toBe(false);
    expect(recording.deleted).toBe(true);

    // Twilio retries the callback: nothing happens twice.
    expect((await postWebhook(t, hook)).statusCode).toBe(204);
    expect((await callRow(callId)).recordingPath).toBe(call.recordingPath);

    const played = await t.app.inject({
      method: 'GET',
      url: `/api/v1/calls/${callId}/recording`,
      headers: asSession(t.team.owner.session),
    });
    expect(played.statusCode).toBe(200);
    expect(played.headers['content-type']).toBe('audio/mpeg');
    expect(played.rawPayload.equals(recording.audio)).toBe(true);
    const audited = await t.ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'call.recording_played')
      .where('targetId', '=', callId)
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('in an all-party state, anything but a yes records nothing', async () => {
    for (const answer of ['No', 'I want to buy a house in Austin']) {
      const { relay, callId, callSid } = await startCall(t, { from: californian() });
      const said = await relay.say(answer);
      expect(said).toContain("won't record");
      await relay.say('What areas do you cover?');
      relay.close();
      expect((await callRow(callId)).recordingStatus).toBe('declined');
      expect(t.fake.recordings.find((r) => r.callSid === callSid)).toBeUndefined();
    }
  });

  it('in a one-party state, the greeting says so and recording starts after the first answer', async () => {
    const { relay, callId, callSid, twiml } = await startCall(t, { from: nextPhone() });
    expect(twiml).toContain('This call is recorded.');
    expect(twiml).not.toContain('May I record');
    await relay.say('I want to sell my condo');
    await eventually(() => t.fake.recordings.find((r) => r.callSid === callSid));
    // Twilio has the request; the call row says so once its answer is back.
    await eventually(async () => (await callRow(callId)).recordingStatus === 'recording');
    relay.close();
    expect((await callRow(callId)).recordingStatus).toBe('recording');
  });

  it('with recording off, nothing is said about it and nothing is recorded', async () => {
    const fresh = await buildVoiceTestApp();
    try {
      const { relay, callSid, twiml } = await startCall(fresh, { from: californian() });
      expect(twiml).not.toMatch(/record/i);
      await relay.say('Yes');
      relay.close();
      expect(fresh.fake.recordings.find((r) => r.callSid === callSid)).toBeUndefined();
    } finally {
      await fresh.close();
    }
  });

  it('kept at Twilio by setting: not fetched, played through Twilio, deleted there on erasure', async () => {
    await setVoiceSettings(t, { recording: { keep: 'twilio' } });
    try {
      const { callId, recording } = await recordedCall();
      const call = await callRow(callId);
      expect(call).toMatchObject({
        recordingStatus: 'at_twilio',
        recordingPath: null,
        recordingSid: recording.sid,
      });
      expect(recording.deleted).toBe(false);
      const played = await t.app.inject({
        method: 'GET',
        url: `/api/v1/calls/${callId}/recording`,
        headers: asApiKey(t.team.key.secret),
      });
      expect(played.rawPayload.equals(recording.audio)).toBe(true);
      await erasePerson(t.ctx, {
        workspaceId: call.workspaceId,
        contactId: call.contactId ?? '',
        actor: { type: 'system', id: null },
      });
      expect(recording.deleted).toBe(true);
      expect(await callRow(callId)).toMatchObject({ recordingStatus: 'deleted', recordingSid: null });
    } finally {
      await setVoiceSettings(t, { recording: { keep: 'encrypted' } });
    }
  });

  it('a forged recording callback is refused and changes nothing', async () => {
    const { relay, callId, callSid } = await startCall(t, { from: californian() });
    await relay.say('yes');
    const recording = await eventually(() => t.fake.recordings.find((r) => r.callSid === callSid));
    relay.close();
    const hook = t.fake.finishRecording(recording.sid);
    const forged = await postWebhook(t, hook, { ...hook.headers, 'x-twilio-signature': 'forged' });
    expect(forged.statusCode).toBe(403);
    expect((await callRow(callId)).recordingStatus).toBe('recording');
    expect(recording.deleted).toBe(false);
  });
});

describe('who may hear a recording', () => {
  it('another workspace gets 404, and so does a call with no recording', async () => {
    const { callId } = await recordedCall();
    const other = await buildTeam(t);
    for (const headers of [asSession(other.owner.session), asApiKey(other.key.secret)]) {
      const denied = await t.app.inject({ method: 'GET', url: `/api/v1/calls/${callId}/recording`, headers });
      expect(denied.statusCode).toBe(404);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/calls/${callId}/recording` });
    expect(anonymous.statusCode).toBe(401);
    const { relay, callId: unrecorded } = await startCall(t, { from: californian() });
    await relay.say('no');
    relay.close();
    const none = await t.app.inject({
      method: 'GET',
      url: `/api/v1/calls/${unrecorded}/recording`,
      headers: asSession(t.team.owner.session),
    });
    expect(none.statusCode).toBe(404);
  });
});

describe('privacy', () => {
  it("a person's export carries the audio; erasure deletes the file", async () => {
    const { callId, recording } = await recordedCall();
    const call = await callRow(callId);
    const exported = await collectPersonExport(t.ctx, {
      workspaceId: call.workspaceId,
      contactId: call.contactId ?? '',
    });
    expect(Buffer.from(exported.files[`recordings/${callId}.mp3`] ?? []).equals(recording.audio)).toBe(true);
    const calls = JSON.parse(strFromU8(exported.files['calls.json'] ?? new Uint8Array()));
    expect(calls[0]).toMatchObject({ recordingStatus: 'stored', recordingDurationSeconds: 63 });

    const file = path.join(t.ctx.config.dataDir, call.recordingPath ?? '');
    expect(existsSync(file)).toBe(true);
    await erasePerson(t.ctx, {
      workspaceId: call.workspaceId,
      contactId: call.contactId ?? '',
      actor: { type: 'system', id: null },
    });
    expect(existsSync(file)).toBe(false);
    expect(await callRow(callId)).toMatchObject({ recordingStatus: 'deleted', recordingPath: null });
  });

  it('retention deletes recordings with transcripts', async () => {
    const { callId } = await recordedCall();
    const call = await callRow(callId);
    const file = path.join(t.ctx.config.dataDir, call.recordingPath ?? '');
    const later = new Date(t.clock.now().getTime() + 25 * 31 * 24 * 3600 * 1000);
    const counts = await applyRetention(t.ctx, { workspaceId: call.workspaceId, now: later });
    expect(counts.recordings).toBeGreaterThanOrEqual(1);
    expect(existsSync(file)).toBe(false);
    expect((await callRow(callId)).recordingStatus).toBe('deleted');
  });
});
