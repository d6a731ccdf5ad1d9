import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGING_SETTINGS } from '../messaging/messaging.settings.js';
import { DEFAULT_CONVERSATION_SETTINGS } from './conversation.settings.js';
import type { StoredProfile } from './engine.types.js';
import { firstResponseText, inquiryReading } from './first-response.js';
import { answerFromListing } from './knowledge/answers.js';
import type { ListingFacts } from './knowledge/knowledge.types.js';
import { spellOutListings, withListingNumbersRead } from './knowledge/listing-numbers.js';
import { buildOpening, type OpeningInput } from './opening.js';
import { decideTurn } from './policy.js';
import { answerQuestion } from './questions.js';
import { actionOf, NOW, OAK_ST, sent, TZ, turn, understood } from './turn.fixtures.js';
import { fitsTwoSegments } from './wording.js';

const OAK: ListingFacts = { ...OAK_ST, url: null };
const knowledge = { listings: [OAK], faqs: [], zone: TZ };

/** The inquiry of a lead's first text, its own turn following. */
const openingInput = (text: string): OpeningInput => ({
  message: text,
  understanding: understood(text),
  sourceId: 'msg-1',
  at: NOW.toISOString(),
  inquiry: null,
  turnFollows: true,
  profile: {},
  script: DEFAULT_CONVERSATION_SETTINGS.script,
  knowledge,
  leadId: 'lead-1',
  firstName: null,
  agentFirstName: 'Maria',
  businessName: 'Hill Country Homes',
  tz: TZ,
  now: NOW,
  replyInLeadLanguage: true,
  hotTimelineMonths: 3,
});

const opening = (text: string) => buildOpening(openingInput(text));

/** A form or API inquiry without a message: what it says is in its fields. */
const fieldsOnly = (inquiry: OpeningInput['inquiry'], extra: Partial<OpeningInput> = {}) =>
  buildOpening({
    ...openingInput(''),
    message: null,
    understanding: null,
    sourceId: 'inquiry:1',
    turnFollows: false,
    inquiry,
    ...extra,
  });

describe("a listing's house number", () => {
  it('is spelled out as its street where the text leaves off the suffix, and left as written with it', () => {
    expect(spellOutListings('is 12 oak still available?', [OAK])).toBe('is 12 Oak St still available?');
    expect(spellOutListings('can I see 12 Oak St at 10', [OAK])).toBe('can I see 12 Oak St at 10');
    expect(spellOutListings('can we meet at 12 tomorrow', [OAK])).toBe('can we meet at 12 tomorrow');
  });

  it('is no time to meet: "is 12 oak still available?" asks none, "12 oak tmrw at 10" asks 10', () => {
    const at = NOW.toISOString();
    const available = 'is 12 oak still available?';
    expect(understood(available).requestedTime).not.toBeNull();
    const read = withListingNumbersRead(
      { id: 'm', text: available, at, understanding: understood(available) },
      [OAK],
      TZ,
    );
    expect(read.understanding.requestedTime).toBeNull();
    expect(read.understanding.confidence.requestedTime).toBeUndefined();
    const visit = 'can i see 12 oak tmrw at 10';
    const time = withListingNumbersRead(
      { id: 'm', text: visit, at, understanding: understood(visit) },
      [OAK],
      TZ,
    ).understanding.requestedTime;
    expect(time?.start).toBe('2026-12-07T10:00:00-06:00');
  });
});

describe("the first reply to a lead's first text that asks about a home", () => {
  it('answers from the listing and offers the tour, rather than asking buy, sell or both', () => {
    const o = opening('is 12 oak still available?');
    expect(o.answer).toEqual(['12 Oak St is still available.']);
    expect(o.question).toMatch(/see it with Maria\b.*What day and time/);
    expect(o.askedSlot).toBe('requestedTime');
    expect(o.changes.some((c) => c.field === 'requestedTime')).toBe(false);
  });

  it('says Maria will confirm what the listing does not hold, in the same text, and answers it', () => {
    const o = opening('does 12 Oak St have a pool?');
    expect(o.answer?.join(' ')).toMatch(/Maria confirm/);
    expect(o.answered).toBe(true);
    expect(o.forAgent).toBe('does 12 Oak St have a pool?');
  });
});

describe('a first text that asks to see a home at a time', () => {
  it('asks no script question: the turn on the same text offers the times', () => {
    for (const text of [
      'can i see 12 oak st saturday afternoon?',
      'could we see a house on main st tomorrow at 4',
    ]) {
      const o = opening(text);
      expect(o.question).toBeNull();
      expect(o.askedSlot).toBeNull();
    }
    expect(opening('hi, looking to buy in austin').question).toMatch(/\?/);
  });
});

