import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { ensureDemoWorkspace } from '../workspaces/demo.service.js';

describe('the demo workspace books out of the box', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    // Monday 2 March 2026, 07:00 in Chicago.
    t.clock.set('2026-03-02T13:00:00.000Z');
  });
  afterAll(() => t.close());

  it('has appointment types, weekday hours and free slots, and takes a booking', async () => {
    const demo = await ensureDemoWorkspace(t.ctx);
    const headers = asApiKey(demo.apiKey);
    const types = (await t.app.inject({ method: 'GET', url: '/api/v1/appointment-types', headers })).json()
      .items;
    expect(types.map((x: { kind: string }) => x.kind)).toEqual([
      'buyer_consultation',
      'listing_appointment',
      'showing',
      'call',
    ]);
    expect(types[0].agents).toHaveLength(2);
    const slots = await t.app.inject({ method: 'GET', url: `/api/v1/slots?type=${types[0].id}`, headers });
    const list = slots.json().slots as { start: string; agentId: string }[];
    // Two hours' notice from 07:00: 9:00 is the first, in the workspace's zone.
    expect(list[0]?.start).toBe('2026-03-02T09:00:00-06:00');
    const lead = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers,
      payload: { name: 'Demo Lead', phone: '+15125550123' },
    });
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers,
      payload: { leadId: lead.json().leadId, appointmentTypeId: types[0].id, start: list[0]?.start },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    // Running the demo again changes nothing.
    await ensureDemoWorkspace(t.ctx);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/appointment-types', headers })).json().items,
    ).toHaveLength(4);
  });
});
