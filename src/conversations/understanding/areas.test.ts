import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { extractAreas } from './areas.js';
import { isCommonWord, lookupPlace, misspeltPlace } from './gazetteer.js';
import { FRIDAY_BEFORE_DST, read } from './test-helpers.js';
import { prepareMessage } from './text.js';

const areas = (text: string) => read(text).areas;
const withMarket = (text: string, marketAreas: string[]) =>
  analyze(text, { ...FRIDAY_BEFORE_DST, marketAreas });

describe('areas', () => {
  it.each([
    ['near downtown austin', ['Downtown Austin']],
    ['in round rock or cedar park', ['Round Rock', 'Cedar Park']],
    ['looking in allen, mckinney, or prosper', ['Allen', 'McKinney', 'Prosper']],
    ['south congress or zilker would be ideal', ['South Congress', 'Zilker']],
    ['anything in 78704 or 78745', ['78704', '78745']],
    ['somewhere in the leander isd', ['Leander ISD']],
    ['in the Durham area, near Duke', ['Durham', 'Duke']],
    ['brooklyn or queens, maybe jersey city', ['Brooklyn', 'Queens', 'Jersey City']],
    ['NW DC or Silver Spring', ['NW DC', 'Silver Spring']],
    ['close to UT', ['UT']],
    ['a 4/3 in katy tx', ['Katy']],
    ['in the woodlands', ['The Woodlands']],
    ['condos downtown', ['Downtown']],
    ['Moving from Ohio to Charlotte NC this summer', ['Charlotte']],
    ['WE ARE LOOKING IN AUSTIN', ['Austin']],
    ['somewhere in ft worth', ['Fort Worth']],
    ['in st pete', ['St Pete']],
    ['3 bed, Plano or Frisco', ['Plano', 'Frisco']],
  ])('%j', (text, expected) => {
    expect(areas(text)).toEqual(expected);
  });

  it('carries a negation along a list joined by or, not past a comma or a turn', () => {
    expect(areas('really not interested in tempe or mesa')).toEqual([]);
    expect(areas('not plano or frisco, we want allen')).toEqual(['Allen']);
    expect(areas('no basement, plano or frisco')).toEqual(['Plano', 'Frisco']);
    expect(areas('not too far from plano or frisco')).toEqual(['Plano', 'Frisco']);
  });

  it('leaves out a place they ask to stop seeing, with or without "in"', () => {
    expect(areas('quit sending us condos uptown, way too loud')).toEqual([]);
    expect(areas('stop showing me houses in mesa')).toEqual([]);
    expect(areas('stop sending condos, want houses in mesa')).toEqual(['Mesa']);
  });

  it('reads renting now as where they are, renting wished for as an area', () => {
    expect(areas('we rent in astoria right now, want to buy in yonkers')).toEqual(['Yonkers']);
    expect(areas('my wife and I currently rent in the bronx')).toEqual([]);
    expect(areas('looking to rent in astoria')).toEqual(['Astoria']);
  });

  it('leaves out where they live now and where they come from', () => {
    expect(areas('I live in Oakland but want to move to Walnut Creek')).toEqual(['Walnut Creek']);
    expect(areas("we're in boulder now, looking in longmont")).toEqual(['Longmont']);
    expect(areas("we're moving to Sacramento from the bay area")).toEqual(['Sacramento']);
    expect(areas('I grew up in Ohio, want to buy in columbus')).toEqual(['Columbus']);
    expect(areas('my mom lives in Phoenix')).toEqual([]);
  });

  it.each([
    'I can stop by in June',
    'in a year or two',
    'in the morning',
    'in 5 minutes',
    'interested in buying',
    'in cash',
    'near my work',
    'near good schools',
    'I think the House on Elm is nice',
    'Monday works. I will call',
    'in the spring',
    'in the low 400s',
    'Looking for a House in a good area',
    '123 main st',
    'My address is 909 Pine Ridge Dr, Austin TX 78745',
    'ok thanks',
    'gtfo',
    'we met Allen and Tyler at the open house',
    'Kyle and I want to buy',
  ])('%j names no area', (text) => {
    expect(areas(text)).toEqual([]);
  });

  it.each([
    ['looking in round rock', ['Round Rock']],
    ['anything near lakeway', ['Lakeway']],
    ['we want to be around cedar park', ['Cedar Park']],
    ['3 bed in sugar land under 500', ['Sugar Land']],
    ['3/2 pflugerville under 400k', ['Pflugerville']],
    ['something by georgetown please', ['Georgetown']],
    ['looking at buda', ['Buda']],
    ['what about hutto?', ['Hutto']],
    ['the lakeway area', ['Lakeway']],
    ['round rock', ['Round Rock']],
    ['pflugerville', ['Pflugerville']],
    ['buda or kyle', ['Buda', 'Kyle']],
    ['in st. petersburg', ['St. Petersburg']],
    ['in saint petersburg', ['St. Petersburg']],
    ['st petersburg or clearwater', ['St. Petersburg', 'Clearwater']],
    ['anything in fort worth', ['Fort Worth']],
    ['ft. lauderdale', ['Fort Lauderdale']],
    ['mt pleasant sc', ['Mount Pleasant']],
    ['winston salem', ['Winston-Salem']],
    ["coeur d'alene", ["Coeur d'Alene"]],
    ['somewhere in travis county', ['Travis County']],
    ['in williamson county', ['Williamson County']],
    ['Franklin, TN', ['Franklin']],
    ['round rock tx or austin', ['Round Rock', 'Austin']],
    ['Hope, AR', ['Hope']],
    ['springfield il', ['Springfield, IL']],
    ['columbus ga', ['Columbus, GA']],
    ['in Mission tx', ['Mission']],
    ['The Woodlands or Spring area', ['The Woodlands', 'Spring']],
    ['somewhere around Lake Norman', ['Lake Norman']],
    ['I want a 2br 1ba in north park, nothing over 650', ['North Park']],
    ['near Flushing or astoria', ['Flushing', 'Astoria']],
  ])('%j, in lower case or bare', (text, expected) => {
    expect(areas(text)).toEqual(expected);
  });

  it.each([
    'Great, thanks',
    'Hope you are well',
    'hope to hear back soon',
    'Mission accomplished, thanks',
    'on a mission to buy this year',
    'Sunset views would be amazing',
    'paradise would be a house with a pool',
    'we want a white house with a porch',
    'Victory! we got the loan',
    'our lease ends in August so we need to be in by then',
    'We want to be moved in before the baby comes in May',
    'in Spring we will start looking',
    'in the spring',
    'I can meet at 5 by the park',
    'looking at homes by the lake',
    'kyle and i want to buy',
    'talk to you by friday',
    'in good shape',
    'in trade for our condo',
    'by the way we have a dog',
    'Is the house on Elm still available?',
    'Providence of God brought us here lol',
    "we're working with wells fargo",
    'pre-approved with chase',
    'Lincoln elementary is a must',
    'I can meet at dell after work',
  ])('%j names no area: an everyday word or a first name is no place without a real cue', (text) => {
    expect(areas(text)).toEqual([]);
  });

  it('reads an everyday-word place with a real cue: a capital after "in", its state, or "the … area"', () => {
    expect(areas('we are looking in Paradise')).toEqual(['Paradise']);
    expect(areas('the Mission area')).toEqual(['Mission']);
    expect(areas('the mission area')).toEqual([]);
    expect(areas('near the lake area')).toEqual([]);
    expect(areas('in hope ar')).toEqual([]);
    expect(areas('in Hope, AR')).toEqual(['Hope']);
  });

  it('outputs each place once, by its canonical name', () => {
    expect(areas('round rock, Round Rock or ROUND ROCK')).toEqual(['Round Rock']);
    expect(areas('saint petersburg or st. petersburg')).toEqual(['St. Petersburg']);
  });

  it('carries a confidence: a plain cue or a state is sure; a list of everyday words or unknown words is asked back', () => {
    expect(read('in round rock').confidence.areas).toBeGreaterThanOrEqual(0.9);
    expect(read('katy tx').confidence.areas).toBe(1);
    expect(read('near shadowglen').areas).toEqual([]);
    expect(read('white house or queens').confidence.areas).toBeLessThan(0.8);
    expect(read('3 bed 2 bath').confidence.areas).toBeUndefined();
  });

  describe("the workspace's market areas come first", () => {
    const market = ['Round Rock, TX', 'Zilker', 'Mueller', 'Mission', 'Travis County', 'Spring'];

    it('reads its own neighbourhoods, in any case and bare, as it writes them', () => {
      expect(withMarket('mueller or zilker', market).areas).toEqual(['Mueller', 'Zilker']);
      expect(withMarket('anything near mueller?', market).areas).toEqual(['Mueller']);
      expect(withMarket('anything near mueller?', market).confidence.areas).toBeGreaterThanOrEqual(0.9);
    });

    it('takes its everyday-word areas after a cue, never bare', () => {
      expect(withMarket('looking in mission', market).areas).toEqual(['Mission']);
      expect(withMarket('in spring or the woodlands', market).areas).toEqual(['Spring', 'The Woodlands']);
      expect(withMarket('on a mission to buy', market).areas).toEqual([]);
      expect(withMarket('looking in mission', []).areas).toEqual([]);
    });

    it('prefers places in its states: a small place there is read bare', () => {
      // Jarrell, TX has about 1,200 people in the source: bare, it is read only for a Texas market.
      expect(withMarket('3/2 jarrell under 300k', ['Austin, TX']).areas).toEqual(['Jarrell']);
      expect(withMarket('3/2 jarrell under 300k', []).areas).toEqual([]);
      expect(withMarket('3/2 in jarrell under 300k', []).areas).toEqual(['Jarrell']);
    });
  });
});

