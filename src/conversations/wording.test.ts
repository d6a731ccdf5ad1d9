import { describe, expect, it } from 'vitest';
import { budgetPhrase, listPhrase, timelinePhrase, timePhrase, windowPhrase } from './wording.js';

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
    expect(timePhrase('2026-12-19T09:30:00-06:00', zone, 'es')).toBe(
      'el sábado 19 de diciembre a las 9:30 de la mañana',
    );
    expect(
      windowPhrase({ start: '2026-12-05T15:00:00Z', end: '2026-12-05T23:00:00Z' }, 'America/Los_Angeles'),
    ).toBe('Sat, Dec 5');
  });
});

describe('Spanish phrases', () => {
  const zone = 'America/Chicago';
  it('writes times and days out as Spanish speakers do', () => {
    expect(timePhrase('2026-12-16T18:15:00-06:00', zone, 'es')).toBe(
      'el miércoles 16 de diciembre a las 6:15 de la tarde',
    );
    expect(timePhrase('2026-12-19T13:00:00-06:00', zone, 'es')).toBe(
      'el sábado 19 de diciembre a la 1 de la tarde',
    );
    expect(
      windowPhrase({ start: '2026-12-05T08:00:00-06:00', end: '2026-12-05T12:00:00-06:00' }, zone, 'es'),
    ).toBe('el sábado 5 de diciembre en la mañana');
  });
  it('says budgets, timelines and lists in Spanish', () => {
    expect(budgetPhrase({ budgetMax: 300_000 }, 'es')).toBe('hasta $300K');
    expect(budgetPhrase({ intent: 'rent', budgetMax: 2000 }, 'es')).toBe('hasta $2,000 al mes');
    expect(timelinePhrase(0, 'es')).toBe('lo antes posible');
    expect(timelinePhrase(3, 'es')).toBe('en unos 3 meses');
    expect(listPhrase(['Hyde Park', 'Mueller'], 'es')).toBe('Hyde Park y Mueller');
  });
});
