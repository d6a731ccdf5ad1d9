import { z } from 'zod';
import { instantSchema, isoTimestamp } from '../../http/schemas.js';
import { isTimeZone } from '../../workspaces/workspaces.schema.js';
import { fitsTwoSegments } from '../wording.js';
import { LISTING_STATUSES } from './knowledge.types.js';

const text = (max: number) => z.string().trim().min(1).max(max);

/** An open house runs within a day; a longer span is a typo in a date, not an event. */
export const OPEN_HOUSE_MAX_HOURS = 12;

export const openHouseSchema = z
  .strictObject({
    start: instantSchema.describe('ISO-8601 with an offset, e.g. 2026-01-17T13:00:00-06:00'),
    end: instantSchema,
  })
  .refine((o) => Date.parse(o.end) > Date.parse(o.start), {
    message: 'end must be after start',
    path: ['end'],
  })
  .refine((o) => Date.parse(o.end) - Date.parse(o.start) <= OPEN_HOUSE_MAX_HOURS * 3_600_000, {
    message: `an open house lasts at most ${OPEN_HOUSE_MAX_HOURS} hours`,
    path: ['end'],
  });

const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone such as America/Chicago')
  .describe("The zone open houses are entered and stated in; null: the workspace's");

const listingFields = {
  address: text(300).describe('Street address, e.g. "12 Oak St" or "12 Oak St, Austin, TX 78704"'),
  city: text(120).nullable(),
  state: text(40).nullable(),
  zip: text(20).nullable(),
  mlsNumber: text(60).nullable(),
  price: z.number().nonnegative().max(1e10).nullable().describe('Dollars'),
  status: z.enum(LISTING_STATUSES),
  beds: z.number().min(0).max(100).nullable(),
  baths: z.number().min(0).max(100).nullable(),
  sqft: z.number().int().min(0).max(10_000_000).nullable(),
  hoa: z
    .number()
    .min(0)
    .max(1_000_000)
    .nullable()
    .describe('Dollars a month; 0 for no HOA, null for unknown'),
  openHouses: z.array(openHouseSchema).max(20),
  url: z.url().max(2000).nullable(),
  petsPolicy: text(300).nullable().describe('Stated to a lead who asks, e.g. "Cats and small dogs welcome"'),
  showingNotes: text(2000).nullable().describe('For the agents (lockbox, gate code): never sent to a lead'),
  timeZone: timeZone.nullable(),
};

export const createListingBody = z
  .strictObject({
    address: listingFields.address,
    city: listingFields.city.default(null),
    state: listingFields.state.default(null),
    zip: listingFields.zip.default(null),
    mlsNumber: listingFields.mlsNumber.default(null),
    price: listingFields.price.default(null),
    status: listingFields.status.default('active'),
    beds: listingFields.beds.default(null),
    baths: listingFields.baths.default(null),
    sqft: listingFields.sqft.default(null),
    hoa: listingFields.hoa.default(null),
    openHouses: listingFields.openHouses.default([]),
    url: listingFields.url.default(null),
    petsPolicy: listingFields.petsPolicy.default(null),
    showingNotes: listingFields.showingNotes.default(null),
    timeZone: listingFields.timeZone.default(null),
  })
  .describe('A listing: the assistant answers questions about it from these fields only');

export const updateListingBody = z
  .strictObject({
    address: listingFields.address.optional(),
    city: listingFields.city.optional(),
    state: listingFields.state.optional(),
    zip: listingFields.zip.optional(),
    mlsNumber: listingFields.mlsNumber.optional(),
    price: listingFields.price.optional(),
    status: listingFields.status.optional(),
    beds: listingFields.beds.optional(),
    baths: listingFields.baths.optional(),
    sqft: listingFields.sqft.optional(),
    hoa: listingFields.hoa.optional(),
    openHouses: listingFields.openHouses.optional(),
    url: listingFields.url.optional(),
    petsPolicy: listingFields.petsPolicy.optional(),
    showingNotes: listingFields.showingNotes.optional(),
    timeZone: listingFields.timeZone.optional(),
  })
  .describe('The fields given change; null clears a field');

