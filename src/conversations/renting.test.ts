import { describe, expect, it } from 'vitest';
import { moveInPhrase, readMoveInDate, readPets, renterReady } from './renting.js';
import { DEFAULT_SCRIPT, nextQuestion } from './script.js';

const now = new Date('2026-03-04T15:00:00Z');
const tz = 'America/Chicago';
const moveIn = (text: string, pending: 'moveInDate' | null = null) =>
  readMoveInDate(text, { now, tz, pending });

describe("the renter's script", () => {
  it('asks a renter the move-in date, the monthly budget, pets and bedrooms, never buy or sell', () => {
    const asked: string[] = [];
    let profile: Record<string, unknown> = { intent: 'rent' };
    const answers: Record<string, Record<string, unknown>> = {
      moveInDate: { moveInDate: '2026-04-01' },
      budget: { budgetMax: 1800 },
      pets: { pets: true },
      beds: { beds: 2 },
    };
    for (let i = 0; i < 6; i += 1) {
      const question = nextQuestion(DEFAULT_SCRIPT, profile, {});
      if (!question) break;
      asked.push(question.slot);
      profile = { ...profile, ...answers[question.slot] };
    }
    expect(asked).toEqual(['moveInDate', 'budget', 'pets', 'beds']);
    expect(renterReady(profile, {})).toBe(true);
  });

  it('is ready once each fact is known or was asked as often as it may be, and only for a renter', () => {
    const known = { intent: 'rent' as const, moveInDate: '2026-04-01', budgetMax: 1800, beds: 2 };
    expect(renterReady(known, {})).toBe(false);
    expect(renterReady(known, { pets: 2 })).toBe(true);
    expect(renterReady({ ...known, pets: false }, {})).toBe(true);
    expect(renterReady({ ...known, pets: false, intent: 'buy' }, {})).toBe(false);
    // "In 2 months" answers the move-in question as a timeline.
    const { moveInDate: _date, ...spanOnly } = known;
    expect(renterReady({ ...spanOnly, timelineMonths: 2, pets: false }, {})).toBe(true);
  });
});

describe('reading a move-in date', () => {
  it('reads dates, months and spans in the renter’s zone, on or after today', () => {
    expect(moveIn('we need to move in by april 1')).toBe('2026-04-01');
    expect(moveIn('Move-in April 15th')).toBe('2026-04-15');
    expect(moveIn('June 1st', 'moveInDate')).toBe('2026-06-01');
    expect(moveIn('4/1', 'moveInDate')).toBe('2026-04-01');
    expect(moveIn('we want to move in June')).toBe('2026-06-01');
    expect(moveIn('need to move by the end of the month')).toBe('2026-03-31');
    expect(moveIn('the 1st', 'moveInDate')).toBe('2026-04-01');
    // A date already past this year is next year's.
    expect(moveIn('we move in jan 10')).toBe('2027-01-10');
    expect(moveIn('queremos mudarnos el 1 de abril')).toBe('2026-04-01');
    // A date in a text about renting is when they want the place.
    expect(moveIn('need a 2br to rent for june 1')).toBe('2026-06-01');
    expect(moveIn('casa para rentar para el 1 de mayo')).toBe('2026-05-01');
  });

  it('reads nothing without a date, or from a text not about moving in', () => {
    expect(moveIn('2 bedrooms please')).toBeNull();
    expect(moveIn('1800 a month', 'moveInDate')).toBeNull();
    expect(moveIn('my birthday is april 1')).toBeNull();
    // A span is a timeline, not a date they said.
    expect(moveIn('asap', 'moveInDate')).toBeNull();
    expect(moveIn('in 2 months', 'moveInDate')).toBeNull();
  });

  it('says the date back as a short day', () => {
    expect(moveInPhrase('2026-04-01')).toBe('Apr 1');
    expect(moveInPhrase('2026-04-01', 'es')).toBe('el 1 de abril');
  });
});

describe('reading pets', () => {
  it('reads pets said, no pets said, and a yes or no to the question', () => {
    expect(readPets('we have a dog', null)).toBe(true);
    expect(readPets('2 cats and a small dog', null)).toBe(true);
    expect(readPets('no pets', null)).toBe(false);
    expect(readPets("we don't have any pets", null)).toBe(false);
    expect(readPets('tenemos un perro', null)).toBe(true);
    expect(readPets('yes', 'pets')).toBe(true);
    expect(readPets('nope', 'pets')).toBe(false);
  });

  it('does not take a question about the pet policy, or a yes to another question, as pets', () => {
    expect(readPets('do you allow dogs?', null)).toBeNull();
    expect(readPets('are pets ok?', null)).toBeNull();
    expect(readPets('yes', 'beds')).toBeNull();
    expect(readPets('looking for a 2 bedroom', null)).toBeNull();
  });
});
