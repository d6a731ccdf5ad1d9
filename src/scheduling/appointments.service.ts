import type { AppContext } from '../http/context.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { DAY } from '../platform/clock.js';
import { badRequest, notFound } from '../platform/errors.js';
import { activeAgents, findAgent, workspaceZone } from './agents.js';
import { findAppointmentType, listTypeAgents } from './appointment-types.repository.js';
import { presentAppointment } from './appointments.presenters.js';
import { listAppointmentRows, listOpenLeadAppointments } from './appointments.repository.js';
import type { Appointment, ListAppointmentsQuery, SlotsQuery } from './appointments.schema.js';
import { leadZoneOf } from './booking.service.js';
import { inZone } from './slots.js';
import { assertSlotRange, findSlots } from './slots.service.js';

export async function listAppointments(
  ctx: AppContext,
  props: { workspaceId: string; query: ListAppointmentsQuery },
): Promise<Appointment[]> {
  const { query } = props;
  const from = query.from ? new Date(query.from) : ctx.clock.now();
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 31 * DAY);
  if (to <= from) throw badRequest('to must be after from');
  const rows = await listAppointmentRows(ctx.db, props.workspaceId, {
    from: from.toISOString(),
    to: to.toISOString(),
    agentIds: query.agentId ? [query.agentId] : undefined,
    leadId: query.leadId,
    status: query.status,
    limit: query.limit,
  });
  return rows.map(presentAppointment);
}

/** For the conversation: the lead's appointments still to come, soonest first (what "reschedule" means). */
export async function listUpcomingAppointments(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<Appointment[]> {
  await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  const rows = await listOpenLeadAppointments(ctx.db, {
    workspaceId: props.workspaceId,
    leadId: props.leadId,
    now: ctx.clock.now().toISOString(),
  });
  return rows.map(presentAppointment);
}

export interface SlotList {
  timezone: string;
  slots: { start: string; end: string; agentId: string }[];
}

/** Every free slot of a type (every agent who takes it, or one), with times in the zone asked for. */
export async function listSlots(
  ctx: AppContext,
  props: { workspaceId: string; query: SlotsQuery },
): Promise<SlotList> {
  const { workspaceId, query } = props;
  const type = await findAppointmentType(ctx.db, workspaceId, query.type);
  if (!type) throw notFound('Appointment type');
  const from = query.from ? new Date(query.from) : ctx.clock.now();
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 7 * DAY);
  if (to <= from) throw badRequest('to must be after from');
  assertSlotRange(from, to);
  let zone = query.tz;
  if (!zone && query.leadId) {
    const { contact } = await findLeadWithContact(ctx.db, workspaceId, query.leadId);
    zone = leadZoneOf(contact, await workspaceZone(ctx.db, workspaceId));
  }
  zone ??= await workspaceZone(ctx.db, workspaceId);
  if (query.agentId) await findAgent(ctx.db, workspaceId, query.agentId);
  const agents = await activeAgents(ctx.db, workspaceId);
  const takers = (await listTypeAgents(ctx.db, workspaceId, [type.id]))
    .map((t) => t.agentId)
    .filter((id) => agents.has(id) && (!query.agentId || id === query.agentId));
  const slots = type.active
    ? await findSlots(ctx, {
        workspaceId,
        agentIds: takers,
        durationMinutes: type.durationMinutes,
        stepMinutes: type.slotStepMinutes,
        from,
        to,
      })
    : [];
  const tz = zone;
  return {
    timezone: tz,
    slots: slots.map((s) => ({ start: inZone(s.start, tz), end: inZone(s.end, tz), agentId: s.agentId })),
  };
}
