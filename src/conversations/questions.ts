import type { InquiryContext } from './engine.types.js';
import { answerFromListing, asksBeyondTheRow, listingTopics } from './knowledge/answers.js';
import type { KnowledgeFacts } from './knowledge/knowledge.types.js';
import {
  inquiryListing,
  listingNamedIn,
  listingsNamedIn,
  matchFaq,
  pointsAtAHome,
} from './knowledge/match.js';
import { asksAboutAssistant, asksToVisit, isLegalQuestion, isLendingQuestion, plain } from './signals.js';

/** How a lead's question is met. Only `listing` and `faq` state facts, and only from the knowledge base. */
export type QuestionOutcome =
  | { kind: 'listing'; listingId: string; sentences: string[]; facts: string[]; unanswered: boolean }
  | { kind: 'faq'; faqId: string; sentences: string[]; facts: string[] }
  | { kind: 'assistant' }
  /** "Who is this?": who is texting and why, truthfully. */
  | { kind: 'identity' }
  | { kind: 'legal' }
  | { kind: 'lending' }
  /** What a seller would take, or how to bid: the agent's to answer. */
  | { kind: 'agent_only' }
  /** "What do you mean?": the question asked last is asked again. */
  | { kind: 'clarify' }
  /** A request to meet phrased as a question ("can I see it tomorrow at 4?"): the booking answers it. */
  | { kind: 'booking' }
  /** A request to see a home without a time ("can we stop by saturday?"): ask for one. */
  | { kind: 'visit' }
  /** "What else do you have around 500k?": other homes, which the agent sends; no listing answers it. */
  | { kind: 'other_homes' }
  | { kind: 'confirm' };

/** "who is this?", "who's texting me", "¿quién habla?": the lead does not know who is writing. */
const IDENTITY = new RegExp(
  [
    String.raw`\bwho(?:'s| is)? (?:this|dis)\b`,
    String.raw`\bwho (?:are|r) (?:you|u)\b`,
    String.raw`\bwho(?:'s| is) (?:texting|messaging|writing) (?:me|us)\b`,
    String.raw`\bwho (?:am i|are we) (?:talking|texting|speaking|chatting) (?:to|with)\b`,
    String.raw`\bhow did you get (?:my|this) (?:number|info)\b`,
    String.raw`\bqui[eé]n (?:es|eres|habla|me escribe|me est[aá] escribiendo)\b`,
    String.raw`\bcon qui[eé]n hablo\b`,
    String.raw`\bde parte de qui[eé]n\b`,
  ].join('|'),
);

export const asksWhoThisIs = (question: string): boolean => IDENTITY.test(plain(question));

/**
 * Questions only the agent answers: what a seller would take, how to bid, and schools (which school or
 * district a home is zoned for, what the schools are like): boundaries change and school talk is a fair
 * housing matter, so the assistant neither answers nor guesses and the agent takes the lead, the
 * question quoted. A form's message that asks one gets "Maria will confirm" and a note, as any question
 * the agent answers.
 */
const AGENT_ONLY = new RegExp(
  [
    String.raw`\b(?:schools?|school district|isd|zoned for|school zone)\b`,
    String.raw`\bwould (?:the |they |he |she )?(?:sellers? )?(?:take|accept|consider|come down|go lower)\b`,
    String.raw`\b(?:make|put in|submit|write) an? offer\b`,
    String.raw`\b(?:is the price|price) negotiable\b`,
    String.raw`\bhow (?:much|low) (?:should|can|could) (?:i|we) (?:offer|bid)\b`,
  ].join('|'),
);

/** The listing named in the latest of the lead's earlier texts that names one. */
function lastNamed(earlier: readonly string[], listings: KnowledgeFacts['listings']) {
  for (const text of [...earlier].reverse()) {
    const named = listingNamedIn(text, listings);
    if (named) return named;
  }
  return null;
}

/** A request for other homes than the one discussed ("what else do you have", "anything similar"). */
const OTHER_HOMES =
  /\b(?:what else|anything else|any(?:thing)? (?:other|similar)|any others|other (?:homes|houses|listings|options|places)|something (?:else|similar)|similar (?:homes|houses|ones|listings)|(?:homes?|houses?|listings?|places?) like (?:it|that|this|this one|that one)|qu[eé] m[aá]s tiene|otras casas)\b/;

const CLARIFY = /^(?:what do you mean|what does that mean|huh|what|sorry|come again|meaning|pardon)\W*$/;

