import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { KnowledgeFacts } from '../src/conversations/knowledge/knowledge.types.js';
import { inventedFacts, personaProblems, slotsAsked } from './journey-checks.js';
import {
  type Journey,
  type JourneyOutcome,
  type JourneySlot,
  loadKnowledge,
  type OutboundText,
  openJourneyWorld,
  type PlayedJourney,
  playJourney,
} from './journeys.runner.js';
import { atLeast, pct, readJsonl, type TargetCheck } from './metrics.js';
import type { Tally } from './transcripts.js';

/**
 * Scripted lead journeys (eval/journeys.runner.ts plays them) judged on every `expected` field and on
 * three checks every journey gets: no assistant text repeats the one before, none speaks as a person,
 * none states a fact the lead did not give. `eval/journeys.jsonl` is tuned and gates; each
 * `eval/journeys-<n>.jsonl` is a fresh set, scored only after its first run and reported in totals only.
 */

export type Check =
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

export interface JourneyResult {
  name: string;
  category: string;
  split: 'gated' | 'pending';
  pendingOn: string | null;
  outcome: JourneyOutcome;
  reached: boolean;
  problems: Problem[];
  transcript: string[];
  ms: number;
}

export const AGENT_NAMES = ['Maria Lopez'] as const;
const lower = (s: string) => s.toLowerCase();
const has = (text: string, part: string) => lower(text).includes(lower(part));

/** Texts the workspace's automation sent or will send (not the agent's, not the ones the gate blocked). */
const automated = (played: PlayedJourney): OutboundText[] =>
  played.outbound.filter((t) => t.author !== 'agent' && t.status !== 'blocked');

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

function outcomeProblem(expected: JourneyOutcome, played: PlayedJourney): string | null {
  const toldAgent = played.notifications.some((n) => n.kind === 'question_for_agent' || n.kind === 'handoff');
  const reached: Record<JourneyOutcome, boolean> = {
    booked: activeAppointments(played).length > 0,
    handed_off: handedOff(played),
    qualified: played.stage === 'qualified' && !played.paused,
    engaged: played.stage === 'engaged' && !played.paused && activeAppointments(played).length === 0,
    opted_out: played.stage === 'opted_out',
    answered:
      played.answerSources.some((s) => s === 'listing' || s === 'faq') && !toldAgent && !handedOff(played),
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

  const outcome = outcomeProblem(expected.outcome, played);
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
    const asked = new Set<JourneySlot>(played.askedSlots);
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
          ? ` [written ${at(t.writtenAt)}, held${t.gateReason ? `: ${t.gateReason}` : ''}]`
          : '';
    lines.push({
      at: t.sentAt ?? t.writtenAt,
      line: `${at(t.sentAt ?? t.writtenAt)} ${t.author}: ${t.body}${fate}`,
    });
  }
  return lines.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((l) => l.line);
}

export const DEFAULT_JOURNEYS = path.join(import.meta.dirname, 'journeys.jsonl');
export const loadJourneys = (file = DEFAULT_JOURNEYS): Journey[] => readJsonl<Journey>(file);

/** Plays every journey over one temporary database and judges each. */
export async function playJourneys(journeys: readonly Journey[]): Promise<JourneyResult[]> {
  const knowledge = loadKnowledge();
  const world = await openJourneyWorld();
  const results: JourneyResult[] = [];
  try {
    for (const journey of journeys) {
      const played = await playJourney(world, journey, knowledge);
      const problems = judgeJourney(played, knowledge);
      results.push({
        name: journey.name,
        category: journey.category ?? 'uncategorised',
        split: journey.split === 'pending' ? 'pending' : 'gated',
        pendingOn: journey.pendingOn ?? null,
        outcome: journey.expected.outcome,
        reached: problems.length === 0,
        problems,
        transcript: transcriptOf(played),
        ms: played.ms,
      });
    }
  } finally {
    await world.close();
  }
  return results;
}

function tally(results: readonly JourneyResult[], key: (r: JourneyResult) => string): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const r of results) {
    const entry = out[key(r)] ?? { conversations: 0, reached: 0 };
    out[key(r)] = entry;
    entry.conversations += 1;
    if (r.reached) entry.reached += 1;
  }
  return out;
}

/** What a set of journeys comes to, without naming any journey: all a fresh set ever reports. */
export interface JourneyTotals {
  journeys: number;
  passed: number;
  byOutcome: Record<string, Tally>;
  byCategory: Record<string, Tally>;
  /** How many journeys failed each check. */
  failedChecks: Partial<Record<Check, number>>;
  ms: { total: number; slowest: number };
}

