import { describe, expect, it } from 'vitest';
import { scoreAssisted } from '../../../eval/assisted.score.js';

describe('the assisted eval split', () => {
  it('plays every scripted conversation with the hostile model and sends none of its inventions', async () => {
    const report = await scoreAssisted();
    expect(report.textsSent).toBeGreaterThan(10);
    expect(report.modelRequests).toBeGreaterThan(report.conversations);
    expect(report.misses).toEqual([]);
    expect(report.targets.every((t) => t.met)).toBe(true);
  }, 60_000);
});
