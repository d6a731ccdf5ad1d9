import { countSegments } from '../src/messaging/segments.js';
import type { TargetCheck } from './metrics.js';

/** How many scripted conversations there were under one key, and how many reached their goal. */
export interface Tally {
  conversations: number;
  reached: number;
}

/** One scripted conversation played through, as the conversation and booking suites score it. */
export interface PlayedConversation {
  name: string;
  outcome: string;
  reached: boolean;
  problems: string[];
  transcript: string[];
}

/** What a suite of scripted conversations reports. */
export interface PlayedReport<R extends PlayedConversation> {
  corpus: string;
  conversations: number;
  reached: number;
  share: number;
  byOutcome: Record<string, Tally>;
  replies: number;
  withinTwoSegments: number;
  targets: TargetCheck[];
  failures: R[];
}

export function tallyBy<T extends PlayedConversation>(
  results: T[],
  key: (result: T) => string,
): Record<string, Tally> {
  const tallies: Record<string, Tally> = {};
  for (const result of results) {
    tallies[key(result)] ??= { conversations: 0, reached: 0 };
    const entry = tallies[key(result)] as Tally;
    entry.conversations += 1;
    if (result.reached) entry.reached += 1;
  }
  return tallies;
}

/** The share that reached their goal, and the assistant's replies with how many fit in two segments. */
export function playedTotals(results: PlayedConversation[]) {
  const replies = results.flatMap((r) =>
    r.transcript.filter((l) => l.startsWith('assistant: ')).map((l) => l.slice(11)),
  );
  const withinTwoSegments = replies.filter((r) => countSegments(r).segments <= 2).length;
  const reached = results.filter((r) => r.reached).length;
  return {
    conversations: results.length,
    reached,
    share: results.length === 0 ? 1 : reached / results.length,
    replies: replies.length,
    withinTwoSegments,
    segmentShare: replies.length === 0 ? 1 : withinTwoSegments / replies.length,
  };
}

/** The lines `npm run eval` prints for a suite: the headline, each outcome, `extra`, then each failure. */
export function formatPlayed(
  headline: string,
  report: {
    byOutcome: Record<string, Tally>;
    withinTwoSegments: number;
    replies: number;
    failures: PlayedConversation[];
  },
  extra: string[] = [],
): string {
  const lines = [
    '',
    headline,
    ...Object.entries(report.byOutcome).map(
      ([outcome, { conversations, reached }]) => `  ${outcome.padEnd(11)} ${reached}/${conversations}`,
    ),
    ...extra,
    `  replies within two segments: ${report.withinTwoSegments}/${report.replies}`,
  ];
  for (const failure of report.failures) {
    lines.push(`  ✗ ${failure.name}: ${failure.problems.join('; ')}`);
    for (const line of failure.transcript) lines.push(`      ${line}`);
  }
  return lines.join('\n');
}
