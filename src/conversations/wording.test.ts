import { describe, expect, it } from 'vitest';
import { windowPhrase } from './wording.js';

describe('windowPhrase', () => {
  const zone = 'America/Chicago';
  it('names the time of a short window', () => {
    expect(windowPhrase({ start: '2026-12-05T16:00:00-06:00', end: '2026-12-05T17:00:00-06:00' }, zone)).toBe(
      'Sat, Dec 5 at 4 PM',
    );
  });
  it('names the day, and the part of it, of a long window, never an hour the lead did not say', () => {
    expect(windowPhrase({ start: '2026-12-05T09:00:00-06:00', end: '2026-12-05T17:00:00-06:00' }, zone)).toBe(
      'Sat, Dec 5',
    );
    expect(windowPhrase({ start: '2026-12-05T08:00:00-06:00', end: '2026-12-05T12:00:00-06:00' }, zone)).toBe(
      'Sat, Dec 5 in the morning',
    );
    expect(windowPhrase({ start: '2026-12-05T12:00:00-06:00', end: '2026-12-05T17:00:00-06:00' }, zone)).toBe(
      'Sat, Dec 5 in the afternoon',
    );
    expect(windowPhrase({ start: '2026-12-05T17:00:00-06:00', end: '2026-12-05T20:00:00-06:00' }, zone)).toBe(
      'Sat, Dec 5 in the evening',
    );
  });
  it('reads the window in the lead’s zone', () => {
    expect(
      windowPhrase({ start: '2026-12-05T15:00:00Z', end: '2026-12-05T23:00:00Z' }, 'America/Los_Angeles'),
    ).toBe('Sat, Dec 5');
  });
});
