import type { Span } from './text.js';

export interface RelativeTime extends Span {
  minutes: number;
  /** "in a couple hours", "in a few minutes": a loose amount. */
  vague: boolean;
}

const COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty five': 45,
  'forty-five': 45,
  fifty: 50,
  few: 3,
  couple: 2,
};
const VAGUE = new Set(['few', 'couple']);

const RELATIVE = new RegExp(
  String.raw`\b(?:in|within(?:\s+the\s+next)?|give\s+(?:me|us))\s+(like\s+|about\s+|around\s+|maybe\s+|another\s+)?(?:(an?\s+hour\s+and\s+a\s+half)|(?:a\s+)?(half\s+an?\s+hour|half\s+hour)|` +
    String.raw`(\d{1,3}(?:\.\d{1,2})?|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty[\s-]five|forty|fifty|(?:a\s+)?few|(?:a\s+)?couple(?:\s+of)?)` +
    String.raw`\s*(minutes?|mins?|min|hours?|hrs?|hr|h)\b(\s+and\s+a\s+half)?)` +
    String.raw`(?![\s,]*(?:drive|driving|walk|walking|ride|away|from|of|commute|by\s+car|on\s+foot|out)\b)(\s+or\s+so\b)?`,
  'g',
);
/** "call me in 15", "text me back in 10": minutes without the word, after a call-back request. */
const CALL_BACK_IN =
  /\b(?:call|text|ring|hit|get back to)\s+(?:me|us)\s+(?:back\s+)?in\s+(\d{1,2})(?![\w%$.:/]|\s*(?:[a-z]|\d))/g;

/** The longest wait read as a request for a time today: beyond it a lead means a day, not an hour. */
const MAX_MINUTES = 12 * 60;

/**
 * Waits under half a day, in order: "in 30 min", "in half an hour", "in an hour", "in 2 hrs",
 * "in a couple hours", "give me 20 min", "call me in 15"; "like", "about" or "or so" make them vague. "in 20 minutes away", "in 5 minutes, driving" are distances, not waits.
 */
export function relativeTimes(text: string): RelativeTime[] {
  const out: RelativeTime[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    let minutes: number;
    let vague = Boolean(m[1] || m[7]);
    if (m[2]) minutes = 90;
    else if (m[3]) minutes = 30;
    else {
      const word = (m[4] ?? '')
        .replace(/^a\s+/, '')
        .replace(/\s+of$/, '')
        .replace(/\s+/g, ' ');
      const count = /^\d/.test(word) ? Number(word) : (COUNTS[word] ?? Number.NaN);
      vague ||= VAGUE.has(word);
      const hours = /^h/.test(m[5] ?? '');
      minutes = count * (hours ? 60 : 1) + (m[6] ? (hours ? 30 : 0.5) : 0);
    }
    minutes = Math.round(minutes);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_MINUTES) continue;
    out.push({ start: m.index, end: m.index + m[0].length, minutes, vague });
  }
  for (const m of text.matchAll(CALL_BACK_IN)) {
    const minutes = Number(m[1]);
    if (minutes >= 5 && !out.some((r) => r.start <= m.index && m.index < r.end))
      out.push({ start: m.index, end: m.index + m[0].length, minutes, vague: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
