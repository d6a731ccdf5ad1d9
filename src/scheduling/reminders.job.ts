import { z } from 'zod';
import { evaluateGate } from '../consent/gate.js';
import type { AppContext } from '../http/context.js';
import { defineJob } from '../jobs/job-definition.js';
import { enqueue } from '../jobs/jobs.service.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { appointmentTexts } from './appointment-texts.js';
import { findAppointmentRow, OPEN_STATUSES, updateAppointmentIf } from './appointments.repository.js';
import { createBookingLinkIn } from './booking-links.service.js';
import { textFields, textLead } from './lead-texts.js';
import { loadSchedulingSettings } from './scheduling.settings.js';
import type { AppointmentRow } from './scheduling.table.js';

const isOpen = (row: AppointmentRow, sequence: number) =>
  row.sequence === sequence && (OPEN_STATUSES as readonly string[]).includes(row.status);

/**
 * A reminder before an appointment. A job whose appointment has moved or been cancelled since it was
 * queued (sequence or status differ) does nothing: the change queued the reminders that apply now.
 * Quiet hours are asked before anything is written: a reminder that may not go out now waits for the
 * window to open if that is still before the appointment, so no stale reminder sits in the outbox.
 */
export const reminderJob = defineJob({
  name: 'scheduling.reminder',
  payload: z.object({
    workspaceId: z.string(),
    appointmentId: z.string(),
    sequence: z.number().int(),
    offsetMinutes: z.number().int(),
  }),
  maxAttempts: 5,
  backoff: { baseMs: 5 * SECOND, maxMs: 5 * MINUTE },
  timeoutMs: 30 * SECOND,
  handler: async (payload, { ctx }) => {
    const row = await findAppointmentRow(ctx.db, payload.workspaceId, payload.appointmentId);
    const now = ctx.clock.now();
    if (!row || !isOpen(row, payload.sequence) || new Date(row.startAt) <= now) return;
    const fields = await textFields(ctx.db, row);
    const workspace = await loadWorkspaceMessaging(ctx.db, row.workspaceId);
    const decision = await evaluateGate(ctx.db, {
      workspaceId: row.workspaceId,
      contact: fields.contact,
      kind: 'reminder',
      purpose: 'transactional',
      directReply: false,
      now,
      settings: workspace.settings,
      workspaceTimezone: workspace.timezone,
    });
    if (decision.outcome === 'deferred' && decision.deferUntil) {
      if (decision.deferUntil >= new Date(row.startAt)) {
        ctx.logger.info(
          { category: 'scheduling', appointmentId: row.id, reason: decision.reason },
          'reminder dropped: it could not go out before the appointment',
        );
        return;
      }
      await enqueue(
        ctx.db,
        reminderJob.job(payload, {
          runAt: decision.deferUntil,
          uniqueKey: `reminder:${row.id}:${row.sequence}:${payload.offsetMinutes}:${decision.deferUntil.toISOString()}`,
        }),
        ctx.clock,
      );
      return;
    }
    await sendReminder(ctx, payload);
  },
});

async function sendReminder(
  ctx: AppContext,
  payload: { workspaceId: string; appointmentId: string; sequence: number; offsetMinutes: number },
): Promise<void> {
  const settings = await loadSchedulingSettings(ctx.db, payload.workspaceId);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findAppointmentRow(trx, payload.workspaceId, payload.appointmentId);
    if (!row || !isOpen(row, payload.sequence)) return;
    const ask = settings.askToConfirm && row.status === 'booked';
    const fields = await textFields(trx, row);
    await textLead(trx, ctx, {
      appointment: row,
      contact: fields.contact,
      body: appointmentTexts.reminder(fields, ask),
      kind: 'reminder',
      purpose: 'transactional',
      idempotencyKey: `reminder:${row.id}:${row.sequence}:${payload.offsetMinutes}`,
    });
    if (ask) {
      await updateAppointmentIf(
        trx,
        { workspaceId: row.workspaceId, id: row.id, sequence: row.sequence, statuses: ['booked'] },
        { confirmationRequestedAt: now.toISOString(), updatedAt: now.toISOString() },
      );
    }
  });
}

/**
 * After the end (plus the workspace's grace), an appointment nobody marked completed is a no-show:
 * it is marked so and, when the workspace wants it, the lead gets a link to pick a new time.
 */
export const noShowJob = defineJob({
  name: 'scheduling.no-show',
  payload: z.object({ workspaceId: z.string(), appointmentId: z.string(), sequence: z.number().int() }),
  maxAttempts: 5,
  backoff: { baseMs: 5 * SECOND, maxMs: 5 * MINUTE },
  timeoutMs: 30 * SECOND,
  handler: async (payload, { ctx }) => {
    const settings = await loadSchedulingSettings(ctx.db, payload.workspaceId);
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const row = await findAppointmentRow(trx, payload.workspaceId, payload.appointmentId);
      if (!row || !isOpen(row, payload.sequence) || new Date(row.endAt) > now) return;
      const marked = await updateAppointmentIf(
        trx,
        { workspaceId: row.workspaceId, id: row.id, sequence: row.sequence, statuses: OPEN_STATUSES },
        { status: 'no_show', noShowAt: now.toISOString(), updatedAt: now.toISOString() },
      );
      if (!marked || !settings.noShowFollowUp) return;
      const link = await createBookingLinkIn(trx, ctx, {
        workspaceId: row.workspaceId,
        leadId: row.leadId,
        appointmentTypeId: row.appointmentTypeId,
        ttlHours: settings.bookingLinkHours,
      });
      const fields = await textFields(trx, row);
      await textLead(trx, ctx, {
        appointment: row,
        contact: fields.contact,
        body: appointmentTexts.noShow(fields, link.url),
        kind: 'follow_up',
        purpose: 'conversational',
        idempotencyKey: `no-show:${row.id}:${row.sequence}`,
      });
    });
  },
});