describe('a listing asked about as a rental', () => {
  it('is said to be for sale, with its price, not "still available"', () => {
    const answer = answerFromListing(OAK, 'Is 12 Oak St available for rent? How much per month?', {
      now: NOW,
      zone: TZ,
    });
    expect(answer.sentences).toEqual(['12 Oak St is for sale, not for rent: it is listed at $450,000.']);
    expect(answer.sentences.join(' ')).not.toMatch(/still available/);
  });
});

describe('a hot lead who asks for a time', () => {
  const qualified: StoredProfile = {
    intent: 'buy',
    timelineMonths: 2,
    preApproved: true,
    budgetMax: 460000,
    areas: ['Austin'],
    beds: 3,
  };

  it('is offered times rather than handed off: the booking brings the agent in', () => {
    const d = decideTurn(turn('can we see a home tomorrow at 10?', { profile: qualified, canBook: true }));
    expect(d.handoff).toBeNull();
    expect(actionOf(d, 'offer')).toBeDefined();
  });

  it('with a showing already booked is not handed off again; without a time asked, it is', () => {
    expect(
      decideTurn(turn('great, thanks', { profile: qualified, stage: 'appointment' })).handoff,
    ).toBeNull();
    expect(decideTurn(turn('great, thanks', { profile: qualified })).handoff).toBe('hot_lead');
  });
});

describe('a lead who asks to meet the agent at a time', () => {
  it('is offered that time when the workspace can book, and handed off when it cannot', () => {
    const text = 'Can we meet with Maria Thursday at 11?';
    const booked = decideTurn(turn(text, { profile: { intent: 'sell' }, canBook: true }));
    expect(booked.handoff).toBeNull();
    expect(actionOf(booked, 'offer')).toBeDefined();
    const noCalendar = decideTurn(turn('can I talk to Maria please', { profile: { intent: 'sell' } }));
    expect(noCalendar.handoff).toBe('requested_human');
    expect(sent(noCalendar).join(' ')).toMatch(/Maria/);
  });
});

describe('a listing answered in Spanish', () => {
  it('is written in Spanish, for the home named beside the question', () => {
    const o = opening('Hola, vi la casa en 12 Oak St. ¿Cuánto cuesta y cuántas recámaras tiene?');
    expect(o.language).toBe('es');
    expect(o.answer).toEqual(['12 Oak St está listada en $450,000.', 'Tiene 3 recámaras y 2 baños.']);
  });

  it('names the open house day in Spanish, and a rental question gets "a la venta"', () => {
    const listing = {
      ...OAK,
      openHouses: [{ start: '2026-12-12T13:00:00-06:00', end: '2026-12-12T16:00:00-06:00' }],
    };
    const context = { now: NOW, zone: TZ, lang: 'es' as const };
    expect(answerFromListing(listing, '¿Cuándo es el open house?', context).sentences).toEqual([
      'Próximo open house en 12 Oak St: sábado 12 de diciembre, 1 PM-4 PM.',
    ]);
    expect(answerFromListing(listing, '¿La casa está en renta?', context).sentences).toEqual([
      '12 Oak St está a la venta, no en renta: está listada en $450,000.',
    ]);
  });
});

