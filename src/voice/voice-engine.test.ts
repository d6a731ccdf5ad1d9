import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey } from '../../test/helpers/app.js';
import { nextPhone } from '../../test/helpers/factories.js';
import { drainAll } from '../../test/helpers/scheduling.js';
import {
  buildBookableAgent,
  buildVoiceTestApp,
  eventually,
  startCall,
  type VoiceTestApp,
} from '../../test/helpers/voice.js';
import {
  amd,
  fakeCallTo,
  greetingOf,
  pickUp,
  postLeadWithVoiceConsent,
  setVoiceSettings,
} from '../../test/helpers/voice-outbound.js';
import { currentConsent } from '../consent/consent.service.js';
import { fromJson } from '../db/schema.js';

let t: VoiceTestApp;
let ws: string;

beforeAll(async () => {
  t = await buildVoiceTestApp();
  ws = t.team.workspace.id;
  await buildBookableAgent(t);
});

afterAll(async () => {
  await t.close();
});

const callRow = (id: string) =>
  t.ctx.db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const callNow = (leadId: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/leads/${leadId}/calls`,
    headers: asApiKey(t.team.key.secret),
  });

describe('a caller who speaks Spanish', () => {
  it('is answered in Spanish: the language message first, then prices and times in Spanish words', async () => {
    const { relay, callId, twiml } = await startCall(t, { from: nextPhone() });
    // Both languages are declared, so the session can switch between them.
    expect(twiml).toContain('<Language code="en-US"/>');
    expect(twiml).toContain('<Language code="es-US"/>');
    const from = relay.frames.length;
    const first = await relay.say('Hola, quiero comprar una casa', 'es-US');
    const switched = relay.frames.slice(from);
    expect(switched[0]).toEqual({ type: 'language', ttsLanguage: 'es-US', transcriptionLanguage: 'es-US' });
    expect(first).toMatch(/¿/);
    const budget = await relay.say('unos cuatrocientos cincuenta mil', 'es-US');
    expect(budget).toContain('cuatrocientos cincuenta mil dólares');
    expect(budget).not.toMatch(/\d|\$/);
    // Already in Spanish: no second language message.
    expect(relay.frames.filter((f) => f.type === 'language')).toHaveLength(1);

    const answers: [RegExp, string][] = [
      [/habitaciones/i, 'tres habitaciones'],
      [/baños/i, 'dos baños'],
      [/preaprobación|prestamista|contado/i, 'sí, ya tengo preaprobación'],
      [/zona|vecindario|dónde/i, 'en Austin'],
      [/cuándo|pronto|mudarse/i, 'en unos seis meses'],
    ];
    let offer = await relay.say('en unos seis meses', 'es-US');
    for (let turn = 0; turn < 8 && !/¿Cuál le queda mejor\?/.test(offer); turn += 1) {
      offer = await relay.say(answers.find(([asks]) => asks.test(offer))?.[1] ?? 'en Austin', 'es-US');
    }
    expect(offer).toMatch(/Tengo .* a las? .* o .*\. ¿Cuál le queda mejor\?/);
    expect(offer).not.toMatch(/\d|Responda|Which|I have/);
    const readBack = await relay.say('la primera', 'es-US');
    expect(readBack).toMatch(/^Para confirmar: .* con Dana\. ¿Lo reservo\?$/);
    expect(await relay.say('sí, por favor', 'es-US')).toMatch(/^Listo, quedó agendado para .* con Dana\./);
    const call = await callRow(callId);
    const booked = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('leadId', '=', call.leadId)
      .execute();
    expect(booked).toHaveLength(1);
    relay.close();
    const lead = await t.ctx.db
      .selectFrom('leads')
      .select('profile')
      .where('id', '=', call.leadId)
      .executeTakeFirstOrThrow();
    expect(fromJson(lead.profile)).toMatchObject({ language: 'es', budgetMax: 450_000 });
  });

  it('greets in Spanish when the workspace answers calls in Spanish', async () => {
    await setVoiceSettings(t, { language: 'es' });
    try {
      const { relay, twiml } = await startCall(t, { from: nextPhone() });
      expect(greetingOf(twiml)).toMatch(/^Gracias por llamar a .*asistente de inteligencia artificial/);
      expect(twiml).toContain('language="es-US"');
      const frames = relay.frames.length;
      expect(await relay.say('Quiero vender mi casa', 'es-US')).toMatch(/¿/);
      // The call was in Spanish from the start: nothing to switch.
      expect(relay.frames.slice(frames).some((f) => f.type === 'language')).toBe(false);
      relay.close();
    } finally {
      await setVoiceSettings(t, { language: null });
    }
  });
});

describe('an opt-out said on a call', () => {
  it('"no me llame más" revokes calls with the call as evidence, is confirmed in Spanish, and ends the call', async () => {
    const { relay, callId, callSid } = await startCall(t, { from: nextPhone() });
    expect(await relay.say('no me llame más, por favor', 'es-US')).toBe(
      'Entendido. No le volveremos a llamar. Hasta luego.',
    );
    expect(await relay.waitFor((f) => f.type === 'end')).toBeDefined();
    const call = await callRow(callId);
    const consent = await currentConsent(t.ctx.db, {
      workspaceId: ws,
      contactId: call.contactId ?? '',
      channel: 'voice',
      purpose: 'conversational',
    });
    expect(consent.status).toBe('revoked');
    const entry = await t.ctx.db
      .selectFrom('consentEvents')
      .selectAll()
      .where('contactId', '=', call.contactId ?? '')
      .where('channel', '=', 'voice')
      .executeTakeFirstOrThrow();
    const turn = await t.ctx.db
      .selectFrom('callTurns')
      .select('id')
      .where('callId', '=', callId)
      .where('speaker', '=', 'caller')
      .executeTakeFirstOrThrow();
    expect(fromJson(entry.evidence)).toMatchObject({ callId, callSid, turnId: turn.id, via: 'speech' });
    relay.close();
  });

  it('words that may be an opt-out are held for a person: flagged, the call ends, no call is placed after', async () => {
    await setVoiceSettings(t, { outboundCalls: { enabled: true } });
    try {
      const { leadId, contactId, phone } = await postLeadWithVoiceConsent(t);
      await drainAll(t);
      expect((await callNow(leadId)).statusCode).toBe(201);
      const placed = fakeCallTo(t, phone);
      if (!placed) throw new Error('no call placed');
      const { relay, callId } = await pickUp(t, placed);
      await amd(t, placed, 'human');
      expect(await relay.say("I'm not sure I want these calls")).toMatch(/team sees this/);
      expect(await relay.waitFor((f) => f.type === 'end')).toBeDefined();
      relay.close();
      const flags = await t.ctx.db
        .selectFrom('possibleOptOuts')
        .selectAll()
        .where('contactId', '=', contactId)
        .execute();
      expect(flags).toHaveLength(1);
      expect(flags[0]?.resolvedAt).toBeNull();
      // Nothing is revoked: a person decides.
      const consent = await currentConsent(t.ctx.db, {
        workspaceId: ws,
        contactId,
        channel: 'voice',
        purpose: 'conversational',
      });
      expect(consent.status).toBe('granted');
      const again = await callNow(leadId);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.details).toMatchObject({ reason: 'possible_opt_out' });
      expect(t.fake.calls.filter((c) => c.to === phone)).toHaveLength(1);
      await eventually(async () => (await callRow(callId)).handoffReason === 'possible_opt_out');
    } finally {
      await setVoiceSettings(t, { outboundCalls: null });
    }
  });
});

describe('recording a call we place', () => {
  it('is announced before anything is recorded, and starts on the lead’s first words', async () => {
    await setVoiceSettings(t, { outboundCalls: { enabled: true }, recording: { enabled: true } });
    try {
      const { leadId, phone } = await postLeadWithVoiceConsent(t);
      await drainAll(t);
      expect((await callNow(leadId)).statusCode).toBe(201);
      const placed = fakeCallTo(t, phone);
      if (!placed) throw new Error('no call placed');
      expect(greetingOf(placed.twiml[0] ?? '')).toMatch(
        /about your inquiry\. This call is recorded\. To stop/,
      );
      expect(t.fake.recordings.some((r) => r.callSid === placed.sid)).toBe(false);
      const { relay, callId } = await pickUp(t, placed);
      await amd(t, placed, 'human');
      expect(t.fake.recordings.some((r) => r.callSid === placed.sid)).toBe(false);
      await relay.say("Yes, now is fine. I'm looking to buy a house");
      await eventually(() => t.fake.recordings.find((r) => r.callSid === placed.sid));
      // Twilio has the request before our row says so: the status is written once its answer is back.
      await eventually(async () =>
        (await callRow(callId)).recordingStatus === 'recording' ? true : undefined,
      );
      relay.close();
    } finally {
      await setVoiceSettings(t, { outboundCalls: null, recording: null });
    }
  });

  it('in an all-party state asks first, and a no leaves the call unrecorded', async () => {
    await setVoiceSettings(t, { outboundCalls: { enabled: true }, recording: { enabled: true } });
    try {
      // Chicago: Illinois needs every party's consent (and shares the clock's zone with the other leads).
      const { leadId, phone } = await postLeadWithVoiceConsent(t, { phone: '+13125553117' });
      await drainAll(t);
      expect((await callNow(leadId)).statusCode).toBe(201);
      const placed = fakeCallTo(t, phone);
      if (!placed) throw new Error('no call placed');
      const greeting = greetingOf(placed.twiml[0] ?? '');
      expect(greeting).toMatch(/May I record this call\? Please say yes or no\.$/);
      expect(greeting).not.toContain('This call is recorded');
      const { relay, callId } = await pickUp(t, placed);
      expect(await relay.say('no')).toMatch(/won't record this call/);
      await relay.say("I'm looking to buy a house");
      expect(t.fake.recordings.some((r) => r.callSid === placed.sid)).toBe(false);
      expect((await callRow(callId)).recordingStatus).toBe('declined');
      relay.close();
    } finally {
      await setVoiceSettings(t, { outboundCalls: null, recording: null });
    }
  });
});
