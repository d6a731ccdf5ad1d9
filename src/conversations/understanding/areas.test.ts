import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

const areas = (text: string) => read(text).areas;

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
    ['a 4/3 in katy tx', ['Katy, TX']],
    ['in the woodlands', ['The Woodlands']],
    ['condos downtown', ['Downtown']],
    ['Moving from Ohio to Charlotte NC this summer', ['Charlotte, NC']],
    ['WE ARE LOOKING IN AUSTIN', ['Austin']],
    ['somewhere in ft worth', ['Fort Worth']],
    ['in st pete', ['St Pete']],
    ['3 bed, Plano or Frisco', ['Plano', 'Frisco']],
  ])('%j', (text, expected) => {
    expect(areas(text)).toEqual(expected);
  });

  it('leaves out where they live now and where they come from', () => {
    expect(areas('I live in Oakland but want to move to Walnut Creek')).toEqual(['Walnut Creek']);
    expect(areas("we're in boulder now, looking in longmont")).toEqual(['Longmont']);
    expect(areas("we're moving to Sacramento from the bay area")).toEqual(['Sacramento']);
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
});
