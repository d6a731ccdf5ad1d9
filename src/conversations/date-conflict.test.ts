import { describe, expect, it } from 'vitest';
import { decideTurn } from './policy.js';
import { actionOf, changesOf, sent, turn } from './turn.fixtures.js';

/** The fixtures' now is Sunday 6 December 2026 in Chicago: the 16th is a Wednesday. */
describe('a weekday and a date that disagree', () => {
  it('asks which day they mean, naming both, and books nothing', () => {
    const d = decideTurn(turn('can we meet thu the 16th at 3?', { canBook: true }));
    const texts = sent(d).join(' ');
    expect(texts).toMatch(/Wed, Dec 16 or Thu, Dec 17\?/);
    expect(actionOf(d, 'booking')).toBeUndefined();
    expect(actionOf(d, 'offer')).toBeUndefined();
    expect(changesOf(d).some(([field]) => field === 'requestedTime')).toBe(false);
    expect(d.askedSlot).toBe('requestedTime');
  });

  it('asks in Spanish when the lead writes Spanish', () => {
    const d = decideTurn(turn('el jueves 16 de diciembre a las 3 está bien'));
    expect(sent(d).join(' ')).toMatch(/miércoles 16 de diciembre.*jueves 17 de diciembre/);
  });

  it('a weekday that agrees with its date is booked as usual', () => {
    const d = decideTurn(turn('can we meet wed the 16th at 3?'));
    expect(actionOf(d, 'booking')).toBeDefined();
    expect(sent(d).join(' ')).not.toMatch(/which day|Quick check/);
  });
});
