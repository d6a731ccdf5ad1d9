import path from 'node:path';
import { analyze } from '../src/conversations/understanding/analyze.js';
import type { Understanding } from '../src/conversations/understanding/understanding.schema.js';
import {
  atLeast,
  type Counts,
  count,
  emptyCounts,
  pct,
  readJsonl,
  type Scores,
  scores,
  type TargetCheck,
} from './metrics.js';

/** One labelled message. `expected` names only the fields that matter; the rest are null, false or []. */
export interface LabelledMessage {
  text: string;
  now: string;
  tz: string;
  expected: Partial<Understanding> & { optOut?: { channel: string; reason?: string } | null };
  /**
   * "holdout": written after the rules and kept away from rule writing, since spent (its failures were
   * looked at). "holdout2": eval/holdout-2.jsonl, a fresh set labelled before the extractor ever read
   * it and never tuned on.
   */
  split?: 'holdout' | 'holdout2';
}

export const FIELDS = [
  'keyword',
  'optOut',
  'intent',
  'timelineMonths',
  'budgetMin',
  'budgetMax',
  'preApproved',
  'beds',
  'baths',
  'areas',
  'propertyType',
  'requestedTime',
  'wantsHuman',
  'question',
] as const;
type Field = (typeof FIELDS)[number];

export interface SplitReport {
  messages: number;
  /** Messages whose every field is right. */
  exact: number;
  fields: Record<Field, Scores>;
  optOut: Scores;
  timeResolution: { correct: number; total: number; accuracy: number };
}

type Split = 'dev' | 'holdout' | 'holdout2';

export interface Mismatch {
  split: Split;
  text: string;
  field: Field;
  expected: unknown;
  predicted: unknown;
}

export interface MessagesReport {
  corpus: string;
  /** The fresh hold-out's file. */
  freshCorpus: string;
  /**
   * `all` is the corpus the targets gate: dev and the first hold-out. `holdout2`, the fresh hold-out,
   * is scored apart and reported as measured; its own target checks are in `freshTargets`.
   */
  splits: { all: SplitReport; dev: SplitReport; holdout: SplitReport; holdout2: SplitReport };
  targets: TargetCheck[];
  /** The same targets on the fresh hold-out alone: reported, not gating (see docs/conversations.md). */
  freshTargets: TargetCheck[];
  mismatches: Mismatch[];
}

export const TARGETS = {
  optOutRecall: 1,
  optOutPrecision: 0.98,
  fieldF1: 0.9,
  timeResolution: 0.95,
} as const;

export const DEFAULT_CORPUS = path.join(import.meta.dirname, 'messages.jsonl');
export const FRESH_HOLDOUT = path.join(import.meta.dirname, 'holdout-2.jsonl');

export function loadMessages(file = DEFAULT_CORPUS): LabelledMessage[] {
  return readJsonl<LabelledMessage>(file);
}

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const MINUTE = 60_000;

/** The value to compare, or null when the field holds nothing. */
function present(field: Field, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (field === 'wantsHuman') return value === true ? true : null;
  if (field === 'areas') return Array.isArray(value) && value.length > 0 ? value : null;
  return value;
}

function same(field: Field, expected: unknown, predicted: unknown): boolean {
  if (field === 'areas') {
    const a = new Set((expected as string[]).map(key));
    const b = new Set((predicted as string[]).map(key));
    return a.size === b.size && [...a].every((x) => b.has(x));
  }
  if (field === 'requestedTime') {
    const e = expected as { start: string; end: string };
    const p = predicted as { start: string; end: string };
    const close = (x: string, y: string) => Math.abs(Date.parse(x) - Date.parse(y)) <= MINUTE;
    return close(e.start, p.start) && close(e.end, p.end);
  }
  if (field === 'optOut') {
    const e = expected as { channel: string; reason?: string };
    const p = predicted as { channel: string; reason: string };
    return e.channel === p.channel && (e.reason === undefined || e.reason === p.reason);
  }
  if (field === 'question') return key(String(expected)) === key(String(predicted));
  return expected === predicted;
}

function emptySplit(): {
  fields: Record<Field, Counts>;
  optOut: Counts;
  time: { correct: number; total: number };
} {
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f, emptyCounts()])) as Record<Field, Counts>,
    optOut: emptyCounts(),
    time: { correct: 0, total: 0 },
  };
}

