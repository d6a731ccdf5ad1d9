import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type AssistedReport, formatAssisted, scoreAssisted } from './assisted.score.js';
import { type BookingsReport, formatBookings, scoreBookings } from './bookings.score.js';
import { type ConversationsReport, formatConversations, scoreConversations } from './conversations.score.js';
import { formatJourneys, type JourneysReport, scoreJourneys } from './journeys.score.js';
import { formatMessages, type MessagesReport, scoreMessages } from './messages.score.js';
import { describeMiss, type TargetCheck } from './metrics.js';

/**
 * `npm run eval`: each section scores one part of the corpus and names its targets. Single messages
 * are the first section; scripted conversations are added as another entry in `SECTIONS`.
 */
export interface Section<Report = unknown> {
  name: string;
  run(): Report | Promise<Report>;
  targets(report: Report): TargetCheck[];
  format(report: Report): string;
}

const messages: Section<MessagesReport> = {
  name: 'messages',
  run: () => scoreMessages(),
  targets: (report) => report.targets,
  format: formatMessages,
};

const conversations: Section<ConversationsReport> = {
  name: 'conversations',
  run: () => scoreConversations(),
  targets: (report) => report.targets,
  format: formatConversations,
};

/** Booking conversations over a real temporary database and the real scheduling services. */
const bookings: Section<BookingsReport> = {
  name: 'bookings',
  run: () => scoreBookings(),
  targets: (report) => report.targets,
  format: formatBookings,
};

/** Whole lead journeys through the product's own paths; fresh journey sets are reported in totals only. */
const journeys: Section<JourneysReport> = {
  name: 'journeys',
  run: () => scoreJourneys(),
  targets: (report) => report.targets,
  format: formatJourneys,
};

/** The same paths with a hostile language model: nothing it invents may reach a lead. */
const assisted: Section<AssistedReport> = {
  name: 'assisted',
  run: () => scoreAssisted(),
  targets: (report) => report.targets,
  format: formatAssisted,
};

export const SECTIONS: readonly Section[] = [
  messages as Section,
  conversations as Section,
  bookings as Section,
  journeys as Section,
  assisted as Section,
];

export const RESULTS_FILE = path.join(import.meta.dirname, 'results', 'latest.json');

export interface EvalResult {
  generatedAt: string;
  sections: Record<string, unknown>;
  targets: (TargetCheck & { section: string })[];
  passed: boolean;
}

export async function runEval(
  sections: readonly Section[] = SECTIONS,
): Promise<{ result: EvalResult; text: string }> {
  const reports: Record<string, unknown> = {};
  const targets: EvalResult['targets'] = [];
  const text: string[] = [];
  for (const section of sections) {
    const report = await section.run();
    reports[section.name] = report;
    targets.push(...section.targets(report).map((t) => ({ ...t, section: section.name })));
    text.push(section.format(report));
  }
  const missed = targets.filter((t) => !t.met);
  text.push(
    '',
    missed.length === 0
      ? `All ${targets.length} targets met.`
      : `Missed ${missed.length} of ${targets.length} targets:\n${missed
          .map((t) => `  ${t.section}: ${describeMiss(t)}`)
          .join('\n')}`,
  );
  const result = {
    generatedAt: new Date().toISOString(),
    sections: reports,
    targets,
    passed: missed.length === 0,
  };
  return { result, text: text.join('\n') };
}

function printFailures(result: EvalResult, split: string): void {
  const report = result.sections.messages as MessagesReport | undefined;
  for (const m of report?.mismatches ?? []) {
    if (split !== 'all' && m.split !== split) continue;
    process.stdout.write(
      `${m.field.padEnd(14)} ${JSON.stringify(m.text)}\n${''.padEnd(15)}expected ${JSON.stringify(m.expected)}  got ${JSON.stringify(m.predicted)}\n`,
    );
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const { result, text } = await runEval();
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  const failures = process.argv.indexOf('--failures');
  // Only the development corpus lists its misses; fresh hold-outs stay unread.
  if (failures > 0) printFailures(result, process.argv[failures + 1] ?? 'dev');
  process.stdout.write(`${text}\nWrote ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
  process.exitCode = result.passed ? 0 : 1;
}
