import { DateTime } from 'luxon';
import type { DbOrTrx } from '../../db/database.js';
import type { InquiryProperty, ReplyLanguage } from '../engine.types.js';
import { rowToListingFacts } from './knowledge.presenters.js';
import { listingsForTurn } from './knowledge.service.js';
import type { ListingFacts } from './knowledge.types.js';
import { inquiryListing, listingNamedIn } from './match.js';

/** An open house the assistant may point a lead to: a drop-in visit, no booking needed. */
export interface OpenHouseOffer {
  listingId: string;
  /** The street part of the listing's address: "12 Oak St". */
  street: string;
  start: string;
  end: string;
  /** "Sat, Mar 7, 1-4 PM" (Spanish: "el sábado 7 de marzo de 1 a 4 de la tarde"), in the listing's zone. */
  label: string;
}

const DAYS_ES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

const hourEn = (d: DateTime) => d.toFormat(d.minute === 0 ? 'h' : 'h:mm');
const hourEs = (d: DateTime) => {
  const h = d.hour % 12 === 0 ? 12 : d.hour % 12;
  return d.minute === 0 ? `${h}` : `${h}:${String(d.minute).padStart(2, '0')}`;
};
const partEs = (d: DateTime) => (d.hour < 12 ? 'de la mañana' : d.hour < 19 ? 'de la tarde' : 'de la noche');

/** "Sat, Mar 7, 1-4 PM" / "el sábado 7 de marzo de 1 a 4 de la tarde". */
export function openHouseLabel(start: string, end: string, zone: string, lang: ReplyLanguage = 'en'): string {
  const from = DateTime.fromISO(start, { setZone: true }).setZone(zone).setLocale('en-US');
  const to = DateTime.fromISO(end, { setZone: true }).setZone(zone).setLocale('en-US');
  if (lang === 'es') {
    const day = `el ${DAYS_ES[from.weekday - 1]} ${from.day} de ${MONTHS_ES[from.month - 1]}`;
    const samePart = partEs(from) === partEs(to);
    return samePart
      ? `${day} de ${hourEs(from)} a ${hourEs(to)} ${partEs(to)}`
      : `${day} de ${hourEs(from)} ${partEs(from)} a ${hourEs(to)} ${partEs(to)}`;
  }
  const sameHalf = from.toFormat('a') === to.toFormat('a');
  const first = sameHalf ? hourEn(from) : `${hourEn(from)} ${from.toFormat('a')}`;
  return `${from.toFormat('ccc, LLL d')}, ${first}-${hourEn(to)} ${to.toFormat('a')}`;
}

const streetOf = (address: string) => (address.split(',')[0] ?? address).trim();

/**
 * The upcoming open houses of one listing, soonest first, within `horizonDays`, in the listing's zone
 * (else `zone`).
 */
export function upcomingOpenHouses(
  listing: ListingFacts,
  props: { now: Date; zone: string; horizonDays?: number; lang?: ReplyLanguage },
): OpenHouseOffer[] {
  const zone = listing.timeZone ?? props.zone;
  const until = props.now.getTime() + (props.horizonDays ?? 14) * 86_400_000;
  return listing.openHouses
    .filter((o) => {
      const start = Date.parse(o.start);
      const end = Date.parse(o.end);
      return Number.isFinite(start) && end > props.now.getTime() && start <= until;
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((o) => ({
      listingId: listing.id,
      street: streetOf(listing.address),
      start: o.start,
      end: o.end,
      label: openHouseLabel(o.start, o.end, zone, props.lang ?? 'en'),
    }));
}

/**
 * The open houses of the home the lead asked about (their inquiry's listing, else one named in their
 * texts), nearest to the time they asked for first. Only active or coming-soon listings hold them.
 */
export async function openHousesForLead(
  db: DbOrTrx,
  workspaceId: string,
  props: {
    inquiry: InquiryProperty | null;
    texts: readonly string[];
    now: Date;
    zone: string;
    near?: { start: string; end: string } | undefined;
    lang?: ReplyLanguage;
  },
): Promise<OpenHouseOffer[]> {
  const rows = await listingsForTurn(db, workspaceId, { texts: props.texts, inquiry: props.inquiry });
  const listings = rows.map(rowToListingFacts);
  const listing =
    inquiryListing(props.inquiry, listings) ??
    [...props.texts]
      .reverse()
      .reduce<ListingFacts | null>((found, text) => found ?? listingNamedIn(text, listings), null);
  if (!listing || (listing.status !== 'active' && listing.status !== 'coming_soon')) return [];
  const offers = upcomingOpenHouses(listing, props);
  const near = props.near;
  if (!near) return offers;
  const distance = (o: OpenHouseOffer) => {
    const [a, b] = [Date.parse(o.start), Date.parse(o.end)];
    const [x, y] = [Date.parse(near.start), Date.parse(near.end)];
    return a < y && x < b ? 0 : Math.min(Math.abs(a - y), Math.abs(x - b));
  };
  return [...offers].sort((a, b) => distance(a) - distance(b));
}
