import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSmtp } from '../../../test/fakes/smtp/fake-smtp.js';
import type { TestApp } from '../../../test/helpers/app.js';
import {
  agentOf,
  buildCalendarAppointment,
  buildMailingTeam,
  changeAppointment,
  invitationMails,
  invitationsCalendar,
  type Member,
} from '../../../test/helpers/calendars.js';
import { buildMember, type Team } from '../../../test/helpers/factories.js';
import { calendarPart, mailHeader, textPart } from '../../../test/helpers/mime.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { enqueueCalendarSync } from '../calendar-sync.job.js';

import { CalendarSyncError } from './sync-support.js';

function invitation(raw: string) {
  const { method, ics } = calendarPart(raw);
  const events = Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return { method, ics, event: events[0] as VEvent };
}

const mailto = (value: unknown) => String((value as { val?: string })?.val ?? '').toLowerCase();

describe('invitations by email', () => {
  let smtp: FakeSmtp;
  let t: TestApp;
  let team: Team;
  let agent: Member;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ smtp, t, team, agent, close } = await buildMailingTeam());
  });
  afterAll(() => close());

  const invitationsOf = (agentId: string) => invitationsCalendar(t.ctx, team.workspace.id, agentId);
  const newMails = (since: number) => invitationMails(smtp, since);

  it('sends a REQUEST to the lead and the agent, an update with a higher SEQUENCE, then a CANCEL', async () => {
    const calendar = await invitationsOf(agent.user.id);
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const booked = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-10T15:00:00.000Z',
      lead: { name: 'Dana Lee', email: 'dana@example.com' },
    });

    let mark = smtp.mails.length;
    await calendar.pushAppointment(booked, who);
    const invited = newMails(mark);
    expect(invited.map((m) => m.to)).toEqual([['dana@example.com'], [agent.user.email]]);
    for (const mail of invited) {
      expect(mail.from).toBe('calendar@hch.example');
      expect(mailHeader(mail.raw, 'subject')).toBe('Invitation: Buyer consultation with Dana Lee');
      const { method, event, ics } = invitation(mail.raw);
      expect(method).toBe('REQUEST');
      expect(ics).toContain('METHOD:REQUEST');
      expect(event.uid).toBe(`${booked.id}@closing-cloud`);
      expect(event.sequence).toBe(0);
      expect(event.start.toISOString()).toBe('2026-03-10T15:00:00.000Z');
      expect(event.start.tz).toBe('America/Chicago');
      expect(mailto(event.organizer)).toBe(`mailto:${agent.user.email}`);
      expect(mailto(event.attendee)).toBe('mailto:dana@example.com');
      expect(event.status).toBe('CONFIRMED');
    }
    expect(mailHeader(invited[0]?.raw ?? '', 'reply-to')).toBe(agent.user.email);
    expect(textPart(invited[0]?.raw ?? '')).toContain(
      'When: Tuesday, March 10, 2026, 10:00 AM – 11:00 AM CDT',
    );

    // The same version again (a retried job) mails nobody.
    mark = smtp.mails.length;
    await calendar.pushAppointment(booked, who);
    expect(newMails(mark)).toHaveLength(0);

    const moved = await changeAppointment(t.ctx, booked, { start: '2026-03-11T19:30:00.000Z' });
    mark = smtp.mails.length;
    await calendar.pushAppointment(moved, who);
    const updates = newMails(mark);
    expect(updates).toHaveLength(2);
    for (const mail of updates) {
      expect(mailHeader(mail.raw, 'subject')).toBe('Updated: Buyer consultation with Dana Lee');
      const { method, event } = invitation(mail.raw);
      expect(method).toBe('REQUEST');
      expect(event.uid).toBe(`${booked.id}@closing-cloud`);
      expect(event.sequence).toBe(1);
      expect(event.start.toISOString()).toBe('2026-03-11T19:30:00.000Z');
    }

    const cancelled = await changeAppointment(t.ctx, moved, { cancel: true });
    mark = smtp.mails.length;
    await calendar.cancelAppointment(cancelled, who);
    const cancels = newMails(mark);
    expect(cancels.map((m) => m.to)).toEqual([['dana@example.com'], [agent.user.email]]);
    for (const mail of cancels) {
      expect(mailHeader(mail.raw, 'subject')).toBe('Cancelled: Buyer consultation with Dana Lee');
      const { method, event, ics } = invitation(mail.raw);
      expect(method).toBe('CANCEL');
      expect(ics).toContain('METHOD:CANCEL');
      expect(event.sequence).toBe(2);
      expect(event.status).toBe('CANCELLED');
      expect(event.uid).toBe(`${booked.id}@closing-cloud`);
    }
    mark = smtp.mails.length;
    await calendar.cancelAppointment(cancelled, who);
    expect(newMails(mark)).toHaveLength(0);
  });

  it('invites only the agent when the lead left no email', async () => {
    const calendar = await invitationsOf(agent.user.id);
    const appointment = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-12T15:00:00.000Z',
      lead: { email: null },
    });
    const mark = smtp.mails.length;
    await calendar.pushAppointment(appointment, await agentOf(t.ctx, team.workspace.id, agent.user.id));
    expect(newMails(mark).map((m) => m.to)).toEqual([[agent.user.email]]);
    expect(invitation(newMails(mark)[0]?.raw ?? '').event.attendee).toBeUndefined();
  });

  it('retries a busy mail server and goes through on the next attempt', async () => {
    const calendar = await invitationsOf(agent.user.id);
    const appointment = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-13T15:00:00.000Z',
    });
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    smtp.failNext(1, 451);
    const mark = smtp.mails.length;
    const failure = await calendar.pushAppointment(appointment, who).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CalendarSyncError);
    expect(failure).toMatchObject({ code: 'email:451', retryable: true });
    await calendar.pushAppointment(appointment, who);
    expect(newMails(mark)).toHaveLength(2);
    smtp.failNext(1, 550);
    const other = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-14T15:00:00.000Z',
    });
    await expect(calendar.pushAppointment(other, who)).rejects.toMatchObject({
      code: 'email:550',
      retryable: false,
    });
  });

  it('through scheduling’s jobs: a reassignment cancels for the old agent and re-invites the lead from the new one', async () => {
    const second = await buildMember(t, team.workspace.id, 'agent');
    const appointment = await buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start: '2026-03-16T15:00:00.000Z',
      lead: { name: 'Sam Buyer', email: 'sam@example.com' },
    });
    const sync = (agentId: string, action: 'push' | 'cancel', sequence: number) =>
      enqueueCalendarSync(t.ctx.db, t.ctx, {
        workspaceId: team.workspace.id,
        appointmentId: appointment.id,
        sequence,
        agentId,
        action,
      });
    let mark = smtp.mails.length;
    await sync(agent.user.id, 'push', 0);
    await drainJobs(t.ctx, jobDefinitions);
    expect(newMails(mark).map((m) => m.to)).toEqual([['sam@example.com'], [agent.user.email]]);

    const reassigned = await changeAppointment(t.ctx, appointment, { agentId: second.user.id });
    mark = smtp.mails.length;
    await sync(second.user.id, 'push', reassigned.sequence);
    await sync(agent.user.id, 'cancel', reassigned.sequence);
    const result = await drainJobs(t.ctx, jobDefinitions);
    expect(result.dead).toBe(0);
    const mails = newMails(mark).map((m) => ({ to: m.to[0], ...invitation(m.raw) }));
    expect(mails.map((m) => [m.to, m.method]).sort()).toEqual(
      [
        [agent.user.email, 'CANCEL'],
        [second.user.email, 'REQUEST'],
        ['sam@example.com', 'REQUEST'],
      ].sort(),
    );
    const toLead = mails.find((m) => m.to === 'sam@example.com');
    expect(toLead?.event.sequence).toBe(1);
    expect(mailto(toLead?.event.organizer)).toBe(`mailto:${second.user.email}`);
  });
});
