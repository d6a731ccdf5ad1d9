import { DateTime } from 'luxon';

/**
 * The voice persona in Spanish: what the engine writes for a Spanish-speaking lead, said aloud. Prices
 * and numbers in words ("cuatrocientos cincuenta mil dólares"), times as people say them ("el sábado a
 * las dos de la tarde"), dates with the day in words ("el lunes veintiséis de enero"). "Usted", as the
 * engine's Spanish is. Pure functions.
 */

const UNITS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

function belowHundred(n: number): string {
  if (n < 30) return UNITS[n] ?? '';
  const unit = n % 10;
  return `${TENS[Math.floor(n / 10)]}${unit ? ` y ${UNITS[unit]}` : ''}`;
}

function belowThousand(n: number): string {
  if (n === 100) return 'cien';
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return [hundreds ? HUNDREDS[hundreds] : '', rest ? belowHundred(rest) : ''].filter(Boolean).join(' ');
}

/** "uno" before a noun or "mil" is "un" ("veintiún mil", "un millón", "treinta y un dólares"). */
const apocope = (words: string) => words.replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un');

/** A whole number in Spanish words: 450000 → "cuatrocientos cincuenta mil"; 1 → "uno". */
export function numeroEnPalabras(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value < 0) return `menos ${numeroEnPalabras(-value)}`;
  const n = Math.round(value);
  if (n === 0) return 'cero';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1_000);
  const rest = n % 1_000;
  const parts: string[] = [];
  if (millions === 1) parts.push('un millón');
  else if (millions > 1) parts.push(`${apocope(numeroEnPalabras(millions))} millones`);
  if (thousands === 1) parts.push('mil');
  else if (thousands > 1) parts.push(`${apocope(belowThousand(thousands))} mil`);
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}

/** A count before a masculine noun: 21 → "veintiún", 1 → "un". */
export const cuantos = (n: number): string => apocope(numeroEnPalabras(n));

function decimal(value: number): string {
  if (Number.isInteger(value)) return numeroEnPalabras(value);
  const whole = Math.trunc(value);
  const fraction = Math.round((value - whole) * 100) / 100;
  if (fraction === 0.5) return whole === 0 ? 'medio' : `${numeroEnPalabras(whole)} y medio`;
  const digits = String(value).split('.')[1] ?? '';
  return `${numeroEnPalabras(whole)} punto ${[...digits].map((d) => UNITS[Number(d)]).join(' ')}`;
}

const SCALE: Record<string, number> = {
  k: 1_000,
  thousand: 1_000,
  m: 1_000_000,
  mm: 1_000_000,
  million: 1_000_000,
};

/** "$450K" → "cuatrocientos cincuenta mil dólares"; "$1M" → "un millón de dólares". */
export function dineroEnPalabras(amount: string, suffix: string | undefined, monthly: boolean): string {
  const value = Number(amount.replaceAll(',', '')) * (suffix ? (SCALE[suffix.toLowerCase()] ?? 1) : 1);
  const whole = Math.round(value);
  const words = cuantos(whole);
  const de = whole >= 1_000_000 && whole % 1_000_000 === 0 ? ' de' : '';
  return `${words}${de} dólares${monthly ? ' al mes' : ''}`;
}

const PART = (hour: number): string =>
  hour === 12
    ? 'del mediodía'
    : hour < 5
      ? 'de la madrugada'
      : hour < 12
        ? 'de la mañana'
        : hour < 19
          ? 'de la tarde'
          : 'de la noche';

/** 14:00 → "las dos de la tarde"; 13:30 → "la una y media de la tarde"; 10:15 → "las diez y cuarto de la mañana". */
export function horaEnPalabras(hour24: number, minute: number, withPart = true): string {
  const hour = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const name = hour === 1 ? 'la una' : `las ${numeroEnPalabras(hour)}`;
  const minutes =
    minute === 0
      ? ''
      : minute === 15
        ? ' y cuarto'
        : minute === 30
          ? ' y media'
          : ` y ${numeroEnPalabras(minute)}`;
  return `${name}${minutes}${withPart ? ` ${PART(hour24)}` : ''}`;
}

/** The day of a month said aloud: the first is "primero", as in most of Latin America. */
const diaDelMes = (day: number) => (day === 1 ? 'primero' : numeroEnPalabras(day));

/**
 * An instant as said on the phone, in the caller's zone: "hoy a las dos de la tarde", "el sábado a las
 * diez de la mañana", and the date when it is more than six days off.
 */
