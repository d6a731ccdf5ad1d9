import { describe, expect, it } from 'vitest';
import type { OptOutChannel } from './keywords.js';
import { classifyInbound, classifyKeyword, detectOptOut } from './keywords.js';

describe('classifyKeyword', () => {
  it.each([
    ['STOP', 'stop'],
    ['Stop.', 'stop'],
    ['STOP!!', 'stop'],
    [' stop ', 'stop'],
    ['Stop 🛑', 'stop'],
    ['stop\n', 'stop'],
    ['STOPALL', 'stopall'],
    ['stop all', 'stop all'],
    ['Stop All!', 'stop all'],
    ['unsubscribe', 'unsubscribe'],
    ['UNSUBSCRIBE.', 'unsubscribe'],
    ['Cancel', 'cancel'],
    ['END', 'end'],
    ['quit', 'quit'],
    ['Revoke', 'revoke'],
    ['OPTOUT', 'optout'],
    ['OPT OUT', 'opt out'],
    ['opt-out', 'opt out'],
    ['Opt out!', 'opt out'],
    ['ＳＴＯＰ', 'stop'],
  ])('%j is the stop keyword', (body, matched) => {
    expect(classifyKeyword(body)).toEqual({ keyword: 'stop', matched });
  });

  it.each(['START', 'start', 'Start!', 'UNSTOP', 'unstop.'])('%j is the start keyword', (body) => {
    expect(classifyKeyword(body).keyword).toBe('start');
  });

  it.each(['HELP', 'help', 'Help?', 'INFO', 'info.'])('%j is the help keyword', (body) => {
    expect(classifyKeyword(body).keyword).toBe('help');
  });

  it('counts YES as start only for a contact who is opted out', () => {
    expect(classifyKeyword('YES', { optedOut: true })).toEqual({ keyword: 'start', matched: 'yes' });
    expect(classifyKeyword('Yes!', { optedOut: true }).keyword).toBe('start');
    expect(classifyKeyword('YES', { optedOut: false }).keyword).toBeNull();
    expect(classifyKeyword('yes').keyword).toBeNull();
  });

  it.each([
    'stop by saturday',
    'stop please',
    'please stop',
    'help me find a house',
    'I need info on 12 Main St',
    'yes please',
    'end of the month works',
    'cancel my showing',
    'stopped by yesterday',
    'stops',
    '',
    '   ',
    '🛑',
  ])('%j is not a keyword', (body) => {
    expect(classifyKeyword(body, { optedOut: true }).keyword).toBeNull();
  });
});

