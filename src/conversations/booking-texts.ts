import { DateTime } from 'luxon';
import { clockEs } from '../scheduling/appointment-texts.js';
import type { ReplyLanguage } from './engine.types.js';
import type { OpenHouseOffer } from './knowledge/open-houses.js';
import { fitsTwoSegments, packTexts, pick } from './wording.js';

/**
 * The words of the booking texts, in English and Spanish (a Spanish-speaking lead gets Spanish when the
 * workspace answers in the lead's language). Times come in already written in the lead's zone and
 * language (the scheduling labels).
 */

type Lang = ReplyLanguage;

/** The first words of an offer, by what it answers. */
export type OfferIntro =
  | { kind: 'meet'; agent: string }
  | { kind: 'valuation'; agent: string }
  /** `day`: the one day the lead asked for, read back ('Thursday'). */
  | { kind: 'move'; day?: string }
  | { kind: 'taken' }
  | { kind: 'counter' }
  | { kind: 'narrow' };

function introText(intro: OfferIntro, lang: Lang): string {
  const es = lang === 'es';
  switch (intro.kind) {
    case 'meet':
      return es ? `${intro.agent} puede reunirse con usted:` : `${intro.agent} can meet you:`;
    case 'valuation':
      return es
        ? `${intro.agent} puede reunirse con usted para una valoración gratuita de su casa (consulta de venta):`
        : `${intro.agent} can meet you for a free valuation of your home (a listing consultation):`;
    case 'move':
      if (intro.day)
        return es
          ? `Claro, podemos cambiarla. Esto es lo que tengo el ${intro.day}:`
          : `Sure, we can move it. Here is what I have ${intro.day}:`;
      return es
        ? 'Claro, podemos cambiarla. Estas son otras horas:'
        : 'Sure, we can move it. Here are some other times:';
    case 'taken':
      return es
        ? 'Lo siento, esa hora se acaba de ocupar. Estas son las siguientes:'
        : 'Sorry, that time was just taken. Here are the next open times:';
    case 'counter':
      return es ? 'Esto es lo que tengo entonces:' : 'Here is what I have then:';
    case 'narrow':
      return es ? 'Con gusto. ¿Cuál de estas?' : 'Happy to. Which of these?';
  }
}

/**
 * "Maria can meet you: 1) ..., 2) .... Which works best? Reply with the number.", as texts of two
 * segments at most: one text when it fits, else the list spread over two (Spanish labels are long).
 */
export function offerTexts(labels: readonly string[], intro: OfferIntro | string, lang: Lang): string[] {
  const opening = typeof intro === 'string' ? intro : introText(intro, lang);
  const es = lang === 'es';
  const [only] = labels;
  if (labels.length === 1 && only) {
    return packTexts([
      opening,
      es
        ? `${only}. ¿Le queda bien? Responda 1 para agendarla.`
        : `${only}. Does that work? Reply 1 to book it.`,
    ]);
  }
  const closing = es
    ? '¿Cuál le queda mejor? Responda con el número.'
    : 'Which works best? Reply with the number.';
  const items = labels.map((label, i) => `${i + 1}) ${label}${i === labels.length - 1 ? '.' : ','}`);
  const whole = `${opening} ${items.join(' ')} ${closing}`;
  return fitsTwoSegments(whole) ? [whole] : packTexts([opening, ...items, closing]);
}

const DAYS_ES = [
  'el lunes',
  'el martes',
  'el miércoles',
  'el jueves',
  'el viernes',
  'el sábado',
  'el domingo',
];

/** A time offered, short: "Mon 3:30 PM", "Tue 9 AM"; in Spanish "el lunes a las 3:30 de la tarde". */
function shortTime(start: string, zone: string, lang: Lang): string {
  const at = DateTime.fromISO(start, { zone: 'utc' }).setZone(zone);
  if (lang === 'es') return `${DAYS_ES[at.weekday - 1]} ${clockEs(at)}`;
  return at.setLocale('en-US').toFormat(at.minute === 0 ? 'ccc h a' : 'ccc h:mm a');
}

/**
 * "Sure" to a list of times: which one, in new words ("Great! Which time suits you best: Mon 3:30 PM,
 * Tue 9 AM or Tue 11 AM?"). Times on the same weekday a week apart keep their full labels.
 */
export function pickOneText(
  slots: readonly { start: string; label: string }[],
  zone: string,
  lang: Lang,
  seed: string,
): string {
  const short = slots.map((s) => shortTime(s.start, zone, lang));
  const times = new Set(short).size === short.length ? short : slots.map((s) => s.label);
  const list =
    times.length > 1
      ? `${times.slice(0, -1).join(', ')} ${lang === 'es' ? 'o' : 'or'} ${times.at(-1)}`
      : times[0];
  const openings =
    lang === 'es'
      ? [`¡Perfecto! ¿Qué hora le queda mejor: ${list}?`, `¡Con gusto! ¿Cuál prefiere: ${list}?`]
      : [`Great! Which time suits you best: ${list}?`, `Happy to set it up. Which would you like: ${list}?`];
  return pick(openings, seed);
}

