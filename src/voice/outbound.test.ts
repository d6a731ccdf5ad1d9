import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession } from '../../test/helpers/app.js';
import { buildUser, consentEvidence, nextPhone, signIn } from '../../test/helpers/factories.js';
import { drainAll } from '../../test/helpers/scheduling.js';
import { buildVoiceTestApp, type VoiceTestApp } from '../../test/helpers/voice.js';
import {
  amd,
  fakeCallTo,
  pickUp,
  postLeadWithVoiceConsent,
  progress,
  runCallJobs,
  setVoiceSettings,
  VOICE_DISCLOSURE,
} from '../../test/helpers/voice-outbound.js';
import { fromJson } from '../db/schema.js';

let t: VoiceTestApp;

beforeAll(async () => {
  t = await buildVoiceTestApp();
  await setVoiceSettings(t, { outboundCalls: { enabled: true } });
});

afterAll(async () => {
  await t.close();
});

const callsOf = (leadId: string) =>
  t.ctx.db.selectFrom('calls').selectAll().where('leadId', '=', leadId).orderBy('startedAt').execute();
const attemptsOf = (leadId: string) =>
  t.ctx.db.selectFrom('callAttempts').selectAll().where('leadId', '=', leadId).orderBy('createdAt').execute();
const textsTo = (leadId: string) =>
  t.ctx.db
    .selectFrom('messages')
    .select(['kind', 'status', 'body'])
    .where('leadId', '=', leadId)
    .where('direction', '=', 'outbound')
    .execute();
const statusesOf = async (callId: string) => {
  const row = await t.ctx.db
    .selectFrom('calls')
    .select('statusHistory')
    .where('id', '=', callId)
    .executeTakeFirstOrThrow();
  return (fromJson<{ status: string }[]>(row.statusHistory) ?? []).map((s) => s.status);
};

