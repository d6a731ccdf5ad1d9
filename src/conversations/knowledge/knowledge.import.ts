import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import type { AppContext } from '../../http/context.js';
import { describeIssues } from '../../jobs/job-definition.js';
import { badRequest } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findWorkspace } from '../../workspaces/workspaces.repository.js';
import { isTimeZone } from '../../workspaces/workspaces.schema.js';
import { addressKey } from './address.js';
import { findListingByKey, insertListing, updateListingRow } from './knowledge.repository.js';
import { type CreateListingBody, createListingBody, type ListingImportResult } from './knowledge.schema.js';
import { listingColumns } from './knowledge.service.js';
import type { ListingRowUpdate } from './knowledge.table.js';
import type { ListingStatus, OpenHouse } from './knowledge.types.js';

/** Rows one upload may carry; a brokerage's whole inventory fits many times over. */
export const LISTING_IMPORT_MAX_ROWS = 5000;

const COLUMNS: Record<keyof CreateListingBody, readonly string[]> = {
  address: ['address', 'street', 'street_address', 'property_address', 'address_line_1'],
  city: ['city', 'town'],
  state: ['state', 'st', 'province'],
  zip: ['zip', 'zipcode', 'zip_code', 'postal_code', 'postcode'],
  mlsNumber: ['mls', 'mls_number', 'mls_no', 'mls_id', 'mlsnumber', 'listing_id'],
  price: ['price', 'list_price', 'listprice', 'asking_price', 'listing_price'],
  status: ['status', 'listing_status'],
  beds: ['beds', 'bedrooms', 'br', 'bed'],
  baths: ['baths', 'bathrooms', 'ba', 'bath'],
  sqft: ['sqft', 'square_feet', 'sq_ft', 'living_area', 'size', 'area'],
  hoa: ['hoa', 'hoa_fee', 'hoa_monthly', 'hoa_dues', 'hoa_per_month'],
  openHouses: ['open_house', 'open_houses', 'openhouse', 'openhouses'],
  url: ['url', 'link', 'listing_url', 'website'],
  petsPolicy: ['pets', 'pets_policy', 'pet_policy', 'pets_allowed'],
  showingNotes: ['showing_notes', 'showing_instructions', 'agent_notes'],
  timeZone: ['time_zone', 'timezone', 'tz'],
};

const STATUSES: Record<string, ListingStatus> = {
  active: 'active',
  'for sale': 'active',
  new: 'active',
  'coming soon': 'coming_soon',
  pending: 'pending',
  'under contract': 'pending',
  contingent: 'pending',
  'active under contract': 'pending',
  sold: 'sold',
  closed: 'sold',
  'off market': 'off_market',
  withdrawn: 'off_market',
  expired: 'off_market',
  cancelled: 'off_market',
  canceled: 'off_market',
};

const header = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/#/g, '_number')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

class RowError extends Error {}

function money(value: string): number {
  const m = /^\$?\s*([\d,]*\.?\d+)\s*([km])?$/i.exec(value.trim());
  if (!m?.[1]) throw new RowError(`"${value}" is not an amount`);
  const scale = m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1;
  return Number(m[1].replace(/,/g, '')) * scale;
}

function number(value: string): number {
  const n = Number(value.replace(/,/g, '').trim());
  if (!Number.isFinite(n)) throw new RowError(`"${value}" is not a number`);
  return n;
}

function clock(text: string, meridiem: string | undefined): { hour: number; minute: number } {
  const [h = '0', m = '0'] = text.split(':');
  let hour = Number(h);
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { hour, minute: Number(m) };
}

const OPEN_HOUSE =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}(?::\d{2})?)\s*(am|pm)?\s*(?:-|to)\s*(\d{1,2}(?::\d{2})?)\s*(am|pm)?$/i;

/** "2026-01-17 13:00-16:00; 2026-01-18 1-4pm": times in the workspace's zone. */
function openHouses(value: string, zone: string): OpenHouse[] {
  return value
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = OPEN_HOUSE.exec(part);
      if (!m?.[1] || !m[2] || !m[4])
        throw new RowError(`"${part}" is not an open house like 2026-01-17 13:00-16:00`);
      const endMeridiem = m[5]?.toLowerCase();
      const end = clock(m[4], endMeridiem);
      let start = clock(m[2], m[3]?.toLowerCase() ?? endMeridiem);
      // "10-2pm": the end's meridiem is borrowed only where it keeps the start before the end.
      if (!m[3] && endMeridiem === 'pm' && start.hour * 60 + start.minute >= end.hour * 60 + end.minute) {
        start = clock(m[2], undefined);
      }
      const day = DateTime.fromISO(m[1], { zone });
      const from = day.set({ hour: start.hour, minute: start.minute });
      let to = day.set({ hour: end.hour, minute: end.minute });
      if (to <= from && !endMeridiem && end.hour < 12) to = to.plus({ hours: 12 });
      if (!from.isValid || !to.isValid || to <= from)
        throw new RowError(`"${part}" does not end after it starts`);
      return {
        start: from.toISO({ suppressMilliseconds: true }) ?? '',
        end: to.toISO({ suppressMilliseconds: true }) ?? '',
      };
    });
}

