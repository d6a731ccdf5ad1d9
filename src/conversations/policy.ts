import type { LeadStage } from '../leads/leads.table.js';
import { isBrowsing, nurture, saysBrowsingFirst } from './browsing.js';
import type {
  AnswerSource,
  HandoffReason,
  Profile,
  ProfileChange,
  ReplyDraft,
  Slot,
  TurnAction,
  TurnDecision,
  TurnInput,
} from './engine.types.js';
import { beyondTheRow } from './knowledge/answers.js';
import { withListingNumbersRead } from './knowledge/listing-numbers.js';
import { listingNamedIn } from './knowledge/match.js';
import { turnLanguage } from './language.js';
import { applyProfileChanges, factsOf } from './profile.js';
import { answerQuestion, asksWhoThisIs, questionsTogether } from './questions.js';
import { inquirySeeds, readTurn } from './reading.js';
import { renterReady, withRenterFacts } from './renting.js';
import { textsSinceLeadWrote } from './repeats.js';
import * as say from './replies.js';
import { scoreLead } from './score.js';
import { spanishPhrasings } from './script.es.js';
import { isQualified, MAX_ASKS, nextQuestion } from './script.js';
import { valuationIntro, withSellerAsk } from './selling.js';
import {
  asksForAgent,
  isFrustrated,
  isNotInterested,
  onlyThanks,
  questionMeant,
  repeatsQuestion,
  saysNo,
  saysThanks,
  saysUnanswered,
} from './signals.js';
import { handoffSummary } from './summary.js';
import { MAX_SEGMENTS, packTexts, windowPhrase } from './wording.js';

/** Stages the conversation moves through by itself, in order; it never moves a lead back down them. */
const PROGRESSION: readonly LeadStage[] = ['new', 'contacted', 'engaged', 'qualified', 'appointment'];

function advance(current: LeadStage, to: LeadStage): LeadStage {
  const from = PROGRESSION.indexOf(current);
  // From outside the progression (resumed after a handoff, back from nurture) the engine starts again.
  return from === -1 || PROGRESSION.indexOf(to) > from ? to : current;
}

interface Part {
  text: string;
  facts: readonly string[];
}

/**
 * One turn of the conversation, decided from what is known, with no I/O: the same input always gives
 * the same actions. Order of concern: a lead who is done is let go; a lead who needs a person gets
 * one; a question is answered from facts or passed on; a time to meet is recorded; otherwise the next
 * qualification question, one at a time, never one whose answer is known.
 */
