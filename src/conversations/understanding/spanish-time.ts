import type { RewriteRule } from './rewrite.js';

/**
 * Spanish and Spanglish time words, rewritten to the English the time reader and chrono know, before
 * the English rules run: "mañana a las 4" → "tomorrow at 4", "el sábado en la tarde" → "saturday in
 * the afternoon", "el 19 de diciembre" → "19 december". Rewrites keep each character's origin, so the
 * spans read still point at the lead's own words.
 */

/** Run the Spanish rules only on text that could hold a Spanish time word (most messages do not). */
export const SPANISH_HINT =
  /[ñá]|\b(?:a\s+las?|hoy|manana|lunes|martes|mi[eé]rcoles|jueves|viernes|sabado|domingo|tarde|noche|media\s*hora|minutos|horas?|pasado|despu[eé]s|dentro|temprano|media|cuarto|antes|entre|semana|mediod[ií]a|ma[nñ]ana|de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre))\b/;

const MONTHS: readonly [string, string][] = [
  ['enero', 'january'],
  ['febrero', 'february'],
  ['marzo', 'march'],
  ['abril', 'april'],
  ['mayo', 'may'],
  ['junio', 'june'],
  ['julio', 'july'],
  ['agosto', 'august'],
  ['sep?tiembre', 'september'],
  ['octubre', 'october'],
  ['noviembre', 'november'],
  ['diciembre', 'december'],
];

const WEEKDAYS: readonly [string, string][] = [
  ['lunes', 'monday'],
  ['martes', 'tuesday'],
  ['mi[eé]rcoles', 'wednesday'],
  ['jueves', 'thursday'],
  ['viernes', 'friday'],
  ['s[aá]bado', 'saturday'],
  ['domingo', 'sunday'],
];
const WEEKDAY_WORDS = WEEKDAYS.map(([es]) => es).join('|');
const MONTH_WORDS = MONTHS.map(([es]) => es).join('|');

/** Word boundaries that count accented letters as letters (JavaScript's \b does not). */
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
/** A rule on whole words; `open` when the pattern ends in a look-ahead at the next word. */
const rule = (pattern: string, to: string, open = false): RewriteRule => [
  new RegExp(B + pattern + (open ? '' : E), 'gu'),
  to,
];

export const SPANISH_REWRITES: readonly RewriteRule[] = [
  rule('pasado\\s+ma[nñ]ana', 'day after tomorrow'),
  // "de la mañana" after an hour is am; "en la mañana" is the morning; "mañana" alone is tomorrow
  rule('(?:en|por|de)\\s+la\\s+ma[nñ]ana', 'in the morning'),
  rule('(?:en|por|de)\\s+la\\s+tarde', 'in the afternoon'),
  rule('(?:en|por|de)\\s+la\\s+noche', 'in the evening'),
  rule('esta\\s+noche', 'tonight'),
  rule('esta\\s+tarde', 'this afternoon'),
  rule('ma[nñ]ana', 'tomorrow'),
  rule('hoy', 'today'),
  rule('(?:al\\s+)?medio\\s*d[ií]a', 'noon'),
  rule('(?:el\\s+|la\\s+)?(?:pr[oó]xima\\s+semana|semana\\s+que\\s+viene)', 'next week'),
  rule('este\\s+fin\\s+de\\s+semana', 'this weekend'),
  rule(
    '(?:el\\s+)?(?:pr[oó]ximo\\s+fin\\s+de\\s+semana|fin\\s+de\\s+semana\\s+que\\s+viene)',
    'next weekend',
  ),
  rule('(?:el\\s+)?fin\\s+de\\s+semana', 'weekend'),
  rule('esta\\s+semana', 'this week'),
  rule(`(?:el\\s+|este\\s+)(?=${WEEKDAY_WORDS})`, '', true),
  rule(`pr[oó]ximo\\s+(?=${WEEKDAY_WORDS})`, 'next ', true),
  ...WEEKDAYS.map(([es, en]) => rule(es, en)),
  // "el jueves 10" is Thursday the 10th, not Thursday at 10
  [
    /(?<=\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)(?=(?:[1-9]|[12]\d|3[01])(?![\d:.]|\s*(?:am|pm|de\s+la|y\s+(?:media|cuarto))))/gu,
    'the ',
  ],
  [/(?<=\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+the\s+\d{1,2})(?!\d)/gu, 'th'],
  // "el 19 de diciembre" → "19 december", which chrono reads
  rule(`el\\s+(?=\\d{1,2}\\s+de\\s+(?:${MONTH_WORDS}))`, '', true),
  [new RegExp(`(?<=\\d)\\s+de\\s+(?=(?:${MONTH_WORDS})${E})`, 'gu'), ' '],
  ...MONTHS.map(([es, en]) => [new RegExp(`(?<=\\d\\s)${es}${E}`, 'gu'), en] as const),
  [/(?<=\d)\s+y\s+media(?![\p{L}])/gu, ':30'],
  [/(?<=\d)\s+y\s+cuarto(?![\p{L}])/gu, ':15'],
  rule('temprano', 'morning'),
  rule('dentro\\s+de', 'in', true),
  rule('a\\s+la\\s+una', 'at 1'),
  rule('despu[eé]s\\s+de\\s+(?:las?\\s+)?', 'after ', true),
  rule('antes\\s+de\\s+(?:las?\\s+)?', 'before ', true),
  rule('entre\\s+(?:las?\\s+)?', 'between ', true),
  [/(?<=between\s+\d{1,2}(?::\d\d)?)\s+y\s+(?:las?\s+)?(?=\d)/gu, ' and '],
  // "el 12 a las 2": the 12th of this month
  rule('el\\s+(?=(?:[1-9]|[12]\\d|3[01])\\s+a\\s+las?\\s)', 'the ', true),
  [/(?<=\bthe\s+(?:[1-9]|[12]\d|3[01]))(?=\s+a\s+las?\s)/gu, 'th'],
  rule('(?:como\\s+)?a\\s+eso\\s+de\\s+las?', 'around'),
  rule('a\\s+las?', 'at'),
  // relative durations: "en 30 minutos", "en media hora", "en una hora", "en un par de horas"
  rule('(?:en|in)\\s+media\\s+hora', 'in half an hour'),
  rule('(?:en|in)\\s+una\\s+hora\\s+y\\s+media', 'in an hour and a half'),
  rule('(?:en|in)\\s+una\\s+hora', 'in an hour'),
  rule('(?:en|in)\\s+un\\s+par\\s+de\\s+horas', 'in a couple hours'),
  [new RegExp(`${B}en(?=\\s+\\d{1,3}\\s*(?:minutos|mins?|horas|hrs?)${E})`, 'gu'), 'in'],
  rule('minutos', 'minutes'),
  rule('horas', 'hours'),
  rule(
    'o\\s+(?=(?:tomorrow|today|saturday|sunday|monday|tuesday|wednesday|thursday|friday|at)\\b)',
    'or ',
    true,
  ),
];

/** Spanish hedges and jokes, read with the English ones. */
export const SPANISH_HEDGE =
  /(?<![\p{L}])(?:tal\s+vez|quiz[aá]s?|a\s+lo\s+mejor|puede\s+ser|creo\s+que)(?![\p{L}])/u;
