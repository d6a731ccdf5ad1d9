import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildTeam, buildUser, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { MINUTE } from '../platform/clock.js';

describe(`listing leads on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
    const workspaceId = team.workspace.id;
    // Round robin gives every lead to the only agent; Dan is then handed to the owner by hand.
    await buildUser(t.ctx, { workspaceId, role: 'agent' });
    const make = async (key: string, props: Parameters<typeof buildLead>[1]) => {
      ids[key] = (await buildLead(t.ctx, props)).leadId;
      t.clock.advance(MINUTE);
    };
    await make('ana', { workspaceId, name: 'Ana Alvarez', phone: '+15125550101', source: 'zillow' });
    await make('ben', {
      workspaceId,
      name: "Ben O'Brien",
      email: 'ben_100%@example.com',
      phone: undefined,
      source: 'referral',
    });
    await make('cat', {
      workspaceId,
      name: 'Cat Carter',
      phone: '+15125550103',
      source: 'zillow',
      consent: consentEvidence(),
    });
    await make('dan', { workspaceId, name: 'Dan Doe', phone: '+15125550104', source: 'website-form' });
    await make('eve', { workspaceId, name: 'Eve Evans', phone: '+15125550105', source: 'zillow' });
    await t.ctx.db
      .updateTable('leads')
      .set({ assignedUserId: team.owner.user.id })
      .where('id', '=', ids.dan as string)
      .execute();
    await drainJobs(t.ctx, jobDefinitions);
  });
  afterAll(() => t.close());

  const list = async (query: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads${query}`,
      headers: asSession(team.owner.session),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: { id: string; name: string }[]; nextCursor: string | null };
  };
  const names = (page: { items: { name: string }[] }) => page.items.map((i) => i.name.split(' ')[0]);

  it('lists newest first, page by page, with an opaque cursor', async () => {
    const first = await list('?limit=2');
    expect(names(first)).toEqual(['Eve', 'Dan']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(names(second)).toEqual(['Cat', 'Ben']);
    const third = await list(`?limit=2&cursor=${second.nextCursor}`);
    expect(names(third)).toEqual(['Ana']);
    expect(third.nextCursor).toBeNull();

    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads?cursor=bm9wZQ',
      headers: asSession(team.owner.session),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_cursor');
  });

  it('shows each lead with its speed to lead and last message', async () => {
    const { items } = await list('');
    const cat = items.find((i) => i.id === ids.cat);
    expect(cat).toMatchObject({
      name: 'Cat Carter',
      phone: '+15125550103',
      email: null,
      source: 'zillow',
      stage: 'contacted',
      score: 0,
      receivedAt: '2026-01-15T16:02:00.000Z',
      speedToLeadSeconds: expect.any(Number),
      lastMessage: { direction: 'outbound', status: 'sent', preview: expect.stringMatching(/^Hi Cat/) },
    });
    const ben = items.find((i) => i.id === ids.ben);
    expect(ben).toMatchObject({ phone: null, email: 'ben_100%@example.com', speedToLeadSeconds: null });
  });

  it('filters by stage, source and assigned agent', async () => {
    expect(names(await list('?stage=contacted'))).toEqual(['Cat']);
    expect(names(await list('?source=zillow'))).toEqual(['Eve', 'Cat', 'Ana']);
    expect(names(await list(`?assignedUserId=${team.owner.user.id}`))).toEqual(['Dan']);
    expect(names(await list('?source=zillow&stage=new'))).toEqual(['Eve', 'Ana']);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads?stage=sleeping',
      headers: asSession(team.owner.session),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('searches names, emails and phone digits, taking % and _ literally', async () => {
    expect(names(await list('?q=alvarez'))).toEqual(['Ana']);
    expect(names(await list("?q=o'brien"))).toEqual(['Ben']);
    expect(names(await list(`?q=${encodeURIComponent('(512) 555-0104')}`))).toEqual(['Dan']);
    expect(names(await list('?q=0105'))).toEqual(['Eve']);
    expect(names(await list(`?q=${encodeURIComponent('ben_100%')}`))).toEqual(['Ben']);
    expect(names(await list(`?q=${encodeURIComponent('%')}`))).toEqual(['Ben']);
    expect(names(await list('?q=_'))).toEqual(['Ben']);
    expect(names(await list('?q=nobody'))).toEqual([]);
  });
});