describe('a first text whose answer does not fit beside the introduction', () => {
  const WORKSPACE = {
    workspaceId: 'ws',
    workspaceName: 'Hill Country Homes',
    timezone: TZ,
    defaultRegion: 'US',
    settings: DEFAULT_MESSAGING_SETTINGS,
  };
  it('leaves the whole answer to its own turn, not cut with the rest sent to the agent', () => {
    const reading = inquiryReading(
      openingInput('Hola, vi la casa en 12 Oak St. ¿Cuánto cuesta y cuántas recámaras tiene?'),
    );
    const props = {
      workspace: WORKSPACE,
      firstName: null,
      agentName: 'Maria Lopez',
      propertyAddress: null,
      at: NOW.toISOString(),
      sourceId: 'msg-1',
    };
    const text = firstResponseText(reading, props);
    expect(text.body).toMatch(/asistente automático/);
    expect(text.body).not.toMatch(/\$450,000/);
    expect(text.forAgent).toBeNull();
    expect(text.memo.value).toMatchObject({ answered: false });
    expect(text.rest).toEqual([]);
    // A form's message has no turn after it: the answer is cut to fit and the rest goes in the next text.
    const form = firstResponseText(
      { ...reading, opening: { ...reading.opening, turnFollows: false } },
      props,
    );
    expect(form.body).toMatch(/\$450,000/);
    expect(form.rest.join(' ')).toMatch(/3 recámaras/);
    expect(form.forAgent).toBeNull();
    expect(form.memo.value).toMatchObject({ answered: true });
  });

  it('sends both answers of a Spanish form (HOA and open house) in two texts, none left to the agent', () => {
    // No HOA, and an open house on Saturday 12 December 2026.
    const oak: ListingFacts = {
      ...OAK,
      hoa: 0,
      openHouses: [{ start: '2026-12-12T13:00:00-06:00', end: '2026-12-12T16:00:00-06:00' }],
    };
    const reading = inquiryReading({
      ...openingInput(
        'Hola, me interesa la casa en 12 Oak St. ¿Tiene cuota de HOA? ¿Cuándo es el open house?',
      ),
      knowledge: { listings: [oak], faqs: [], zone: TZ },
      turnFollows: false,
    });
    const form = firstResponseText(reading, {
      workspace: WORKSPACE,
      firstName: 'Lucía',
      agentName: 'Maria Lopez',
      propertyAddress: null,
      at: NOW.toISOString(),
      sourceId: 'inquiry:1',
    });
    expect(form.body).toMatch(/de parte de Maria Lopez\. 12 Oak St no tiene cuota de HOA\./);
    expect(form.rest).toHaveLength(1);
    expect(form.rest[0]).toMatch(/open house en 12 Oak St/);
    for (const text of [form.body, ...form.rest]) expect(fitsTwoSegments(text)).toBe(true);
    expect(form.forAgent).toBeNull();
  });
  it('says in the one first text that the agent will confirm what a listing does not hold, in Spanish too', () => {
    for (const [message, name] of [
      ['me interesa la casa de oak st, tiene patio?', 'Jorge'],
      ['me interesa la casa de 12 oak st, tiene alberca?', 'Guadalupe'],
    ] as const) {
      const reading = inquiryReading({ ...openingInput(message), turnFollows: false });
      const form = firstResponseText(reading, {
        workspace: WORKSPACE,
        firstName: name,
        agentName: 'Maria Lopez',
        propertyAddress: null,
        at: NOW.toISOString(),
        sourceId: 'inquiry:1',
      });
      expect(form.body).toMatch(/Maria (?:que )?se lo confirm/);
      expect(form.body).not.toMatch(/recámaras/);
      expect(form.rest).toEqual([]);
      expect(form.forAgent).toBe(message);
    }
  });
});

describe("a seller's question about the listing commission", () => {
  it('is not answered with an FAQ entry written for buyers, and goes to the agent', () => {
    const faqs = [
      {
        id: 'buyer-fee',
        question: 'Do buyers pay you a fee?',
        answer: 'Our buyer fee is agreed in writing before we tour homes.',
        keywords: ['fee', 'commission'],
      },
    ];
    const context = {
      knowledge: { listings: [], faqs, zone: TZ },
      inquiry: null,
      requestsTime: false,
      now: NOW,
    };
    expect(answerQuestion("What's your listing commission?", context)).toEqual({ kind: 'confirm' });
    expect(answerQuestion('do buyers pay a commission?', context)).toMatchObject({ kind: 'faq' });
  });
});

describe('a lead who asks for a person or a call at a time', () => {
  it('is still handed off: the time asked is no request to book a meeting', () => {
    for (const text of ['I want to talk to a real person, call me at 5', 'can I talk to someone today']) {
      expect(decideTurn(turn(text, { profile: { intent: 'buy' }, canBook: true })).handoff).toBe(
        'requested_human',
      );
    }
  });
});

describe("a renter's form that answers the whole renter script", () => {
  const form = (text: string) =>
    buildOpening({ ...openingInput(text), sourceId: 'inquiry:1', turnFollows: false });

  it('is handed to the agent as a renter from the first response, not offered showings', () => {
    const o = form(
      'looking for a 2br to rent in round rock, move in june 1. have a small dog. budget around 1700/mo',
    );
    expect(o.profile).toMatchObject({ intent: 'rent', beds: 2, pets: true, moveInDate: '2027-06-01' });
    expect(o.handoff).toBe('renter_ready');
    expect(o.question).toMatch(/rentals that fit/);
    expect(o.askedSlot).toBeNull();
  });

  it('in Spanish too, the date beside renting being the move-in date; a renter missing a fact is asked it', () => {
    const o = form(
      'busco casa para rentar en austin, 3 recamaras, para el 1 de mayo. tenemos un perrito. maximo 2000 al mes',
    );
    expect(o.profile).toMatchObject({ intent: 'rent', moveInDate: '2027-05-01', pets: true });
    expect(o.profile.requestedTime).toBeUndefined();
    expect(o.handoff).toBe('renter_ready');
    const missing = form('looking for a 2br to rent in round rock, move in june 1. budget around 1700/mo');
    expect(missing.handoff).toBeNull();
    expect(missing.askedSlot).toBe('pets');
  });
});

