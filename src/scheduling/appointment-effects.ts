import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { recordEvent } from '../jobs/domain-events.js';
import { enqueue } from '../jobs/jobs.service.js';
import { MINUTE } from '../platform/clock.js';
import { appointmentTexts } from './appointment-texts.js';
import { enqueueCalendarSync } from './calendar-sync.job.js';
import { textFields, textLead } from './lead-texts.js';
import { noShowJob, reminderJob } from './reminders.job.js';
import type { SchedulingSettings } from './scheduling.settings.js';
import type { AppointmentRow } from './scheduling.table.js';

export type AppointmentChange = 'booked' | 'rescheduled' | 'cancelled';

/**
 * Everything that follows a booking, a reschedule or a cancel, queued in the same transaction:
 * the reminders and the no-show check for the new sequence (jobs of an older sequence find it
 * changed and do nothing), the calendars of the agent (and of the previous agent after a
 * reassignment), and a text to the lead when asked for.
 */
export async function planAppointmentEffects(
  db: DbOrTrx,
  ctx: AppContext,
  props: {
    appointment: AppointmentRow;
    change: AppointmentChange;
    previousAgentId?: string | undefined;
    settings: SchedulingSettings;
    notifyLead: boolean;
  },
): Promise<void> {
  const { appointment: row, settings } = props;
  const now = ctx.clock.now().getTime();
  const start = new Date(row.startAt).getTime();
  const base = { workspaceId: row.workspaceId, appointmentId: row.id, sequence: row.sequence };
  await recordEvent(db, {
    workspaceId: row.workspaceId,
    type: `appointment.${props.change}`,
    leadId: row.leadId,
    subjectId: row.id,
    at: new Date(now).toISOString(),
  });

  if (props.change !== 'cancelled') {
    for (const offsetMinutes of settings.reminderOffsetsMinutes) {
      const runAt = start - offsetMinutes * MINUTE;
      if (runAt <= now) continue;
      await enqueue(
        db,
        reminderJob.job(
          { ...base, offsetMinutes },
          { runAt: new Date(runAt), uniqueKey: `reminder:${row.id}:${row.sequence}:${offsetMinutes}` },
        ),
        ctx.clock,
      );
    }
    const checkAt = new Date(new Date(row.endAt).getTime() + settings.noShowAfterMinutes * MINUTE);
    await enqueue(
      db,
      noShowJob.job(base, { runAt: checkAt, uniqueKey: `no-show:${row.id}:${row.sequence}` }),
      ctx.clock,
    );
  }

  await enqueueCalendarSync(db, ctx, {
    ...base,
    agentId: row.agentId,
    action: props.change === 'cancelled' ? 'cancel' : 'push',
  });
  if (props.previousAgentId && props.previousAgentId !== row.agentId) {
    await enqueueCalendarSync(db, ctx, { ...base, agentId: props.previousAgentId, action: 'cancel' });
  }

  if (props.notifyLead && settings.bookingTexts) {
    const fields = await textFields(db, row);
    await textLead(db, ctx, {
      appointment: row,
      contact: fields.contact,
      body: appointmentTexts[props.change](fields),
      kind: 'reminder',
      purpose: 'transactional',
      idempotencyKey: `appointment:${row.id}:${row.sequence}:${props.change}`,
    });
  }
}
