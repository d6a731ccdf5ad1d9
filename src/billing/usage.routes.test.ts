import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildMember, buildTeam, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, receiveTextableLead } from '../../test/helpers/messaging.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';

interface UsageBody {
  from: string;
  to: string;
  timezone: string;
  granularity: string;
  rows: {
    period: string;
    unit: string;
    model: string | null;
    quantity: number;
    providerCostMicros: number;
  }[];
  totals: { unit: string; model: string | null; quantity: number }[];
}

/**
 * Two leads answered by text: one at 21:30 on 14 January in Chicago (the 15th in UTC), one on 3 February.
 * Days are the workspace's days.
 */
describe(`usage API and CSV, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  const nextPhone = phoneSequence(7300);

  const get = (url: string, headers: Record<string, string> = asApiKey(team.key.secret)) =>
    t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-01-15T03:30:00.000Z' });
    team = await buildTeam(t);
    other = await buildTeam(t);
    await t.ctx.db
      .updateTable('workspaces')
      .set({ timezone: 'America/Chicago' })
      .where('id', '=', team.workspace.id)
      .execute();
    await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    t.clock.set('2026-02-03T18:00:00.000Z');
    await receiveTextableLead(t.ctx, team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
  });
  afterAll(() => t.close());

  it('lists usage per day of the workspace, with totals', async () => {
    const response = await get('/usage?from=2026-01-01&to=2026-02-28');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<UsageBody>();
    expect(body).toMatchObject({ from: '2026-01-01', to: '2026-02-28', timezone: 'America/Chicago' });
    const leads = body.rows.filter((r) => r.unit === 'lead_received');
    expect(leads.map((r) => [r.period, r.quantity])).toEqual([
      ['2026-01-14', 1],
      ['2026-02-03', 1],
    ]);
    const texts = body.rows.filter((r) => r.unit === 'sms_segment_out');
    expect(texts.map((r) => r.period)).toEqual(['2026-01-14', '2026-02-03']);
    expect(texts.every((r) => r.quantity >= 1 && r.model === null)).toBe(true);
    expect(body.totals.find((r) => r.unit === 'lead_received')?.quantity).toBe(2);
  });

  it('adds days up per month, and keeps to the range asked for', async () => {
    const month = (await get('/usage?from=2026-01-01&to=2026-02-28&granularity=month')).json<UsageBody>();
    expect(month.rows.filter((r) => r.unit === 'lead_received').map((r) => [r.period, r.quantity])).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
    ]);
    const january = (await get('/usage?from=2026-01-15&to=2026-01-31')).json<UsageBody>();
    expect(january.rows).toEqual([]);
  });

  it('defaults to this month so far', async () => {
    const body = (await get('/usage')).json<UsageBody>();
    expect(body).toMatchObject({ from: '2026-02-01', to: '2026-02-03', granularity: 'day' });
    expect(body.rows.filter((r) => r.unit === 'lead_received')).toHaveLength(1);
  });

  it('exports the same rows as CSV', async () => {
    const response = await get('/usage.csv?from=2026-01-01&to=2026-02-28');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('usage_2026-01-01_2026-02-28.csv');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('period,unit,model,quantity,provider_cost');
    expect(lines).toContain('2026-01-14,lead_received,,1,0.000000');
    expect(lines).toContain('2026-02-03,lead_received,,1,0.000000');
  });

  it('refuses bad days and agents', async () => {
    expect((await get('/usage?from=2026-13-01')).statusCode).toBe(400);
    expect((await get('/usage?granularity=week')).statusCode).toBe(400);
    const agent = await buildMember(t, team.workspace.id, 'agent');
    expect((await get('/usage', asSession(agent.session))).statusCode).toBe(403);
    expect((await get('/usage.csv', asSession(agent.session))).statusCode).toBe(403);
    const admin = await buildMember(t, team.workspace.id, 'admin');
    expect((await get('/usage', asSession(admin.session))).statusCode).toBe(200);
  });

  it("shows another workspace nothing of this one's usage", async () => {
    const body = (
      await get('/usage?from=2026-01-01&to=2026-02-28', asApiKey(other.key.secret))
    ).json<UsageBody>();
    expect(body.rows).toEqual([]);
    const csv = await get('/usage.csv?from=2026-01-01&to=2026-02-28', asApiKey(other.key.secret));
    expect(csv.body.trim().split('\r\n')).toHaveLength(1);
  });
});
