import { describe, expect, it } from 'vitest';
import type { Listing } from '../../api/knowledge.ts';
import { EMPTY_LISTING_FORM, formFromListing, listingBody } from './listing-form.ts';

const ZONE = 'America/Chicago';

describe('the listing form', () => {
  it('turns open houses typed in the listing zone into instants with the offset of that day', () => {
    const { body, errors } = listingBody(
      {
        ...EMPTY_LISTING_FORM,
        address: ' 12 Oak St ',
        price: '$450,000',
        beds: '3',
        baths: '2.5',
        hoa: '0',
        petsPolicy: 'Cats only',
        openHouses: [
          { date: '2026-01-17', start: '13:00', end: '16:00' },
          // After the March change: the offset of the day, not of today.
          { date: '2026-03-14', start: '10:30', end: '12:00' },
        ],
      },
      ZONE,
    );
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      address: '12 Oak St',
      price: 450000,
      beds: 3,
      baths: 2.5,
      hoa: 0,
      city: null,
      petsPolicy: 'Cats only',
      showingNotes: null,
      timeZone: null,
      openHouses: [
        { start: '2026-01-17T13:00:00-06:00', end: '2026-01-17T16:00:00-06:00' },
        { start: '2026-03-14T10:30:00-05:00', end: '2026-03-14T12:00:00-05:00' },
      ],
    });
  });

  it("uses the listing's own zone when it has one", () => {
    const { body } = listingBody(
      {
        ...EMPTY_LISTING_FORM,
        address: '1 Bay St',
        timeZone: 'America/Los_Angeles',
        openHouses: [{ date: '2026-01-17', start: '13:00', end: '16:00' }],
      },
      ZONE,
    );
    expect(body?.openHouses[0]).toEqual({
      start: '2026-01-17T13:00:00-08:00',
      end: '2026-01-17T16:00:00-08:00',
    });
    expect(body?.timeZone).toBe('America/Los_Angeles');
  });

  it('names the field of each mistake as the server does', () => {
    const { body, errors } = listingBody(
      {
        ...EMPTY_LISTING_FORM,
        address: '  ',
        price: 'lots',
        sqft: '1850.5',
        timeZone: 'Mars/Base',
        url: 'homes.example',
        openHouses: [
          { date: '2026-01-17', start: '16:00', end: '13:00' },
          { date: '', start: '13:00', end: '16:00' },
          { date: '2026-01-18', start: '06:00', end: '20:00' },
        ],
      },
      ZONE,
    );
    expect(body).toBeNull();
    expect(errors).toEqual({
      address: 'Enter the street address',
      price: 'Enter a number, 0 or more',
      sqft: 'Enter a whole number',
      timeZone: 'Enter an IANA zone such as America/Chicago',
      url: 'Enter a full address starting with https://',
      'openHouses.0.end': 'Ends after it starts',
      'openHouses.1.start': 'Choose the day',
      'openHouses.2.end': 'At most 12 hours',
    });
  });

  it('shows a saved listing in its zone and saves it back unchanged', () => {
    const listing: Listing = {
      id: 'l1',
      address: '12 Oak St',
      city: 'Austin',
      state: 'TX',
      zip: '78704',
      mlsNumber: '4455667',
      price: 450000,
      status: 'pending',
      beds: 3,
      baths: 2,
      sqft: 1850,
      hoa: null,
      openHouses: [{ start: '2026-01-17T19:00:00Z', end: '2026-01-17T22:00:00Z' }],
      url: null,
      petsPolicy: null,
      showingNotes: 'Lockbox',
      timeZone: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const form = formFromListing(listing, ZONE);
    expect(form.openHouses).toEqual([{ date: '2026-01-17', start: '13:00', end: '16:00' }]);
    expect(form.hoa).toBe('');
    expect(listingBody(form, ZONE).body).toMatchObject({
      status: 'pending',
      hoa: null,
      showingNotes: 'Lockbox',
      openHouses: [{ start: '2026-01-17T13:00:00-06:00', end: '2026-01-17T16:00:00-06:00' }],
    });
  });
});
