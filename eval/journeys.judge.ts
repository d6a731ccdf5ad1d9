import { DateTime } from 'luxon';
import type { KnowledgeFacts } from '../src/conversations/knowledge/knowledge.types.js';
import { inventedFacts, personaProblems, slotsAsked } from './journey-checks.js';
import { type JourneyOutcome, type OutboundText, type PlayedJourney, UNSENT } from './journeys.runner.js';

/**
 * What is wrong with a played journey: every `expected` field it names, then the three checks every
 * journey gets (no assistant text repeats the one before, none speaks as a person, none states a fact
 * the lead did not give).
 */

export type Check =
  /** The journey could not be played through (a state without an area code, a turn the product refused). */
  | 'played'
  | 'outcome'
  | 'appointment'
  | 'handoffIncludes'
  | 'firstReplyIncludes'
  | 'firstReplyExcludes'
  | 'replyIncludes'
  | 'replyExcludes'
  | 'neverAsks'
  | 'profile'
  | 'maxAssistantTexts'
  | 'replyWithinMinutes'
  | 'agentReplyWithinMinutes'
  | 'agentTold'
  | 'repeated'
  | 'persona'
  | 'unsupported';

export interface Problem {
  check: Check;
  detail: string;
}

export const AGENT_NAMES = ['Maria Lopez'] as const;
const lower = (s: string) => s.toLowerCase();
const has = (text: string, part: string) => lower(text).includes(lower(part));

const UNSENT_STATUSES: readonly string[] = UNSENT;

/** The workspace's automated texts that went, or still wait to go (not the agent's, not blocked or dropped). */
const automated = (played: PlayedJourney): OutboundText[] =>
  played.outbound.filter(
    (t) => t.author !== 'agent' && (t.sentAt !== null || UNSENT_STATUSES.includes(t.status)),
  );

const activeAppointments = (played: PlayedJourney) =>
  played.appointments.filter((a) => a.status !== 'cancelled');

/** The assistant stopped and the lead is the agent's: handed over, or taken over by the agent writing. */
const handedOff = (played: PlayedJourney) =>
  played.paused &&
  (played.stage === 'handed_off' ||
    (played.pausedReason ?? '').startsWith('handoff') ||
    played.pausedReason === 'agent_message');

function state(played: PlayedJourney): string {
  const pause = played.paused ? `, paused (${played.pausedReason ?? 'no reason'})` : '';
  return `stage ${played.stage}${pause}, ${activeAppointments(played).length} appointment(s)`;
}

/** The street part of an address ("12 Oak St" of "12 Oak St, Austin, TX 78704"). */
const street = (address: string) => address.split(',')[0]?.trim() ?? address;

/** Words that state a listing's column (its status, price, size, HOA, open house) in a text. */
const LISTING_FACT =
  /\b(?:still available|under contract|pending|has sold|off the market|coming soon|listed at|sq ft|HOA|open house)\b/i;

/**
 * Whether the lead got an answer from the knowledge base: a turn that answered from a listing or an FAQ,
 * or a text (the first reply to an inquiry's question, say) that carries an FAQ answer, or a listing's
 * street with one of its columns stated beside it (the price, its status, its HOA...). The unsupported
 * check keeps such a text honest.
 */
function answeredFromKnowledge(played: PlayedJourney, knowledge: KnowledgeFacts): boolean {
  if (played.answerSources.some((s) => s === 'listing' || s === 'faq')) return true;
  return automated(played).some(
    (t) =>
      knowledge.faqs.some((f) => t.body.includes(f.answer)) ||
      knowledge.listings.some(
        (l) =>
          has(t.body, street(l.address)) &&
          ((l.price !== null && t.body.includes(`$${l.price.toLocaleString('en-US')}`)) ||
            LISTING_FACT.test(t.body)),
      ),
  );
}

