import { describe, expect, it } from 'vitest';
import { askedOfAHome } from './asked-about-a-home.js';
import { acknowledge } from './replies.js';

const voice = {
  agent: 'Maria',
  agentNamed: true,
  business: 'Hill Country Homes',
  assistant: null,
  firstName: null,
  seed: 'ack',
  zone: 'America/Chicago',
  lang: 'en' as const,
};

describe('beds, baths and the kind of home asked of one home', () => {
  it.each([
    ['saw ur sign on oak st. its 3 bed right? any open house coming up', ['beds']],
    ['is it a 4 bedroom?', ['beds']],
    ['does 12 oak have 2 baths', ['baths']],
    ['is the house 3/2?', ['beds', 'baths', 'propertyType']],
    ['can we see the house on elm saturday around 11?', ['propertyType']],
    ['is that one a condo?', ['propertyType']],
  ])('%j: %j are the home’s', (said, fields) => {
    expect([...askedOfAHome(said)].sort()).toEqual([...fields].sort());
  });

  it.each([
    'we need 3 beds. is it 3 bed?',
    'looking for a 3 bed in austin under 400k, can you help?',
    'we want 3 bedrooms',
    'does it have a pool? we need 4 beds',
    'we want a house. is the elm one a house?',
    'can you show us houses in round rock?',
  ])('%j: the lead’s own', (said) => {
    expect(askedOfAHome(said).size).toBe(0);
  });

  it('says back the beds a lead wants, not those asked of a home', () => {
    const learned = [{ field: 'beds' as const, value: 3, messageId: 'm1', at: '2026-03-02T22:45:00Z' }];
    expect(acknowledge(voice, learned, { beds: 3 }, 'its 3 bed right?')).toBeNull();
    expect(acknowledge(voice, learned, { beds: 3 }, 'we need 3 bedrooms')).toMatch(/: 3 bedrooms\.$/);
  });
});
