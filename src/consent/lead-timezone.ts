import { IANAZone } from 'luxon';
import { AREA_CODE_GROUPS } from './data/area-codes.js';
import { REGIONS } from './data/states.js';
import { CANADIAN_POSTAL_FIRST_LETTER, ZIP_PREFIX_RANGES } from './data/zip-prefixes.js';

/** What is known of where a lead is. Any of it may be missing or malformed. */
export interface LeadLocation {
  zip?: string | null;
  state?: string | null;
  phoneE164?: string | null;
}

export type ZoneSource = 'zip' | 'state' | 'area_code' | 'fallback';

export interface LeadZone {
  zone: string;
  source: ZoneSource;
}

interface Place {
  region: string;
  zone: string;
}

const areaCodes: ReadonlyMap<number, Place> = new Map(
  AREA_CODE_GROUPS.flatMap(({ region, zone, codes }) =>
    codes.map((code) => [code, { region, zone }] as const),
  ),
);

const regionsByName: ReadonlyMap<string, string> = new Map(
  Object.entries(REGIONS).map(([code, info]) => [info.name.toLowerCase(), code]),
);

/**
 * A US ZIP (5 digits, ZIP+4, or 4 digits when a spreadsheet dropped the leading zero) or a
 * Canadian postal code (full or its first three characters).
 */
function placeFromPostalCode(zip: string): Place | null {
  const text = zip.trim().toUpperCase();
  const us = /^(\d{4,5})(?:[-\s]?\d{4})?$/.exec(text);
  if (us?.[1]) {
    const prefix = Number(us[1].padStart(5, '0').slice(0, 3));
    const range = ZIP_PREFIX_RANGES.find((r) => prefix >= r.from && prefix <= r.to);
    return range ? { region: range.state, zone: range.zone } : null;
  }
  const canada = /^([A-Z])\d[A-Z](?:\s?\d[A-Z]\d)?$/.exec(text);
  return canada?.[1] ? (CANADIAN_POSTAL_FIRST_LETTER[canada[1]] ?? null) : null;
}

/** A two-letter code ("fl", "F.L.") or a full name ("Florida"). */
function regionCode(state: string): string | null {
  const text = state.trim().replace(/\./g, '').replace(/\s+/g, ' ');
  const code = text.toUpperCase();
  if (code.length === 2) return code in REGIONS ? code : null;
  return regionsByName.get(text.toLowerCase()) ?? null;
}

function placeFromState(state: string): Place | null {
  const code = regionCode(state);
  const info = code ? REGIONS[code] : undefined;
  return code && info ? { region: code, zone: info.zone } : null;
}

/** The NANP area code of a +1 number; anything else (another country, a short code) has none. */
function placeFromPhone(phone: string): Place | null {
  const match = /^\+1([2-9]\d{2})[2-9]\d{6}$/.exec(phone.replace(/[\s().-]/g, ''));
  return match?.[1] ? (areaCodes.get(Number(match[1])) ?? null) : null;
}

/** Each source that answers, most precise first: the address beats the state beats the phone. */
function places(location: LeadLocation): { place: Place; source: Exclude<ZoneSource, 'fallback'> }[] {
  const found: { place: Place; source: Exclude<ZoneSource, 'fallback'> }[] = [];
  const zip = location.zip ? placeFromPostalCode(location.zip) : null;
  if (zip) found.push({ place: zip, source: 'zip' });
  const state = location.state ? placeFromState(location.state) : null;
  if (state) found.push({ place: state, source: 'state' });
  const phone = location.phoneE164 ? placeFromPhone(location.phoneE164) : null;
  if (phone) found.push({ place: phone, source: 'area_code' });
  return found;
}

/** The IANA zone to schedule a lead's messages in. `fallbackZone` is usually the workspace's. */
export function leadTimeZone(input: LeadLocation & { fallbackZone: string }): LeadZone {
  const first = places(input)[0];
  if (first) return { zone: first.place.zone, source: first.source };
  if (!IANAZone.create(input.fallbackZone).isValid)
    throw new RangeError(`Unknown time zone: ${input.fallbackZone}`);
  return { zone: input.fallbackZone, source: 'fallback' };
}

/** The lead's state (or Canadian province), two letters, from the same sources in the same order. */
export function stateOf(location: LeadLocation): string | null {
  return places(location)[0]?.place.region ?? null;
}

/**
 * Every state the sources name, most precise first. Some state laws follow the number rather
 * than the address (Florida presumes a Florida area code belongs to a Florida resident), so the
 * compliance gate should apply the strictest rules of all of them.
 */
export function statesOf(location: LeadLocation): string[] {
  return [...new Set(places(location).map(({ place }) => place.region))];
}
