import {
  acceptsOnlyOffer,
  asksToCancel,
  asksToReschedule,
  chosenByPosition,
  declinesAll,
  defaultAppointmentType,
  matchSlots,
  preferencesFrom,
  takesAnyTime,
} from '../conversations/booking.js';
import { saysNo } from '../conversations/signals.js';
import { analyze } from '../conversations/understanding/analyze.js';
import type { RequestedTime } from '../conversations/understanding/understanding.schema.js';
import type { AppContext } from '../http/context.js';
import { findLead } from '../leads/leads.repository.js';
import { AppError } from '../platform/errors.js';
import {
  bookSlot,
  cancelAppointment,
  listUpcomingAppointments,
  type OfferedSlot,
  offerSlots,
  rescheduleAppointment,
  type SlotPreferences,
} from '../scheduling/index.js';
import { findUser } from '../workspaces/users.repository.js';
import type { CallRow } from './calls.table.js';
import { type SpokenLanguage, spokenIn } from './speech.js';
import { PHRASES } from './voice-phrases.js';

/**
 * Booking on the phone. There is no "reply 1 to book": a couple of times are offered in one question
 * ("I have Saturday at ten in the morning or two in the afternoon. Which works better?"), the caller's
 * choice is read back, and only their yes books it. What the call is waiting for lives on the call row.
 */
export interface RelayState {
  /** `rescheduleOf`: the times are for moving this appointment of the caller's. */
  offer?: {
    appointmentTypeId: string;
    timezone: string;
    slots: OfferedSlot[];
    rescheduleOf?: string;
    /** The caller said yes without picking a time and heard the times again. */
    askedToPick?: boolean;
  };
  confirm?: { appointmentTypeId: string; timezone: string; slot: OfferedSlot; rescheduleOf?: string };
  /** The caller asked to cancel this appointment; their yes to the read-back cancels it. */
  cancel?: { appointmentId: string; start: string; timezone: string };
}

export interface BookingReply {
  say: string;
  state: RelayState;
  booked?: { appointmentId: string };
}

/** Two times are as many as a listener keeps in mind. */
const SPOKEN_SLOTS = 2;

const SPOKEN_HOURS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  noon: '12 pm',
  una: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
  diez: '10',
  once: '11',
  doce: '12',
};

/** Transcribed speech says "two o'clock" and "p.m."; the readers of typed choices want "2 pm". */
export function typedForm(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(
        /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b/g,
        (w) => SPOKEN_HOURS[w] ?? w,
      )
      .replace(/\bp\.\s?m\.?/g, 'pm')
      .replace(/\ba\.\s?m\.?/g, 'am')
      .replace(/\bin the (afternoon|evening)\b/g, 'pm')
      .replace(/\bin the morning\b/g, 'am')
      .replace(/\bde la (tarde|noche)\b/g, 'pm')
      .replace(/\bde la mañana\b/g, 'am')
      // "la primera", "el segundo": which of the times offered, as the readers of typed choices name it.
      .replace(/\b(?:la|el) (primer[ao]?|segund[ao]|tercer[ao]?|[uú]ltim[ao])\b/g, (_m, word: string) =>
        word.startsWith('prim')
          ? 'the first'
          : word.startsWith('seg')
            ? 'the second'
            : word.startsWith('ter')
              ? 'the third'
              : 'the last',
      )
  );
}

