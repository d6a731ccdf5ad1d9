import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, buildUser, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { DAY, HOUR, MINUTE } from '../platform/clock.js';
import { DEFAULT_CONVERSATION_SETTINGS } from './conversation.settings.js';
import { followUpDueAt, latestDueStep } from './follow-ups.js';

const START = new Date('2026-01-15T16:00:00.000Z'); // 10:00 in Austin

describe('follow-up schedule', () => {
  const settings = DEFAULT_CONVERSATION_SETTINGS.followUps;
  it('counts 1, 3 and 7 days from the unanswered text, then every 30 days, and stops', () => {
    const due = [1, 2, 3, 4, 5].map((step) => followUpDueAt(START, step, settings));
    expect(due.map((d) => d && (d.getTime() - START.getTime()) / DAY)).toEqual([1, 3, 7, 37, 67]);
    expect(followUpDueAt(START, 3 + 13, settings)).toBeNull();
    expect(followUpDueAt(START, 4, { ...settings, nurtureEveryDays: null })).toBeNull();
  });

  it('skips to the latest step due after a long outage', () => {
    expect(latestDueStep(START, new Date(START.getTime() + 8 * DAY), settings, 1)).toBe(3);
    expect(latestDueStep(START, new Date(START.getTime() + DAY), settings, 1)).toBe(1);
  });
});

describe(`follow-ups when a lead goes quiet, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(4100);

  beforeAll(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
    await buildUser(t.ctx, { workspaceId: team.workspace.id, role: 'agent', name: 'Maria Lopez' });
  });
  afterAll(() => t.close());

  async function newLead(marketing: boolean): Promise<{ leadId: string; phone: string }> {
    const phone = nextPhone();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: { name: 'Lee Quiet', phone, consent: consentEvidence({ marketing }) },
    });
    expect(response.statusCode, response.body).toBe(201);
    await drainJobs(t.ctx, jobDefinitions);
    return { leadId: response.json().leadId, phone };
  }

  async function text(phone: string, body: string): Promise<void> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers: asApiKey(team.key.secret),
      payload: { from: phone, body },
    });
    expect(response.statusCode, response.body).toBe(201);
    await drainJobs(t.ctx, jobDefinitions);
  }

  async function at(offsetMs: number): Promise<void> {
    t.clock.set(new Date(START.getTime() + offsetMs));
    await drainJobs(t.ctx, jobDefinitions);
  }

  const followUps = async (leadId: string) =>
    (await outboundMessages(t.ctx, leadId)).filter((m) => m.kind === 'follow_up');
  const stage = async (leadId: string) =>
    (await t.ctx.db.selectFrom('leads').select('stage').where('id', '=', leadId).executeTakeFirstOrThrow())
      .stage;

  it('follows up after 1, 3 and 7 days, then checks in monthly only with marketing consent', async () => {
    t.clock.set(START);
    const quiet = await newLead(false);
    const opted = await newLead(true);
    await at(DAY - MINUTE);
    expect(await followUps(quiet.leadId)).toEqual([]);
    await at(DAY + MINUTE);
    const first = await followUps(quiet.leadId);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ status: 'sent', purpose: 'conversational', author: 'assistant' });
    // It asks again what the first response asked.
    expect(first[0]?.body).toMatch(/^Hi Lee, .*buy.*sell/);
    expect(first[0]?.body).not.toMatch(/Maria/);
    await at(3 * DAY + MINUTE);
    await at(7 * DAY + MINUTE);
    expect((await followUps(quiet.leadId)).map((m) => m.status)).toEqual(['sent', 'sent', 'sent']);

    await at(37 * DAY + MINUTE);
    const nurture = (await followUps(quiet.leadId)).at(-1);
    expect(nurture).toMatchObject({
      purpose: 'marketing',
      status: 'blocked',
      gateReason: 'no_marketing_consent',
    });
    expect(await stage(quiet.leadId)).toBe('nurture');
    const sentToOpted = (await followUps(opted.leadId)).at(-1);
    expect(sentToOpted).toMatchObject({ purpose: 'marketing', status: 'sent' });
    expect(sentToOpted?.body).toContain('Reply STOP to opt out.');
    // The check-in comes from the business's assistant, never in the agent's name.
    expect(sentToOpted?.body).not.toMatch(/Maria/);

    await at(67 * DAY + MINUTE);
    expect(await followUps(quiet.leadId)).toHaveLength(4);
    expect(await followUps(opted.leadId)).toHaveLength(5);
  });

  it('follows up in Spanish with a lead who wrote Spanish, and in English once the setting is off', async () => {
    const base = 200 * DAY;
    await at(base);
    const spanish = nextPhone();
    await text(spanish, 'Hola, quiero comprar una casa');
    const leadId = (
      await t.ctx.db
        .selectFrom('contacts')
        .innerJoin('leads', 'leads.contactId', 'contacts.id')
        .select('leads.id')
        .where('contacts.phone', '=', spanish)
        .executeTakeFirstOrThrow()
    ).id;
    await at(base + DAY + 5 * MINUTE);
    const [nudge] = await followUps(leadId);
    expect(nudge?.body).toMatch(/^Hola/);
    expect(nudge?.body).toMatch(/¿[^?]*mudarse[^?]*\?/);
    expect(nudge?.body).not.toMatch(/\b(?:just|checking|move)\b/i);

    const off = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/conversation/settings',
      headers: asSession(team.owner.session),
      payload: { replyInLeadLanguage: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    try {
      await at(base + 3 * DAY + 5 * MINUTE);
      expect((await followUps(leadId)).at(-1)?.body).toMatch(/^Hi\b/);
    } finally {
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/conversation/settings',
        headers: asSession(team.owner.session),
        payload: { replyInLeadLanguage: null },
      });
    }
  });

  it('a reply stops the pending follow-up; the next one counts from the assistant’s answer', async () => {
    const base = 100 * DAY;
    await at(base);
    const lead = await newLead(false);
    await at(base + 2 * HOUR);
    await text(lead.phone, 'buying');
    await at(base + DAY + MINUTE);
    expect(await followUps(lead.leadId)).toEqual([]);
    await at(base + DAY + 2 * HOUR + MINUTE);
    const [nudge] = await followUps(lead.leadId);
    // The open question is now the timeline, which the reply's answer asked.
    expect(nudge?.body).toMatch(/move|timeline/i);
    await at(base + DAY + 3 * HOUR);
    await text(lead.phone, 'maybe in a year');
    // The earlier sequence's second step (due at 3 days) never comes; a new one starts from the new answer.
    await at(base + 3 * DAY + 2 * HOUR + MINUTE);
    const keys = (await followUps(lead.leadId)).map((m) => m.idempotencyKey.split(':').at(-1));
    expect(keys).toEqual(['1', '1']);
  });

  it('stops for a handoff, and for an opt-out', async () => {
    const base = 200 * DAY;
    await at(base);
    const handed = await newLead(false);
    const out = await newLead(false);
    await at(base + HOUR);
    await text(handed.phone, 'I want to talk to a person');
    await text(out.phone, 'STOP');
    await at(base + 8 * DAY);
    expect(await followUps(handed.leadId)).toEqual([]);
    expect(await followUps(out.leadId)).toEqual([]);
    expect(await stage(handed.leadId)).toBe('handed_off');
  });
});
