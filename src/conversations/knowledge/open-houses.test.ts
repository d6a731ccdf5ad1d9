import { describe, expect, it } from 'vitest';
import type { ListingFacts } from './knowledge.types.js';
import { openHouseLabel, upcomingOpenHouses } from './open-houses.js';

const OAK: ListingFacts = {
  id: 'oak',
  address: '12 Oak St, Austin, TX 78704',
  city: null,
  state: null,
  zip: null,
  mlsNumber: null,
  price: 450000,
  status: 'active',
  beds: 3,
  baths: 2,
  sqft: null,
  hoa: 0,
  url: null,
  openHouses: [
    { start: '2026-03-28T13:00:00-05:00', end: '2026-03-28T16:00:00-05:00' },
    { start: '2026-03-07T13:00:00-06:00', end: '2026-03-07T16:00:00-06:00' },
    { start: '2026-02-28T13:00:00-06:00', end: '2026-02-28T16:00:00-06:00' },
  ],
  timeZone: 'America/Chicago',
};

describe('open houses the assistant may offer', () => {
  it('says when an open house is, in the listing’s zone, in English and Spanish', () => {
    expect(openHouseLabel('2026-03-07T19:00:00Z', '2026-03-07T22:00:00Z', 'America/Chicago')).toBe(
      'Sat, Mar 7, 1-4 PM',
    );
    expect(openHouseLabel('2026-03-07T16:30:00Z', '2026-03-07T19:00:00Z', 'America/Chicago')).toBe(
      'Sat, Mar 7, 10:30 AM-1 PM',
    );
    expect(openHouseLabel('2026-03-07T19:00:00Z', '2026-03-07T22:00:00Z', 'America/Chicago', 'es')).toBe(
      'el sábado 7 de marzo de 1 a 4 de la tarde',
    );
  });

  it('lists only those still to come within the horizon, soonest first', () => {
    const now = new Date('2026-03-04T15:00:00Z');
    const offers = upcomingOpenHouses(OAK, { now, zone: 'America/New_York', horizonDays: 14 });
    expect(offers.map((o) => [o.street, o.label])).toEqual([['12 Oak St', 'Sat, Mar 7, 1-4 PM']]);
  });
});
