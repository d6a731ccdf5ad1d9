import { leadTimeZone } from '../consent/lead-timezone.js';
import type { Trx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import { updateLead } from '../leads/leads.repository.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import type { ContactRow, LeadStage } from '../leads/leads.table.js';
import { recordStageChange } from '../leads/stage-history.js';
import { DAY } from '../platform/clock.js';
import { badRequest, conflict, notFound, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { activeAgents, findAgent, workspaceZone } from './agents.js';
import { planAppointmentEffects } from './appointment-effects.js';
import { findAppointmentType, listTypeAgents } from './appointment-types.repository.js';
import { presentAppointment } from './appointments.presenters.js';
import { dayClaims, insertAppointment, insertClaims, recentTypeLoads } from './appointments.repository.js';
import type { Appointment } from './appointments.schema.js';
import { chooseAgent } from './assignment.js';
import { attachAppointment } from './booking-links.repository.js';
import { nextDayClaim, timeClaimKeys } from './claims.js';
import { loadSchedulingSettings } from './scheduling.settings.js';
import type { AppointmentRow, AppointmentTypeRow, AssignmentReason, BookedVia } from './scheduling.table.js';
import { type AgentSchedule, agentSlots, localDate, slotConflict } from './slots.js';
import { loadSchedules } from './slots.service.js';

/** A booking that lost a race retries this many times in all, then answers 409. */
export const MAX_ATTEMPTS = 4;
const ROUND_ROBIN_MEMORY_MS = 30 * DAY;
/** Stages a booking moves a lead on from; later ones were set by a person and stay. */
const BOOKABLE_STAGES: readonly LeadStage[] = ['new', 'contacted', 'engaged', 'qualified', 'nurture'];

export const slotUnavailable = (reason: string) =>
  conflict('That time is no longer available; pick another slot', 'slot_unavailable', { reason });

/** Contention the database refused: a claim already taken, or (PostgreSQL) a deadlock or serialisation failure. */
function isContention(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

export async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isContention(error)) throw error;
      if (n >= MAX_ATTEMPTS) throw slotUnavailable('taken');
    }
  }
}

export function parseStart(value: Date | string): Date {
  const start = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(start.getTime())) throw badRequest('start is not a valid instant');
  return start;
}

export function leadZoneOf(contact: ContactRow, fallbackZone: string): string {
  if (contact.timezone) return contact.timezone;
  return leadTimeZone({
    zip: contact.zip,
    state: contact.state,
    phoneE164: contact.phone,
    fallbackZone,
  }).zone;
}

/** Whether this exact start is offered to the agent, and if not, why. */
export function freeAt(
  schedule: AgentSchedule,
  type: AppointmentTypeRow,
  start: Date,
  now: Date,
): string | null {
  const offered = agentSlots(schedule, {
    durationMinutes: type.durationMinutes,
    stepMinutes: type.slotStepMinutes,
    from: start,
    to: new Date(start.getTime() + 1),
    now,
  });
  if (offered.length > 0) return null;
  return slotConflict(schedule, start.getTime(), type.durationMinutes, now.getTime()) ?? 'outside_hours';
}

export async function claim(
  trx: Trx,
  props: { row: AppointmentRow; schedule: AgentSchedule },
): Promise<void> {
  const { row, schedule } = props;
  const keys = timeClaimKeys({
    start: new Date(row.startAt),
    end: new Date(row.endAt),
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
  });
  if (schedule.maxPerDay !== null) {
    const date = localDate(new Date(row.startAt).getTime(), schedule.zone);
    const day = nextDayClaim(date, schedule.maxPerDay, await dayClaims(trx, row.agentId, date));
    if (!day) throw slotUnavailable('max_per_day');
    keys.push(day);
  }
  await insertClaims(
    trx,
    keys.map((claimKey) => ({
      agentId: row.agentId,
      claimKey,
      workspaceId: row.workspaceId,
      appointmentId: row.id,
    })),
  );
}

export interface BookSlotProps {
  workspaceId: string;
  leadId: string;
  appointmentTypeId: string;
  /** An offered slot's start (an instant: a Date, or ISO-8601 with an offset). */
  start: Date | string;
  /** Book this agent; otherwise the type's assignment rule picks among those free. */
  agentId?: string | undefined;
  via?: BookedVia;
  notes?: string | null | undefined;
  /** Text the lead the booking; default true, except for the conversation (it confirms in its own words). */
  notifyLead?: boolean | undefined;
  by?: Actor | undefined;
  ip?: string | undefined;
  /** The booking link that booked, so it shows (and can move) this appointment afterwards. */
  bookingLinkId?: string | undefined;
}

/**
 * Books a slot for a lead under the same rules as the offered slots. Two leads taking the same time
 * at once: the database takes one booking and refuses the other (see claims.ts), which then answers
 * 409 `slot_unavailable` — or, without an `agentId`, goes to another free agent.
 */
export async function bookSlot(ctx: AppContext, props: BookSlotProps): Promise<Appointment> {
  const start = parseStart(props.start);
  // Inside a caller's transaction (a first response booking the time its inquiry named) a lost race
  // aborts that transaction: the caller retries the whole unit rather than this step.
  const row = ctx.db.isTransaction
    ? await tryBook(ctx, props, start)
    : await withRetries(() => tryBook(ctx, props, start));
  return presentAppointment(row);
}

