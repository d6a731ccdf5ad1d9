import { fromJson } from '../../db/schema.js';
import type { Faq, Listing } from './knowledge.schema.js';
import type { FaqRow, ListingRow } from './knowledge.table.js';
import type { FaqFacts, ListingFacts, OpenHouse } from './knowledge.types.js';

const fromCents = (cents: number | null): number | null => (cents === null ? null : Number(cents) / 100);

export function rowToListingFacts(row: ListingRow): ListingFacts {
  return {
    id: row.id,
    address: row.address,
    city: row.city,
    state: row.state,
    zip: row.zip,
    mlsNumber: row.mlsNumber,
    price: fromCents(row.priceCents),
    status: row.status,
    beds: row.beds,
    baths: row.baths,
    sqft: row.sqft,
    hoa: fromCents(row.hoaCents),
    openHouses: fromJson<OpenHouse[] | null>(row.openHouses) ?? [],
    url: row.url,
    petsPolicy: row.petsPolicy,
    timeZone: row.timeZone,
  };
}

/** The listing as the team sees it: the facts, plus the showing notes the engine is never given. */
export function rowToListing(row: ListingRow): Listing {
  return {
    ...rowToListingFacts(row),
    petsPolicy: row.petsPolicy,
    showingNotes: row.showingNotes,
    timeZone: row.timeZone,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function rowToFaqFacts(row: FaqRow): FaqFacts {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    keywords: fromJson<string[] | null>(row.keywords) ?? [],
  };
}

export function rowToFaq(row: FaqRow): Faq {
  return { ...rowToFaqFacts(row), createdAt: row.createdAt, updatedAt: row.updatedAt };
}
