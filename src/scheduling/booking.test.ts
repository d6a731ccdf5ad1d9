import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildWorkspace } from '../../test/helpers/factories.js';
import { buildAgent, buildConsentedLead, buildType } from '../../test/helpers/scheduling.js';
import { updateLead } from '../leads/leads.repository.js';
import { isAppError } from '../platform/errors.js';
import { cancelAppointment, rescheduleAppointment } from './appointment-changes.service.js';
import { insertClaims } from './appointments.repository.js';
import { bookSlot } from './booking.service.js';
import { findSlots } from './slots.service.js';

async function refusal(
  promise: Promise<unknown>,
): Promise<{ status: number; code: string; details: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { status: error.status, code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('booking', () => {
  let t: TestApp;
  let workspaceId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    // Monday 2 March 2026, 06:00 in Chicago.
    t.clock.set('2026-03-02T12:00:00.000Z');
    workspaceId = (await buildWorkspace(t.ctx, { timezone: 'America/Chicago' })).id;
  });
  afterAll(() => t.close());

  it('books an offered slot once; the same or an overlapping time answers 409', async () => {
    const agent = await buildAgent(t.ctx, {
      workspaceId,
      timezone: 'America/Chicago',
      availability: { bufferAfterMinutes: 15 },
    });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const [first, second] = [
      await buildConsentedLead(t.ctx, { workspaceId }),
      await buildConsentedLead(t.ctx, { workspaceId }),
    ];
    // Tuesday 10:00 in Chicago, written with its offset.
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: first.leadId,
      appointmentTypeId: type.id,
      start: '2026-03-03T10:00:00-06:00',
    });
    expect(booked).toMatchObject({
      start: '2026-03-03T16:00:00.000Z',
      end: '2026-03-03T17:00:00.000Z',
      agentId: agent.id,
      status: 'booked',
      sequence: 0,
      assignment: { reason: 'only_agent' },
      agentTimezone: 'America/Chicago',
      location: { kind: 'office', text: '100 Main St' },
    });
    const props = { workspaceId, leadId: second.leadId, appointmentTypeId: type.id };
    expect(await refusal(bookSlot(t.ctx, { ...props, start: '2026-03-03T16:00:00Z' }))).toMatchObject({
      status: 409,
      code: 'slot_unavailable',
    });
    // 11:00 would start inside the 15 minutes after the first; 11:30 is clear of them.
    expect((await refusal(bookSlot(t.ctx, { ...props, start: '2026-03-03T17:00:00Z' }))).status).toBe(409);
    expect((await bookSlot(t.ctx, { ...props, start: '2026-03-03T17:30:00Z' })).agentId).toBe(agent.id);
    // Off the step, or outside working hours: never offered, so never booked.
    expect((await refusal(bookSlot(t.ctx, { ...props, start: '2026-03-03T19:10:00Z' }))).details).toEqual({
      reason: 'outside_hours',
    });
    expect((await refusal(bookSlot(t.ctx, { ...props, start: '2026-03-03T23:00:00Z' }))).status).toBe(409);
    const lead = await t.ctx.db
      .selectFrom('leads')
      .select('stage')
      .where('id', '=', first.leadId)
      .executeTakeFirst();
    expect(lead?.stage).toBe('appointment');
  });

  it('has the database refuse an overlapping claim whatever the code above it does', async () => {
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: type.id,
      start: '2026-03-04T15:00:00Z',
    });
    const claims = await t.ctx.db
      .selectFrom('appointmentClaims')
      .select('claimKey')
      .where('appointmentId', '=', booked.id)
      .execute();
    expect(claims).toHaveLength(12);
    await expect(
      insertClaims(t.ctx.db, [
        { agentId: agent.id, claimKey: 't:2026-03-04T15:55:00.000Z', workspaceId, appointmentId: booked.id },
      ]),
    ).rejects.toThrow();
  });

  it('enforces the daily maximum in the agent’s local day', async () => {
    const agent = await buildAgent(t.ctx, {
      workspaceId,
      timezone: 'America/Los_Angeles',
      availability: { maxPerDay: 2 },
    });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const book = async (start: string) =>
      bookSlot(t.ctx, {
        workspaceId,
        leadId: (await buildConsentedLead(t.ctx, { workspaceId })).leadId,
        appointmentTypeId: type.id,
        start,
      });
    // Wednesday 4 March, 9:00 and 11:00 in Los Angeles; then 15:00 the same day is one too many.
    await book('2026-03-04T17:00:00Z');
    await book('2026-03-04T19:00:00Z');
    expect(await refusal(book('2026-03-04T23:00:00Z'))).toMatchObject({
      status: 409,
      details: { reason: 'max_per_day' },
    });
    expect((await book('2026-03-05T17:00:00Z')).agentId).toBe(agent.id);
  });

  it('shares round robin by weight among the free agents and records why', async () => {
    const heavy = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago', name: 'Heavy Hitter' });
    const light = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago', name: 'Light Load' });
    const type = await buildType(t.ctx, {
      workspaceId,
      name: 'Showing',
      kind: 'showing',
      assignment: 'round_robin',
      durationMinutes: 30,
      agents: [
        { agentId: heavy.id, weight: 2 },
        { agentId: light.id, weight: 1 },
      ],
    });
    const slots = await findSlots(t.ctx, {
      workspaceId,
      agentIds: [heavy.id],
      durationMinutes: 30,
      stepMinutes: 30,
      from: new Date('2026-03-09T00:00:00Z'),
      to: new Date('2026-03-14T00:00:00Z'),
    });
    const counts = new Map<string, number>();
    let lastDetails: unknown;
    for (const slot of slots.slice(0, 30)) {
      const lead = await buildConsentedLead(t.ctx, { workspaceId });
      const booked = await bookSlot(t.ctx, {
        workspaceId,
        leadId: lead.leadId,
        appointmentTypeId: type.id,
        start: slot.start,
        notifyLead: false,
      });
      expect(booked.assignment.reason).toBe('round_robin');
      lastDetails = booked.assignment.details;
      counts.set(booked.agentId, (counts.get(booked.agentId) ?? 0) + 1);
    }
    expect(counts.get(heavy.id)).toBe(20);
    expect(counts.get(light.id)).toBe(10);
    expect(lastDetails).toMatchObject({ rule: 'round_robin', candidates: expect.any(Array) });
  });

  it("gives the lead's own agent first when free, and someone free when not", async () => {
    const owner = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const other = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, {
      workspaceId,
      agents: [{ agentId: owner.id }, { agentId: other.id }],
    });
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    await updateLead(t.ctx.db, workspaceId, lead.leadId, { assignedUserId: owner.id });
    const first = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: type.id,
      start: '2026-03-16T15:00:00Z',
    });
    expect(first).toMatchObject({ agentId: owner.id, assignment: { reason: 'lead_owner' } });
    const again = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: type.id,
      start: '2026-03-16T15:00:00Z',
    });
    expect(again).toMatchObject({ agentId: other.id, assignment: { reason: 'round_robin' } });
    expect(
      (
        await refusal(
          bookSlot(t.ctx, {
            workspaceId,
            leadId: lead.leadId,
            appointmentTypeId: type.id,
            start: '2026-03-16T15:00:00Z',
          }),
        )
      ).details,
    ).toEqual({ reason: 'no_agent_free' });
  });

  it('reschedules and cancels through the service functions, freeing the old time', async () => {
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const [a, b] = [
      await buildConsentedLead(t.ctx, { workspaceId }),
      await buildConsentedLead(t.ctx, { workspaceId }),
    ];
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: a.leadId,
      appointmentTypeId: type.id,
      start: '2026-03-17T15:00:00Z',
      via: 'conversation',
    });
    const other = await bookSlot(t.ctx, {
      workspaceId,
      leadId: b.leadId,
      appointmentTypeId: type.id,
      start: '2026-03-17T18:00:00Z',
    });
    // Onto the other lead's time: refused, and nothing moved.
    expect(
      (
        await refusal(
          rescheduleAppointment(t.ctx, { workspaceId, appointmentId: booked.id, start: other.start }),
        )
      ).code,
    ).toBe('slot_unavailable');
    // An hour later overlaps only its own old time, which does not count.
    const moved = await rescheduleAppointment(t.ctx, {
      workspaceId,
      appointmentId: booked.id,
      start: '2026-03-17T15:30:00Z',
      via: 'conversation',
    });
    expect(moved).toMatchObject({ start: '2026-03-17T15:30:00.000Z', sequence: 1, status: 'booked' });
    const cancelled = await cancelAppointment(t.ctx, {
      workspaceId,
      appointmentId: booked.id,
      reason: 'something came up',
      via: 'conversation',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 2, cancelReason: 'something came up' });
    expect((await cancelAppointment(t.ctx, { workspaceId, appointmentId: booked.id })).sequence).toBe(2);
    expect(
      (
        await refusal(
          rescheduleAppointment(t.ctx, {
            workspaceId,
            appointmentId: booked.id,
            start: '2026-03-18T15:00:00Z',
          }),
        )
      ).code,
    ).toBe('appointment_closed');
    // The freed time can be booked again.
    const retaken = await bookSlot(t.ctx, {
      workspaceId,
      leadId: b.leadId,
      appointmentTypeId: type.id,
      start: '2026-03-17T15:30:00Z',
    });
    expect(retaken.agentId).toBe(agent.id);
    const claims = await t.ctx.db
      .selectFrom('appointmentClaims')
      .select('appointmentId')
      .where('appointmentId', '=', booked.id)
      .execute();
    expect(claims).toEqual([]);
  });

  it('answers 404 for another workspace’s lead, type or appointment', async () => {
    const elsewhere = (await buildWorkspace(t.ctx)).id;
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const lead = await buildConsentedLead(t.ctx, { workspaceId });
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: type.id,
      start: '2026-03-19T15:00:00Z',
    });
    const start = '2026-03-19T17:00:00Z';
    const stranger = await buildConsentedLead(t.ctx, { workspaceId: elsewhere });
    expect(
      (
        await refusal(
          bookSlot(t.ctx, {
            workspaceId: elsewhere,
            leadId: stranger.leadId,
            appointmentTypeId: type.id,
            start,
          }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await refusal(
          bookSlot(t.ctx, { workspaceId: elsewhere, leadId: lead.leadId, appointmentTypeId: type.id, start }),
        )
      ).status,
    ).toBe(404);
    expect(
      (await refusal(cancelAppointment(t.ctx, { workspaceId: elsewhere, appointmentId: booked.id }))).status,
    ).toBe(404);
    expect(
      (
        await refusal(
          rescheduleAppointment(t.ctx, { workspaceId: elsewhere, appointmentId: booked.id, start }),
        )
      ).status,
    ).toBe(404);
  });
});
