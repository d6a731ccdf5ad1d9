import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildTeam, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

interface Summary {
  id: string;
  name: string | null;
  phone: string | null;
  speedToLeadSeconds: number | null;
}

/**
 * The inbox's speed to lead is the time from the lead's arrival to our first text that went: the first
 * response when it was allowed, otherwise the first reply or agent text that the carrier took.
 */
describe(`speed to lead in the inbox, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const inbox = async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads',
      headers: asSession(team.owner.session),
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: Summary[] }).items;
  };
  const textFrom = (phone: string, body: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers: asApiKey(team.key.secret),
      payload: { from: phone, body },
    });

  it('counts the first response when it goes at once', async () => {
    const lead = await buildLead(t.ctx, {
      workspaceId: team.workspace.id,
      name: 'Quinn Quick',
      consent: consentEvidence(),
    });
    await drainJobs(t.ctx, jobDefinitions);
    const row = (await inbox()).find((item) => item.id === lead.leadId);
    expect(row?.speedToLeadSeconds).toBeGreaterThanOrEqual(0);
    expect(row?.speedToLeadSeconds).toBeLessThan(5);
  });

  it('counts the reply that went when the first response was held, and nothing while no text has gone', async () => {
    const phone = '+15125550161';
    const held = await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Hana Held', phone });
    const silent = await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Sid Silent' });
    await drainJobs(t.ctx, jobDefinitions);
    let rows = await inbox();
    expect(held.firstResponse.status).toBe('blocked');
    expect(rows.find((item) => item.id === held.leadId)?.speedToLeadSeconds).toBeNull();

    // Twelve minutes later the lead texts; the assistant's answer is the first text of ours that goes.
    t.clock.advance(12 * 60_000);
    expect((await textFrom(phone, 'Hi, I am looking to buy a house')).statusCode).toBe(201);
    await drainJobs(t.ctx, jobDefinitions);
    rows = await inbox();
    const seconds = rows.find((item) => item.id === held.leadId)?.speedToLeadSeconds ?? null;
    expect(seconds).not.toBeNull();
    expect(seconds).toBeGreaterThanOrEqual(12 * 60);
    expect(seconds).toBeLessThan(13 * 60);
    expect(rows.find((item) => item.id === silent.leadId)?.speedToLeadSeconds).toBeNull();
  });

  it('does not count the answer to STOP as answering the lead', async () => {
    const phone = '+15125550162';
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id, name: 'Stella Stop', phone });
    await drainJobs(t.ctx, jobDefinitions);
    t.clock.advance(60_000);
    expect((await textFrom(phone, 'STOP')).statusCode).toBe(201);
    await drainJobs(t.ctx, jobDefinitions);
    const sent = await t.ctx.db
      .selectFrom('messages')
      .select(['author', 'status'])
      .where('leadId', '=', lead.leadId)
      .where('direction', '=', 'outbound')
      .execute();
    expect(sent).toContainEqual({ author: 'system', status: 'sent' });
    expect((await inbox()).find((item) => item.id === lead.leadId)?.speedToLeadSeconds).toBeNull();
  });
});
