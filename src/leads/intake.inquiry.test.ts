import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildTeam, buildUser, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { countSegments } from '../messaging/segments.js';

const CONSENT = {
  sms: true,
  disclosure: 'By checking this box you agree to receive texts from Hill Country Homes about your inquiry.',
  capturedAt: '2026-03-04T14:59:00Z',
};

interface Created {
  leadId: string;
  inquiryId: string;
  firstResponse: string;
}

describe('the inquiry fills the profile and the first response is built from it', () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(4400);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-03-04T15:00:00.000Z'); // 9:00 in Austin, a Wednesday
    team = await buildTeam(t);
    await buildUser(t.ctx, { workspaceId: team.workspace.id, role: 'agent', name: 'Maria Lopez' });
    const settings = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/messaging/settings',
      headers: asSession(team.owner.session),
      payload: { businessName: 'Hill Country Homes' },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const faq = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/faqs',
      headers: asApiKey(team.key.secret),
      payload: {
        question: 'Do you help first-time buyers?',
        answer: 'Yes! Maria works with first-time buyers every week and walks you through each step.',
        keywords: ['first-time', 'first time'],
      },
    });
    expect(faq.statusCode, faq.body).toBe(201);
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
        hoa: 0,
        openHouses: [{ start: '2026-03-07T13:00:00-06:00', end: '2026-03-07T16:00:00-06:00' }],
      },
    });
    expect(listing.statusCode, listing.body).toBe(201);
  });
  afterAll(() => t.close());

  async function post(payload: Record<string, unknown>): Promise<Created> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: { phone: nextPhone(), consent: CONSENT, ...payload },
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<{ leadId: string; inquiryId: string }>();
    const [first] = await outboundMessages(t.ctx, created.leadId);
    return { ...created, firstResponse: first?.body ?? '' };
  }

  const leadOf = async (leadId: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/leads/${leadId}`,
        headers: asApiKey(team.key.secret),
      })
    ).json();

  it('puts what the message says on the profile, naming the inquiry, and asks the first thing still unknown', async () => {
    const lead = await post({
      name: 'Dana Whitfield',
      message:
        "Hi, we're pre-approved and looking for a 3 bed in South Austin under 450k, moving in about 2 months",
    });
    const stored = await leadOf(lead.leadId);
    expect(stored.profile).toMatchObject({
      intent: 'buy',
      preApproved: true,
      beds: 3,
      budgetMax: 450000,
      areas: ['South Austin'],
      timelineMonths: 2,
    });
    expect(stored.profile.sources.beds.messageId).toBe(`inquiry:${lead.inquiryId}`);
    expect(stored.profile.sources.preApproved.messageId).toBe(`inquiry:${lead.inquiryId}`);
    expect(stored.score).toBeGreaterThan(0);

    expect(lead.firstResponse).toMatch(
      /^Hi Dana, this is the automated assistant for Hill Country Homes, working with Maria Lopez\./,
    );
    expect(lead.firstResponse).not.toMatch(/buy, (?:one to )?sell|pre-?approv\w* for|bedrooms do you/i);
    expect(countSegments(lead.firstResponse)).toMatchObject({ encoding: 'GSM-7' });
    expect(countSegments(lead.firstResponse).segments).toBeLessThanOrEqual(2);
  });

  it('takes the API lead type and property: a buyer is never asked buy, sell or both', async () => {
    const lead = await post({
      name: 'Sam',
      leadType: 'buyer',
      property: { address: '12 Oak St, Austin, TX 78704' },
    });
    expect(lead.firstResponse).toContain('12 Oak St');
    expect(lead.firstResponse).not.toMatch(/sell/i);
    expect(lead.firstResponse).toMatch(/how soon|when|move/i);
    expect((await leadOf(lead.leadId)).profile).toMatchObject({ intent: 'buy' });
  });

  it('answers a question the inquiry asks from the knowledge base, and asks the next thing', async () => {
    const lead = await post({
      name: 'Kim',
      message: "Hi, I'd like to buy a home. Do you help first-time buyers?",
    });
    expect(lead.firstResponse).toContain('Maria works with first-time buyers');
    expect(lead.firstResponse).not.toMatch(/buy, (?:one to )?sell/i);
    expect(countSegments(lead.firstResponse).segments).toBeLessThanOrEqual(2);
  });

  it('hands a form or API lead who asks for a person to the agent from the first response', async () => {
    const lead = await post({ name: 'Pat', message: 'Please have an agent call me about selling my house' });
    expect(lead.firstResponse).toMatch(/automated assistant/);
    expect(lead.firstResponse).toMatch(/Maria will reach out/);
    const stored = await leadOf(lead.leadId);
    expect(stored.stage).toBe('handed_off');
    expect(stored.conversation).toMatchObject({
      assistantPaused: true,
      pausedReason: 'handoff:requested_human',
    });
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select(['kind', 'body'])
      .where('leadId', '=', lead.leadId)
      .execute();
    const handoff = notes.find((n) => n.kind === 'handoff');
    expect(handoff?.body).toContain('Why: asked for a person.');
    expect(handoff?.body).toContain('Please have an agent call me about selling my house');
  });

  it('hands a buyer the inquiry alone makes hot to the agent from the first response', async () => {
    const lead = await post({
      name: 'Eric',
      message: 'Pre-approved for 500k, want a 3 bed in south austin, need to move within 2 months',
    });
    expect(lead.firstResponse).toMatch(/automated assistant/);
    // Either hot-lead wording; which one is picked by the conversation's seed.
    expect(lead.firstResponse).toMatch(
      /bringing in Maria now|Maria will reach out shortly to take it from here/,
    );
    expect(lead.firstResponse).not.toMatch(/what day and time/i);
    const stored = await leadOf(lead.leadId);
    expect(stored.stage).toBe('handed_off');
    expect(stored.conversation).toMatchObject({ assistantPaused: true, pausedReason: 'handoff:hot_lead' });
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select(['kind', 'subject'])
      .where('leadId', '=', lead.leadId)
      .execute();
    expect(notes.find((n) => n.kind === 'handoff')?.subject).toMatch(/hot lead/);
  });

  it('keeps the first response to two segments with the question, and sends what was left of a long answer next', async () => {
    const lead = await post({
      name: 'Christopher Alexander',
      message:
        "Is 12 Oak St still available? What's the price, the HOA, the square footage and when is the open house? We're cash buyers moving in 8 months, up to 500k",
    });
    expect(countSegments(lead.firstResponse).segments).toBeLessThanOrEqual(2);
    expect(lead.firstResponse).toContain('12 Oak St is still available at $450,000.');
    expect(lead.firstResponse).toMatch(/\?$/);
    const out = await outboundMessages(t.ctx, lead.leadId);
    // The wording varies by lead, so the open house may or may not fit; when it does not, the next text has it.
    for (const m of out) expect(countSegments(m.body).segments).toBeLessThanOrEqual(2);
    expect(out.map((m) => m.body).join(' ')).toMatch(/open house/i);
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select(['kind'])
      .where('leadId', '=', lead.leadId)
      .execute();
    expect(notes.filter((n) => n.kind === 'question_for_agent')).toEqual([]);
  });

  it('states back no fact read with little confidence', async () => {
    const lead = await post({ name: 'Lou', message: 'maybe 300?' });
    expect(lead.firstResponse).not.toMatch(/300/);
    expect((await leadOf(lead.leadId)).profile.budgetMax).toBeUndefined();
  });

  it('never asks again what the inquiry said, on the next texts either', async () => {
    const phone = nextPhone();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: {
        phone,
        name: 'Ari',
        consent: CONSENT,
        message: 'Looking to buy in Hyde Park, 3 bedrooms, budget 500k',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { leadId } = response.json<{ leadId: string }>();
    await sandboxText(t, team.key.secret, phone, 'in about 6 months');
    await sandboxText(t, team.key.secret, phone, 'yes we are pre-approved');
    await sandboxText(t, team.key.secret, phone, 'a house');
    const out = await outboundMessages(t.ctx, leadId);
    expect(out).toHaveLength(4);
    const questions = out.flatMap((m) => m.body.match(/[^.!?]*\?/g) ?? []);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const question of questions) {
      expect(question).not.toMatch(/area|part of town|neighborhood|bedroom|price|budget|buy, |sell/i);
    }
  });

  it("keeps a workspace's own first-response template, with the new merge fields", async () => {
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/messaging/settings',
      headers: asSession(team.owner.session),
      payload: { firstResponseTemplate: 'Hello {firstName}! {agentFullName} got your note. {nextQuestion}' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    try {
      const lead = await post({ name: 'Jo', leadType: 'seller', property: { address: '9 Elm St' } });
      expect(lead.firstResponse).toMatch(/^Hello Jo! Maria Lopez got your note\. [^?]+\?$/);
      // The question the template asked is the one the lead's "3 months" answers.
      expect((await leadOf(lead.leadId)).profile.opening).toEqual({
        asked: 'timelineMonths',
        answered: false,
      });
    } finally {
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/messaging/settings',
        headers: asSession(team.owner.session),
        payload: { firstResponseTemplate: null },
      });
    }
  });

  it('reads the message column of a CSV import onto the profile, texting no one without consent', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/import',
      headers: { ...asApiKey(team.key.secret), 'content-type': 'text/csv' },
      payload:
        'name,phone,message\nRae Imported,512-555-4499,"Selling our place, want to list within 2 months"\n',
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    const row = await t.ctx.db
      .selectFrom('contacts')
      .innerJoin('leads', 'leads.contactId', 'contacts.id')
      .select(['leads.id as leadId'])
      .where('contacts.workspaceId', '=', team.workspace.id)
      .where('contacts.phone', '=', '+15125554499')
      .executeTakeFirstOrThrow();
    const stored = await leadOf(row.leadId);
    expect(stored.profile).toMatchObject({ intent: 'sell', timelineMonths: 2 });
    expect(stored.profile.sources.intent.messageId).toMatch(/^inquiry:/);
    expect(await outboundMessages(t.ctx, row.leadId)).toEqual([]);
  });

  it("introduces the assistant in the workspace's own words", async () => {
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/messaging/settings',
      headers: asSession(team.owner.session),
      payload: {
        introTemplate: 'Hey {firstName}! Automated assistant of {businessName} here, for {agentName}.',
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ firstResponseTemplate: '{intro} {inquiryReply}' });
    try {
      const lead = await post({ name: 'Cal', leadType: 'buyer' });
      expect(lead.firstResponse).toMatch(
        /^Hey Cal! Automated assistant of Hill Country Homes here, for Maria\. /,
      );
    } finally {
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/messaging/settings',
        headers: asSession(team.owner.session),
        payload: { introTemplate: null },
      });
    }
  });

  it('answers a first text that is an inquiry with the assistant introducing itself, and a keyword with the keyword alone', async () => {
    const phone = nextPhone();
    const first = await sandboxText<{ leadId: string }>(
      t,
      team.key.secret,
      phone,
      "Hi, I'd like to buy a home",
    );
    const [opener, ...rest] = await outboundMessages(t.ctx, first.leadId);
    expect(opener?.body).toMatch(/automated assistant for Hill Country Homes/);
    expect(opener?.body).not.toMatch(/buy, (?:one to )?sell/i);
    expect(rest).toEqual([]);

    for (const keyword of ['STOP', 'wrong number', 'HELP']) {
      const from = nextPhone();
      const text = await sandboxText<{ leadId: string }>(t, team.key.secret, from, keyword);
      const out = await outboundMessages(t.ctx, text.leadId);
      expect(
        out.map((m) => m.kind),
        keyword,
      ).toEqual(['keyword_reply']);
    }
  });

  it('answers the next text after STOP and START', async () => {
    const phone = nextPhone();
    const first = await sandboxText<{ leadId: string }>(t, team.key.secret, phone, 'STOP');
    await sandboxText(t, team.key.secret, phone, 'START');
    await sandboxText(t, team.key.secret, phone, 'hi again, still looking to buy');
    const out = await outboundMessages(t.ctx, first.leadId);
    expect(out.map((m) => m.kind)).toEqual(['keyword_reply', 'keyword_reply', 'reply']);
    expect(out.at(-1)?.body).toMatch(/move/i);
  });
});