describe('voice settings', () => {
  it('are off by default, merge partial changes, and are for admins only', async () => {
    const fresh = await buildVoiceTestApp();
    try {
      const owner = asSession(fresh.team.owner.session);
      const got = await fresh.app.inject({ method: 'GET', url: '/api/v1/voice/settings', headers: owner });
      expect(got.statusCode).toBe(200);
      expect(got.json()).toMatchObject({
        outboundCalls: { enabled: false, callWithinSeconds: 30 },
        machine: 'voicemail',
        retry: { enabled: true },
      });
      const patched = await fresh.app.inject({
        method: 'PATCH',
        url: '/api/v1/voice/settings',
        headers: owner,
        payload: { outboundCalls: { callWithinSeconds: 10 }, transfer: { fallbackNumber: '(512) 555-0199' } },
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({
        outboundCalls: { enabled: false, callWithinSeconds: 10 },
        transfer: { enabled: true, fallbackNumber: '+15125550199', ringSeconds: 20 },
      });
      const bad = await fresh.app.inject({
        method: 'PATCH',
        url: '/api/v1/voice/settings',
        headers: owner,
        payload: { callingHours: { start: '21:00', end: '08:00' } },
      });
      expect(bad.statusCode).toBe(400);
      const agent = await buildUser(fresh.ctx, { workspaceId: fresh.team.workspace.id, role: 'agent' });
      const session = await signIn(fresh.app, agent.user.email, agent.password);
      const asAgent = await fresh.app.inject({
        method: 'PATCH',
        url: '/api/v1/voice/settings',
        headers: asSession(session),
        payload: { outboundCalls: { enabled: true } },
      });
      expect(asAgent.statusCode).toBe(403);
    } finally {
      await fresh.close();
    }
  });
});

describe('the speed-to-lead call', () => {
  it('hits a machine: the voicemail after the beep, then a text because the lead consented to texts', async () => {
    const { leadId, phone } = await postLeadWithVoiceConsent(t);
    // Nothing is placed before the delay: the first text goes out first.
    await drainAll(t);
    expect(fakeCallTo(t, phone)).toBeUndefined();
    t.clock.advance(30_000);
    await drainAll(t);
    const placed = fakeCallTo(t, phone);
    expect(placed).toBeDefined();
    if (!placed) return;
    expect(placed).toMatchObject({
      machineDetection: 'DetectMessageEnd',
      asyncAmd: true,
      from: '+15125550100',
    });
    expect(placed.statusCallback).toMatch(/\/webhooks\/twilio\/voice\/status\?callId=/);
    expect(placed.amdCallback).toMatch(/\/webhooks\/twilio\/voice\/amd\?callId=/);
    expect(placed.statusCallbackEvents).toEqual(['initiated', 'ringing', 'answered', 'completed']);
    const greeting = placed.twiml[0] ?? '';
    expect(greeting).toContain('<ConversationRelay');
    expect(greeting).toMatch(/AI assistant calling for/);
    expect(greeting).toMatch(/say stop or press 9/);

    for (const status of ['initiated', 'ringing', 'in-progress'] as const) {
      expect((await progress(t, placed, status)).statusCode).toBe(200);
    }
    const textsBefore = (await textsTo(leadId)).length;
    expect((await amd(t, placed, 'machine_end_beep')).statusCode).toBe(200);
    // The live call was given the voicemail, then a hang-up.
    expect(placed.twiml.at(-1)).toMatch(
      /<Say>Hi Jordan, this is an AI assistant calling for .* To stop these calls, call this number and say stop, or press 9\.<\/Say><Hangup\/>/,
    );
    const texts = await textsTo(leadId);
    expect(texts.length).toBe(textsBefore + 1);
    expect(texts.find((m) => m.body.includes('left a voicemail'))).toMatchObject({ kind: 'follow_up' });

    await progress(t, placed, 'completed');
    const [call] = await callsOf(leadId);
    expect(call).toMatchObject({
      direction: 'outbound',
      providerCallSid: placed.sid,
      answeredBy: 'machine_end_beep',
      outcome: 'voicemail',
      status: 'completed',
    });
    expect(call?.endedAt).not.toBeNull();
    expect(await attemptsOf(leadId)).toMatchObject([
      { trigger: 'new_lead', status: 'placed', callId: call?.id },
    ]);
  });

  it('speaks Spanish to a lead who wrote in Spanish: greeting, voicemail and the text after it', async () => {
    const phone = nextPhone();
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(t.team.key.secret),
      payload: {
        name: 'Lucía Gómez',
        phone,
        message: 'Hola, busco una casa en Austin de unos 450 mil',
        consent: consentEvidence({
          sms: true,
          voice: true,
          voiceDisclosure: VOICE_DISCLOSURE,
          capturedAt: t.clock.now().toISOString(),
        }),
      },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const leadId: string = posted.json().leadId;
    await runCallJobs(t);
    const placed = fakeCallTo(t, phone);
    if (!placed) throw new Error('no call placed');
    const greeting = placed.twiml[0] ?? '';
    expect(greeting).toContain('language="es-US"');
    expect(greeting).toMatch(/asistente de inteligencia artificial/);
    await progress(t, placed, 'in-progress');
    expect((await amd(t, placed, 'machine_end_beep')).statusCode).toBe(200);
    expect(placed.twiml.at(-1)).toMatch(
      /<Say language="es-US">Hola Lucía, le habla un asistente de inteligencia artificial de parte de .* marque 9\.<\/Say><Hangup\/>/,
    );
    const followUp = (await textsTo(leadId)).find((m) => m.kind === 'follow_up');
    expect(followUp?.body).toMatch(/^Hola Lucía, le escribe el asistente de .* mensaje de voz\./);
    expect(followUp?.body).toMatch(/Responda STOP para no recibir más mensajes\.$/);
  });

  it('leaves no text after the voicemail when the lead gave voice consent only', async () => {
    const { leadId, phone } = await postLeadWithVoiceConsent(t, { sms: false });
    await runCallJobs(t);
    const placed = fakeCallTo(t, phone);
    if (!placed) throw new Error('no call placed');
    await progress(t, placed, 'in-progress');
    await amd(t, placed, 'machine_end_silence');
    expect(placed.twiml.at(-1)).toContain('<Say>');
    expect((await textsTo(leadId)).filter((m) => m.body.includes('voicemail'))).toEqual([]);
  });

  it('hangs up on a machine when the workspace says so', async () => {
    await setVoiceSettings(t, { machine: 'hang_up' });
    try {
      const { leadId, phone } = await postLeadWithVoiceConsent(t);
      await runCallJobs(t);
      const placed = fakeCallTo(t, phone);
      if (!placed) throw new Error('no call placed');
      await amd(t, placed, 'machine_end_beep');
      expect(placed.twiml.at(-1)).toBe(
        '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>',
      );
      expect((await callsOf(leadId))[0]?.outcome).toBe('machine');
      expect((await textsTo(leadId)).some((m) => m.body.includes('voicemail'))).toBe(false);
    } finally {
      await setVoiceSettings(t, { machine: null });
    }
  });

  it('reaches a person: the assistant talks at once on the relay, and nothing is redirected', async () => {
    const { leadId, phone } = await postLeadWithVoiceConsent(t);
    await runCallJobs(t);
    const placed = fakeCallTo(t, phone);
    if (!placed) throw new Error('no call placed');
    const { relay, callId } = await pickUp(t, placed);
    await amd(t, placed, 'human');
    const answer = await relay.say("Yes, now is fine. I'm looking to buy a house");
    expect(answer.length).toBeGreaterThan(0);
    expect(placed.twiml).toHaveLength(1);
    relay.close();
    await progress(t, placed, 'completed');
    const call = await t.ctx.db
      .selectFrom('calls')
      .selectAll()
      .where('id', '=', callId)
      .executeTakeFirstOrThrow();
    expect(call).toMatchObject({ answeredBy: 'human', leadId });
    expect(call.connectedAt).not.toBeNull();
    const turns = await t.ctx.db.selectFrom('callTurns').selectAll().where('callId', '=', callId).execute();
    expect(turns.map((turn) => turn.speaker)).toEqual(['caller', 'assistant']);
  });

  it('is deferred, never dropped, to the next allowed minute when the lead arrives at night', async () => {
    const saved = t.clock.now();
    // 03:00 in Austin.
    t.clock.set('2026-01-16T09:00:00.000Z');
    try {
      const { leadId, phone } = await postLeadWithVoiceConsent(t);
      await runCallJobs(t);
      expect(fakeCallTo(t, phone)).toBeUndefined();
      const [attempt] = await attemptsOf(leadId);
      // The workspace's calling hours (09:00 by default) open later than the law's 08:00.
      expect(attempt).toMatchObject({
        status: 'deferred',
        reason: 'quiet_hours',
        deferUntil: '2026-01-16T15:00:00.000Z',
      });
      const jobs = await t.ctx.db
        .selectFrom('jobs')
        .select(['runAt', 'status'])
        .where('name', '=', 'voice.call-lead')
        .where('uniqueKey', 'like', `voice.call-lead:${attempt?.id}:%`)
        .where('status', '=', 'ready')
        .execute();
      expect(jobs).toEqual([{ runAt: '2026-01-16T15:00:00.000Z', status: 'ready' }]);
      const decisions = await t.ctx.db
        .selectFrom('gateDecisions')
        .select(['outcome', 'reason'])
        .where('contactId', '=', attempt?.contactId ?? '')
        .where('messageId', 'is', null)
        .execute();
      expect(decisions).toContainEqual({ outcome: 'deferred', reason: 'quiet_hours' });
      const listed = await t.app.inject({
        method: 'GET',
        url: `/api/v1/leads/${leadId}/call-attempts`,
        headers: asApiKey(t.team.key.secret),
      });
      expect(listed.json().items).toMatchObject([
        {
          trigger: 'new_lead',
          status: 'deferred',
          reason: 'quiet_hours',
          deferUntil: '2026-01-16T15:00:00.000Z',
        },
      ]);
      t.clock.set('2026-01-16T15:00:00.000Z');
      await drainAll(t);
      expect(fakeCallTo(t, phone)).toBeDefined();
      expect((await attemptsOf(leadId))[0]).toMatchObject({ status: 'placed' });
    } finally {
      t.clock.set(saved);
    }
  });

  it('is not placed when the workspace does not call new leads, or without voice consent', async () => {
    const noConsent = await postLeadWithVoiceConsent(t, { voice: false });
    await runCallJobs(t);
    expect(fakeCallTo(t, noConsent.phone)).toBeUndefined();
    expect(await attemptsOf(noConsent.leadId)).toEqual([]);

    await setVoiceSettings(t, { outboundCalls: { enabled: false } });
    try {
      const off = await postLeadWithVoiceConsent(t);
      await runCallJobs(t);
      expect(fakeCallTo(t, off.phone)).toBeUndefined();
    } finally {
      await setVoiceSettings(t, { outboundCalls: { enabled: true } });
    }
  });

  it('retries once after no answer, each status acted on once however often Twilio repeats it', async () => {
    const { leadId, phone } = await postLeadWithVoiceConsent(t);
    await runCallJobs(t);
    const first = fakeCallTo(t, phone);
    if (!first) throw new Error('no call placed');
    await progress(t, first, 'ringing');
    await progress(t, first, 'ringing');
    const noAnswer = await progress(t, first, 'no-answer');
    expect(noAnswer.statusCode).toBe(200);
    // Twilio's retry of the same callback.
    first.sequence -= 1;
    expect((await progress(t, first, 'no-answer')).statusCode).toBe(200);
    const [call] = await callsOf(leadId);
    expect(await statusesOf(call?.id ?? '')).toEqual(['queued', 'ringing', 'no-answer']);
    expect(call).toMatchObject({ outcome: 'no_answer' });
    const attempts = await attemptsOf(leadId);
    expect(attempts.map((a) => [a.trigger, a.status])).toEqual([
      ['new_lead', 'placed'],
      ['retry', 'scheduled'],
    ]);
    // The retry comes after the workspace's 30 minutes, through the gate again.
    t.clock.advance(29 * 60_000);
    await drainAll(t);
    expect(t.fake.calls.filter((c) => c.to === phone)).toHaveLength(1);
    t.clock.advance(60_000);
    await drainAll(t);
    const second = fakeCallTo(t, phone);
    expect(second?.sid).not.toBe(first.sid);
    if (!second) return;
    await progress(t, second, 'busy');
    await progress(t, second, 'busy');
    t.clock.advance(2 * 60 * 60_000);
    await drainAll(t);
    // One retry, never a third call.
    expect(t.fake.calls.filter((c) => c.to === phone)).toHaveLength(2);
    expect((await attemptsOf(leadId)).map((a) => a.attempt)).toEqual([1, 2]);
  });

  it('refuses a forged status callback and changes nothing', async () => {
    const { leadId, phone } = await postLeadWithVoiceConsent(t);
    await runCallJobs(t);
    const placed = fakeCallTo(t, phone);
    if (!placed) throw new Error('no call placed');
    const { signWebhook } = await import('../../test/fakes/twilio/webhooks.js');
    const forged = signWebhook('not-the-token', placed.statusCallback ?? '', {
      AccountSid: placed.accountSid,
      CallSid: placed.sid,
      CallStatus: 'no-answer',
    });
    const response = await t.app.inject({
      method: 'POST',
      url: new URL(forged.url).pathname + new URL(forged.url).search,
      headers: forged.headers,
      payload: forged.body,
    });
    expect(response.statusCode).toBe(403);
    expect((await callsOf(leadId))[0]?.outcome).toBeNull();
  });
});

describe('call this lead now', () => {
  it('places the call through the same gate', async () => {
    const { leadId, phone } = await postLeadWithVoiceConsent(t);
    await drainAll(t);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/calls`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ call: { direction: 'outbound', leadId, to: phone } });
    expect(fakeCallTo(t, phone)).toBeDefined();
  });

  it('is refused with the reason: no voice consent (422), or not at night (409, with when it would be allowed)', async () => {
    const { leadId } = await postLeadWithVoiceConsent(t, { voice: false });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/calls`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'call_blocked', details: { reason: 'no_consent' } });

    const saved = t.clock.now();
    t.clock.set('2026-01-17T05:30:00.000Z');
    try {
      const night = await postLeadWithVoiceConsent(t);
      const held = await t.app.inject({
        method: 'POST',
        url: `/api/v1/leads/${night.leadId}/calls`,
        headers: asApiKey(t.team.key.secret),
      });
      expect(held.statusCode).toBe(409);
      expect(held.json().error).toMatchObject({
        code: 'call_not_allowed_now',
        details: { reason: 'quiet_hours', allowedAt: '2026-01-17T15:00:00.000Z' },
      });
    } finally {
      t.clock.set(saved);
    }
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/not-a-lead/calls',
      headers: asApiKey(t.team.key.secret),
    });
    expect(other.statusCode).toBe(404);
  });

  it('after a voice opt-out on a call, no call is placed again', async () => {
    const { leadId, phone } = await postLeadWithVoiceConsent(t);
    await drainAll(t);
    const placedNow = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/calls`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(placedNow.statusCode).toBe(201);
    const placed = fakeCallTo(t, phone);
    if (!placed) throw new Error('no call placed');
    const { relay } = await pickUp(t, placed);
    expect(await relay.press('9')).toMatch(/won't call you again/);
    relay.close();
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/calls`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.details).toMatchObject({ reason: 'opted_out' });
    // A new inquiry with fresh consent is a new grant; an automated call without it stays blocked.
    expect(t.fake.calls.filter((c) => c.to === phone)).toHaveLength(1);
  });
});

