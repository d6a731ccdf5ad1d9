import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type {
  FaqRow,
  FaqRowUpdate,
  ListingRow,
  ListingRowUpdate,
  NewFaqRow,
  NewListingRow,
} from './knowledge.table.js';

export async function insertListing(db: DbOrTrx, row: NewListingRow): Promise<void> {
  await db.insertInto('listings').values(row).execute();
}

export async function updateListingRow(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: ListingRowUpdate,
): Promise<void> {
  await db
    .updateTable('listings')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export function findListing(db: DbOrTrx, workspaceId: string, id: string): Promise<ListingRow | undefined> {
  return db
    .selectFrom('listings')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The listing holding this address or MLS number, if any. */
export function findListingByKey(
  db: DbOrTrx,
  workspaceId: string,
  key: { addressKey?: string; mlsNumber?: string | null },
): Promise<ListingRow | undefined> {
  const { addressKey, mlsNumber } = key;
  return db
    .selectFrom('listings')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where((eb) =>
      eb.or([
        ...(addressKey ? [eb('addressKey', '=', addressKey)] : []),
        ...(mlsNumber ? [eb('mlsNumber', '=', mlsNumber)] : []),
      ]),
    )
    .orderBy('id')
    .executeTakeFirst();
}

export async function deleteListingRow(db: DbOrTrx, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('listings')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function listListingRows(
  db: DbOrTrx,
  workspaceId: string,
  page: { limit: number; after?: string | undefined; q?: string | undefined },
): Promise<ListingRow[]> {
  let query = db.selectFrom('listings').selectAll().where('workspaceId', '=', workspaceId);
  if (page.after) query = query.where('id', '>', page.after);
  const q = page.q?.trim().toLowerCase();
  if (q) {
    // LIKE is case-blind on SQLite only; lower() on both sides makes PostgreSQL agree.
    const pattern = `%${likeEscaped(q)}%`;
    const like = (column: 'address' | 'city' | 'zip' | 'mlsNumber') =>
      sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
    query = query.where((eb) => eb.or([like('address'), like('city'), like('zip'), like('mlsNumber')]));
  }
  return query.orderBy('id').limit(page.limit).execute();
}

/**
 * Listings a text may be about, found without reading them all: by house numbers and MLS numbers in
 * it, and by the ids of listings already known to matter (the lead's inquiry).
 */
export function listingCandidates(
  db: DbOrTrx,
  workspaceId: string,
  keys: { numbers: string[]; mlsNumbers: string[]; streetKeys: string[] },
  limit = 50,
): Promise<ListingRow[]> {
  const { numbers, mlsNumbers, streetKeys } = keys;
  if (numbers.length + mlsNumbers.length + streetKeys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('listings')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where((eb) =>
      eb.or([
        ...(numbers.length ? [eb('addressNumber', 'in', numbers)] : []),
        ...(mlsNumbers.length ? [eb('mlsNumber', 'in', mlsNumbers)] : []),
        ...streetKeys.flatMap((key) => [
          eb('addressKey', 'like', `% ${key} %`),
          eb('addressKey', 'like', `% ${key}`),
        ]),
      ]),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function insertFaq(db: DbOrTrx, row: NewFaqRow): Promise<void> {
  await db.insertInto('faqs').values(row).execute();
}

export async function updateFaqRow(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: FaqRowUpdate,
): Promise<void> {
  await db
    .updateTable('faqs')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export function findFaq(db: DbOrTrx, workspaceId: string, id: string): Promise<FaqRow | undefined> {
  return db
    .selectFrom('faqs')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteFaqRow(db: DbOrTrx, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('faqs')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function listFaqRows(
  db: DbOrTrx,
  workspaceId: string,
  page: { limit: number; after?: string | undefined },
): Promise<FaqRow[]> {
  let query = db.selectFrom('faqs').selectAll().where('workspaceId', '=', workspaceId);
  if (page.after) query = query.where('id', '>', page.after);
  return query.orderBy('id').limit(page.limit).execute();
}
