import type { AppContext } from '../http/context.js';
import { inInstantRange } from '../http/schemas.js';
import { DAY, SECOND } from '../platform/clock.js';
import { badRequest } from '../platform/errors.js';
import { activeAgents, workspaceZone } from './agents.js';
import { listAppointmentRows } from './appointments.repository.js';
import { listAvailabilityRows } from './availability.repository.js';
import { availabilityFromRow } from './availability.service.js';
import { calendarRegistry } from './calendar.registry.js';
import { type AgentSchedule, agentSlots, type Interval, localDate, mergeSlots, type Slot } from './slots.js';

/** The widest range one slot computation covers: its loops and its calendar queries grow with the days. */
export const MAX_SLOT_RANGE_DAYS = 62;

/** Refuses a range the computation should not start on: outside 1970–2200, or wider than the maximum. */
export function assertSlotRange(from: Date, to: Date): void {
  if (!inInstantRange(from.getTime()) || !inInstantRange(to.getTime())) {
    throw badRequest('Slots are found between 1970 and 2200', undefined, 'invalid_range');
  }
  if (to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * DAY) {
    throw badRequest(`Ask for at most ${MAX_SLOT_RANGE_DAYS} days at a time`, undefined, 'range_too_wide');
  }
}

/** A calendar that has not answered by then is left out of this computation (and logged). */
export const CALENDAR_BUSY_TIMEOUT_MS = 3 * SECOND;

export interface ScheduleProps {
  workspaceId: string;
  agentIds: readonly string[];
  from: Date;
  to: Date;
  /** Leave this appointment out (it is the one being moved). */
  excludeAppointmentId?: string | undefined;
}

/**
 * What slot computation needs for each agent: working hours, our appointments widened by their buffers,
 * calendar busy times and the per-day counts. Agents without availability have no schedule.
 */
export async function loadSchedules(ctx: AppContext, props: ScheduleProps): Promise<AgentSchedule[]> {
  const fallbackZone = await workspaceZone(ctx.db, props.workspaceId);
  const agents = await activeAgents(ctx.db, props.workspaceId);
  const ids = props.agentIds.filter((id) => agents.has(id));
  const rows = await listAvailabilityRows(ctx.db, props.workspaceId, ids);
  // Two days either side: the buffers and the local dates of the range's edges in any zone.
  const windowFrom = new Date(props.from.getTime() - 2 * DAY).toISOString();
  const windowTo = new Date(props.to.getTime() + 2 * DAY).toISOString();
  const appointments = await listAppointmentRows(ctx.db, props.workspaceId, {
    from: windowFrom,
    to: windowTo,
    agentIds: ids,
    status: 'holding',
    excludeId: props.excludeAppointmentId,
  });
  const schedules = await Promise.all(
    rows.map(async (row): Promise<AgentSchedule> => {
      const user = agents.get(row.agentId);
      const availability = availabilityFromRow(row);
      const zone = availability.timezone ?? user?.timezone ?? fallbackZone;
      const own = appointments.filter((a) => a.agentId === row.agentId);
      const perDay = new Map<string, number>();
      for (const a of own) {
        const date = localDate(new Date(a.startAt).getTime(), zone);
        perDay.set(date, (perDay.get(date) ?? 0) + 1);
      }
      const busy = await calendarBusy(ctx, {
        workspaceId: props.workspaceId,
        agentId: row.agentId,
        from: props.from,
        to: props.to,
      });
      return {
        agentId: row.agentId,
        zone,
        weekly: availability.weekly,
        overrides: availability.overrides,
        timeOff: availability.timeOff.map((off) => ({
          start: new Date(off.start).getTime(),
          end: new Date(off.end).getTime(),
        })),
        bufferBeforeMinutes: availability.bufferBeforeMinutes,
        bufferAfterMinutes: availability.bufferAfterMinutes,
        minimumNoticeMinutes: availability.minimumNoticeMinutes,
        maxPerDay: availability.maxPerDay,
        booked: own.map((a) => ({
          start: new Date(a.startAt).getTime() - a.bufferBeforeMinutes * 60_000,
          end: new Date(a.endAt).getTime() + a.bufferAfterMinutes * 60_000,
        })),
        busy,
        perDay,
      };
    }),
  );
  return schedules.sort((a, b) => a.agentId.localeCompare(b.agentId));
}

/**
 * Busy time from every calendar the agent connected, each bounded by a timeout: a calendar that fails
 * or hangs is skipped with a warning, so one broken connection cannot stop every offer.
 */
export async function calendarBusy(
  ctx: AppContext,
  props: { workspaceId: string; agentId: string; from: Date; to: Date },
): Promise<Interval[]> {
  const calendars = await calendarRegistry(ctx).forAgent(ctx, props);
  const from = new Date(props.from.getTime() - DAY);
  const to = new Date(props.to.getTime() + DAY);
  const results = await Promise.all(
    calendars.map(async (calendar) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('timed out')), CALENDAR_BUSY_TIMEOUT_MS);
        });
        return await Promise.race([calendar.busyTimes(props.agentId, from, to), timeout]);
      } catch (error) {
        ctx.logger.warn(
          { category: 'scheduling', kind: calendar.kind, connectionId: calendar.connectionId, err: error },
          'calendar busy times unavailable; left out',
        );
        return [];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return results
    .flat()
    .map((b) => ({ start: new Date(b.start).getTime(), end: new Date(b.end).getTime() }))
    .filter((b) => Number.isFinite(b.start) && Number.isFinite(b.end) && b.end > b.start);
}

export interface FindSlotsProps {
  workspaceId: string;
  agentIds: readonly string[];
  durationMinutes: number;
  stepMinutes: number;
  from: Date;
  to: Date;
  excludeAppointmentId?: string | undefined;
}

export async function findSlots(ctx: AppContext, props: FindSlotsProps): Promise<Slot[]> {
  assertSlotRange(props.from, props.to);
  const schedules = await loadSchedules(ctx, props);
  const request = {
    durationMinutes: props.durationMinutes,
    stepMinutes: props.stepMinutes,
    from: props.from,
    to: props.to,
    now: ctx.clock.now(),
  };
  return mergeSlots(schedules.map((schedule) => agentSlots(schedule, request)));
}
