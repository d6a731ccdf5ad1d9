import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildWorkspace } from '../../test/helpers/factories.js';
import { buildAgent, buildConsentedLead, buildType } from '../../test/helpers/scheduling.js';
import { updateLead } from '../leads/leads.repository.js';
import { rescheduleAppointment } from './appointment-changes.service.js';
import { listUpcomingAppointments } from './appointments.service.js';
import { bookSlot } from './booking.service.js';
import { offerSlots } from './offers.service.js';

describe('offering slots to the conversation', () => {
  let t: TestApp;
  let workspaceId: string;
  let typeId: string;
  let owner: { id: string };
  let other: { id: string };
  beforeAll(async () => {
    t = await buildTestApp();
    // Monday 2 March 2026, 08:00 in Chicago.
    t.clock.set('2026-03-02T14:00:00.000Z');
    workspaceId = (await buildWorkspace(t.ctx, { timezone: 'America/Chicago' })).id;
    owner = await buildAgent(t.ctx, {
      workspaceId,
      timezone: 'America/Chicago',
      availability: { minimumNoticeMinutes: 120 },
    });
    other = await buildAgent(t.ctx, {
      workspaceId,
      timezone: 'America/Chicago',
      availability: { minimumNoticeMinutes: 120 },
    });
    typeId = (await buildType(t.ctx, { workspaceId, agents: [{ agentId: owner.id }, { agentId: other.id }] }))
      .id;
  });
  afterAll(() => t.close());

  it('offers three spread-out times in the lead’s zone, with the lead’s own agent, bookable as given', async () => {
    const lead = await buildConsentedLead(t.ctx, { workspaceId, timezone: 'America/New_York' });
    await updateLead(t.ctx.db, workspaceId, lead.leadId, { assignedUserId: owner.id });
    const offer = await offerSlots(t.ctx, { workspaceId, leadId: lead.leadId, appointmentTypeId: typeId });
    expect(offer.timezone).toBe('America/New_York');
    // Notice two hours from 08:00 in Chicago: 10:00 (11:00 in New York) is the first; two hours on; the next day.
    expect(offer.slots).toEqual([
      {
        start: '2026-03-02T11:00:00-05:00',
        end: '2026-03-02T12:00:00-05:00',
        agentId: owner.id,
        label: 'Mon, Mar 2 at 11:00 AM EST',
      },
      {
        start: '2026-03-02T13:00:00-05:00',
        end: '2026-03-02T14:00:00-05:00',
        agentId: owner.id,
        label: 'Mon, Mar 2 at 1:00 PM EST',
      },
      {
        start: '2026-03-03T10:00:00-05:00',
        end: '2026-03-03T11:00:00-05:00',
        agentId: owner.id,
        label: 'Tue, Mar 3 at 10:00 AM EST',
      },
    ]);
    const chosen = offer.slots[1] as (typeof offer.slots)[number];
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: chosen.start,
      agentId: chosen.agentId,
      via: 'conversation',
    });
    expect(booked).toMatchObject({
      start: '2026-03-02T18:00:00.000Z',
      startLocal: '2026-03-02T13:00:00-05:00',
      bookedVia: 'conversation',
    });
    // The conversation confirms in its own words: no booking text from scheduling.
    const texts = await t.ctx.db
      .selectFrom('messages')
      .select('kind')
      .where('leadId', '=', lead.leadId)
      .where('kind', '=', 'reminder')
      .execute();
    expect(texts).toEqual([]);
  });

  it('follows a counter-proposal ("thursday afternoon?") and offers new times for a reschedule', async () => {
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const thursday = await offerSlots(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      count: 2,
      preferences: { weekdays: [4], partsOfDay: ['afternoon'] },
    });
    expect(thursday.slots.map((s) => s.label)).toEqual([
      'Thu, Mar 5 at 12:00 PM CST',
      'Thu, Mar 5 at 2:00 PM CST',
    ]);
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: thursday.slots[0]?.start as string,
      via: 'conversation',
    });
    const [upcoming] = await listUpcomingAppointments(t.ctx, { workspaceId, leadId: lead.leadId });
    expect(upcoming?.id).toBe(booked.id);
    const moves = await offerSlots(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      rescheduleOf: booked.id,
      preferences: {
        notBefore: new Date('2026-03-05T18:00:00Z'),
        notAfter: new Date('2026-03-06T00:00:00Z'),
      },
    });
    expect(moves.slots.every((s) => s.agentId === booked.agentId)).toBe(true);
    // Its own time is free to build around (12:30 overlaps it), but it is not offered as a new time.
    expect(moves.slots[0]?.label).toBe('Thu, Mar 5 at 12:30 PM CST');
    expect(moves.slots.map((s) => s.label)).not.toContain('Thu, Mar 5 at 12:00 PM CST');
    const moved = await rescheduleAppointment(t.ctx, {
      workspaceId,
      appointmentId: booked.id,
      start: moves.slots[1]?.start as string,
      via: 'conversation',
    });
    expect(moved.sequence).toBe(1);
  });
});
