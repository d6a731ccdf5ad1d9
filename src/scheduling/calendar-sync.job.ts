import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { defineJob } from '../jobs/job-definition.js';
import { enqueue } from '../jobs/jobs.service.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import { findAppointmentRow } from './appointments.repository.js';
import { calendarRegistry } from './calendar.registry.js';
import { calendarAgent, toCalendarAppointment } from './calendar-appointments.js';

const syncPayload = z.object({
  workspaceId: z.string(),
  appointmentId: z.string(),
  sequence: z.number().int(),
  agentId: z.string(),
  /** push: create or update the event; cancel: remove it (a cancel, or the old agent after a reassignment). */
  action: z.enum(['push', 'cancel']),
});

type SyncPayload = z.infer<typeof syncPayload>;

/**
 * One connection of one agent. A push for an appointment that has since changed again is skipped
 * (the newer change queued its own); a cancel always runs.
 */
export const calendarPushJob = defineJob({
  name: 'scheduling.calendar-push',
  payload: syncPayload.extend({ connectionId: z.string() }),
  maxAttempts: 8,
  backoff: { baseMs: 10 * SECOND, maxMs: 30 * MINUTE },
  timeoutMs: 60 * SECOND,
  handler: async (payload, { ctx }) => {
    const row = await findAppointmentRow(ctx.db, payload.workspaceId, payload.appointmentId);
    if (!row) return;
    if (payload.action === 'push' && (row.sequence !== payload.sequence || row.status === 'cancelled'))
      return;
    const calendars = await calendarRegistry(ctx).forAgent(ctx, {
      workspaceId: payload.workspaceId,
      agentId: payload.agentId,
    });
    const calendar = calendars.find((c) => c.connectionId === payload.connectionId);
    const agent = await calendarAgent(ctx.db, payload.workspaceId, payload.agentId);
    if (!calendar || !agent) return;
    const appointment = await toCalendarAppointment(ctx.db, row);
    if (payload.action === 'push') await calendar.pushAppointment(appointment, agent);
    else await calendar.cancelAppointment({ ...appointment, agentId: agent.id, status: 'cancelled' }, agent);
  },
});

/** Fans a change out to every calendar the agent has connected, one job per connection. */
export const calendarSyncJob = defineJob({
  name: 'scheduling.calendar-sync',
  payload: syncPayload,
  maxAttempts: 5,
  backoff: { baseMs: 5 * SECOND, maxMs: 10 * MINUTE },
  timeoutMs: 30 * SECOND,
  handler: async (payload, { ctx }) => {
    const calendars = await calendarRegistry(ctx).forAgent(ctx, {
      workspaceId: payload.workspaceId,
      agentId: payload.agentId,
    });
    for (const calendar of calendars) {
      await enqueue(
        ctx.db,
        calendarPushJob.job(
          { ...payload, connectionId: calendar.connectionId },
          { uniqueKey: `${syncKey(payload)}:${calendar.connectionId}` },
        ),
        ctx.clock,
      );
    }
  },
});

const syncKey = (p: SyncPayload) => `calendar-push:${p.appointmentId}:${p.sequence}:${p.action}:${p.agentId}`;

/** Queues the calendar side of a change, in the caller's transaction. */
export async function enqueueCalendarSync(db: DbOrTrx, ctx: AppContext, payload: SyncPayload): Promise<void> {
  await enqueue(
    db,
    calendarSyncJob.job(payload, {
      uniqueKey: `calendar-sync:${payload.appointmentId}:${payload.sequence}:${payload.action}:${payload.agentId}`,
    }),
    ctx.clock,
  );
}
