import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConversationRelay } from '../../test/fakes/twilio/conversation-relay.js';
import { signWebhook } from '../../test/fakes/twilio/webhooks.js';
import { asApiKey } from '../../test/helpers/app.js';
import { buildLead, buildTeam, nextPhone } from '../../test/helpers/factories.js';
import {
  PUBLIC_URL,
  postWebhook,
  TWILIO_ACCOUNT_SID,
  TWILIO_AUTH_TOKEN,
} from '../../test/helpers/twilio-app.js';
import {
  buildBookableAgent,
  buildVoiceTestApp,
  nextCallSid,
  postIncomingCall,
  relayOf,
  startCall,
  type VoiceTestApp,
} from '../../test/helpers/voice.js';
import { currentConsent } from '../consent/consent.service.js';
import { fromJson } from '../db/schema.js';
import { erasePerson } from '../privacy/erasure.service.js';

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
const turnsOf = (callId: string) =>
  t.ctx.db.selectFrom('callTurns').selectAll().where('callId', '=', callId).orderBy('seq').execute();
const outboundTexts = (leadId: string) =>
  t.ctx.db
    .selectFrom('messages')
    .select(['id', 'kind', 'status'])
    .where('leadId', '=', leadId)
    .where('direction', '=', 'outbound')
    .execute();

/** Waits until the call log is closed (the socket's close is handled after its frames). */
async function closedCall(id: string) {
  for (let i = 0; i < 100; i += 1) {
    const row = await callRow(id);
    if (row.endedAt) return row;
    await new Promise((r) => setTimeout(r, 20));
  }
  return callRow(id);
}

describe('an incoming call', () => {
  it('answers with ConversationRelay, discloses the AI assistant, and logs one call per CallSid', async () => {
    const callSid = nextCallSid();
    const from = nextPhone();
    const first = await postIncomingCall(t, { callSid, from });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('text/xml');
    expect(first.body).toMatch(/<Connect action="https:\/\/cc\.example\/webhooks\/twilio\/voice\/ended">/);
    expect(first.body).toMatch(/<ConversationRelay url="wss:\/\/cc\.example\/voice\/relay\?callId=[^"]+"/);
    expect(first.body).toContain('interruptible="any"');
    expect(first.body).toContain('dtmfDetection="true"');
    expect(first.body).toMatch(/welcomeGreeting="[^"]*an AI assistant answering calls for [^"]+"/);
    const again = await postIncomingCall(t, { callSid, from });
    expect(again.statusCode).toBe(200);
    expect(relayOf(again.body).callId).toBe(relayOf(first.body).callId);

    const calls = await t.ctx.db
      .selectFrom('calls')
      .selectAll()
      .where('providerCallSid', '=', callSid)
      .execute();
    expect(calls).toHaveLength(1);
    const leads = await t.ctx.db
      .selectFrom('leads')
      .innerJoin('contacts', 'contacts.id', 'leads.contactId')
      .select(['leads.id', 'leads.source'])
      .where('contacts.phone', '=', from)
      .execute();
    expect(leads).toEqual([{ id: calls[0]?.leadId, source: 'phone_call' }]);
    // Calling us consents to nothing: no ledger row, no text.
    const consent = await t.ctx.db
      .selectFrom('consentEvents')
      .selectAll()
      .where('contactId', '=', calls[0]?.contactId ?? '')
      .execute();
    expect(consent).toEqual([]);
    expect(await outboundTexts(calls[0]?.leadId ?? '')).toEqual([]);
  });

  it('tells a caller who withheld their number that the assistant cannot take the call, and logs it', async () => {
    const callSid = nextCallSid();
    const answered = await postIncomingCall(t, { callSid, from: 'anonymous' });
    expect(answered.statusCode).toBe(200);
    expect(answered.body).toContain('<Say>');
    expect(answered.body).toContain('<Hangup/>');
    expect(answered.body).not.toContain('ConversationRelay');
    const calls = await t.ctx.db
      .selectFrom('calls')
      .selectAll()
      .where('providerCallSid', '=', callSid)
      .execute();
    expect(calls).toEqual([
      expect.objectContaining({ leadId: null, outcome: 'no_caller_id', fromNumber: null }),
    ]);
  });

  it('refuses a forged webhook and stores nothing', async () => {
    const callSid = nextCallSid();
    const hook = signWebhook('not-the-token', `${PUBLIC_URL}/webhooks/twilio/voice`, {
      CallSid: callSid,
      AccountSid: TWILIO_ACCOUNT_SID,
      From: nextPhone(),
      To: '+15125550100',
      CallStatus: 'ringing',
    });
    const response = await postWebhook(t, hook);
    expect(response.statusCode).toBe(403);
    const calls = await t.ctx.db
      .selectFrom('calls')
      .select('id')
      .where('providerCallSid', '=', callSid)
      .execute();
    expect(calls).toEqual([]);
  });
});

