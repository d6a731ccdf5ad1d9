import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildLead, buildTeam, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { sandboxText } from '../../test/helpers/messaging.js';
import { fromJson } from '../db/schema.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

/** Thursday 15 January 2026 at 21:40 Eastern, in Miami and Atlanta. */
const NINE_FORTY_PM = '2026-01-16T02:40:00.000Z';
const TEN_MINUTES_BEFORE = '2026-01-16T02:30:00.000Z';
const TWO_HOURS_BEFORE = '2026-01-16T00:40:00.000Z';
/** 8:00 the next morning in Miami, when Florida's calling hours open. */
const FLORIDA_MORNING = '2026-01-16T13:00:00.000Z';

let counter = 0;
const phoneIn = (area: '305' | '404') => `+1${area}556${String(3000 + (counter++ % 6000)).padStart(4, '0')}`;

interface ThreadItem {
  id: string;
  author: string;
  kind: string;
  status: string;
  gate: { reason: string; deferUntil: string | null; rule?: { label: string } } | null;
}

describe(`an agent's reply late in the evening (${testDialect()})`, () => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await buildTestApp({ now: TWO_HOURS_BEFORE });
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  /** A consented lead who texted us at `wroteAt`; the clock is then 9:40 PM Eastern. */
  async function leadWhoWrote(area: '305' | '404', wroteAt: string) {
    t.clock.set('2026-01-15T20:00:00.000Z'); // 3 PM Eastern: the first response goes at once
    const phone = phoneIn(area);
    const lead = await buildLead(t.ctx, {
      workspaceId: team.workspace.id,
      phone,
      consent: consentEvidence(),
    });
    await drainJobs(t.ctx, jobDefinitions);
    t.clock.set(wroteAt);
    await sandboxText(t, team.key.secret, phone, 'Can you send me the address of the house on Elm?');
    t.clock.set(NINE_FORTY_PM);
    return lead;
  }

  const send = (leadId: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/messages`,
      headers: asSession(team.owner.session),
      payload,
    });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: asApiKey(team.key.secret) });
  const thread = async (leadId: string) =>
    (await get(`/api/v1/leads/${leadId}/messages`)).json<{ items: ThreadItem[] }>().items;

  it('sends at once to a lead who wrote 10 minutes before', async () => {
    const lead = await leadWhoWrote('305', TEN_MINUTES_BEFORE);
    const window = (await get(`/api/v1/leads/${lead.leadId}/messages/send-window`)).json();
    expect(window).toMatchObject({
      sendsNow: true,
      sendAnyway: 'not_needed',
      leadWroteAt: TEN_MINUTES_BEFORE,
    });

    const response = await send(lead.leadId, { body: '12 Elm St — want to see it tomorrow?' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'queued',
      gate: { outcome: 'allowed', reason: 'allowed' },
    });
    await drainJobs(t.ctx, jobDefinitions);
    expect((await thread(lead.leadId)).at(-1)).toMatchObject({ kind: 'manual', status: 'sent' });
  });

  it('holds a Florida reply to a text from 2 hours before until 8 AM, and refuses to send it anyway', async () => {
    const lead = await leadWhoWrote('305', TWO_HOURS_BEFORE);
    const window = (await get(`/api/v1/leads/${lead.leadId}/messages/send-window`)).json();
    expect(window).toMatchObject({
      sendsNow: false,
      reason: 'quiet_hours',
      holdUntil: FLORIDA_MORNING,
      rule: { code: 'state_hours', label: 'Florida calling hours', sendAnyway: false },
      sendAnyway: 'not_allowed',
    });

    const before = (await thread(lead.leadId)).length;
    const refused = await send(lead.leadId, {
      body: 'Here is the address: 12 Elm St',
      sendAnyway: { reason: 'The lead is waiting for it' },
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'send_anyway_not_allowed',
      details: {
        reason: 'quiet_hours',
        holdUntil: FLORIDA_MORNING,
        rule: { label: 'Florida calling hours' },
      },
    });
    expect(await thread(lead.leadId)).toHaveLength(before);
    expect((await auditRows(t, team.workspace.id)).map((row) => row.action)).not.toContain(
      'message.sent_anyway',
    );

    const held = await send(lead.leadId, { body: 'Here is the address: 12 Elm St' });
    expect(held.statusCode).toBe(201);
    expect(held.json()).toMatchObject({
      status: 'deferred',
      gate: {
        outcome: 'deferred',
        reason: 'quiet_hours',
        deferUntil: FLORIDA_MORNING,
        rule: { label: 'Florida calling hours', citation: 'Fla. Stat. § 501.616(6)(a)' },
      },
    });
    await drainJobs(t.ctx, jobDefinitions);
    // The thread says why and until when, after the dispatcher has looked at it again.
    expect((await thread(lead.leadId)).at(-1)).toMatchObject({
      kind: 'manual',
      status: 'deferred',
      gate: { deferUntil: FLORIDA_MORNING, rule: { label: 'Florida calling hours' } },
    });
  });

  it('sends anyway past the federal hours in Georgia, with the reason in the audit log', async () => {
    const lead = await leadWhoWrote('404', TWO_HOURS_BEFORE);
    const window = (await get(`/api/v1/leads/${lead.leadId}/messages/send-window`)).json();
    expect(window).toMatchObject({
      sendsNow: false,
      rule: { code: 'federal_hours', sendAnyway: true },
      sendAnyway: 'allowed',
    });

    const noReason = await send(lead.leadId, { body: 'Address: 12 Elm St', sendAnyway: { reason: ' ' } });
    expect(noReason.statusCode).toBe(400);

    const response = await send(lead.leadId, {
      body: 'Address: 12 Elm St',
      sendAnyway: { reason: 'They are outside the house now and asked for it' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const message = response.json();
    expect(message).toMatchObject({ status: 'queued', gate: { outcome: 'allowed', reason: 'sent_anyway' } });
    await drainJobs(t.ctx, jobDefinitions);
    expect((await thread(lead.leadId)).at(-1)).toMatchObject({ id: message.id, status: 'sent' });

    const row = (await auditRows(t, team.workspace.id)).find((r) => r.action === 'message.sent_anyway');
    expect(row).toMatchObject({
      actorType: 'user',
      actorId: team.owner.user.id,
      targetType: 'message',
      targetId: message.id,
    });
    expect(fromJson(row?.details ?? null)).toMatchObject({
      leadId: lead.leadId,
      reason: 'They are outside the house now and asked for it',
      passed: ['federal_hours'],
    });
  });

  it('never sends anyway to a lead who opted out', async () => {
    const lead = await leadWhoWrote('404', TWO_HOURS_BEFORE);
    t.clock.set(TWO_HOURS_BEFORE);
    await sandboxText(t, team.key.secret, (await leadPhone(lead.leadId)) as string, 'STOP');
    t.clock.set(NINE_FORTY_PM);
    const response = await send(lead.leadId, { body: 'One more thing', sendAnyway: { reason: 'Important' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'send_anyway_not_allowed',
      details: { reason: 'opted_out' },
    });
  });

  async function leadPhone(leadId: string): Promise<string | null> {
    return (await get(`/api/v1/leads/${leadId}`)).json().contact.phone;
  }
});
