import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildWorkspace } from '../../test/helpers/factories.js';
import { buildAgent, buildConsentedLead, buildType } from '../../test/helpers/scheduling.js';
import { bookSlot } from './booking.service.js';
import { createBookingLink } from './booking-links.service.js';

describe('booking page /b/:token', () => {
  let t: TestApp;
  let workspaceId: string;
  let typeId: string;
  let agentId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    // Monday 2 March 2026, 08:00 in Chicago.
    t.clock.set('2026-03-02T14:00:00.000Z');
    workspaceId = (await buildWorkspace(t.ctx, { name: 'Lakeside Realty', timezone: 'America/Chicago' })).id;
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago', name: 'Avery Agent' });
    agentId = agent.id;
    typeId = (await buildType(t.ctx, { workspaceId, agents: [{ agentId }], name: 'Buyer consultation' })).id;
  });
  afterAll(() => t.close());

  const pathOf = (url: string) => new URL(url).pathname;
  const post = (path: string, start: string) =>
    t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `start=${encodeURIComponent(start)}`,
    });

  it('shows a week of times in the lead’s zone as plain forms, and books the one picked', async () => {
    const lead = await buildConsentedLead(t.ctx, { workspaceId, timezone: 'America/New_York' });
    const link = await createBookingLink(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
    });
    const page = await t.app.inject({ method: 'GET', url: pathOf(link.url) });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('Times are in America/New_York');
    expect(page.body).toContain('Monday, March 2');
    // 9:00 in Chicago is 10:00 in New York.
    expect(page.body).toContain('>10:00 AM</button>');
    expect(page.body).toContain('name="start" value="2026-03-02T15:00:00.000Z"');
    expect(page.body).not.toContain('Saturday');

    const booked = await post(pathOf(link.url), '2026-03-03T15:00:00.000Z');
    expect(booked.statusCode, booked.body).toBe(200);
    expect(booked.body).toContain('You are booked');
    expect(booked.body).toContain('Tue, Mar 3 at 10:00 AM EST');
    const row = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('leadId', '=', lead.leadId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ bookedVia: 'booking_page', startAt: '2026-03-03T15:00:00.000Z', agentId });

    const again = await t.app.inject({ method: 'GET', url: pathOf(link.url) });
    expect(again.body).toContain('You are booked for Tue, Mar 3 at 10:00 AM EST with Avery Agent');
    const moved = await post(pathOf(link.url), '2026-03-04T15:00:00.000Z');
    expect(moved.body).toContain('Your appointment has moved');
    const after = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ startAt: '2026-03-04T15:00:00.000Z', sequence: 1 });
  });

  it('answers a time taken meanwhile with the page again and a clear error', async () => {
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const rival = await buildConsentedLead(t.ctx, { workspaceId });
    const link = await createBookingLink(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
    });
    await bookSlot(t.ctx, {
      workspaceId,
      leadId: rival.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-05T15:00:00Z',
    });
    const taken = await post(pathOf(link.url), '2026-03-05T15:00:00.000Z');
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('that time was just taken');
    expect(taken.body).toContain('name="start"');
    expect(taken.body).not.toContain('value="2026-03-05T15:00:00.000Z"');
    const bad = await post(pathOf(link.url), 'tomorrow-ish');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<h1>Something is not right</h1>');
  });

  it('pages through weeks, shows another zone on request, and refuses unknown or expired links', async () => {
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const link = await createBookingLink(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      ttlHours: 48,
    });
    const path = pathOf(link.url);
    const later = await t.app.inject({ method: 'GET', url: `${path}?day=2026-03-16&tz=Europe/London` });
    expect(later.statusCode).toBe(200);
    expect(later.body).toContain('Times are in Europe/London');
    expect(later.body).toContain('Monday, March 16');
    expect(later.body).toContain('>2:00 PM</button>');
    expect(later.body).toContain('href="/b/');
    expect((await t.app.inject({ method: 'GET', url: '/b/not-a-real-token-at-all-0000' })).statusCode).toBe(
      404,
    );
    t.clock.set('2026-03-04T15:00:00.000Z');
    const expired = await t.app.inject({ method: 'GET', url: path });
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('expired');
    expect((await post(path, '2026-03-05T16:00:00.000Z')).statusCode).toBe(410);
    t.clock.set('2026-03-02T14:00:00.000Z');
  });
});