export const listingSchema = z.object({
  id: z.string(),
  address: z.string(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  mlsNumber: z.string().nullable(),
  price: z.number().nullable(),
  status: z.enum(LISTING_STATUSES),
  beds: z.number().nullable(),
  baths: z.number().nullable(),
  sqft: z.number().nullable(),
  hoa: z.number().nullable(),
  openHouses: z.array(z.object({ start: z.string(), end: z.string() })),
  url: z.string().nullable(),
  petsPolicy: z.string().nullable(),
  showingNotes: z.string().nullable(),
  timeZone: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const listingParams = z.strictObject({ listingId: z.string().min(1).max(100) });
export const faqParams = z.strictObject({ faqId: z.string().min(1).max(100) });

export const knowledgeListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  after: z.string().min(1).max(100).optional().describe('The last id of the previous page'),
});

export const listingListQuery = knowledgeListQuery.extend({
  q: z.string().trim().max(100).optional().describe('Part of the address, city, ZIP or MLS number, any case'),
});

export const listingImportQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: check every row and report what would happen, writing nothing'),
});

const faqFields = {
  question: text(300),
  answer: text(320).refine(
    fitsTwoSegments,
    'the answer must fit in two text messages (306 plain characters)',
  ),
  keywords: z.array(text(60)).max(20),
};

export const createFaqBody = z.strictObject({
  question: faqFields.question,
  answer: faqFields.answer,
  keywords: faqFields.keywords
    .default([])
    .describe('Words or phrases: a lead question containing any of them gets this answer'),
});

export const updateFaqBody = z.strictObject({
  question: faqFields.question.optional(),
  answer: faqFields.answer.optional(),
  keywords: faqFields.keywords.optional(),
});

export const faqSchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  keywords: z.array(z.string()),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const listingImportResult = z.object({
  dryRun: z.boolean().describe('true: nothing was written; the counts say what an import would do'),
  created: z.number(),
  updated: z.number(),
  rejected: z.number(),
  rows: z.array(
    z.object({
      line: z.number().describe('The line of the file, the header being line 1'),
      outcome: z.enum(['created', 'updated', 'rejected']),
      id: z.string().nullable().describe('null for a rejected row, and for a new one in a dry run'),
      reason: z.string().nullable(),
    }),
  ),
});

export const faqPreviewBody = z.strictObject({
  question: text(500).describe("A lead's question, as they would text it"),
  draft: z
    .strictObject({
      id: z.string().min(1).max(100).optional().describe('The entry being edited; omit for a new one'),
      question: faqFields.question,
      answer: z.string().max(320).default(''),
      keywords: faqFields.keywords.default([]),
    })
    .optional()
    .describe('An entry not saved yet, matched in place of the stored one with its id'),
});

export const faqPreviewResult = z.object({
  match: z
    .object({
      faq: z.object({ id: z.string().nullable(), question: z.string(), answer: z.string() }),
      score: z.number().describe('Keyword words found (with keywords) or question words shared (without)'),
      draft: z.boolean().describe('The entry matched is the unsaved draft'),
    })
    .nullable(),
});

export type CreateListingBody = z.output<typeof createListingBody>;
/** A listing as a caller writes it (defaults left out). */
export type CreateListingInput = z.input<typeof createListingBody>;
export type UpdateListingBody = z.output<typeof updateListingBody>;
export type Listing = z.output<typeof listingSchema>;
export type CreateFaqBody = z.output<typeof createFaqBody>;
export type UpdateFaqBody = z.output<typeof updateFaqBody>;
export type Faq = z.output<typeof faqSchema>;
export type FaqPreviewBody = z.output<typeof faqPreviewBody>;
export type FaqPreviewResult = z.output<typeof faqPreviewResult>;
export type ListingImportResult = z.output<typeof listingImportResult>;
