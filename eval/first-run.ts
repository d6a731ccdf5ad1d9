import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FRESH_JOURNEYS, firstRunOf, formatTotals, recordFirstRun } from './journeys.score.js';
import {
  FRESH_HOLDOUTS,
  firstRunFile,
  freshTargetChecks,
  loadMessages,
  scoreSplit,
} from './messages.score.js';

/**
 * `npm run eval:first-run -- holdout-4` (or `-- journeys-1`): scores a fresh hold-out once and keeps the
 * figures in `eval/<name>.first-run.json`. Refuses when that file exists: a first run happens once. Only
 * aggregate figures are written or printed — never which texts or journeys were missed — so the set can
 * stay unread.
 */
const name = process.argv[2] ?? '';
const holdout = FRESH_HOLDOUTS.find((h) => path.basename(h.file, '.jsonl') === name);
const journeysFile = path.join(import.meta.dirname, `${name}.jsonl`);
const journeys = FRESH_JOURNEYS.test(`${name}.jsonl`) && existsSync(journeysFile);
if (!holdout && !journeys) {
  process.stderr.write(
    `usage: npm run eval:first-run -- <${FRESH_HOLDOUTS.map((h) => path.basename(h.file, '.jsonl')).join('|')}|journeys-N>\n`,
  );
  process.exit(2);
}
const out = holdout ? firstRunFile(holdout.file) : firstRunOf(journeysFile);
if (existsSync(out)) {
  process.stderr.write(`${path.relative(process.cwd(), out)} exists: this hold-out has had its first run\n`);
  process.exit(1);
}
if (holdout) {
  const report = scoreSplit(loadMessages(holdout.file));
  const targets = freshTargetChecks(report);
  const result = {
    about: `First and only scoring of eval/${name}.jsonl, written and labelled by someone who had not read the extractor, before any run. Aggregates only; the set is never tuned on.`,
    scoredAt: new Date().toISOString(),
    ...report,
    targets,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  const missed = targets.filter((t) => !t.met);
  process.stdout.write(
    `${name}: ${report.messages} texts; opt-out recall ${report.decisions.recall.toFixed(3)}, precision ${report.decisions.precision.toFixed(3)}, uncertain ${(report.decisions.uncertainRate * 100).toFixed(1)}%, time ${report.timeResolution.accuracy.toFixed(3)}\n` +
      (missed.length === 0
        ? 'every target met\n'
        : `missed: ${missed.map((t) => `${t.name} ${t.value.toFixed(3)} (target ${t.target})`).join('; ')}\n`) +
      `wrote ${path.relative(process.cwd(), out)}\n`,
  );
} else {
  const run = await recordFirstRun(journeysFile);
  if (!run.recorded) {
    process.stderr.write(
      `${path.relative(process.cwd(), out)} exists: this hold-out has had its first run\n`,
    );
    process.exit(1);
  }
  process.stdout.write(
    `${formatTotals(name, run.totals).join('\n')}\nwrote ${path.relative(process.cwd(), run.out)}\n`,
  );
}
