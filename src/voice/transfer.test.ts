import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../test/fakes/twilio/webhooks.js';
import { asApiKey } from '../../test/helpers/app.js';
import { nextPhone } from '../../test/helpers/factories.js';
import { buildAgent, buildType, drainAll, everyDay } from '../../test/helpers/scheduling.js';
import {
  OUR_NUMBER,
  PUBLIC_URL,
  postWebhook,
  TWILIO_ACCOUNT_SID,
  TWILIO_AUTH_TOKEN,
} from '../../test/helpers/twilio-app.js';
import { buildVoiceTestApp, startCall, type VoiceTestApp } from '../../test/helpers/voice.js';
import { connectRelay, greetingOf } from '../../test/helpers/voice-outbound.js';
import { fromJson } from '../db/schema.js';
import { updateUser } from '../workspaces/users.repository.js';

const AGENT_PHONE = '+15125550177';
let t: VoiceTestApp;
let ws: string;
let agentId: string;

beforeAll(async () => {
  t = await buildVoiceTestApp();
  ws = t.team.workspace.id;
  const agent = await buildAgent(t.ctx, {
    workspaceId: ws,
    timezone: 'America/Chicago',
    name: 'Dana Reyes',
    availability: { weekly: everyDay(), minimumNoticeMinutes: 120 },
  });
  agentId = agent.id;
  await updateUser(t.ctx.db, ws, agent.id, { phone: AGENT_PHONE });
  await buildType(t.ctx, { workspaceId: ws, agents: [{ agentId: agent.id }] });
});

afterAll(async () => {
  await t.close();
});

const appointmentsOf = (leadId: string) =>
  t.ctx.db.selectFrom('appointments').select(['leadId', 'agentId']).where('leadId', '=', leadId).execute();

const callRow = (id: string) =>
  t.ctx.db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Twilio's callback to one of our voice URLs, signed, as the call's account. */
function callback(url: string, params: Record<string, string>) {
  return postWebhook(t, signWebhook(TWILIO_AUTH_TOKEN, url, { AccountSid: TWILIO_ACCOUNT_SID, ...params }));
}

/** A call from a lead assigned to Dana, who has just pressed 0: the relay has ended for the transfer. */
async function pressZero() {
  const from = nextPhone();
  const { relay, callId, callSid } = await startCall(t, { from });
  const call = await callRow(callId);
  await t.ctx.db
    .updateTable('leads')
    .set({ assignedUserId: agentId })
    .where('id', '=', call.leadId ?? '')
    .execute();
  await relay.say("I'm looking to buy a three bedroom house in Austin around five hundred thousand");
  const said = await relay.press('0');
  return { relay, callId, callSid, from, said, leadId: call.leadId ?? '' };
}

async function dialTwiml(callSid: string) {
  const ended = await callback(`${PUBLIC_URL}/webhooks/twilio/voice/ended`, {
    CallSid: callSid,
    CallStatus: 'in-progress',
    HandoffData: '{"reasonCode":"transfer"}',
  });
  expect(ended.statusCode).toBe(200);
  return ended.body;
}

