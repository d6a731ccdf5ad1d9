import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Check, judgeJourney, type Problem, transcriptOf } from './journeys.judge.js';
import {
  type Journey,
  type JourneyOutcome,
  loadKnowledge,
  openJourneyWorld,
  playJourney,
} from './journeys.runner.js';
import { atLeast, pct, readJsonl, type TargetCheck } from './metrics.js';
import type { Tally } from './transcripts.js';

export type { Check, Problem };

/**
 * Scripted lead journeys (eval/journeys.runner.ts plays them) judged on every `expected` field and on
 * three checks every journey gets: no assistant text repeats the one before, none speaks as a person,
 * none states a fact the lead did not give. `eval/journeys.jsonl` is tuned and gates, and so do the spent
 * sets (`SPENT_JOURNEYS`); every other `eval/journeys-<n>.jsonl` is a fresh set, scored only after its
 * first run and reported in totals only.
 */

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

export const DEFAULT_JOURNEYS = path.join(import.meta.dirname, 'journeys.jsonl');
export const loadJourneys = (file = DEFAULT_JOURNEYS): Journey[] => readJsonl<Journey>(file);

/**
 * Fresh sets that were read and tuned on after their first run (whose figures stay kept beside them):
 * no longer blind, they gate like the tuned file, journeys the product cannot yet do marked pending.
 */
export const SPENT_JOURNEYS: readonly string[] = [
  'journeys-1.jsonl',
  'journeys-2.jsonl',
  'journeys-3.jsonl',
  'journeys-4.jsonl',
];
export const TUNED_FILES: readonly string[] = [
  DEFAULT_JOURNEYS,
  ...SPENT_JOURNEYS.map((f) => path.join(import.meta.dirname, f)),
];
export const loadTunedJourneys = (files: readonly string[] = TUNED_FILES): Journey[] =>
  files.flatMap((f) => loadJourneys(f));

/** Plays every journey over one temporary database and judges each. */
export async function playJourneys(journeys: readonly Journey[]): Promise<JourneyResult[]> {
  const knowledge = loadKnowledge();
  const world = await openJourneyWorld();
  const results: JourneyResult[] = [];
  try {
    for (const journey of journeys) {
      const base = {
        name: journey.name,
        category: journey.category ?? 'uncategorised',
        split: journey.split === 'pending' ? ('pending' as const) : ('gated' as const),
        pendingOn: journey.pendingOn ?? null,
        outcome: journey.expected.outcome,
      };
      const started = performance.now();
      try {
        const played = await playJourney(world, journey, knowledge);
        const problems = judgeJourney(played, knowledge);
        results.push({
          ...base,
          reached: problems.length === 0,
          problems,
          transcript: transcriptOf(played),
          ms: played.ms,
        });
      } catch (error) {
        // One journey the product (or the script) cannot play is a failed journey, not a failed run.
        const detail = error instanceof Error ? error.message : String(error);
        results.push({
          ...base,
          reached: false,
          problems: [{ check: 'played', detail }],
          transcript: [],
          ms: performance.now() - started,
        });
      }
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
    .filter((f) => FRESH_JOURNEYS.test(f) && !SPENT_JOURNEYS.includes(f))
    .map((f) => path.join(dir, f))
    .filter((f) => !scored || existsSync(firstRunOf(f)))
    .sort();
}

export type FirstRun =
  | { recorded: false; out: string }
  | { recorded: true; out: string; totals: JourneyTotals };

/**
 * The first and only scoring of a fresh set: its totals are kept beside it, and a second call refuses.
 * Nothing but totals is written or returned, so the set can stay unread.
 */
export async function recordFirstRun(file: string): Promise<FirstRun> {
  const out = firstRunOf(file);
  if (existsSync(out)) return { recorded: false, out };
  const totals = totalsOf(await playJourneys(loadJourneys(file)));
  const about = `First and only scoring of ${path.basename(file)}, written by someone who had not read the product, before any run. Totals only; the set is never tuned on.`;
  writeFileSync(
    out,
    `${JSON.stringify({ about, scoredAt: new Date().toISOString(), ...totals }, null, 2)}\n`,
    {
      flag: 'wx',
    },
  );
  return { recorded: true, out, totals };
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
  journeys: readonly Journey[] = loadTunedJourneys(),
  files: string | readonly string[] = TUNED_FILES,
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
    corpus: [files]
      .flat()
      .map((f) => path.relative(process.cwd(), f))
      .join(' + '),
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
    lines.push(
      ...formatTotals(
        `Journeys written blind (${f.file}), first run kept beside them; reported, not gating`,
        f,
      ),
    );
  return lines.join('\n');
}
