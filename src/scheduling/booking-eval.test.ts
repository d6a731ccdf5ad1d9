import { describe, expect, it } from 'vitest';
import {
  BOOKING_TARGETS,
  type BookingConversation,
  loadBookings,
  scoreBookings,
} from '../../eval/bookings.score.js';

const base = { now: '2026-03-04T15:00:00Z', tz: 'America/Chicago' };

describe('booking conversations in the eval, over a real database', () => {
  it('has at least 12 conversations covering offer, choose, counter, refuse, reschedule and cancel', () => {
    const corpus = loadBookings();
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    const outcomes = new Set(corpus.map((c) => c.expected.appointment));
    expect([...outcomes].sort()).toEqual(['booked', 'cancelled', 'moved', 'none']);
    const all = corpus.flatMap((c) => c.turns).join('\n');
    for (const phrase of [
      'the second one',
      'tuesday works',
      '4 is good',
      'saturday morning?',
      'none of those',
    ])
      expect(all).toContain(phrase);
  });

  it('meets its targets, and tells a wrong expectation from a right one', async () => {
    const corpus = loadBookings();
    const wrong: BookingConversation[] = [
      {
        ...base,
        name: 'expects a booking where the lead refused',
        turns: ["we're buying, can we meet next week?", 'none of those'],
        expected: { appointment: 'booked' },
      },
      {
        ...base,
        name: 'expects the wrong time',
        turns: ["we're buying, can we meet next week?", 'the second one'],
        expected: { appointment: 'booked', start: '2026-03-09T09:00:00-05:00' },
      },
      {
        ...base,
        name: 'expects a cancellation that did not happen',
        turns: ["we're buying, can we meet next week?", 'the first one', 'thanks!'],
        expected: { appointment: 'cancelled' },
      },
    ];
    const report = await scoreBookings([...corpus, ...wrong], 'bookings-under-test.jsonl');
    expect(report.failures.map((f) => f.name).sort()).toEqual(wrong.map((w) => w.name).sort());
    const problems = report.failures.flatMap((f) => f.problems).join('\n');
    expect(problems).toContain('appointment none, expected booked');
    expect(problems).toContain('expected 2026-03-09T09:00:00-05:00');
    expect(problems).toContain('appointment booked, expected cancelled');
    expect(report.withinTwoSegments).toBe(report.replies);
    expect(report.reached).toBe(corpus.length);
    expect(BOOKING_TARGETS.reached).toBe(1);
  }, 120_000);
});
