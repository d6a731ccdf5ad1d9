import type { InquiryContext, Profile, ProfileChange, Slot, StoredProfile } from './engine.types.js';
import { answerFromListing } from './knowledge/answers.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';
import { withListingNumbersRead } from './knowledge/listing-numbers.js';
import { inquiryListing } from './knowledge/match.js';
import { turnLanguage } from './language.js';
import { applyProfileChanges, factsOf } from './profile.js';
import { answerQuestion, asksWhoThisIs } from './questions.js';
import { inquirySeeds, readTurn } from './reading.js';
import { askWhatRentalFits, renterReady, saidNothingOfRental, withRenterFacts } from './renting.js';
import * as say from './replies.js';
import { spanishPhrasings } from './script.es.js';
import type { QualificationScript } from './script.js';
import { isQualified, nextQuestion } from './script.js';
import { valuationIntro, withSellerAsk } from './selling.js';
import type { Understanding } from './understanding/understanding.schema.js';
import { fitsTwoSegments } from './wording.js';

/**
 * The first response's own words, built from the inquiry with no I/O: what the form, the API fields and
 * the lead's message told us goes on the profile (confident facts only, each with its source), and the
 * reply says back what was understood, answers a question the message asked when the knowledge base
 * holds the answer, and asks the first question of the script still unanswered. A fact read with too
 * little confidence is neither stored nor said: the conversation asks it later.
 */
export interface OpeningInput {
  /** The lead's words in the inquiry (the form or API message, or the first text), if any. */
  message: string | null;
  understanding: Understanding | null;
  /** Names the facts' source: `inquiry:<id>`, or the lead's first text. */
  sourceId: string;
  at: string;
  inquiry: InquiryContext | null;
  /**
   * The inquiry is the lead's first text, whose own turn follows the first response: a question only a
   * person can answer, a visit or a request for a person is left to that turn.
   */
  turnFollows: boolean;
  /** What the profile held before (a repeat inquiry). */
  profile: StoredProfile;
  script: QualificationScript;
  knowledge: KnowledgeFacts;
  leadId: string;
  firstName: string | null;
  agentFirstName: string | null;
  businessName: string;
  tz: string;
  now: Date;
  replyInLeadLanguage: boolean;
  /** A buyer qualified by the inquiry alone and moving within this many months goes to the agent at once. */
  hotTimelineMonths: number;
}

export interface Opening {
  /** What the inquiry said, for the profile (facts and the conversation's language). */
  changes: ProfileChange[];
  profile: Profile;
  language: 'en' | 'es';
  /** "Thanks for reaching out about 12 Oak St!" */
  thanks: string;
  /** The answer to the inquiry's question, sentence by sentence. */
  answer: string[] | null;
  /** The inquiry's question, kept for the agent should the answer not fit the text. */
  inquiryQuestion: string | null;
  acknowledgement: string | null;
  question: string | null;
  askedSlot: Slot | null;
  /** The inquiry's question, when the knowledge base could not answer it: for the agent. */
  forAgent: string | null;
  /**
   * The agent takes over from the first response: the lead asked for a person, or the inquiry alone
   * makes a buyer qualified and ready to move soon (a hot lead).
   */
  handoff: 'requested_human' | 'hot_lead' | 'renter_ready' | null;
  answered: boolean;
  /** The lead's first text, whose own turn follows: an answer that does not fit may wait for it. */
  turnFollows: boolean;
  /** The home the form or API named has sold, is under contract or off the market: no showing of it. */
  offMarket: boolean;
}

