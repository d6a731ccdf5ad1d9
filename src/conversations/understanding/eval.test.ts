import { describe, expect, it } from 'vitest';
import { scoreMessages, TARGETS } from '../../../eval/messages.score.js';

describe('the labelled message corpus', () => {
  const report = scoreMessages();

  it('holds at least 400 messages, a quarter of them held out', () => {
    expect(report.splits.all.messages).toBeGreaterThanOrEqual(400);
    expect(report.splits.holdout.messages / report.splits.all.messages).toBeGreaterThan(0.2);
  });

  it('meets every target', () => {
    const missed = report.targets
      .filter((t) => !t.met)
      .map((t) => `${t.name}: ${t.value.toFixed(3)} < ${t.target}`);
    expect(missed).toEqual([]);
  });

  it('recalls every opt-out and flags none wrongly', () => {
    expect(report.splits.all.optOut.recall).toBe(TARGETS.optOutRecall);
    expect(report.splits.all.optOut.precision).toBeGreaterThanOrEqual(TARGETS.optOutPrecision);
  });
});

describe('the fresh hold-out', () => {
  const report = scoreMessages();

  it('holds at least 150 messages, scored as their own split and kept out of the gated corpus', () => {
    expect(report.splits.holdout2.messages).toBeGreaterThanOrEqual(150);
    expect(report.splits.all.messages).toBe(report.splits.dev.messages + report.splits.holdout.messages);
    expect(report.freshTargets.map((t) => t.name)).toEqual(report.targets.map((t) => t.name));
    const fields = Object.values(report.splits.holdout2.fields);
    expect(fields.reduce((n, f) => n + f.tp, 0)).toBeGreaterThan(150);
  });
});
