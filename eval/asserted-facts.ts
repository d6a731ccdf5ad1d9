import { DateTime } from 'luxon';
import type { Profile } from '../src/conversations/engine.types.js';
import type { KnowledgeFacts } from '../src/conversations/knowledge/knowledge.types.js';

/**
 * The facts an assistant reply asserts, each checked against where it may come from: the lead's
 * confident facts (the profile as it stood after the turn: doubtful readings are never in it) or our
 * own data (listings, FAQ answers). Questions are not assertions: "Just to check: about $300,000?"
 * asks, it does not state. A fact a reply states that neither holds was invented or misread.
 */

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
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

/** The sentences of a reply that state something (a question, even one quoting a fact, does not). */
export function assertions(reply: string): string[] {
  return reply
    .split(/(?<=[.!?])\s+(?=[¿¡A-Z0-9$])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.endsWith('?'));
}

const amount = (digits: string, unit: string | undefined) => {
  const n = Number(digits.replace(/,/g, ''));
  if (unit === 'K' || unit === 'k') return n * 1000;
  if (unit === 'M' || unit === 'm') return n * 1_000_000;
  return n;
};

function allowedAmounts(profile: Profile, knowledge: KnowledgeFacts): Set<number> {
  const allowed = new Set<number>();
  if (profile.budgetMin !== undefined) allowed.add(profile.budgetMin);
  if (profile.budgetMax !== undefined) allowed.add(profile.budgetMax);
  for (const listing of knowledge.listings) {
    if (listing.price != null) allowed.add(listing.price);
    if (listing.hoa != null) allowed.add(listing.hoa);
  }
  for (const match of JSON.stringify(knowledge).matchAll(/\$(\d[\d,]*(?:\.\d+)?)\s*([KkMm])?\b/g)) {
    allowed.add(amount(match[1] ?? '0', match[2]));
  }
  return allowed;
}

/** Days (month-day, in the zone) our data or the lead's confident facts put on the table. */
function allowedDays(profile: Profile, knowledge: KnowledgeFacts, zone: string): Set<string> {
  const days = new Set<string>();
  const add = (iso: string, z: string) => {
    const at = DateTime.fromISO(iso, { setZone: true }).setZone(z);
    days.add(`${at.month}-${at.day}`);
  };
  if (profile.requestedTime) add(profile.requestedTime.start, zone);
  for (const listing of knowledge.listings)
    for (const open of listing.openHouses) add(open.start, knowledge.zone);
  return days;
}

const areaKey = (area: string) =>
  area
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Every fact stated in the reply that neither the profile nor our data holds, in words. */
export function unsupportedFacts(
  reply: string,
  profile: Profile,
  knowledge: KnowledgeFacts,
  zone: string,
): string[] {
  const problems: string[] = [];
  const amounts = allowedAmounts(profile, knowledge);
  const days = allowedDays(profile, knowledge, zone);
  const beds = new Set([profile.beds, ...knowledge.listings.map((l) => l.beds)].filter((n) => n != null));
  const baths = new Set([profile.baths, ...knowledge.listings.map((l) => l.baths)].filter((n) => n != null));
  const areas = new Set((profile.areas ?? []).map(areaKey));
  for (const sentence of assertions(reply)) {
    for (const m of sentence.matchAll(/\$(\d[\d,]*(?:\.\d+)?)\s*([KkMm])?(?![\w])/g)) {
      if (!amounts.has(amount(m[1] ?? '0', m[2]))) problems.push(`states ${m[0]}`);
    }
    for (const m of sentence.matchAll(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([A-Z][a-z]{2}) (\d{1,2})\b/g)) {
      const month = MONTHS_EN.indexOf((m[1] ?? '').toLowerCase()) + 1;
      if (!days.has(`${month}-${m[2]}`)) problems.push(`states ${m[0]}`);
    }
    for (const m of sentence.matchAll(/\b(\d{1,2}) de ([a-z]+)\b/g)) {
      const month = MONTHS_ES.indexOf(m[2] ?? '') + 1;
      if (month > 0 && !days.has(`${month}-${m[1]}`)) problems.push(`states ${m[0]}`);
    }
    for (const m of sentence.matchAll(/\b(\d+(?:\.\d+)?) (bedrooms?|beds?|habitaciones|baths?|baños)\b/g)) {
      const n = Number(m[1]);
      const known = /^(?:bed|hab)/.test(m[2] ?? '') ? beds : baths;
      if (!known.has(n)) problems.push(`states ${m[0]}`);
    }
    const timeline = /\b(?:within about|in about|en unos) (\d+) (?:months|meses)\b/.exec(sentence);
    if (timeline && Number(timeline[1]) !== profile.timelineMonths) problems.push(`states ${timeline[0]}`);
    if (/\bas soon as possible\b|\blo antes posible\b/.test(sentence) && profile.timelineMonths !== 0) {
      problems.push('states a move as soon as possible');
    }
    if (/(?<!no )\bpre-approved\b|\bcon preaprobaci[oó]n\b/i.test(sentence) && profile.preApproved !== true) {
      problems.push('states the lead is pre-approved');
    }
    if (/\bno pre-approval yet\b|\bsin preaprobaci[oó]n\b/i.test(sentence) && profile.preApproved !== false) {
      problems.push('states the lead is not pre-approved');
    }
    // The places an acknowledgement names: "Got it: buying, in Hyde Park and Mueller."
    const ack = /^(?:Got it|Great|Perfect|Thanks|Entendido|Perfecto|Muy bien|Gracias): (.*)$/.exec(sentence);
    const place = ack?.[1] ? /(?:^|, )(?:in|en) ([^,]+?)\.?(?:,|$)/.exec(ack[1]) : null;
    if (place?.[1]) {
      for (const area of place[1].split(/, | and | y /)) {
        if (!areas.has(areaKey(area))) problems.push(`states the area ${area}`);
      }
    }
  }
  return problems;
}
