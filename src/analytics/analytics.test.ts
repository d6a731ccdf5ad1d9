import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildLead, buildTeam, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { buildAgent, buildType } from '../../test/helpers/scheduling.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { bookSlot } from '../scheduling/booking.service.js';

/**
 * Six leads on 15 January 2026 (one of them the evening, in Chicago, that is the 16th in UTC), answered
 * after 5 s, 30 s, 2 min, 10 min and 2 h, and one never; and one in December, outside every range.
 */
describe(`analytics: speed to lead, funnel and days, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  let ann: { id: string; name: string };
  let bob: { id: string; name: string };
  const leads: string[] = [];
  const phones: string[] = [];
  const nextPhone = phoneSequence(6400);
  const range = 'from=2026-01-15T00:00:00Z&to=2026-01-17T00:00:00Z';

  const get = (url: string, headers = asApiKey(team.key.secret)) =>
    t.app.inject({ method: 'GET', url: `/api/v1/analytics${url}`, headers });
  const json = async <T>(url: string) => {
    const response = await get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  const text = (from: string, body: string) => sandboxText(t, team.key.secret, from, body);
  const assign = async (leadId: string, payload: object) => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${leadId}`,
      headers: asApiKey(team.key.secret),
      payload,
    });
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2025-12-01T16:00:00.000Z');
    team = await buildTeam(t);
    other = await buildTeam(t);
    await buildLead(t.ctx, { workspaceId: team.workspace.id, source: 'zillow' });
    ann = await buildAgent(t.ctx, {
      workspaceId: team.workspace.id,
      timezone: 'America/Chicago',
      name: 'Ann Agent',
    });
    bob = await buildAgent(t.ctx, {
      workspaceId: team.workspace.id,
      timezone: 'America/Chicago',
      name: 'Bob Agent',
    });

    const make = async (at: string, source: string, answeredAfter: number | null) => {
      t.clock.set(at);
      const phone = nextPhone();
      const lead = await buildLead(t.ctx, {
        workspaceId: team.workspace.id,
        source,
        phone,
        ...(answeredAfter === null ? {} : { consent: consentEvidence() }),
      });
      if (answeredAfter !== null) t.clock.advance(answeredAfter * SECOND);
      await drainJobs(t.ctx, jobDefinitions);
      leads.push(lead.leadId);
      phones.push(phone);
    };
    await make('2026-01-15T16:00:00.000Z', 'zillow', 5);
    await make('2026-01-15T16:10:00.000Z', 'zillow', 30);
    await make('2026-01-15T16:20:00.000Z', 'zillow', 120);
    await make('2026-01-15T16:30:00.000Z', 'website', 600);
    await make('2026-01-15T17:00:00.000Z', 'website', 7200);

    t.clock.set('2026-01-15T19:30:00.000Z');
    await text(phones[0] as string, 'hi there, still looking');
    await text(phones[3] as string, 'STOP');
    await assign(leads[1] as string, { stage: 'qualified' });
    const type = await buildType(t.ctx, { workspaceId: team.workspace.id, agents: [{ agentId: ann.id }] });
    await bookSlot(t.ctx, {
      workspaceId: team.workspace.id,
      leadId: leads[2] as string,
      appointmentTypeId: type.id,
      start: '2026-01-20T16:00:00Z',
      notifyLead: false,
    });

    await make('2026-01-16T03:00:00.000Z', 'zillow', null); // 21:00 on the 15th in Chicago
    for (const [index, leadId] of leads.entries()) {
      await assign(leadId, { assignedUserId: index < 3 ? ann.id : bob.id });
    }
    t.clock.advance(MINUTE);
  });
  afterAll(() => t.close());

  it('measures speed to lead overall, by source and by agent', async () => {
    const result = await json<Record<string, unknown>>(`/speed-to-lead?${range}`);
    expect(result.overall).toEqual({
      count: 6,
      respondedCount: 5,
      medianSeconds: 120,
      p90Seconds: 4560,
      buckets: [
        { label: '<10s', count: 1 },
        { label: '<1m', count: 1 },
        { label: '<5m', count: 1 },
        { label: '<1h', count: 1 },
        { label: '≥1h', count: 1 },
        { label: 'no response', count: 1 },
      ],
    });
    expect(result.bySource).toEqual([
      { source: 'zillow', count: 4, medianSeconds: 30 },
      { source: 'website', count: 2, medianSeconds: 3900 },
    ]);
    expect(result.byAgent).toEqual(
      expect.arrayContaining([
        { agentId: ann.id, agentName: 'Ann Agent', count: 3, medianSeconds: 30 },
        { agentId: bob.id, agentName: 'Bob Agent', count: 3, medianSeconds: 3900 },
      ]),
    );
    // The default range is the 30 days before now: December's lead is left out.
    const recent = await json<{ overall: { count: number } }>('/speed-to-lead');
    expect(recent.overall.count).toBe(6);
    const empty = await json<{ overall: { count: number; medianSeconds: number | null } }>(
      '/speed-to-lead?from=2026-02-01T00:00:00Z&to=2026-02-02T00:00:00Z',
    );
    expect(empty.overall).toMatchObject({ count: 0, medianSeconds: null });
  });

  it('counts the funnel cumulatively', async () => {
    const result = await json<{ stages: { stage: string; count: number }[] }>(`/funnel?${range}`);
    expect(result.stages).toEqual([
      { stage: 'new', count: 6 },
      { stage: 'engaged', count: 4 },
      { stage: 'qualified', count: 2 },
      { stage: 'appointment', count: 1 },
    ]);
  });

  it('counts by day in the zone asked for, every day listed', async () => {
    type Days = {
      timezone: string;
      days: { date: string; leads: number; inbound: number; optOuts: number; outbound: number }[];
    };
    const chicago = await json<Days>(
      '/daily?from=2026-01-12T06:00:00Z&to=2026-01-17T06:00:00Z&tz=America/Chicago',
    );
    expect(chicago.timezone).toBe('America/Chicago');
    expect(chicago.days.map((d) => d.date)).toEqual([
      '2026-01-12',
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
      '2026-01-16',
    ]);
    expect(chicago.days[3]).toMatchObject({ date: '2026-01-15', leads: 6, inbound: 2, optOuts: 1 });
    expect(chicago.days[3]?.outbound).toBeGreaterThanOrEqual(5);
    expect(chicago.days[4]).toEqual({ date: '2026-01-16', leads: 0, inbound: 0, outbound: 0, optOuts: 0 });

    const utc = await json<Days>(`/daily?${range}&tz=UTC`);
    expect(utc.days.map((d) => [d.date, d.leads])).toEqual([
      ['2026-01-15', 5],
      ['2026-01-16', 1],
    ]);
    const sent = await t.ctx.db
      .selectFrom('messages')
      .select('id')
      .where('workspaceId', '=', team.workspace.id)
      .where('direction', '=', 'outbound')
      .where('sentAt', '>=', '2026-01-15T00:00:00.000Z')
      .where('sentAt', '<', '2026-01-17T00:00:00.000Z')
      .execute();
    expect(utc.days.reduce((sum, d) => sum + d.outbound, 0)).toBe(sent.length);
    // The workspace's zone by default.
    const byDefault = await json<Days>(`/daily?${range}`);
    expect(byDefault.timezone).toBe(team.workspace.timezone);
  });

  it('downloads each as CSV', async () => {
    for (const [path, header] of [
      ['speed-to-lead', 'group,key,name,count,responded_count,median_seconds,p90_seconds'],
      ['funnel', 'stage,count'],
      ['daily', 'date,leads,inbound,outbound,opt_outs'],
    ] as const) {
      const response = await get(`/${path}?${range}&format=csv`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="${path}_2026-01-15_2026-01-17.csv"`,
      );
      expect(response.body.split('\r\n')[0]).toBe(header);
    }
    const funnel = await get(`/funnel?${range}&format=csv`);
    expect(funnel.body).toBe('stage,count\r\nnew,6\r\nengaged,4\r\nqualified,2\r\nappointment,1\r\n');
  });

  it('documents the dashboard routes in OpenAPI', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json<{
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    }>().paths;
    for (const path of [
      '/api/v1/analytics/speed-to-lead',
      '/api/v1/analytics/funnel',
      '/api/v1/analytics/daily',
      '/api/v1/events',
      '/api/v1/consent-log',
      '/api/v1/opt-outs',
      '/api/v1/leads/{id}/notes',
      '/api/v1/leads/{id}/timeline',
    ]) {
      expect(paths[path], path).toBeDefined();
    }
    expect(paths['/api/v1/leads/{id}']?.patch).toBeDefined();
    expect(paths['/api/v1/leads']?.get?.parameters?.map((p) => p.name)).toContain('needsHuman');
  });

  it('refuses bad ranges and zones, and shows another workspace nothing', async () => {
    for (const query of [
      'from=2026-01-17T00:00:00Z&to=2026-01-15T00:00:00Z',
      'from=2020-01-01T00:00:00Z&to=2026-01-15T00:00:00Z',
      'from=yesterday',
      'format=xml',
    ]) {
      const response = await get(`/speed-to-lead?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toEqual(expect.any(String));
    }
    expect((await get('/daily?tz=Mars/Olympus')).statusCode).toBe(400);
    const theirs = await get(`/speed-to-lead?${range}`, asApiKey(other.key.secret));
    expect(theirs.json().overall.count).toBe(0);
  });
});
