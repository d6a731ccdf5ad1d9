import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONVERSATION_SETTINGS } from '../src/conversations/conversation.settings.js';
import type { Slot } from '../src/conversations/engine.types.js';
import type { KnowledgeFacts } from '../src/conversations/knowledge/knowledge.types.js';
import { factsOf } from '../src/conversations/profile.js';
import { type SimulationState, simulateConversation } from '../src/conversations/simulator.js';
import { unsupportedFacts } from './asserted-facts.js';
import { atLeast, pct, readJsonl } from './metrics.js';
import { formatPlayed, type PlayedReport, playedTotals, type Tally, tallyBy } from './transcripts.js';

/**
 * Scripted conversations, each played through the engine turn by turn (keywords first, the analysis,
 * the recorded turns, `decideTurn`) against the knowledge base in eval/knowledge.json, and judged on
 * whether it reaches the outcome it should.
 */

export type Outcome =
  | 'booked'
  | 'qualified'
  | 'handed_off'
  | 'opted_out'
  | 'answered'
  | 'confirmed'
  | 'lost'
  | 'engaged';

export interface ScriptedConversation {
  name: string;
  lead: {
    firstName: string | null;
    startsBy: 'form' | 'text';
    leadType?: 'buyer' | 'seller' | 'renter';
    property?: { address?: string; mlsNumber?: string };
    /** What the lead wrote in the form or API inquiry. */
    message?: string | null;
  };
  now: string;
  tz: string;
  turns: string[];
  /** "holdout": written after the rules, to see whether they hold for conversations they were not tuned on. */
  split?: 'holdout';
  expected: {
    outcome: Outcome;
    handoffReason?: string;
    profile?: Record<string, unknown>;
    /** Each must appear in some reply of the assistant's. */
    replyIncludes?: string[];
    /** None may appear in any reply (case-insensitive): a fact the engine must not invent. */
    replyExcludes?: string[];
    /** Kinds of notes the agent must have had. */
    notes?: string[];
    /** The question left open at the end. */
    lastAsked?: Slot;
    /** About the first response (case-insensitive). */
    firstReplyIncludes?: string[];
    firstReplyExcludes?: string[];
    /** Slots never asked, by the first response or any turn: the lead had already said them. */
    neverAsks?: Slot[];
    /** Words the agent's handoff summary must contain (case-insensitive). */
    handoffIncludes?: string[];
    /** At most this many texts from the assistant, keyword answers included. */
    maxAssistantTexts?: number;
  };
}

export interface ConversationResult {
  name: string;
  split: 'dev' | 'holdout';
  outcome: Outcome;
  reached: boolean;
  problems: string[];
  transcript: string[];
  /** Replies that stated a fact neither the lead's confident facts nor our data hold. */
  unsupported: string[];
}

export interface ConversationsReport extends PlayedReport<ConversationResult> {
  bySplit: Record<'dev' | 'holdout', Tally>;
  /** Conversations in which no reply stated a fact the lead did not give (nor our data holds). */
  faithful: number;
}

export const CONVERSATION_TARGETS = { reached: 0.9, withinTwoSegments: 1, faithful: 1 } as const;

export const DEFAULT_CONVERSATIONS = path.join(import.meta.dirname, 'conversations.jsonl');
const KNOWLEDGE = path.join(import.meta.dirname, 'knowledge.json');

export function loadConversations(file = DEFAULT_CONVERSATIONS): ScriptedConversation[] {
  return readJsonl<ScriptedConversation>(file);
}

const lastAsked = (state: SimulationState): Slot | null =>
  [...state.turns].reverse().find((t) => t.status === 'replied' || t.status === 'absorbed')?.askedSlot ??
  null;

