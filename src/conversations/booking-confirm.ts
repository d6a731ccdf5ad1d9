import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { AppError } from '../platform/errors.js';
import {
  type Appointment,
  bookSlot,
  formatWhen,
  formatWhere,
  type OfferedSlot,
  rescheduleAppointment,
} from '../scheduling/index.js';
import { findUser } from '../workspaces/users.repository.js';
import { type BookingOutcome, reply, type SendOptions } from './booking-reply.js';
import { confirmationText } from './booking-texts.js';
import type { ReplyLanguage } from './engine.types.js';
import type { LoadedTurn } from './turn.context.js';

/**
 * A time the lead chose (from the offer, or an exact free time they named) booked or, for a reschedule,
 * moved to; the reply reads it back: when, where, with whom. Null when the time was just taken.
 */
export async function bookChosen(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: {
    appointmentTypeId: string;
    rescheduleOf?: string | undefined;
    slot: OfferedSlot;
    lang: ReplyLanguage;
  },
  options: SendOptions = { record: true },
): Promise<BookingOutcome | null> {
  const workspaceId = loaded.lead.workspaceId;
  const { slot, rescheduleOf, lang } = props;
  let appointment: Appointment;
  try {
    appointment = rescheduleOf
      ? await rescheduleAppointment(ctx, {
          workspaceId,
          appointmentId: rescheduleOf,
          start: slot.start,
          agentId: slot.agentId,
          via: 'conversation',
        })
      : await bookSlot(ctx, {
          workspaceId,
          leadId: loaded.lead.id,
          appointmentTypeId: props.appointmentTypeId,
          start: slot.start,
          agentId: slot.agentId,
          via: 'conversation',
        });
  } catch (error) {
    if (error instanceof AppError && error.code === 'slot_unavailable') return null;
    throw error;
  }
  const text = await confirmationOf(ctx.db, workspaceId, appointment, {
    verb: rescheduleOf ? 'moved' : 'booked',
    lang,
  });
  return reply(ctx, loaded, { text, offer: null }, options);
}

/** The appointment read back to the lead: when, where, with whom. */
export async function confirmationOf(
  db: DbOrTrx,
  workspaceId: string,
  appointment: Appointment,
  props: { verb: 'booked' | 'moved'; lang: ReplyLanguage },
): Promise<string> {
  const { lang } = props;
  const agent = await findUser(db, workspaceId, appointment.agentId);
  return confirmationText({
    verb: props.verb,
    when: formatWhen(appointment.start, appointment.leadTimezone, lang, { weekday: 'long' }),
    where: formatWhere(appointment.location.kind, appointment.location.text, lang),
    agent: agent?.name ?? (lang === 'es' ? 'su agente' : 'your agent'),
    lang,
  });
}