/** Plain-language revocations, with the channel each one concerns. */
const REVOCATIONS: readonly (readonly [string, OptOutChannel])[] = [
  // from the issue
  ['stop texting me', 'sms'],
  ['please stop messaging me', 'sms'],
  ['remove me from your list', 'all'],
  ['take me off your list', 'all'],
  ['wrong number', 'all'],
  ['you have the wrong person', 'all'],
  ['unsubscribe me', 'sms'],
  ['leave me alone', 'all'],
  ['lose my number', 'all'],
  ['do not contact me', 'all'],
  ["don't text me anymore", 'sms'],
  ['no more texts', 'sms'],
  ['not interested stop', 'sms'],
  ['I never signed up for this, stop', 'all'],
  ['please don’t call, text only', 'voice'],
  ['stop calling me', 'voice'],
  ["don't call or text", 'all'],
  ['f*** off', 'sms'],
  ['fuck off', 'sms'],
  ['go away', 'all'],
  ['who is this? stop', 'sms'],
  ['quit texting me', 'sms'],
  ['cease and desist', 'all'],
  ["I'm on the do not call list", 'all'],
  // carrier keywords are revocations too
  ['STOP', 'sms'],
  ['Stop.', 'sms'],
  ['STOP!!', 'sms'],
  [' stop ', 'sms'],
  ['Stop 🛑', 'sms'],
  ['opt-out', 'sms'],
  ['Stop all', 'sms'],
  ['END', 'sms'],
  // typos and shorthand
  ['pls stop txting me', 'sms'],
  ['plz stop texing me', 'sms'],
  ['dont msg me again', 'sms'],
  ['u have the wrong number', 'all'],
  ['Sorry, wrong #', 'all'],
  ['im not intrested, pls stop contacting me', 'all'],
  ['stoppp', 'sms'],
  ['k stop', 'sms'],
  ['STOP STOP STOP', 'sms'],
  ['fck off', 'sms'],
  ['F off', 'sms'],
  ['unsubcribe', 'sms'],
  ['stop massaging me', 'sms'],
  // stop + what to stop
  ['STOP texting this number', 'sms'],
  ['Stop sending me these messages', 'sms'],
  ['please stop sending me listings', 'sms'],
  ['stop sending', 'sms'],
  ['Stop contacting me.', 'all'],
  ['stop reaching out', 'all'],
  ['Please stop reaching out to me', 'all'],
  ['stop calling my cell', 'voice'],
  ['Stop messaging this number', 'sms'],
  // bothering names no channel: every way we reach them (the corpus labels "quit bugging me" all)
  ['stop bothering me', 'all'],
  ['quit bugging me', 'all'],
  ['Stop harassing me', 'all'],
  ['stop spamming me', 'sms'],
  ['stop blowing up my phone', 'all'],
  ['Enough with the texts!', 'sms'],
  ['we already bought a house, please stop the texts', 'sms'],
  ['You people need to stop calling me', 'voice'],
  ['Stop contacting me or I will report you to the FCC', 'all'],
  ["you won't stop texting me", 'sms'],
  // bare stop in context
  ['stop it', 'sms'],
  ['stop now', 'sms'],
  ['Please stop', 'sms'],
  ['stop please', 'sms'],
  ['Ok stop', 'sms'],
  ['No. Stop.', 'sms'],
  ['can you stop', 'sms'],
  ['I need you to stop', 'sms'],
  ['I told you to stop', 'sms'],
  ['i said stop', 'sms'],
  ['please make it stop', 'sms'],
  ['The texts need to stop', 'sms'],
  ['stop!!! who is this', 'sms'],
  ['stop who is this', 'sms'],
  ["Stop, I'm not interested", 'sms'],
  ["stop i'm not interested", 'sms'],
  ['STOP wrong number', 'all'],
  ['Stop texting me. I bought a house already', 'sms'],
  ['Wrong person, stop texting', 'all'],
  ['Not interested. Revoke.', 'sms'],
  // prohibitions
  ['dont ever text me again', 'sms'],
  ["don't call me", 'voice'],
  ["don't text me", 'sms'],
  ['Do not text this number', 'sms'],
  ["don't message me here", 'sms'],
  ['please don’t contact me again', 'all'],
  ["I'm not interested. Don't text me", 'sms'],
  ['never contact me again', 'all'],
  ['do not email or text me', 'all'],
  ['I asked you not to text me', 'sms'],
  ['do not call me ever again', 'voice'],
  ["don't call this number again", 'voice'],
  ['no more calls please', 'voice'],
  ['no calls', 'voice'],
  ['no texts, call me instead', 'sms'],
  ["don't text, call me instead", 'sms'],
  ['no more messages from you', 'sms'],
  ['No texts please', 'sms'],
  ['no more phone calls or texts', 'all'],
  ["don't send me anything else", 'sms'],
  // not wanted
  ['I no longer wish to receive text messages', 'sms'],
  ["I don't want any more calls", 'voice'],
  ["I don't want to be contacted", 'all'],
  ['i dont want to hear from you again', 'all'],
  ['not interested in receiving texts', 'sms'],
  ["I don't want your texts", 'sms'],
  ["I don't want you to text me anymore", 'sms'],
  // removal
  ['delete my number', 'all'],
  ['Delete my number from your system', 'all'],
  ['take my number off your list', 'all'],
  ['get me off this list', 'all'],
  ['remove us', 'all'],
  ['Please remove me', 'all'],
  ['forget my number', 'all'],
  ['Take us off your contact list', 'all'],
  ['remove my info', 'all'],
  ['not interested, remove me', 'all'],
  ['remove my phone number from your database please', 'all'],
  // unsubscribe and opt out
  ['opt me out', 'sms'],
  ['Unsubscribe please', 'sms'],
  ['how do I unsubscribe', 'sms'],
  ['I already unsubscribed', 'sms'],
  ['I want to opt out of these texts', 'sms'],
  // wrong person
  ["this isn't Dan's number", 'all'],
  ['No one here by that name', 'all'],
  ["you've got the wrong guy", 'all'],
  ['You texted the wrong number', 'all'],
  ['Not the right person', 'all'],
  ['this is the wrong number', 'all'],
  ['you have me confused with someone else', 'all'],
  // hostility
  ['leave me the f alone', 'all'],
  ['please just leave us alone', 'all'],
  ['piss off', 'sms'],
  ['get lost', 'all'],
  ['go to hell', 'sms'],
  ['screw you', 'sms'],
  ['STFU', 'sms'],
  ['shut up', 'all'],
  ['Go away!!', 'all'],
  // consent
  ['I revoke my consent to be contacted', 'all'],
  ['you do not have my permission to text me', 'all'],
  ['you are texting me without my consent', 'all'],
  ['i never opted in', 'all'],
  ['I never gave you my number', 'all'],
  ["I didn't ask for these texts", 'sms'],
  ['please put me on your do not call list', 'all'],
  ['add me to your DNC', 'all'],
  // complaints
  ['Why do you keep texting me?', 'sms'],
  ['why r u still texting me', 'sms'],
  ['you keep texting me', 'sms'],
  ['this is harassment', 'sms'],
  ['This is spam', 'sms'],
  ["I'm blocking this number", 'sms'],
  ['I will report you', 'sms'],
  ["I'm reporting this number as spam", 'sms'],
  ['How many times do I have to tell you', 'sms'],
  // more, written after the rules as a check on them
  ['Please remove this number from your contact list', 'all'],
  ['Stop sending me texts', 'sms'],
  ["I'm not interested anymore, please stop", 'sms'],
  ['Who gave you my number? Stop texting me', 'sms'],
  ['STOP. This is not John', 'sms'],
  ['Stop txt', 'sms'],
  ['pls remove', 'all'],
  ['we found a house, please take us off', 'all'],
  ['Do not contact this number again', 'all'],
  ['Quit calling', 'voice'],
  ['Stop the calls', 'voice'],
  ['I want these texts to stop', 'sms'],
  ['Please cease all communication', 'all'],
  ["I'm not the person you're looking for", 'all'],
  ['Sorry, you must have the wrong number', 'all'],
  ['Unsubscribe me from this list', 'sms'],
  ["Don't want any more texts", 'sms'],
  ['Please no more texts', 'sms'],
  ['Knock it off', 'all'],
  ['I never requested this', 'all'],
  ['Stop calling and texting me', 'all'],
  ['You can stop texting me now', 'sms'],
  ['I am not selling, remove me', 'all'],
];

