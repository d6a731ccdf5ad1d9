import type { DbOrTrx } from '../../db/database.js';
import { toJson } from '../../db/schema.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { AppContext } from '../../http/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { addressKey, addressTokens } from './address.js';
import { rowToFaqFacts } from './knowledge.presenters.js';
import {
  deleteFaqRow,
  deleteListingRow,
  findFaq,
  findListing,
  insertFaq,
  insertListing,
  listFaqRows,
  listingCandidates,
  listListingRows,
  updateFaqRow,
  updateListingRow,
} from './knowledge.repository.js';
import type {
  CreateFaqBody,
  CreateListingBody,
  FaqPreviewBody,
  FaqPreviewResult,
  UpdateFaqBody,
  UpdateListingBody,
} from './knowledge.schema.js';
import type { FaqRow, ListingRow, ListingRowUpdate } from './knowledge.table.js';
import { scoreFaqs } from './match.js';

const toCents = (dollars: number | null): number | null =>
  dollars === null ? null : Math.round(dollars * 100);

/** The row columns a listing's fields make, the derived address keys included. */
export function listingColumns(fields: Partial<CreateListingBody>): ListingRowUpdate {
  const columns: ListingRowUpdate = {};
  if (fields.address !== undefined) {
    const key = addressKey(fields.address);
    columns.address = fields.address;
    columns.addressKey = key.key;
    columns.addressNumber = key.number;
  }
  if (fields.city !== undefined) columns.city = fields.city;
  if (fields.state !== undefined) columns.state = fields.state;
  if (fields.zip !== undefined) columns.zip = fields.zip;
  if (fields.mlsNumber !== undefined) columns.mlsNumber = fields.mlsNumber;
  if (fields.price !== undefined) columns.priceCents = toCents(fields.price);
  if (fields.status !== undefined) columns.status = fields.status;
  if (fields.beds !== undefined) columns.beds = fields.beds;
  if (fields.baths !== undefined) columns.baths = fields.baths;
  if (fields.sqft !== undefined) columns.sqft = fields.sqft;
  if (fields.hoa !== undefined) columns.hoaCents = toCents(fields.hoa);
  if (fields.openHouses !== undefined) columns.openHouses = toJson(fields.openHouses);
  if (fields.url !== undefined) columns.url = fields.url;
  if (fields.petsPolicy !== undefined) columns.petsPolicy = fields.petsPolicy;
  if (fields.showingNotes !== undefined) columns.showingNotes = fields.showingNotes;
  if (fields.timeZone !== undefined) columns.timeZone = fields.timeZone;
  return columns;
}

const listingExists = () =>
  conflict('Another listing of this workspace has this address or MLS number', 'listing_exists');

async function uniquely<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw listingExists();
    throw error;
  }
}

export async function createListing(
  ctx: AppContext,
  props: { workspaceId: string; body: CreateListingBody },
): Promise<ListingRow> {
  const at = ctx.clock.now().toISOString();
  const id = newId(ctx.clock.now().getTime());
  const columns = listingColumns(props.body);
  await uniquely(() =>
    insertListing(ctx.db, {
      ...(columns as Required<ListingRowUpdate>),
      id,
      workspaceId: props.workspaceId,
      createdAt: at,
      updatedAt: at,
    }),
  );
  return getListing(ctx, { workspaceId: props.workspaceId, listingId: id });
}

export async function getListing(
  ctx: AppContext,
  props: { workspaceId: string; listingId: string },
): Promise<ListingRow> {
  const row = await findListing(ctx.db, props.workspaceId, props.listingId);
  if (!row) throw notFound('Listing');
  return row;
}

export async function updateListing(
  ctx: AppContext,
  props: { workspaceId: string; listingId: string; body: UpdateListingBody },
): Promise<ListingRow> {
  await getListing(ctx, props);
  const changes = { ...listingColumns(props.body), updatedAt: ctx.clock.now().toISOString() };
  await uniquely(() => updateListingRow(ctx.db, props.workspaceId, props.listingId, changes));
  return getListing(ctx, props);
}

export async function deleteListing(ctx: AppContext, props: { workspaceId: string; listingId: string }) {
  if (!(await deleteListingRow(ctx.db, props.workspaceId, props.listingId))) throw notFound('Listing');
}

export function listListings(
  ctx: AppContext,
  props: { workspaceId: string; limit: number; after?: string | undefined; q?: string | undefined },
) {
  return listListingRows(ctx.db, props.workspaceId, props);
}

export async function createFaq(ctx: AppContext, props: { workspaceId: string; body: CreateFaqBody }) {
  const at = ctx.clock.now().toISOString();
  const id = newId(ctx.clock.now().getTime());
  await insertFaq(ctx.db, {
    id,
    workspaceId: props.workspaceId,
    question: props.body.question,
    answer: props.body.answer,
    keywords: toJson(props.body.keywords),
    createdAt: at,
    updatedAt: at,
  });
  return getFaq(ctx, { workspaceId: props.workspaceId, faqId: id });
}