function outcomeProblems(outcome: Outcome, state: SimulationState, replies: string[]): string[] {
  const notes = state.notes.map((n) => n.kind);
  switch (outcome) {
    case 'booked':
      return state.bookings > 0 && state.stage === 'appointment' ? [] : [`not booked (stage ${state.stage})`];
    case 'qualified':
      return state.stage === 'qualified' && !state.paused ? [] : [`stage ${state.stage}, not qualified`];
    case 'handed_off':
      return state.stage === 'handed_off' && state.paused ? [] : [`stage ${state.stage}, not handed off`];
    case 'opted_out':
      return state.optedOut && state.stage === 'opted_out' ? [] : [`stage ${state.stage}, not opted out`];
    case 'answered':
      return notes.includes('question_for_agent')
        ? ['passed the question to the agent instead of answering']
        : [];
    case 'confirmed':
      return replies.some((r) => /I'll have \w+ confirm that/.test(r)) && notes.includes('question_for_agent')
        ? []
        : ['did not say the agent would confirm, or did not tell the agent'];
    case 'lost':
      return state.stage === 'lost' ? [] : [`stage ${state.stage}, not lost`];
    case 'engaged':
      return state.stage === 'engaged' && !state.paused
        ? []
        : [`stage ${state.stage}${state.paused ? ', paused' : ''}`];
  }
}

export function playConversation(item: ScriptedConversation, knowledge: KnowledgeFacts): ConversationResult {
  const firstName = item.lead.firstName;
  const sim = simulateConversation({
    leadId: `eval:${item.name}`,
    firstName,
    startsBy: item.lead.startsBy,
    // The first response is built from the inquiry, as intake builds it with the default settings.
    inquiryMessage: item.lead.message ?? null,
    inquiry:
      item.lead.leadType || item.lead.property || item.lead.message
        ? {
            id: 'inquiry',
            at: item.now,
            leadType: item.lead.leadType ?? null,
            property: item.lead.property ?? null,
          }
        : null,
    settings: DEFAULT_CONVERSATION_SETTINGS,
    knowledge,
    persona: { name: 'Maria', businessName: 'Hill Country Homes' },
    agentFirstName: 'Maria',
    agentName: 'Maria Lopez',
    tz: item.tz,
    startAt: new Date(item.now),
  });
  const start = Date.parse(item.now);
  const replies: string[] = [];
  const transcript: string[] = [];
  const unsupported: string[] = [];
  let seen = 0;
  /** The assistant's texts since the last look (the first response among them), each checked for facts. */
  const takeTexts = () => {
    const written = sim.state.history.slice(seen).filter((m) => m.direction === 'outbound');
    seen = sim.state.history.length;
    // What the lead had confidently told us by the end of this turn: all a reply may state of theirs.
    const known = factsOf(sim.state.profile);
    for (const { body: reply, kind } of written) {
      replies.push(reply);
      transcript.push(`${kind === 'first_response' ? 'first response' : 'assistant'}: ${reply}`);
      for (const fact of unsupportedFacts(reply, known, knowledge, item.tz)) {
        unsupported.push(`"${reply}" ${fact}, which the lead did not say`);
      }
    }
  };
  takeTexts();
  item.turns.forEach((line, i) => {
    transcript.push(`lead: ${line}`);
    sim.text(line, new Date(start + (i + 1) * 60_000));
    takeTexts();
  });
  const { state } = sim;
  const expected = item.expected;
  const problems = [...outcomeProblems(expected.outcome, state, replies), ...unsupported];
  if (expected.handoffReason && state.handoff !== expected.handoffReason) {
    problems.push(`handoff ${state.handoff ?? 'none'}, expected ${expected.handoffReason}`);
  }
  for (const [field, value] of Object.entries(expected.profile ?? {})) {
    const actual = (state.profile as Record<string, unknown>)[field];
    if (JSON.stringify(actual) !== JSON.stringify(value)) {
      problems.push(`profile.${field} ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
    }
  }
  for (const text of expected.replyIncludes ?? []) {
    if (!replies.some((r) => r.includes(text))) problems.push(`no reply says "${text}"`);
  }
  for (const text of expected.replyExcludes ?? []) {
    if (replies.some((r) => r.toLowerCase().includes(text.toLowerCase())))
      problems.push(`a reply says "${text}"`);
  }
  const notes = state.notes.map((n) => n.kind);
  for (const kind of expected.notes ?? []) {
    const told =
      kind === 'handoff'
        ? state.handoff !== null
        : kind === 'booking_requested'
          ? state.bookings > 0
          : notes.includes(kind as never);
    if (!told) problems.push(`the agent was not told (${kind})`);
  }
  problems.push(...journeyProblems(expected, state, replies));
  if (expected.lastAsked && lastAsked(state) !== expected.lastAsked) {
    problems.push(`last asked ${lastAsked(state) ?? 'nothing'}, expected ${expected.lastAsked}`);
  }
  return {
    name: item.name,
    split: item.split ?? 'dev',
    outcome: expected.outcome,
    reached: problems.length === 0,
    problems,
    transcript,
    unsupported,
  };
}

/** A person's name the assistant must never speak as ("this is Maria", "Maria here", signed "- Maria"). */
const SPEAKS_AS_PERSON = /\b(?:this is|i'm|i am|it's) maria\b|\bmaria here\b|^\s*-\s*maria\s*$/im;

/** The checks every conversation gets, and the expectations about the first response and the handoff. */
function journeyProblems(
  expected: ScriptedConversation['expected'],
  state: SimulationState,
  replies: readonly string[],
): string[] {
  const problems: string[] = [];
  const lower = (text: string) => text.toLowerCase();
  const first = state.history.find((m) => m.kind === 'first_response')?.body ?? '';
  for (const text of expected.firstReplyIncludes ?? []) {
    if (!lower(first).includes(lower(text))) problems.push(`the first response does not say "${text}"`);
  }
  for (const text of expected.firstReplyExcludes ?? []) {
    if (lower(first).includes(lower(text))) problems.push(`the first response says "${text}"`);
  }
  const asked = new Set([state.profile.opening?.asked ?? null, ...state.turns.map((t) => t.askedSlot)]);
  for (const slot of expected.neverAsks ?? []) {
    if (asked.has(slot)) problems.push(`asked ${slot}, which the lead had already said`);
  }
  for (const text of expected.handoffIncludes ?? []) {
    if (!lower(state.handoffSummary ?? '').includes(lower(text)))
      problems.push(`the handoff summary does not say "${text}"`);
  }
  const texts = state.history.filter((m) => m.direction === 'outbound').map((m) => m.body);
  if (expected.maxAssistantTexts !== undefined && texts.length > expected.maxAssistantTexts) {
    problems.push(`${texts.length} texts from the assistant, at most ${expected.maxAssistantTexts} expected`);
  }
  texts.forEach((text, i) => {
    if (i > 0 && text === texts[i - 1]) problems.push(`the same text twice in a row: "${text}"`);
  });
  for (const reply of replies) {
    if (SPEAKS_AS_PERSON.test(reply)) problems.push(`speaks as a person: "${reply}"`);
  }
  return problems;
}

export function scoreConversations(
  corpus: ScriptedConversation[] = loadConversations(),
  file = DEFAULT_CONVERSATIONS,
): ConversationsReport {
  const knowledge = JSON.parse(readFileSync(KNOWLEDGE, 'utf8')) as KnowledgeFacts;
  const results = corpus.map((item) => playConversation(item, knowledge));
  const totals = playedTotals(results);
  const faithful = results.filter((r) => r.unsupported.length === 0).length;
  const bySplit: ConversationsReport['bySplit'] = {
    dev: { conversations: 0, reached: 0 },
    holdout: { conversations: 0, reached: 0 },
    ...tallyBy(results, (r) => r.split),
  };
  return {
    corpus: path.relative(process.cwd(), file),
    conversations: totals.conversations,
    reached: totals.reached,
    share: totals.share,
    byOutcome: tallyBy(results, (r) => r.outcome),
    bySplit,
    replies: totals.replies,
    withinTwoSegments: totals.withinTwoSegments,
    faithful,
    targets: [
      atLeast(
        'conversations in which no reply states a fact the lead did not give',
        results.length === 0 ? 1 : faithful / results.length,
        CONVERSATION_TARGETS.faithful,
      ),
      atLeast('conversations reaching the expected outcome', totals.share, CONVERSATION_TARGETS.reached),
      atLeast('replies within two segments', totals.segmentShare, CONVERSATION_TARGETS.withinTwoSegments),
    ],
    failures: results.filter((r) => !r.reached),
  };
}

/** The table `npm run eval` prints for conversations. */
export function formatConversations(report: ConversationsReport): string {
  return formatPlayed(
    `Conversations (${report.corpus}): ${report.reached}/${report.conversations} reach the expected outcome (${pct(report.share)})`,
    report,
    [
      `  dev ${report.bySplit.dev.reached}/${report.bySplit.dev.conversations}, hold-out ${report.bySplit.holdout.reached}/${report.bySplit.holdout.conversations}`,
      `  no reply states a fact the lead did not give: ${report.faithful}/${report.conversations}`,
    ],
  );
}
