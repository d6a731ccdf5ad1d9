/** The facts the engine may state, as it reads them: a listing row and an FAQ entry of the workspace. */

export const LISTING_STATUSES = ['active', 'coming_soon', 'pending', 'sold', 'off_market'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export interface OpenHouse {
  /** ISO-8601 with an offset. */
  start: string;
  end: string;
}

export interface ListingFacts {
  id: string;
  address: string;
  city: string | null;
  state: string | null;
  zip: string | null;
  mlsNumber: string | null;
  /** Dollars. */
  price: number | null;
  status: ListingStatus;
  beds: number | null;
  baths: number | null;
  sqft: number | null;
  /** Dollars a month; 0 when there is no HOA. */
  hoa: number | null;
  openHouses: OpenHouse[];
  url: string | null;
  /** In the team's words; absent or null when unknown. */
  petsPolicy?: string | null;
  /** The zone the open houses are stated in; absent or null: `KnowledgeFacts.zone`. */
  timeZone?: string | null;
}

export interface FaqFacts {
  id: string;
  question: string;
  /** Sent as written: the workspace's own words. */
  answer: string;
  /** Words or phrases; a question containing any of them matches. */
  keywords: string[];
}

/** What a turn may draw on: the listings that could be meant (pre-selected from the text) and the FAQ. */
export interface KnowledgeFacts {
  listings: readonly ListingFacts[];
  faqs: readonly FaqFacts[];
  /** The zone open-house times are stated in: the workspace's, where the homes are. */
  zone: string;
}