export async function getFaq(
  ctx: AppContext,
  props: { workspaceId: string; faqId: string },
): Promise<FaqRow> {
  const row = await findFaq(ctx.db, props.workspaceId, props.faqId);
  if (!row) throw notFound('FAQ entry');
  return row;
}

export async function updateFaq(
  ctx: AppContext,
  props: { workspaceId: string; faqId: string; body: UpdateFaqBody },
): Promise<FaqRow> {
  await getFaq(ctx, props);
  const { keywords, ...rest } = props.body;
  await updateFaqRow(ctx.db, props.workspaceId, props.faqId, {
    ...rest,
    ...(keywords !== undefined ? { keywords: toJson(keywords) } : {}),
    updatedAt: ctx.clock.now().toISOString(),
  });
  return getFaq(ctx, props);
}

export async function deleteFaq(ctx: AppContext, props: { workspaceId: string; faqId: string }) {
  if (!(await deleteFaqRow(ctx.db, props.workspaceId, props.faqId))) throw notFound('FAQ entry');
}

export function listFaqs(ctx: AppContext, props: { workspaceId: string; limit: number; after?: string }) {
  return listFaqRows(ctx.db, props.workspaceId, props);
}

/** FAQ entries a turn may answer from; a workspace keeps a few dozen, the cap guards the turn's cost. */
export const FAQ_LIMIT = 500;

export function faqsForTurn(db: DbOrTrx, workspaceId: string): Promise<FaqRow[]> {
  return listFaqRows(db, workspaceId, { limit: FAQ_LIMIT });
}

/**
 * Which FAQ entry a lead's question would get, by the same matcher a conversation uses, over the
 * workspace's entries with an unsaved draft in place of the entry it edits.
 */
export async function previewFaqMatch(
  ctx: AppContext,
  props: { workspaceId: string; body: FaqPreviewBody },
): Promise<FaqPreviewResult> {
  const { draft } = props.body;
  const stored = (await faqsForTurn(ctx.db, props.workspaceId)).map((row) => ({
    ...rowToFaqFacts(row),
    draft: false,
  }));
  const entries = draft
    ? [
        ...stored.filter((faq) => faq.id !== draft.id),
        {
          id: draft.id ?? '',
          question: draft.question,
          answer: draft.answer,
          keywords: draft.keywords,
          draft: true,
        },
      ]
    : stored;
  const best = scoreFaqs(props.body.question, entries);
  if (!best) return { match: null };
  const { faq, score } = best;
  return {
    match: {
      faq: { id: faq.id || null, question: faq.question, answer: faq.answer },
      score,
      draft: faq.draft,
    },
  };
}

const SUFFIX_TOKENS = new Set(
  addressTokens(
    'street avenue road drive lane boulevard court way place circle parkway trail highway loop cove terrace',
  ),
);

/** The listings the lead's texts could name, plus the listing of their inquiry. */
const STREET_NAMED_ALONE = /\bthe ([a-z]{3,}) (?:one|house|home|place|listing)\b/g;

export function listingsForTurn(
  db: DbOrTrx,
  workspaceId: string,
  props: {
    texts: readonly string[];
    inquiry: { address?: string | undefined; mlsNumber?: string | undefined } | null;
  },
): Promise<ListingRow[]> {
  const numbers = new Set<string>();
  const mlsNumbers = new Set<string>();
  const streetKeys = new Set<string>();
  const texts = [...props.texts, props.inquiry?.address ?? ''];
  for (const text of texts) {
    const tokens = addressTokens(text);
    tokens.forEach((token, i) => {
      if (/^\d{1,6}[a-z]?$/.test(token)) numbers.add(token);
      if (SUFFIX_TOKENS.has(token) && i > 0 && tokens[i - 1] && !/^\d+$/.test(tokens[i - 1] ?? '')) {
        streetKeys.add(tokens[i - 1] as string);
      }
    });
    for (const word of text.split(/[^A-Za-z0-9-]+/)) if (/\d{5,}/.test(word)) mlsNumbers.add(word);
    // "is the oak one still avail": a street named without its number or suffix (matched when one only).
    for (const m of text.toLowerCase().matchAll(STREET_NAMED_ALONE)) if (m[1]) streetKeys.add(m[1]);
  }
  if (props.inquiry?.mlsNumber) mlsNumbers.add(props.inquiry.mlsNumber);
  return listingCandidates(db, workspaceId, {
    numbers: [...numbers].slice(0, 20),
    mlsNumbers: [...mlsNumbers].slice(0, 20),
    streetKeys: [...streetKeys].slice(0, 5),
  });
}
