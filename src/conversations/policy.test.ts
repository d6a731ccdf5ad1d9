import { describe, expect, it } from 'vitest';
import { countSegments } from '../messaging/segments.js';
import { DEFAULT_CONVERSATION_SETTINGS } from './conversation.settings.js';
import type {
  ConversationState,
  StoredProfile,
  TurnAction,
  TurnDecision,
  TurnInput,
} from './engine.types.js';
import type { ListingFacts } from './knowledge/knowledge.types.js';
import { decideTurn } from './policy.js';
import { OAK_ST } from './turn.fixtures.js';
import { analyze } from './understanding/analyze.js';

const NOW = new Date('2026-01-15T16:00:00.000Z');
const TZ = 'America/Chicago';

const OAK: ListingFacts = {
  ...OAK_ST,
  openHouses: [{ start: '2026-01-17T13:00:00-06:00', end: '2026-01-17T16:00:00-06:00' }],
};

const FRESH: ConversationState = {
  turnIndex: 1,
  pendingSlot: 'intent',
  asked: { intent: 1 },
  turnsWithoutProgress: 0,
  greetedAfter: false,
};

function input(text: string, overrides: Partial<TurnInput> = {}): TurnInput {
  return {
    leadId: 'lead-1',
    messages: [
      { id: 'msg-1', text, at: NOW.toISOString(), understanding: analyze(text, { now: NOW, tz: TZ }) },
    ],
    profile: {},
    stage: 'engaged',
    history: [],
    state: FRESH,
    script: DEFAULT_CONVERSATION_SETTINGS.script,
    knowledge: { listings: [OAK], faqs: [], zone: TZ },
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

const sends = (d: TurnDecision) => d.actions.flatMap((a) => (a.type === 'send' ? [a.draft.text] : []));
const action = <T extends TurnAction['type']>(d: TurnDecision, type: T) =>
  d.actions.find((a): a is Extract<TurnAction, { type: T }> => a.type === type);

describe('decideTurn', () => {
  it('is deterministic: the same input decides the same actions', () => {
    const a = decideTurn(input('buying, in about 2 months'));
    const b = decideTurn(input('buying, in about 2 months'));
    expect(a).toEqual(b);
  });

  it('takes "both" as the answer to the buy-or-sell question, with provenance, and asks the next question', () => {
    const decision = decideTurn(input('both'));
    expect(action(decision, 'profile')?.changes).toEqual([
      { field: 'intent', value: 'both', messageId: 'msg-1', at: NOW.toISOString() },
    ]);
    expect(decision.askedSlot).toBe('propertyAddress');
    const [text] = sends(decision);
    expect(text).toMatch(/buying and selling/);
    expect(text).toMatch(/address/i);
  });

  it('takes an area named instead of the one known as a redirect, and one named beside it as an addition', () => {
    const areasAfter = (text: string, areas: string[]) =>
      action(decideTurn(input(text, { profile: { intent: 'buy', areas } })), 'profile')?.changes.find(
        (c) => c.field === 'areas',
      )?.value;
    expect(areasAfter("we're preapproved for 600k, looking at georgetown", ['Austin'])).toEqual([
      'Georgetown',
    ]);
    expect(areasAfter('also looking at georgetown', ['Austin'])).toEqual(['Austin', 'Georgetown']);
    expect(areasAfter('what about georgetown?', ['Austin'])).toEqual(['Austin', 'Georgetown']);
    expect(areasAfter('looking at georgetown', ['South Austin', 'Pflugerville'])).toEqual([
      'South Austin',
      'Pflugerville',
      'Georgetown',
    ]);
  });

  it('says back a cash buyer as paying cash, never as pre-approved', () => {
    const [cash] = sends(decideTurn(input('paying cash, up to 500k, 3 bed in austin')));
    expect(cash).toMatch(/paying cash/);
    expect(cash).not.toMatch(/pre-?approv/i);
    const [loan] = sends(decideTurn(input('pre-approved for 500k, 3 bed in austin')));
    expect(loan).toMatch(/pre-approved/);
  });

  it('never asks what is known, and asks one question at a time', () => {
    const profile: StoredProfile = { intent: 'buy', timelineMonths: 6, preApproved: true };
    const decision = decideTurn(
      input('around 500k', {
        profile,
        state: {
          ...FRESH,
          pendingSlot: 'budget',
          asked: { intent: 1, timelineMonths: 1, preApproved: 1, budget: 1 },
        },
      }),
    );
    expect(decision.askedSlot).toBe('areas');
    const texts = sends(decision);
    expect(texts).toHaveLength(1);
    expect((texts[0]?.match(/\?/g) ?? []).length).toBe(1);
    expect(texts[0]).not.toMatch(/pre-?approv|timeline|buy, sell/i);
  });

  it('reads a short answer against the question asked: "yes" to pre-approval, "3" to bedrooms', () => {
    const yes = decideTurn(
      input('yes', {
        profile: { intent: 'buy', timelineMonths: 6 },
        state: { ...FRESH, pendingSlot: 'preApproved' },
      }),
    );
    expect(action(yes, 'profile')?.changes.map((c) => [c.field, c.value])).toEqual([['preApproved', true]]);
    const beds = decideTurn(
      input('3', { profile: { intent: 'buy' }, state: { ...FRESH, pendingSlot: 'beds' } }),
    );
    expect(action(beds, 'profile')?.changes.map((c) => [c.field, c.value])).toEqual([['beds', 3]]);
  });

  it('varies the wording of a question by lead and turn, deterministically', () => {
    const wordings = new Set(
      ['lead-a', 'lead-b', 'lead-c', 'lead-d', 'lead-e', 'lead-f'].map(
        (leadId) => sends(decideTurn(input('buy', { leadId })))[0],
      ),
    );
    expect(wordings.size).toBeGreaterThan(1);
  });

  it('keeps every text within two segments', () => {
    const long = decideTurn(
      input(
        'both, my place is 55 Elm St, we want to move in 2 months, pre-approved, up to 600k, Round Rock. Is 12 Oak St still available and what is the price?',
      ),
    );
    for (const text of sends(long)) expect(countSegments(text).segments).toBeLessThanOrEqual(2);
    expect(sends(long).join(' ')).toContain('$450,000');
  });

  it('answers a listing question from its row only', () => {
    const decision = decideTurn(input('What is the price of 12 Oak St and is it still available?'));
    expect(decision.answered).toBe('listing');
    const text = sends(decision).join(' ');
    expect(text).toContain('12 Oak St is still available at $450,000.');
    expect(text).toContain('$450,000');
    expect(decision.actions.some((a) => a.type === 'note')).toBe(false);
  });

  it('finds the listing of the lead inquiry from "it"', () => {
    const decision = decideTurn(
      input('how many bedrooms does it have?', {
        inquiry: {
          id: 'inq-1',
          at: NOW.toISOString(),
          leadType: 'buyer',
          property: { mlsNumber: '4455667' },
        },
      }),
    );
    expect(sends(decision).join(' ')).toContain('3 bedrooms and 2 baths');
  });

  it('never invents a fact: an empty column or an unknown topic goes to the agent', () => {
    const hoa = decideTurn(input('what is the HOA on 12 Oak St?'));
    expect(sends(hoa).join(' ')).toContain("I'll have Maria confirm that");
    expect(action(hoa, 'note')).toMatchObject({ kind: 'question_for_agent' });
    const pool = decideTurn(input('does 12 Oak St have a pool?'));
    expect(sends(pool).join(' ')).toContain("I'll have Maria confirm that");
    expect(sends(pool).join(' ')).not.toMatch(/pool/i);
    const unknown = decideTurn(input('is there a gas station around there?'));
    expect(unknown.answered).toBe('confirm');
    expect(action(unknown, 'note')?.body).toContain('gas station');
  });

  it('answers from an FAQ entry in its own words', () => {
    const decision = decideTurn(
      input('do you charge a fee to buyers?', {
        knowledge: {
          listings: [],
          faqs: [
            { id: 'faq-1', question: 'Buyer fees?', answer: 'Buyers pay no fee to us.', keywords: ['fee'] },
          ],
          zone: TZ,
        },
      }),
    );
    expect(decision.answered).toBe('faq');
    expect(sends(decision)[0]).toContain('Buyers pay no fee to us.');
  });

  it('hands off on a request for a person, with a summary and the assistant stopping', () => {
    const decision = decideTurn(input('can I talk to a real person please'));
    expect(decision.handoff).toBe('requested_human');
    expect(action(decision, 'handoff')?.summary).toMatch(/asked for a person/);
    expect(action(decision, 'stage')).toEqual({ type: 'stage', stage: 'handed_off' });
    expect(decision.askedSlot).toBeNull();
  });

  it('hands off a hot lead: qualified and moving within three months', () => {
    const profile: StoredProfile = { intent: 'buy', timelineMonths: 2, preApproved: true, budgetMax: 450000 };
    const decision = decideTurn(
      input('South Austin', {
        profile,
        state: {
          ...FRESH,
          pendingSlot: 'areas',
          asked: { intent: 1, timelineMonths: 1, preApproved: 1, budget: 1, areas: 1 },
        },
      }),
    );
    expect(decision.handoff).toBe('hot_lead');
    expect(action(decision, 'score')?.factors.map((f) => f.code)).toEqual(
      expect.arrayContaining(['timeline', 'pre_approved', 'budget', 'area']),
    );
    expect(action(decision, 'score')?.score).toBeGreaterThanOrEqual(60);
  });

  it('moves a qualified lead that is not in a hurry on to booking', () => {
    const profile: StoredProfile = { intent: 'buy', timelineMonths: 8, preApproved: true, budgetMax: 450000 };
    const decision = decideTurn(
      input('Hyde Park', {
        profile,
        state: {
          ...FRESH,
          pendingSlot: 'areas',
          asked: { intent: 1, timelineMonths: 1, preApproved: 1, budget: 1, areas: 1, beds: 2 },
        },
      }),
    );
    expect(action(decision, 'stage')).toEqual({ type: 'stage', stage: 'qualified' });
    expect(decision.askedSlot).toBe('requestedTime');
    expect(sends(decision).join(' ')).toMatch(/What day and time/);
  });

  it('records a requested time as a booking intent and tells the agent', () => {
    const decision = decideTurn(input('can we meet tomorrow at 4pm?', { profile: { intent: 'sell' } }));
    const booking = action(decision, 'booking');
    expect(booking?.requestedTime.start).toBe('2026-01-16T16:00:00-06:00');
    expect(action(decision, 'stage')).toEqual({ type: 'stage', stage: 'appointment' });
    expect(sends(decision).join(' ')).toContain('Fri, Jan 16 at 4 PM');
  });

  it('hands off on frustration, a lending or a legal question', () => {
    expect(decideTurn(input('this is ridiculous, I already told you')).handoff).toBe('frustration');
    expect(decideTurn(input('what are mortgage rates right now?')).handoff).toBe('lending_question');
    expect(decideTurn(input('do I need a lawyer to back out of the contract?')).handoff).toBe(
      'legal_question',
    );
  });

  it('hands an unanswered or repeated question to the agent, quoted in the summary', () => {
    const asked = (body: string, id: string) => ({
      id,
      direction: 'inbound' as const,
      author: 'lead' as const,
      kind: 'inbound',
      body,
      at: NOW.toISOString(),
    });
    const history = [asked('is the HOA on 34 Pine Ave negotiable?', 'msg-0'), asked('ok thanks', 'msg-00')];
    const complaint = decideTurn(input("you didn't answer my question about the HOA", { history }));
    expect(complaint.handoff).toBe('unanswered_question');
    const summary = action(complaint, 'handoff')?.summary ?? '';
    expect(summary).toContain('Their question: "is the HOA on 34 Pine Ave negotiable?"');
    expect(sends(complaint).join(' ')).toMatch(/Maria/);
    expect(sends(complaint).join(' ')).not.toMatch(/this is Maria|I'm Maria/);

    const again = decideTurn(
      input('what are the property taxes on 12 Oak St?', {
        history: [asked('what are the property taxes on 12 Oak St?', 'msg-0')],
      }),
    );
    expect(again.handoff).toBe('unanswered_question');
    expect(action(again, 'handoff')?.summary).toContain('property taxes on 12 Oak St');
    expect(decideTurn(input('what are the property taxes on 12 Oak St?')).handoff).toBeNull();
  });

  it('hands a question asked again about something no listing holds to the agent, the inquiry included', () => {
    const inquiry = {
      id: 'inq-1',
      at: NOW.toISOString(),
      leadType: 'buyer' as const,
      property: { address: '12 Oak St, Austin, TX 78704' },
      messages: ['Does 12 Oak have a pool?'],
    };
    const again = decideTurn(input('hello? does it have a pool or not', { inquiry }));
    expect(again.handoff).toBe('unanswered_question');
    expect(action(again, 'handoff')?.summary).toContain('does it have a pool or not"');
    expect(
      decideTurn(input('does it have a pool?', { inquiry: { ...inquiry, messages: [] } })).handoff,
    ).toBeNull();
  });

  it('hands what a seller would take, and schools, to the agent, with the question quoted', () => {
    const offer = decideTurn(input('would the seller take 430k?'));
    expect(offer.handoff).toBe('unanswered_question');
    expect(action(offer, 'handoff')?.summary).toContain('430k');
    expect(sends(offer).join(' ')).toMatch(/a question for Maria|one Maria should answer/);
    expect(sends(offer).join(' ')).not.toMatch(/Sorry|apologies/);
    for (const asked of [
      'what elementary school is 12 Oak St zoned for?',
      'are the schools any good around there?',
    ]) {
      const school = decideTurn(input(asked));
      expect(school.handoff).toBe('unanswered_question');
      expect(action(school, 'handoff')?.summary).toContain('school');
      expect(sends(school).join(' ')).not.toMatch(/ISD|rated|good schools/);
    }
  });

  it('ties "it" and a bare question to the home named last, in the inquiry or an earlier text', () => {
    const fromInquiry = decideTurn(
      input('how much is it?', {
        inquiry: {
          id: 'inq-1',
          at: NOW.toISOString(),
          leadType: null,
          property: null,
          messages: ['Looking at 12 Oak St for my daughter'],
        },
      }),
    );
    expect(fromInquiry.answered).toBe('listing');
    expect(sends(fromInquiry).join(' ')).toContain('$450,000');
    const earlier = {
      id: 'msg-0',
      direction: 'inbound' as const,
      author: 'lead' as const,
      kind: 'inbound',
      body: 'hi is 12 oak st still available?',
      at: NOW.toISOString(),
    };
    const bare = decideTurn(input('how many baths', { history: [earlier] }));
    expect(bare.answered).toBe('listing');
    expect(sends(bare).join(' ')).toContain('2 baths');
    expect(decideTurn(input('how many baths')).answered).not.toBe('listing');
  });

  it('takes "what about <a listing>" without a question mark as a question about it', () => {
    const about = decideTurn(input('what about 12 oak st'));
    expect(about.answered).toBe('listing');
    expect(sends(about).join(' ')).toContain('$450,000');
    expect(decideTurn(input('what about next week')).answered).not.toBe('listing');
  });

  it('does not answer again a question the first response built from the inquiry answered', () => {
    const text = 'how much is 12 Oak St?';
    const greeted = { ...FRESH, pendingSlot: null, greetedAfter: true };
    const answered = decideTurn(
      input(text, { state: greeted, profile: { opening: { asked: 'intent', answered: true } } }),
    );
    expect(sends(answered).join(' ')).not.toContain('$450,000');
    const custom = decideTurn(input(text, { state: greeted }));
    expect(sends(custom).join(' ')).toContain('$450,000');
  });

  it('hands off after the configured number of turns without progress', () => {
    const stalled = { ...FRESH, turnsWithoutProgress: 5 };
    expect(decideTurn(input('hmm', { state: stalled })).handoff).toBe('no_progress');
    expect(decideTurn(input('hmm', { state: { ...stalled, turnsWithoutProgress: 3 } })).handoff).toBeNull();
  });

  it('lets a lead go who is out of the market', () => {
    const decision = decideTurn(input('we already bought a house, not interested anymore'));
    expect(action(decision, 'stage')).toEqual({ type: 'stage', stage: 'lost' });
    expect(action(decision, 'note')).toMatchObject({ kind: 'lead_lost' });
    expect(decision.askedSlot).toBeNull();
  });

  it('after the first response, takes in a first text and answers its question without asking again', () => {
    const greeted = {
      turnIndex: 0,
      pendingSlot: null,
      asked: { intent: 1 },
      turnsWithoutProgress: 0,
      greetedAfter: true,
    };
    const decision = decideTurn(input('Looking to buy, is 12 Oak St still available?', { state: greeted }));
    expect(action(decision, 'profile')?.changes.map((c) => c.field)).toContain('intent');
    expect(sends(decision)).toEqual(['12 Oak St is still available.']);
    expect(decision.askedSlot).toBeNull();
    const quiet = decideTurn(input('Looking to buy in 78704', { state: greeted }));
    expect(sends(quiet)).toEqual([]);
  });

  it('seeds the intent from the lead type of a portal inquiry, naming the inquiry as its source', () => {
    const decision = decideTurn(
      input('hi', {
        inquiry: {
          id: 'inq-9',
          at: NOW.toISOString(),
          leadType: 'seller',
          property: { address: '55 Elm St' },
        },
      }),
    );
    const changes = action(decision, 'profile')?.changes ?? [];
    expect(changes.map((c) => [c.field, c.value, c.messageId])).toEqual([
      ['intent', 'sell', 'inquiry:inq-9'],
      ['propertyAddress', '55 Elm St', 'inquiry:inq-9'],
    ]);
    expect(decision.askedSlot).toBe('timelineMonths');
  });
});