const cell = (record: Record<string, string>, names: readonly string[]) =>
  names
    .map((name) => record[name])
    .find((v) => v !== undefined && v.trim() !== '')
    ?.trim();

function fieldsOf(record: Record<string, string>, workspaceZone: string): CreateListingBody {
  const raw: Record<string, unknown> = {};
  // Open houses are read in the row's own zone when it names a valid one.
  const rowZone = cell(record, COLUMNS.timeZone);
  const zone = rowZone && isTimeZone(rowZone) ? rowZone : workspaceZone;
  for (const [field, names] of Object.entries(COLUMNS)) {
    const value = cell(record, names);
    if (value === undefined) continue;
    switch (field) {
      case 'price':
      case 'hoa':
        raw[field] = money(value);
        break;
      case 'beds':
      case 'baths':
      case 'sqft':
        raw[field] = number(value);
        break;
      case 'status': {
        const status = STATUSES[value.toLowerCase().replace(/[_-]+/g, ' ')];
        if (!status)
          throw new RowError(`"${value}" is not a status (active, coming soon, pending, sold, off market)`);
        raw[field] = status;
        break;
      }
      case 'openHouses':
        raw[field] = openHouses(value, zone);
        break;
      default:
        raw[field] = value;
    }
  }
  const parsed = createListingBody.safeParse(raw);
  if (!parsed.success) throw new RowError(describeIssues(parsed.error));
  return parsed.data;
}

function parseCsv(text: string): Record<string, string>[] {
  try {
    return parse(text, {
      columns: (names: string[]) => names.map(header),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (error) {
    if (error instanceof CsvError)
      throw badRequest(`The file is not valid CSV: ${error.message}`, undefined, 'invalid_csv');
    throw error;
  }
}

/** Thrown inside the import's transaction to roll a dry run back once every row is decided. */
class DryRunDone extends Error {}

/**
 * Imports listings from CSV: one row a listing, matched to an existing one by MLS number, else by
 * address, and updated in place; otherwise created. A row that does not validate is rejected with
 * the reason and the others still go in. All rows are written in one transaction; a dry run decides
 * every row the same way (so a row repeating an earlier one reads as an update) and rolls it back.
 */
export async function importListings(
  ctx: AppContext,
  props: { workspaceId: string; csv: string; dryRun?: boolean },
): Promise<ListingImportResult> {
  const records = parseCsv(props.csv);
  if (records.length > LISTING_IMPORT_MAX_ROWS) {
    throw badRequest(`At most ${LISTING_IMPORT_MAX_ROWS} rows per file`, undefined, 'too_many_rows');
  }
  if (records.length > 0 && !COLUMNS.address.some((name) => name in (records[0] ?? {}))) {
    throw badRequest('The file needs an "address" column', { fields: ['address'] }, 'missing_column');
  }
  const zone = (await findWorkspace(ctx.db, props.workspaceId))?.timezone ?? 'UTC';
  const dryRun = props.dryRun ?? false;
  const result: ListingImportResult = { dryRun, created: 0, updated: 0, rejected: 0, rows: [] };
  const at = ctx.clock.now().toISOString();
  const run = ctx.db.transaction().execute(async (trx) => {
    for (const [index, record] of records.entries()) {
      const line = index + 2;
      let fields: CreateListingBody;
      try {
        fields = fieldsOf(record, zone);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        result.rejected += 1;
        result.rows.push({ line, outcome: 'rejected', id: null, reason: error.message });
        continue;
      }
      const key = addressKey(fields.address).key;
      const byMls = fields.mlsNumber
        ? await findListingByKey(trx, props.workspaceId, { mlsNumber: fields.mlsNumber })
        : undefined;
      const byAddress = await findListingByKey(trx, props.workspaceId, { addressKey: key });
      if (byMls && byAddress && byMls.id !== byAddress.id) {
        result.rejected += 1;
        result.rows.push({
          line,
          outcome: 'rejected',
          id: null,
          reason: 'its MLS number and address belong to two different listings',
        });
        continue;
      }
      const existing = byMls ?? byAddress;
      if (existing) {
        await updateListingRow(trx, props.workspaceId, existing.id, {
          ...listingColumns(fields),
          updatedAt: at,
        });
        result.updated += 1;
        result.rows.push({ line, outcome: 'updated', id: existing.id, reason: null });
      } else {
        const id = newId(ctx.clock.now().getTime());
        const columns = listingColumns(fields) as Required<ListingRowUpdate>;
        await insertListing(trx, {
          ...columns,
          id,
          workspaceId: props.workspaceId,
          createdAt: at,
          updatedAt: at,
        });
        result.created += 1;
        result.rows.push({ line, outcome: 'created', id: dryRun ? null : id, reason: null });
      }
    }
    if (dryRun) throw new DryRunDone();
  });
  try {
    await run;
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  return result;
}
