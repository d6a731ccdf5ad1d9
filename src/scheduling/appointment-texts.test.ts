import { describe, expect, it } from 'vitest';
import { formatWhen } from './appointment-texts.js';

describe('formatWhen', () => {
  const start = '2026-03-07T17:00:00.000Z';

  it('writes the weekday short, or in full when asked', () => {
    expect(formatWhen(start, 'America/Chicago')).toBe('Sat, Mar 7 at 11:00 AM CST');
    expect(formatWhen(start, 'America/Chicago', 'en', { weekday: 'long' })).toBe(
      'Saturday, Mar 7 at 11:00 AM CST',
    );
  });

  it('writes Spanish the same either way', () => {
    const es = formatWhen(start, 'America/Chicago', 'es');
    expect(es).toBe('el sábado 7 de marzo a las 11 de la mañana (CST)');
    expect(formatWhen(start, 'America/Chicago', 'es', { weekday: 'long' })).toBe(es);
  });
});
