import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { read } from './test-helpers.js';

/** Monday 2 March 2026 in Houston: spring is a month away. */
const MARCH = { now: '2026-03-02T10:00:00-06:00', tz: 'America/Chicago' };

describe('words that name a timeline, money or a place are not read as times', () => {
  it.each([
    ['in like 3 meses', 3],
    ['like 3 meses', 3],
    ['in 2 semanas', 0],
    ['maybe in 6 meses or so', 6],
  ])('%j is a timeline in Spanglish, not a time today', (text, months) => {
    const r = read(text);
    expect(r.requestedTime).toBeNull();
    expect(r.timelineMonths).toBe(months);
  });

  it.each([
    ['between 4 and 5 hundred', [400_000, 500_000]],
    ["we're thinking between 4 and 5 hundred", [400_000, 500_000]],
    ['4-5 hundred', [400_000, 500_000]],
  ])('%j is a price range, not a time', (text, [min, max]) => {
    const r = read(text);
    expect(r.requestedTime).toBeNull();
    expect([r.budgetMin, r.budgetMax]).toEqual([min, max]);
  });

  it('still reads "between 4 and 5" as a time when nothing counts it', () => {
    expect(read('between 4 and 5 tomorrow works').requestedTime).not.toBeNull();
  });
});

describe('Spring, Texas is a place, not a season', () => {
  const at = (text: string) => analyze(text, MARCH);

  it.each([
    ['homes in Spring TX', ['Spring']],
    ['something in the Spring area', ['Spring']],
    ['buying in Spring or Katy', ['Spring', 'Katy']],
    ['in Spring, Katy or Cypress', ['Spring', 'Katy', 'Cypress']],
  ])('%j names %j and no timeline', (text, places) => {
    const r = at(text);
    expect(r.areas).toEqual(places);
    expect(r.timelineMonths).toBeNull();
  });

  it('the season stays a season', () => {
    expect(at('moving in the spring').timelineMonths).toBe(0);
    expect(at('moving in the spring').areas).toEqual([]);
    expect(at('in the Spring area by summer').timelineMonths).toBe(3);
  });
});

describe('neighbourhoods from the public neighbourhood lists', () => {
  it.each([
    ['near Great Hills', ['Great Hills']],
    ['home in the Great Hills area', ['Great Hills']],
    ['something in Zilker or Travis Heights', ['Zilker', 'Travis Heights']],
    ['we like Bouldin Creek', ['Bouldin Creek']],
  ])('%j names %j', (text, places) => {
    expect(read(text).areas).toEqual(places);
  });

  it('an everyday-word neighbourhood in lower case needs the workspace to name it', () => {
    expect(read('looking in great hills').areas).toEqual([]);
    const market = analyze('looking in great hills', { ...MARCH, marketAreas: ['Great Hills, TX'] });
    expect(market.areas).toEqual(['Great Hills']);
  });
});

describe('a weekday and a date that disagree', () => {
  const DECEMBER = { now: '2026-12-06T12:00:00-06:00', tz: 'America/Chicago' };
  it('gives no time and names both days it could be', () => {
    const r = analyze('thu the 16th at 3', DECEMBER);
    expect(r.requestedTime).toBeNull();
    expect(r.dateConflict).toEqual({ date: '2026-12-16', weekdayDate: '2026-12-17' });
    expect(analyze('wed the 16th at 3', DECEMBER).dateConflict).toBeUndefined();
  });
});

describe('property types said every way', () => {
  it.each([
    ['looking at lofts', 'condo'],
    ['studio apartment near campus', 'condo'],
    ['a penthouse', 'condo'],
    ['a patio home', 'single_family'],
    ['a zero lot line home', 'single_family'],
    ['3 br 2 ba ranch in Tulsa', 'single_family'],
    ['looking at homesites', 'land'],
    ['a hobby farm', 'land'],
    ['ranch land outside town', 'land'],
    ['looking at double-wides', 'manufactured'],
  ])('%j is %s', (text, type) => {
    const r = read(text);
    expect(r.propertyType).toBe(type);
    expect(r.areas.map((a) => a.toLowerCase())).not.toContain(text.split(' ').at(-1));
  });

  it('a farm town is no farm', () => {
    expect(read('in a farm town').propertyType).toBeNull();
  });
});

