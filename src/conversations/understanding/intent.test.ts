import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

describe('intent', () => {
  it.each([
    ['looking to buy a 3 bed', 'buy'],
    ['house hunting in tempe', 'buy'],
    ['Looking for a townhouse in Arlington', 'buy'],
    ['3/2 under 350 in pflugerville', 'buy'],
    ["we're preapproved", 'buy'],
    ['first time buyer', 'buy'],
    ["What's my house worth?", 'sell'],
    ['want to list our townhome in the spring', 'sell'],
    ['thinking of selling this summer', 'sell'],
    ['I want to sell my condo and buy a house', 'both'],
    ['thinking about downsizing', 'both'],
    ['looking for a 2 bedroom apartment to rent', 'rent'],
    ['any rentals under 2k a month?', 'rent'],
    ["we're renting now but want to buy", 'buy'],
    ['I sold my last house in 2019 and have rented since, looking to buy again', 'buy'],
    // another home sought beside the one sold, by where or how much
    ['selling our 3/2 in tempe and want something in gilbert under 500k by summer', 'both'],
    ['selling our condo and looking for a place near the lake', 'both'],
    ['selling our condo, want something quick', 'sell'],
    ['looking for something in gilbert', null],
  ])('%j → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    'I sold my last house in 2019',
    'Not selling right now, just curious',
    "you have the wrong number, I'm not selling anything",
    'we need to end our lease early',
    'our lease is up in June',
    'Is the HOA going to stop us from renting it out?',
    'we need 4 bedrooms',
    'around 500k',
    'is it still for sale?',
    "we're not selling, just curious what it's worth",
  ])('%j states no intent', (text) => {
    expect(read(text).intent).toBeNull();
  });
});

describe('propertyType', () => {
  it.each([
    ['a 3 bedroom house', 'single_family'],
    ['sfh only', 'single_family'],
    ['single-family home', 'single_family'],
    ["condo's in jersey city", 'condo'],
    ['2 bed apt', 'condo'],
    ['open to a townhome or condo', 'townhouse'],
    ['duplex or fourplex', 'multi_family'],
    ['looking at fourplexes to house hack', 'multi_family'],
    ['a lot to build on', 'land'],
    ['5 acres', 'land'],
    ['mobile home with land', 'manufactured'],
    ['double wide on a few acres', 'manufactured'],
    ['sell my condo and buy a house', 'single_family'],
    ['only condos, no houses', 'condo'],
  ])('%j → %s', (text, type) => {
    expect(read(text).propertyType).toBe(type);
  });

  it.each([
    'see you at the open house',
    'thanks a lot!',
    'we already bought a house',
    'our condo already sold',
    'somewhere near Sugar Land',
    'looking for a home',
    'a lot of them',
  ])('%j names no property type', (text) => {
    expect(read(text).propertyType).toBeNull();
  });
});

describe('intent, negated and in Spanish', () => {
  it.each([
    'not buying or selling',
    "we're not buying or selling right now",
    "we're not really looking to buy anymore",
    'not interested in buying right now',
    'no quiero vender',
  ])('%j states no intent', (text) => {
    expect(read(text).intent).toBeNull();
  });

  it.each([
    ["I'm not selling, I'm buying", 'buy'],
    ['busco casa', 'buy'],
    ['queremos comprar', 'buy'],
    ['quiero vender mi casa', 'sell'],
    ['quiero rentar un departamento', 'rent'],
    ['busco algo para alquilar', 'rent'],
    ['busco una casa en renta', 'rent'],
    ['quiero vender mi casa y comprar otra', 'both'],
  ])('%j → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    ['departamento de 2 recámaras', 'condo'],
    ['un terreno', 'land'],
    ['un dúplex', 'multi_family'],
  ])('%j → %s', (text, type) => {
    expect(read(text).propertyType).toBe(type);
  });

  it.each([
    ['busco casa', 'single_family'],
    ['el lunes a las 10 para ver la casa', 'single_family'],
    ['quiero vender mi casa', 'single_family'],
    ['vendemos la casa de mi suegra en Bayamón', 'single_family'],
    ['este fin de año queremos estar en casa nueva', 'single_family'],
    ['stop please, ya compramos casa', null],
    ['estoy en casa, te marco luego', null],
    ['llego a casa a las 5', null],
    ['no quiero vender mi casa', null],
    ['un lote para construir nuestra casa', 'land'],
    ['no me dejen de mandar casas, sigo buscando', null],
  ])('"casa" names a house when it is the home the text is about: %j → %s', (text, type) => {
    expect(read(text).propertyType).toBe(type);
  });
});

describe('intent, more phrasings', () => {
  it.each([
    ['somos compradores primerizos', 'buy'],
    ["we're first time homebuyers, budget around 275", 'buy'],
    ['Looking for rentals, 2br, up to 1800', 'rent'],
    ['we might rent first', 'rent'],
    ['sell my house for 500k', 'sell'],
    ['hi, busco una house de 3 bedrooms', 'buy'],
    ['necesito rent un apartment', 'rent'],
    ['quiero vender house', 'sell'],
    ['want to sell my 3 bed and buy something under 400k', 'both'],
  ])('%j → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('reads "No estoy interesado en vender" as no intent, and "if" as no negation', () => {
    expect(read('No estoy interesado en vender').intent).toBeNull();
    expect(read("I don't know if we'll sell").intent).toBe('sell');
  });

  it('reads a bare rent figure as rent a month, not a price', () => {
    expect(read('Looking for rentals, 2br, up to 1800').budgetMax).toBe(1800);
  });
});

