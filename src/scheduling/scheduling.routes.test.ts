import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import {
  auditRows,
  buildMember,
  buildTeam,
  buildWorkspace,
  type Team,
} from '../../test/helpers/factories.js';
import { buildAgent, buildConsentedLead, buildType, drainAll } from '../../test/helpers/scheduling.js';

describe('scheduling API', () => {
  let t: TestApp;
  let team: Team;
  let workspaceId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    // Wednesday 4 March 2026, 06:00 in Chicago.
    t.clock.set('2026-03-04T12:00:00.000Z');
    team = await buildTeam(t);
    workspaceId = team.workspace.id;
  });
  afterAll(() => t.close());

  const key = () => asApiKey(team.key.secret);
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    headers = key(),
  ) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  it('creates, lists, changes and retires appointment types; agents may only read them', async () => {
    const agent = await buildMember(t, workspaceId, 'agent');
    const created = await call('POST', '/api/v1/appointment-types', {
      name: 'Listing appointment',
      kind: 'listing_appointment',
      durationMinutes: 60,
      locationKind: 'property',
      agents: [{ agentId: agent.user.id, weight: 3 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const type = created.json();
    expect(type).toMatchObject({
      kind: 'listing_appointment',
      slotStepMinutes: 30,
      assignment: 'lead_owner_first',
      active: true,
      agents: [{ agentId: agent.user.id, weight: 3 }],
    });
    expect(
      (
        await call('POST', '/api/v1/appointment-types', {
          name: 'X',
          durationMinutes: 7,
          locationKind: 'phone',
        })
      ).statusCode,
    ).toBe(400);
    const stranger = (await buildTeam(t)).owner.user.id;
    const foreign = await call('POST', '/api/v1/appointment-types', {
      name: 'X',
      durationMinutes: 30,
      locationKind: 'phone',
      agents: [{ agentId: stranger }],
    });
    expect(foreign.statusCode).toBe(422);
    expect(
      (
        await call(
          'POST',
          '/api/v1/appointment-types',
          { name: 'X', durationMinutes: 30, locationKind: 'phone' },
          asSession(agent.session),
        )
      ).statusCode,
    ).toBe(403);

    const patched = await call('PATCH', `/api/v1/appointment-types/${type.id}`, {
      durationMinutes: 90,
      agents: [],
    });
    expect(patched.json()).toMatchObject({ durationMinutes: 90, agents: [] });
    expect(
      (await call('GET', '/api/v1/appointment-types', undefined, asSession(agent.session))).json().items,
    ).toHaveLength(1);
    expect((await call('DELETE', `/api/v1/appointment-types/${type.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/appointment-types/${type.id}`)).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/appointment-types')).json().items).toEqual([]);
    const actions = (await auditRows(t, workspaceId)).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'appointment_type.created',
        'appointment_type.updated',
        'appointment_type.deleted',
      ]),
    );
  });

  it('shows and replaces availability; an agent may set only their own', async () => {
    const agent = await buildMember(t, workspaceId, 'agent');
    const colleague = await buildMember(t, workspaceId, 'agent');
    const url = `/api/v1/agents/${agent.user.id}/availability`;
    const empty = await call('GET', url);
    expect(empty.json()).toMatchObject({
      configured: false,
      weekly: { monday: [] },
      effectiveTimezone: team.workspace.timezone,
    });
    const body = {
      timezone: 'America/Denver',
      weekly: {
        monday: [
          { start: '09:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
      },
      overrides: [{ date: '2026-03-09', hours: [] }],
      timeOff: [{ start: '2026-03-20T00:00:00Z', end: '2026-03-21T00:00:00Z', note: 'Conference' }],
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 15,
      minimumNoticeMinutes: 240,
      maxPerDay: 4,
    };
    const own = await call('PUT', url, body, asSession(agent.session));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ ...body, configured: true, effectiveTimezone: 'America/Denver' });
    expect((await call('PUT', url, body, asSession(colleague.session))).statusCode).toBe(403);
    expect((await call('PUT', url, { ...body, bufferAfterMinutes: 7 })).statusCode).toBe(400);
    expect(
      (await call('PUT', url, { ...body, weekly: { monday: [{ start: '12:00', end: '09:00' }] } }))
        .statusCode,
    ).toBe(400);
    expect((await call('GET', url)).json()).toMatchObject({
      maxPerDay: 4,
      overrides: [{ date: '2026-03-09', hours: [] }],
    });
    const audit = (await auditRows(t, workspaceId)).filter((r) => r.action === 'availability.changed');
    expect(audit.map((r) => r.actorId)).toEqual([agent.user.id]);
  });

  it('lists slots of two agents in different zones, in a lead’s third zone, across a daylight-saving change', async () => {
    const ny = await buildAgent(t.ctx, { workspaceId, timezone: 'America/New_York' });
    const la = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Los_Angeles' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: ny.id }, { agentId: la.id }] });
    const lead = await buildConsentedLead(t.ctx, { workspaceId, timezone: 'America/Phoenix' });
    // Friday 6 to Tuesday 10 March 2026: US clocks change on Sunday the 8th; Phoenix's do not.
    const from = encodeURIComponent('2026-03-06T00:00:00-07:00');
    const to = encodeURIComponent('2026-03-10T00:00:00-07:00');
    const response = await call(
      'GET',
      `/api/v1/slots?type=${type.id}&from=${from}&to=${to}&leadId=${lead.leadId}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const { timezone, slots } = response.json() as {
      timezone: string;
      slots: { start: string; end: string; agentId: string }[];
    };
    expect(timezone).toBe('America/Phoenix');
    const first = (agentId: string, day: string) =>
      slots.find((s) => s.agentId === agentId && s.start.startsWith(day))?.start;
    // 9:00 in New York is 7:00 in Phoenix before the change and 6:00 after; 9:00 in Los Angeles is 10:00 then 9:00.
    expect(first(ny.id, '2026-03-06')).toBe('2026-03-06T07:00:00-07:00');
    expect(first(ny.id, '2026-03-09')).toBe('2026-03-09T06:00:00-07:00');
    expect(first(la.id, '2026-03-06')).toBe('2026-03-06T10:00:00-07:00');
    expect(first(la.id, '2026-03-09')).toBe('2026-03-09T09:00:00-07:00');
    expect(slots.every((s) => s.end.endsWith('-07:00'))).toBe(true);
    expect(slots.some((s) => s.start.startsWith('2026-03-07') || s.start.startsWith('2026-03-08'))).toBe(
      false,
    );
    const inParis = await call(
      'GET',
      `/api/v1/slots?type=${type.id}&from=${from}&to=${to}&tz=Europe/Paris&agentId=${la.id}`,
    );
    expect(inParis.json().slots[0]).toEqual({
      start: '2026-03-06T18:00:00+01:00',
      end: '2026-03-06T19:00:00+01:00',
      agentId: la.id,
    });
    expect((await call('GET', `/api/v1/slots?type=${type.id}&tz=Mars/Olympus`)).statusCode).toBe(400);
    expect(
      (await call('GET', `/api/v1/slots?type=${type.id}&from=${from}&to=2026-06-01T00:00:00Z`)).statusCode,
    ).toBe(400);
  });

  it('books, lists, reschedules, records outcomes and cancels appointments', async () => {
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const [a, b] = [
      await buildConsentedLead(t.ctx, { workspaceId }),
      await buildConsentedLead(t.ctx, { workspaceId }),
    ];
    const book = (leadId: string, start: string) =>
      call('POST', '/api/v1/appointments', { leadId, appointmentTypeId: type.id, start, agentId: agent.id });
    const created = await book(a.leadId, '2026-03-05T10:00:00-06:00');
    expect(created.statusCode, created.body).toBe(201);
    const appointment = created.json();
    expect(appointment).toMatchObject({
      start: '2026-03-05T16:00:00.000Z',
      bookedVia: 'api',
      assignment: { reason: 'requested' },
    });
    const taken = await book(b.leadId, '2026-03-05T16:00:00Z');
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      error: { code: 'slot_unavailable', details: { reason: 'booked' } },
    });

    const listed = await call(
      'GET',
      `/api/v1/appointments?from=2026-03-05T00:00:00Z&to=2026-03-06T00:00:00Z&agentId=${agent.id}`,
    );
    expect(listed.json().items.map((x: { id: string }) => x.id)).toEqual([appointment.id]);
    expect(
      (await call('GET', `/api/v1/appointments?from=2026-03-06T00:00:00Z&to=2026-03-07T00:00:00Z`)).json()
        .items,
    ).toEqual([]);
    expect((await call('GET', `/api/v1/appointments/${appointment.id}`)).json().id).toBe(appointment.id);

    const moved = await call(
      'PATCH',
      `/api/v1/appointments/${appointment.id}`,
      { start: '2026-03-05T20:00:00Z' },
      asSession(team.owner.session),
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ start: '2026-03-05T20:00:00.000Z', sequence: 1 });
    expect(
      (await call('PATCH', `/api/v1/appointments/${appointment.id}`, { start: '2026-03-05T23:30:00Z' }))
        .statusCode,
    ).toBe(409);
    const noted = await call('PATCH', `/api/v1/appointments/${appointment.id}`, {
      notes: 'Pre-approved with First Bank',
    });
    expect(noted.json()).toMatchObject({ notes: 'Pre-approved with First Bank', sequence: 1 });
    expect(
      (
        await call('PATCH', `/api/v1/appointments/${appointment.id}`, {
          status: 'completed',
          start: '2026-03-05T20:00:00Z',
        })
      ).statusCode,
    ).toBe(400);

    const cancelled = await call('DELETE', `/api/v1/appointments/${appointment.id}?reason=client%20request`);
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'client request',
      sequence: 2,
    });
    expect(
      (await call('PATCH', `/api/v1/appointments/${appointment.id}`, { status: 'completed' })).statusCode,
    ).toBe(409);
    await drainAll(t);
    const texts = await t.ctx.db
      .selectFrom('messages')
      .select('body')
      .where('leadId', '=', a.leadId)
      .where('kind', '=', 'reminder')
      .orderBy('createdAt')
      .execute();
    expect(texts.map((m) => m.body.split(':')[1]?.trim().split(' ').slice(0, 3).join(' '))).toEqual([
      "you're booked for",
      'your buyer consultation',
      'your buyer consultation',
    ]);
    const actions = (await auditRows(t, workspaceId)).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['appointment.booked', 'appointment.rescheduled', 'appointment.cancelled']),
    );
  });

  it('changes the scheduling settings (owners only) and books with the new reminder offsets', async () => {
    const settings = await call('GET', '/api/v1/scheduling/settings');
    expect(settings.json()).toMatchObject({ reminderOffsetsMinutes: [1440, 60], askToConfirm: true });
    expect(
      (await call('PATCH', '/api/v1/scheduling/settings', { reminderOffsetsMinutes: [120] })).statusCode,
    ).toBe(403);
    const changed = await call(
      'PATCH',
      '/api/v1/scheduling/settings',
      { reminderOffsetsMinutes: [120], noShowFollowUp: false },
      asSession(team.owner.session),
    );
    expect(changed.json()).toMatchObject({ reminderOffsetsMinutes: [120], noShowFollowUp: false });
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const booked = (
      await call('POST', '/api/v1/appointments', {
        leadId: lead.leadId,
        appointmentTypeId: type.id,
        start: '2026-03-06T16:00:00Z',
      })
    ).json();
    const jobs = await t.ctx.db
      .selectFrom('jobs')
      .select(['name', 'runAt'])
      .where('uniqueKey', 'like', `%${booked.id}%`)
      .orderBy('runAt')
      .execute();
    expect(jobs.filter((j) => j.name === 'scheduling.reminder').map((j) => j.runAt)).toEqual([
      '2026-03-06T14:00:00.000Z',
    ]);
    await call(
      'PATCH',
      '/api/v1/scheduling/settings',
      { reminderOffsetsMinutes: null, noShowFollowUp: null },
      asSession(team.owner.session),
    );
  });

  it('makes booking links for the workspace’s own leads and documents the API', async () => {
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const link = await call('POST', '/api/v1/booking-links', {
      leadId: lead.leadId,
      appointmentTypeId: type.id,
    });
    expect(link.statusCode, link.body).toBe(201);
    expect(link.json().url).toMatch(/\/b\/[A-Za-z0-9_-]{32}$/);
    const other = await buildWorkspace(t.ctx);
    const stranger = await buildConsentedLead(t.ctx, { workspaceId: other.id });
    expect(
      (await call('POST', '/api/v1/booking-links', { leadId: stranger.leadId, appointmentTypeId: type.id }))
        .statusCode,
    ).toBe(404);
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/v1/slots',
      '/api/v1/appointments',
      '/api/v1/appointments/{id}',
      '/api/v1/appointment-types',
      '/api/v1/agents/{id}/availability',
    ]) {
      expect(spec.paths[path], path).toBeDefined();
    }
  });
});
