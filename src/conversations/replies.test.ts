import { describe, expect, it } from 'vitest';
import type { StoredProfile } from './engine.types.js';
import { decideTurn } from './policy.js';
import { askQuestion } from './replies.js';
import { changesOf, FRESH, sent, turn } from './turn.fixtures.js';

describe('who is this', () => {
  it('says it is an automated assistant for the business, why it texts, and that a person can take over', () => {
    const text = sent(decideTurn(turn('who is this?'))).join(' ');
    expect(text).toMatch(/automated assistant/);
    expect(text).toMatch(/Hill Country Homes/);
    expect(text).toMatch(/inquiry/);
    expect(text).toMatch(/Maria is a real person on our team and can take over/);
    expect(text).not.toMatch(/this is Maria|I'm Maria/i);
  });

  it('names the home the lead asked about, and a name the workspace gave its assistant', () => {
    const decision = decideTurn(
      turn('who is this', {
        persona: { name: 'Sunny', businessName: 'Hill Country Homes' },
        inquiry: {
          id: 'inq-1',
          at: '2026-12-06T17:00:00Z',
          leadType: 'buyer',
          property: { address: '12 Oak St' },
        },
      }),
    );
    const text = sent(decision).join(' ');
    expect(text).toMatch(/I'm Sunny, the automated assistant for Hill Country Homes/);
    expect(text).toMatch(/your inquiry about 12 Oak St/);
  });

  it('without an assigned agent, says someone on the team can take over rather than naming anyone', () => {
    const text = sent(decideTurn(turn("who's texting me?", { agent: { firstName: null } }))).join(' ');
    expect(text).toMatch(/Someone on our team can take over/);
    expect(text).not.toMatch(/our team is a real person/);
  });

  it('answers in Spanish when asked in Spanish', () => {
    const texts = sent(decideTurn(turn('¿quién habla?', {}, { language: 'es', question: '¿quién habla?' })));
    const text = texts.join(' ');
    expect(texts.every((t) => !t.endsWith('...'))).toBe(true);
    expect(text).toMatch(/asistente automático de Hill Country Homes/);
    expect(text).toMatch(/Maria es una persona de nuestro equipo/);
  });
});

describe('Spanish replies', () => {
  const spanish = { language: 'es' as const };

  it('acknowledges and asks the next question in Spanish when the lead writes Spanish', () => {
    const decision = decideTurn(turn('quiero comprar una casa', {}, spanish));
    const [text] = sent(decision);
    expect(text).toMatch(/busca comprar/);
    expect(text).toMatch(/¿(?:Para cuándo piensa mudarse|Qué tan pronto le gustaría mudarse)\?/);
    expect(changesOf(decision)).toContainEqual(['language', 'es']);
  });

  it('keeps Spanish for a text with no words of its own ("3"), and English when the setting is off', () => {
    const profile: StoredProfile = { intent: 'buy', language: 'es' };
    const state = { ...FRESH, pendingSlot: 'beds' as const };
    const [es] = sent(decideTurn(turn('3', { profile, state })));
    expect(es).toMatch(/3 habitaciones/);
    const [en] = sent(decideTurn(turn('3', { profile, state, replyInLeadLanguage: false })));
    expect(en).toMatch(/3 bedrooms/);
    const [off] = sent(decideTurn(turn('quiero comprar', { replyInLeadLanguage: false }, spanish)));
    expect(off).toMatch(/buying/);
  });

  it('asks back a doubtful fact in Spanish', () => {
    const decision = decideTurn(
      turn(
        'presupuesto como 300 mil',
        { profile: { intent: 'buy' }, state: { ...FRESH, pendingSlot: 'budget' } },
        { ...spanish, budgetMax: 300_000, confidence: { budget: 0.6 } },
      ),
    );
    expect(sent(decision)[0]).toMatch(
      /^(?:Solo para confirmar|Para asegurarme de entender bien): ¿un presupuesto de unos \$300,000\?$/,
    );
  });

  it('hands off in Spanish', () => {
    const [text] = sent(
      decideTurn(turn('quiero hablar con una persona', {}, { ...spanish, wantsHuman: true })),
    );
    expect(text).toMatch(/Maria se comunicará con usted|Ya le aviso a Maria/);
  });

  it('goes back to English when the lead does', () => {
    const decision = decideTurn(turn('we want to buy', { profile: { language: 'es' } }));
    expect(sent(decision)[0]).toMatch(/buying/);
    expect(changesOf(decision)).toContainEqual(['language', 'en']);
  });
});

describe('a Spanish first text', () => {
  it('goes on in Spanish right after an English first response, asking the next question', () => {
    const decision = decideTurn(
      turn(
        'Hola, quiero comprar una casa',
        {
          state: { ...FRESH, pendingSlot: null, greetedAfter: true, turnIndex: 0 },
          history: [
            {
              id: 'fr',
              direction: 'outbound',
              author: 'assistant',
              kind: 'first_response',
              body: 'Hi Ana, thanks for reaching out! Are you looking to buy, sell, or both?',
              at: '2026-12-06T17:59:59.000Z',
            },
          ],
        },
        { language: 'es' },
      ),
    );
    const [text] = sent(decision);
    expect(text).toMatch(/^¡Hola! .*español.* busca comprar, casa unifamiliar\. ¿.*mudarse\?$/);
    expect(decision.askedSlot).toBe('timelineMonths');
  });

  it('adds nothing after an English first text, as before', () => {
    const decision = decideTurn(
      turn('hi, looking to buy', {
        state: { ...FRESH, pendingSlot: null, greetedAfter: true, turnIndex: 0 },
      }),
    );
    expect(sent(decision)).toEqual([]);
  });
});

describe('a question asked again', () => {
  it('is asked in another phrasing while the lead has the last one in front of them', () => {
    const voice = {
      agent: 'Maria',
      business: 'Hill Country Homes',
      assistant: null,
      firstName: null,
      zone: 'UTC',
    };
    const phrasings = ['Which home would you be selling?', "What's the address of the home you'd sell?"];
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const first = askQuestion({ ...voice, seed }, 'propertyAddress', phrasings);
      const again = askQuestion({ ...voice, seed }, 'propertyAddress', phrasings, [
        `Great: pre-approved. ${first}`,
      ]);
      expect(again).not.toBe(first);
      expect(phrasings).toContain(again);
    }
  });
});

describe('a thanks and nothing else', () => {
  it.each(['ok thanks', 'thank you!', 'cool, ty'])('%j is thanked back, the question not pressed', (text) => {
    const decision = decideTurn(
      turn(text, {
        profile: { intent: 'buy', timelineMonths: 12 },
        state: {
          ...FRESH,
          pendingSlot: 'preApproved',
          asked: { intent: 1, timelineMonths: 1, preApproved: 1 },
        },
      }),
    );
    const [reply, ...more] = sent(decision);
    expect(reply).toMatch(/^(?:You're welcome!|Anytime!|Happy to help!)$/);
    expect(more).toEqual([]);
    expect(decision.askedSlot).toBeNull();
  });

  it('"thanks, we are pre-approved" still answers and goes on', () => {
    const decision = decideTurn(
      turn('thanks, we are pre-approved', {
        profile: { intent: 'buy' },
        state: { ...FRESH, pendingSlot: 'preApproved', asked: { intent: 1, preApproved: 1 } },
      }),
    );
    expect(decision.askedSlot).not.toBeNull();
  });
});