/** The writes of a booking in their own transaction, or in the caller's when the context is one. */
function inTransaction<T>(db: AppContext['db'], work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Trx) : db.transaction().execute(work);
}

async function tryBook(ctx: AppContext, props: BookSlotProps, start: Date): Promise<AppointmentRow> {
  const { workspaceId } = props;
  const { lead, contact } = await findLeadWithContact(ctx.db, workspaceId, props.leadId);
  const type = await findAppointmentType(ctx.db, workspaceId, props.appointmentTypeId);
  if (!type) throw notFound('Appointment type');
  if (type.active !== 1)
    throw unprocessable('This appointment type is not taking bookings', {}, 'type_inactive');
  const agents = await activeAgents(ctx.db, workspaceId);
  const takers = (await listTypeAgents(ctx.db, workspaceId, [type.id])).filter((t) => agents.has(t.agentId));
  if (props.agentId) {
    await findAgent(ctx.db, workspaceId, props.agentId);
    if (!takers.some((t) => t.agentId === props.agentId)) {
      throw unprocessable('This agent does not take this appointment type', {}, 'agent_not_eligible');
    }
  }
  const candidates = props.agentId ? takers.filter((t) => t.agentId === props.agentId) : takers;
  if (candidates.length === 0) throw unprocessable('No agent takes this appointment type', {}, 'no_agents');

  const now = ctx.clock.now();
  const end = new Date(start.getTime() + type.durationMinutes * 60_000);
  const schedules = await loadSchedules(ctx, {
    workspaceId,
    agentIds: candidates.map((c) => c.agentId),
    from: start,
    to: end,
  });
  const reasons = new Map<string, string>();
  const free = schedules.filter((s) => {
    const reason = freeAt(s, type, start, now);
    if (reason) reasons.set(s.agentId, reason);
    return reason === null;
  });
  if (free.length === 0) {
    if (candidates.length > 1) throw slotUnavailable('no_agent_free');
    throw slotUnavailable(reasons.get(candidates[0]?.agentId ?? '') ?? 'no_availability');
  }
  const loads = await recentTypeLoads(ctx.db, {
    workspaceId,
    typeId: type.id,
    agentIds: free.map((s) => s.agentId),
    since: new Date(now.getTime() - ROUND_ROBIN_MEMORY_MS).toISOString(),
  });
  const choice = props.agentId
    ? { agentId: props.agentId, reason: 'requested' as AssignmentReason, details: {} }
    : chooseAgent({
        free: free.map((s) => ({
          agentId: s.agentId,
          weight: candidates.find((c) => c.agentId === s.agentId)?.weight ?? 1,
          load: loads.get(s.agentId)?.count ?? 0,
          lastAssignedAt: loads.get(s.agentId)?.lastAt ?? null,
        })),
        rule: type.assignment,
        leadOwnerId: lead.assignedUserId,
        takers: takers.length,
      });
  if (!choice) throw slotUnavailable('no_agent_free');
  const schedule = free.find((s) => s.agentId === choice.agentId) as AgentSchedule;
  const settings = await loadSchedulingSettings(ctx.db, workspaceId);
  const fallbackZone = await workspaceZone(ctx.db, workspaceId);
  const at = now.toISOString();
  const via = props.via ?? 'api';

  const row: AppointmentRow = {
    id: newId(now.getTime()),
    workspaceId,
    leadId: lead.id,
    contactId: contact.id,
    appointmentTypeId: type.id,
    agentId: choice.agentId,
    startAt: start.toISOString(),
    endAt: end.toISOString(),
    bufferBeforeMinutes: schedule.bufferBeforeMinutes,
    bufferAfterMinutes: schedule.bufferAfterMinutes,
    agentTimezone: schedule.zone,
    leadTimezone: leadZoneOf(contact, fallbackZone),
    locationKind: type.locationKind,
    locationText: type.locationText,
    status: 'booked',
    sequence: 0,
    assignmentReason: choice.reason,
    assignmentDetails: toJson(choice.details),
    bookedVia: via,
    notes: props.notes ?? null,
    confirmationRequestedAt: null,
    confirmedAt: null,
    cancelledAt: null,
    cancelReason: null,
    completedAt: null,
    noShowAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await inTransaction(ctx.db, async (trx) => {
    await insertAppointment(trx, row);
    await claim(trx, { row, schedule });
    if (BOOKABLE_STAGES.includes(lead.stage)) {
      await updateLead(trx, workspaceId, lead.id, {
        stage: 'appointment',
        lastActivityAt: at,
        updatedAt: at,
      });
      await recordStageChange(trx, {
        workspaceId,
        leadId: lead.id,
        from: lead.stage,
        to: 'appointment',
        by: 'booking',
        at: new Date(at),
      });
    }
    if (props.bookingLinkId) {
      await attachAppointment(trx, { workspaceId, linkId: props.bookingLinkId, appointmentId: row.id });
    }
    await planAppointmentEffects(trx, ctx, {
      appointment: row,
      change: 'booked',
      settings,
      notifyLead: props.notifyLead ?? via !== 'conversation',
    });
    await audit(trx, {
      workspaceId,
      actor: auditActor(props.by),
      action: 'appointment.booked',
      target: { type: 'appointment', id: row.id },
      details: { via, agentId: row.agentId, assignment: row.assignmentReason, start: row.startAt },
      ip: props.ip,
      at: now,
    });
  });
  return row;
}
