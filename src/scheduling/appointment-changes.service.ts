import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { conflict, notFound, unprocessable } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { findAgent } from './agents.js';
import { planAppointmentEffects } from './appointment-effects.js';
import { findAppointmentTypeAny, listTypeAgents } from './appointment-types.repository.js';
import { presentAppointment } from './appointments.presenters.js';
import {
  deleteClaims,
  findAppointmentRow,
  OPEN_STATUSES,
  updateAppointmentIf,
} from './appointments.repository.js';
import type { Appointment } from './appointments.schema.js';
import { claim, freeAt, MAX_ATTEMPTS, parseStart, slotUnavailable, withRetries } from './booking.service.js';
import { loadSchedulingSettings } from './scheduling.settings.js';
import type { AppointmentRow, AppointmentTypeRow, BookedVia } from './scheduling.table.js';
import { loadSchedules } from './slots.service.js';

// Changes to a booked appointment: a new time or agent, a cancel, the outcome. Same rules as booking.

export interface RescheduleProps {
  workspaceId: string;
  appointmentId: string;
  /** The new start (an offered slot); default: the same start (with a new agent). */
  start?: Date | string | undefined;
  /** Move to this agent; default: the same agent. */
  agentId?: string | undefined;
  via?: BookedVia;
  /** Text the lead the new time; default true, except for the conversation. */
  notifyLead?: boolean | undefined;
  by?: Actor | undefined;
  ip?: string | undefined;
}

/**
 * Moves an appointment to a new start and/or agent under the booking rules, its own old time excepted.
 * The old claims go and the new ones come in one transaction: if the new time was just taken the
 * appointment stays where it was (409). The sequence grows, so the old reminders do nothing.
 */
export async function rescheduleAppointment(ctx: AppContext, props: RescheduleProps): Promise<Appointment> {
  return presentAppointment(await withRetries(() => tryReschedule(ctx, props)));
}

async function openAppointment(ctx: AppContext, workspaceId: string, id: string): Promise<AppointmentRow> {
  const row = await findAppointmentRow(ctx.db, workspaceId, id);
  if (!row) throw notFound('Appointment');
  if (!(OPEN_STATUSES as readonly string[]).includes(row.status)) {
    throw conflict(`This appointment is ${row.status.replace('_', ' ')}`, 'appointment_closed', {
      status: row.status,
    });
  }
  return row;
}

async function tryReschedule(ctx: AppContext, props: RescheduleProps): Promise<AppointmentRow> {
  const { workspaceId } = props;
  const current = await openAppointment(ctx, workspaceId, props.appointmentId);
  const start = props.start === undefined ? new Date(current.startAt) : parseStart(props.start);
  const agentId = props.agentId ?? current.agentId;
  const type = (await findAppointmentTypeAny(
    ctx.db,
    workspaceId,
    current.appointmentTypeId,
  )) as AppointmentTypeRow;
  if (agentId !== current.agentId) {
    await findAgent(ctx.db, workspaceId, agentId);
    const takers = await listTypeAgents(ctx.db, workspaceId, [type.id]);
    if (!takers.some((t) => t.agentId === agentId)) {
      throw unprocessable('This agent does not take this appointment type', {}, 'agent_not_eligible');
    }
  }
  const now = ctx.clock.now();
  const end = new Date(start.getTime() + type.durationMinutes * 60_000);
  const [schedule] = await loadSchedules(ctx, {
    workspaceId,
    agentIds: [agentId],
    from: start,
    to: end,
    excludeAppointmentId: current.id,
  });
  if (!schedule) throw slotUnavailable('no_availability');
  const reason = freeAt(schedule, type, start, now);
  if (reason) throw slotUnavailable(reason);
  const settings = await loadSchedulingSettings(ctx.db, workspaceId);
  const at = now.toISOString();
  const changes = {
    agentId,
    startAt: start.toISOString(),
    endAt: end.toISOString(),
    bufferBeforeMinutes: schedule.bufferBeforeMinutes,
    bufferAfterMinutes: schedule.bufferAfterMinutes,
    agentTimezone: schedule.zone,
    status: 'booked' as const,
    sequence: current.sequence + 1,
    confirmationRequestedAt: null,
    confirmedAt: null,
    updatedAt: at,
    ...(agentId === current.agentId
      ? {}
      : {
          assignmentReason: 'requested' as const,
          assignmentDetails: toJson({ previousAgentId: current.agentId }),
        }),
  };
  const row: AppointmentRow = { ...current, ...changes };
  const via = props.via ?? 'api';
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await updateAppointmentIf(
      trx,
      { workspaceId, id: current.id, sequence: current.sequence, statuses: OPEN_STATUSES },
      changes,
    );
    if (!moved) throw conflict('The appointment changed meanwhile; try again', 'appointment_changed');
    await deleteClaims(trx, workspaceId, current.id);
    await claim(trx, { row, schedule });
    await planAppointmentEffects(trx, ctx, {
      appointment: row,
      change: 'rescheduled',
      previousAgentId: current.agentId,
      settings,
      notifyLead: props.notifyLead ?? via !== 'conversation',
    });
    await audit(trx, {
      workspaceId,
      actor: auditActor(props.by),
      action: 'appointment.rescheduled',
      target: { type: 'appointment', id: row.id },
      details: {
        via,
        from: current.startAt,
        to: row.startAt,
        ...(agentId === current.agentId ? {} : { fromAgentId: current.agentId, toAgentId: agentId }),
      },
      ip: props.ip,
      at: now,
    });
  });
  return row;
}

