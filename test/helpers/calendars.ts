import type { AppContext } from '../../src/http/context.js';
import { newId } from '../../src/platform/ids.js';
import { createAppointmentType } from '../../src/scheduling/appointment-types.service.js';
import {
  findAppointmentRow,
  insertAppointment,
  updateAppointmentIf,
} from '../../src/scheduling/appointments.repository.js';
import { calendarRegistry } from '../../src/scheduling/calendar.registry.js';
import type {
  CalendarAgent,
  CalendarAppointment,
  CalendarSync,
  LocationKind,
} from '../../src/scheduling/calendar.types.js';
import { calendarAgent, getCalendarAppointment } from '../../src/scheduling/calendar-appointments.js';
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp/fake-smtp.js';
import { buildTestApp, type TestApp } from './app.js';
import { buildLead, buildMember, buildTeam, type Team } from './factories.js';

/**
 * An appointment as calendars see it, stored the way scheduling stores one (rows written directly, so the
 * calendar tests do not depend on slots and availability).
 */
export async function buildCalendarAppointment(
  ctx: AppContext,
  props: {
    workspaceId: string;
    agentId: string;
    start: string;
    minutes?: number;
    agentTimezone?: string;
    lead?: { name?: string; email?: string | null };
    location?: { kind: LocationKind; text: string | null };
    typeName?: string;
  },
): Promise<CalendarAppointment> {
  const location = props.location ?? { kind: 'office' as const, text: '100 Congress Ave, Austin, TX' };
  const type = await createAppointmentType(ctx, {
    workspaceId: props.workspaceId,
    body: {
      name: props.typeName ?? 'Buyer consultation',
      durationMinutes: props.minutes ?? 60,
      locationKind: location.kind,
      locationText: location.text,
      agents: [{ agentId: props.agentId, weight: 1 }],
    },
  });
  const email = props.lead?.email === undefined ? `lead-${newId().slice(-8)}@example.com` : props.lead.email;
  const lead = await buildLead(ctx, {
    workspaceId: props.workspaceId,
    name: props.lead?.name ?? 'Dana Lee',
    ...(email ? { email } : {}),
    attemptFirstResponse: false,
  });
  const now = ctx.clock.now().toISOString();
  const id = newId();
  const start = new Date(props.start);
  await insertAppointment(ctx.db, {
    id,
    workspaceId: props.workspaceId,
    leadId: lead.leadId,
    contactId: lead.contactId,
    appointmentTypeId: type.id,
    agentId: props.agentId,
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + (props.minutes ?? 60) * 60_000).toISOString(),
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    agentTimezone: props.agentTimezone ?? 'America/Chicago',
    leadTimezone: 'America/New_York',
    locationKind: location.kind,
    locationText: location.text,
    status: 'booked',
    sequence: 0,
    assignmentReason: 'requested',
    assignmentDetails: '{}',
    bookedVia: 'api',
    notes: null,
    confirmationRequestedAt: null,
    confirmedAt: null,
    cancelledAt: null,
    cancelReason: null,
    completedAt: null,
    noShowAt: null,
    createdAt: now,
    updatedAt: now,
  });
  return reload(ctx, props.workspaceId, id);
}

async function reload(ctx: AppContext, workspaceId: string, id: string): Promise<CalendarAppointment> {
  const appointment = await getCalendarAppointment(ctx, { workspaceId, appointmentId: id });
  if (!appointment) throw new Error(`appointment ${id} vanished`);
  return appointment;
}

/** A change calendars must see, as scheduling makes it: new fields and SEQUENCE + 1. */
export async function changeAppointment(
  ctx: AppContext,
  appointment: CalendarAppointment,
  change: { start?: string; minutes?: number; cancel?: boolean; agentId?: string },
): Promise<CalendarAppointment> {
  const row = await findAppointmentRow(ctx.db, appointment.workspaceId, appointment.id);
  if (!row) throw new Error('no such appointment');
  const start = change.start ? new Date(change.start) : new Date(row.startAt);
  const minutes = change.minutes ?? (Date.parse(row.endAt) - Date.parse(row.startAt)) / 60_000;
  const now = ctx.clock.now().toISOString();
  const changed = await updateAppointmentIf(
    ctx.db,
    { workspaceId: row.workspaceId, id: row.id, sequence: row.sequence, statuses: ['booked', 'confirmed'] },
    {
      startAt: start.toISOString(),
      endAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
      sequence: row.sequence + 1,
      updatedAt: now,
      ...(change.agentId ? { agentId: change.agentId } : {}),
      ...(change.cancel ? { status: 'cancelled' as const, cancelledAt: now, cancelReason: 'test' } : {}),
    },
  );
  if (!changed) throw new Error('appointment changed concurrently');
  return reload(ctx, appointment.workspaceId, appointment.id);
}

export async function agentOf(ctx: AppContext, workspaceId: string, agentId: string): Promise<CalendarAgent> {
  const agent = await calendarAgent(ctx.db, workspaceId, agentId);
  if (!agent) throw new Error(`no agent ${agentId}`);
  return agent;
}

export type Member = Awaited<ReturnType<typeof buildMember>>;

export interface MailingTeam {
  smtp: FakeSmtp;
  t: TestApp;
  team: Team;
  agent: Member;
  close(): Promise<void>;
}

/** An app that sends mail to a fake SMTP server, a team and an agent, on 2026-02-20. */
export async function buildMailingTeam(): Promise<MailingTeam> {
  const smtp = await startFakeSmtp();
  const t = await buildTestApp({
    env: { SMTP_URL: smtp.url, SMTP_FROM: 'Hill Country Homes <calendar@hch.example>' },
  });
  t.clock.set('2026-02-20T15:00:00.000Z');
  const team = await buildTeam(t);
  const agent = await buildMember(t, team.workspace.id, 'agent');
  return {
    smtp,
    t,
    team,
    agent,
    close: async () => {
      await t.close();
      await smtp.close();
    },
  };
}

/** The agent's invitations-by-email calendar. */
export async function invitationsCalendar(
  ctx: AppContext,
  workspaceId: string,
  agentId: string,
): Promise<CalendarSync> {
  const calendars = await calendarRegistry(ctx).forAgent(ctx, { workspaceId, agentId });
  const found = calendars.find((c) => c.kind === 'email');
  if (!found) throw new Error('no invitations calendar');
  return found;
}

/** The invitations among the mails since `since` (draining every job also mails the team about new leads). */
export const invitationMails = (smtp: FakeSmtp, since: number) =>
  smtp.mails.slice(since).filter((m) => /text\/calendar/i.test(m.raw));
