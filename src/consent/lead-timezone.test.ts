import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AREA_CODE_GROUPS } from './data/area-codes.js';
import { REGIONS } from './data/states.js';
import { CANADIAN_POSTAL_FIRST_LETTER, ZIP_PREFIX_RANGES } from './data/zip-prefixes.js';
import { leadTimeZone, stateOf, statesOf } from './lead-timezone.js';

const FALLBACK = 'America/Los_Angeles';

describe('leadTimeZone by area code', () => {
  it.each([
    ['212', 'America/New_York', 'NY'],
    ['312', 'America/Chicago', 'IL'],
    ['602', 'America/Phoenix', 'AZ'],
    ['808', 'Pacific/Honolulu', 'HI'],
    ['907', 'America/Anchorage', 'AK'],
    ['416', 'America/Toronto', 'ON'],
    ['305', 'America/New_York', 'FL'],
    ['850', 'America/Chicago', 'FL'],
    ['448', 'America/Chicago', 'FL'],
    ['915', 'America/Denver', 'TX'],
    ['432', 'America/Chicago', 'TX'],
    ['206', 'America/Los_Angeles', 'WA'],
    ['303', 'America/Denver', 'CO'],
    ['702', 'America/Los_Angeles', 'NV'],
    ['208', 'America/Boise', 'ID'],
    ['219', 'America/Chicago', 'IN'],
    ['317', 'America/Indiana/Indianapolis', 'IN'],
    ['423', 'America/New_York', 'TN'],
    ['615', 'America/Chicago', 'TN'],
    ['270', 'America/Chicago', 'KY'],
    ['502', 'America/New_York', 'KY'],
    ['313', 'America/Detroit', 'MI'],
    ['929', 'America/New_York', 'NY'],
    ['945', 'America/Chicago', 'TX'],
    ['787', 'America/Puerto_Rico', 'PR'],
    ['671', 'Pacific/Guam', 'GU'],
    ['604', 'America/Vancouver', 'BC'],
    ['403', 'America/Edmonton', 'AB'],
    ['514', 'America/Toronto', 'QC'],
    ['306', 'America/Regina', 'SK'],
    ['204', 'America/Winnipeg', 'MB'],
    ['709', 'America/St_Johns', 'NL'],
    ['902', 'America/Halifax', 'NS'],
    ['506', 'America/Moncton', 'NB'],
  ])('+1 %s… → %s (%s)', (npa, zone, state) => {
    const phoneE164 = `+1${npa}5550123`;
    expect(leadTimeZone({ phoneE164, fallbackZone: FALLBACK })).toEqual({ zone, source: 'area_code' });
    expect(stateOf({ phoneE164 })).toBe(state);
  });

  it.each([
    ['+1 (212) 555-0100', 'America/New_York'],
    ['+1-312-555-0100', 'America/Chicago'],
  ])('reads formatted number %j', (phoneE164, zone) => {
    expect(leadTimeZone({ phoneE164, fallbackZone: FALLBACK }).zone).toBe(zone);
  });

  it.each([
    ['another country', '+442071234567'],
    ['toll-free', '+18005550100'],
    ['premium', '+19005550100'],
    ['no country code', '2125550100'],
    ['too short', '+1212555'],
    ['invalid exchange', '+12121550100'],
    ['empty', ''],
  ])('falls back for %s', (_, phoneE164) => {
    expect(leadTimeZone({ phoneE164, fallbackZone: FALLBACK })).toEqual({
      zone: FALLBACK,
      source: 'fallback',
    });
  });
});

