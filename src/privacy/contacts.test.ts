import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildLead, buildTeam, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

describe(`restriction and correction of a contact, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let lead: { leadId: string; contactId: string };
  const phone = '+15125550421';

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
    lead = await buildLead(t.ctx, {
      workspaceId: team.workspace.id,
      name: 'Tobias Restrictme',
      phone,
      email: 'tobias@example.com',
      consent: consentEvidence(),
    });
    await drainJobs(t.ctx, jobDefinitions);
  });
  afterAll(() => t.close());

  const call = (method: 'POST' | 'DELETE' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: asSession(team.owner.session), ...(payload ? { payload } : {}) });
  const outbound = () =>
    t.ctx.db
      .selectFrom('messages')
      .select(['status', 'gateReason', 'author'])
      .where('leadId', '=', lead.leadId)
      .where('direction', '=', 'outbound')
      .orderBy('id')
      .execute();

  it('restricts: no texts, no AI turn, until lifted; both audited', async () => {
    const restricted = await call('POST', `/api/v1/contacts/${lead.contactId}/restriction`);
    expect(restricted.statusCode, restricted.body).toBe(200);
    expect(restricted.json()).toMatchObject({ id: lead.contactId, restricted: true });
    const before = (await outbound()).length;

    const inbound = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers: asApiKey(team.key.secret),
      payload: { from: phone, body: 'Can we see the house on Saturday?' },
    });
    expect(inbound.statusCode, inbound.body).toBe(201);
    await drainJobs(t.ctx, jobDefinitions);
    expect((await outbound()).length).toBe(before);
    const turns = await t.ctx.db
      .selectFrom('conversationTurns')
      .select(['status', 'skipReason'])
      .where('leadId', '=', lead.leadId)
      .execute();
    expect(turns.at(-1)).toEqual({ status: 'skipped', skipReason: 'restricted' });

    const manual = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.leadId}/messages`,
      headers: asApiKey(team.key.secret),
      payload: { body: 'Hello from the team' },
    });
    expect(manual.statusCode).toBe(201);
    expect((await outbound()).at(-1)).toMatchObject({ status: 'blocked', gateReason: 'restricted' });

    const lifted = await call('DELETE', `/api/v1/contacts/${lead.contactId}/restriction`);
    expect(lifted.json()).toMatchObject({ restricted: false, restrictedAt: null });
    const actions = (await auditRows(t, team.workspace.id)).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['contact.restricted', 'contact.restriction_lifted']));
  });

  it('corrects name, email and phone as intake would, auditing fields but not values', async () => {
    const response = await call('PATCH', `/api/v1/contacts/${lead.contactId}`, {
      name: '  TOBIAS   CORRECTED ',
      email: ' Tobias.New@Example.COM ',
      phone: '(512) 555-0422',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Tobias Corrected',
      email: 'tobias.new@example.com',
      phone: '+15125550422',
    });
    const row = (await auditRows(t, team.workspace.id)).find((r) => r.action === 'contact.corrected');
    const details = JSON.stringify(row?.details);
    expect(details).toContain('email');
    for (const value of ['Restrictme', 'tobias@example.com', '0421', 'Corrected', 'tobias.new', '0422']) {
      expect(details).not.toContain(value);
    }
  });

  it('refuses invalid values and duplicates, and another workspace sees nothing', async () => {
    const other = await buildLead(t.ctx, { workspaceId: team.workspace.id, email: 'taken@example.com' });
    expect((await call('PATCH', `/api/v1/contacts/${lead.contactId}`, { phone: '12' })).statusCode).toBe(422);
    expect((await call('PATCH', `/api/v1/contacts/${lead.contactId}`, { email: 'nope' })).statusCode).toBe(
      422,
    );
    const taken = await call('PATCH', `/api/v1/contacts/${lead.contactId}`, { email: 'taken@example.com' });
    expect(taken.statusCode).toBe(409);
    expect(other.contactId).not.toBe(lead.contactId);
    expect((await call('PATCH', `/api/v1/contacts/${lead.contactId}`, {})).statusCode).toBe(400);
    const stranger = await buildTeam(t);
    const foreign = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/contacts/${lead.contactId}`,
      headers: asApiKey(stranger.key.secret),
      payload: { name: 'Taken Over' },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('applies a correction request when it is completed with the fields', async () => {
    const filed = await call('POST', '/api/v1/privacy/requests', {
      kind: 'correction',
      contactId: lead.contactId,
      jurisdiction: 'gdpr',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().dueAt).toBe('2026-02-15T16:00:00.000Z');
    const missing = await call('POST', `/api/v1/privacy/requests/${filed.json().id}/complete`, {});
    expect(missing.statusCode).toBe(422);
    const done = await call('POST', `/api/v1/privacy/requests/${filed.json().id}/complete`, {
      fields: { name: 'Tobias Final' },
    });
    expect(done.statusCode, done.body).toBe(200);
    const contact = await t.ctx.db
      .selectFrom('contacts')
      .select('name')
      .where('id', '=', lead.contactId)
      .executeTakeFirstOrThrow();
    expect(contact.name).toBe('Tobias Final');
  });
});
