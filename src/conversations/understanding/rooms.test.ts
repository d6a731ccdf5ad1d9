import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

const rooms = (text: string) => {
  const r = read(text);
  return [r.beds, r.baths];
};

describe('beds and baths', () => {
  it.each([
    ['3/2', [3, 2]],
    ['a 4/2.5 in frisco', [4, 2.5]],
    ['3bd 2ba', [3, 2]],
    ['3 bd 2 ba', [3, 2]],
    ['4bdrm 3bth', [4, 3]],
    ['2 bed/2 bath', [2, 2]],
    ['3bd/2.5ba', [3, 2.5]],
    ['three bedroom, two bath', [3, 2]],
    ['at least 3 bedrms', [3, null]],
    ['3 or 4 bedrooms', [3, null]],
    ['3-4 beds, 2-3 baths', [3, 2]],
    ['2+ beds', [2, null]],
    ['2.5 baths', [null, 2.5]],
    ['2 1/2 baths minimum', [null, 2.5]],
    ['two and a half baths', [null, 2.5]],
    ['3 full baths', [null, 3]],
    ['Bedrooms: 3, Baths: 2', [3, 2]],
    ['Is it a 4 bedroom?', [4, null]],
  ])('%j', (text, expected) => {
    expect(rooms(text)).toEqual(expected);
  });

  it('prefers what they need over what they have', () => {
    expect(rooms('my current house is 2 bed but we need at least 4')).toEqual([4, null]);
  });

  it.each([
    'the 3 kids need their own rooms',
    '2 car garage',
    '2 story',
    'we have two dogs and 3 cars',
    '9/22 at 5pm',
  ])('%j names no rooms', (text) => {
    expect(rooms(text)).toEqual([null, null]);
  });
});

describe('beds and baths in Spanish', () => {
  it.each([
    ['3 cuartos', [3, null]],
    ['tres recámaras y 2 baños', [3, 2]],
    ['4 habitaciones', [4, null]],
    ['2 recamaras 1 baño', [2, 1]],
    ['3 dormitorios, 2 baños y medio', [3, 2.5]],
    ['looking for una casa con 3 cuartos', [3, null]],
    ['recámaras: 3, baños: 2', [3, 2]],
    ['2 1/2 baños', [null, 2.5]],
    ['1 baño y medio', [null, 1.5]],
  ])('%j', (text, expected) => {
    expect(rooms(text)).toEqual(expected);
  });
});

describe('denied counts', () => {
  it('drops a denied count and takes the correction after it', () => {
    expect(rooms('not 3 beds, 4')).toEqual([4, null]);
    expect(rooms('no 3 bedrooms please')).toEqual([null, null]);
  });

  it('keeps a limit, which is not a denial', () => {
    expect(rooms("don't need more than 3 beds")).toEqual([3, null]);
  });
});

describe('beds and baths: glued, labelled, half baths and "or more"', () => {
  it.each([
    ['3bd2ba', [3, 2]],
    ['1bd1ba', [1, 1]],
    ['3b2b', [3, 2]],
    ['3bed2bath', [3, 2]],
    ['3 bds 2.5 bas', [3, 2.5]],
    ['3/2/2 in katy', [3, 2]],
    ['a 4/2.5 around 600k', [4, 2.5]],
    ['2½ baths', [null, 2.5]],
    ['3 bedrooms, 2 and 1/2 baths', [3, 2.5]],
    ['2 full 1 half bath', [null, 2.5]],
    ['4 beds 3 full baths 1 half', [4, 3.5]],
    ['3 bed 2 bath 1 half bath', [3, 2.5]],
    ['3 or more bedrooms', [3, null]],
    ['single bath ok', [null, 1]],
    ['need 3 rooms', [3, null]],
    ['Bedrooms: 3 Bathrooms: 2', [3, 2]],
    ['beds 3 baths 2', [3, 2]],
    ['Beds 4, Baths 2.5', [4, 2.5]],
    ["we don't need 4 bedrooms, 3 is fine", [3, null]],
  ])('%j', (text, expected) => {
    expect(rooms(text)).toEqual(expected);
  });

  it.each([
    'the bath 2 is small',
    'bedroom 3 is tiny',
    'the master bath 2 sinks',
    "price 350 beds don't matter",
    'in 2 rooms we need carpet',
    'on 3/2/26 at 4',
  ])('%j names no rooms', (text) => {
    expect(rooms(text)).toEqual([null, null]);
  });

  it('reads Spanish abbreviations beside baños', () => {
    expect(rooms('3 rec 2 baños')).toEqual([3, 2]);
    expect(rooms('3 hab 2 baños')).toEqual([3, 2]);
  });
});

describe('counts they are done with, and totals', () => {
  it('drops a count they ask to stop getting', () => {
    expect(rooms('stop sending 2 bedrooms, we need at least 4')).toEqual([4, null]);
  });

  it('reads "at least 3 total" as the rooms named before it', () => {
    expect(rooms('needs a main floor bedroom and at least 3 total')).toEqual([3, null]);
  });
});