describe('areas in lists, in Spanish and left behind', () => {
  it.each([
    ['thinking about summerlin or henderson', ['Summerlin', 'Henderson']],
    ['dorado or san juan, close to the beach', ['Dorado', 'San Juan']],
    ['green valley or sahuarita for retirement', ['Green Valley', 'Sahuarita']],
    ["we're open to anything in travis or williamson county", ['Travis County', 'Williamson County']],
    ['scottsdale or north phoenix', ['Scottsdale', 'North Phoenix']],
    ['sugar land, missouri city, or pearland', ['Sugar Land', 'Missouri City', 'Pearland']],
    ['busco casa en Caguas o en Guaynabo, 3 cuartos', ['Caguas', 'Guaynabo']],
    ['busco renta en el Bronx, tengo dos gatos', ['Bronx']],
    ['queremos mudarnos a Katy o a Cypress antes de que empiecen las clases', ['Katy', 'Cypress']],
    ['vivimos en Chicago pero queremos comprar en Berwyn', ['Berwyn']],
    ['queremos comprar un apartamento en la playa', []],
    ['condo in kakaako for under 700', ['Kakaako']],
    ['lot in ponce, cash, 50k max', ['Ponce']],
  ])('%j', (text, expected) => {
    expect(areas(text)).toEqual(expected);
  });

  it('leaves out people and pets named like places, and places left, passed or ruled out', () => {
    expect(areas('my daughter Savannah wants a pool lol')).toEqual([]);
    expect(areas('our dog Denver is 90 lbs so we need a big yard')).toEqual([]);
    expect(areas('Madison loved the backyard on the last one')).toEqual([]);
    expect(areas('Brooklyn is the name of my dog lol. We want a place in Queens')).toEqual(['Queens']);
    expect(areas('mi hijo va a la escuela Lincoln, queremos quedarnos en Santa Ana')).toEqual(['Santa Ana']);
    expect(areas('anywhere but Hialeah')).toEqual([]);
    expect(areas("we're leaving California for good")).toEqual([]);
    expect(areas('moving out of Austin, buying in Waco')).toEqual(['Waco']);
    expect(areas('we drove through Pflugerville and hated it. Hutto maybe?')).toEqual(['Hutto']);
    expect(areas("our realtor in Ohio referred us, we're buying in Charlotte")).toEqual(['Charlotte']);
    expect(areas('renting in anchorage for now, want to buy in a year')).toEqual([]);
  });
});

