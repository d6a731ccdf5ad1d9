import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildTeam, buildUser, type Team } from '../../test/helpers/factories.js';
import {
  consentRows,
  outboundMessages,
  phoneSequence,
  queueFollowUp,
  sandboxText,
} from '../../test/helpers/messaging.js';
import { addSuppression } from '../consent/suppression.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { receiveInboundSms } from './inbound.service.js';

interface Inbound {
  messageId: string;
  leadId: string;
  conversationId: string;
  handled: string;
  replyMessageId: string | null;
}

describe('inbound texts through the sandbox: keywords first', () => {
  let t: TestApp;
  let team: Team;
  let agentId: string;
  let ourNumber: string;
  const nextPhone = phoneSequence(200);

  beforeAll(async () => {
    t = await buildTestApp();
    // 10:00 in Austin: inside every quiet-hours window.
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
    agentId = (await buildUser(t.ctx, { workspaceId: team.workspace.id, role: 'agent', name: 'Maria Lopez' }))
      .user.id;
    const number = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sandbox/number',
      headers: asApiKey(team.key.secret),
    });
    ourNumber = number.json<{ number: string }>().number;
  });
  afterAll(() => t.close());

  async function text(from: string, body: string, extra: Record<string, string> = {}): Promise<Inbound> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers: asApiKey(team.key.secret),
      payload: { from, body, ...extra },
    });
    expect(response.statusCode, response.body).toBe(201);
    await drainJobs(t.ctx, jobDefinitions);
    return response.json<Inbound>();
  }

  const smsConsent = async (contactId: string) =>
    (await consentRows(t.ctx, contactId)).filter(
      (r) => r.channel === 'sms' && r.purpose === 'conversational',
    );
  const contactOf = async (leadId: string) =>
    (await t.ctx.db.selectFrom('leads').selectAll().where('id', '=', leadId).executeTakeFirstOrThrow())
      .contactId;
  const leadRow = (leadId: string) =>
    t.ctx.db.selectFrom('leads').selectAll().where('id', '=', leadId).executeTakeFirstOrThrow();
  const notifications = (leadId: string) =>
    t.ctx.db.selectFrom('notifications').selectAll().where('leadId', '=', leadId).execute();

  it('makes a lead of a first text, records the implied consent and sends the first response', async () => {
    const first = await text(nextPhone(), 'Hi, is 12 Oak St still available?', { to: ourNumber });
    expect(first.handled).toBe('reply');
    const lead = await leadRow(first.leadId);
    expect(lead).toMatchObject({ source: 'sms', assignedUserId: agentId, stage: 'engaged' });
    const consent = await smsConsent(lead.contactId);
    expect(consent).toHaveLength(1);
    expect(consent[0]).toMatchObject({ action: 'granted', source: 'provider' });
    expect(JSON.stringify(consent[0]?.evidence)).toContain(first.messageId);
    const out = await outboundMessages(t.ctx, first.leadId);
    // One first response greets and answers the question about the listing in the same text: nothing in
    // the knowledge base says, so it passes it to the agent rather than guess.
    expect(out.map((m) => [m.kind, m.status])).toEqual([['first_response', 'sent']]);
    expect(out[0]?.body).toContain('confirm that');
    expect(out[0]?.fromNumber).toBe(ourNumber);
    const thread = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('leadId', '=', first.leadId)
      .execute();
    expect(thread.find((m) => m.direction === 'inbound')).toMatchObject({
      author: 'lead',
      status: 'received',
      kind: 'inbound',
      provider: 'sandbox',
    });
    // No "lead replied" note: the agent hears only of the question to confirm.
    expect((await notifications(first.leadId)).map((n) => n.kind)).toEqual(['question_for_agent']);
  });

  it('STOP revokes, sends exactly one confirmation, and blocks every later automated text', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'Looking to buy in 78704');
    const stop = await text(phone, 'Stop!');
    expect(stop).toMatchObject({ handled: 'stop', leadId: first.leadId });
    expect(stop.replyMessageId).not.toBeNull();
    const again = await text(phone, 'STOP');
    expect(again).toMatchObject({ handled: 'stop', replyMessageId: null });

    const contactId = await contactOf(first.leadId);
    const ledger = (await consentRows(t.ctx, contactId)).filter((r) => r.channel === 'sms');
    expect(ledger.at(-1)).toMatchObject({ action: 'revoked', source: 'keyword' });
    expect(ledger.filter((r) => r.action === 'revoked').map((r) => r.purpose)).toEqual(
      expect.arrayContaining(['conversational', 'marketing']),
    );
    expect((await leadRow(first.leadId)).stage).toBe('opted_out');

    const followUp = await queueFollowUp(t.ctx, {
      workspaceId: team.workspace.id,
      contactId,
      leadId: first.leadId,
      conversationId: first.conversationId,
      body: 'Still thinking about 78704?',
    });
    expect(followUp).toMatchObject({ status: 'blocked', gateReason: 'opted_out' });
    const confirmations = (await outboundMessages(t.ctx, first.leadId)).filter(
      (m) => m.kind === 'keyword_reply',
    );
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]).toMatchObject({ status: 'sent', purpose: 'transactional' });
    expect(confirmations[0]?.body).toBe(
      `${team.workspace.name}: you are unsubscribed and will receive no more texts. Reply START to resubscribe.`,
    );
  });

  it('takes a keyword as a first text without consent or opener, and blocks waiting texts when STOP is stored', async () => {
    const phone = nextPhone();
    const help = await text(phone, 'HELP');
    expect(help.handled).toBe('help');
    const contactId = await contactOf(help.leadId);
    expect(await smsConsent(contactId)).toEqual([]);
    expect((await outboundMessages(t.ctx, help.leadId)).map((m) => m.kind)).toEqual(['keyword_reply']);
    expect(await notifications(help.leadId)).toEqual([]);
    // the lead wrote to us: engaged, though only the help text answers
    expect((await leadRow(help.leadId)).stage).toBe('engaged');

    const other = nextPhone();
    const first = await text(other, 'Looking at condos downtown');
    const followUp = await queueFollowUp(t.ctx, {
      workspaceId: team.workspace.id,
      contactId: await contactOf(first.leadId),
      leadId: first.leadId,
      conversationId: first.conversationId,
      body: 'Any luck with the condo search?',
    });
    await sandboxText(t, team.key.secret, other, 'stop texting me', { drain: false });
    const waiting = (await outboundMessages(t.ctx, first.leadId)).find((m) => m.id === followUp.id);
    expect(waiting).toMatchObject({ status: 'blocked', gateReason: 'opted_out' });
  });

  it('START (and YES while opted out) grants again and confirms', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'hello');
    await text(phone, 'unsubscribe');
    const start = await text(phone, 'START');
    expect(start.handled).toBe('start');
    const contactId = await contactOf(first.leadId);
    expect((await smsConsent(contactId)).at(-1)).toMatchObject({ action: 'granted', source: 'keyword' });
    expect((await leadRow(first.leadId)).stage).toBe('engaged');
    const replies = (await outboundMessages(t.ctx, first.leadId)).filter((m) => m.kind === 'keyword_reply');
    expect(replies.at(-1)?.body).toContain('you are subscribed again');

    await text(phone, 'stop');
    expect((await text(phone, 'yes')).handled).toBe('start');
    const followUp = await queueFollowUp(t.ctx, {
      workspaceId: team.workspace.id,
      contactId,
      leadId: first.leadId,
      conversationId: first.conversationId,
      body: 'Want to see 12 Oak St this weekend?',
    });
    expect(followUp.status).toBe('queued');
  });

  it('HELP answers with the help text, naming the number when no support contact is set', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'hi there');
    const help = await text(phone, 'help');
    expect(help.handled).toBe('help');
    const reply = (await outboundMessages(t.ctx, first.leadId)).find((m) => m.id === help.replyMessageId);
    expect(reply).toMatchObject({ status: 'sent', kind: 'keyword_reply' });
    expect(reply?.body).toContain(`Help: ${ourNumber}.`);
    expect(reply?.body).toContain('Reply STOP to opt out.');
  });

  it('takes "stop texting me" as an opt-out in plain words', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'interested in selling');
    const optOut = await text(phone, 'please stop texting me');
    expect(optOut.handled).toBe('opt_out');
    expect((await smsConsent(await contactOf(first.leadId))).at(-1)?.action).toBe('revoked');
    expect(
      (await outboundMessages(t.ctx, first.leadId)).filter((m) => m.kind === 'keyword_reply'),
    ).toHaveLength(1);
  });

  it('confirms an opt-out and answers HELP and START in Spanish to a lead who writes Spanish', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'hola, busco casa de 3 recamaras en san antonio');
    expect((await text(phone, 'ya no me manden mensajes por favor')).handled).toBe('opt_out');
    // The carrier keywords stay English; what answers them follows the conversation's language.
    expect((await text(phone, 'START')).handled).toBe('start');
    expect((await text(phone, 'HELP')).handled).toBe('help');
    const replies = (await outboundMessages(t.ctx, first.leadId)).filter((m) => m.kind === 'keyword_reply');
    expect(replies.map((m) => m.body)).toEqual([
      expect.stringContaining('canceló su suscripción'),
      expect.stringContaining('se suscribió de nuevo'),
      expect.stringContaining('Ayuda:'),
    ]);

    const english = nextPhone();
    const lead = await text(english, 'looking to buy in 78704');
    await text(english, 'please stop texting me');
    const [confirmation] = (await outboundMessages(t.ctx, lead.leadId)).filter(
      (m) => m.kind === 'keyword_reply',
    );
    expect(confirmation?.body).toContain('you are unsubscribed');
  });

  it('does not take "can we stop by saturday?" as an opt-out, and the assistant notes the day', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'saw your listing');
    const reply = await text(phone, 'can we stop by saturday?');
    expect(reply).toMatchObject({ handled: 'reply', replyMessageId: null });
    expect((await smsConsent(await contactOf(first.leadId))).at(-1)?.action).toBe('granted');
    const answer = (await outboundMessages(t.ctx, first.leadId)).at(-1);
    expect(answer).toMatchObject({ kind: 'reply', status: 'sent', author: 'assistant' });
    // The day the lead named, without an hour they never said.
    expect(answer?.body).toMatch(/\bSat, [A-Z][a-z]{2} \d{1,2}\b/);
    expect(answer?.body).not.toMatch(/ at \d/);
  });

  it('"don\'t call me" revokes calls only: texting stays open and the agent hears of it', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'hi');
    const reply = await text(phone, "don't call me, text only");
    expect(reply).toMatchObject({ handled: 'opt_out', replyMessageId: null });
    const ledger = await consentRows(t.ctx, await contactOf(first.leadId));
    expect(ledger.filter((r) => r.channel === 'voice').map((r) => r.action)).toEqual(['revoked', 'revoked']);
    expect((await smsConsent(await contactOf(first.leadId))).at(-1)?.action).toBe('granted');
    const notes = await notifications(first.leadId);
    expect(notes.map((n) => n.kind)).toEqual(['no_calls']);
    expect(notes[0]).toMatchObject({ userId: agentId, status: 'logged' });
  });

  it('honours STOP from a restricted contact and from a number on the do-not-contact list', async () => {
    const restricted = nextPhone();
    const first = await text(restricted, 'hi');
    const contactId = await contactOf(first.leadId);
    await t.ctx.db
      .updateTable('contacts')
      .set({ restrictedAt: t.clock.now().toISOString() })
      .where('id', '=', contactId)
      .execute();
    const stop = await text(restricted, 'STOP');
    expect((await smsConsent(contactId)).at(-1)?.action).toBe('revoked');
    const confirmation = (await outboundMessages(t.ctx, first.leadId)).find(
      (m) => m.id === stop.replyMessageId,
    );
    expect(confirmation).toMatchObject({ status: 'blocked', gateReason: 'restricted' });

    const listed = nextPhone();
    const second = await text(listed, 'hi');
    await addSuppression(t.ctx.db, {
      workspaceId: team.workspace.id,
      kind: 'phone',
      value: listed,
      reason: 'do_not_contact',
      at: t.clock.now(),
    });
    const stopListed = await text(listed, 'STOP');
    expect((await smsConsent(await contactOf(second.leadId))).at(-1)?.action).toBe('revoked');
    const sent = (await outboundMessages(t.ctx, second.leadId)).find(
      (m) => m.id === stopListed.replyMessageId,
    );
    expect(sent?.status).toBe('sent');
  });

  it('processes a provider message id once, and drops texts to numbers no workspace has', async () => {
    const sms = {
      provider: 'sandbox' as const,
      providerMessageId: 'SMdup1',
      from: nextPhone(),
      to: ourNumber,
    };
    const first = await receiveInboundSms(t.ctx, { ...sms, body: 'hello' });
    const again = await receiveInboundSms(t.ctx, { ...sms, body: 'hello' });
    expect(first.status).toBe('processed');
    expect(again).toEqual({ status: 'duplicate' });
    const stored = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('providerId', '=', 'SMdup1')
      .execute();
    expect(stored).toHaveLength(1);

    const before = await t.ctx.db.selectFrom('messages').select('id').execute();
    const dropped = await receiveInboundSms(t.ctx, {
      ...sms,
      providerMessageId: 'SMx',
      to: '+15550000000',
      body: 'hi',
    });
    expect(dropped).toEqual({ status: 'dropped', reason: 'unknown_number' });
    expect(await t.ctx.db.selectFrom('messages').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses a "to" that is not one of the workspace\'s sandbox numbers and a "from" that is not a phone', async () => {
    const other = await buildTeam(t);
    const theirs = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sandbox/number',
      headers: asApiKey(other.key.secret),
    });
    const post = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/sandbox/inbound',
        headers: asApiKey(team.key.secret),
        payload,
      });
    const wrongTo = await post({
      from: nextPhone(),
      to: theirs.json<{ number: string }>().number,
      body: 'hi',
    });
    expect(wrongTo.statusCode).toBe(422);
    expect(wrongTo.json().error.code).toBe('unknown_number');
    const badFrom = await post({ from: 'not-a-phone', body: 'hi' });
    expect(badFrom.statusCode).toBe(422);
    expect(badFrom.json().error.code).toBe('invalid_phone');
  });
});