function outcomeProblem(
  expected: JourneyOutcome,
  played: PlayedJourney,
  knowledge: KnowledgeFacts,
): string | null {
  const toldAgent = played.notifications.some((n) => n.kind === 'question_for_agent' || n.kind === 'handoff');
  const reached: Record<JourneyOutcome, boolean> = {
    booked: activeAppointments(played).length > 0,
    handed_off: handedOff(played),
    qualified: played.stage === 'qualified' && !played.paused,
    // A lead who never wrote back cannot have replied: "engaged" is then the first response gone out and
    // the assistant still on (the stage says `contacted`). A lead who wrote must be at `engaged`.
    engaged:
      (played.stage === 'engaged' || (played.stage === 'contacted' && played.leadTexts.length === 0)) &&
      !played.paused &&
      activeAppointments(played).length === 0,
    opted_out: played.stage === 'opted_out',
    answered: answeredFromKnowledge(played, knowledge) && !toldAgent && !handedOff(played),
  };
  return reached[expected] ? null : `expected ${expected}; ${state(played)}`;
}

const norm = (s: string) =>
  lower(s)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function sameFact(field: string, expected: unknown, actual: unknown): boolean {
  if (field === 'areas' && Array.isArray(expected) && Array.isArray(actual)) {
    const a = new Set(expected.map((x) => norm(String(x))));
    const b = new Set(actual.map((x) => norm(String(x))));
    return a.size === b.size && [...a].every((x) => b.has(x));
  }
  if (field === 'propertyAddress' && typeof expected === 'string' && typeof actual === 'string') {
    const [e, a] = [norm(expected), norm(actual)];
    return a.startsWith(e) || e.startsWith(a);
  }
  return JSON.stringify(expected) === JSON.stringify(actual);
}

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;

