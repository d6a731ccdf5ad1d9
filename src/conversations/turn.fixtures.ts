import { DEFAULT_CONVERSATION_SETTINGS } from './conversation.settings.js';
import type { ConversationState, TurnAction, TurnDecision, TurnInput } from './engine.types.js';
import type { ListingFacts } from './knowledge/knowledge.types.js';
import { analyze } from './understanding/analyze.js';
import type { Understanding } from './understanding/understanding.schema.js';

/** A turn's input for policy tests: one text from Lee to Maria of Hill Country Homes, mid-qualification. */

export const NOW = new Date('2026-12-06T18:00:00.000Z');
export const TZ = 'America/Chicago';

export const FRESH: ConversationState = {
  turnIndex: 1,
  pendingSlot: 'intent',
  asked: { intent: 1 },
  turnsWithoutProgress: 0,
  greetedAfter: false,
};

/** The text as the engine reads it, with any field of the reading replaced (a confidence, a language). */
export function understood(text: string, overrides: Partial<Understanding> = {}): Understanding {
  return { ...analyze(text, { now: NOW, tz: TZ }), ...overrides };
}

export function turn(
  text: string,
  overrides: Partial<TurnInput> = {},
  reading: Partial<Understanding> = {},
): TurnInput {
  return {
    leadId: 'lead-1',
    messages: [{ id: 'msg-2', text, at: NOW.toISOString(), understanding: understood(text, reading) }],
    profile: {},
    stage: 'engaged',
    history: [],
    state: FRESH,
    script: DEFAULT_CONVERSATION_SETTINGS.script,
    knowledge: { listings: [], faqs: [], zone: TZ },
    inquiry: null,
    persona: { name: 'Maria', businessName: 'Hill Country Homes' },
    agent: { firstName: 'Maria' },
    lead: { firstName: 'Lee' },
    handoff: DEFAULT_CONVERSATION_SETTINGS.handoff,
    now: NOW,
    tz: TZ,
    ...overrides,
  };
}

export const sent = (d: TurnDecision): string[] =>
  d.actions.flatMap((a) => (a.type === 'send' ? [a.draft.text] : []));

export const actionOf = <T extends TurnAction['type']>(d: TurnDecision, type: T) =>
  d.actions.find((a): a is Extract<TurnAction, { type: T }> => a.type === type);

export const changesOf = (d: TurnDecision) =>
  (actionOf(d, 'profile')?.changes ?? []).map((c) => [c.field, c.value] as const);

/** 12 Oak St as the tests' knowledge base holds it: on the market, no open house on file. */
export const OAK_ST: ListingFacts = {
  id: 'listing-oak',
  address: '12 Oak St, Austin, TX 78704',
  city: 'Austin',
  state: 'TX',
  zip: '78704',
  mlsNumber: '4455667',
  price: 450000,
  status: 'active',
  beds: 3,
  baths: 2,
  sqft: 1850,
  hoa: null,
  openHouses: [],
  url: 'https://homes.example/12-oak',
};