describe('the gazetteer', () => {
  it('knows Census counties, GeoNames places and neighbourhoods with their states', () => {
    expect(lookupPlace('round rock')?.entries[0]).toMatchObject({ state: 'TX', kind: 'p' });
    expect(lookupPlace('travis county')?.entries).toEqual([{ state: 'TX', kind: 'c', population: 0 }]);
    expect(lookupPlace('saint petersburg')?.name).toBe('St. Petersburg');
    expect(lookupPlace('austin')?.entries.map((e) => e.state)).toContain('MN');
    expect(lookupPlace('nowhere in particular')).toBeNull();
  });

  it('knows the municipios of Puerto Rico and the neighbourhoods added by hand', () => {
    expect(lookupPlace('bayamon')?.entries[0]?.state).toBe('PR');
    expect(lookupPlace('waikiki')?.entries[0]?.state).toBe('HI');
    expect(lookupPlace('natomas')?.entries[0]?.state).toBe('CA');
  });

  it('flags everyday words, so they need a cue', () => {
    expect(['hope', 'mission', 'sunset', 'paradise', 'spring', 'victory'].every(isCommonWord)).toBe(true);
    expect(['pflugerville', 'buda', 'lakeway', 'leander'].some(isCommonWord)).toBe(false);
  });
});

