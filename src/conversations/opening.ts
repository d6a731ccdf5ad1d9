import type { InquiryContext, Profile, ProfileChange, Slot, StoredProfile } from './engine.types.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';
import { turnLanguage } from './language.js';
import { applyProfileChanges, factsOf } from './profile.js';
import { answerQuestion, asksWhoThisIs } from './questions.js';
import { inquirySeeds, readTurn } from './reading.js';
import * as say from './replies.js';
import { spanishPhrasings } from './script.es.js';
import type { QualificationScript } from './script.js';
import { nextQuestion } from './script.js';
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
}

export interface Opening {
  /** What the inquiry said, for the profile (facts and the conversation's language). */
  changes: ProfileChange[];
  profile: Profile;
  language: 'en' | 'es';
  /** "Thanks for reaching out about 12 Oak St!" */
  thanks: string;
  /** Parts of the reply after the introduction, in order, each dropped first-to-last when space is short. */
  answer: string | null;
  acknowledgement: string | null;
  question: string | null;
  askedSlot: Slot | null;
  /** The inquiry's question, when the knowledge base could not answer it: for the agent. */
  forAgent: string | null;
  /** The lead asked for a person in a form or API inquiry: the agent takes over from the first response. */
  handoff: 'requested_human' | null;
  answered: boolean;
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
      ? { id: input.sourceId, text: input.message, at: input.at, understanding: input.understanding }
      : null;
  if (message) {
    const read = readTurn({ messages: [message], profile, pendingSlot: null });
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

  let answer: string | null = null;
  let forAgent: string | null = null;
  let answered = false;
  let askedSlot: Slot | null = null;
  let next: string | null = null;
  let leftToTurn = false;
  if (question) {
    const outcome = answerQuestion(question, {
      knowledge: input.knowledge,
      inquiry: input.inquiry,
      requestsTime: learned.some((c) => c.field === 'requestedTime'),
      now: input.now,
    });
    if (outcome.kind === 'listing' || outcome.kind === 'faq') {
      answer = outcome.sentences.join(' ');
      answered = true;
      if (outcome.kind === 'listing' && outcome.unanswered) {
        answer = `${answer} ${say.confirmWithAgent(voice)}`;
        forAgent = question;
      }
    } else if (outcome.kind === 'identity' || outcome.kind === 'assistant') {
      // The introduction says who is texting, and that it is automated.
      answered = true;
    } else if (input.turnFollows) {
      // The turn on the same text answers it: it hands off a legal or lending question, notes one for the
      // agent, or asks for a time to visit. Asking the script's question first would talk past it.
      leftToTurn = outcome.kind === 'legal' || outcome.kind === 'lending' || outcome.kind === 'visit';
    } else if (outcome.kind === 'visit') {
      next = say.offerVisit(voice);
      askedSlot = 'requestedTime';
    } else if (outcome.kind === 'confirm' || outcome.kind === 'legal' || outcome.kind === 'lending') {
      answer = say.confirmWithAgent(voice);
      forAgent = question;
    }
  }
  // A form or API lead who asks for a person gets one: the first response says so and intake hands off.
  const handoff = wantsHuman && !input.turnFollows ? ('requested_human' as const) : null;
  if (handoff) next = say.handoffText(voice, handoff);
  if (!next && !wantsHuman && !leftToTurn) {
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
        .acknowledge(voice, learned, profile)
        ?.replace(/^Thanks:/, 'Got it:')
        .replace(/^Gracias:/, 'Entendido:') ?? null,
    question: next,
    askedSlot,
    forAgent,
    handoff,
    answered,
  };
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
 * then the thanks, then the answer, and the question last. `render` puts the reply in the template.
 */
export function fitReply(
  opening: Opening,
  render: (reply: string) => string,
): { text: string; asked: boolean; answered: boolean } {
  const parts: Record<'thanks' | 'answer' | 'acknowledgement' | 'question', string | null> = {
    thanks: opening.thanks,
    answer: opening.answer,
    acknowledgement: opening.acknowledgement,
    question: opening.question,
  };
  const drops: (keyof typeof parts)[] = ['acknowledgement', 'thanks', 'answer', 'question'];
  const text = () =>
    render(
      [parts.thanks, parts.answer, parts.acknowledgement, parts.question].filter((p) => p !== null).join(' '),
    );
  for (const drop of drops) {
    if (fitsTwoSegments(text())) break;
    parts[drop] = null;
  }
  return { text: text(), asked: parts.question !== null, answered: parts.answer !== null };
}

/** The assistant's own introduction in Spanish, for a workspace that kept the default wording. */
export const SPANISH_INTRO =
  'Hola {firstName}, soy el asistente automático de {businessName}, de parte de {agentFullName}.';
