import { REGIONS } from '../../consent/data/states.js';
import { isNotable, lookupPlace, stateOfName } from './gazetteer.js';

const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const PACIFIC = 'America/Los_Angeles';

/** US zone names a lead writes after a time ("3pm central time", "10am eastern"). */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  eastern: EASTERN,
  central: CENTRAL,
  mountain: MOUNTAIN,
  pacific: PACIFIC,
  alaska: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
  arizona: 'America/Phoenix',
};
/** Their abbreviations ("10am EST", "4 PT"). */
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  est: EASTERN,
  edt: EASTERN,
  et: EASTERN,
  cst: CENTRAL,
  cdt: CENTRAL,
  ct: CENTRAL,
  mst: MOUNTAIN,
  mdt: MOUNTAIN,
  mt: MOUNTAIN,
  pst: PACIFIC,
  pdt: PACIFIC,
  pt: PACIFIC,
  akst: 'America/Anchorage',
  akdt: 'America/Anchorage',
  hst: 'Pacific/Honolulu',
};
const ZONES = { ...ZONE_NAMES, ...ZONE_ABBREVIATIONS };

/**
 * "EST", "central time", "pacific" at the end of a clause: a zone name needs "time" or the clause's end
 * after it ("3pm central park" names a park), an abbreviation nothing.
 */
const ZONE_WORD = new RegExp(
  String.raw`^\s*(?:(${Object.keys(ZONE_ABBREVIATIONS).join('|')})(?![\p{L}\p{N}])(?:\s+time\b)?|(${Object.keys(ZONE_NAMES).join('|')})(?:\s+(?:standard\s+|daylight\s+)?time\b|\s*(?=[.,;!?)]|$)))`,
  'u',
);
/** "Austin time", "san antonio time", "texas time": up to three words of a place, then "time". */
const PLACE_TIME = /^\s*((?:\p{L}[\p{L}.'-]*\s+){1,3}?)time\b/u;

/** The zone of a place ("austin" → Central) or a state ("arizona"), when it is known well enough. */
function zoneOfPlace(phrase: string): string | null {
  const state = stateOfName(phrase);
  if (state && phrase.length > 2) return REGIONS[state]?.zone ?? null;
  const place = lookupPlace(phrase);
  if (!place || !isNotable(place, new Set())) return null;
  const code = place.entries[0]?.state;
  return code ? (REGIONS[code]?.zone ?? null) : null;
}

/**
 * The zone the lead names right after a time ("3pm Austin time", "10am central", "4 PT"), or null: a
 * time so written is a time in that zone, not the lead's own. "your time", "local time" name no zone.
 */
export function zoneNamedAfter(text: string, end: number): { zone: string; end: number } | null {
  const after = text.slice(end, end + 40);
  const word = ZONE_WORD.exec(after);
  const wordZone = ZONES[word?.[1] ?? word?.[2] ?? ''];
  if (word && wordZone) return { zone: wordZone, end: end + word[0].length };
  const place = PLACE_TIME.exec(after);
  const zone = place?.[1] ? zoneOfPlace(place[1].trim()) : null;
  return place && zone ? { zone, end: end + place[0].length } : null;
}