describe('bad input', () => {
  const now = DateTime.fromISO(FRIDAY_BEFORE_DST.now, { setZone: true });
  const words = fc.constantFrom(
    'in',
    'near',
    'st.',
    'round',
    'rock',
    'Hope',
    ',',
    'TX',
    'or',
    'the',
    'area',
    '78704',
  );

  it('never throws, and every area read is a non-empty name', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(words, { maxLength: 30 }).map((w) => w.join(' ')),
        ),
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }),
        (text, marketAreas) => {
          const result = extractAreas(prepareMessage(text, now, FRIDAY_BEFORE_DST.tz), [], { marketAreas });
          expect(result.areas.every((a) => a.trim().length > 0)).toBe(true);
          if (result.confidence !== undefined) expect(result.confidence).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('areas: places given up, worked in, or a name given', () => {
  it.each([
    [
      'we had to quit looking at the ones in mesa, too far. looking more in tempe or chandler now',
      ['Tempe', 'Chandler'],
    ],
    ['Can we end the search in Cedar Park and switch to Georgetown?', ['Georgetown']],
    ['I work downtown but want to live in cedar park', ['Cedar Park']],
    ['hi it’s Madison! still looking for a condo', []],
    ['Hi, this is Paris. Looking for a 2 bed condo near the beach', []],
    ['sell my place in glendale and buy in peoria', ['Peoria']],
  ])('%j', (text, expected) => {
    expect(read(text).areas).toEqual(expected);
  });
});

describe('areas: the place of a home they sell is no area', () => {
  it.each([
    ['selling in round rock, buying in austin', ['Austin']],
    ['selling our condo in tempe', []],
    ['quiero vender mi casa en Laredo', []],
    ['queremos vender la casa de Ponce y mudarnos a Orlando', ['Orlando']],
    [
      'moving to matthews or mint hill nc in 3 months, we have a house to sell in ohio',
      ['Matthews', 'Mint Hill'],
    ],
    ['what would our place go for in 80209', []],
    ['how much could I get for my place in Lakewood?', []],
    ['near ft worth, maybe keller', ['Fort Worth', 'Keller']],
    ['we sold last year and want to buy in leander', ['Leander']],
  ])('%j', (text, expected) => {
    expect(read(text).areas).toEqual(expected);
  });
});

describe('places they are done being sent, or only visited', () => {
  it.each([
    ['quit sending me stuff in Mesa, only want Gilbert or Chandler', ['Gilbert', 'Chandler']],
    ['stop sending me listings in Dallas proper, we want to be out in McKinney', ['McKinney']],
    ["we were just in Sedona on vacation, loved it, but we're looking in Flagstaff", ['Flagstaff']],
    ['we were looking in Austin and Round Rock', ['Austin', 'Round Rock']],
  ])('%j → %j', (text, areas) => {
    expect(read(text).areas).toEqual(areas);
  });
});

describe('areas: a wish, a hedge, a named district; a commute, a comparative, a disowned inquiry', () => {
  it.each([
    ['my sister lives in mesa but we want gilbert', ['Gilbert']],
    ['we want Allen to call us back', []],
    ['too far from my office. summerlin maybe', ['Summerlin']],
    ['i commute to seattle, so maybe bothell or lynnwood', ['Bothell', 'Lynnwood']],
    ['a condo in the pearl district', ['Pearl District']],
    ['in the same district as my kids school', []],
    ['buscamos algo más chico', []],
    ['wrong number, I never asked about houses in Tulsa', []],
  ])('%j → %j', (text, expected) => {
    expect(read(text).areas).toEqual(expected);
  });
});

describe('areas: emoji as breaks, short names, Spanish speech, a name given in passing', () => {
  it('reads an emoji between words as the end of a clause', () => {
    expect(areas('ugh 😩 prefer allen')).toEqual(['Allen']);
    expect(areas('ugh prefer allen')).toEqual([]);
  });

  it('knows "st pete" as a place in any company, written as said', () => {
    expect(areas('st pete or clearwater, not tampa proper')).toEqual(['St Pete', 'Clearwater']);
    expect(areas('moving to st. pete')).toEqual(['St Pete']);
  });

  it('reads "otro lado", "otra parte" as Spanish speech, not a place', () => {
    expect(areas('busco en otro lado')).toEqual([]);
    expect(areas('mejor en otra parte')).toEqual([]);
    expect(areas('busco en el otro lado de Mesa')).toEqual(['Mesa']);
  });

  it('reads a first sentence that is only a list of places, and the sentences after it as usual', () => {
    expect(areas('North End or meridian. eagle is nice but too far out for us')).toEqual([
      'North End',
      'Meridian',
    ]);
    expect(areas('austin or dallas. also open to plano')).toEqual(['Austin', 'Dallas', 'Plano']);
    expect(areas('Thanks. Great.')).toEqual([]);
  });

  it('reads "it\'s Madison btw" as the lead saying who they are', () => {
    expect(areas("it's Madison btw not Maddie")).toEqual([]);
    expect(areas('we want Madison btw')).toEqual(['Madison']);
  });
});

describe('areas: a city misspelt by one letter', () => {
  it('reads the one city a word no list knows misspells', () => {
    expect(areas('round rock or pflugervile')).toEqual(['Round Rock', 'Pflugerville']);
    expect(areas('somewhere near alpheretta')).toEqual(['Alpharetta']);
    expect(misspeltPlace('scottsdal')?.name).toBe('Scottsdale');
  });

  it('reads everyday words, first names, plurals, short words and places as written', () => {
    for (const word of [
      'bedrooms',
      'preapproved',
      'woodlands',
      'fresnos',
      'pflugerville',
      'austn',
      'jennifer',
    ])
      expect(misspeltPlace(word)).toBeNull();
  });
});

describe('areas: a school district named in full, a place only to be outside of', () => {
  it('keeps the words between a place and "schools" as the district\'s name', () => {
    expect(areas('need to be in hamilton southeastern schools')).toEqual(['Hamilton Southeastern']);
    expect(areas('in austin public schools')).toEqual(['Austin']);
    expect(areas('in the leander isd')).toEqual(['Leander ISD']);
  });

  it('leaves out the place they want to be outside of when the places meant follow it', () => {
    expect(areas('2 acres outside of bozeman, like belgrade or manhattan MT')).toEqual([
      'Belgrade',
      'Manhattan, MT',
    ]);
    expect(areas('5+ acres outside of Austin, up to 200k')).toEqual(['Austin']);
  });
});
