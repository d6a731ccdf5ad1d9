import { DateTime } from 'luxon';
import { findSuppressionFor } from '../../consent/suppression.js';
import type { AppContext } from '../../http/context.js';
import { findContact, findLead } from '../../leads/leads.repository.js';
import { type MailMeter, sendMail } from '../../messaging/mailer.js';
import type {
  CalendarAgent,
  CalendarAppointment,
  CalendarProvider,
  CalendarSync,
} from '../calendar.types.js';
import { getCalendarAppointment } from '../calendar-appointments.js';
import { findInvitation, saveInvitation } from './calendars.repository.js';
import { buildIcs, locationText } from './ics.js';
import { CalendarSyncError } from './sync-support.js';

type Method = 'REQUEST' | 'CANCEL';

interface Recipient {
  key: string;
  email: string;
  name: string | null;
}

export function describeWhen(appointment: CalendarAppointment): string {
  const zone = appointment.timezone;
  const start = DateTime.fromISO(appointment.start, { zone });
  const end = DateTime.fromISO(appointment.end, { zone });
  return `${start.toFormat('EEEE, MMMM d, yyyy, h:mm a')} – ${end.toFormat('h:mm a ZZZZ')} (${zone})`;
}

/** Subject and text of an invitation, an update (a higher SEQUENCE than the last one mailed) or a cancellation. */
export function composeInvitation(props: {
  appointment: CalendarAppointment;
  agent: CalendarAgent;
  method: Method;
  update: boolean;
}): { subject: string; text: string } {
  const { appointment, agent } = props;
  const verb = props.method === 'CANCEL' ? 'Cancelled' : props.update ? 'Updated' : 'Invitation';
  const lines = [
    props.method === 'CANCEL' ? 'This appointment has been cancelled.' : appointment.title,
    '',
    `When: ${describeWhen(appointment)}`,
    `Where: ${locationText(appointment)}`,
    `With: ${agent.name} <${agent.email}>`,
    '',
    props.method === 'CANCEL'
      ? 'Your calendar removes it when you open the attached update.'
      : 'Open the attached invitation to add it to your calendar.',
  ];
  return { subject: `${verb}: ${appointment.title}`, text: `${lines.join('\n')}\n\n— Closing Cloud` };
}

async function mail(
  ctx: AppContext,
  props: { to: Recipient; replyTo: string; subject: string; text: string; method: Method; ics: string },
  meter: MailMeter,
): Promise<void> {
  const sent = await sendMail(
    ctx,
    {
      to: props.to.name ? { name: props.to.name, address: props.to.email } : props.to.email,
      replyTo: props.replyTo,
      subject: props.subject,
      text: props.text,
      // A text/calendar alternative with the method, which mail clients turn into accept/decline buttons.
      icalEvent: { method: props.method, filename: 'invite.ics', content: props.ics },
    },
    meter,
  );
  if (sent.ok) return;
  if (!sent.configured) throw new CalendarSyncError('email:not_configured', false);
  throw new CalendarSyncError(`email:${sent.reason}`, sent.retryable);
}

/** Mails one recipient unless they already have this version (or a newer one) of the appointment. */
async function invite(
  ctx: AppContext,
  props: { appointment: CalendarAppointment; agent: CalendarAgent; to: Recipient; method: Method },
): Promise<void> {
  const { appointment, method } = props;
  const last = await findInvitation(ctx.db, { appointmentId: appointment.id, recipient: props.to.key });
  // Nothing to cancel for someone never invited; nothing new for someone who has this version or a later one.
  if (method === 'CANCEL' && (!last || last.method === 'CANCEL')) return;
  if (last && last.sequence > appointment.sequence) return;
  if (last && last.sequence === appointment.sequence && (last.method === method || last.method === 'CANCEL'))
    return;
  const { subject, text } = composeInvitation({ ...props, update: last !== undefined });
  const ics = buildIcs({ entries: [{ appointment, agent: props.agent }], now: ctx.clock.now(), method });
  const replyTo =
    props.to.key === 'lead' ? props.agent.email : (appointment.attendee.email ?? props.agent.email);
  await mail(
    ctx,
    { to: props.to, replyTo, subject, text, method, ics },
    {
      workspaceId: appointment.workspaceId,
      key: `invitation:${appointment.id}:${props.to.key}:${appointment.sequence}:${method}`,
    },
  );
  await saveInvitation(ctx.db, {
    appointmentId: appointment.id,
    recipient: props.to.key,
    workspaceId: appointment.workspaceId,
    sequence: appointment.sequence,
    method,
    sentAt: ctx.clock.now().toISOString(),
  });
}

/**
 * Whether the lead may be mailed at all: not while a privacy request restricts processing
 * (`contacts.restricted_at`), nor when their phone or email is on the do-not-contact list (any
 * suppression, as for texts). A lead that no longer exists is not mailed either.
 */
async function leadMayBeMailed(ctx: AppContext, appointment: CalendarAppointment): Promise<boolean> {
  const lead = await findLead(ctx.db, appointment.workspaceId, appointment.leadId);
  const contact = lead ? await findContact(ctx.db, appointment.workspaceId, lead.contactId) : undefined;
  if (!contact || contact.restrictedAt) return false;
  const suppressed = await findSuppressionFor(ctx.db, appointment.workspaceId, {
    phone: contact.phone,
    email: contact.email,
  });
  return suppressed === undefined;
}

async function recipients(
  ctx: AppContext,
  appointment: CalendarAppointment,
  agent: CalendarAgent,
): Promise<Recipient[]> {
  const agentRecipient = { key: `agent:${agent.id}`, email: agent.email, name: agent.name };
  const { email, name } = appointment.attendee;
  if (!email) return [agentRecipient];
  if (!(await leadMayBeMailed(ctx, appointment))) {
    ctx.logger.info(
      { appointmentId: appointment.id, workspaceId: appointment.workspaceId },
      'invitation to the lead withheld: restricted or on the do-not-contact list',
    );
    return [agentRecipient];
  }
  return [{ key: 'lead', email, name }, agentRecipient];
}

/**
 * Invitations by email (RFC 6047 iMIP): METHOD:REQUEST to the lead and the agent, again with the higher
 * SEQUENCE when the appointment changes, METHOD:CANCEL when it is cancelled. When an appointment moves to
 * another agent, the old agent alone gets the CANCEL; the lead's invitation is updated by the new agent's.
 */
export function invitationsSync(ctx: AppContext, agentId: string): CalendarSync {
  return {
    kind: 'email',
    connectionId: `invitations:${agentId}`,
    async pushAppointment(appointment, agent) {
      for (const to of await recipients(ctx, appointment, agent)) {
        await invite(ctx, { appointment, agent, to, method: 'REQUEST' });
      }
    },
    async cancelAppointment(appointment, agent) {
      const current = await getCalendarAppointment(ctx, {
        workspaceId: appointment.workspaceId,
        appointmentId: appointment.id,
      });
      const reassigned =
        current !== undefined && current.status !== 'cancelled' && current.agentId !== agent.id;
      const everyone = await recipients(ctx, appointment, agent);
      const targets = reassigned ? everyone.filter((r) => r.key !== 'lead') : everyone;
      for (const to of targets) await invite(ctx, { appointment, agent, to, method: 'CANCEL' });
    },
    busyTimes: async () => [],
    noBusyTimes: true,
  };
}

/** Present for every agent once SMTP_URL is set. */
export const invitationsProvider: CalendarProvider = {
  kind: 'email',
  async connectionsFor(ctx, props) {
    return ctx.config.email.smtpUrl ? [invitationsSync(ctx, props.agentId)] : [];
  },
};