describe('transfer to a person', () => {
  it('press 0: the relay ends for a transfer, Twilio dials the agent with a whisper, 1 takes the call and they are bridged', async () => {
    const { relay, callId, callSid, said } = await pressZero();
    expect(said).toMatch(/put you through to Dana/);
    const end = await relay.waitFor((f) => f.type === 'end');
    expect(JSON.parse(end?.handoffData ?? '{}')).toMatchObject({ reasonCode: 'transfer', callId });
    relay.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The socket closing does not close the call: it goes on with the dial.
    expect(await callRow(callId)).toMatchObject({
      endedAt: null,
      transferStatus: 'dialing',
      transferTo: AGENT_PHONE,
    });

    const dial = await dialTwiml(callSid);
    const query = `callId=${callId}`;
    expect(dial).toContain(
      `<Dial action="${PUBLIC_URL}/webhooks/twilio/voice/transfer?${query}" timeout="20" answerOnBridge="true" callerId="${OUR_NUMBER}">`,
    );
    expect(dial).toContain(
      `<Number url="${PUBLIC_URL}/webhooks/twilio/voice/whisper?${query}">${AGENT_PHONE}</Number>`,
    );

    const agentLeg = 'CA'.padEnd(34, '7');
    const whisper = await callback(`${PUBLIC_URL}/webhooks/twilio/voice/whisper?${query}`, {
      CallSid: agentLeg,
      ParentCallSid: callSid,
      CallStatus: 'in-progress',
    });
    expect(whisper.statusCode).toBe(200);
    expect(whisper.body).toMatch(
      new RegExp(
        `<Gather numDigits="1" timeout="8" action="${PUBLIC_URL}/webhooks/twilio/voice/whisper/answer\\?${query}">`,
      ),
    );
    expect(whisper.body).toMatch(
      /<Say>Call from [^<]*buying[^<]*five hundred thousand[^<]*No timeline given yet\. Press 1 to take the call\.<\/Say>/i,
    );

    const pressed = await callback(`${PUBLIC_URL}/webhooks/twilio/voice/whisper/answer?${query}`, {
      CallSid: agentLeg,
      Digits: '1',
    });
    expect(pressed.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');

    const bridged = await callback(`${PUBLIC_URL}/webhooks/twilio/voice/transfer?${query}`, {
      CallSid: callSid,
      CallStatus: 'in-progress',
      DialCallSid: agentLeg,
      DialCallStatus: 'completed',
      DialBridged: 'true',
      DialCallDuration: '95',
    });
    expect(bridged.body).toContain('<Hangup/>');
    const row = await callRow(callId);
    expect(row).toMatchObject({ outcome: 'transferred', transferStatus: 'bridged' });
    expect(row.endedAt).not.toBeNull();

    const api = await t.app.inject({
      method: 'GET',
      url: `/api/v1/calls/${callId}`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(api.json().transfer.attempts).toMatchObject([{ to: AGENT_PHONE, agentId, status: 'bridged' }]);
    const timeline = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${row.leadId}/timeline`,
      headers: asApiKey(t.team.key.secret),
    });
    const entry = timeline.json().items.find((item: { kind: string }) => item.kind === 'call');
    expect(entry.summary).toBe('Call from the lead: transferred; transfer: bridged');
    expect(entry.data.transfers).toMatchObject([{ status: 'bridged', to: AGENT_PHONE }]);
  });

  it('the agent does not answer: back to the assistant, which books a callback, and the agent gets the summary by text', async () => {
    const { relay, callId, callSid, from, leadId } = await pressZero();
    relay.close();
    await dialTwiml(callSid);
    const query = `callId=${callId}`;
    const missed = await callback(`${PUBLIC_URL}/webhooks/twilio/voice/transfer?${query}`, {
      CallSid: callSid,
      CallStatus: 'in-progress',
      DialCallStatus: 'no-answer',
      DialBridged: 'false',
    });
    expect(missed.statusCode).toBe(200);
    expect(missed.body).toContain('<ConversationRelay');
    const greeting = greetingOf(missed.body);
    expect(greeting).toMatch(/Sorry, Dana couldn't pick up/);
    expect(greeting).toMatch(/I have .* or .*\?/);
    // Twilio repeating the callback changes nothing more.
    await callback(`${PUBLIC_URL}/webhooks/twilio/voice/transfer?${query}`, {
      CallSid: callSid,
      DialCallStatus: 'no-answer',
    });
    const row = await callRow(callId);
    expect(row.endedAt).toBeNull();
    expect(fromJson<unknown[]>(row.transferAttempts)).toMatchObject([
      { status: 'no_answer', to: AGENT_PHONE },
    ]);

    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select(['kind', 'userId', 'body'])
      .where('leadId', '=', leadId)
      .where('kind', '=', 'call_transfer_missed')
      .execute();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ userId: agentId });
    expect(notes[0]?.body).toMatch(/five hundred thousand/);
    await drainAll(t);
    const texted = t.fake.messages.filter((m) => m.to === AGENT_PHONE && m.body.includes('asked for you'));
    expect(texted).toHaveLength(1);

    const { relay: again } = await connectRelay(t, { twiml: missed.body, callSid, from });
    const readBack = await again.say('the first one');
    expect(readBack).toMatch(/\?/);
    const booked = await again.say('yes');
    expect(booked).toMatch(/You're booked for/);
    expect(await appointmentsOf(leadId)).toEqual([{ leadId, agentId }]);
    again.close();
  });

  it('outside the agent’s hours: no dial; the assistant offers a callback time and the agent is told', async () => {
    const saved = t.clock.now();
    // Thursday 22:00 in Chicago: Dana works 9 to 5.
    t.clock.set('2026-01-16T04:00:00.000Z');
    try {
      const { relay, callId, said, leadId } = await pressZero();
      expect(said).toMatch(/Dana isn't available right now/);
      expect(said).toMatch(/I have/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(relay.frames.some((f) => f.type === 'end')).toBe(false);
      const row = await callRow(callId);
      expect(fromJson<unknown[]>(row.transferAttempts)).toMatchObject([
        { status: 'outside_hours', to: null },
      ]);
      const notes = await t.ctx.db
        .selectFrom('notifications')
        .select('kind')
        .where('leadId', '=', leadId)
        .where('kind', '=', 'call_transfer_missed')
        .execute();
      expect(notes).toHaveLength(1);
      relay.close();
    } finally {
      t.clock.set(saved);
    }
  });

  it('the caller hangs up while the agent’s phone rings: the call is closed as a handoff and the agent told', async () => {
    const { relay, callId, callSid, leadId } = await pressZero();
    relay.close();
    await dialTwiml(callSid);
    const gone = await callback(`${PUBLIC_URL}/webhooks/twilio/voice/transfer?callId=${callId}`, {
      CallSid: callSid,
      CallStatus: 'completed',
      DialCallStatus: 'no-answer',
    });
    expect(gone.body).toContain('<Hangup/>');
    const row = await callRow(callId);
    expect(row).toMatchObject({ outcome: 'handoff', transferStatus: 'no_answer' });
    expect(row.endedAt).not.toBeNull();
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select('body')
      .where('leadId', '=', leadId)
      .where('kind', '=', 'call_transfer_missed')
      .execute();
    expect(notes.map((n) => n.body)).toEqual([expect.stringMatching(/before they hung up/)]);
  });

  it('asking in words for a person transfers the same way', async () => {
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    const call = await callRow(callId);
    await t.ctx.db
      .updateTable('leads')
      .set({ assignedUserId: agentId })
      .where('id', '=', call.leadId ?? '')
      .execute();
    const said = await relay.say('Can I talk to a real person please?');
    expect(said).toMatch(/put you through to Dana/);
    const end = await relay.waitFor((f) => f.type === 'end');
    expect(JSON.parse(end?.handoffData ?? '{}')).toMatchObject({ reasonCode: 'transfer' });
    relay.close();
    expect(await callRow(callId)).toMatchObject({ transferStatus: 'dialing', transferTo: AGENT_PHONE });
  });

  it('in Spanish: the hold message, the whisper and the callback offer are Spanish, and the callback is booked', async () => {
    const from = nextPhone();
    const { relay, callId, callSid } = await startCall(t, { from });
    const call = await callRow(callId);
    const leadId = call.leadId ?? '';
    await t.ctx.db.updateTable('leads').set({ assignedUserId: agentId }).where('id', '=', leadId).execute();
    await relay.say(
      'Hola, quiero comprar una casa de tres recámaras en Austin de unos quinientos mil',
      'es-US',
    );
    const said = await relay.press('0');
    expect(said).toMatch(/Le comunico con Dana/);
    relay.close();
    await new Promise((resolve) => setTimeout(resolve, 100));

    const dial = await dialTwiml(callSid);
    expect(dial).toContain('<Say language="es-US">Un momento, por favor. Le comunico ahora.</Say>');
    const query = `callId=${callId}`;
    const whisper = await callback(`${PUBLIC_URL}/webhooks/twilio/voice/whisper?${query}`, {
      CallSid: 'CA'.padEnd(34, '8'),
      ParentCallSid: callSid,
      CallStatus: 'in-progress',
    });
    expect(whisper.body).toMatch(
      /<Say language="es-US">Llamada de [^<]*que nos llamó\. Busca comprar[^<]*quinientos mil[^<]*Todavía no dio plazo\. Marque 1 para tomar la llamada\.<\/Say>/,
    );
    expect(whisper.body).toContain('<Say language="es-US">No se tomó la llamada. Hasta luego.</Say>');

    const missed = await callback(`${PUBLIC_URL}/webhooks/twilio/voice/transfer?${query}`, {
      CallSid: callSid,
      CallStatus: 'in-progress',
      DialCallStatus: 'no-answer',
      DialBridged: 'false',
    });
    expect(missed.body).toContain('language="es-US"');
    expect(greetingOf(missed.body)).toMatch(/^Disculpe, Dana no pudo contestar, .* Tengo .* o .*\?$/);
    const { relay: again } = await connectRelay(t, { twiml: missed.body, callSid, from });
    expect(await again.say('la primera', 'es-US')).toMatch(/^Para confirmar: .* con Dana\. ¿Lo reservo\?$/);
    expect(await again.say('sí', 'es-US')).toMatch(/quedó agendado/);
    expect(await appointmentsOf(leadId)).toEqual([{ leadId, agentId }]);
    again.close();
  });

  it('refuses a forged whisper or dial callback', async () => {
    const { relay, callId, callSid } = await pressZero();
    relay.close();
    const forged = signWebhook(
      'wrong-token',
      `${PUBLIC_URL}/webhooks/twilio/voice/transfer?callId=${callId}`,
      {
        AccountSid: TWILIO_ACCOUNT_SID,
        CallSid: callSid,
        DialCallStatus: 'completed',
      },
    );
    expect((await postWebhook(t, forged)).statusCode).toBe(403);
    expect((await callRow(callId)).transferStatus).toBe('dialing');
  });
});