export function cuandoEnPalabras(iso: string, zone: string, now: Date, withPart = true): string {
  // Luxon's Spanish names of days and months ("sábado", "enero"), lower case as Spanish writes them.
  const at = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).setLocale('es');
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const days = Math.round(at.startOf('day').diff(today, 'days').days);
  const day =
    days === 0
      ? 'hoy'
      : days === 1
        ? 'mañana'
        : days > 6
          ? `el ${at.toFormat('cccc')} ${diaDelMes(at.day)} de ${at.toFormat('LLLL')}`
          : `el ${at.toFormat('cccc')}`;
  const clock = horaEnPalabras(at.hour, at.minute, withPart);
  return `${day} a ${clock}`;
}

/** "Tengo el sábado a las diez de la mañana o a las dos de la tarde. ¿Cuál le queda mejor?" */
export function ofertaEnPalabras(
  starts: readonly string[],
  zone: string,
  now: Date,
  intro = 'Tengo',
): string {
  const whens = starts.map((s) => cuandoEnPalabras(s, zone, now));
  const day = (when: string) => when.slice(0, when.indexOf(' a la'));
  const sameDay = whens.every((w) => day(w) === day(whens[0] ?? ''));
  const phrases = whens.map((w, i) => (sameDay && i > 0 ? w.slice(day(w).length + 1) : w));
  if (phrases.length === 1) return `${intro} ${phrases[0]}. ¿Le queda bien?`;
  const list =
    phrases.length === 2
      ? `${phrases[0]} o ${phrases[1]}`
      : `${phrases.slice(0, -1).join(', ')} o ${phrases.at(-1)}`;
  return `${intro} ${list}. ¿Cuál le queda mejor?`;
}

/** The booking read back before it is made: "Para confirmar: el sábado a las dos de la tarde con Dana. ¿Lo reservo?" */
export function confirmacionEnPalabras(props: {
  start: string;
  zone: string;
  now: Date;
  agent: string | null;
}): string {
  const when = cuandoEnPalabras(props.start, props.zone, props.now);
  return `Para confirmar: ${when}${props.agent ? ` con ${props.agent}` : ''}. ¿Lo reservo?`;
}

function telefono(match: string): string {
  const digits = match.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  if (digits.length !== 10) return match;
  const say = (group: string) => [...group].map((d) => UNITS[Number(d)]).join(' ');
  return `${say(digits.slice(0, 3))}, ${say(digits.slice(3, 6))}, ${say(digits.slice(6))}`;
}

/**
 * The Spanish parts of making a text speakable: prices, phone numbers, clock times, dates and the
 * remaining numbers in Spanish words. What both languages share (links, emoji, lists) is done around it.
 */
export function numerosEnPalabras(text: string): string {
  let out = text;
  out = out.replace(
    /(^|\s)(\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})\b/g,
    (_m, space: string, phone: string) => `${space}${telefono(phone)}`,
  );
  out = out.replace(
    /\$\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|mm|thousand|million)?\b(\s*(?:\/\s*mes|al mes|por mes|\/\s*mo(?:nth)?))?/gi,
    (_m, amount: string, suffix: string | undefined, monthly: string | undefined) =>
      dineroEnPalabras(amount, suffix, monthly !== undefined),
  );
  // "a las 6:15 de la tarde", "a la 1 de la tarde": the article stays, the hour is said.
  out = out.replace(
    /\b(las?) (1[0-2]|0?[1-9])(?::([0-5]\d))?(?=\s+(?:de la|del|en la|y|p\.?\s?m|a\.?\s?m))/g,
    (_m, _article: string, h: string, m: string | undefined) =>
      horaEnPalabras(Number(h), Number(m ?? 0), false),
  );
  // A clock written the English way ("2:00 PM") in a Spanish text.
  out = out.replace(
    /\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([AaPp])\.?\s?[Mm]\.?(?=[\s,;!?)]|$)/g,
    (_m, h: string, m: string | undefined, ap: string) =>
      horaEnPalabras((Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0), Number(m ?? 0)),
  );
  out = out.replace(/\bp\.\s?m\.?/gi, 'de la tarde').replace(/\ba\.\s?m\.?/gi, 'de la mañana');
  out = out.replace(
    /\b(\d{1,2}) de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/g,
    (_m, day: string, month: string) => `${diaDelMes(Number(day))} de ${month}`,
  );
  out = out.replace(
    /\b(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(%))?/g,
    (_m, whole: string, fraction: string | undefined, percent) => {
      const value = Number(`${whole.replaceAll(',', '')}${fraction ?? ''}`);
      return `${decimal(value)}${percent ? ' por ciento' : ''}`;
    },
  );
  return out
    .replace(/\s*&\s*/g, ' y ')
    .replace(/\s*\/\s*/g, ' o ')
    .replace(/#/g, 'número ');
}