describe('the relay socket', () => {
  it('qualifies a buyer and books a showing by voice, read back before it is made', async () => {
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    const heard: string[] = [];
    const answer = async (words: string) => {
      const reply = await relay.say(words);
      heard.push(reply);
      return reply;
    };
    expect(await answer("Hi, I'm looking to buy a house")).toMatch(/\?/);
    expect(await answer('around four hundred fifty thousand')).toContain(
      'four hundred fifty thousand dollars',
    );
    // The workspace's script decides the order of its questions: each is answered as a buyer would.
    const answers: [RegExp, string][] = [
      [/bedroom/i, 'three bedrooms'],
      [/bath/i, 'two baths'],
      [/pre-?approv|mortgage|lender|financ/i, "yes I'm pre-approved"],
      [/area|neighbo|where|part of town/i, 'in Austin'],
      [/soon|timeline|when|move/i, 'in about six months'],
    ];
    let offer = await answer('in about six months');
    for (let turn = 0; turn < 8 && !/Which works better\?/.test(offer); turn += 1) {
      offer = await answer(answers.find(([asks]) => asks.test(offer))?.[1] ?? 'in Austin');
    }
    expect(offer).toMatch(/I have .* or .*\. Which works better\?/);
    expect(offer).not.toMatch(/\d|Reply/);
    const readBack = await answer('the first one');
    expect(readBack).toMatch(/^Just to confirm: .* with Dana\. Shall I book that\?$/);
    let appointments = await t.ctx.db.selectFrom('appointments').selectAll().execute();
    const call = await callRow(callId);
    expect(appointments.filter((a) => a.leadId === call.leadId)).toEqual([]);
    expect(await answer('yes')).toMatch(/^You're booked for .* with Dana\./);

    appointments = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('leadId', '=', call.leadId)
      .execute();
    expect(appointments).toHaveLength(1);
    expect(appointments[0]?.bookedVia).toBe('conversation');
    const lead = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', call.leadId)
      .executeTakeFirstOrThrow();
    expect(lead.stage).toBe('appointment');
    expect(fromJson(lead.profile)).toMatchObject({
      intent: 'buy',
      budgetMax: 450_000,
      preApproved: true,
    });
    // The same engine recorded its turns, and nothing was texted.
    const engineTurns = await t.ctx.db
      .selectFrom('conversationTurns')
      .selectAll()
      .where('leadId', '=', call.leadId)
      .execute();
    expect(engineTurns.length).toBeGreaterThanOrEqual(5);
    expect(await outboundTexts(call.leadId ?? '')).toEqual([]);

    relay.close();
    const closed = await closedCall(callId);
    expect(closed).toMatchObject({ status: 'completed', outcome: 'booked' });
    // The transcript is written just after each answer is spoken; the call closes once all of it is.
    const transcript = await turnsOf(callId);
    expect(transcript.map((turn) => turn.speaker)).toEqual(heard.flatMap(() => ['caller', 'assistant']));
    expect(
      transcript.filter((turn) => turn.speaker === 'assistant').every((turn) => turn.latencyMs !== null),
    ).toBe(true);

    const api = await t.app.inject({
      method: 'GET',
      url: `/api/v1/calls/${callId}`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toMatchObject({ id: callId, direction: 'inbound', outcome: 'booked' });
    expect(api.json().transcript).toHaveLength(transcript.length);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${call.leadId}/calls`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([callId]);
    const timeline = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${call.leadId}/timeline`,
      headers: asApiKey(t.team.key.secret),
    });
    expect(timeline.json().items.some((item: { kind: string }) => item.kind === 'call')).toBe(true);
  });

  it('offers a hot caller a time when there is nobody to put them through to, and books it', async () => {
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    const said: string[] = [];
    let reply = await relay.say("Hi, I'm looking to buy a house, we're pre-approved");
    const answers: [RegExp, string][] = [
      [/bedroom/i, 'three bedrooms'],
      [/bath/i, 'two baths'],
      [/budget|price|spend/i, 'up to four hundred fifty thousand'],
      [/area|neighbo|where|part of town/i, 'in Austin'],
      [/soon|timeline|when|move/i, 'within a month'],
    ];
    for (let turn = 0; turn < 8 && !/In the meantime/.test(reply); turn += 1) {
      said.push(reply);
      reply = await relay.say(answers.find(([asks]) => asks.test(reply))?.[1] ?? 'within a month');
    }
    // The agent has the handoff; the call goes on with times to book instead of a goodbye.
    expect(reply).toMatch(
      /In the meantime, I can book you a time with them\. I have .* Which works better\?$/,
    );
    const call = await callRow(callId);
    const lead = () =>
      t.ctx.db.selectFrom('leads').selectAll().where('id', '=', call.leadId).executeTakeFirstOrThrow();
    expect((await lead()).stage).toBe('handed_off');
    expect(await relay.say('the first one')).toMatch(/^Just to confirm: .*Shall I book that\?$/);
    expect(await relay.say('yes')).toMatch(/^You're booked for /);
    const appointments = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('leadId', '=', call.leadId)
      .execute();
    expect(appointments).toHaveLength(1);
    relay.close();
    expect(await closedCall(callId)).toMatchObject({ status: 'completed', outcome: 'booked' });
  });

  it('keeps only what the caller heard when they talk over the assistant', async () => {
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    const full = await relay.say("Hi, I'm looking to buy a house");
    const heard = full.split(' ').slice(0, 3).join(' ');
    relay.interrupt(heard);
    await relay.say('sorry, what was that?');
    const [, assistant] = await turnsOf(callId);
    expect(assistant).toMatchObject({ speaker: 'assistant', text: full, heardText: heard, interrupted: 1 });
    relay.close();
  });

  it('hands off on 0: the engine pauses the conversation, tells the agent, and the call ends with handoff data', async () => {
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    await relay.say('I want to sell my condo');
    const goodbye = await relay.press('0');
    expect(goodbye).toContain('someone will call you back');
    const end = await relay.waitFor((f) => f.type === 'end');
    expect(JSON.parse(end?.handoffData ?? '{}')).toMatchObject({
      reasonCode: 'handoff',
      reason: 'requested_human',
      callId,
    });
    const call = await callRow(callId);
    const conversation = await t.ctx.db
      .selectFrom('conversations')
      .selectAll()
      .where('leadId', '=', call.leadId)
      .executeTakeFirstOrThrow();
    expect(conversation).toMatchObject({ assistantPaused: 1, pausedReason: 'handoff:requested_human' });
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('leadId', '=', call.leadId)
      .execute();
    expect(notes.map((n) => n.kind)).toContain('handoff');
    relay.close();
    expect(await closedCall(callId)).toMatchObject({ outcome: 'handoff', handoffReason: 'requested_human' });
  });

  it.each([
    ['by voice', async (relay: FakeConversationRelay) => relay.say("please don't call me again")],
    ['by pressing 9', async (relay: FakeConversationRelay) => relay.press('9')],
  ])(
    'takes a voice opt-out %s: voice consent revoked at once, confirmed, the call ended, nothing sent after',
    async (_how, optOut) => {
      const { relay, callId } = await startCall(t, { from: nextPhone() });
      await relay.say("Hi, I'm looking to buy a house");
      const confirmation = await optOut(relay);
      expect(confirmation).toBe("Understood. We won't call you again. Goodbye.");
      expect(await relay.waitFor((f) => f.type === 'end')).toBeDefined();
      const call = await callRow(callId);
      const consent = await currentConsent(t.ctx.db, {
        workspaceId: ws,
        contactId: call.contactId ?? '',
        channel: 'voice',
        purpose: 'conversational',
      });
      expect(consent.status).toBe('revoked');
      // The socket takes nothing more: a later prompt gets no answer.
      const frames = relay.frames.length;
      relay.send({ type: 'prompt', voicePrompt: 'hello?', last: true });
      await new Promise((r) => setTimeout(r, 200));
      expect(relay.frames.slice(frames)).toEqual([]);
      expect(await outboundTexts(call.leadId ?? '')).toEqual([]);
      relay.close();
      expect(await closedCall(callId)).toMatchObject({ outcome: 'opted_out' });
    },
  );

  it('revokes texts too when the words say so', async () => {
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    expect(await relay.say('take me off your list')).toContain('calls or texts');
    const call = await callRow(callId);
    for (const channel of ['voice', 'sms'] as const) {
      const consent = await currentConsent(t.ctx.db, {
        workspaceId: ws,
        contactId: call.contactId ?? '',
        channel,
        purpose: 'conversational',
      });
      expect(consent.status).toBe('revoked');
    }
    relay.close();
  });

  it('refuses a handshake whose signature is forged, before the upgrade', async () => {
    const answered = await postIncomingCall(t, { callSid: nextCallSid(), from: nextPhone() });
    const { url } = relayOf(answered.body);
    const path = new URL(url).pathname + new URL(url).search;
    await expect(
      FakeConversationRelay.connect({
        localUrl: `${t.origin}${path}`,
        signedUrl: url,
        authToken: 'wrong-token',
      }),
    ).rejects.toThrow('handshake refused: 403');
    await expect(
      FakeConversationRelay.connect({
        localUrl: `${t.origin}/voice/relay?callId=unknown`,
        signedUrl: 'wss://cc.example/voice/relay?callId=unknown',
        authToken: TWILIO_AUTH_TOKEN,
      }),
    ).rejects.toThrow('handshake refused: 403');
  });

  it('closes a socket whose setup names another call', async () => {
    const answered = await postIncomingCall(t, { callSid: nextCallSid(), from: nextPhone() });
    const { url, callId } = relayOf(answered.body);
    const path = new URL(url).pathname + new URL(url).search;
    const relay = await FakeConversationRelay.connect({
      localUrl: `${t.origin}${path}`,
      signedUrl: url,
      authToken: TWILIO_AUTH_TOKEN,
    });
    relay.setup({ callSid: nextCallSid(), from: nextPhone(), to: '+15125550100', callId });
    expect(await relay.waitClosed()).toBe(1008);
  });

  it('closes the call log when the socket drops mid-call', async () => {
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    await relay.say("Hi, I'm looking to buy a house");
    relay.drop();
    const closed = await closedCall(callId);
    expect(closed.endedAt).not.toBeNull();
    expect(closed).toMatchObject({ status: 'completed', outcome: 'dropped' });
    expect(closed.durationSeconds).toBeGreaterThanOrEqual(0);
  });

  it('closes the call log from the ended callback, once', async () => {
    const { relay, callId, callSid } = await startCall(t, { from: nextPhone() });
    await relay.say("Hi, I'm looking to buy a house");
    const ended = () =>
      postWebhook(
        t,
        signWebhook(TWILIO_AUTH_TOKEN, `${PUBLIC_URL}/webhooks/twilio/voice/ended`, {
          CallSid: callSid,
          AccountSid: TWILIO_ACCOUNT_SID,
          CallStatus: 'completed',
          SessionDuration: '42',
        }),
      );
    expect((await ended()).statusCode).toBe(200);
    expect((await ended()).statusCode).toBe(200);
    expect(await callRow(callId)).toMatchObject({
      status: 'completed',
      durationSeconds: 42,
      outcome: 'conversation',
    });
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'call_ended')
      .where('leadId', '=', (await callRow(callId)).leadId)
      .execute();
    expect(notes).toHaveLength(1);
    relay.close();
  });

  it('survives malformed frames: each is ignored and the call goes on', async () => {
    const { relay } = await startCall(t, { from: nextPhone() });
    const junk = [
      'not json',
      '{',
      'null',
      '[]',
      '42',
      '{}',
      '{"type":"nope"}',
      '{"type":"prompt"}',
      '{"type":"prompt","voicePrompt":123,"last":true}',
      '{"type":"prompt","voicePrompt":"x","last":"yes"}',
      '{"type":"dtmf"}',
      '{"type":"dtmf","digit":{"a":1}}',
      '{"type":"interrupt","utteranceUntilInterrupt":[1,2]}',
      '{"type":"setup","callSid":"CA-someone-else","customParameters":{"callId":"x"}}',
      '{"type":"error","description":"Invalid message"}',
      `{"type":"prompt","voicePrompt":"${'a'.repeat(20_000)}","last":true}`,
      JSON.stringify({ type: 'prompt', voicePrompt: '', last: true }),
      '{"__proto__":{"polluted":true},"type":"prompt","voicePrompt":"hi","last":false}',
    ];
    for (const frame of junk) relay.sendRaw(frame);
    for (let i = 0; i < 200; i += 1) {
      const random = Array.from({ length: 1 + (i % 40) }, (_, k) =>
        String.fromCharCode(32 + ((i * 31 + k * 17) % 94)),
      ).join('');
      relay.sendRaw(
        i % 2
          ? random
          : JSON.stringify({ type: 'prompt', voicePrompt: random, last: i % 3 === 0 ? 'x' : undefined }),
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const reply = await relay.say("Hi, I'm looking to buy a house");
    expect(reply.length).toBeGreaterThan(0);
    expect(relay.frames.some((f) => f.type === 'unparseable')).toBe(false);
    relay.close();
  });

  it('erasure removes the transcript and the numbers, and keeps the call as a count', async () => {
    const from = nextPhone();
    const { relay, callId } = await startCall(t, { from });
    await relay.say("Hi, I'm looking to buy a house, my budget is 500 thousand");
    relay.close();
    const call = await closedCall(callId);
    await erasePerson(t.ctx, {
      workspaceId: ws,
      contactId: call.contactId ?? '',
      actor: { type: 'system', id: null },
      compact: false,
    });
    expect(await turnsOf(callId)).toEqual([]);
    const after = await callRow(callId);
    expect(after).toMatchObject({ fromNumber: null, toNumber: null, outcome: 'conversation' });
    expect(JSON.stringify(after)).not.toContain(from);
  });

  it('answers 404 for another workspace’s call and lead', async () => {
    const { relay, callId } = await startCall(t, { from: nextPhone() });
    relay.close();
    const call = await closedCall(callId);
    const other = await buildTeam(t);
    const headers = asApiKey(other.key.secret);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/calls/${callId}`, headers })).statusCode).toBe(
      404,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/leads/${call.leadId}/calls`, headers })).statusCode,
    ).toBe(404);
  });
});

