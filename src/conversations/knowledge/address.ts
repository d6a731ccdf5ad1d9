/**
 * Street addresses as people text them: "12 oak st", "12 Oak Street", "#4 at 100 N Lamar Blvd".
 * A listing's address and a lead's words are reduced to the same tokens so they can be compared.
 */

const SUFFIXES: Record<string, string> = {
  street: 'st',
  st: 'st',
  avenue: 'ave',
  ave: 'ave',
  av: 'ave',
  road: 'rd',
  rd: 'rd',
  drive: 'dr',
  dr: 'dr',
  lane: 'ln',
  ln: 'ln',
  boulevard: 'blvd',
  blvd: 'blvd',
  court: 'ct',
  ct: 'ct',
  way: 'way',
  place: 'pl',
  pl: 'pl',
  circle: 'cir',
  cir: 'cir',
  parkway: 'pkwy',
  pkwy: 'pkwy',
  trail: 'trl',
  trl: 'trl',
  highway: 'hwy',
  hwy: 'hwy',
  loop: 'loop',
  cove: 'cv',
  cv: 'cv',
  terrace: 'ter',
  ter: 'ter',
  run: 'run',
  path: 'path',
  pass: 'pass',
  square: 'sq',
  sq: 'sq',
};

const DIRECTIONS: Record<string, string> = {
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  n: 'n',
  s: 's',
  e: 'e',
  w: 'w',
};

export function addressTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((token) => SUFFIXES[token] ?? DIRECTIONS[token] ?? token);
}

export interface AddressKey {
  /** Every token, suffixes abbreviated: unique per listing in a workspace. */
  key: string;
  /** The house number, when the address starts with one. */
  number: string | null;
  /** Street-name words: not the number, a direction, a suffix or a unit. */
  streetWords: string[];
}

const isSuffix = (token: string) => Object.values(SUFFIXES).includes(token);
const isDirection = (token: string) => Object.values(DIRECTIONS).includes(token);

export function addressKey(address: string): AddressKey {
  const street = address.split(',')[0] ?? address;
  const tokens = addressTokens(street);
  const number = tokens[0] && /^\d+[a-z]?$/.test(tokens[0]) ? tokens[0] : null;
  const unitAt = tokens.findIndex((t) => t === 'apt' || t === 'unit' || t === 'suite' || t.startsWith('#'));
  const name = tokens.slice(number ? 1 : 0, unitAt === -1 ? undefined : unitAt);
  return {
    key: addressTokens(address).join(' '),
    number,
    streetWords: name.filter((t) => !isSuffix(t) && !isDirection(t) && !/^\d+$/.test(t)),
  };
}

/** "55 Elm St" names a street; "55 Elm" may be anything. */
export const hasStreetSuffix = (address: string): boolean => addressTokens(address).some(isSuffix);

const UNIT = /^(?:#\s?\w+|(?:apt|unit|suite)\.?\s+\w+)/i;

/** The street address in a text ("it's 55 Elm St in Round Rock" → "55 Elm St"), or null. */
export function addressIn(text: string): string | null {
  const match = /\b(\d{1,6}[a-z]?)\s+((?:[nsew]\.?\s+)?[a-z][\w.'-]*(?:\s+[\w.'#-]+){0,5})/i.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const words = match[2].split(/\s+/);
  const suffixAt = words.findIndex((w, i) => i > 0 && SUFFIXES[w.toLowerCase().replace(/\.$/, '')]);
  let kept = suffixAt === -1 ? words.slice(0, 2) : words.slice(0, suffixAt + 1);
  const rest = words.slice(kept.length).join(' ');
  const unit = UNIT.exec(rest);
  if (unit) kept = [...kept, unit[0]];
  const address = `${match[1]} ${kept.join(' ')}`.replace(/[.,!?;:]+$/, '');
  return /\d+\s+(?:[nsew]\.?\s+)?(?:am|pm|months?|years?|weeks?|days?|beds?|baths?|bedrooms?|k)\b/i.test(
    address,
  )
    ? null
    : address;
}
