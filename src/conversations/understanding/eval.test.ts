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
