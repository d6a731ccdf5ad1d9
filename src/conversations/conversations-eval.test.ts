import { describe, expect, it } from 'vitest';
import { CONVERSATION_TARGETS, scoreConversations } from '../../eval/conversations.score.js';

describe('the scripted conversations of eval/conversations.jsonl', () => {
  it('reach their expected outcomes, every reply within two segments', () => {
    const report = scoreConversations();
    expect(report.conversations).toBeGreaterThanOrEqual(30);
    expect(report.failures.map((f) => `${f.name}: ${f.problems.join('; ')}`)).toEqual([]);
    expect(report.share).toBeGreaterThanOrEqual(CONVERSATION_TARGETS.reached);
    expect(report.withinTwoSegments).toBe(report.replies);
  });
});