export function buildOpening(input: OpeningInput): Opening {
  const source = { messageId: input.sourceId, at: input.at };
  const seeds = inquirySeeds(input.profile, input.inquiry);
  let profile = factsOf(applyProfileChanges(input.profile, seeds));
  const changes: ProfileChange[] = [...seeds];
  let learned: ProfileChange[] = [];
  let question: string | null = null;
  let wantsHuman = false;
  const message =
    input.message && input.understanding
      ? withListingNumbersRead(
          { id: input.sourceId, text: input.message, at: input.at, understanding: input.understanding },
          input.knowledge.listings,
          input.tz,
        )
      : null;
  let asksWorth = false;
  if (message) {
    // Read as a turn reads a text: a renter's move-in date and pets, "what is my house worth?" as selling.
    const read = withSellerAsk(
      withRenterFacts(readTurn({ messages: [message], profile, pendingSlot: null }), {
        messages: [message],
        pendingSlot: null,
        tz: input.tz,
      }),
      [message],
    );
    asksWorth = read.asksWorth;
    profile = read.profile;
    learned = read.learned;
    changes.push(...learned);
    question = read.questions.at(-1) ?? (asksWhoThisIs(message.text) ? message.text : null);
    wantsHuman = read.wantsHuman;
  }
  const spoken = message ? turnLanguage([message], input.profile.language) : input.profile.language;
  const language = input.replyInLeadLanguage && spoken === 'es' ? 'es' : 'en';
  if (language === 'es' && input.profile.language !== 'es') {
    changes.push({ field: 'language', value: 'es', ...source });
  }
  const voice: say.Voice = {
    agent: input.agentFirstName ?? (language === 'es' ? 'nuestro equipo' : 'our team'),
    agentNamed: input.agentFirstName !== null,
    business: input.businessName,
    assistant: null,
    firstName: input.firstName,
    seed: `${input.leadId}:opening`,
    zone: input.tz,
    lang: language,
  };

  let answer: string[] | null = null;
  let forAgent: string | null = null;
  let answered = false;
  let askedSlot: Slot | null = null;
  let next: string | null = null;
  let leftToTurn = false;
  /** Asked about a home on the market by a lead whose plans are not known yet: the tour comes next. */
  let toured = false;
  if (asksWorth) {
    answer = [valuationIntro(voice)];
    answered = true;
  }
  // The home the form or API named has sold, is under contract or off the market: the lead hears it
  // first, whatever else they asked, rather than questions about a home they cannot have.
  const gone = offMarketInquiry(input, language);
  if (question && !answer) {
    const outcome = answerQuestion(question, {
      knowledge: input.knowledge,
      inquiry: input.inquiry,
      requestsTime: learned.some((c) => c.field === 'requestedTime'),
      now: input.now,
      // "I saw 12 Oak St. How much is it?": the home named beside the question is the one it means.
      earlier: message ? [message.text] : [],
      lang: language,
    });
    if (outcome.kind === 'listing' || outcome.kind === 'faq') {
      answer = [...outcome.sentences];
      answered = true;
      if (outcome.kind === 'listing') toured = tourable(input, outcome.listingId, profile);
      if (outcome.kind === 'listing' && outcome.unanswered) {
        answer.push(say.confirmWithAgent(voice));
        forAgent = question;
      }
    } else if (outcome.kind === 'identity' || outcome.kind === 'assistant') {
      // The introduction says who is texting, and that it is automated.
      answered = true;
    } else if (outcome.kind === 'other_homes') {
      // The agent picks the homes: the lead is told so, and the agent gets the request.
      answer = [say.otherHomesFromAgent(voice)];
      answered = true;
      forAgent = question;
    } else if (outcome.kind === 'confirm') {
      // Said in the first reply, not in a second text after it: the agent is told and will confirm.
      answer = [say.confirmWithAgent(voice)];
      answered = true;
      forAgent = question;
    } else if (input.turnFollows) {
      // The turn on the same text answers it: it hands off a legal or lending question, notes one for the
      // agent, or asks for a time to visit. Asking the script's question first would talk past it.
      leftToTurn =
        outcome.kind === 'legal' ||
        outcome.kind === 'lending' ||
        outcome.kind === 'agent_only' ||
        outcome.kind === 'visit';
    } else if (outcome.kind === 'visit') {
      next = say.offerVisit(voice);
      askedSlot = 'requestedTime';
    } else if (outcome.kind === 'legal' || outcome.kind === 'lending' || outcome.kind === 'agent_only') {
      answer = [say.confirmWithAgent(voice)];
      forAgent = question;
    }
  }
  // Said when nothing answered the inquiry's question either ("Can I see it Monday at 2?"), and no visit
  // of it is offered (intake books none).
  if (gone && !answer) {
    answer = [gone];
    answered = true;
    if (askedSlot === 'requestedTime') {
      next = null;
      askedSlot = null;
    }
  }
  // "can I see 12 Oak St saturday afternoon?" as a first text: the turn on it offers times (or the nearest
  // ones), so a script question before them ("buying, selling, or both?") would ask two things at once.
  if (input.turnFollows && message?.understanding.requestedTime) leftToTurn = true;
  // A form or API lead who asks for a person gets one, and so does a buyer the inquiry alone makes hot,
  // and a renter whose inquiry answered the renter's script (as a turn hands one off): the first response
  // says so and intake hands off. A lead's first text is left to its own turn.
  const handoff = input.turnFollows
    ? null
    : wantsHuman
      ? ('requested_human' as const)
      : hotBuyer(input, profile)
        ? ('hot_lead' as const)
        : renterReady(profile, {})
          ? ('renter_ready' as const)
          : null;
  if (handoff) next = say.handoffText(voice, handoff);
  if (!next && !handoff && !wantsHuman && !leftToTurn && toured) {
    next = say.offerTour(voice);
    askedSlot = 'requestedTime';
  }
  if (!next && !handoff && !wantsHuman && !leftToTurn && saidNothingOfRental(profile)) {
    next = askWhatRentalFits(voice);
  }
  if (!next && !handoff && !wantsHuman && !leftToTurn) {
    const ask = nextQuestion(input.script, profile, {});
    if (ask) {
      next = say.askQuestion(voice, ask.slot, {
        en: ask.phrasings,
        es: spanishPhrasings(ask.slot, profile.intent),
      });
      askedSlot = ask.slot;
    } else if (profile.requestedTime === undefined) {
      next = say.askForMeeting(voice, profile.intent);
      askedSlot = 'requestedTime';
    }
  }
  const address = input.inquiry?.property?.address ?? null;
  return {
    changes,
    profile,
    language,
    thanks: thanksFor(voice, address),
    answer,
    // "Thanks for reaching out! Thanks: buying." says thanks twice.
    acknowledgement:
      say
        .acknowledge(voice, learned, profile, message?.text)
        ?.replace(/^Thanks:/, 'Got it:')
        .replace(/^Gracias:/, 'Entendido:') ?? null,
    question: next,
    askedSlot,
    forAgent,
    inquiryQuestion: question,
    handoff,
    answered,
    turnFollows: input.turnFollows,
    offMarket: gone !== null,
  };
}

