import { DateTime } from 'luxon';
import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { lockLead, updateConversation, updateLead } from '../leads/leads.repository.js';
import type { LeadRow } from '../leads/leads.table.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { listAppointmentTypes } from '../scheduling/appointment-types.service.js';
import {
  type Appointment,
  bookSlot,
  cancelAppointment,
  createBookingLink,
  formatWhen,
  formatWhere,
  listUpcomingAppointments,
  type OfferedSlot,
  offerSlots,
  rescheduleAppointment,
  type SlotPreferences,
} from '../scheduling/index.js';
import { findUser } from '../workspaces/users.repository.js';
import type { StoredProfile } from './engine.types.js';
import { readProfile } from './profile.js';
import { type LoadedTurn, loadTurn, skipReason } from './turn.context.js';
import { insertTurnOnce } from './turns.repository.js';
import { analyze } from './understanding/analyze.js';
import type { RequestedTime } from './understanding/understanding.schema.js';

/**
 * Booking inside the conversation: the slots offered to the lead are remembered on the lead's profile
 * (`pendingOffer`); the lead's next text is read against them ("the second one", "tuesday works",
 * "4 is good", "saturday morning?", "none of those"); with an upcoming appointment, a text can move it
 * ("something came up, can we do thursday?") or cancel it ("I need to cancel the appointment").
 * The scheduling calls run their own transactions, so this runs before the engine's turn, outside it.
 */

export interface PendingOffer {
  appointmentTypeId: string;
  timezone: string;
  slots: OfferedSlot[];
  offeredAt: string;
  /** The offer moves this appointment rather than booking a new one. */
  rescheduleOf?: string;
}

type BookingProfile = StoredProfile & { pendingOffer?: PendingOffer };

interface Props {
  workspaceId: string;
  leadId: string;
  messageId: string;
}

export type BookingOutcome = { status: 'replied'; replyMessageIds: string[] };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ORDINALS: [RegExp, number][] = [
  [/\b(first|1st|earliest)\b/, 0],
  [/\b(second|2nd|middle)\b/, 1],
  [/\b(third|3rd)\b/, 2],
  [/\blast\b/, -1],
];

/** "I need to cancel the appointment": a sentence, never the bare carrier keyword (handled before us). */
export function asksToCancel(text: string): boolean {
  const t = text.toLowerCase().trim();
  if (/^\W*(cancel|stop|end|quit|unsubscribe)\W*$/.test(t)) return false;
  return /\b(cancel|call (it|this) off|can'?t make it|won'?t make it)\b/.test(t);
}

export function asksToReschedule(text: string): boolean {
  return /\b(reschedul\w*|something came up|move (it|the|our)|push (it|the)|another (day|time)|different (day|time)|instead|change the (time|day)|can we do|could we do)\b/i.test(
    text,
  );
}

export function declinesAll(text: string): boolean {
  return /\b(none of (those|them|these)|neither|none work|none of those work|not any of)\b/i.test(text);
}

