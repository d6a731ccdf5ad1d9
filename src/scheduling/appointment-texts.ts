import { DateTime } from 'luxon';
import type { LocationKind } from './calendar.types.js';

// The words of every text scheduling sends. Times are always written in the lead's zone, with the zone.

/** The language a scheduling text is written in. */
export type TextLanguage = 'en' | 'es';

const DAYS_ES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** "el miércoles 16 de diciembre", written out as Spanish speakers do (no abbreviations). */
export const dayEs = (at: DateTime): string =>
  `el ${DAYS_ES[at.weekday - 1]} ${at.day} de ${MONTHS_ES[at.month - 1]}`;

/**
 * "a las 6:15 de la tarde", "a la 1 de la tarde", "a las 12 del mediodía": the part of the day in words,
 * as Spanish speakers text it, rather than "p. m." (whose periods would end the sentence).
 */
export function clockEs(at: DateTime): string {
  const hour = at.hour % 12 === 0 ? 12 : at.hour % 12;
  const minutes = at.minute === 0 ? '' : `:${String(at.minute).padStart(2, '0')}`;
  const part =
    at.hour === 12
      ? 'del mediodía'
      : at.hour < 5
        ? 'de la madrugada'
        : at.hour < 12
          ? 'de la mañana'
          : at.hour < 19
            ? 'de la tarde'
            : 'de la noche';
  return `${hour === 1 ? 'a la' : 'a las'} ${hour}${minutes} ${part}`;
}

/**
 * "Tue, Mar 10 at 4:00 PM CDT"; with `weekday: 'long'` (a booking read back, the text the lead keeps)
 * "Tuesday, Mar 10 at 4:00 PM CDT"; in Spanish "el martes 10 de marzo a las 4 de la tarde (CDT)".
 */
export function formatWhen(
  start: string,
  zone: string,
  lang: TextLanguage = 'en',
  options: { weekday?: 'short' | 'long' } = {},
): string {
  const at = DateTime.fromISO(start, { zone: 'utc' }).setZone(zone);
  if (lang === 'es') {
    return `${dayEs(at)} ${clockEs(at)} (${at.setLocale('en-US').toFormat('ZZZZ')})`;
  }
  const day = options.weekday === 'long' ? 'cccc' : 'ccc';
  return at.setLocale('en-US').toFormat(`${day}, LLL d 'at' h:mm a ZZZZ`);
}

/** " by phone", " at 12 Main St", " by video (https://...)", " at the property"; in Spanish " en ...". */
export function formatWhere(kind: LocationKind, text: string | null, lang: TextLanguage = 'en'): string {
  if (lang === 'es') {
    switch (kind) {
      case 'phone':
        return ' por teléfono';
      case 'video':
        return text ? ` por video (${text})` : ' por video';
      case 'office':
        return text ? ` en ${text}` : ' en nuestra oficina';
      case 'property':
        return text ? ` en ${text}` : ' en la propiedad';
    }
  }
  switch (kind) {
    case 'phone':
      return ' by phone';
    case 'video':
      return text ? ` by video (${text})` : ' by video';
    case 'office':
      return text ? ` at ${text}` : ' at our office';
    case 'property':
      return text ? ` at ${text}` : ' at the property';
  }
}

export interface TextFields {
  businessName: string;
  firstName: string | null;
  typeName: string;
  agentName: string;
  when: string;
  where: string;
  /** English when absent. */
  lang?: TextLanguage;
}

const hi = (f: TextFields) => (f.firstName ? `Hi ${f.firstName}, ` : 'Hi, ');
const what = (f: TextFields) => `${f.typeName.toLowerCase()} with ${f.agentName}`;
const hola = (f: TextFields) => (f.firstName ? `Hola ${f.firstName}, ` : 'Hola, ');
/** The type's own name is the team's (often English): Spanish texts say "cita" and name the agent. */
const cita = (f: TextFields) => `cita con ${f.agentName}`;

const english = {
  booked: (f: TextFields) =>
    `${f.businessName}: you're booked for a ${what(f)} on ${f.when}${f.where}. Reply here if you need to change it.`,
  reminder: (f: TextFields, askToConfirm: boolean) =>
    `${f.businessName} reminder: your ${what(f)} is ${f.when}${f.where}.` +
    (askToConfirm
      ? ' Reply C to confirm, or reply to reschedule.'
      : ' Reply here if you need to reschedule.'),
  confirmed: (f: TextFields) => `${hi(f)}thanks for confirming. See you ${f.when}${f.where}.`,
  rescheduled: (f: TextFields) =>
    `${f.businessName}: your ${what(f)} has moved to ${f.when}${f.where}. Reply here if that doesn't work.`,
  cancelled: (f: TextFields) =>
    `${f.businessName}: your ${what(f)} on ${f.when} is cancelled. Reply here if you'd like a new time.`,
  noShow: (f: TextFields, link: string) =>
    `${hi(f)}sorry we missed you for your ${f.typeName.toLowerCase()} today. Pick a new time here: ${link}`,
};

const spanish: typeof english = {
  booked: (f) =>
    `${f.businessName}: su ${cita(f)} quedó agendada para ${f.when}${f.where}. Responda aquí si necesita cambiarla.`,
  reminder: (f, askToConfirm) =>
    `${f.businessName}, recordatorio: su ${cita(f)} es ${f.when}${f.where}.` +
    (askToConfirm
      ? ' Responda C para confirmar, o responda para cambiar la hora.'
      : ' Responda aquí si necesita cambiar la hora.'),
  confirmed: (f) => `${hola(f)}gracias por confirmar. Nos vemos ${f.when}${f.where}.`,
  rescheduled: (f) =>
    `${f.businessName}: su ${cita(f)} se cambió para ${f.when}${f.where}. Responda aquí si no le queda bien.`,
  cancelled: (f) =>
    `${f.businessName}: su ${cita(f)} del ${f.when.replace(/^el /, '')} quedó cancelada. Responda aquí si quiere otra hora.`,
  noShow: (f, link) => `${hola(f)}lamentamos no haberle visto hoy en su cita. Elija otra hora aquí: ${link}`,
};

/** The texts in the lead's language (`f.lang`), English by default. */
export const appointmentTexts: typeof english = {
  booked: (f) => (f.lang === 'es' ? spanish : english).booked(f),
  reminder: (f, askToConfirm) => (f.lang === 'es' ? spanish : english).reminder(f, askToConfirm),
  confirmed: (f) => (f.lang === 'es' ? spanish : english).confirmed(f),
  rescheduled: (f) => (f.lang === 'es' ? spanish : english).rescheduled(f),
  cancelled: (f) => (f.lang === 'es' ? spanish : english).cancelled(f),
  noShow: (f, link) => (f.lang === 'es' ? spanish : english).noShow(f, link),
};
