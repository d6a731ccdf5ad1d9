import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizeName, normalizePhone, normalizeState, normalizeZip } from './normalize.js';

describe('normalisation', () => {
  it.each([
    ['(512) 555-0143', 'US', '+15125550143'],
    ['512.555.0143', 'US', '+15125550143'],
    ['+1 512 555 0143', 'GB', '+15125550143'],
    ['1-512-555-0143', 'US', '+15125550143'],
    ['020 7946 0018', 'GB', '+442079460018'],
    ['416 555 0199', 'CA', '+14165550199'],
  ])('phone %s in %s is %s', (input, region, e164) => {
    expect(normalizePhone(input, region)).toMatchObject({ e164, valid: true });
  });

  it('keeps and flags a number that is not valid', () => {
    expect(normalizePhone('555-12', 'US')).toEqual({
      e164: null,
      raw: '555-12',
      valid: false,
      type: undefined,
    });
    expect(normalizePhone('call me', 'US').valid).toBe(false);
  });

  it.each([
    [' Dana@Example.COM ', 'dana@example.com'],
    ['first.last+tag@mail.co.uk', 'first.last+tag@mail.co.uk'],
    ['no-at-sign.example.com', null],
    ['two@@example.com', null],
    ['dana@localhost', null],
    ['dana@example', null],
  ])('email %s is %s', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it('trims names and finds the first name', () => {
    expect(normalizeName('  Dana   Whitfield ')).toEqual({ name: 'Dana Whitfield', firstName: 'Dana' });
    expect(normalizeName('MARY-ANNE O’NEIL')).toEqual({ name: 'Mary-Anne O’Neil', firstName: 'Mary-Anne' });
    expect(normalizeName('josé garcía')).toEqual({ name: 'José García', firstName: 'José' });
    expect(normalizeName('McAllister')).toEqual({ name: 'McAllister', firstName: 'McAllister' });
    expect(normalizeName('   ')).toEqual({ name: null, firstName: null });
  });

  it('reads zips and states', () => {
    expect(normalizeZip('78704-1234')).toBe('78704');
    expect(normalizeZip('7870')).toBeNull();
    expect(normalizeState(' tx ')).toBe('TX');
    expect(normalizeState('Texas')).toBeNull();
  });
});
