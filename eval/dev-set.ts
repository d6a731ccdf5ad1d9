import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIELDS, freshTargetChecks, loadMessages, scoreSplit } from './messages.score.js';

/**
 * Scores one labelled development set apart from the tuned corpus, with the fresh hold-out targets as a
 * yardstick: `npx tsx eval/dev-set.ts eval/dev-5.jsonl [--json out.json] [--failures]`. A development
 * set may be tuned on, so its misses are listed on request.
 */
const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx eval/dev-set.ts FILE.jsonl [--json OUT] [--failures]');
const items = loadMessages(path.resolve(file));
const misses: {
  category: string | undefined;
  field: string;
  text: string;
  expected: unknown;
  got: unknown;
}[] = [];
const report = scoreSplit(items, (item, field, expected, predicted) =>
  misses.push({ category: item.category, field, text: item.text, expected, got: predicted }),
);
const checks = freshTargetChecks(report);
const round = (n: number) => Math.round(n * 1000) / 1000;
const summary = {
  file: path.relative(process.cwd(), path.resolve(file)),
  messages: report.messages,
  fullyRight: report.exact,
  f1: Object.fromEntries(FIELDS.map((f) => [f, round(report.fields[f].f1)])),
  spanishF1: Object.fromEntries(
    FIELDS.filter(
      (f) => report.spanish.fields[f].tp + report.spanish.fields[f].fp + report.spanish.fields[f].fn > 0,
    ).map((f) => [f, round(report.spanish.fields[f].f1)]),
  ),
  optOut: {
    ...report.decisions,
    recall: round(report.decisions.recall),
    precision: round(report.decisions.precision),
    uncertainRate: round(report.decisions.uncertainRate),
  },
  timeResolution: { ...report.timeResolution, accuracy: round(report.timeResolution.accuracy) },
  missedTargets: checks.filter((c) => !c.met).map((c) => `${c.name} ${round(c.value)}`),
};
const out = rest.indexOf('--json');
if (out >= 0 && rest[out + 1])
  writeFileSync(rest[out + 1] as string, `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
if (rest.includes('--failures'))
  for (const m of misses)
    process.stdout.write(
      `${(m.category ?? '').padEnd(22)} ${m.field.padEnd(14)} ${JSON.stringify(m.text)}\n${''.padEnd(37)}expected ${JSON.stringify(m.expected)}  got ${JSON.stringify(m.got)}\n`,
    );
