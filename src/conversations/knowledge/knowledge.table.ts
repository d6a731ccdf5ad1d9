import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ListingStatus } from './knowledge.types.js';

/** A home the workspace lists or shows: the facts the assistant may state about it. */
export interface ListingsTable {
  id: string;
  workspaceId: string;
  address: string;
  /** The address reduced to tokens (see knowledge/address.ts): one listing per address. */
  addressKey: string;
  /** The house number, to find the listings a text may name without reading them all. */
  addressNumber: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  mlsNumber: string | null;
  priceCents: number | null;
  status: ListingStatus;
  beds: number | null;
  baths: number | null;
  sqft: number | null;
  /** A month; 0 when there is no HOA, null when unknown. */
  hoaCents: number | null;
  /** JSON: [{start, end}] as ISO-8601 with offsets. */
  openHouses: unknown;
  /** "Cats and small dogs welcome": stated to a lead who asks. */
  petsPolicy: string | null;
  /** For the agents (lockbox, gate code, who to call): never sent to a lead. */
  showingNotes: string | null;
  /** The IANA zone open houses are entered and read in; null: the workspace's. */
  timeZone: string | null;
  url: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A question the workspace answers the same way every time, in its own words. */
export interface FaqsTable {
  id: string;
  workspaceId: string;
  question: string;
  answer: string;
  /** JSON: words or phrases that mark a question as this one. */
  keywords: unknown;
  createdAt: string;
  updatedAt: string;
}

export type ListingRow = Selectable<ListingsTable>;
export type NewListingRow = Insertable<ListingsTable>;
export type ListingRowUpdate = Updateable<ListingsTable>;
export type FaqRow = Selectable<FaqsTable>;
export type NewFaqRow = Insertable<FaqsTable>;
export type FaqRowUpdate = Updateable<FaqsTable>;