describe('intent, negation reach and indecision', () => {
  it.each([
    ['Not interested in buying or selling, leave me be', null],
    ['no we are NOT giving up on buying', 'buy'],
    ['no not ready to list yet, maybe in the fall', 'sell'],
    ["we won't be ready to buy until spring, reach out then", 'buy'],
    ["I'm not ready to buy", null],
    ['solo estoy mirando, no sé si comprar o rentar todavía', null],
    ['mi esposa quiere vender, yo quiero rentar, todavía no decidimos', null],
    ['we move out of our rental in may', null],
    ['lo antes posible, el contrato de renta se acaba este mes', null],
    ['un dúplex para rentar una parte', null],
  ])('%j → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('intent from a kind of home wanted, a listing prepared, a rental applied for', () => {
  it.each([
    ['nos interesa un condo cerca de la playa en Miami Beach', 'buy'],
    ['queremos un townhome en Aurora, no casa', 'buy'],
    ['busco un dúplex en Houston', 'buy'],
    ['buscamos una casita en Phoenix', 'buy'],
    ['looking for a mobile in a park', 'buy'],
    ['looking at double-wides', 'buy'],
    ["I don't want to stop looking, just need a smaller budget. under 300k now", 'buy'],
    ['Feel free to stop by and take pictures for the listing', 'sell'],
    ['will stop by the leasing office to drop the application', 'rent'],
    ['quiero vender mi condominio en Doral', 'sell'],
    ['busco casa, máximo 2 mil al mes de renta', 'rent'],
    ['queremos un dúplex para vivir en una parte y rentar la otra', null],
    ['not looking for a condo', null],
    ["we're after a fourplex or two duplexes", null],
    ["my leasing office won't let me break the lease", null],
    ['a townhouse', null],
  ])('%j → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('property type: slang, Spanish, the home rented now', () => {
  it.each([
    ['busco un depa en Miami', 'condo'],
    ['queremos un departamento de 2 recámaras', 'condo'],
    ['una casita con patio', 'single_family'],
    ['busco un dúplex en Houston', 'multi_family'],
    ['looking for a lot to build on', 'land'],
    ['want some acreage outside town', 'land'],
    ['looking for a mobile in a park', 'manufactured'],
    ['want a townhome', 'townhouse'],
    ['a 3 bed rancher', 'single_family'],
    ['want a house, not a condo', 'single_family'],
    ['not a condo, a house', 'single_family'],
  ])('%j → %s', (text, type) => {
    expect(read(text).propertyType).toBe(type);
  });

  it.each([
    'call my mobile',
    'text the mobile.',
    'thanks a lot!',
    'ended the lease at our apartment, ready to move now',
    'not a condo',
  ])('%j names no kind of home', (text) => {
    expect(read(text).propertyType).toBeNull();
  });
});

describe('property type: detached, and land as a verb', () => {
  it.each([
    ['detached, no shared walls', 'single_family'],
    ['a detached home, no shared walls please', 'single_family'],
    ['we land at 2pm saturday, could we see it sunday morning', null],
    ['looking for land near the lake', 'land'],
  ])('%j → %s', (text, type) => {
    expect(read(text).propertyType).toBe(type);
  });
});

describe('intent: relocating with a home to sell is both', () => {
  it.each([
    ['moving to Denver for work, need to sell our place here first', 'both'],
    ['relocating to raleigh for work, have a house in ohio to sell', 'both'],
    ["we're selling our home in Mesa and moving to Flagstaff", 'both'],
    ['vendemos ya, nos vamos a otro estado', 'both'],
    ['queremos vender la casa de Ponce y mudarnos a Orlando', 'both'],
    ['selling our 3/2 in bakersfield in 2 months, not buying, moving in with family', 'sell'],
    ["selling my moms house in hialeah asap, she's moving in with us", 'sell'],
    ['me urge vender mi casa en Yuma, nos mudamos el próximo mes', 'sell'],
    ['Seller. We want to know what we could get for our place', 'sell'],
  ])('%j → %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a kind of home they are done being sent, and a home to rent', () => {
  it.each([
    ["stop sending apartments please, I'm looking for a house to rent", 'rent'],
    ['looking for a house to rent in Round Rock, 3 beds, up to 2200 a month, asap', 'rent'],
    ['looking for a house to buy', 'buy'],
  ])('%j is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    ["quit sending lots, we want a home that's already built, with a yard", 'single_family'],
    ['my wife and I want a 3 bed 2 bath home with a yard, max 600k', 'single_family'],
  ])('%j wants %s', (text, type) => {
    expect(read(text).propertyType).toBe(type);
  });

  it('reads no kind from "no more condos"', () => {
    expect(read('no more condos please').propertyType).toBeNull();
  });
});

describe('"a lot" that is no land', () => {
  it('reads no kind from "juggling a lot with the kids"', () => {
    expect(
      read("We are not done looking, just juggling a lot with the kids' school this month").propertyType,
    ).toBeNull();
    expect(read('we want a lot with trees').propertyType).toBe('land');
  });
});

describe('intent and kind of home said around renting or sending', () => {
  it.each([
    ['interested in renting a condo near the hospital', 'rent', 'condo'],
    ['thinking about renting a townhouse first', 'rent', 'townhouse'],
    ['sí, sigan mandando casas', null, 'single_family'],
    ['we want a townhome, so stop with the condos', 'buy', 'townhouse'],
  ])('%j → %s, %s', (text, intent, propertyType) => {
    const u = read(text);
    expect(u.intent).toBe(intent);
    expect(u.propertyType).toBe(propertyType);
  });
});