const YES =
  /^\W*(yes|yeah|yep|yup|sure|correct|right|that'?s right|please( do)?|book it|go ahead|absolutely|perfect|sounds good|that works|ok(ay)?|s[ií]|claro|correcto|perfecto|dale|[aá]ndale|de acuerdo|est[aá] bien|por favor|res[eé]rvel[oa]|ag[eé]ndel[oa])(?![\p{L}])/iu;

async function agentName(ctx: AppContext, workspaceId: string, agentId: string): Promise<string | null> {
  const agent = await findUser(ctx.db, workspaceId, agentId);
  return agent?.name.trim().split(/\s+/)[0] ?? null;
}

/**
 * The caller's words when the call is waiting on a booking: a yes to a read-back books it, a choice
 * among the times offered is read back, a day or time of their own gets the times nearest it. Null when
 * the words are about something else: the conversation engine answers them.
 */
export async function bookingByVoice(
  ctx: AppContext,
  props: { call: CallRow; state: RelayState; text: string; lang?: SpokenLanguage },
): Promise<BookingReply | null> {
  const { call, state } = props;
  if (!call.leadId) return null;
  const lang = props.lang ?? 'en';
  const say = PHRASES[lang];
  const spoken = spokenIn[lang];
  const now = ctx.clock.now();
  const text = typedForm(props.text);
  const yes = YES.test(text) && !saysNo(text);
  if (state.cancel) {
    const { appointmentId, start, timezone } = state.cancel;
    const when = spoken.when(start, timezone, now);
    if (yes) {
      await cancelAppointment(ctx, {
        workspaceId: call.workspaceId,
        appointmentId,
        reason: props.text.slice(0, 300),
        via: 'conversation',
        notifyLead: false,
      });
      return { say: say.cancelled(when), state: {} };
    }
    // Anything but a yes keeps it; a wish to move it instead is heard as one.
    if (!asksToReschedule(props.text)) return { say: say.keptIt(when), state: {} };
  }
  if (!state.offer && !state.confirm) {
    const change = await changeByVoice(ctx, { call, text: props.text, lang });
    if (change) return change;
  }
  if (state.confirm) {
    const { slot, timezone, appointmentTypeId, rescheduleOf } = state.confirm;
    if (yes) {
      try {
        const appointment = rescheduleOf
          ? await rescheduleAppointment(ctx, {
              workspaceId: call.workspaceId,
              appointmentId: rescheduleOf,
              start: slot.start,
              agentId: slot.agentId,
              via: 'conversation',
              notifyLead: false,
            })
          : await bookSlot(ctx, {
              workspaceId: call.workspaceId,
              leadId: call.leadId,
              appointmentTypeId,
              start: slot.start,
              agentId: slot.agentId,
              via: 'conversation',
              notifyLead: false,
            });
        const agent = await agentName(ctx, call.workspaceId, appointment.agentId);
        const when = spoken.when(slot.start, timezone, now);
        return {
          say: rescheduleOf ? say.moved(when, agent) : say.booked(when, agent),
          state: {},
          booked: { appointmentId: appointment.id },
        };
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'slot_unavailable')) throw error;
        return offerTimes(ctx, { call, appointmentTypeId, intro: say.taken, lang, rescheduleOf });
      }
    }
    if (saysNo(text) || declinesAll(text)) {
      return state.offer
        ? {
            say: spoken.offer(
              state.offer.slots.map((s) => s.start),
              timezone,
              now,
              say.alsoHave,
            ),
            state: { offer: state.offer },
          }
        : { say: say.whatTime, state: {} };
    }
  }
  const offer = state.offer;
  if (!offer) return null;
  const requested = analyze(text, { now, tz: offer.timezone }).requestedTime;
  const position = chosenByPosition(text, offer.slots.length);
  let chosen = position === null ? undefined : offer.slots[position];
  if (!chosen && offer.slots.length === 1 && (acceptsOnlyOffer(text) || YES.test(text)))
    chosen = offer.slots[0];
  // "any of those", "whichever": the earliest time, read back.
  if (!chosen && !requested && takesAnyTime(text)) {
    chosen = [...offer.slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
  }
  if (!chosen && !requested && acceptsOnlyOffer(text) && !offer.askedToPick && offer.slots.length > 1) {
    return {
      say: spoken.offer(
        offer.slots.map((s) => s.start),
        offer.timezone,
        now,
        say.timesAre,
      ),
      state: { offer: { ...offer, askedToPick: true } },
    };
  }
  if (!chosen) {
    const matches = matchSlots(text, offer.slots, offer.timezone, requested);
    if (matches.length === 1) chosen = matches[0];
    else if (matches.length > 1) {
      return {
        say: spoken.offer(
          matches.map((s) => s.start),
          offer.timezone,
          now,
          say.isThat,
        ),
        state: { offer: { ...offer, slots: matches } },
      };
    }
  }
  if (chosen) {
    const agent = await agentName(ctx, call.workspaceId, chosen.agentId);
    const { rescheduleOf } = offer;
    return {
      say: rescheduleOf
        ? say.moveReadBack(spoken.when(chosen.start, offer.timezone, now), agent)
        : spoken.readBack({ start: chosen.start, zone: offer.timezone, now, agent }),
      state: {
        offer,
        confirm: {
          appointmentTypeId: offer.appointmentTypeId,
          timezone: offer.timezone,
          slot: chosen,
          ...(rescheduleOf ? { rescheduleOf } : {}),
        },
      },
    };
  }
  if (requested) {
    return offerTimes(ctx, {
      call,
      appointmentTypeId: offer.appointmentTypeId,
      preferences: preferencesFrom(requested, offer.timezone),
      intro: say.offerIntro,
      lang,
      rescheduleOf: offer.rescheduleOf,
    });
  }
  if (declinesAll(text)) return { say: say.whatTime, state: {} };
  return null;
}

/** "Can we move it to Friday?", "I need to cancel": words that may change a booked appointment. */
const MOVE_WORDS = /\b(instead|move|change|cambiar|mover)\b/i;