/**
 * Questions about a home in one turn ("is the oak one still avail" / "and price??", sent together): asked
 * as one, so each is answered from the listing and not only the last. Null unless there are several and
 * each asks only what a listing row holds.
 */
export function questionsTogether(questions: readonly string[]): string | null {
  if (questions.length < 2) return null;
  const aboutTheRow = (q: string) => listingTopics(q).length > 0 && !asksBeyondTheRow(q);
  return questions.every(aboutTheRow) ? questions.join(' ') : null;
}

export function answerQuestion(
  question: string,
  context: {
    knowledge: KnowledgeFacts;
    inquiry: InquiryContext | null;
    requestsTime: boolean;
    now: Date;
    /** The lead's earlier words, oldest first: the home named last is the one "it" means. */
    earlier?: readonly string[];
    /** The language the answer is written in (English when absent). */
    lang?: 'en' | 'es' | undefined;
  },
): QuestionOutcome {
  const { listings, faqs } = context.knowledge;
  const topics = listingTopics(question);
  const beyond = asksBeyondTheRow(question);
  const named = listingNamedIn(question, listings);
  const discussed =
    inquiryListing(context.inquiry?.property ?? null, listings) ?? lastNamed(context.earlier ?? [], listings);
  // "does it have an HOA", and "how many baths" once one home is being talked about.
  const aboutTheirHome =
    (topics.length > 0 || beyond) && (pointsAtAHome(question) || (discussed !== null && topics.length > 0));
  // "anything else like it around 400?" asks for other homes, not about the one discussed.
  if (!named && OTHER_HOMES.test(plain(question))) return { kind: 'other_homes' };
  const listing = named ?? (aboutTheirHome ? discussed : null);
  if (listing && (topics.length > 0 || beyond || named)) {
    const answerContext = { now: context.now, zone: context.knowledge.zone, lang: context.lang };
    // Two homes asked about in one text ("are 34 pine and 7 lakeview still for sale?"): each is answered.
    const all = named ? listingsNamedIn(question, listings) : [];
    const homes = all.length >= 2 ? all : [listing];
    const answers = homes.map((l) => answerFromListing(l, question, answerContext));
    const [answer] = answers;
    if (answer && answer.sentences.length > 0)
      return {
        kind: 'listing',
        listingId: homes[0]?.id ?? listing.id,
        sentences: answers.flatMap((a) => a.sentences),
        facts: answers.flatMap((a) => a.facts),
        unanswered: answers.some((a) => a.unanswered),
      };
  }
  // "first time buyer here, do buyers pay you a fee??": the FAQ of the clause that asks comes first.
  const faq = forTheAsker(matchFaq(askingClauses(question), faqs) ?? matchFaq(question, faqs), question);
  if (faq) return { kind: 'faq', faqId: faq.id, sentences: [faq.answer], facts: [faq.answer] };
  if (asksWhoThisIs(question)) return { kind: 'identity' };
  if (asksAboutAssistant(question)) return { kind: 'assistant' };
  if (isLegalQuestion(question)) return { kind: 'legal' };
  if (isLendingQuestion(question)) return { kind: 'lending' };
  if (AGENT_ONLY.test(plain(question))) return { kind: 'agent_only' };
  if (CLARIFY.test(plain(question))) return { kind: 'clarify' };
  if (context.requestsTime && topics.length === 0) return { kind: 'booking' };
  if (asksToVisit(question) && topics.length === 0) return { kind: 'visit' };
  return { kind: 'confirm' };
}

/** "What's your listing commission?": a seller's fee, asked about selling or listing a home. */
const SELLERS_FEE =
  /\b(?:listing (?:commission|fee|rate)s?|(?:commission|fee|rate)s? (?:to|for) (?:sell|list)|sell(?:er'?s|ing)? (?:commission|fee)s?)\b/;
const FOR_BUYERS = /\bbuyers?\b/;

/**
 * An FAQ entry written for buyers ("Do buyers pay you a fee?") does not answer a seller's question about
 * the listing commission, whatever keyword they share: that one goes to the agent.
 */
function forTheAsker<F extends { question: string; answer: string }>(faq: F | null, question: string) {
  if (!faq || !SELLERS_FEE.test(plain(question))) return faq;
  return FOR_BUYERS.test(plain(`${faq.question} ${faq.answer}`)) ? null : faq;
}

/** The clauses of a text that ask (end in a question mark), or the whole text when none does. */
export function askingClauses(text: string): string {
  const asking = text.split(/(?<=[.!?,;])\s+/).filter((clause) => clause.includes('?'));
  return asking.length > 0 ? asking.join(' ') : text;
}
