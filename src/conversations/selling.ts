import type { Profile, ProfileChange, TurnMessage } from './engine.types.js';
import { addressIn, hasStreetSuffix } from './knowledge/address.js';
import { applyProfileChanges, factsOf } from './profile.js';
import type { TurnReading } from './reading.js';
import { say, type Voice } from './replies.js';
import { plain } from './signals.js';

/**
 * "What is my house worth?" is a seller's question that only a valuation answers: it makes the lead a
 * seller (or a buyer who also sells), is not passed on as a question to confirm, and leads to the
 * listing appointment (the script asks the home's address, then the timeline, then times are offered).
 */

const WORTH = new RegExp(
  [
    String.raw`\bwhat(?:'s| is| would)? (?:my|our|the) (?:house|home|place|condo|property|townhouse)\b[^?.!]{0,40}\bworth\b`,
    String.raw`\bhow much (?:is|would|could|can|will) (?:my|our) (?:house|home|place|condo|property|townhouse)\b`,
    String.raw`\bhow much (?:can|could|would|will) (?:i|we) (?:get|sell)\b`,
    String.raw`\b(?:home|house|property) (?:value|valuation|appraisal|worth)\b`,
    String.raw`\b(?:valuation|cma|comparative market analysis)\b`,
    String.raw`\bwhat (?:could|can|would) (?:i|we) (?:list|sell) (?:it|my|our)\b`,
    String.raw`\bcu[aá]nto vale (?:mi|nuestra) (?:casa|propiedad)\b`,
    String.raw`\bvalor de (?:mi|nuestra) (?:casa|propiedad)\b`,
  ].join('|'),
);

/**
 * "what would it get?", "how much could it sell for": "it" is their own home only when the text speaks of
 * one ("i might sell my condo next year, what would it get?"); alone it may ask a listing's price.
 */
const IT_WORTH =
  /\b(?:what|how much)\s+(?:would|could|can|will|might)\s+(?:it|we|i)\s+(?:get|go for|sell for|fetch|bring|list for)\b/;
const OWN_HOME =
  /\b(?:my|our)\s+(?:house|home|place|condo|property|townhouse|townhome)\b|\bsell(?:ing)?\s+(?:it|my|our)\b/;

export const asksWorth = (text: string): boolean => {
  const words = plain(text);
  return WORTH.test(words) || (IT_WORTH.test(words) && OWN_HOME.test(words));
};

/**
 * The reading with a valuation question taken as selling: the intent (sell, or both for a buyer) and
 * the question removed from those to answer or pass on.
 */
export function withSellerAsk<R extends TurnReading & { profile: Profile }>(
  read: R,
  messages: readonly TurnMessage[],
): R & { asksWorth: boolean } {
  const asking = messages.find((m) => asksWorth(m.text));
  if (!asking) return { ...read, asksWorth: false };
  const questions = read.questions.filter((q) => !asksWorth(q));
  const source = { messageId: asking.id, at: asking.at };
  const intent = read.profile.intent;
  const wanted = intent === undefined ? 'sell' : intent === 'buy' ? 'both' : intent;
  const changes: ProfileChange[] = [];
  if (wanted !== intent) changes.push({ field: 'intent', value: wanted, ...source });
  const address = read.profile.propertyAddress === undefined ? addressIn(asking.text) : null;
  if (address && hasStreetSuffix(address))
    changes.push({ field: 'propertyAddress', value: address, ...source });
  // "my house" names the home they sell, not a kind of home they want.
  const kept = read.learned.filter(
    (c) =>
      !(c.messageId === asking.id && c.field === 'propertyType') && !(changes.length && c.field === 'intent'),
  );
  const dropsType = read.learned.some((c) => c.messageId === asking.id && c.field === 'propertyType');
  const base: Profile = { ...read.profile };
  if (dropsType) delete base.propertyType;
  const profile = factsOf(applyProfileChanges(base, changes));
  return { ...read, questions, learned: [...kept, ...changes], profile, asksWorth: true };
}

/** Said once when the lead asks what their home is worth. */
export function valuationIntro(voice: Voice): string {
  return say(voice, 'valuation', {
    en: [
      '{agent} can tell you what your home is worth with a free, no-obligation valuation (a short listing consultation).',
      'The best way to know is a free valuation: {agent} looks at your home and recent sales nearby, no obligation.',
    ],
    es: [
      '{agent} puede decirle cuánto vale su casa con una valoración gratuita y sin compromiso (una breve consulta de venta).',
    ],
  });
}