describe('a renter who has said nothing of the rental yet', () => {
  const renterApiLead = (lang: 'en' | 'es' = 'en') =>
    fieldsOnly(
      { id: '1', at: NOW.toISOString(), leadType: 'renter', property: null },
      { profile: lang === 'es' ? { language: 'es' } : {} },
    );

  it('is asked what they are looking for, naming no fact of the script', () => {
    const api = renterApiLead();
    expect(api.question).toMatch(/what are you looking for/i);
    expect(api.question).not.toMatch(/move|pets?\b|bed|budget|rent (?:are|do) you/i);
    expect(api.askedSlot).toBeNull();
    expect(renterApiLead('es').question).toMatch(/^¿Qué busca/);
  });

  it('has its own question answered first, then the same open question', () => {
    const asks = opening('is 12 oak st for rent');
    expect(asks.profile.intent).toBe('rent');
    expect(asks.answer?.join(' ')).toMatch(/for sale, not for rent/);
    expect(asks.question).toMatch(/what are you looking for/i);
    expect(asks.askedSlot).toBeNull();
  });
});

describe('a form or API inquiry about a home no longer for sale', () => {
  const apiLead = (status: ListingFacts['status']) =>
    fieldsOnly(
      {
        id: '1',
        at: NOW.toISOString(),
        leadType: 'buyer',
        property: { address: '12 Oak St, Austin, TX 78704' },
      },
      { knowledge: { listings: [{ ...OAK, status }], faqs: [], zone: TZ } },
    );

  it('says it has sold or is under contract in the first reply, and asks the next thing still unknown', () => {
    const sold = apiLead('sold');
    expect(sold.answer).toEqual(['12 Oak St has sold.']);
    expect(sold.askedSlot).toBe('timelineMonths');
    expect(apiLead('pending').answer?.[0]).toMatch(/under contract/);
  });

  it('says nothing of a home still for sale that nobody asked about', () => {
    expect(apiLead('active').answer).toBeNull();
  });
});

describe('a Spanish first text that says what the lead wants', () => {
  it('is said back as an English one is, the question after it in a second text when both do not fit', () => {
    const props = {
      workspace: {
        workspaceId: 'ws',
        workspaceName: 'Hill Country Homes',
        timezone: TZ,
        defaultRegion: 'US',
        settings: DEFAULT_MESSAGING_SETTINGS,
      },
      firstName: null,
      agentName: 'Avery Stone',
      propertyAddress: null,
      at: NOW.toISOString(),
      sourceId: 'msg-1',
    };
    const english = firstResponseText(
      inquiryReading(openingInput('hi, looking for a 3 bedroom house in austin')),
      props,
    );
    expect(english.body).toMatch(/Got it: buying, 3 bedrooms, single-family, in Austin\. \S.*\?$/);
    const reading = inquiryReading(openingInput('hola, busco casa de 3 recamaras en austin'));
    const spanish = firstResponseText(reading, props);
    const texts = [spanish.body, ...spanish.rest];
    expect(texts[0]).toMatch(/asistente automático/);
    expect(texts.join(' ')).toMatch(/busca comprar, 3 habitaciones, casa unifamiliar, en Austin\. ¿.+\?$/);
    for (const text of texts) expect(fitsTwoSegments(text)).toBe(true);
    expect(spanish.memo.value).toMatchObject({ asked: reading.opening.askedSlot });
    // An English first text that says so much that the acknowledgement cannot go beside the introduction.
    const long = firstResponseText(
      inquiryReading(
        openingInput(
          'hi! we are looking to buy a 4 bedroom 3 bath single family home in round rock, georgetown or cedar park, budget up to 650k, pre-approved, moving in about 3 months',
        ),
      ),
      props,
    );
    const all = [long.body, ...long.rest].join(' ');
    expect(all).toMatch(/4 bedrooms/);
    expect(all).toMatch(/Round Rock/);
    for (const text of [long.body, ...long.rest]) expect(fitsTwoSegments(text)).toBe(true);
  });
});

describe('a first text asking what their home is worth', () => {
  it('is answered with the valuation in the first response, before the address is asked', () => {
    const first = opening('i might sell my condo next year, what would it get?');
    expect(first.answer?.join(' ')).toMatch(/free(?:, no-obligation)? valuation/);
    expect(first.answered).toBe(true);
    expect(first.askedSlot).toBe('propertyAddress');
  });
});