describe('intent from what they say they will do', () => {
  it.each([
    ['my lease is up in march, want to own', 'buy'],
    ["we're ready to become homeowners", 'buy'],
    ['tired of renting, want a 3/2', 'buy'],
    ['thinking of listing', 'sell'],
    ['considering listing in the spring', 'sell'],
    ['pagamos cash, buscamos algo de 2 recámaras en Mesa', 'buy'],
  ])('%j is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('budgets written short', () => {
  it.each([
    ["we're thinking 400-450", [400_000, 450_000]],
    ['somewhere in the 300 to 325 range', [300_000, 325_000]],
    ['want to rent a 1br apartment in capitol hill, 2000-2400', [2000, 2400]],
  ])('%j is %j', (text, [min, max]) => {
    const r = read(text);
    expect([r.budgetMin, r.budgetMax]).toEqual([min, max]);
  });

  it.each(['3-4 bedrooms', 'open house 1-3', 'built 1995-2005', 'between 1800-2200 sqft'])(
    '%j is no budget',
    (text) => {
      const r = read(text);
      expect([r.budgetMin, r.budgetMax]).toEqual([null, null]);
    },
  );
});

describe('when to talk again is no moving timeline', () => {
  it.each([
    'busy this week, text me next month',
    'not a good time, hit me up after the holidays',
    'Can you reach back out in a couple weeks? traveling rn',
    "You're messaging a hospital on-call line. Remove this number immediately.",
  ])('%j has no timeline', (text) => {
    expect(read(text).timelineMonths).toBeNull();
  });

  it('a move said beside it still counts', () => {
    expect(read('text me in march when we are ready to buy').timelineMonths).not.toBeNull();
    expect(read('necesito rentar ya, tengo 3 niños').timelineMonths).toBe(0);
  });
});

describe('areas: people, pets, schools and places ruled out are not areas', () => {
  it.each([
    ['Hi, Paris here. Looking to buy a condo in Midtown', ['Midtown']],
    ['Paris and I are moving in together', []],
    ['Brooklyn (my dog) loves a big backyard', []],
    ['loved the one near Lincoln Elementary', []],
    ['only looking in the Westlake school district', ['Westlake']],
    ['ya no busco en Kyle, ahora en Buda', ['Buda']],
    ['not in Round Rock anymore, now Pflugerville', ['Pflugerville']],
    ['I work in downtown Phoenix but want to live in Mesa', ['Mesa']],
    ['harris county outside the beltway', ['Harris County']],
    ['tempe near asu', ['Tempe']],
    ['déjenme en paz', []],
    ['¿Tienen dúplex en venta en El Paso?', ['El Paso']],
    ['una casa móvil en terreno propio, por Weslaco', ['Weslaco']],
    ['quiero comprar terreno en el condado de Hidalgo', ['Hidalgo County']],
    ['lake travis area', ['Lake Travis']],
    ['south austin preferably, 78745', ['South Austin', '78745']],
    ['lakewood ranch or sarasota', ['Lakewood Ranch', 'Sarasota']],
    ['need to rent asap in queens, 2br', ['Queens']],
    ['we live in paradise', []],
  ])('%j names %j', (text, places) => {
    expect(read(text).areas).toEqual(places);
  });
});

describe('budget floors and ranges written short', () => {
  it.each([
    ['no less than 250k', [250_000, null]],
    ['not under 300', [300_000, null]],
    ['somewhere north of 600k', [600_000, null]],
    ['3-400k', [300_000, 400_000]],
    ['2-300k budget', [200_000, 300_000]],
    ['up to 2500/mo, at least 2000', [2000, 2500]],
    ['not over 400k', [null, 400_000]],
  ])('%j is %j', (text, [min, max]) => {
    const r = read(text);
    expect([r.budgetMin, r.budgetMax]).toEqual([min, max]);
  });
});

describe('nicknames that name one place', () => {
  it.each([
    ['looking in atx', ['Austin']],
    ['atx or san marcos', ['Austin', 'San Marcos']],
    ['moving to nola', ['New Orleans']],
    ['vegas, henderson or summerlin', ['Las Vegas', 'Henderson', 'Summerlin']],
  ])('%j names %j', (text, places) => {
    expect(read(text).areas).toEqual(places);
  });
});

describe('financing said every way', () => {
  it.each([
    ['FHA approved', true],
    ['got the approval', true],
    ['approval came through', true],
    ['waiting on the lender', false],
    ['still waiting to hear back from the bank', false],
    ['need to talk to a lender', false],
    ["we got prequalified for 300 but haven't done the full approval", false],
    ['need to get the approval', false],
  ])('%j is %s', (text, value) => {
    expect(read(text).preApproved).toBe(value);
  });

  it.each(['going FHA', 'using my VA benefit', 'have 20% down'])('%j marks a buyer', (text) => {
    expect(read(text).intent).toBe('buy');
  });
});

describe('Spanish property words', () => {
  it.each([
    ['busco un rancho cerca de Hondo', 'land'],
    ['queremos una finca', 'land'],
    ['compramos una parcela', 'land'],
    ['un cuádruplex para invertir', 'multi_family'],
    ['busco una casa de 3 recámaras', 'single_family'],
  ])('%j is %s', (text, type) => {
    expect(read(text).propertyType).toBe(type);
  });
});

describe('property type, more phrasings', () => {
  it.each([
    ['una casa sola con patio grande', 'single_family'],
    ['casa de un piso, nada de condos', 'single_family'],
    ['¿tienen casas de 5 cuartos en Cicero?', 'single_family'],
    ['tráila o casa prefabricada, lo que sea más barato', 'manufactured'],
    ['we want to buy a real house, done with trailer life', 'single_family'],
    ['looking for a starter home, nothing fancy', 'single_family'],
    ['3 bd 2 ba single story for my parents', 'single_family'],
    ['cash, 4 units, anywhere in cleveland, under 350', 'multi_family'],
    ["condo only, my husband won't do stairs to a 2nd story house", 'condo'],
    ['not picky about type, condo townhouse or house all fine', null],
  ])('%j is %s', (text, type) => {
    expect(read(text).propertyType).toBe(type);
  });
});
