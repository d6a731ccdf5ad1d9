import type { Profile } from '../src/conversations/engine.types.js';
import type { KnowledgeFacts } from '../src/conversations/knowledge/knowledge.types.js';
import { unsupportedFacts } from './asserted-facts.js';
import type { JourneySlot } from './journeys.runner.js';

/**
 * The judgements a journey's texts get whatever its expectations say: which slots a text asks about,
 * whether it presents itself as a person, and which facts it states that the lead never gave.
 */

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);

/** The question sentences of a text ("Are you looking to buy, sell, or both?", "¿Cuántas habitaciones?"). */
const questions = (text: string): string[] =>
  sentences(text).filter((s) => s.endsWith('?') || s.startsWith('¿'));

/** How each slot is asked, in English and Spanish, by the script or in any other words. */
const SLOT_QUESTIONS: Record<JourneySlot, RegExp> = {
  intent:
    /\bbuy(?:ing)?\b.*\bsell(?:ing)?\b|\bsell(?:ing)?\b.*\bbuy(?:ing)?\b|\blooking to (?:buy|sell|rent)\b|\bbuy or rent\b|\bcomprar\b.*\bvender\b|\brentar o comprar\b/i,
  propertyAddress: /\baddress\b|\bwhich (?:home|house|property) would you (?:be )?sell|\bdirecci[oó]n\b/i,
  timelineMonths:
    /\bwhen (?:are|do|would) you (?:hoping|planning|looking|want|like|need)\b|\btimeline\b|\btime ?frame\b|\bhow soon\b|\bpara cu[aá]ndo\b|\bqu[eé] tan pronto\b|\bwhen .*\bmove\b/i,
  preApproved:
    /\bpre-?approv|\blender\b|\bmortgage\b|\bfinanc|\bpreaprobaci[oó]n\b|\bprestamista\b|\bpay cash\b/i,
  budget:
    /\bbudget\b|\bprice range\b|\bhow much\b.*\b(?:spend|pay|rent)\b|\bmonthly rent\b|\bpresupuesto\b|\brango de precio\b|\bde renta al mes\b/i,
  areas:
    /\b(?:which|what) (?:areas?|neighbou?rhoods?|part of town|part of)\b|\bwhere would you like to live\b|\bneighbou?rhoods? in mind\b|\bzonas\b|\bvecindarios?\b/i,
  beds: /\bhow many (?:bed(?:room)?s|rooms)\b|\bcu[aá]ntas (?:habitaciones|rec[aá]maras)\b/i,
  baths: /\bhow many bath(?:room)?s\b|\bcu[aá]ntos baños\b/i,
  moveInDate:
    /\bmove[- ]in\b|\bwhen (?:do|would) you (?:need|like|want) to move\b|\bfecha de mudanza\b|\bmudarse\b.*\bcu[aá]ndo\b/i,
  pets: /\bpets?\b|\bmascotas?\b|\bdogs? or cats?\b/i,
  propertyType:
    /\b(?:what|which) (?:type|kind) of (?:home|property|place)\b|\bhouse,? (?:a )?condo\b|\bcondo or (?:a )?(?:house|townho)|\btipo de propiedad\b/i,
};

/** The slots a text asks the lead about, read from its question sentences. */
export function slotsAsked(text: string): JourneySlot[] {
  const asked = new Set<JourneySlot>();
  for (const question of questions(text))
    for (const [slot, pattern] of Object.entries(SLOT_QUESTIONS) as [JourneySlot, RegExp][])
      if (pattern.test(question)) asked.add(slot);
  return [...asked];
}

/** Words of the business's name, and words that start a sentence after "this is" without naming anyone. */
const NOT_A_PERSON = new Set([
  ...['Hill', 'Country', 'Homes', 'The', 'Your', 'An', 'A', 'Our', 'Just', 'About', 'Not', 'Austin', 'Round'],
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tomorrow'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'],
  ...['November', 'December'],
]);
const SELF_INTRODUCTION =
  /\b(?:[Tt]his is|[Ii]t's|[Ii]t is|I'm|I am|[Mm]y name is|[Ss]oy|[Hh]abla|[Ll]e escribe|[Tt]e escribe|[Mm]e llamo)\s+([A-Z][a-z]+)/gu;
const BY_NAME_HERE = /\b([A-Z][a-z]+) here\b/gu;
const AUTOMATED = /\bassistant\b|\basistente\b|\bautomated\b|\bautomatizad[oa]\b|\bbot\b/i;

/**
 * Where a text speaks as a person: "this is Maria", "Maria here", "soy Maria", or a "- Maria" signature,
 * unless the same sentence says it is an assistant ("this is Maria's assistant").
 */
export function personaProblems(text: string, agentNames: readonly string[]): string[] {
  const problems: string[] = [];
  for (const sentence of sentences(text)) {
    if (AUTOMATED.test(sentence)) continue;
    for (const m of sentence.matchAll(SELF_INTRODUCTION)) {
      const name = m[1] ?? '';
      if (!NOT_A_PERSON.has(name)) problems.push(`speaks as ${name} ("${m[0]}")`);
    }
    for (const m of sentence.matchAll(BY_NAME_HERE)) {
      const name = m[1] ?? '';
      if (agentNames.some((n) => n.split(' ').includes(name))) problems.push(`speaks as ${name} ("${m[0]}")`);
    }
  }
  for (const name of agentNames) {
    const first = name.split(' ')[0] ?? name;
    const signature = new RegExp(String.raw`(?:^|\s)[-–—~]\s*(?:${name}|${first})\s*$`, 'u');
    if (signature.test(text.trim()) && !AUTOMATED.test(text)) problems.push(`signs as ${first}`);
  }
  return problems;
}

/**
 * The facts a text states that neither the lead's confident facts nor the knowledge base hold
 * (eval/asserted-facts.ts). A day followed by a time ("Tue, Mar 10 at 4:00 PM") is a slot of the agent's
 * calendar, the product's own data, not something said about the lead.
 */
export function inventedFacts(
  text: string,
  known: Profile,
  knowledge: KnowledgeFacts,
  zone: string,
): string[] {
  return unsupportedFacts(text, known, knowledge, zone).filter((problem) => {
    const day = /^states ((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2})$/.exec(problem);
    return !(day?.[1] && new RegExp(`${day[1]}(?:,| at| from)? \\d`).test(text));
  });
}
