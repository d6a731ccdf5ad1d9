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
import type { Team } from '../../../test/helpers/factories.js';
import { outboundMessages } from '../../../test/helpers/messaging.js';
import { buildAgent, buildConsentedLead, buildType, drainAll } from '../../../test/helpers/scheduling.js';
import { addDoNotContactEntry } from '../../consent/do-not-contact.service.js';
import type { Actor } from '../../workspaces/auth.types.js';
import { bookSlot } from '../booking.service.js';
import type { CalendarAppointment } from '../calendar.types.js';

describe('invitations and reminders respect restriction and the do-not-contact list', () => {
  let smtp: FakeSmtp;
  let t: TestApp;
  let team: Team;
  let agent: Member;
  let by: Actor;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ smtp, t, team, agent, close } = await buildMailingTeam());
    by = { type: 'api_key', apiKeyId: team.key.apiKey.id };
  });
  afterAll(() => close());

  const invitations = () => invitationsCalendar(t.ctx, team.workspace.id, agent.user.id);
  const mailsSince = (since: number) => invitationMails(smtp, since);

  async function contactOf(leadId: string): Promise<{ id: string; phone: string | null }> {
    const lead = await t.ctx.db
      .selectFrom('leads')
      .select('contactId')
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    return t.ctx.db
      .selectFrom('contacts')
      .select(['id', 'phone'])
      .where('id', '=', lead.contactId)
      .executeTakeFirstOrThrow();
  }

  async function booked(email: string, start: string): Promise<CalendarAppointment> {
    return buildCalendarAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      agentId: agent.user.id,
      start,
      lead: { name: 'Robin Reed', email },
    });
  }

  it('mails a restricted lead nothing, neither the invitation nor the cancellation; the agent still gets both', async () => {
    const calendar = await invitations();
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const appointment = await booked('robin@example.com', '2026-03-10T15:00:00.000Z');
    const contact = await contactOf(appointment.leadId);
    await t.ctx.db
      .updateTable('contacts')
      .set({ restrictedAt: t.clock.now().toISOString() })
      .where('id', '=', contact.id)
      .execute();
    let mark = smtp.mails.length;
    await calendar.pushAppointment(appointment, who);
    expect(mailsSince(mark).map((m) => m.to)).toEqual([[agent.user.email]]);
    const cancelled = await changeAppointment(t.ctx, appointment, { cancel: true });
    mark = smtp.mails.length;
    await calendar.cancelAppointment(cancelled, who);
    expect(mailsSince(mark).map((m) => m.to)).toEqual([[agent.user.email]]);
  });

  it('mails no lead whose email or phone is on the do-not-contact list', async () => {
    const calendar = await invitations();
    const who = await agentOf(t.ctx, team.workspace.id, agent.user.id);
    const byEmail = await booked('listed@example.com', '2026-03-11T15:00:00.000Z');
    await addDoNotContactEntry(t.ctx, {
      workspaceId: team.workspace.id,
      by,
      kind: 'email',
      value: 'listed@example.com',
    });
    let mark = smtp.mails.length;
    await calendar.pushAppointment(byEmail, who);
    expect(mailsSince(mark).map((m) => m.to)).toEqual([[agent.user.email]]);

    const byPhone = await booked('phone-listed@example.com', '2026-03-12T15:00:00.000Z');
    const contact = await contactOf(byPhone.leadId);
    await addDoNotContactEntry(t.ctx, {
      workspaceId: team.workspace.id,
      by,
      kind: 'phone',
      value: contact.phone ?? '',
    });
    mark = smtp.mails.length;
    await calendar.pushAppointment(byPhone, who);
    expect(mailsSince(mark).map((m) => m.to)).toEqual([[agent.user.email]]);

    // and an unlisted lead is still invited, so the check is not simply off
    const free = await booked('free@example.com', '2026-03-13T15:00:00.000Z');
    mark = smtp.mails.length;
    await calendar.pushAppointment(free, who);
    expect(mailsSince(mark).map((m) => m.to)).toEqual([['free@example.com'], [agent.user.email]]);
  });

  describe('reminder texts', () => {
    let workspaceId: string;
    let typeId: string;
    beforeAll(async () => {
      workspaceId = team.workspace.id;
      const host = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago', name: 'Maria Lopez' });
      typeId = (await buildType(t.ctx, { workspaceId, agents: [{ agentId: host.id }] })).id;
    });

    const reminders = async (leadId: string) =>
      (await outboundMessages(t.ctx, leadId)).filter((m) => m.kind === 'reminder');

    async function bookedLead(start: string) {
      t.clock.set('2026-03-02T15:00:00.000Z');
      const lead = await buildConsentedLead(t.ctx, { workspaceId });
      await drainAll(t);
      await bookSlot(t.ctx, { workspaceId, leadId: lead.leadId, appointmentTypeId: typeId, start });
      await drainAll(t);
      const sent = await reminders(lead.leadId);
      expect(sent.map((m) => m.status)).toEqual(['sent']);
      return lead;
    }

    it('blocks the 24-hour reminder of a lead restricted after booking', async () => {
      const lead = await bookedLead('2026-03-04T16:00:00Z');
      const contact = await contactOf(lead.leadId);
      await t.ctx.db
        .updateTable('contacts')
        .set({ restrictedAt: '2026-03-02T16:00:00.000Z' })
        .where('id', '=', contact.id)
        .execute();
      t.clock.set('2026-03-03T16:00:00.000Z');
      await drainAll(t);
      const sent = await reminders(lead.leadId);
      expect(sent).toHaveLength(2);
      expect(sent[1]?.status).toBe('blocked');
    });

    it('blocks the reminder of a lead put on the do-not-contact list after booking', async () => {
      const lead = await bookedLead('2026-03-05T16:00:00Z');
      const contact = await t.ctx.db
        .selectFrom('leads')
        .innerJoin('contacts', 'contacts.id', 'leads.contactId')
        .select('contacts.phone')
        .where('leads.id', '=', lead.leadId)
        .executeTakeFirstOrThrow();
      await addDoNotContactEntry(t.ctx, { workspaceId, by, kind: 'phone', value: contact.phone ?? '' });
      t.clock.set('2026-03-04T16:00:00.000Z');
      await drainAll(t);
      const sent = await reminders(lead.leadId);
      expect(sent).toHaveLength(2);
      expect(sent[1]?.status).toBe('blocked');
    });
  });
});