/**
 * "is 12 Oak still available?" from a lead who said nothing of their plans: they are asking about a home to
 * see, so the tour is offered rather than "buy, sell, or both?". Not for a sold or off-market home, nor
 * for a lead who already asked a time or said they rent.
 */
function tourable(input: OpeningInput, listingId: string, profile: Profile): boolean {
  const listing = input.knowledge.listings.find((l) => l.id === listingId);
  return (
    listing !== undefined &&
    (listing.status === 'active' || listing.status === 'coming_soon') &&
    profile.intent === undefined &&
    profile.requestedTime === undefined
  );
}

/** The status sentence of the inquiry's own home ("7 Lakeview Dr has sold."), when it is no longer for sale. */
function offMarketInquiry(input: OpeningInput, lang: 'en' | 'es'): string | null {
  const listing = inquiryListing(input.inquiry?.property ?? null, input.knowledge.listings);
  if (!listing || listing.status === 'active' || listing.status === 'coming_soon') return null;
  return (
    answerFromListing(listing, 'is it still available?', { now: input.now, zone: input.tz, lang })
      .sentences[0] ?? null
  );
}

/** Qualified by the inquiry alone, buying, and moving within the workspace's hot timeline. */
function hotBuyer(input: OpeningInput, profile: Profile): boolean {
  const { intent, timelineMonths } = profile;
  return (
    (intent === 'buy' || intent === 'both') &&
    timelineMonths !== undefined &&
    timelineMonths <= input.hotTimelineMonths &&
    isQualified(input.script, profile, {})
  );
}

function thanksFor(voice: say.Voice, address: string | null): string {
  return say.say(
    voice,
    address ? 'thanks-property' : 'thanks',
    address
      ? {
          en: ['Thanks for reaching out about {address}!'],
          es: ['¡Gracias por escribirnos sobre {address}!'],
        }
      : { en: ['Thanks for reaching out!'], es: ['¡Gracias por escribirnos!'] },
    { address: address ?? '' },
  );
}

/**
 * The reply after the introduction, as much of it as fits two segments: the acknowledgement goes first,
 * then the thanks, then the answer's later sentences (its first one stays), then the question, and the
 * answer last; a mere "I'll have Maria confirm that" goes before the question. `cut` tells whether any of
 * a knowledge-base answer was left out, for the agent to follow up.
 */
export function fitReply(
  opening: Opening,
  render: (reply: string) => string,
): { text: string; asked: boolean; answered: boolean; cut: boolean; answerKept: number } {
  const parts = {
    acknowledgement: opening.acknowledgement,
    thanks: opening.thanks as string | null,
    answer: opening.answer ? [...opening.answer] : [],
    question: opening.question,
  };
  const text = () =>
    render(
      [parts.thanks, ...parts.answer, parts.acknowledgement, parts.question]
        .filter((p) => p !== null)
        .join(' '),
    );
  const trimAnswer = () => {
    if (parts.answer.length <= 1) return false;
    parts.answer = parts.answer.slice(0, -1);
    return true;
  };
  const dropAnswer = () => {
    if (parts.answer.length === 0) return false;
    parts.answer = [];
    return true;
  };
  /** Each drops one part, and says whether it had anything to drop. */
  const steps: (() => boolean)[] = [() => drop(parts, 'acknowledgement'), () => drop(parts, 'thanks')];
  // An answer from the knowledge base outranks the question; "I'll have Maria confirm that" does not.
  // An answer too long to fit even alone gives its place back to the question.
  const answerForQuestion = () => {
    if (!dropAnswer()) return false;
    parts.question = opening.question;
    return true;
  };
  if (opening.answered) {
    steps.push(
      trimAnswer,
      () => drop(parts, 'question'),
      answerForQuestion,
      () => drop(parts, 'question'),
    );
  } else steps.push(dropAnswer, () => drop(parts, 'question'));

  for (const step of steps) {
    while (!fitsTwoSegments(text()) && step()) {
      // Tried again after each drop, until the text fits or the step has nothing left to drop.
    }
  }
  const { answer, question } = parts;
  const kept = answer.length;
  return {
    text: text(),
    asked: question !== null,
    answered: kept > 0,
    cut: opening.answered && kept < (opening.answer?.length ?? 0),
    answerKept: kept,
  };
}

function drop<K extends string>(parts: Record<K, string | null | string[]>, key: K): boolean {
  if (parts[key] === null) return false;
  parts[key] = null;
  return true;
}

/** The assistant's own introduction in Spanish, for a workspace that kept the default wording. */
export const SPANISH_INTRO =
  'Hola {firstName}, soy el asistente automático de {businessName}, de parte de {agentFullName}.';