export interface CancelProps {
  workspaceId: string;
  appointmentId: string;
  reason?: string | undefined;
  via?: BookedVia;
  /** Text the lead the cancellation; default true, except for the conversation. */
  notifyLead?: boolean | undefined;
  by?: Actor | undefined;
  ip?: string | undefined;
}

/** Cancels an open appointment (a second cancel answers the cancelled appointment again). */
export async function cancelAppointment(ctx: AppContext, props: CancelProps): Promise<Appointment> {
  const { workspaceId } = props;
  for (let n = 1; ; n += 1) {
    const current = await findAppointmentRow(ctx.db, workspaceId, props.appointmentId);
    if (!current) throw notFound('Appointment');
    if (current.status === 'cancelled') return presentAppointment(current);
    await openAppointment(ctx, workspaceId, current.id);
    const now = ctx.clock.now();
    const at = now.toISOString();
    const changes = {
      status: 'cancelled' as const,
      sequence: current.sequence + 1,
      cancelledAt: at,
      cancelReason: props.reason ?? null,
      updatedAt: at,
    };
    const row: AppointmentRow = { ...current, ...changes };
    const settings = await loadSchedulingSettings(ctx.db, workspaceId);
    const via = props.via ?? 'api';
    const done = await ctx.db.transaction().execute(async (trx) => {
      const cancelled = await updateAppointmentIf(
        trx,
        { workspaceId, id: current.id, sequence: current.sequence, statuses: OPEN_STATUSES },
        changes,
      );
      if (!cancelled) return false;
      await deleteClaims(trx, workspaceId, current.id);
      await planAppointmentEffects(trx, ctx, {
        appointment: row,
        change: 'cancelled',
        settings,
        notifyLead: props.notifyLead ?? via !== 'conversation',
      });
      await audit(trx, {
        workspaceId,
        actor: auditActor(props.by),
        action: 'appointment.cancelled',
        target: { type: 'appointment', id: row.id },
        details: { via },
        ip: props.ip,
        at: now,
      });
      return true;
    });
    if (done) return presentAppointment(row);
    // Rescheduled meanwhile: cancel the appointment as it is now.
    if (n >= MAX_ATTEMPTS) throw conflict('The appointment keeps changing; try again', 'appointment_changed');
  }
}

const STATUS_FROM: Record<'confirmed' | 'completed' | 'no_show', readonly AppointmentRow['status'][]> = {
  confirmed: ['booked'],
  completed: ['booked', 'confirmed', 'no_show'],
  no_show: ['booked', 'confirmed', 'completed'],
};

/** Marks the outcome (completed, no_show) or a confirmation, and/or changes the notes. */
export async function updateAppointmentDetails(
  ctx: AppContext,
  props: {
    workspaceId: string;
    appointmentId: string;
    status?: 'confirmed' | 'completed' | 'no_show' | undefined;
    notes?: string | null | undefined;
    by?: Actor | undefined;
    ip?: string | undefined;
  },
): Promise<Appointment> {
  const current = await findAppointmentRow(ctx.db, props.workspaceId, props.appointmentId);
  if (!current) throw notFound('Appointment');
  const now = ctx.clock.now();
  const at = now.toISOString();
  const changes: Partial<AppointmentRow> = { updatedAt: at };
  if (props.notes !== undefined) changes.notes = props.notes;
  if (props.status && props.status !== current.status) {
    if (!STATUS_FROM[props.status].includes(current.status)) {
      throw conflict(`A ${current.status} appointment cannot become ${props.status}`, 'appointment_closed');
    }
    changes.status = props.status;
    if (props.status === 'confirmed') changes.confirmedAt = at;
    if (props.status === 'completed') changes.completedAt = at;
    if (props.status === 'no_show') changes.noShowAt = at;
  }
  const row = { ...current, ...changes };
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateAppointmentIf(
      trx,
      {
        workspaceId: props.workspaceId,
        id: current.id,
        sequence: current.sequence,
        statuses: [current.status],
      },
      changes,
    );
    if (!updated) throw conflict('The appointment changed meanwhile; try again', 'appointment_changed');
    if (props.status) {
      await audit(trx, {
        workspaceId: props.workspaceId,
        actor: auditActor(props.by),
        action: 'appointment.status_changed',
        target: { type: 'appointment', id: current.id },
        details: { from: current.status, to: row.status },
        ip: props.ip,
        at: now,
      });
    }
  });
  return presentAppointment(row);
}

export async function getAppointment(
  ctx: AppContext,
  props: { workspaceId: string; appointmentId: string },
): Promise<Appointment> {
  const row = await findAppointmentRow(ctx.db, props.workspaceId, props.appointmentId);
  if (!row) throw notFound('Appointment');
  return presentAppointment(row);
}
