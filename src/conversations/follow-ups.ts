import { DAY } from '../platform/clock.js';
import type { ConversationSettings } from './conversation.settings.js';
import type { Profile, ReplyLanguage, Slot } from './engine.types.js';
import * as say from './replies.js';
import { spanishPhrasings } from './script.es.js';
import { type QualificationScript, slotKnown } from './script.js';
import { fill, listPhrase } from './wording.js';

type FollowUpSettings = ConversationSettings['followUps'];

/**
 * When follow-up `step` (1, 2, ...) of a quiet lead is due, counted from the unanswered text (the
 * anchor) so a late run never shifts the ones after it; null when the sequence is over.
 */
export function followUpDueAt(anchorAt: Date, step: number, settings: FollowUpSettings): Date | null {
  const days = settings.afterDays;
  if (step < 1) return null;
  if (step <= days.length) return new Date(anchorAt.getTime() + (days[step - 1] ?? 0) * DAY);
  const nurtures = step - days.length;
  if (settings.nurtureEveryDays === null || nurtures > settings.nurtureMax) return null;
  const last = days.at(-1) ?? 0;
  return new Date(anchorAt.getTime() + (last + nurtures * settings.nurtureEveryDays) * DAY);
}

/** The last step due by `now`: a worker that was down for days sends that one, not every missed one. */
export function latestDueStep(anchorAt: Date, now: Date, settings: FollowUpSettings, from: number): number {
  let step = from;
  for (let next = followUpDueAt(anchorAt, step + 1, settings); next && next <= now; ) {
    step += 1;
    next = followUpDueAt(anchorAt, step + 1, settings);
  }
  return step;
}

/** Nurture check-ins are marketing: they need marketing consent, unlike the follow-ups to a conversation. */
export const isNurture = (step: number, settings: FollowUpSettings): boolean =>
  step > settings.afterDays.length;

function questionFor(
  script: QualificationScript,
  slot: Slot | null,
  profile: Profile,
  voice: say.Voice,
): string | null {
  if (!slot) return null;
  if (slot === 'requestedTime') return say.askForMeeting(voice, profile.intent);
  // Answered since it was asked (by a later text, or the inquiry itself): never asked again.
  if (slotKnown(profile, slot)) return null;
  const question = script.questions.find(
    (q) =>
      q.slot === slot && (!q.intents || (profile.intent !== undefined && q.intents.includes(profile.intent))),
  );
  if (!question) return null;
  return say.askQuestion(voice, `${slot}-follow-up`, {
    en: question.phrasings,
    es: spanishPhrasings(question.slot, profile.intent),
  });
}

const WHAT: Record<NonNullable<Profile['intent']> | 'none', Record<ReplyLanguage, string>> = {
  buy: { en: 'your home search', es: 'la búsqueda de su casa' },
  sell: { en: 'selling your home', es: 'la venta de su casa' },
  both: { en: 'your move', es: 'su mudanza' },
  rent: { en: 'finding a rental', es: 'encontrar una renta' },
  none: { en: 'your real estate plans', es: 'sus planes de bienes raíces' },
};

/** Who checks in: the assistant by the name the workspace gave it, else the business's assistant; never a person. */
const WHO: Readonly<Record<ReplyLanguage, { named: string; unnamed: string }>> = {
  en: { named: '{assistant}, the {business} assistant,', unnamed: 'the {business} assistant' },
  es: { named: '{assistant}, el asistente de {business},', unnamed: 'el asistente de {business}' },
};

const TEXTS = {
  nurture: {
    en: [
      "{hi} this is {who} checking in. Still thinking about {what}{where}? Happy to help whenever you're ready. Reply STOP to opt out.",
      '{hi} {who} here. Any news on {what}{where}? Just reply if I can help. Reply STOP to opt out.',
    ],
    es: [
      '{hi} le saluda {who}. ¿Sigue pensando en {what}{where}? Con gusto le ayudo cuando quiera. Responda STOP para no recibir más mensajes.',
    ],
  },
  last: {
    en: [
      "{hi} I don't want to be a bother. If now isn't the right time, no problem at all. Just text back whenever you're ready.",
      '{hi} no pressure at all. Whenever you want to pick up {what}, just reply here and {agent} and I will help.',
    ],
    es: [
      '{hi} no quiero molestarle. Si ahora no es buen momento, no hay problema. Escríbame cuando le quede bien.',
      '{hi} sin ninguna prisa. Cuando quiera retomar {what}, responda aquí y {agent} y yo le ayudamos.',
    ],
  },
  first: {
    en: ['{hi} just checking in.', '{hi} following up on my last text.'],
    es: ['{hi} solo quería saber cómo va todo.', '{hi} le escribo para dar seguimiento a mi mensaje.'],
  },
  later: {
    en: ['{hi} still happy to help with {what}.', '{hi} {agent} and I are here whenever you are ready.'],
    es: [
      '{hi} con gusto le sigo ayudando con {what}.',
      '{hi} {agent} y yo estamos aquí cuando usted quiera.',
    ],
  },
  anything: {
    en: ['Any questions I can help with?'],
    es: ['¿Tiene alguna pregunta en la que le pueda ayudar?'],
  },
} as const;

/**
 * The text of a follow-up: a nudge that re-asks the open question, then a softer one, then a last one;
 * in Spanish to a lead whose conversation is Spanish (`voice.lang`).
 */
export function followUpText(props: {
  step: number;
  settings: ConversationSettings;
  profile: Profile;
  pendingSlot: Slot | null;
  voice: say.Voice;
}): string {
  const { step, settings, profile } = props;
  const voice = { ...props.voice, seed: `${props.voice.seed}:follow-up:${step}` };
  const lang = say.languageOf(voice);
  const name = voice.firstName;
  const hi = lang === 'es' ? (name ? `Hola, ${name}:` : 'Hola:') : name ? `Hi ${name},` : 'Hi,';
  const what = WHAT[profile.intent ?? 'none'][lang];
  const who = fill(voice.assistant ? WHO[lang].named : WHO[lang].unnamed, {
    assistant: voice.assistant,
    business: voice.business,
  });
  const text = (key: keyof typeof TEXTS, extra: Record<string, string> = {}) =>
    say.say(voice, key, TEXTS[key], { hi, what, who, ...extra });
  if (isNurture(step, settings.followUps)) {
    const where = profile.areas?.length
      ? ` ${lang === 'es' ? 'en' : 'in'} ${listPhrase(profile.areas, lang)}`
      : '';
    return text('nurture', { where });
  }
  if (step === settings.followUps.afterDays.length) return text('last');
  const question = questionFor(settings.script, props.pendingSlot, profile, voice);
  return `${text(step === 1 ? 'first' : 'later')} ${question ?? text('anything')}`;
}