/** Every problem with a played journey: its expectations, then the checks every journey gets. */
export function judgeJourney(played: PlayedJourney, knowledge: KnowledgeFacts): Problem[] {
  const { expected, tz } = played.journey;
  const problems: Problem[] = [];
  const add = (check: Check, detail: string) => problems.push({ check, detail });
  const texts = automated(played);
  const first = texts[0];

  const outcome = outcomeProblem(expected.outcome, played, knowledge);
  if (outcome) add('outcome', outcome);
  if (expected.appointment) {
    const last = activeAppointments(played).at(-1);
    if (!last) add('appointment', `no ${expected.appointment.kind} booked`);
    else {
      if (last.kind !== expected.appointment.kind)
        add('appointment', `a ${last.kind} booked, expected a ${expected.appointment.kind}`);
      if (expected.appointment.start && Date.parse(last.startAt) !== Date.parse(expected.appointment.start))
        add('appointment', `starts ${last.startAt}, expected ${expected.appointment.start}`);
    }
  }
  if (expected.handoffIncludes) {
    const summaries = played.notifications.filter((n) => n.kind === 'handoff');
    if (summaries.length === 0) add('handoffIncludes', 'no handoff summary reached the agent');
    else
      for (const part of expected.handoffIncludes)
        if (!summaries.some((n) => has(`${n.subject}\n${n.body}`, part)))
          add('handoffIncludes', `the handoff summary does not say "${part}"`);
  }
  for (const part of expected.firstReplyIncludes ?? [])
    if (!first || !has(first.body, part)) add('firstReplyIncludes', `the first text does not say "${part}"`);
  for (const part of expected.firstReplyExcludes ?? [])
    if (first && has(first.body, part)) add('firstReplyExcludes', `the first text says "${part}"`);
  for (const part of expected.replyIncludes ?? [])
    if (!texts.some((t) => has(t.body, part))) add('replyIncludes', `no text says "${part}"`);
  for (const part of expected.replyExcludes ?? [])
    for (const t of texts.filter((t) => has(t.body, part)))
      add('replyExcludes', `"${t.body}" says "${part}"`);
  if (expected.neverAsks) {
    const asked = new Set<string>(played.askedSlots);
    for (const t of texts) for (const slot of slotsAsked(t.body)) asked.add(slot);
    for (const slot of expected.neverAsks.filter((s) => asked.has(s)))
      add('neverAsks', `asked about ${slot}, which the lead had already given`);
  }
  for (const [field, value] of Object.entries(expected.profile ?? {})) {
    const actual = played.profile[field];
    if (!sameFact(field, value, actual))
      add('profile', `profile.${field} ${JSON.stringify(actual ?? null)}, expected ${JSON.stringify(value)}`);
  }
  if (expected.maxAssistantTexts !== undefined && texts.length > expected.maxAssistantTexts)
    add(
      'maxAssistantTexts',
      `${texts.length} texts from the assistant, at most ${expected.maxAssistantTexts}`,
    );
  if (expected.replyWithinMinutes !== undefined) {
    const limit = expected.replyWithinMinutes;
    for (const text of played.leadTexts) {
      const reply = played.outbound.find(
        (t) =>
          t.author !== 'agent' &&
          minutesBetween(text.at, t.writtenAt) >= 0 &&
          minutesBetween(text.at, t.writtenAt) < 1,
      );
      if (!reply) continue;
      if (reply.sentAt === null)
        add('replyWithinMinutes', `the reply to "${text.body}" never went out (${reply.status})`);
      else if (minutesBetween(text.at, reply.sentAt) > limit)
        add(
          'replyWithinMinutes',
          `the reply to "${text.body}" went out ${Math.round(minutesBetween(text.at, reply.sentAt))} min later`,
        );
    }
  }
  if (expected.agentReplyWithinMinutes !== undefined) {
    const limit = expected.agentReplyWithinMinutes;
    for (const written of played.agentTexts) {
      const sent = played.outbound.find((t) => t.id === written.messageId)?.sentAt ?? null;
      if (sent === null) add('agentReplyWithinMinutes', `the agent's "${written.body}" never went out`);
      else if (minutesBetween(written.at, sent) > limit)
        add(
          'agentReplyWithinMinutes',
          `the agent's "${written.body}" went out ${Math.round(minutesBetween(written.at, sent))} min after it was written`,
        );
    }
  }
  if (expected.agentTold !== undefined) {
    const told = played.notifications.length > 0;
    if (told !== expected.agentTold)
      add(
        'agentTold',
        told
          ? `the agent was told (${played.notifications.map((n) => n.kind).join(', ')})`
          : 'the agent was never told',
      );
  }

  const assistant = texts.filter((t) => t.author === 'assistant');
  for (const [i, t] of assistant.entries())
    if (i > 0 && t.body.trim() === assistant[i - 1]?.body.trim())
      add('repeated', `said twice in a row: "${t.body}"`);
  for (const t of texts)
    for (const p of personaProblems(t.body, AGENT_NAMES)) add('persona', `"${t.body}" ${p}`);
  for (const t of texts)
    for (const fact of inventedFacts(t.body, t.known, knowledge, tz))
      add('unsupported', `"${t.body}" ${fact}, which the lead did not say`);
  return problems;
}

/** The conversation as the lead saw it, in the lead's zone, with when each text was written and went. */
export function transcriptOf(played: PlayedJourney): string[] {
  const { tz } = played.journey;
  const at = (iso: string) => DateTime.fromISO(iso, { zone: tz }).toFormat('ccc HH:mm');
  const lines: { at: string; line: string }[] = played.leadTexts.map((t) => ({
    at: t.at,
    line: `${at(t.at)} lead: ${t.body}`,
  }));
  for (const t of played.outbound) {
    const fate =
      t.sentAt === null
        ? ` [${t.status}${t.gateReason ? `: ${t.gateReason}` : ''}]`
        : t.sentAt !== t.writtenAt
          ? ` [written ${at(t.writtenAt)}, held${t.gateReason && t.gateReason !== 'allowed' ? `: ${t.gateReason}` : ''}]`
          : '';
    lines.push({
      at: t.sentAt ?? t.writtenAt,
      line: `${at(t.sentAt ?? t.writtenAt)} ${t.author}: ${t.body}${fate}`,
    });
  }
  return lines.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((l) => l.line);
}
