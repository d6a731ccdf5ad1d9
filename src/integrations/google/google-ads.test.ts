import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildTeam } from '../../../test/helpers/factories.js';
import { createSource, pathOf, SMS_DISCLOSURE, workspaceLeads } from '../../../test/helpers/lead-sources.js';
import { fromJson } from '../../db/schema.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function googleTeam(extra: Record<string, unknown> = {}) {
  const team = await buildTeam(t);
  const created = await createSource(t, team, { kind: 'google_ads', ...extra });
  return { team, url: pathOf(created.secrets.url), key: created.secrets.googleKey ?? '' };
}

function googleLead(key: string, overrides: Record<string, unknown> = {}) {
  return {
    lead_id:
      'TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklmnopqrstuvwxyz-0123456789-AaBbCcDdEeFfGgHhIiJjKkLl',
    user_column_data: [
      { column_name: 'Full Name', string_value: 'Jamie Fox', column_id: 'FULL_NAME' },
      { column_name: 'User Phone', string_value: '+15125550191', column_id: 'PHONE_NUMBER' },
      { column_name: 'User Email', string_value: 'jamie.fox@example.com', column_id: 'EMAIL' },
      { column_name: 'Postal Code', string_value: '78704', column_id: 'POSTAL_CODE' },
      { column_name: 'Are you buying or selling?', string_value: 'Buying', column_id: 'QUESTION_1' },
    ],
    api_version: '1.0',
    form_id: 40000000000,
    campaign_id: 12345678901,
    google_key: key,
    is_test: false,
    gcl_id: 'EAIaIQobChMI-test',
    adgroup_id: 20000000000,
    creative_id: 30000000000,
    ...overrides,
  };
}

describe('Google Ads lead forms', () => {
  it('maps the columns into a lead, and a resend of the same lead_id is one lead', async () => {
    const { team, url, key } = await googleTeam({
      consent: { sms: true, disclosure: SMS_DISCLOSURE, disclosureVersion: 'google-form-1' },
    });
    const first = await t.app.inject({ method: 'POST', url, payload: googleLead(key) });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'processed', duplicate: false });
    const again = await t.app.inject({ method: 'POST', url, payload: googleLead(key) });
    expect(again.json()).toMatchObject({ status: 'duplicate', leadId: first.json().leadId });
    const { leads, contacts, inquiries, messages } = await workspaceLeads(t, team.workspace.id);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.source).toBe('google-ads');
    expect(contacts[0]).toMatchObject({ name: 'Jamie Fox', phone: '+15125550191', zip: '78704' });
    expect(inquiries[0]?.message).toBe('Are you buying or selling?: Buying');
    expect(messages.map((m) => m.status)).toEqual(['queued']);
  });

  it('saves a test lead marked as a test and never texts it, even with consent configured', async () => {
    const { team, url, key } = await googleTeam({ consent: { sms: true, disclosure: SMS_DISCLOSURE } });
    const response = await t.app.inject({ method: 'POST', url, payload: googleLead(key, { is_test: true }) });
    expect(response.json().status).toBe('processed');
    const { leads, messages } = await workspaceLeads(t, team.workspace.id);
    expect(fromJson<string[]>(leads[0]?.tags)).toContain('test');
    expect(messages).toHaveLength(0);
    const consent = await t.ctx.db
      .selectFrom('consentEvents')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(consent).toHaveLength(0);
  });

  it('refuses a post without the right google_key and stores nothing', async () => {
    const { team, url, key } = await googleTeam();
    for (const payload of [googleLead('not-the-key'), googleLead(key, { google_key: undefined })]) {
      const response = await t.app.inject({ method: 'POST', url, payload });
      expect(response.statusCode).toBe(403);
    }
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url,
          payload: 'not json',
          headers: { 'content-type': 'application/json' },
        })
      ).statusCode,
    ).toBe(403);
    const stored = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(stored).toHaveLength(0);
  });

  it('keeps a keyed post without contact details as failed, with a 422', async () => {
    const { team, url, key } = await googleTeam();
    const response = await t.app.inject({
      method: 'POST',
      url,
      payload: googleLead(key, {
        user_column_data: [{ column_id: 'FULL_NAME', string_value: 'No Way To Reach' }],
      }),
    });
    expect(response.statusCode).toBe(422);
    const [stored] = await t.ctx.db
      .selectFrom('sourcePayloads')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(stored).toMatchObject({ status: 'failed', leadId: null });
    expect(stored?.raw).toContain('No Way To Reach');
    expect((await workspaceLeads(t, team.workspace.id)).leads).toHaveLength(0);
  });
});