describe('area code table', () => {
  const codes = AREA_CODE_GROUPS.flatMap((g) => g.codes);

  it('has every US and Canadian area code we know of, each once', () => {
    expect(codes.length).toBeGreaterThanOrEqual(400);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('holds only geographic NANP codes', () => {
    for (const code of codes) {
      expect(code).toBeGreaterThanOrEqual(200);
      expect(code % 100 === 11, `${code} is an N11 service code`).toBe(false);
    }
    for (const nonGeographic of [
      500, 521, 533, 544, 566, 577, 588, 600, 700, 800, 833, 844, 855, 866, 877, 888, 900,
    ]) {
      expect(codes).not.toContain(nonGeographic);
    }
  });

  it('names valid zones and known regions', () => {
    for (const group of AREA_CODE_GROUPS) {
      expect(IANAZone.isValidZone(group.zone), group.zone).toBe(true);
      expect(REGIONS[group.region], group.region).toBeDefined();
    }
  });
});

describe('leadTimeZone by ZIP code', () => {
  it.each([
    ['10001', 'America/New_York', 'NY'],
    ['60601', 'America/Chicago', 'IL'],
    ['85004', 'America/Phoenix', 'AZ'],
    ['86515', 'America/Denver', 'AZ'],
    ['96813', 'Pacific/Honolulu', 'HI'],
    ['99501', 'America/Anchorage', 'AK'],
    ['32501', 'America/Chicago', 'FL'],
    ['32401', 'America/Chicago', 'FL'],
    ['32301', 'America/New_York', 'FL'],
    ['33101', 'America/New_York', 'FL'],
    ['79901', 'America/Denver', 'TX'],
    ['79821', 'America/Denver', 'TX'],
    ['88510', 'America/Denver', 'TX'],
    ['75201', 'America/Chicago', 'TX'],
    ['73301', 'America/Chicago', 'TX'],
    ['37902', 'America/New_York', 'TN'],
    ['37402', 'America/New_York', 'TN'],
    ['37203', 'America/Chicago', 'TN'],
    ['38103', 'America/Chicago', 'TN'],
    ['40202', 'America/New_York', 'KY'],
    ['42001', 'America/Chicago', 'KY'],
    ['46320', 'America/Chicago', 'IN'],
    ['46204', 'America/Indiana/Indianapolis', 'IN'],
    ['47708', 'America/Chicago', 'IN'],
    ['48226', 'America/Detroit', 'MI'],
    ['57701', 'America/Denver', 'SD'],
    ['57104', 'America/Chicago', 'SD'],
    ['58601', 'America/Denver', 'ND'],
    ['58102', 'America/Chicago', 'ND'],
    ['69361', 'America/Denver', 'NE'],
    ['68102', 'America/Chicago', 'NE'],
    ['83814', 'America/Los_Angeles', 'ID'],
    ['83501', 'America/Los_Angeles', 'ID'],
    ['83702', 'America/Boise', 'ID'],
    ['97914', 'America/Boise', 'OR'],
    ['97201', 'America/Los_Angeles', 'OR'],
    ['90210', 'America/Los_Angeles', 'CA'],
    ['80202', 'America/Denver', 'CO'],
    ['20500', 'America/New_York', 'DC'],
    ['00901', 'America/Puerto_Rico', 'PR'],
    ['02134', 'America/New_York', 'MA'],
    ['2134', 'America/New_York', 'MA'],
    ['10001-1234', 'America/New_York', 'NY'],
    [' 606011234 ', 'America/Chicago', 'IL'],
    ['M5V 3L9', 'America/Toronto', 'ON'],
    ['m5v3l9', 'America/Toronto', 'ON'],
    ['V6B', 'America/Vancouver', 'BC'],
    ['H2X 1Y4', 'America/Toronto', 'QC'],
    ['T2P 1J9', 'America/Edmonton', 'AB'],
    ['S4P 3Y2', 'America/Regina', 'SK'],
  ])('%j → %s (%s)', (zip, zone, state) => {
    expect(leadTimeZone({ zip, fallbackZone: FALLBACK })).toEqual({ zone, source: 'zip' });
    expect(stateOf({ zip })).toBe(state);
  });

  it.each(['abcde', '123', '09012', '96201', '34002', 'D5V 3L9', ''])('has no place for %j', (zip) => {
    expect(leadTimeZone({ zip, fallbackZone: FALLBACK }).source).toBe('fallback');
    expect(stateOf({ zip })).toBeNull();
  });

  it('keeps prefix runs ordered, disjoint and valid', () => {
    let previous = -1;
    for (const range of ZIP_PREFIX_RANGES) {
      expect(range.from, `${range.from}`).toBeGreaterThan(previous);
      expect(range.to).toBeGreaterThanOrEqual(range.from);
      expect(IANAZone.isValidZone(range.zone), range.zone).toBe(true);
      expect(REGIONS[range.state], range.state).toBeDefined();
      previous = range.to;
    }
    for (const place of Object.values(CANADIAN_POSTAL_FIRST_LETTER)) {
      expect(IANAZone.isValidZone(place.zone)).toBe(true);
      expect(REGIONS[place.region]).toBeDefined();
    }
  });
});

describe('leadTimeZone by state', () => {
  it.each([
    ['FL', 'America/New_York', 'FL'],
    ['fl', 'America/New_York', 'FL'],
    [' Florida ', 'America/New_York', 'FL'],
    ['F.L.', 'America/New_York', 'FL'],
    ['TX', 'America/Chicago', 'TX'],
    ['texas', 'America/Chicago', 'TX'],
    ['AZ', 'America/Phoenix', 'AZ'],
    ['HI', 'Pacific/Honolulu', 'HI'],
    ['New  York', 'America/New_York', 'NY'],
    ['District of Columbia', 'America/New_York', 'DC'],
    ['IN', 'America/Indiana/Indianapolis', 'IN'],
    ['Ontario', 'America/Toronto', 'ON'],
    ['BC', 'America/Vancouver', 'BC'],
  ])('%j → %s', (state, zone, code) => {
    expect(leadTimeZone({ state, fallbackZone: FALLBACK })).toEqual({ zone, source: 'state' });
    expect(stateOf({ state })).toBe(code);
  });

  it.each(['ZZ', 'Narnia', '', 'F'])('does not know %j', (state) => {
    expect(leadTimeZone({ state, fallbackZone: FALLBACK }).source).toBe('fallback');
  });

  it('names a valid zone for every region', () => {
    for (const [code, info] of Object.entries(REGIONS)) {
      expect(IANAZone.isValidZone(info.zone), code).toBe(true);
    }
  });
});

describe('precedence', () => {
  const all = { zip: '32501', state: 'GA', phoneE164: '+12125550100' };

  it('prefers the ZIP code, then the state, then the area code, then the fallback', () => {
    expect(leadTimeZone({ ...all, fallbackZone: FALLBACK })).toEqual({
      zone: 'America/Chicago',
      source: 'zip',
    });
    expect(leadTimeZone({ ...all, zip: null, fallbackZone: FALLBACK })).toEqual({
      zone: 'America/New_York',
      source: 'state',
    });
    expect(leadTimeZone({ phoneE164: all.phoneE164, state: 'XX', zip: '0', fallbackZone: FALLBACK })).toEqual(
      {
        zone: 'America/New_York',
        source: 'area_code',
      },
    );
    expect(leadTimeZone({ fallbackZone: 'Europe/Paris' })).toEqual({
      zone: 'Europe/Paris',
      source: 'fallback',
    });
  });

  it('refuses an unknown fallback zone', () => {
    expect(() => leadTimeZone({ fallbackZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });

  it('gives the state from the same sources', () => {
    expect(stateOf(all)).toBe('FL');
    expect(stateOf({ state: 'GA', phoneE164: all.phoneE164 })).toBe('GA');
    expect(stateOf({ phoneE164: '+442071234567' })).toBeNull();
    expect(stateOf({})).toBeNull();
  });

  it('lists every state the sources name, for laws that follow the area code', () => {
    expect(statesOf({ zip: '90210', phoneE164: '+13055550100' })).toEqual(['CA', 'FL']);
    expect(statesOf({ zip: '33101', state: 'Florida', phoneE164: '+13055550100' })).toEqual(['FL']);
    expect(statesOf({})).toEqual([]);
  });
});