/** Messages that mention stopping, ending, calling or lists but do not revoke anything. */
const NOT_REVOCATIONS: readonly string[] = [
  // from the issue
  'can we stop by Saturday?',
  'we want to end our lease in June',
  "don't stop sending listings",
  "I can't stop looking at that house",
  'is the open house cancelled?',
  'stop sign on the corner',
  "what's the bus stop nearby",
  'is it near the end of the street',
  'please text me the address',
  'call me after 5',
  'no thanks to the condo but yes to the house',
  'not interested in condos',
  // stop as a place or a visit
  'Can you stop by the office tomorrow?',
  'Please stop by the open house on Sunday',
  'Where should we stop first?',
  'Is there a bus stop close to the house?',
  "That's the last stop on the tour",
  'We should stop at the bank first',
  'Is the house near a stop sign?',
  'My wife says stop by anytime',
  "We'll be out of town, stop back next week",
  'when does the bus stop running',
  // stop about something else
  'The seller wants to stop showings until the inspection',
  "Don't stop texting me listings, I love them!",
  "don't stop",
  'The texts are super helpful, please don’t stop!',
  'Stop worrying about the price, we can negotiate',
  'Do you ever stop working? lol',
  'Ugh I can’t stop thinking about that porch',
  'Did the calls from the lender stop?',
  "If it's still available, don't stop the showing",
  // end, cancel, quit in other senses
  'I just quit my job so I need something cheaper',
  'Can we cancel the call tomorrow and do Friday instead?',
  'Cancel my 3pm showing',
  'We need to end the lease early',
  "What's the end date of the lease?",
  'Can we end the showing at 4?',
  'My lease ends in June',
  'We had to cancel, can we reschedule the showing?',
  // contact requests and time preferences
  'Text me when you’re free',
  'Call me anytime',
  "don't call me before noon",
  'please don’t text me after 9pm',
  "Don't call me at work, text instead",
  "I don't text much, call me",
  "if you don't call me back I'll find another agent",
  "why don't you call me tomorrow",
  'please keep texting me updates',
  'keep me posted',
  'Yes please send me more listings',
  "I'm interested, call me",
  'Please call me, I don’t check texts',
  "I'm on a call, text me",
  'Could you call the seller and ask?',
  "don't text the seller yet",
  "Please don't call the listing agent directly",
  'text me the lockbox code',
  'No calls from the lender yet?',
  'no text from you yet, everything ok?',
  "I don't want to miss any texts about new listings",
  // wrong, remove, take in other senses
  'You gave me the wrong number for the lockbox',
  'The listing has the wrong number of bedrooms',
  "wrong address, it's 12 Main St",
  'I sent you the wrong number, this is my new one',
  'Is this the right number for the listing agent?',
  'Who is this?',
  'Remove the carpet in the bedroom?',
  'remove my name from the offer',
  'Can you take me to see the house on Maple?',
  'take the house off the market',
  'Take me out to see it Saturday',
  'Leave the keys in the lockbox',
  "We're going away for the weekend, can we talk Monday?",
  'Get lost in the beauty of this backyard',
  // lists, unsubscribing and opting out of other things
  "I'm not on the do not call list, you can call",
  'Unsubscribed from Zillow, just want to work with you',
  'Can I opt out of the HOA?',
  'The contract says no solicitation signs in the yard',
  "There's no contact info on the listing",
  'Do not disturb mode was on, sorry',
  // plain wants and don't-wants
  "I don't want a condo, I want a house",
  "I don't need a realtor yet",
  'no more than 3 bedrooms please',
  'no more houses in that area',
  'Holy shit that kitchen is amazing',
  'Are there any HOA restrictions?',
  'Can you text my husband too?',
  // more, written after the rules as a check on them
  'Can we stop at the coffee shop on the way?',
  "I'll stop in tomorrow",
  'We need to stop and think',
  'Please end the listing agreement',
  'Remove the listing from my favorites',
  "What's your cancel policy?",
  "Don't text while driving lol",
  'no calls during dinner please',
  'Never mind, I found the address',
  'I never got your text',
  'Do they stop the water before closing?',
  "Let's end here for today",
  'The seller told me to stop calling him',
  'My agent said to stop texting the seller directly',
  'you have the wrong address',
  'Call me or text me, either is fine',
  "it's not the number I gave you",
  'please remove the sign from the yard',
];