/** "move it to Friday" names the day as "can we do Friday" does, the form the reader takes as a time asked for. */
const MOVE_TO =
  /\b(?:move|push|change|switch)\s+(?:it|that|this|(?:the|my|our)\s+(?:appointment|showing|meeting))\s+(?:to|for|until)\b|\b(?:moverla|cambiarla|pasarla)\s+(?:al|para el|para)\b/gi;

/**
 * The caller asks to cancel or move their next appointment, as the text conversation reads it: a cancel
 * is read back and only a yes cancels it; a move offers times (near the day or time named), whose choice
 * is read back before the appointment is moved. Null when the words are not about an appointment or the
 * caller has none coming.
 */
async function changeByVoice(
  ctx: AppContext,
  props: { call: CallRow; text: string; lang: SpokenLanguage },
): Promise<BookingReply | null> {
  const { call, text, lang } = props;
  const cancels = asksToCancel(text);
  const moves = !cancels && (asksToReschedule(text) || MOVE_WORDS.test(text));
  if (!call.leadId || (!cancels && !moves)) return null;
  const [next] = await listUpcomingAppointments(ctx, { workspaceId: call.workspaceId, leadId: call.leadId });
  if (!next) return null;
  const say = PHRASES[lang];
  const now = ctx.clock.now();
  const timezone = next.leadTimezone;
  if (cancels) {
    const agent = await agentName(ctx, call.workspaceId, next.agentId);
    return {
      say: say.cancelReadBack(spokenIn[lang].when(next.start, timezone, now), agent),
      state: { cancel: { appointmentId: next.id, start: next.start, timezone } },
    };
  }
  const requested = analyze(typedForm(text).replace(MOVE_TO, 'do'), { now, tz: timezone }).requestedTime;
  if (!requested && !asksToReschedule(text)) return null;
  const offered = await offerTimes(ctx, {
    call,
    appointmentTypeId: next.appointmentTypeId,
    intro: say.moveIntro,
    lang,
    rescheduleOf: next.id,
    ...(requested ? { preferences: preferencesFrom(requested, timezone) } : {}),
  });
  return offered ?? { say: say.noTimes, state: {} };
}

/**
 * The engine decided to offer times (the caller is qualified, or asked to meet): the nearest open ones,
 * near the time they named when they named one. Null when nothing can be offered.
 */
export async function offerByVoice(
  ctx: AppContext,
  props: { call: CallRow; requestedTime: RequestedTime | null; tz: string; lang?: SpokenLanguage },
): Promise<BookingReply | null> {
  const { call } = props;
  if (!call.leadId) return null;
  const lead = await findLead(ctx.db, call.workspaceId, call.leadId);
  const appointmentTypeId = await defaultAppointmentType(ctx, call.workspaceId, lead ?? null);
  if (!appointmentTypeId) return null;
  return offerTimes(ctx, {
    call,
    appointmentTypeId,
    intro: PHRASES[props.lang ?? 'en'].offerIntro,
    lang: props.lang ?? 'en',
    ...(props.requestedTime ? { preferences: preferencesFrom(props.requestedTime, props.tz) } : {}),
  });
}

async function offerTimes(
  ctx: AppContext,
  props: {
    call: CallRow;
    appointmentTypeId: string;
    preferences?: SlotPreferences;
    intro: string;
    lang: SpokenLanguage;
    /** Times to move this appointment to (its own time is free for it). */
    rescheduleOf?: string | undefined;
  },
): Promise<BookingReply | null> {
  const { call, rescheduleOf } = props;
  if (!call.leadId) return null;
  const base = {
    workspaceId: call.workspaceId,
    leadId: call.leadId,
    appointmentTypeId: props.appointmentTypeId,
    count: SPOKEN_SLOTS,
    ...(rescheduleOf ? { rescheduleOf } : {}),
  };
  let intro = props.intro;
  try {
    let found = await offerSlots(ctx, {
      ...base,
      ...(props.preferences ? { preferences: props.preferences } : {}),
    });
    if (found.slots.length === 0 && props.preferences) {
      found = await offerSlots(ctx, base);
      intro = PHRASES[props.lang].nothingThen;
    }
    if (found.slots.length === 0) return null;
    return {
      say: spokenIn[props.lang].offer(
        found.slots.map((s) => s.start),
        found.timezone,
        ctx.clock.now(),
        intro,
      ),
      state: {
        offer: {
          appointmentTypeId: props.appointmentTypeId,
          timezone: found.timezone,
          slots: found.slots,
          ...(rescheduleOf ? { rescheduleOf } : {}),
        },
      },
    };
  } catch (error) {
    // No agent takes the type, or it was just switched off: the agent sets the time with the caller.
    if (error instanceof AppError && error.status === 422) return null;
    throw error;
  }
}