export function decideTurn(given: TurnInput): TurnDecision {
  const input: TurnInput = {
    ...given,
    messages: given.messages.map((m) => withListingNumbersRead(m, given.knowledge.listings, given.tz)),
  };
  const { state, script } = input;
  const seeds = inquirySeeds(input.profile, input.inquiry);
  const seeded = factsOf(applyProfileChanges(input.profile, seeds));
  const pendingCheck = input.profile.check ?? null;
  // A renter's move-in date and pets, and "what is my house worth?" as selling, read beside the rest.
  const read = withSellerAsk(
    withRenterFacts(
      readTurn({
        messages: input.messages,
        profile: seeded,
        pendingSlot: state.pendingSlot,
        check: pendingCheck,
      }),
      { messages: input.messages, pendingSlot: state.pendingSlot, tz: input.tz },
    ),
    input.messages,
  );
  const profile: Profile = read.profile;
  // A time asked for in the lead's first text or in the inquiry, which the first response already put on
  // the profile: offered on this turn, once.
  const timeSource = input.profile.sources?.requestedTime;
  const openedWith = input.messages.find((m) => m.id === timeSource?.messageId);
  const fromInquiry =
    timeSource?.messageId.startsWith('inquiry:') === true &&
    (state.asked.requestedTime ?? 0) === 0 &&
    !('pendingOffer' in input.profile);
  const openingRequest: ProfileChange | undefined =
    (openedWith || fromInquiry) &&
    profile.requestedTime &&
    Date.parse(profile.requestedTime.end) > input.now.getTime() &&
    timeSource
      ? {
          field: 'requestedTime',
          value: profile.requestedTime,
          messageId: timeSource.messageId,
          at: timeSource.at,
        }
      : undefined;
  const changes = [...seeds, ...read.learned];
  const newest = input.messages.at(-1);
  const language = turnLanguage(input.messages, input.profile.language);
  const memo = { messageId: newest?.id ?? 'turn', at: newest?.at ?? input.now.toISOString() };
  // English is the default and not written down; a conversation that turns Spanish (or back) is.
  if (language && language !== (input.profile.language ?? 'en')) {
    changes.push({ field: 'language', value: language, ...memo });
  }
  const lang = input.replyInLeadLanguage === false ? 'en' : (language ?? 'en');
  const voice: say.Voice = {
    agent: input.agent.firstName ?? (lang === 'es' ? 'nuestro equipo' : 'our team'),
    agentNamed: input.agent.firstName !== null,
    business: input.persona.businessName,
    // A name the workspace gave its assistant; a person's name is never the assistant's.
    assistant:
      input.persona.name !== input.agent.firstName && input.persona.name !== input.persona.businessName
        ? input.persona.name
        : null,
    firstName: input.lead.firstName,
    seed: `${input.leadId}:${state.turnIndex}`,
    zone: input.tz,
    lang,
  };

  const asked: Partial<Record<Slot, number>> = { ...state.asked };
  // A "no" to "Just to check: Wed, Dec 16 at 6:15 PM?" corrects the time; it does not refuse to meet.
  const refusedMeeting =
    state.pendingSlot === 'requestedTime' && !pendingCheck && newest !== undefined && saysNo(newest.text);
  const declinedSlot = read.declined || refusedMeeting ? state.pendingSlot : null;
  if (declinedSlot) asked[declinedSlot] = MAX_ASKS;

  const actions: TurnAction[] = [];
  const parts: Part[] = [];
  const part = (text: string, facts: readonly string[] = []) => parts.push({ text, facts });
  let stage = input.stage;
  let handoff: HandoffReason | null = null;
  let answered: AnswerSource | null = null;
  let askedSlot: Slot | null = null;
  let progressed = read.learned.length > 0;
  let offerVisit = false;
  let greeted = state.greetedAfter;

  const earlierTexts = input.history
    .filter((m) => m.direction === 'inbound' && !input.messages.some((t) => t.id === m.id))
    .map((m) => m.body);
  // The lead's words before this turn: the inquiry's (a form's message is no text of theirs) and texts.
  const inquiryWords = (input.inquiry?.messages ?? []).filter(
    (said) => !earlierTexts.includes(said) && !input.messages.some((m) => m.text === said),
  );
  const earlierQuestions = [...inquiryWords, ...earlierTexts];
  const lastQuestion =
    read.questions.at(-1) ??
    (asksWhoThisIs(read.text) || asksAboutNamed(read.text, input.knowledge) ? read.text : null);

  const letGo = isNotInterested(read.text) && !read.wantsHuman;
  /** A question of the lead's that goes to the agent, quoted in the handoff. */
  let unanswered: string | null = null;
  /** The handoff's words when they differ from its reason's. */
  let handoffWords: HandoffReason | null = null;
  // The first response built from the inquiry already answered the question of a lead's first text.
  const openerAnswered = state.greetedAfter && input.profile.opening?.answered === true;

  if (letGo) {
    part(say.notInterestedClose(voice));
    stage = 'lost';
    actions.push({
      type: 'note',
      kind: 'lead_lost',
      subject: 'Lead says they are out of the market',
      body: `"${read.text.slice(0, 300)}"`,
    });
  } else {
    // "Can we meet with Maria Thursday at 11?" asks for a time with her: booked, not handed off.
    // Asking for a person or a call ("a real person", "call me at 5") still hands off.
    const asksToMeet =
      input.canBook === true &&
      read.learned.some((c) => c.field === 'requestedTime') &&
      MEETING.test(read.text) &&
      !PERSON_OR_CALL.test(read.text);
    if ((read.wantsHuman || asksForAgent(read.text, input.agent.firstName)) && !asksToMeet)
      handoff = 'requested_human';
    else if (saysUnanswered(read.text)) {
      handoff = 'unanswered_question';
      unanswered = questionMeant(read.text, earlierQuestions);
    } else if (
      lastQuestion &&
      (repeatsQuestion(lastQuestion, earlierQuestions) || asksAgainBeyond(lastQuestion, earlierQuestions))
    ) {
      handoff = 'unanswered_question';
      unanswered = lastQuestion;
    } else if (isFrustrated(read.text)) handoff = 'frustration';

    // The first response (the workspace's template) answered a Spanish first text in English: the
    // conversation goes on in Spanish at once, as an ordinary turn, rather than waiting for the next text.
    const openInSpanish =
      state.greetedAfter &&
      lang === 'es' &&
      !input.history.some((m) => m.kind === 'first_response' && isSpanish(m.body));
    if (openInSpanish) part(say.spanishOpening(voice));
    greeted = state.greetedAfter && !openInSpanish;
    if (!greeted) {
      const ack = say.acknowledge(voice, read.learned, profile, read.text);
      if (ack) part(ack);
    }
    // Said once: a first text's first response that answered it has said it.
    if (read.asksWorth && !handoff && !openerAnswered) part(valuationIntro(voice));
    if (read.declinedCalls) {
      part(say.noCalls(voice));
      actions.push({
        type: 'note',
        kind: 'no_calls',
        subject: 'Lead asked not to be called',
        body: `"${read.text.slice(0, 300)}". Calls are off; texting stays open.`,
      });
    }

    if (lastQuestion && !handoff && !openerAnswered) {
      const outcome = answerQuestion(questionsTogether(read.questions) ?? lastQuestion, {
        knowledge: input.knowledge,
        inquiry: input.inquiry,
        // A time read with a doubt is still a request to meet: it is asked back, not passed to the agent.
        requestsTime:
          read.learned.some((c) => c.field === 'requestedTime') ||
          openingRequest !== undefined ||
          read.doubt?.slot === 'requestedTime',
        now: input.now,
        // "Vi la casa en 12 Oak St. ¿Cuánto cuesta?": the home named in this text is the one asked about.
        earlier: [...earlierQuestions, ...input.messages.map((m) => m.text)],
        lang,
      });
      switch (outcome.kind) {
        case 'listing':
        case 'faq':
          answered = outcome.kind;
          part(outcome.sentences.join(' '), outcome.facts);
          if (outcome.kind === 'listing' && outcome.unanswered) {
            part(say.confirmWithAgent(voice));
            actions.push(questionNote(lastQuestion));
          }
          break;
        case 'assistant':
          answered = 'assistant';
          for (const sentence of say.aboutTheAssistant(voice)) part(sentence);
          break;
        case 'identity':
          answered = 'assistant';
          for (const sentence of say.whoWeAre(voice, input.inquiry?.property?.address ?? null))
            part(sentence);
          break;
        case 'legal':
          handoff = 'legal_question';
          break;
        case 'lending':
          handoff = 'lending_question';
          break;
        case 'agent_only':
          handoff = 'unanswered_question';
          unanswered = lastQuestion;
          // Asked for the first time: "a question for Maria", not the apology for one missed.
          handoffWords = 'legal_question';
          break;
        case 'clarify':
          if (state.pendingSlot) asked[state.pendingSlot] = Math.max(0, (asked[state.pendingSlot] ?? 1) - 1);
          break;
        case 'booking':
          break;
        case 'visit':
          answered = 'assistant';
          offerVisit = true;
          break;
        case 'confirm':
          answered = 'confirm';
          part(say.confirmWithAgent(voice));
          actions.push(questionNote(lastQuestion));
          break;
        case 'other_homes':
          answered = 'confirm';
          part(say.otherHomesFromAgent(voice));
          actions.push(questionNote(lastQuestion));
          break;
      }
    }

    const requested = read.learned.find((c) => c.field === 'requestedTime') ?? openingRequest;
    // "thu the 16th" when the 16th is a Wednesday: which day is asked, nothing is booked or guessed
    const dayConflict = requested
      ? undefined
      : input.messages.findLast((m) => m.understanding.dateConflict)?.understanding.dateConflict;
    let offered = false;
    const booking = input.canBook === true && input.stage !== 'appointment';
    if (requested && profile.requestedTime && input.canBook) {
      // Concrete times near the one asked for follow this turn's reply (turn.service.ts); with an
      // appointment already booked, moving it is booking.ts's (a change of time in so many words).
      if (booking) {
        offered = true;
        actions.push({
          type: 'offer',
          requestedTime: profile.requestedTime,
          summary: `${input.lead.firstName ?? 'The lead'} asked to meet.`,
        });
      }
    } else if (requested && profile.requestedTime) {
      const when = windowPhrase(profile.requestedTime, input.tz, lang);
      part(say.bookingNoted(voice, when), [when]);
      stage = advance(stage, 'appointment');
      actions.push({
        type: 'booking',
        requestedTime: profile.requestedTime,
        messageId: requested.messageId,
        summary: `${input.lead.firstName ?? 'The lead'} asked to meet ${when} (${input.tz}).`,
      });
    }

    const qualified = isQualified(script, profile, asked);
    if (qualified) stage = advance(stage, 'qualified');
    const timeline = profile.timelineMonths;
    // A renter goes to the agent as a renter once the renter's script is done, never as a hot buyer; a
    // seller who can book the listing appointment is offered it rather than handed off.
    if (!handoff && renterReady(profile, asked)) handoff = 'renter_ready';
    const listingFirst = profile.intent === 'sell' && input.canBookListing === true;
    // A hot lead who asked for a time, or has one booked, meets the agent then: the booking tells her.
    const meetsAgent = offered || input.stage === 'appointment';
    if (
      !handoff &&
      !meetsAgent &&
      qualified &&
      profile.intent !== 'rent' &&
      !listingFirst &&
      timeline !== undefined &&
      timeline <= input.handoff.hotTimelineMonths
    ) {
      handoff = 'hot_lead';
    }
    if (!handoff && input.forceHandoff) handoff = input.forceHandoff;

    // A doubtful reading is asked back before anything else is asked, and only once in a row. After the
    // first response to a first text, only a doubtful time is: the turn would otherwise ask for one.
    const doubt =
      read.doubt &&
      (!greeted || read.doubt.slot === 'requestedTime') &&
      !(pendingCheck && pendingCheck.slot === read.doubt.slot)
        ? read.doubt
        : null;
    progressed ||=
      answered === 'listing' ||
      answered === 'faq' ||
      answered === 'assistant' ||
      !!requested ||
      !!doubt ||
      !!dayConflict;
    if (!handoff && !progressed && state.turnsWithoutProgress + 1 >= input.handoff.maxTurnsWithoutProgress) {
      handoff = 'no_progress';
    }

    const checkText = doubt && !handoff ? say.checkBack(voice, doubt, profile) : null;
    if (handoff) {
      part(say.handoffText(voice, handoffWords ?? handoff));
      askedSlot = null;
    } else if (doubt && checkText) {
      part(checkText);
      askedSlot = doubt.slot;
      changes.push({ field: 'check', value: doubt, ...memo });
    } else if (dayConflict) {
      // noon to midnight UTC lies within that calendar day in every US zone: the phrase is the day alone
      const dayOf = (date: string) =>
        windowPhrase({ start: `${date}T12:00:00Z`, end: `${date}T23:59:00Z` }, input.tz, lang);
      const [first, second] = [dayConflict.date, dayConflict.weekdayDate].sort();
      part(say.askWhichDay(voice, [dayOf(first ?? ''), dayOf(second ?? '')]));
      askedSlot = 'requestedTime';
    } else if (offerVisit && profile.requestedTime === undefined) {
      part(say.offerVisit(voice));
      askedSlot = 'requestedTime';
    } else if (
      !greeted &&
      !offered &&
      parts.length === 0 &&
      read.learned.length === 0 &&
      input.messages.every((m) => onlyThanks(m.text))
    ) {
      // "ok thanks" to a question: thanked back, the question left for the follow-up rather than pressed.
      part(say.welcome(voice));
    } else if (!greeted && !offered) {
      // Times offered this turn are the question: the script's next one waits.
      const question = nextQuestion(script, profile, asked);
      const asking = question && {
        slot: question.slot,
        text: say.askQuestion(
          voice,
          question.slot,
          { en: question.phrasings, es: spanishPhrasings(question.slot, profile.intent) },
          textsSinceLeadWrote(input.history),
        ),
      };
      // A lead just browsing is kept in touch with, not offered times they did not ask for.
      const browsing = profile.requestedTime === undefined && isBrowsing(input, profile);
      const justSaid = browsing && saysBrowsingFirst(input);
      if (browsing && (justSaid || (!asking && state.pendingSlot !== null))) {
        const next = nurture(voice, profile, asked, { justSaid, question: asking });
        for (const text of next.texts) part(text);
        askedSlot = next.asked;
      } else if (asking) {
        part(asking.text);
        askedSlot = asking.slot;
      } else if (
        !browsing &&
        booking &&
        !offered &&
        profile.requestedTime === undefined &&
        (asked.requestedTime ?? 0) < MAX_ASKS
      ) {
        // Qualified: the times offered after this turn are the question.
        actions.push({ type: 'offer', requestedTime: null, summary: 'Qualified: times offered.' });
        askedSlot = 'requestedTime';
      } else if (!browsing && profile.requestedTime === undefined && (asked.requestedTime ?? 0) < MAX_ASKS) {
        part(say.askForMeeting(voice, profile.intent));
        askedSlot = 'requestedTime';
      } else if (
        state.pendingSlot === 'requestedTime' &&
        asked.requestedTime === MAX_ASKS &&
        parts.length === 0
      ) {
        part(say.noMeetingNow(voice));
      }
    }
    // The inquiry's time is offered once: its offer counts as asking for a time.
    if (offered && fromInquiry && !openedWith && askedSlot === null) askedSlot = 'requestedTime';
    if (parts.length === 0 && newest && saysThanks(newest.text)) part(say.welcome(voice));
  }

  if (pendingCheck && !changes.some((c) => c.field === 'check')) {
    changes.push({ field: 'check', value: null, ...memo });
  }
  if (changes.length > 0) actions.unshift({ type: 'profile', changes });
  if (handoff) stage = 'handed_off';
  else if (!letGo) stage = advance(stage, 'engaged');
  if (stage !== input.stage) actions.push({ type: 'stage', stage });

  const score = scoreLead(profile, { replies: countReplies(input) });
  actions.push({ type: 'score', score: score.score, factors: score.factors });
  if (handoff) {
    actions.push({
      type: 'handoff',
      reason: handoff,
      summary: handoffSummary({
        reason: handoff,
        leadName: input.lead.firstName,
        profile,
        score: score.score,
        history: input.history,
        zone: input.tz,
        // A doubt not asked because a person takes over, or a check the lead did not answer.
        unconfirmed: read.doubt ?? (read.checkAnswer === null ? pendingCheck : null),
        question: unanswered,
      }),
    });
  }
  for (const draft of drafts(parts)) actions.push({ type: 'send', draft });

  return {
    actions,
    askedSlot,
    declinedSlot,
    progressed: progressed || handoff !== null || letGo,
    answered,
    handoff,
  };
}