/**
 * Nothing free when the lead asked: what they asked for in their words of time, the open house they
 * can drop in to, and the nearest times, as parts (packed into texts by the caller).
 */
export function alternativesParts(props: {
  agent: string;
  when: string;
  openHouse: OpenHouseOffer | null;
  labels: readonly string[];
  moving: boolean;
  lang: Lang;
}): string[] {
  const es = props.lang === 'es';
  const parts: string[] = [];
  parts.push(
    es
      ? `${props.agent} no tiene horas libres ${props.when}${props.moving ? ' para cambiar su cita' : ''}.`
      : `${props.agent} has nothing open ${props.when}${props.moving ? ' to move it to' : ''}.`,
  );
  if (props.openHouse) {
    const { street, label } = props.openHouse;
    parts.push(
      es
        ? `Puede pasar a la casa abierta de ${street} ${label}, sin cita.`
        : `You can drop in to the open house at ${street} ${label}, no appointment needed.`,
    );
  }
  const [only] = props.labels;
  const or = props.openHouse ? (es ? 'O ' : 'Or ') : '';
  if (props.labels.length === 1 && only) {
    parts.push(
      es
        ? `${or}¿le queda bien la hora más cercana, ${only}? Responda 1 para agendarla.`
        : `${or}would the nearest time, ${only}, work? Reply 1 to book it.`,
    );
  } else if (props.labels.length > 1) {
    const list = props.labels.map((label, i) => `${i + 1}) ${label}`).join(', ');
    const question = es
      ? `${or}¿le queda alguna de las horas más cercanas: ${list}? Responda con el número.`
      : `${or}would one of the nearest times work: ${list}? Reply with the number.`;
    if (fitsTwoSegments(question)) parts.push(question);
    else {
      // Too long for one text (Spanish labels): the times one by one, then the question.
      parts.push(es ? `${or}las horas más cercanas:` : `${or}the nearest times:`);
      props.labels.forEach((label, i) => {
        parts.push(`${i + 1}) ${label}${i === props.labels.length - 1 ? '.' : ','}`);
      });
      parts.push(
        es ? '¿Le queda alguna? Responda con el número.' : 'Would one of them work? Reply with the number.',
      );
    }
  } else {
    parts.push(es ? '¿Qué otro día y hora le quedan bien?' : 'What other day and time would work?');
  }
  return parts.map(capitalize);
}

/** "would one..." opens its sentence as "Would one..."; "¿le queda" as "¿Le queda". */
const capitalize = (text: string) =>
  text.replace(/^([¿¡]?)(\p{Ll})/u, (_m, mark: string, c: string) => mark + c.toUpperCase());

/** "We'll drop in to the open house": no booking, the agent is told. */
export function openHouseNoted(openHouse: OpenHouseOffer, agent: string, lang: Lang): string {
  return lang === 'es'
    ? `¡Perfecto! La casa abierta de ${openHouse.street} es ${openHouse.label}; no necesita cita. Le aviso a ${agent} que usted pasará.`
    : `Great! The open house at ${openHouse.street} is ${openHouse.label}, no appointment needed. I'll let ${agent} know you're coming.`;
}

export function confirmationText(props: {
  verb: 'booked' | 'moved';
  when: string;
  where: string;
  agent: string;
  lang: Lang;
}): string {
  if (props.lang === 'es') {
    const lead = props.verb === 'booked' ? 'Listo, su cita quedó agendada' : 'Listo, su cita se cambió';
    return `${lead}: ${props.when}${props.where} con ${props.agent}. ¡Nos vemos!`;
  }
  const lead = props.verb === 'booked' ? "You're booked" : "Done, it's moved";
  return `${lead}: ${props.when}${props.where} with ${props.agent}. See you then!`;
}

export function cancelledText(when: string, lang: Lang): string {
  return lang === 'es'
    ? `No hay problema, su cita del ${when.replace(/^el /, '')} quedó cancelada. Escríbame cuando quiera buscar otra hora.`
    : `No problem, your appointment on ${when} is cancelled. Just text me whenever you'd like to find a new time.`;
}

export function bookingLinkText(url: string, lang: Lang): string {
  return lang === 'es'
    ? `No hay problema. ¿Qué día y hora le quedarían mejor? También puede elegir cualquier hora libre aquí: ${url}`
    : `No problem. What day and time would work better for you? You can also pick any open time here: ${url}`;
}
