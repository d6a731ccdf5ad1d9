import { lookupPlace, placeKey, stateCode, stateOfName } from './gazetteer.js';
import type { MarketAreaInput } from './understanding.schema.js';

/** A workspace's own areas, compiled for matching: looked up before the gazetteer. */
export interface MarketAreas {
  /** Key ("round rock", "zilker") → the name as the workspace writes it. */
  names: ReadonlyMap<string, string>;
  /** The states of the market: a place there is preferred and read even when small. */
  states: ReadonlySet<string>;
}

const EMPTY: MarketAreas = { names: new Map(), states: new Set() };
/** Compiled markets by their list, so a workspace's areas are compiled once, not per message. */
const CACHE = new Map<string, MarketAreas>();
const CACHE_SIZE = 256;

function compile(areas: readonly string[]): MarketAreas {
  const names = new Map<string, string>();
  const states = new Set<string>();
  for (const raw of areas) {
    const m = /^(.*?)(?:,\s*|\s+)([A-Za-z]{2})\s*$/.exec(raw.trim());
    const code = m ? stateCode(m[2] ?? '', (m[2] ?? '').toUpperCase()) : null;
    const name = (code && m ? (m[1] ?? '') : raw).trim().replace(/\s+/g, ' ');
    if (!/\p{L}/u.test(name)) continue;
    const key = placeKey(name);
    const state = stateOfName(key);
    if (state && key.length > 2) {
      states.add(state);
      continue;
    }
    if (code) states.add(code);
    else {
      const place = lookupPlace(key);
      const biggest = place?.entries[0];
      if (biggest) states.add(biggest.state);
    }
    if (!names.has(key)) names.set(key, name);
  }
  return { names, states };
}

/**
 * The names of a workspace's areas: each area, then its neighbourhoods, which take the area's state
 * ("Austin, TX" with "Zilker" gives "Zilker, TX").
 */
export function marketAreaNames(areas: readonly MarketAreaInput[]): string[] {
  return areas.flatMap((area) => {
    if (typeof area === 'string') return [area];
    const state = /,\s*([A-Za-z]{2})\s*$/.exec(area.name)?.[1]?.toUpperCase();
    const within = (area.neighbourhoods ?? []).map((n) => (state && !n.includes(',') ? `${n}, ${state}` : n));
    return [area.name, ...within];
  });
}

/** The workspace's market, compiled once per distinct list. */
export function marketAreas(areas: readonly MarketAreaInput[] | undefined): MarketAreas {
  if (!areas || areas.length === 0) return EMPTY;
  const names = marketAreaNames(areas);
  const id = names.join('\n');
  const known = CACHE.get(id);
  if (known) return known;
  const compiled = compile(names);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value as string);
  CACHE.set(id, compiled);
  return compiled;
}