/**
 * "hello? does it have a pool or not" after "Does 34 Pine have a pool?": asked again about something no
 * listing row holds, which only the agent can answer.
 */
function asksAgainBeyond(question: string, earlier: readonly string[]): boolean {
  const things = beyondTheRow(question);
  return things.length > 0 && earlier.some((said) => beyondTheRow(said).some((t) => things.includes(t)));
}

/** "what about 7 lakeview dr", "and 34 pine ave": a question about the listing it names, without a "?". */
function asksAboutNamed(text: string, knowledge: TurnInput['knowledge']): boolean {
  return (
    /^(?:and |ok |so )?(?:what|how) about\b|^and (?:the )?\d/i.test(text.trim()) &&
    listingNamedIn(text, knowledge.listings) !== null
  );
}

/** "can we meet with Maria Thursday at 11?", "see the house with her at 4": a meeting asked for at a time. */
const MEETING = /\b(?:meet|see|tour|show|visit|come by|stop by|reunirnos|vernos|ver la casa)\b/i;
const PERSON_OR_CALL = /\b(?:person|human|someone|somebody|call|phone|talk|speak|llamar|llamada|hablar)\b/i;

/** A text in Spanish already: a workspace whose own first-response template is Spanish needs no switch. */
const isSpanish = (text: string) => /[¿¡ñáéíóú]|\b(?:hola|gracias|usted|busca)\b/i.test(text);

function questionNote(question: string): TurnAction {
  return {
    type: 'note',
    kind: 'question_for_agent',
    subject: 'A question for you to confirm',
    body: `The lead asked: "${question.slice(0, 300)}". The assistant said you would confirm.`,
  };
}

/** The lead's texts so far, this turn's included. */
function countReplies(input: TurnInput): number {
  const ids = new Set(input.history.filter((m) => m.direction === 'inbound').map((m) => m.id));
  for (const message of input.messages) ids.add(message.id);
  return ids.size;
}

/** Parts packed into texts of two segments at most, each with the facts it states. */
function drafts(parts: readonly Part[]): ReplyDraft[] {
  return packTexts(parts.map((p) => p.text)).map((text) => ({
    text,
    facts: parts.flatMap((p) => p.facts).filter((fact) => text.includes(fact)),
    maxSegments: MAX_SEGMENTS,
  }));
}
