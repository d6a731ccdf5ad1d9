import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { auditRows, buildMember, buildTeam, type Team } from '../../test/helpers/factories.js';
import { createSource, SMS_DISCLOSURE } from '../../test/helpers/lead-sources.js';

let t: TestApp;
let team: Team;

beforeAll(async () => {
  t = await buildTestApp({
    env: { PUBLIC_URL: 'https://cc.example.com', LEAD_EMAIL_DOMAIN: 'leads.example.com' },
  });
  team = await buildTeam(t);
});
afterAll(() => t.close());

const sources = (headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/v1/integrations/sources', headers });

describe('lead sources API', () => {
  it('shows a source its secrets once, on creation, and keeps only their hashes', async () => {
    const created = await createSource(t, team, { kind: 'email' });
    expect(created.secrets.address).toMatch(/^[a-z0-9]{26}@leads\.example\.com$/);
    expect(created.secrets.url).toMatch(/^https:\/\/cc\.example\.com\/inbound\/email\/[a-z0-9]{26}$/);
    const token = created.secrets.address?.split('@')[0] ?? '';
    expect(created.source).toMatchObject({
      kind: 'email',
      name: 'Lead emails',
      enabled: true,
      tokenHint: `…${token.slice(-4)}`,
    });

    const listed = await sources(asSession(team.owner.session));
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(token);
    const row = await t.ctx.db
      .selectFrom('leadSources')
      .selectAll()
      .where('id', '=', created.source.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('keeps Meta secrets sealed and says only that they are set; a page belongs to one source', async () => {
    const created = await createSource(t, team, {
      kind: 'meta',
      meta: { pageId: '104200000001', appSecret: 'meta-app-secret-1', pageAccessToken: 'EAAG-page-token-1' },
    });
    expect(created.secrets.verifyToken).toMatch(/^[a-z0-9]{26}$/);
    expect(created.source).toMatchObject({
      meta: { pageId: '104200000001', appSecretSet: true, pageAccessTokenSet: true },
      callbackUrl: 'https://cc.example.com/webhooks/meta',
    });
    const row = await t.ctx.db
      .selectFrom('leadSources')
      .selectAll()
      .where('id', '=', created.source.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('meta-app-secret-1');
    expect(JSON.stringify(row)).not.toContain('EAAG-page-token-1');

    const other = await buildTeam(t);
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/sources',
      headers: asSession(other.owner.session),
      payload: {
        kind: 'meta',
        meta: { pageId: '104200000001', appSecret: 'another-secret', pageAccessToken: 'EAAG-other-token' },
      },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('page_already_connected');
  });

  it('needs a disclosure to carry consent, and Meta credentials for a Meta source', async () => {
    for (const payload of [
      { kind: 'webhook', consent: { sms: true } },
      { kind: 'meta' },
      { kind: 'fax' },
      { kind: 'webhook', mapping: { Cell: 'pager' } },
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/integrations/sources',
        headers: asSession(team.owner.session),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('changes the mapping and consent, and rotating the secret replaces it', async () => {
    const created = await createSource(t, team, { kind: 'webhook', name: 'Zapier' });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/integrations/sources/${created.source.id}`,
      headers: asSession(team.owner.session),
      payload: {
        mapping: { 'Cell #': 'phone' },
        consent: { sms: true, disclosure: SMS_DISCLOSURE, disclosureVersion: 'site-2026-01' },
        leadSource: 'agent-website',
      },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      name: 'Zapier',
      leadSource: 'agent-website',
      mapping: { 'Cell #': 'phone' },
      consent: { sms: true, disclosure: SMS_DISCLOSURE, disclosureVersion: 'site-2026-01' },
    });
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrations/sources/${created.source.id}/rotate`,
      headers: asSession(team.owner.session),
    });
    expect(rotated.statusCode).toBe(200);
    const url = rotated.json().secrets.url as string;
    expect(url).not.toBe(created.secrets.url);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: new URL(created.secrets.url ?? '').pathname,
          payload: { phone: '+15125550100' },
        })
      ).statusCode,
    ).toBe(404);
    const actions = (await auditRows(t, team.workspace.id)).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'integration.source_created',
        'integration.source_updated',
        'integration.source_rotated',
      ]),
    );
    expect(JSON.stringify(await auditRows(t, team.workspace.id))).not.toContain(SMS_DISCLOSURE.slice(0, 30));
  });

  it('lets only owners and admins see and change sources, never with an API key for changes', async () => {
    const agent = await buildMember(t, team.workspace.id, 'agent');
    expect((await sources(asSession(agent.session))).statusCode).toBe(403);
    const byKey = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/sources',
      headers: asApiKey(team.key.secret),
      payload: { kind: 'webhook' },
    });
    expect(byKey.statusCode).toBe(403);
    const admin = await buildMember(t, team.workspace.id, 'admin');
    expect((await sources(asSession(admin.session))).statusCode).toBe(200);
  });

  it("answers another workspace's source with 404", async () => {
    const created = await createSource(t, team, { kind: 'google_ads' });
    const other = await buildTeam(t);
    for (const [method, url] of [
      ['GET', `/api/v1/integrations/sources/${created.source.id}`],
      ['PATCH', `/api/v1/integrations/sources/${created.source.id}`],
      ['POST', `/api/v1/integrations/sources/${created.source.id}/rotate`],
      ['DELETE', `/api/v1/integrations/sources/${created.source.id}`],
      ['GET', `/api/v1/integrations/sources/${created.source.id}/deliveries`],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: asSession(other.owner.session),
        ...(method === 'PATCH' ? { payload: { enabled: false } } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/integrations/sources/${created.source.id}`,
      headers: asSession(team.owner.session),
    });
    expect(removed.statusCode).toBe(204);
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    for (const path of [
      '/api/v1/integrations/sources',
      '/api/v1/integrations/sources/{id}',
      '/api/v1/integrations/sources/{id}/rotate',
      '/api/v1/integrations/sources/{id}/deliveries',
      '/api/v1/integrations/unparsed-emails',
      '/api/v1/integrations/unparsed-emails/{emailId}/map',
      '/inbound/email/{token}',
      '/webhooks/meta',
      '/webhooks/google-ads/{token}',
      '/webhooks/leads/{token}',
    ])
      expect(doc.paths, path).toHaveProperty([path]);
  });
});