describe('voice consent on the form', () => {
  it('has a box of its own naming automated and AI-voice calls, recorded in the ledger with its words', async () => {
    const slug = t.team.workspace.slug;
    const page = await t.app.inject({ method: 'GET', url: `/f/${slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="voice_consent"');
    expect(page.body).toMatch(/artificial or AI-generated voice/);
    const version = /name="voice_disclosure_version" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const smsVersion = /name="disclosure_version" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const phone = nextPhone();
    const posted = await t.app.inject({
      method: 'POST',
      url: `/f/${slug}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        name: 'Form Caller',
        phone,
        message: 'Call me about listings',
        voice_consent: 'yes',
        voice_disclosure_version: version,
        disclosure_version: smsVersion,
      }).toString(),
    });
    expect(posted.statusCode).toBeLessThan(400);
    const contact = await t.ctx.db
      .selectFrom('contacts')
      .select('id')
      .where('phone', '=', phone)
      .executeTakeFirstOrThrow();
    const ledger = await t.ctx.db
      .selectFrom('consentEvents')
      .select(['channel', 'action', 'evidence'])
      .where('contactId', '=', contact.id)
      .execute();
    expect(ledger.map((row) => [row.channel, row.action])).toEqual([['voice', 'granted']]);
    const evidence = fromJson<{ disclosure: string; disclosureVersion: string }>(ledger[0]?.evidence);
    expect(evidence.disclosure).toMatch(
      /automated technology and calls with an artificial or AI-generated voice/,
    );
    expect(evidence.disclosureVersion).toBe(version);
  });

  it('the API keeps the voice disclosure as the evidence of the voice grant', async () => {
    const { contactId } = await postLeadWithVoiceConsent(t);
    const voice = await t.ctx.db
      .selectFrom('consentEvents')
      .select('evidence')
      .where('contactId', '=', contactId)
      .where('channel', '=', 'voice')
      .executeTakeFirstOrThrow();
    expect(fromJson<{ disclosure: string }>(voice.evidence).disclosure).toBe(VOICE_DISCLOSURE);
  });
});
