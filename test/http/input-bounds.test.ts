import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePageCursor } from '../../src/http/page-cursor.js';
import { findSlots } from '../../src/scheduling/slots.service.js';
import { asApiKey, buildTestApp, nextClientAddress, type TestApp } from '../helpers/app.js';
import { testDialect } from '../helpers/db.js';
import { buildLead, buildTeam, type Team } from '../helpers/factories.js';
import { buildAgent, buildType } from '../helpers/scheduling.js';

/**
 * What the query fuzzing found on PostgreSQL, one case each: dates with no year 0 or with six digits,
 * and page cursors carrying a time no row has, reached the database and failed there with a 500.
 * They are refused up front with the error envelope, on both databases.
 */
describe(`dates and cursors outside what a row can hold, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let typeId: string;
  let agentId: string;
  let bookingToken: string;

  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-01-15T16:00:00.000Z' });
    team = await buildTeam(t);
    const workspaceId = team.workspace.id;
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    agentId = agent.id;
    typeId = (await buildType(t.ctx, { workspaceId, agents: [{ agentId }] })).id;
    const lead = await buildLead(t.ctx, { workspaceId });
    const link = await t.app.inject({
      method: 'POST',
      url: '/api/v1/booking-links',
      headers: asApiKey(team.key.secret),
      payload: { leadId: lead.leadId, appointmentTypeId: typeId },
    });
    bookingToken = link.json().url.split('/b/')[1];
  });
  afterAll(() => t.close());

  const get = (url: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: asApiKey(team.key.secret),
      remoteAddress: nextClientAddress(),
    });

  const expectRefused = async (url: string, code: string) => {
    const response = await get(url);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
    expect(response.json().error.code, url).toBe(code);
  };

  it('refuses dates before 1970 or from 2200 on in every date parameter', async () => {
    const from = (value: string) => `from=${encodeURIComponent(value)}`;
    const early = from('0000-01-01T00:00:00Z');
    const late = from('9999-12-31T23:59:59.999Z');
    for (const query of [early, late, from('1969-12-31T23:59:59Z'), from('2200-01-01T00:00:00Z')]) {
      await expectRefused(`/api/v1/slots?type=${typeId}&${query}`, 'validation_failed');
      await expectRefused(`/api/v1/appointments?${query}`, 'validation_failed');
    }
    await expectRefused('/api/v1/analytics/funnel?to=0000-01-01T00:00:00Z', 'validation_failed');
    await expectRefused('/api/v1/analytics/daily?to=0000-01-01T00:00:00Z', 'validation_failed');
    await expectRefused('/api/v1/analytics/speed-to-lead?to=0000-01-01T00:00:00Z', 'validation_failed');
    // The edges inside the range still work.
    const inside = await get(`/api/v1/appointments?from=1970-01-01T00:00:00Z&to=2199-12-31T23:59:59.999Z`);
    expect(inside.statusCode, inside.body).toBe(200);
  });

  it('refuses such dates in bodies too', async () => {
    const lead = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: {
        phone: '+15125550187',
        consent: { sms: true, disclosure: 'I agree to texts.', capturedAt: '0000-01-01T00:00:00Z' },
      },
    });
    expect(lead.statusCode, lead.body).toBe(400);
    expect(lead.json().error.code).toBe('validation_failed');
  });

  it('imports a CSV row whose consent time is before 1970 without texting it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/import',
      headers: { ...asApiKey(team.key.secret), 'content-type': 'text/csv' },
      payload:
        'name,phone,sms_consent,consent_text,consent_at\r\nOld Evidence,512 555 0188,yes,I agree,0001-01-01',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().rows[0]).toMatchObject({
      status: 'created',
      firstResponse: 'not_queued',
      warnings: ['consent_time_out_of_range'],
    });
  });

  it("answers the booking page's far day with a page, not a failure", async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/b/${bookingToken}?day=9999-12-31`,
      remoteAddress: nextClientAddress(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
  });

  it('refuses a slot range the computation should not start on', async () => {
    const wide = await get(`/api/v1/slots?type=${typeId}&from=2026-01-16T00:00:00Z&to=2026-06-16T00:00:00Z`);
    expect(wide.statusCode, wide.body).toBe(400);
    expect(wide.json().error.code).toBe('range_too_wide');
    // Callers inside the service (the conversation's offers, the booking page) meet the same guard.
    const cases = [
      { from: '2026-01-16T00:00:00Z', to: '2027-01-16T00:00:00Z', code: 'range_too_wide' },
      { from: '9999-12-31T00:00:00Z', to: '+010000-01-02T00:00:00Z', code: 'invalid_range' },
    ];
    for (const { from, to, code } of cases) {
      const search = findSlots(t.ctx, {
        workspaceId: team.workspace.id,
        agentIds: [agentId],
        durationMinutes: 60,
        stepMinutes: 30,
        from: new Date(from),
        to: new Date(to),
      });
      await expect(search).rejects.toMatchObject({ status: 400, code });
    }
  });

  it('refuses page cursors whose time is not one a row can have, and follows real ones', async () => {
    const forged = [
      encodePageCursor({ at: '0000-01-01T00:00:00Z', id: 'x' }),
      encodePageCursor({ at: 'not a time', id: 'x' }),
      encodePageCursor({ at: '2026-01-15 16:00', id: 'x' }),
    ];
    for (const path of ['/api/v1/leads', '/api/v1/consent-log', '/api/v1/opt-outs']) {
      for (const cursor of forged) await expectRefused(`${path}?cursor=${cursor}`, 'invalid_cursor');
    }
    for (let i = 0; i < 3; i += 1) await buildLead(t.ctx, { workspaceId: team.workspace.id });
    const first = (await get('/api/v1/leads?limit=2')).json();
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await get(`/api/v1/leads?limit=2&cursor=${first.nextCursor}`);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().items.length).toBeGreaterThan(0);
  });
});