describe('a caller the workspace knows', () => {
  it('joins their own lead and conversation, and the assistant knows their profile', async () => {
    const phone = nextPhone();
    const known = await buildLead(t.ctx, { workspaceId: ws, phone, name: 'Maria Lopez', leadType: 'seller' });
    const { relay, callId } = await startCall(t, { from: phone });
    const answer = await relay.say('Hi, this is Maria');
    expect(answer.length).toBeGreaterThan(0);
    relay.close();
    const call = await closedCall(callId);
    expect(call).toMatchObject({
      leadId: known.leadId,
      contactId: known.contactId,
      conversationId: known.conversationId,
    });
    const leads = await t.ctx.db
      .selectFrom('leads')
      .select('id')
      .where('contactId', '=', known.contactId)
      .execute();
    expect(leads).toHaveLength(1);
  });
});

describe('a caller whose conversation the team has taken over', () => {
  it('is told the team will get back to them, and the team is told they called', async () => {
    const phone = nextPhone();
    const first = await startCall(t, { from: phone });
    await first.relay.press('0');
    first.relay.close();
    await closedCall(first.callId);
    const { relay, callId } = await startCall(t, { from: phone });
    expect(await relay.say('Hi, it me again')).toContain("I'll let the team know you called");
    expect(await relay.waitFor((f) => f.type === 'end')).toBeDefined();
    relay.close();
    const call = await closedCall(callId);
    expect(call.outcome).toBe('not_served');
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('leadId', '=', call.leadId)
      .where('kind', '=', 'call_ended')
      .execute();
    expect(notes).toHaveLength(1);
  });
});