describe('detectOptOut', () => {
  it.each(REVOCATIONS)('%j revokes (%s)', (body, channel) => {
    expect(detectOptOut(body)?.channel).toBe(channel);
  });

  it.each(NOT_REVOCATIONS)('%j does not revoke', (body) => {
    expect(detectOptOut(body)).toBeNull();
  });

  it('covers at least 60 revocations and 60 look-alikes', () => {
    expect(REVOCATIONS.length).toBeGreaterThanOrEqual(60);
    expect(NOT_REVOCATIONS.length).toBeGreaterThanOrEqual(60);
  });

  it('gives a stable reason code, never the text', () => {
    expect(detectOptOut('STOP')).toEqual({ channel: 'sms', reason: 'carrier_keyword' });
    expect(detectOptOut('wrong number')).toEqual({ channel: 'all', reason: 'wrong_number' });
    expect(detectOptOut('take me off your list')).toEqual({ channel: 'all', reason: 'remove_request' });
    expect(detectOptOut("I'm on the do not call list")).toEqual({
      channel: 'all',
      reason: 'do_not_call_list',
    });
    expect(detectOptOut('fuck off')).toEqual({ channel: 'sms', reason: 'hostile' });
  });
});

describe('classifyInbound', () => {
  it.each([
    [
      'STOP',
      false,
      { keyword: 'stop', optOut: { channel: 'sms', reason: 'carrier_keyword' }, possibleOptOut: null },
    ],
    ['HELP', false, { keyword: 'help', optOut: null, possibleOptOut: null }],
    ['START', true, { keyword: 'start', optOut: null, possibleOptOut: null }],
    ['YES', true, { keyword: 'start', optOut: null, possibleOptOut: null }],
    ['yes', false, { keyword: null, optOut: null, possibleOptOut: null }],
    [
      'please stop texting me',
      false,
      { keyword: null, optOut: { channel: 'sms', reason: 'stop_request' }, possibleOptOut: null },
    ],
    [
      'stop calling me',
      true,
      { keyword: null, optOut: { channel: 'voice', reason: 'stop_request' }, possibleOptOut: null },
    ],
    ['Can we stop by Saturday?', false, { keyword: null, optOut: null, possibleOptOut: null }],
  ])('%j (opted out: %s)', (body, optedOut, expected) => {
    expect(classifyInbound(body, { optedOut })).toEqual(expected);
  });
});
