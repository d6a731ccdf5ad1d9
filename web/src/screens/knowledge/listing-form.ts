import { DateTime } from 'luxon';
import type { Listing, ListingInput } from '../../api/knowledge.ts';
import type { FieldErrors } from '../settings/form-errors.ts';

export const LISTING_STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'coming_soon', label: 'Coming soon' },
  { value: 'pending', label: 'Pending' },
  { value: 'sold', label: 'Sold' },
  { value: 'off_market', label: 'Off market' },
] as const;

/** An open house as typed: a day and two clock times in the listing's zone. */
export interface OpenHouseRow {
  date: string;
  start: string;
  end: string;
}

/** The listing form's inputs, all text so that a half-typed value is kept as typed. */
export interface ListingForm {
  address: string;
  city: string;
  state: string;
  zip: string;
  mlsNumber: string;
  price: string;
  status: Listing['status'];
  beds: string;
  baths: string;
  sqft: string;
  hoa: string;
  petsPolicy: string;
  showingNotes: string;
  timeZone: string;
  url: string;
  openHouses: OpenHouseRow[];
}

export const EMPTY_LISTING_FORM: ListingForm = {
  address: '',
  city: '',
  state: '',
  zip: '',
  mlsNumber: '',
  price: '',
  status: 'active',
  beds: '',
  baths: '',
  sqft: '',
  hoa: '',
  petsPolicy: '',
  showingNotes: '',
  timeZone: '',
  url: '',
  openHouses: [],
};

/** An open house runs within a day (the server refuses more than 12 hours). */
const MAX_OPEN_HOUSE_HOURS = 12;

const text = (value: string | number | null) => (value === null ? '' : String(value));

export function formFromListing(listing: Listing, workspaceZone: string): ListingForm {
  const zone = listing.timeZone ?? workspaceZone;
  return {
    address: listing.address,
    city: text(listing.city),
    state: text(listing.state),
    zip: text(listing.zip),
    mlsNumber: text(listing.mlsNumber),
    price: text(listing.price),
    status: listing.status,
    beds: text(listing.beds),
    baths: text(listing.baths),
    sqft: text(listing.sqft),
    hoa: text(listing.hoa),
    petsPolicy: text(listing.petsPolicy),
    showingNotes: text(listing.showingNotes),
    timeZone: text(listing.timeZone),
    url: text(listing.url),
    openHouses: listing.openHouses.map((o) => {
      const start = DateTime.fromISO(o.start, { setZone: true }).setZone(zone);
      const end = DateTime.fromISO(o.end, { setZone: true }).setZone(zone);
      return { date: start.toISODate() ?? '', start: start.toFormat('HH:mm'), end: end.toFormat('HH:mm') };
    }),
  };
}

export function isZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

/**
 * The form as the API's body, or the errors by field (named as the server names them, so its answers
 * land on the same inputs). Open houses become ISO instants with the offset of their day in the zone.
 */
export function listingBody(
  form: ListingForm,
  workspaceZone: string,
): { body: ListingInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  const amount = (field: string, value: string, opts: { integer?: boolean; max: number }) => {
    const cleaned = value.replace(/[$,\s]/g, '');
    if (cleaned === '') return null;
    const n = Number(cleaned);
    if (!Number.isFinite(n) || n < 0) errors[field] = 'Enter a number, 0 or more';
    else if (opts.integer && !Number.isInteger(n)) errors[field] = 'Enter a whole number';
    else if (n > opts.max) errors[field] = `At most ${opts.max.toLocaleString('en-US')}`;
    return n;
  };

  const address = form.address.trim();
  if (!address) errors.address = 'Enter the street address';
  const zoneText = form.timeZone.trim();
  if (zoneText && !isZone(zoneText)) errors.timeZone = 'Enter an IANA zone such as America/Chicago';
  const zone = zoneText && isZone(zoneText) ? zoneText : workspaceZone;
  let url: string | null = optional(form.url);
  if (url !== null) {
    try {
      new URL(url);
    } catch {
      errors.url = 'Enter a full address starting with https://';
      url = null;
    }
  }

  const openHouses = form.openHouses.map((row, i) => {
    const key = `openHouses.${i}`;
    const day = DateTime.fromISO(row.date, { zone });
    const at = (clock: string) => {
      const [h, m] = clock.split(':').map(Number);
      return day.set({ hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 });
    };
    if (!row.date || !day.isValid) errors[`${key}.start`] = 'Choose the day';
    else if (!/^\d{2}:\d{2}$/.test(row.start)) errors[`${key}.start`] = 'Choose when it starts';
    else if (!/^\d{2}:\d{2}$/.test(row.end)) errors[`${key}.end`] = 'Choose when it ends';
    else {
      const start = at(row.start);
      const end = at(row.end);
      if (end <= start) errors[`${key}.end`] = 'Ends after it starts';
      else if (end.diff(start, 'hours').hours > MAX_OPEN_HOUSE_HOURS)
        errors[`${key}.end`] = `At most ${MAX_OPEN_HOUSE_HOURS} hours`;
      return {
        start: start.toISO({ suppressMilliseconds: true }) ?? '',
        end: end.toISO({ suppressMilliseconds: true }) ?? '',
      };
    }
    return { start: '', end: '' };
  });

  const body: ListingInput = {
    address,
    city: optional(form.city),
    state: optional(form.state),
    zip: optional(form.zip),
    mlsNumber: optional(form.mlsNumber),
    price: amount('price', form.price, { max: 1e10 }),
    status: form.status,
    beds: amount('beds', form.beds, { max: 100 }),
    baths: amount('baths', form.baths, { max: 100 }),
    sqft: amount('sqft', form.sqft, { integer: true, max: 10_000_000 }),
    hoa: amount('hoa', form.hoa, { max: 1_000_000 }),
    petsPolicy: optional(form.petsPolicy),
    showingNotes: optional(form.showingNotes),
    timeZone: zoneText || null,
    url,
    openHouses,
  };
  return Object.keys(errors).length > 0 ? { body: null, errors } : { body, errors };
}

/** "Sat, Jan 17, 1:00 – 4:00 PM" in the listing's zone, for the list. */
export function openHouseLabel(openHouse: { start: string; end: string }, zone: string): string {
  const start = DateTime.fromISO(openHouse.start).setZone(zone);
  const end = DateTime.fromISO(openHouse.end).setZone(zone);
  if (!start.isValid || !end.isValid) return '';
  return `${start.toFormat('ccc, LLL d, h:mm a')} – ${end.toFormat('h:mm a')}`;
}