export function totalsOf(results: readonly JourneyResult[]): JourneyTotals {
  const failedChecks: JourneyTotals['failedChecks'] = {};
  for (const r of results)
    for (const check of new Set(r.problems.map((p) => p.check)))
      failedChecks[check] = (failedChecks[check] ?? 0) + 1;
  return {
    journeys: results.length,
    passed: results.filter((r) => r.reached).length,
    byOutcome: tally(results, (r) => r.outcome),
    byCategory: tally(results, (r) => r.category),
    failedChecks,
    ms: {
      total: Math.round(results.reduce((sum, r) => sum + r.ms, 0)),
      slowest: Math.round(Math.max(0, ...results.map((r) => r.ms))),
    },
  };
}

/** A fresh set joins the regular runs only once `npm run eval:first-run -- journeys-<n>` has scored it. */
export const firstRunOf = (file: string): string => file.replace(/\.jsonl$/, '.first-run.json');
export const FRESH_JOURNEYS = /^journeys-\d+\.jsonl$/;

export function freshJourneyFiles(dir = import.meta.dirname, scored = true): string[] {
  return readdirSync(dir)
    .filter((f) => FRESH_JOURNEYS.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => !scored || existsSync(firstRunOf(f)))
    .sort();
}

export interface JourneysReport {
  corpus: string;
  gated: JourneyTotals;
  pending: JourneyTotals & { waitingFor: { name: string; feature: string | null; passes: boolean }[] };
  /** Gated and pending journeys that did not pass, with their problems and transcripts (tuned file only). */
  failures: JourneyResult[];
  fresh: ({ file: string } & JourneyTotals)[];
  targets: TargetCheck[];
}

export async function scoreJourneys(
  journeys: readonly Journey[] = loadJourneys(),
  file = DEFAULT_JOURNEYS,
  fresh: readonly string[] = freshJourneyFiles(),
): Promise<JourneysReport> {
  const results = await playJourneys(journeys);
  const gated = results.filter((r) => r.split === 'gated');
  const pending = results.filter((r) => r.split === 'pending');
  const freshReports: JourneysReport['fresh'] = [];
  for (const f of fresh)
    freshReports.push({
      file: path.relative(process.cwd(), f),
      ...totalsOf(await playJourneys(loadJourneys(f))),
    });
  const gatedTotals = totalsOf(gated);
  return {
    corpus: path.relative(process.cwd(), file),
    gated: gatedTotals,
    pending: {
      ...totalsOf(pending),
      waitingFor: pending.map((r) => ({ name: r.name, feature: r.pendingOn, passes: r.reached })),
    },
    failures: results.filter((r) => !r.reached),
    fresh: freshReports,
    targets: [
      atLeast(
        'gated journeys passing every check',
        gatedTotals.journeys === 0 ? 1 : gatedTotals.passed / gatedTotals.journeys,
        1,
      ),
    ],
  };
}

const tallyLine = (label: string, tallies: Record<string, Tally>) =>
  `  ${label}: ${Object.entries(tallies)
    .map(([k, t]) => `${k} ${t.reached}/${t.conversations}`)
    .join(', ')}`;

export function formatTotals(title: string, t: JourneyTotals): string[] {
  const failed = Object.entries(t.failedChecks).map(([check, n]) => `${check} ${n}`);
  return [
    `${title}: ${t.passed}/${t.journeys} pass every check (${pct(t.journeys === 0 ? 1 : t.passed / t.journeys)}); ${t.ms.total} ms, slowest ${t.ms.slowest} ms`,
    tallyLine('by outcome', t.byOutcome),
    tallyLine('by category', t.byCategory),
    `  journeys failing each check: ${failed.length === 0 ? 'none' : failed.join(', ')}`,
  ];
}

/** The lines `npm run eval` prints: the tuned file's problems journey by journey, fresh sets in totals. */
export function formatJourneys(report: JourneysReport): string {
  const lines = ['', ...formatTotals(`Journeys (${report.corpus}, real database, gated)`, report.gated)];
  if (report.pending.journeys > 0) {
    lines.push(`  pending, not gating: ${report.pending.passed}/${report.pending.journeys} pass`);
    for (const p of report.pending.waitingFor)
      lines.push(`    ${p.passes ? '✓' : '…'} ${p.name} — waits for: ${p.feature ?? 'unnamed feature'}`);
  }
  for (const failure of report.failures) {
    lines.push(`  ✗ ${failure.split === 'pending' ? '(pending) ' : ''}${failure.name}`);
    for (const p of failure.problems) lines.push(`      ${p.check}: ${p.detail}`);
    if (failure.split === 'gated') for (const line of failure.transcript) lines.push(`        ${line}`);
  }
  for (const f of report.fresh)
    lines.push(...formatTotals(`Fresh journeys (${f.file}), never tuned on; reported, not gating`, f));
  return lines.join('\n');
}
