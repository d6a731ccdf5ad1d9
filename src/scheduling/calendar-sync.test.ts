import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildWorkspace } from '../../test/helpers/factories.js';
import {
  buildAgent,
  buildConsentedLead,
  buildType,
  drainAll,
  type FakeCalendar,
  fakeCalendar,
  fakeRegistry,
} from '../../test/helpers/scheduling.js';
import { cancelAppointment, rescheduleAppointment } from './appointment-changes.service.js';
import { bookSlot } from './booking.service.js';
import { listAppointmentsForCalendar } from './calendar-appointments.js';
import { findSlots } from './slots.service.js';

describe('calendars through the sync interface', () => {
  let t: TestApp;
  let workspaceId: string;
  let typeId: string;
  let first: { id: string };
  let second: { id: string };
  const calendars = new Map<string, FakeCalendar[]>();
  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-03-02T12:00:00.000Z');
    t.ctx.calendars = fakeRegistry(calendars);
    workspaceId = (await buildWorkspace(t.ctx, { timezone: 'America/Chicago' })).id;
    first = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago', name: 'First Agent' });
    second = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Denver', name: 'Second Agent' });
    calendars.set(first.id, [fakeCalendar('first-google'), fakeCalendar('first-caldav')]);
    calendars.set(second.id, [fakeCalendar('second-caldav')]);
    typeId = (
      await buildType(t.ctx, { workspaceId, agents: [{ agentId: first.id }, { agentId: second.id }] })
    ).id;
  });
  afterAll(() => t.close());

  const of = (agentId: string, i = 0) => calendars.get(agentId)?.[i] as FakeCalendar;

  it('pushes a booking to every calendar of the agent, then the new time, then the cancel', async () => {
    const lead = await buildConsentedLead(t.ctx, { workspaceId, name: 'Robin Buyer' });
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-03T16:00:00Z',
      agentId: first.id,
    });
    // Nothing reaches a calendar inside the booking: it goes through jobs.
    expect(of(first.id).pushed).toEqual([]);
    await drainAll(t);
    for (const calendar of calendars.get(first.id) ?? []) {
      expect(calendar.pushed).toHaveLength(1);
      expect(calendar.pushed[0]?.appointment).toMatchObject({
        id: booked.id,
        start: '2026-03-03T16:00:00.000Z',
        end: '2026-03-03T17:00:00.000Z',
        sequence: 0,
        status: 'booked',
        timezone: 'America/Chicago',
        title: 'Buyer consultation with Robin Buyer',
        attendee: { name: 'Robin Buyer' },
      });
      expect(calendar.pushed[0]?.agent).toMatchObject({
        id: first.id,
        name: 'First Agent',
        timezone: 'America/Chicago',
      });
    }
    await rescheduleAppointment(t.ctx, {
      workspaceId,
      appointmentId: booked.id,
      start: '2026-03-03T18:00:00Z',
    });
    await drainAll(t);
    expect(of(first.id, 1).pushed.map((p) => [p.appointment.start, p.appointment.sequence])).toEqual([
      ['2026-03-03T16:00:00.000Z', 0],
      ['2026-03-03T18:00:00.000Z', 1],
    ]);
    // Moved to the other agent: their calendar gets it, the first agent's calendars drop it.
    await rescheduleAppointment(t.ctx, { workspaceId, appointmentId: booked.id, agentId: second.id });
    await drainAll(t);
    expect(of(second.id).pushed.map((p) => p.appointment.sequence)).toEqual([2]);
    expect(of(first.id).cancelled.map((c) => [c.agent.id, c.appointment.sequence])).toEqual([[first.id, 2]]);
    await cancelAppointment(t.ctx, { workspaceId, appointmentId: booked.id });
    await drainAll(t);
    expect(of(second.id).cancelled.map((c) => [c.appointment.status, c.appointment.sequence])).toEqual([
      ['cancelled', 3],
    ]);
    const feed = await listAppointmentsForCalendar(t.ctx, { workspaceId, agentId: second.id });
    expect(feed.map((a) => [a.id, a.status])).toEqual([[booked.id, 'cancelled']]);
  });

  it('skips a push that a later change overtook', async () => {
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-04T16:00:00Z',
      agentId: first.id,
    });
    await rescheduleAppointment(t.ctx, {
      workspaceId,
      appointmentId: booked.id,
      start: '2026-03-04T19:00:00Z',
    });
    const before = of(first.id).pushed.length;
    await drainAll(t);
    const pushes = of(first.id)
      .pushed.slice(before)
      .map((p) => p.appointment.start);
    expect(pushes).toEqual(['2026-03-04T19:00:00.000Z']);
  });

  it('takes calendar busy time out of the slots, and leaves out a calendar that fails', async () => {
    const window = { from: new Date('2026-03-05T14:00:00Z'), to: new Date('2026-03-06T00:00:00Z') };
    const slots = () =>
      findSlots(t.ctx, {
        workspaceId,
        agentIds: [first.id],
        durationMinutes: 60,
        stepMinutes: 60,
        ...window,
      });
    const all = (await slots()).map((s) => s.start.toISOString());
    expect(all).toContain('2026-03-05T17:00:00.000Z');
    of(first.id).busy = [{ start: '2026-03-05T17:30:00Z', end: '2026-03-05T18:00:00Z' }];
    const busy = (await slots()).map((s) => s.start.toISOString());
    expect(busy).not.toContain('2026-03-05T17:00:00.000Z');
    expect(busy).toHaveLength(all.length - 1);
    of(first.id, 1).failBusy = true;
    expect((await slots()).map((s) => s.start.toISOString())).toEqual(busy);
    // A booking into calendar busy time is refused like any other taken time.
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    await expect(
      bookSlot(t.ctx, {
        workspaceId,
        leadId: lead.leadId,
        appointmentTypeId: typeId,
        start: '2026-03-05T17:00:00Z',
        agentId: first.id,
      }),
    ).rejects.toMatchObject({ status: 409, details: { reason: 'calendar_busy' } });
    of(first.id).busy = [];
    of(first.id, 1).failBusy = false;
  });

  it('books at once even when a calendar is slow or down; the push retries on its own', async () => {
    const flaky = of(second.id);
    const push = flaky.pushAppointment;
    let failures = 0;
    flaky.pushAppointment = async (appointment, agent) => {
      if (failures < 1) {
        failures += 1;
        throw new Error('CalDAV server unavailable');
      }
      return push(appointment, agent);
    };
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-06T17:00:00Z',
      agentId: second.id,
    });
    expect(booked.status).toBe('booked');
    const before = flaky.pushed.length;
    await drainAll(t);
    expect(flaky.pushed.length).toBe(before);
    await drainAll(t, new Date(t.clock.now().getTime() + 60 * 60_000));
    expect(flaky.pushed.slice(before).map((p) => p.appointment.id)).toEqual([booked.id]);
    flaky.pushAppointment = push;
  });
});
