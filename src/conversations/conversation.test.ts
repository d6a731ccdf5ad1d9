import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, buildUser, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { countSegments } from '../messaging/segments.js';
import { GATHER_MS } from './turn.queue.js';
import { runConversationTurn } from './turn.service.js';

interface Inbound {
  messageId: string;
  leadId: string;
  conversationId: string;
  handled: string;
}

describe(`the assistant holds the conversation, through the sandbox, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let agentId: string;
  const nextPhone = phoneSequence(3100);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin, a Thursday
    team = await buildTeam(t);
    agentId = (await buildUser(t.ctx, { workspaceId: team.workspace.id, role: 'agent', name: 'Maria Lopez' }))
      .user.id;
    const listing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/listings',
      headers: asApiKey(team.key.secret),
      payload: {
        address: '12 Oak St, Austin, TX 78704',
        mlsNumber: '4455667',
        price: 450000,
        beds: 3,
        baths: 2,
        sqft: 1850,
        hoa: 45,
        url: 'https://homes.example/12-oak',
      },
    });
    expect(listing.statusCode, listing.body).toBe(201);
  });
  afterAll(() => t.close());

  function text(from: string, body: string): Promise<Inbound> {
    return sandboxText<Inbound>(t, team.key.secret, from, body);
  }

  /** The assistant's replies to one text: what it sent after the text came in. */
  async function repliesTo(inbound: Inbound): Promise<string[]> {
    const out = await outboundMessages(t.ctx, inbound.leadId);
    const at = (
      await t.ctx.db
        .selectFrom('messages')
        .select('createdAt')
        .where('id', '=', inbound.messageId)
        .executeTakeFirstOrThrow()
    ).createdAt;
    return out
      .filter((m) => m.kind === 'reply' && m.createdAt >= at && m.id > inbound.messageId)
      .map((m) => m.body);
  }

  const leadOf = async (leadId: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/leads/${leadId}`,
        headers: asApiKey(team.key.secret),
      })
    ).json();
  const notes = (leadId: string) =>
    t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('leadId', '=', leadId)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
  const setPaused = (leadId: string, paused: boolean) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/assistant`,
      headers: asSession(team.owner.session),
      payload: { paused },
    });

  it('qualifies a buyer one question at a time and records the requested time for the agent', async () => {
    const phone = nextPhone();
    const first = await text(phone, "Hi, I'm looking to buy a home");
    const lines = [
      ['in about 8 months', /pre-?approv/i],
      ['yes', /price|budget/i],
      ['450k', /area|neighborhood|part of town|live/i],
      ['South Austin', /bedroom/i],
      ['3', /day and time/i],
    ] as const;
    for (const [line, nextQuestion] of lines) {
      const reply = await repliesTo(await text(phone, line));
      expect(reply, line).toHaveLength(1);
      expect(reply[0], line).toMatch(nextQuestion);
    }
    const booking = await text(phone, 'saturday at 11am works');
    expect((await repliesTo(booking)).join(' ')).toContain('Sat, Jan 17 at 11 AM');

    const lead = await leadOf(first.leadId);
    expect(lead.stage).toBe('appointment');
    expect(lead.leadType).toBe('buyer');
    expect(lead.profile).toMatchObject({
      intent: 'buy',
      timelineMonths: 8,
      preApproved: true,
      budgetMax: 450000,
      areas: ['South Austin'],
      beds: 3,
      requestedTime: { start: '2026-01-17T11:00:00-06:00', end: expect.any(String) },
    });
    expect(lead.profile.sources.intent.messageId).toBe(first.messageId);
    expect(lead.profile.sources.requestedTime.messageId).toBe(booking.messageId);
    expect(lead.score).toBeGreaterThanOrEqual(60);
    expect(lead.profile.scoreFactors.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['pre_approved', 'budget', 'area', 'meeting', 'engaged']),
    );
    const booked = (await notes(first.leadId)).filter((n) => n.kind === 'booking_requested');
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({ userId: agentId });

    const out = await outboundMessages(t.ctx, first.leadId);
    expect(out.map((m) => m.kind)).toEqual(['first_response', ...Array(6).fill('reply')]);
    for (const message of out) {
      expect(message).toMatchObject({ status: 'sent', author: 'assistant' });
      expect(countSegments(message.body).segments).toBeLessThanOrEqual(2);
    }
    const turns = await t.ctx.db
      .selectFrom('conversationTurns')
      .selectAll()
      .where('leadId', '=', first.leadId)
      .execute();
    expect(turns.map((turn) => turn.status)).toEqual(['absorbed', ...Array(6).fill('replied')]);
    expect(
      turns.every(
        (turn) => turn.engine === 'deterministic' && turn.model === null && turn.inputTokens === null,
      ),
    ).toBe(true);
  });

  it('answers a question about a listing from its row, and passes an unanswerable one to the agent', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'hello');
    const priced = await repliesTo(await text(phone, "What's the price on 12 Oak St, and the HOA?"));
    expect(priced.join(' ')).toContain('12 Oak St is listed at $450,000.');
    expect(priced.join(' ')).toContain('$45/month');

    const pool = await repliesTo(await text(phone, 'does 12 oak st have a pool?'));
    expect(pool.join(' ')).toContain("I'll have Maria confirm that");
    expect(pool.join(' ')).not.toMatch(/pool/i);
    const note = (await notes(first.leadId)).find((n) => n.kind === 'question_for_agent');
    expect(note).toMatchObject({ userId: agentId });
    expect(note?.body).toContain('does 12 oak st have a pool?');
  });

  it('hands off when the lead asks for a person: the agent gets a summary, the assistant goes quiet', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'We want to sell our house');
    await text(phone, '55 Elm St');
    const handoff = await repliesTo(await text(phone, 'can I just talk to a real person?'));
    expect(handoff.join(' ')).toMatch(/Maria/);
    const lead = await leadOf(first.leadId);
    expect(lead.stage).toBe('handed_off');
    expect(lead.conversation).toMatchObject({
      assistantPaused: true,
      pausedReason: 'handoff:requested_human',
    });
    const note = (await notes(first.leadId)).find((n) => n.kind === 'handoff');
    expect(note).toMatchObject({ userId: agentId });
    expect(note?.body).toContain('Why: asked for a person.');
    expect(note?.body).toContain('home at 55 Elm St');
    expect(note?.body).toContain('Lead: can I just talk to a real person?');

    const later = await text(phone, 'hello? anyone?');
    expect(await repliesTo(later)).toEqual([]);
    expect((await notes(first.leadId)).at(-1)).toMatchObject({ kind: 'lead_replied', userId: agentId });
  });

  it('hands off a hot lead once it is qualified and moving within three months', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'looking to buy asap');
    await text(phone, "we're paying cash");
    // Intent, budget, cash and a move now: qualified without an area (the script's rule), so handed off.
    const last = await repliesTo(await text(phone, 'up to 600k'));
    expect(last.join(' ')).toMatch(/Maria/);
    const lead = await leadOf(first.leadId);
    expect(lead).toMatchObject({
      stage: 'handed_off',
      conversation: { assistantPaused: true, pausedReason: 'handoff:hot_lead' },
    });
    const note = (await notes(first.leadId)).find((n) => n.kind === 'handoff');
    expect(note?.subject).toContain('hot lead');
    expect(note?.body).toContain('moving as soon as possible');
  });

  it('stays quiet while paused, by an agent text or explicitly, and answers again once resumed', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'interested in buying');
    const manual = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${first.leadId}/messages`,
      headers: asSession(team.owner.session),
      payload: { body: 'Hi, Maria here, I will take it from here.' },
    });
    expect(manual.statusCode).toBe(201);
    expect(await repliesTo(await text(phone, 'great, 3 months'))).toEqual([]);

    const resumed = await setPaused(first.leadId, false);
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json()).toMatchObject({ paused: false, pausedReason: null });
    expect(await repliesTo(await text(phone, 'pre-approved'))).toHaveLength(1);

    const paused = await setPaused(first.leadId, true);
    expect(paused.json()).toMatchObject({ paused: true, pausedReason: 'agent' });
    expect(await repliesTo(await text(phone, '500k'))).toEqual([]);
    expect((await leadOf(first.leadId)).conversation.assistantPaused).toBe(true);
    const skipped = await t.ctx.db
      .selectFrom('conversationTurns')
      .select(['status', 'skipReason'])
      .where('leadId', '=', first.leadId)
      .where('status', '=', 'skipped')
      .execute();
    expect(skipped).toEqual([
      { status: 'skipped', skipReason: 'paused' },
      { status: 'skipped', skipReason: 'paused' },
    ]);
    // The profile still learned nothing from the paused turns: the agent has the conversation.
    expect((await leadOf(first.leadId)).profile.budgetMax).toBeUndefined();
  });

  it('answers a text once however often its turn runs', async () => {
    const phone = nextPhone();
    await text(phone, 'hello');
    const second = await text(phone, 'buying');
    const props = { workspaceId: team.workspace.id, leadId: second.leadId, messageId: second.messageId };
    expect(await runConversationTurn(t.ctx, props)).toEqual({ status: 'noop' });
    await drainJobs(t.ctx, jobDefinitions);
    expect(await repliesTo(second)).toHaveLength(1);
  });

  it('answers a burst of texts once, reading them together', async () => {
    const phone = nextPhone();
    const first = await text(phone, 'hi');
    const send = (body: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/sandbox/inbound',
        headers: asApiKey(team.key.secret),
        payload: { from: phone, body },
      });
    await send('buying');
    await send('in 5 months');
    // The second came while the first was unanswered: its turn waits a moment for more, and answers both.
    await drainJobs(t.ctx, jobDefinitions);
    const replies = async () =>
      (await outboundMessages(t.ctx, first.leadId)).filter((m) => m.kind === 'reply');
    expect(await replies()).toHaveLength(0);
    t.clock.advance(GATHER_MS);
    await drainJobs(t.ctx, jobDefinitions);
    const out = await replies();
    expect(out).toHaveLength(1);
    expect(out[0]?.body).toMatch(/buying.*5 months/);
    const lead = await leadOf(first.leadId);
    expect(lead.profile).toMatchObject({ intent: 'buy', timelineMonths: 5 });
  });

  it("asks a doubtful budget back in Spanish, stores it on the lead's sí, and answers in English once the setting is off", async () => {
    const settings = (path: string, payload?: Record<string, unknown>) =>
      t.app.inject({
        method: payload === undefined ? 'GET' : 'PATCH',
        url: `/api/v1/conversation/settings${path}`,
        headers: asSession(team.owner.session),
        ...(payload === undefined ? {} : { payload }),
      });
    const current = (await settings('')).json();
    expect(current.replyInLeadLanguage).toBe(true);
    expect(current.script.qualifyWithoutArea).toEqual({ enabled: true, withinMonths: 3 });

    const phone = nextPhone();
    const first = await text(phone, 'Hola, quiero comprar una casa');
    expect((await repliesTo(await text(phone, 'en unos 8 meses')))[0]).toMatch(/preaprobación/);
    expect((await repliesTo(await text(phone, 'todavía no'))).join(' ')).toMatch(/presupuesto|precio/);
    const doubtful = await text(phone, 'quizás unos 300 mil');
    expect((await repliesTo(doubtful))[0]).toMatch(
      /(?:confirmar|entender bien): ¿un presupuesto de unos \$300,000\?/,
    );
    let lead = await leadOf(first.leadId);
    expect(lead.profile.budgetMax).toBeUndefined();
    expect(lead.profile.check).toMatchObject({ slot: 'budget', messageId: doubtful.messageId });
    expect(lead.profile.scoreFactors.map((f: { code: string }) => f.code)).not.toContain('budget');

    const yes = await repliesTo(await text(phone, 'sí'));
    expect(yes[0]).toMatch(/presupuesto hasta \$300K/);
    lead = await leadOf(first.leadId);
    expect(lead.profile).toMatchObject({ budgetMax: 300000, language: 'es' });
    expect(lead.profile.check).toBeUndefined();
    expect(lead.profile.sources.budgetMax.messageId).toBe(doubtful.messageId);

    const off = await settings('', { replyInLeadLanguage: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().replyInLeadLanguage).toBe(false);
    expect((await repliesTo(await text(phone, 'Round Rock o Pflugerville')))[0]).toMatch(/bedroom/i);
    await settings('', { replyInLeadLanguage: null });
  });
});
