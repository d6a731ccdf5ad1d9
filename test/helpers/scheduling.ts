import type { AppContext } from '../../src/http/context.js';
import { jobDefinitions } from '../../src/jobs/catalog.js';
import { type DrainResult, drainJobs } from '../../src/jobs/jobs.drain.js';
import type { CreateAppointmentTypeInput } from '../../src/scheduling/appointment-types.schema.js';
import { createAppointmentType } from '../../src/scheduling/appointment-types.service.js';
import type { AvailabilityInput } from '../../src/scheduling/availability.schema.js';
import { setAvailability } from '../../src/scheduling/availability.service.js';
import type {
  BusyInterval,
  CalendarAgent,
  CalendarAppointment,
  CalendarRegistry,
  CalendarSync,
} from '../../src/scheduling/calendar.types.js';
import { updateUser } from '../../src/workspaces/users.repository.js';
import type { TestApp } from './app.js';
import { buildLead, buildUser, consentEvidence, nextPhone } from './factories.js';

export const NINE_TO_FIVE = [{ start: '09:00', end: '17:00' }];

/** The same hours Monday to Friday. */
export function weekdays(hours: { start: string; end: string }[] = NINE_TO_FIVE) {
  return { monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours };
}

/** Every day of the week. */
export function everyDay(hours: { start: string; end: string }[] = NINE_TO_FIVE) {
  return { ...weekdays(hours), saturday: hours, sunday: hours };
}

/** An agent in the workspace, in a zone, with availability set (notice 0 unless given). */
export async function buildAgent(
  ctx: AppContext,
  props: { workspaceId: string; timezone: string; name?: string; availability?: Partial<AvailabilityInput> },
) {
  const { user } = await buildUser(ctx, {
    workspaceId: props.workspaceId,
    role: 'agent',
    ...(props.name ? { name: props.name } : {}),
  });
  await updateUser(ctx.db, props.workspaceId, user.id, { timezone: props.timezone });
  await setAvailability(ctx, {
    workspaceId: props.workspaceId,
    agentId: user.id,
    availability: { weekly: weekdays(), minimumNoticeMinutes: 0, ...props.availability },
  });
  return { ...user, timezone: props.timezone };
}

export function buildType(
  ctx: AppContext,
  props: {
    workspaceId: string;
    agents: { agentId: string; weight?: number }[];
  } & Partial<CreateAppointmentTypeInput>,
) {
  const { workspaceId, agents, ...rest } = props;
  return createAppointmentType(ctx, {
    workspaceId,
    body: {
      name: 'Buyer consultation',
      kind: 'buyer_consultation',
      durationMinutes: 60,
      slotStepMinutes: 30,
      locationKind: 'office',
      locationText: '100 Main St',
      ...rest,
      agents: agents.map((a) => ({ agentId: a.agentId, weight: a.weight ?? 1 })),
    },
  });
}

/** Maria Lopez, an agent in Austin on weekdays 9–5, taking a type of each kind given (named after it). */
export async function buildAustinAgent(
  ctx: AppContext,
  props: { workspaceId: string; kinds: readonly ('showing' | 'listing_appointment')[] },
) {
  const agent = await buildAgent(ctx, {
    workspaceId: props.workspaceId,
    timezone: 'America/Chicago',
    name: 'Maria Lopez',
  });
  const names = { showing: 'Showing', listing_appointment: 'Listing consultation' } as const;
  for (const kind of props.kinds) {
    await buildType(ctx, {
      workspaceId: props.workspaceId,
      name: names[kind],
      kind,
      agents: [{ agentId: agent.id }],
    });
  }
  return agent;
}

/** A lead with SMS consent (so reminders pass the gate), in Austin unless told otherwise. */
export function buildConsentedLead(
  ctx: AppContext,
  props: { workspaceId: string; timezone?: string; phone?: string; name?: string },
) {
  return buildLead(ctx, {
    workspaceId: props.workspaceId,
    phone: props.phone ?? nextPhone(),
    name: props.name ?? 'Casey Lead',
    consent: consentEvidence(),
    ...(props.timezone ? { timezone: props.timezone } : {}),
  });
}

export function drainAll(t: TestApp, until?: Date): Promise<DrainResult> {
  return drainJobs(t.ctx, jobDefinitions, until ? { until } : {});
}

export interface FakeCalendar extends CalendarSync {
  pushed: { appointment: CalendarAppointment; agent: CalendarAgent }[];
  cancelled: { appointment: CalendarAppointment; agent: CalendarAgent }[];
  busy: BusyInterval[];
  /** Set to make busyTimes hang (ms) or fail. */
  busyDelayMs: number;
  failBusy: boolean;
}

export function fakeCalendar(connectionId = 'fake-1'): FakeCalendar {
  const calendar: FakeCalendar = {
    kind: 'fake',
    connectionId,
    pushed: [],
    cancelled: [],
    busy: [],
    busyDelayMs: 0,
    failBusy: false,
    async pushAppointment(appointment, agent) {
      calendar.pushed.push({ appointment, agent });
    },
    async cancelAppointment(appointment, agent) {
      calendar.cancelled.push({ appointment, agent });
    },
    async busyTimes() {
      if (calendar.busyDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, calendar.busyDelayMs));
      if (calendar.failBusy) throw new Error('calendar down');
      return calendar.busy;
    },
  };
  return calendar;
}

/** A registry where each agent id maps to its fake calendars. */
export function fakeRegistry(byAgent: Map<string, FakeCalendar[]>): CalendarRegistry {
  return { forAgent: async (_ctx, props) => byAgent.get(props.agentId) ?? [] };
}