/** The slot a choice names by its place in the list: "the second one", "2", "#2", "option 3". */
export function chosenByPosition(text: string, count: number): number | null {
  const t = text.toLowerCase().trim();
  const bare =
    /^(?:(?:yes|yeah|yep|ok|okay|sure|great)\b\W*)?(?:#|no\.?\s*|number\s*|option\s*)?([1-9])(?:\s*please)?\W*$/.exec(
      t,
    ) ?? /(?:#|option\s*|number\s*)([1-9])\b/.exec(t);
  if (bare) {
    const n = Number(bare[1]) - 1;
    return n < count ? n : null;
  }
  for (const [pattern, index] of ORDINALS) {
    if (pattern.test(t)) {
      const i = index < 0 ? count - 1 : index;
      return i < count ? i : null;
    }
  }
  return null;
}

/**
 * "yes", "sounds good", "that works": an answer to "Does that work? Reply 1 to book it." when one time
 * was offered. Never with a no, a not or a question about something else.
 */
export function acceptsOnlyOffer(text: string): boolean {
  const t = text.toLowerCase().trim();
  if (/\b(no|nope|not|n'?t|cannot|none|neither|instead|other|else|different|but)\b|\?/.test(t)) return false;
  return (
    /^(?:(?:yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|perfect|great|awesome|cool|alright|all right|absolutely|definitely)\b[\s\W]*)*(?:(?:that|this|it)\s+)?(?:works?|would work|works for (?:me|us)|sounds (?:good|great|perfect)|is (?:good|fine|perfect)|book (?:it|that|me)|let'?s do (?:it|that)|do it|lock it in|see you then)?[\s\W]*(?:thanks?|thank you|please|pls|👍|🙂|😊)?[\s\W]*$/u.test(
      t,
    ) &&
    /\b(?:yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|perfect|great|awesome|cool|alright|all right|absolutely|definitely|works?|sounds|good|fine|book|do it|lock|see you)\b|👍/u.test(
      t,
    )
  );
}

/** Offered slots that match the weekday and hour named ("tuesday works", "4 is good") and the NLU's window. */
export function matchSlots(
  text: string,
  slots: readonly OfferedSlot[],
  zone: string,
  requested: RequestedTime | null,
): OfferedSlot[] {
  const t = text.toLowerCase();
  const days = WEEKDAYS.flatMap((d, i) =>
    new RegExp(`\\b${d.slice(0, 3)}(${d.slice(3)})?\\b`).test(t) ? [i + 1] : [],
  );
  const hours = [...t.matchAll(/\b(1[0-2]|[1-9])(?::(\d\d))?\s*(am|pm|a\.m\.|p\.m\.|o'?clock)?\b/g)]
    .filter((m) => m[3] !== undefined || /\b(is good|works|is fine|please|sounds good|at)\b/.test(t))
    .map((m) => Number(m[1]) % 12);
  if (days.length === 0 && hours.length === 0 && !requested) return [];
  return slots.filter((slot) => {
    const at = DateTime.fromISO(slot.start, { zone });
    if (days.length > 0 && !days.includes(at.weekday)) return false;
    if (hours.length > 0 && !hours.includes(at.hour % 12)) return false;
    if (days.length === 0 && hours.length === 0 && requested) {
      const start = Date.parse(slot.start);
      return start >= Date.parse(requested.start) && start < Date.parse(requested.end);
    }
    return true;
  });
}

/** A counter-proposal as preferences: the requested window, on its weekday. */
export function preferencesFrom(requested: RequestedTime, zone: string): SlotPreferences {
  const start = DateTime.fromISO(requested.start, { zone });
  const end = DateTime.fromISO(requested.end, { zone });
  const oneDay = end.minus({ milliseconds: 1 }).hasSame(start, 'day');
  return {
    ...(oneDay ? { weekdays: [start.weekday] } : {}),
    notBefore: new Date(requested.start),
    notAfter: new Date(requested.end),
  };
}

function readOffer(profile: BookingProfile): PendingOffer | undefined {
  const offer = profile.pendingOffer;
  return offer && Array.isArray(offer.slots) && typeof offer.appointmentTypeId === 'string'
    ? offer
    : undefined;
}

/** The workspace's default type for this lead: buyer consultation, listing appointment, else the first active. */
export async function defaultAppointmentType(
  ctx: AppContext,
  workspaceId: string,
  lead: LeadRow | null,
): Promise<string | null> {
  const types = (await listAppointmentTypes(ctx, workspaceId)).filter((t) => t.active);
  const intent = lead ? readProfile(lead.profile).intent : undefined;
  const seller = lead?.leadType === 'seller' || intent === 'sell';
  const buyer = lead?.leadType === 'buyer' || intent === 'buy' || intent === 'both';
  const wanted = seller ? 'listing_appointment' : buyer ? 'buyer_consultation' : null;
  return (types.find((t) => t.kind === wanted) ?? types[0])?.id ?? null;
}

function offerText(slots: readonly OfferedSlot[], intro: string): string {
  const [only] = slots;
  if (slots.length === 1 && only) return `${intro} ${only.label}. Does that work? Reply 1 to book it.`;
  const list = slots.map((s, i) => `${i + 1}) ${s.label}`).join(', ');
  return `${intro} ${list}. Which works best? Reply with the number.`;
}

/**
 * Handles the lead's text when it is about a booking: a choice among the slots offered, a
 * counter-proposal, "none of those", or a change to an upcoming appointment. Returns null when the text
 * is not about booking (the engine's turn answers it).
 */
export async function bookingTurn(ctx: AppContext, props: Props): Promise<BookingOutcome | null> {
  const loaded = await loadTurn(ctx.db, props);
  if (!loaded || loaded.covered || loaded.laterPending || skipReason(loaded)) return null;
  const profile = readProfile(loaded.lead.profile) as BookingProfile;
  const offer = readOffer(profile);
  const text = loaded.pending.map((m) => m.body).join(' ');
  const requested = analyze(text, { now: ctx.clock.now(), tz: loaded.tz }).requestedTime;
  const { workspaceId, leadId } = props;

  const upcoming = await listUpcomingAppointments(ctx, { workspaceId, leadId });
  const next = upcoming[0];
  if (next && !offer && asksToCancel(text)) {
    await cancelAppointment(ctx, {
      workspaceId,
      appointmentId: next.id,
      reason: text.slice(0, 300),
      via: 'conversation',
    });
    const when = formatWhen(next.start, next.leadTimezone);
    return reply(ctx, loaded, {
      text: `No problem, your appointment on ${when} is cancelled. Just text me whenever you'd like to find a new time.`,
      offer: null,
      stage: 'qualified',
    });
  }
  if (next && !offer && (asksToReschedule(text) || (requested && /\b(instead|move|change)\b/i.test(text)))) {
    const preferences = requested ? preferencesFrom(requested, loaded.tz) : undefined;
    const found = await offerSlots(ctx, {
      workspaceId,
      leadId,
      appointmentTypeId: next.appointmentTypeId,
      rescheduleOf: next.id,
      ...(preferences ? { preferences } : {}),
    });
    const exact = requested ? found.slots.filter((s) => within(s, requested)) : [];
    const target = exact[0] ?? (requested ? found.slots[0] : undefined);
    if (target) {
      try {
        const moved = await rescheduleAppointment(ctx, {
          workspaceId,
          appointmentId: next.id,
          start: target.start,
          agentId: target.agentId,
          via: 'conversation',
        });
        return reply(ctx, loaded, {
          text: await confirmation(ctx, workspaceId, moved, 'moved'),
          offer: null,
        });
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'slot_unavailable')) throw error;
      }
    }
    return offerAgain(ctx, loaded, {
      appointmentTypeId: next.appointmentTypeId,
      rescheduleOf: next.id,
      intro: 'Sure, we can move it. Here are some other times:',
    });
  }
  if (!offer) return null;

  if (declinesAll(text) && !requested) return bookingLink(ctx, loaded, offer.appointmentTypeId);
  const position = chosenByPosition(text, offer.slots.length);
  let chosen: OfferedSlot | undefined = position === null ? undefined : offer.slots[position];
  if (!chosen && offer.slots.length === 1 && acceptsOnlyOffer(text)) chosen = offer.slots[0];
  if (!chosen) {
    const matches = matchSlots(text, offer.slots, offer.timezone, requested);
    if (matches.length === 1) chosen = matches[0];
    else if (matches.length > 1) {
      return reply(ctx, loaded, {
        text: offerText(matches, 'Happy to. Which of these?'),
        offer: { ...offer, slots: matches, offeredAt: ctx.clock.now().toISOString() },
      });
    } else {
      // A counter-proposal: times that fit what they asked for ("saturday morning?", "4 is good").
      const counter = requested ?? hourAsked(text, offer);
      if (counter) {
        return offerAgain(ctx, loaded, {
          appointmentTypeId: offer.appointmentTypeId,
          rescheduleOf: offer.rescheduleOf,
          preferences: preferencesFrom(counter, loaded.tz),
          intro: 'Here is what I have then:',
        });
      }
    }
  }
  if (!chosen) return declinesAll(text) ? bookingLink(ctx, loaded, offer.appointmentTypeId) : null;

  try {
    const appointment = offer.rescheduleOf
      ? await rescheduleAppointment(ctx, {
          workspaceId,
          appointmentId: offer.rescheduleOf,
          start: chosen.start,
          agentId: chosen.agentId,
          via: 'conversation',
        })
      : await bookSlot(ctx, {
          workspaceId,
          leadId,
          appointmentTypeId: offer.appointmentTypeId,
          start: chosen.start,
          agentId: chosen.agentId,
          via: 'conversation',
        });
    return reply(ctx, loaded, {
      text: await confirmation(ctx, workspaceId, appointment, offer.rescheduleOf ? 'moved' : 'booked'),
      offer: null,
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'slot_unavailable')) throw error;
    return offerAgain(ctx, loaded, {
      appointmentTypeId: offer.appointmentTypeId,
      rescheduleOf: offer.rescheduleOf,
      intro: 'Sorry, that time was just taken. Here are the next open times:',
    });
  }
}

/**
 * After a turn that decided to offer times (the lead is qualified, or asked to meet): 2–3 concrete
 * slots, remembered on the profile; the booking link when nothing fits. Queued as the turn's reply.
 */
export async function offerAfterTurn(
  ctx: AppContext,
  props: Props & { requestedTime: RequestedTime | null },
): Promise<string[]> {
  const loaded = await loadTurn(ctx.db, props);
  if (!loaded || skipReason(loaded)) return [];
  const typeId = await defaultAppointmentType(ctx, loaded.lead.workspaceId, loaded.lead);
  if (!typeId) return [];
  try {
    const outcome = await offerAgain(
      ctx,
      loaded,
      {
        appointmentTypeId: typeId,
        intro: `${loaded.agentFirstName ?? 'Our agent'} can meet you:`,
        ...(props.requestedTime ? { preferences: preferencesFrom(props.requestedTime, loaded.tz) } : {}),
      },
      { record: false, key: `offer:${props.messageId}` },
    );
    return outcome.replyMessageIds;
  } catch (error) {
    // No agent takes the type, or it was just switched off: the agent sets the time with the lead.
    if (error instanceof AppError && error.status === 422) return [];
    throw error;
  }
}

async function offerAgain(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: {
    appointmentTypeId: string;
    rescheduleOf?: string | undefined;
    preferences?: SlotPreferences;
    intro: string;
  },
  options: { record: boolean; key?: string } = { record: true },
): Promise<BookingOutcome> {
  const base = {
    workspaceId: loaded.lead.workspaceId,
    leadId: loaded.lead.id,
    appointmentTypeId: props.appointmentTypeId,
    ...(props.rescheduleOf ? { rescheduleOf: props.rescheduleOf } : {}),
  };
  let found = await offerSlots(ctx, {
    ...base,
    ...(props.preferences ? { preferences: props.preferences } : {}),
  });
  let intro = props.intro;
  if (found.slots.length === 0 && props.preferences) {
    found = await offerSlots(ctx, base);
    intro = "I don't have anything open then. The nearest times are:";
  }
  if (found.slots.length === 0) return bookingLink(ctx, loaded, props.appointmentTypeId, options);
  const offer: PendingOffer = {
    appointmentTypeId: props.appointmentTypeId,
    timezone: found.timezone,
    slots: found.slots,
    offeredAt: ctx.clock.now().toISOString(),
    ...(props.rescheduleOf ? { rescheduleOf: props.rescheduleOf } : {}),
  };
  return reply(ctx, loaded, { text: offerText(found.slots, intro), offer }, options);
}

async function bookingLink(
  ctx: AppContext,
  loaded: LoadedTurn,
  appointmentTypeId: string,
  options: { record: boolean; key?: string } = { record: true },
): Promise<BookingOutcome> {
  const link = await createBookingLink(ctx, {
    workspaceId: loaded.lead.workspaceId,
    leadId: loaded.lead.id,
    appointmentTypeId,
  });
  return reply(
    ctx,
    loaded,
    {
      text: `No problem. What day and time would work better for you? You can also pick any open time here: ${link.url}`,
      offer: null,
    },
    options,
  );
}

/** "4 is good" when no offered time is at 4: that hour (afternoon for 1–7) on the first day offered. */
export function hourAsked(text: string, offer: PendingOffer): RequestedTime | null {
  const match = /\b(1[0-2]|[1-9])(?::(\d\d))?\s*(am|pm)?\s*(is good|works|is fine|would work|please)\b/i.exec(
    text,
  );
  const first = offer.slots[0];
  if (!match || !first) return null;
  let hour = Number(match[1]) % 12;
  const suffix = match[3]?.toLowerCase();
  if (suffix === 'pm' || (suffix === undefined && hour < 8)) hour += 12;
  const start = DateTime.fromISO(first.start, { zone: offer.timezone }).set({
    hour,
    minute: Number(match[2] ?? 0),
    second: 0,
    millisecond: 0,
  });
  return { start: start.toISO() ?? first.start, end: start.plus({ hours: 1 }).toISO() ?? first.end };
}

function within(slot: OfferedSlot, requested: RequestedTime): boolean {
  const start = Date.parse(slot.start);
  return start >= Date.parse(requested.start) && start < Date.parse(requested.end);
}

async function confirmation(
  ctx: AppContext,
  workspaceId: string,
  appointment: Appointment,
  verb: 'booked' | 'moved',
): Promise<string> {
  const agent = await findUser(ctx.db, workspaceId, appointment.agentId);
  const when = formatWhen(appointment.start, appointment.leadTimezone);
  const where = formatWhere(appointment.location.kind, appointment.location.text);
  const lead = verb === 'booked' ? "You're booked" : "Done, it's moved";
  return `${lead}: ${when}${where} with ${agent?.name ?? 'your agent'}. See you then!`;
}

/**
 * The reply queued through the outbox (the gate decides), the offer remembered or cleared, and the
 * turn recorded so the engine's job for this text is a no-op.
 */
async function reply(
  ctx: AppContext,
  loaded: LoadedTurn,
  props: { text: string; offer: PendingOffer | null; stage?: 'qualified' },
  options: { record: boolean; key?: string } = { record: true },
): Promise<BookingOutcome> {
  const workspaceId = loaded.lead.workspaceId;
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await lockLead(trx, workspaceId, loaded.lead.id);
    if (!lead) return { status: 'replied', replyMessageIds: [] };
    if (options.record) {
      const current = await loadTurn(trx, { workspaceId, leadId: lead.id, messageId: loaded.message.id });
      if (!current || current.covered) return { status: 'replied', replyMessageIds: [] };
    }
    const now = ctx.clock.now();
    const at = now.toISOString();
    const { message } = await queueOutbound(trx, ctx, {
      workspace: loaded.workspace,
      contact: loaded.contact,
      leadId: lead.id,
      conversationId: loaded.conversation.id,
      body: props.text,
      kind: 'reply',
      purpose: 'conversational',
      author: 'assistant',
      directReply: true,
      idempotencyKey: options.key ?? `reply:${loaded.message.id}:0`,
    });
    const { pendingOffer: _previous, ...rest } = readProfile(lead.profile) as BookingProfile;
    const profile: BookingProfile = props.offer ? { ...rest, pendingOffer: props.offer } : rest;
    // The stage is read again: booking moved it to `appointment` in its own transaction.
    const fresh = await currentStage(trx, workspaceId, lead.id);
    await updateLead(trx, workspaceId, lead.id, {
      profile: toJson(profile),
      ...(props.stage && fresh === 'appointment' ? { stage: props.stage } : {}),
      lastActivityAt: at,
      updatedAt: at,
    });
    await updateConversation(trx, workspaceId, loaded.conversation.id, { lastMessageAt: at, updatedAt: at });
    if (options.record) await recordTurn(trx, loaded, [message.id], at, now.getTime());
    return { status: 'replied', replyMessageIds: [message.id] };
  });
}

async function currentStage(db: DbOrTrx, workspaceId: string, leadId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('leads')
    .select('stage')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', leadId)
    .executeTakeFirst();
  return row?.stage;
}

async function recordTurn(db: DbOrTrx, loaded: LoadedTurn, replyIds: string[], at: string, ms: number) {
  for (const message of loaded.pending) {
    await insertTurnOnce(db, {
      id: newId(ms),
      workspaceId: loaded.lead.workspaceId,
      leadId: loaded.lead.id,
      conversationId: loaded.conversation.id,
      inboundMessageId: message.id,
      status: message.id === loaded.message.id ? 'replied' : 'coalesced',
      skipReason: null,
      askedSlot: null,
      declinedSlot: null,
      progressed: message.id === loaded.message.id ? 1 : 0,
      answerSource: null,
      handoffReason: null,
      replyMessageIds: toJson(message.id === loaded.message.id ? replyIds : []),
      engine: 'deterministic',
      model: null,
      promptVersion: null,
      assistMs: null,
      inputTokens: null,
      outputTokens: null,
      assistFallback: null,
      decideMs: 0,
      createdAt: at,
    });
  }
}
