import type { RewriteRule } from './rewrite.js';
import { SPANISH_HINT, SPANISH_REWRITES } from './spanish-time.js';

/**
 * Spellings, short and compact forms, expanded before chrono and the time reader see the text:
 * "tmrw" → "tomorrow", "sat" → "saturday", "10a" → "10am", "1030" → "10:30", "6.15 pm" → "6:15 pm".
 */
const ENGLISH: readonly RewriteRule[] = [
  [
    /\b(?:tmrw|tmrow|tmr|tmw|tmo|tomm?or+ow|tomorow|tomorro|tommorow|2morrow|2moro|2mrw|2morow)\b/g,
    'tomorrow',
  ],
  [/\btomorrow(?:'|\u2019)?s\b/g, 'tomorrow'],
  [/\b(?:2day|tday|tdy)\b/g, 'today'],
  // "not tomorrow, the day after": the day after the one just named
  [
    /(?<=\btomorrow\b[^.!?]{0,40})\bthe\s+day\s+after\b(?!\s+(?:tomorrow|that|the|this|next|\w+day)\b)/g,
    'the day after tomorrow',
  ],
  [/\b(?:tonite|2nite|2night)\b/g, 'tonight'],
  [/\bnxt\b/g, 'next'],
  [/\b(?:tues|tue)\b\.?/g, 'tuesday'],
  [/\b(?:weds|wed|wendsday|wensday|wednsday|wedsday|wedensday)\b\.?/g, 'wednesday'],
  [/\b(?:thurs|thur|thu|thrusday|thursay|thurday)\b\.?/g, 'thursday'],
  [/\bfri\b\.?/g, 'friday'],
  [/\b(?:satuday|saterday|satruday|saturady|sat)\b\.?/g, 'saturday'],
  [/\bsun\b\.?(?=\s*(?:or\b|and\b|,|morning|afternoon|evening|night|at\b|@|\d|[ap]m\b|$))/g, 'sunday'],
  [/\bmon\b\.?(?=\s*(?:or\b|and\b|,|morning|afternoon|evening|night|at\b|@|\d|[ap]m\b))/g, 'monday'],
  [/\b(?:wkend|wknd)\b/g, 'weekend'],
  [/\b(?:this\s+)?aft\b/g, 'this afternoon'],
  [/\b(?:mornin|morn)\b/g, 'morning'],
  [/\beve\b/g, 'evening'],
  [/\bearly\s+tomorrow\b|\btomorrow\s+early\b/g, 'tomorrow morning'],
  // "30 mins from now" → "in 30 mins"
  [
    /(?<![\w]|\bin\s)(?=(?:\d{1,3}|an?|one|two|three|half\s+an?)\s*(?:minutes?|mins?|min|hours?|hrs?|hr)\s+from\s+now\b)/g,
    'in ',
  ],
  [/(?<=\b(?:minutes?|mins?|min|hours?|hrs?|hr))\s+from\s+now\b/g, ''],
  // "10th at 2": a bare ordinal before a time is a day of this month
  [
    /(?<![\w/]|\bthe\s|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)(?=(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+(?:at\b|@))/g,
    'the ',
  ],
  // "tmrw am", "sat pm": a part of the day, not an hour
  [
    /(?<=\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)am\b(?!\s*\d)/g,
    'morning',
  ],
  [
    /(?<=\b(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)pm\b(?!\s*\d)/g,
    'afternoon',
  ],
  // "half past 4" → "4:30", "quarter past 4" → "4:15"
  [/(?<=\bhalf\s+past\s+(?:0?[1-9]|1[0-2]))(?![\d:])/g, ':30'],
  [/(?<=\bquarter\s+past\s+(?:0?[1-9]|1[0-2]))(?![\d:])/g, ':15'],
  [/\b(?:half|quarter)\s+past\s+(?=\d)/g, ''],
  [/(?<![a-z])a\.m\b\.?/g, 'am'],
  [/(?<![a-z])p\.m\b\.?/g, 'pm'],
  // "6.15 pm" → "6:15 pm"; a decimal without am/pm stays a number
  [/(?<=(?<![\d.])\d{1,2})\.(?=[0-5]\d\s*(?:am|pm|a|p)\b)/g, ':'],
  // "530p", "1030a": hours and minutes run together with the letter glued on
  [/(?<=(?<![\d.$/,])(?:0?[1-9]|1[0-2])[0-5]\d)a\b(?!\.)/g, 'am'],
  [/(?<=(?<![\d.$/,])(?:0?[1-9]|1[0-2])[0-5]\d)p\b(?!\.)/g, 'pm'],
  // "sat 10.30", "at 6.15": a time after a day or "at"
  [
    /(?<=\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)\s*(?<![\d.])(?:0?[1-9]|1[0-2]))\.(?=[0-5]\d(?![\d.%]|\s*(?:k|m|million|dollars?)\b))/g,
    ':',
  ],
  // "10a", "2p", "9:30a": a letter glued to an hour, never a unit ("unit 10a", "plan 2p")
  [
    /(?<=(?<![\d.$])\d{1,2}(?::[0-5]\d)?)(?<!(?:unit|apt|apartment|suite|ste|lot|bldg|building|room|plan|#)\s*#?\s*\d+)a\b(?!\.)/g,
    'am',
  ],
  [
    /(?<=(?<![\d.$])\d{1,2}(?::[0-5]\d)?)(?<!(?:unit|apt|apartment|suite|ste|lot|bldg|building|room|plan|#)\s*#?\s*\d+)p\b(?!\.)/g,
    'pm',
  ],
  // "1030am", "at 1030", "saturday 1030": hours and minutes run together
  [/(?<=(?<![\d.$/,])(?:0?[1-9]|1[0-2]))(?=[0-5]\d\s*(?:am|pm)\b)/g, ':'],
  [
    /(?<=(?:\b(?:at|by|after|before|until|till|til|tomorrow|tonight|like|around|say|maybe)|day|@)\s*(?:0?[1-9]|1[0-2]))(?=[0-5]\d(?![\d.,/%]|\s*(?:k|sq|square|dollars?|bucks|a month|\/mo|per))\b)/g,
    ':',
  ],
  // "at 5 30" → "at 5:30", for the quarter hours only
  [
    /(?<=\b(?:at|@)\s*(?:0?[1-9]|1[0-2]))\s(?=(?:00|15|30|45)\b(?!\s*(?:min|mins|minutes|people|%|k\b|dollars|a month)))/g,
    ':',
  ],
  // chrono would read "dec 12 in the afternoon" as 12 pm; a comma keeps the day with its month
  [
    /(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?=\s+in\s+the\b)/g,
    ',',
  ],
];

const WITH_SPANISH: readonly RewriteRule[] = [...SPANISH_REWRITES, ...ENGLISH];

/** The rules for this text: the Spanish ones first when a Spanish time word could be there. */
export function timeRewrites(text: string): readonly RewriteRule[] {
  return SPANISH_HINT.test(text) ? WITH_SPANISH : ENGLISH;
}