/** Runs analyze on every labelled message and scores each field, overall and for each split. */
export function scoreMessages(
  corpus: LabelledMessage[] = loadMessages(),
  file = DEFAULT_CORPUS,
  fresh: LabelledMessage[] = loadMessages(FRESH_HOLDOUT),
): MessagesReport {
  const tallies = { all: emptySplit(), dev: emptySplit(), holdout: emptySplit(), holdout2: emptySplit() };
  const exact = { all: 0, dev: 0, holdout: 0, holdout2: 0 };
  const sizes = { all: 0, dev: 0, holdout: 0, holdout2: 0 };
  const mismatches: Mismatch[] = [];
  const items = [
    ...corpus.filter((item) => item.split !== 'holdout2'),
    ...fresh.map((item) => ({ ...item, split: 'holdout2' as const })),
  ];
  for (const item of items) {
    const split: Split = item.split ?? 'dev';
    // The fresh hold-out is kept out of `all`, the corpus the targets gate.
    const into = split === 'holdout2' ? (['holdout2'] as const) : (['all', split] as const);
    const result = analyze(item.text, { now: item.now, tz: item.tz });
    let allRight = true;
    for (const field of FIELDS) {
      const expected = present(field, item.expected[field]);
      const predicted = present(field, result[field]);
      const ok =
        (expected === null && predicted === null) ||
        (expected !== null && predicted !== null && same(field, expected, predicted));
      for (const s of into) count(tallies[s].fields[field], expected, predicted, ok);
      if (!ok) {
        allRight = false;
        mismatches.push({ split, text: item.text, field, expected, predicted });
      }
      if (field === 'optOut') {
        for (const s of into) count(tallies[s].optOut, expected, predicted, true);
      }
      if (field === 'requestedTime' && expected !== null) {
        for (const s of into) {
          tallies[s].time.total++;
          if (ok) tallies[s].time.correct++;
        }
      }
    }
    for (const s of into) {
      sizes[s]++;
      if (allRight) exact[s]++;
    }
  }
  const report = (s: 'all' | Split): SplitReport => ({
    messages: sizes[s],
    exact: exact[s],
    fields: Object.fromEntries(FIELDS.map((f) => [f, scores(tallies[s].fields[f])])) as Record<Field, Scores>,
    optOut: scores(tallies[s].optOut),
    timeResolution: {
      ...tallies[s].time,
      accuracy: tallies[s].time.total === 0 ? 1 : tallies[s].time.correct / tallies[s].time.total,
    },
  });
  const splits = {
    all: report('all'),
    dev: report('dev'),
    holdout: report('holdout'),
    holdout2: report('holdout2'),
  };
  return {
    corpus: path.relative(process.cwd(), file),
    freshCorpus: path.relative(process.cwd(), FRESH_HOLDOUT),
    splits,
    targets: targetChecks(splits.all),
    freshTargets: targetChecks(splits.holdout2),
    mismatches,
  };
}

function targetChecks(split: SplitReport): TargetCheck[] {
  return [
    atLeast('opt-out recall', split.optOut.recall, TARGETS.optOutRecall),
    atLeast('opt-out precision', split.optOut.precision, TARGETS.optOutPrecision),
    atLeast('time resolution', split.timeResolution.accuracy, TARGETS.timeResolution),
    ...FIELDS.map((f) => atLeast(`${f} F1`, split.fields[f].f1, TARGETS.fieldF1)),
  ];
}

/** The table `npm run eval` prints for single messages. */
export function formatMessages(report: MessagesReport): string {
  const { all, dev, holdout, holdout2: fresh } = report.splits;
  const lines = [
    `Single messages (${report.corpus}): ${all.messages} (${dev.messages} dev, ${holdout.messages} first hold-out, spent)`,
    `Fresh hold-out (${report.freshCorpus}): ${fresh.messages}, never tuned on; scored apart, not gating`,
    '',
    `${'field'.padEnd(16)}${'all P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}   ${'dev F1'.padStart(8)}${'hold-out F1'.padStart(13)}   ${'fresh P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`,
  ];
  for (const f of FIELDS) {
    const a = all.fields[f];
    const h = fresh.fields[f];
    lines.push(
      `${f.padEnd(16)}${pct(a.precision).padStart(8)}${pct(a.recall).padStart(8)}${a.f1.toFixed(3).padStart(8)}   ${dev.fields[f].f1.toFixed(3).padStart(8)}${holdout.fields[f].f1.toFixed(3).padStart(13)}   ${pct(h.precision).padStart(8)}${pct(h.recall).padStart(8)}${h.f1.toFixed(3).padStart(8)}`,
    );
  }
  const line = (name: string, fn: (s: SplitReport) => string) =>
    `${name.padEnd(28)}${fn(all).padStart(10)}${fn(dev).padStart(10)}${fn(holdout).padStart(10)}${fn(fresh).padStart(10)}`;
  const missed = report.freshTargets.filter((t) => !t.met);
  lines.push(
    '',
    `${''.padEnd(28)}${'all'.padStart(10)}${'dev'.padStart(10)}${'hold-out'.padStart(10)}${'fresh'.padStart(10)}`,
    line('opt-out recall', (s) => pct(s.optOut.recall)),
    line('opt-out precision', (s) => pct(s.optOut.precision)),
    line('time resolution', (s) => `${pct(s.timeResolution.accuracy)}`),
    line('messages fully right', (s) => pct(s.exact / Math.max(1, s.messages))),
    missed.length === 0
      ? 'The fresh hold-out meets every target too.'
      : `On the fresh hold-out alone ${missed.length} of ${report.freshTargets.length} targets are missed: ${missed
          .map((t) => `${t.name} ${t.value.toFixed(3)}`)
          .join(', ')}`,
  );
  return lines.join('\n');
}
