import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildTeam, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { MINUTE } from '../platform/clock.js';

interface Entry {
  id: string;
  contactId: string;
  leadId: string | null;
  contactName: string | null;
  phone: string | null;
  channel: string;
  purpose: string;
  action: string;
  source: string;
  evidence: Record<string, unknown>;
  createdAt: string;
}

describe(`the consent log and the opt-out list, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  const people: Record<string, { leadId: string; contactId: string; phone: string }> = {};
  const nextPhone = phoneSequence(7500);

  const get = async <T>(url: string, headers = asSession(team.owner.session)) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  const text = (from: string, body: string) => {
    t.clock.advance(MINUTE);
    return sandboxText(t, team.key.secret, from, body);
  };

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
    other = await buildTeam(t);
    for (const name of ['Ana Stays', 'Ben Stops', 'Cal Returns']) {
      t.clock.advance(MINUTE);
      const phone = nextPhone();
      const lead = await buildLead(t.ctx, {
        workspaceId: team.workspace.id,
        name,
        phone,
        consent: consentEvidence({ disclosureVersion: 'v3' }),
      });
      people[name.split(' ')[0] as string] = { leadId: lead.leadId, contactId: lead.contactId, phone };
    }
    await drainJobs(t.ctx, jobDefinitions);
    await text(people.Ben?.phone as string, 'STOP');
    await text(people.Cal?.phone as string, 'STOP');
    await text(people.Cal?.phone as string, 'START');
    await buildLead(t.ctx, {
      workspaceId: other.workspace.id,
      name: 'Olga Other',
      consent: consentEvidence(),
    });
  });
  afterAll(() => t.close());

  it('lists the ledger newest first with its evidence, page by page', async () => {
    const all = await get<{ items: Entry[]; nextCursor: string | null }>('/consent-log?limit=200');
    expect(all.items.map((e) => e.contactName)).not.toContain('Olga Other');
    const ats = all.items.map((e) => e.createdAt);
    expect(ats).toEqual([...ats].sort().reverse());
    const granted = all.items.find((e) => e.contactId === people.Ana?.contactId);
    expect(granted).toMatchObject({
      leadId: people.Ana?.leadId,
      contactName: 'Ana Stays',
      phone: people.Ana?.phone,
      channel: 'sms',
      action: 'granted',
      source: 'api',
      evidence: expect.objectContaining({ disclosureVersion: 'v3', ip: '203.0.113.9' }),
    });

    const pages: Entry[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page: { items: Entry[]; nextCursor: string | null } = await get(`/consent-log?limit=2${query}`);
      pages.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((e) => e.id)).toEqual(all.items.map((e) => e.id));
  });

  it('filters by action and channel', async () => {
    const revoked = await get<{ items: Entry[] }>(
      '/consent-log?action=revoked&channel=sms',
      asApiKey(team.key.secret),
    );
    expect(new Set(revoked.items.map((e) => e.contactName))).toEqual(new Set(['Ben Stops', 'Cal Returns']));
    expect(revoked.items.every((e) => e.action === 'revoked' && e.source === 'keyword')).toBe(true);
    const voice = await get<{ items: Entry[] }>('/consent-log?channel=voice');
    expect(voice.items.every((e) => e.channel === 'voice')).toBe(true);
    for (const query of ['action=maybe', 'channel=fax', 'limit=0', 'cursor=bm9wZQ']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/consent-log?${query}`,
        headers: asSession(team.owner.session),
      });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('lists only who stands opted out now', async () => {
    const { items, nextCursor } = await get<{
      items: { contactId: string; contactName: string; revokedAt: string; source: string; leadId: string }[];
      nextCursor: string | null;
    }>('/opt-outs');
    expect(items).toEqual([
      expect.objectContaining({
        contactId: people.Ben?.contactId,
        leadId: people.Ben?.leadId,
        contactName: 'Ben Stops',
        source: 'keyword',
      }),
    ]);
    expect(nextCursor).toBeNull();
    const theirs = await get<{ items: unknown[] }>('/opt-outs', asApiKey(other.key.secret));
    expect(theirs.items).toEqual([]);
  });
});
