import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

describe('question', () => {
  it.each([
    ['What is the HOA?', 'What is the HOA?'],
    ['how much are taxes', 'how much are taxes'],
    ['does it have a pool', 'does it have a pool'],
    ['are pets allowed', 'are pets allowed'],
    ['can we stop by?', 'can we stop by?'],
    ['Hi, is 22 Oak St still available?', 'is 22 Oak St still available?'],
    ['ok thanks! also, is there an HOA?', 'is there an HOA?'],
    ['Hey Sarah! is it still available', 'is it still available'],
    ['Who is this? I never signed up', 'Who is this?'],
    ['who is this', 'who is this'],
    ["who's this?", "who's this?"],
    ['who are you', 'who are you'],
    ['¿quién es?', '¿quién es?'],
    ['quien habla', 'quien habla'],
    ['how did you get my number', 'how did you get my number'],
    ["how'd you get my number", "how'd you get my number"],
    ['cuánto cuesta la casa', 'cuánto cuesta la casa'],
    ['is there a HOA? what are the taxes like?', 'is there a HOA? what are the taxes like?'],
    ['were you able to check the HOA', 'were you able to check the HOA'],
    ['were there other offers', 'were there other offers'],
    ['any open house coming up', 'any open house coming up'],
    ['its 3 bed right? any open house coming up', 'its 3 bed right? any open house coming up'],
    ['any updates on 12 oak', 'any updates on 12 oak'],
    ['anything under 400 in pflugerville', 'anything under 400 in pflugerville'],
  ])('%j asks %j', (text, question) => {
    expect(read(text).question).toBe(question);
  });

  it.each([
    'When we sell our house we will need a place',
    'What we really want is a big yard',
    'Would love to see more like this one',
    'have the agent call me',
    'how about 4 today',
    "don't text me",
    'Do not contact me again',
    'ok thanks',
    '??',
    'hi were preapproved for 475k, want to buy in round rock',
    'were looking in round rock',
    'any time works',
    'any of those',
    'anything is fine',
    'any day but monday works',
  ])('%j asks nothing', (text) => {
    expect(read(text).question).toBeNull();
  });
});

describe('wantsHuman', () => {
  it.each([
    'can I talk to a real person',
    'have the agent call me',
    'just have someone call me please',
    'human please',
    'put me in touch with an agent',
    "I'd rather speak with Jessica directly",
    'have Mark give me a call',
    'is there someone I can actually talk to?',
    'can a realtor call me tomorrow?',
    'is Brian available?',
  ])('%j asks for a person', (text) => {
    expect(read(text).wantsHuman).toBe(true);
  });

  it.each(['call me', 'give me a call tomorrow at 10', 'in 45 minutes pls call', 'llámame en 30 minutos'])(
    '%j asks for a call, so for a person',
    (text) => {
      expect(read(text).wantsHuman).toBe(true);
    },
  );

  it.each([
    'is this a bot?',
    'you can call me Jim',
    'call me crazy but I love it',
    'I need to talk to my husband first',
    'my lender will call you',
    'no need to call, texting is easier',
    "I don't want to talk to an agent",
    'I already have an agent',
  ])('%j does not', (text) => {
    expect(read(text).wantsHuman).toBe(false);
  });
});

describe('wantsHuman in Spanish', () => {
  it.each(['quiero hablar con un agente', 'que me llame una persona', 'agente por favor'])('%j', (text) => {
    expect(read(text).wantsHuman).toBe(true);
  });

  it('is false when negated', () => {
    expect(read('no necesito hablar con un agente').wantsHuman).toBe(false);
  });
});

describe('wantsHuman: a person asked for, not one talked to', () => {
  it.each([
    'can the actual realtor text me, not an assistant',
    "Who's the agent? I want to talk to them directly about listing my house",
    "which realtor is handling this? we'd like to speak with her",
    'ugh. want a real person, this is going in circles',
  ])('%j asks for a person', (text) => {
    expect(read(text).wantsHuman).toBe(true);
  });

  it.each([
    'talked to Wells Fargo, approved for 380',
    'we talked to a realtor last year',
    "our agent moved away, don't need to talk to her",
    'need a person who knows the schools? no, just listings',
  ])('%j does not', (text) => {
    expect(read(text).wantsHuman).toBe(false);
  });
});

describe('wantsHuman: someone named in lower case, or a human, asked to call', () => {
  it.each(['have sarah call me tmrw morning', 'ok, have mike text me', 'Please have a human reach out.'])(
    '%j asks for a person',
    (text) => {
      expect(read(text).wantsHuman).toBe(true);
    },
  );

  it.each(['we have kids call us on weekends', 'i have to call my lender'])('%j does not', (text) => {
    expect(read(text).wantsHuman).toBe(false);
  });
});
