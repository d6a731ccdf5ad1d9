import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildTeam, buildUser } from '../../../test/helpers/factories.js';
import { createSource, pathOf, workspaceLeads } from '../../../test/helpers/lead-sources.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function webhookTeam(extra: Record<string, unknown> = {}) {
  const team = await buildTeam(t);
  const created = await createSource(t, team, { kind: 'webhook', ...extra });
  return { team, url: pathOf(created.secrets.url) };
}

describe('the generic lead webhook', () => {
  it('reads JSON with the saved mapping and the import spellings; nested fields and extras land in the message', async () => {
    const { team, url } = await webhookTeam({
      mapping: { 'contact.cell': 'phone' },
      leadSource: 'agent-site',
    });
    const response = await t.app.inject({
      method: 'POST',
      url,
      payload: {
        id: 'sub_0001',
        'First Name': 'Noor',
        'Last Name': 'Haddad',
        contact: { cell: '(512) 555-0193', email: 'noor@example.com' },
        Zip: '78702',
        'How soon?': 'ASAP',
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'processed' });
    const { leads, contacts, inquiries } = await workspaceLeads(t, team.workspace.id);
    expect(leads[0]?.source).toBe('agent-site');
    expect(contacts[0]).toMatchObject({ name: 'Noor Haddad', phone: '+15125550193', zip: '78702' });
    expect(inquiries[0]?.message).toBe('Contact.email: noor@example.com\nHow soon?: ASAP');
    const again = await t.app.inject({
      method: 'POST',
      url,
      payload: { id: 'sub_0001', phone: '512-555-0194' },
    });
    expect(again.json()).toMatchObject({ status: 'duplicate', leadId: leads[0]?.id });
  });

  it('gives the lead to the member its agent field names', async () => {
    const { team, url } = await webhookTeam();
    // First in the round robin's line: without the agent field the lead would be his.
    await buildUser(t.ctx, { workspaceId: team.workspace.id, name: 'Abe First' });
    const ivy = await buildUser(t.ctx, { workspaceId: team.workspace.id, name: 'Ivy Chen' });
    const response = await t.app.inject({
      method: 'POST',
      url,
      payload: { name: 'Moe Park', phone: '512-555-0196', assigned_agent: 'ivy chen' },
    });
    expect(response.json()).toMatchObject({ status: 'processed' });
    const { leads, inquiries } = await workspaceLeads(t, team.workspace.id);
    expect(leads[0]?.assignedUserId).toBe(ivy.user.id);
    expect(inquiries[0]?.message ?? '').not.toContain('ivy');
  });

  it('takes a form post', async () => {
    const { team, url } = await webhookTeam();
    const response = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=Lou+Reyes&phone=512-555-0195&message=Looking+for+a+duplex',
    });
    expect(response.statusCode).toBe(200);
    const { contacts, inquiries } = await workspaceLeads(t, team.workspace.id);
    expect(contacts[0]).toMatchObject({ name: 'Lou Reyes', phone: '+15125550195' });
    expect(inquiries[0]?.message).toBe('Looking for a duplex');
  });

  it('test mode answers the lead it would make and saves nothing', async () => {
    const { team, url } = await webhookTeam();
    const response = await t.app.inject({
      method: 'POST',
      url: `${url}?test=1`,
      payload: { Name: 'Tess Trial', Mobile: '512-555-0196', Budget: '$300,000' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      test: true,
      ok: true,
      wouldText: false,
      lead: { name: 'Tess Trial', phone: '512-555-0196', property: { price: 300000 } },
    });
    const bad = await t.app.inject({ method: 'POST', url: `${url}?test=1`, payload: { Name: 'Nobody' } });
    expect(bad.json()).toMatchObject({ test: true, ok: false, reason: expect.stringContaining('no phone') });
    const stored = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(stored).toHaveLength(0);
    expect((await workspaceLeads(t, team.workspace.id)).leads).toHaveLength(0);
  });

  it('keeps a post it cannot make a lead of, answering 422; refuses a list and an unknown URL', async () => {
    const { team, url } = await webhookTeam();
    const response = await t.app.inject({ method: 'POST', url, payload: { Name: 'Nobody', note: 'hi' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('unreadable_lead');
    expect((await t.app.inject({ method: 'POST', url, payload: [{ phone: '5125550100' }] })).statusCode).toBe(
      400,
    );
    expect(
      (await t.app.inject({ method: 'POST', url: '/webhooks/leads/abc', payload: { phone: '5125550100' } }))
        .statusCode,
    ).toBe(404);
    const stored = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(stored.map((s) => s.status)).toEqual(['failed']);
  });
});
