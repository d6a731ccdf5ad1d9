import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildWorkspace } from '../../test/helpers/factories.js';
import { outboundMessages } from '../../test/helpers/messaging.js';
import { buildAgent, buildConsentedLead, buildType, drainAll } from '../../test/helpers/scheduling.js';
import {
  cancelAppointment,
  rescheduleAppointment,
  updateAppointmentDetails,
} from './appointment-changes.service.js';
import { bookSlot } from './booking.service.js';
import { handleAppointmentReply } from './confirmation.service.js';

describe('reminders, confirmation and no-show', () => {
  let t: TestApp;
  let workspaceId: string;
  let typeId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    workspaceId = (await buildWorkspace(t.ctx, { name: 'Hill Country Homes', timezone: 'America/Chicago' }))
      .id;
    const agent = await buildAgent(t.ctx, {
      workspaceId,
      timezone: 'America/Chicago',
      name: 'Maria Lopez',
      availability: {
        weekly: {
          monday: [{ start: '08:00', end: '17:00' }],
          tuesday: [{ start: '08:00', end: '17:00' }],
          wednesday: [{ start: '08:00', end: '17:00' }],
          thursday: [{ start: '08:00', end: '17:00' }],
          friday: [{ start: '08:00', end: '17:00' }],
        },
      },
    });
    typeId = (await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] })).id;
  });
  afterAll(() => t.close());

  /** Monday 2 March 2026, 9:00 in Austin, then a consented lead (whose first text goes out). */
  async function freshLead() {
    t.clock.set('2026-03-02T15:00:00.000Z');
    const lead = await buildConsentedLead(t.ctx, { workspaceId, name: 'Casey Jones' });
    await drainAll(t);
    return lead;
  }

  const texts = async (leadId: string) =>
    (await outboundMessages(t.ctx, leadId)).filter((m) => m.kind !== 'first_response');

  async function at(iso: string) {
    t.clock.set(iso);
    await drainAll(t);
  }

  it('texts the booking, then reminders 24 h and 1 h before, the first asking to confirm; C confirms', async () => {
    const lead = await freshLead();
    // Wednesday 4 March, 10:00 in Chicago (16:00Z).
    const booked = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-04T16:00:00Z',
    });
    await drainAll(t);
    let sent = await texts(lead.leadId);
    expect(sent.map((m) => [m.kind, m.status])).toEqual([['reminder', 'sent']]);
    expect(sent[0]?.body).toContain(
      "you're booked for a buyer consultation with Maria Lopez on Wed, Mar 4 at 10:00 AM CST at 100 Main St",
    );

    await at('2026-03-03T15:59:00.000Z');
    expect(await texts(lead.leadId)).toHaveLength(1);
    await at('2026-03-03T16:00:00.000Z');
    sent = await texts(lead.leadId);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({
      kind: 'reminder',
      purpose: 'transactional',
      status: 'sent',
      author: 'system',
    });
    expect(sent[1]?.body).toContain('Reply C to confirm');

    t.clock.set('2026-03-03T18:00:00.000Z');
    expect(
      await handleAppointmentReply(t.ctx, { workspaceId, leadId: lead.leadId, body: 'hello there' }),
    ).toEqual({ handled: false });
    const reply = await handleAppointmentReply(t.ctx, { workspaceId, leadId: lead.leadId, body: ' c ' });
    expect(reply).toMatchObject({ handled: true, action: 'confirmed', appointmentId: booked.id });
    const row = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', booked.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'confirmed', confirmedAt: '2026-03-03T18:00:00.000Z' });
    await drainAll(t);
    sent = await texts(lead.leadId);
    expect(sent[2]).toMatchObject({ kind: 'reply', status: 'sent' });
    expect(sent[2]?.body).toContain('thanks for confirming');
    // Confirmed already: nothing more to confirm.
    expect(await handleAppointmentReply(t.ctx, { workspaceId, leadId: lead.leadId, body: 'C' })).toEqual({
      handled: false,
    });

    await at('2026-03-04T14:59:00.000Z');
    expect(await texts(lead.leadId)).toHaveLength(3);
    await at('2026-03-04T15:00:00.000Z');
    sent = await texts(lead.leadId);
    expect(sent).toHaveLength(4);
    expect(sent[3]?.body).toContain('is Wed, Mar 4 at 10:00 AM CST');
    expect(sent[3]?.body).not.toContain('Reply C');
  });

  it('sends no reminder for a cancelled appointment, and reminds of the new time after a reschedule', async () => {
    const lead = await freshLead();
    const cancelled = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-04T20:00:00Z',
      notifyLead: false,
    });
    const moved = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-04T21:00:00Z',
      notifyLead: false,
    });
    await cancelAppointment(t.ctx, { workspaceId, appointmentId: cancelled.id, via: 'conversation' });
    // Thursday 5 March, 11:00 in Chicago.
    await rescheduleAppointment(t.ctx, {
      workspaceId,
      appointmentId: moved.id,
      start: '2026-03-05T17:00:00Z',
      via: 'conversation',
    });
    await at('2026-03-03T20:00:00.000Z');
    await at('2026-03-03T21:00:00.000Z');
    await at('2026-03-04T16:59:00.000Z');
    expect(await texts(lead.leadId)).toEqual([]);
    await at('2026-03-04T17:00:00.000Z');
    const sent = await texts(lead.leadId);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toContain('Thu, Mar 5 at 11:00 AM CST');
    // The old 1 h reminder comes due and does nothing.
    await at('2026-03-04T20:00:00.000Z');
    expect(await texts(lead.leadId)).toHaveLength(1);
    const stale = await t.ctx.db
      .selectFrom('jobs')
      .select(['status', 'uniqueKey'])
      .where('uniqueKey', 'like', `reminder:${moved.id}:0:%`)
      .execute();
    expect(stale.map((j) => j.status)).toEqual(['done', 'done']);
  });

  it('waits for quiet hours to end when that is still before the appointment, and drops it otherwise', async () => {
    const lead = await freshLead();
    // Friday 6 March at 9:30 and (for another lead) 9:00 in Chicago: the 1 h reminders fall at 8:30 and 8:00,
    // before Texas allows texts (9:00).
    await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-06T15:30:00Z',
      notifyLead: false,
    });
    const early = await buildConsentedLead(t.ctx, { workspaceId });
    await bookSlot(t.ctx, {
      workspaceId,
      leadId: early.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-06T14:00:00Z',
      notifyLead: false,
    });
    await at('2026-03-05T15:30:00.000Z');
    await at('2026-03-05T14:00:00.000Z');
    expect(await texts(lead.leadId)).toHaveLength(1);
    expect(await texts(early.leadId)).toHaveLength(1);
    await at('2026-03-06T14:30:00.000Z');
    expect(await texts(lead.leadId)).toHaveLength(1);
    await at('2026-03-06T15:00:00.000Z');
    const sent = await texts(lead.leadId);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.status).toBe('sent');
    await at('2026-03-06T14:01:00.000Z');
    expect(await texts(early.leadId)).toHaveLength(1);
  });

  it('accepts a bare yes only right after the confirmation request', async () => {
    const lead = await freshLead();
    await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-04T19:00:00Z',
      notifyLead: false,
    });
    t.clock.set('2026-03-03T12:00:00.000Z');
    expect(await handleAppointmentReply(t.ctx, { workspaceId, leadId: lead.leadId, body: 'yes' })).toEqual({
      handled: false,
    });
    await at('2026-03-03T19:00:00.000Z');
    t.clock.set('2026-03-03T19:05:00.000Z');
    expect(
      await handleAppointmentReply(t.ctx, { workspaceId, leadId: lead.leadId, body: 'Yes!' }),
    ).toMatchObject({ handled: true });
  });

  it('marks a no-show after the end and texts a link to pick a new time; not when completed', async () => {
    const lead = await freshLead();
    const missed = await bookSlot(t.ctx, {
      workspaceId,
      leadId: lead.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-02T20:00:00Z',
      notifyLead: false,
    });
    const other = await buildConsentedLead(t.ctx, { workspaceId });
    const attended = await bookSlot(t.ctx, {
      workspaceId,
      leadId: other.leadId,
      appointmentTypeId: typeId,
      start: '2026-03-02T22:00:00Z',
      notifyLead: false,
    });
    await at('2026-03-02T21:59:00.000Z');
    expect(
      (
        await t.ctx.db
          .selectFrom('appointments')
          .select('status')
          .where('id', '=', missed.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('booked');
    await updateAppointmentDetails(t.ctx, { workspaceId, appointmentId: attended.id, status: 'completed' });
    await at('2026-03-03T00:00:00.000Z');
    const row = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', missed.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'no_show', noShowAt: '2026-03-03T00:00:00.000Z' });
    const sent = await texts(lead.leadId);
    expect(sent.at(-1)).toMatchObject({ kind: 'follow_up' });
    expect(sent.at(-1)?.body).toMatch(/sorry we missed you .* http:\/\/localhost:\d+\/b\/[A-Za-z0-9_-]+$/);
    expect((await texts(other.leadId)).filter((m) => m.kind === 'follow_up')).toEqual([]);
  });
});
