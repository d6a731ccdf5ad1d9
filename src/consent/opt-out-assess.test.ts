import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessOptOut, classifyInbound } from './keywords.js';
import { bandOf } from './optout-model/heads.js';
import { OPTOUT_WEIGHTS } from './optout-model/weights.generated.js';

const decisionOf = (text: string) => assessOptOut(text).decision;

describe('negation scope', () => {
  it.each([
    "don't stop sending listings",
    "I haven't unsubscribed, just been busy",
    "haven't unsubscribed, just been busy",
    "I'm not going to unsubscribe, relax",
    "I don't want you to stop texting me",
    'no need to stop texting me',
    'I never said stop',
    "I didn't say to stop texting",
    "don't remove me from the list, I'm still looking",
    "this isn't the wrong number, I'm Dan",
    'not wrong number, this is me',
    "it's not a wrong number lol, this is Omar, still house hunting",
    "wasn't me that typed stop, my kid had my phone. keep them coming",
    'not me who said stop, my husband was messing around',
    "don't text back yet, still asking my wife",
    "don't call back till monday, we're travelling",
    "I didn't block you, my phone died",
    "please don't leave me alone in this process lol",
    "the texts don't bother me",
    'no dejen de mandarme casas, me gustan',
  ])('%j is not revoked', (text) => {
    expect(decisionOf(text)).not.toBe('revoke');
  });

  it.each([
    "don't text me",
    'do not contact me',
    "you won't stop texting me",
    "I'm not interested, stop texting me",
    'not interested stop texting me',
    "I don't want any more texts",
    'no more texts please',
    'no me escriban más',
    "not buying anymore, don't text back",
    'we went with someone else. dont call back pls',
    'already bought, stop hitting me up',
    "we're all set, quit hitting us up pls",
  ])('%j is revoked', (text) => {
    expect(decisionOf(text)).toBe('revoke');
  });
});

describe('look-alikes', () => {
  it.each([
    'can we stop by saturday?',
    "what's the bus stop nearby",
    'is there a stop sign at the corner',
    "we'll stop at the bank first",
    'I stopped by the open house yesterday',
    'if I say stop will you stop sending listings?',
    'did you stop texting me?',
    'stop, this house is perfect!!',
    '"stop" is what my kid typed, ignore that',
    "there is a cease and desist on the neighbor's construction",
    'sent that to the wrong person, sorry',
    'the contract says no solicitation',
  ])('%j is not revoked', (text) => {
    expect(decisionOf(text)).not.toBe('revoke');
  });

  it('keeps a clear look-alike by rule, naming what it looked at', () => {
    const result = assessOptOut('Can we stop by Saturday?');
    expect(result).toMatchObject({ decision: 'keep', layer: 'rule', reason: null });
    expect(result.trigger).toContain('stop by');
  });
});

describe("a work phone's channel follows its words", () => {
  it.each([
    ["this is my work phone, don't text it", 'sms'],
    ["this is my work phone, don't call it", 'voice'],
    ["I'm at work and this is my work cell. no more texts please", 'sms'],
    ["you're texting my office number, please stop", 'sms'],
    ['this is my work phone', 'all'],
    ['my boss sees these texts, this is a work phone, stop', 'all'],
    ['work phone. do not contact me here', 'all'],
    ["Please don't call this number, it's my work line", 'voice'],
  ])('%j revokes %s', (text, channel) => {
    expect(assessOptOut(text)).toMatchObject({ decision: 'revoke', channel });
  });
});

describe('what the issue found missing', () => {
  it.each([
    ['this is my work phone', 'all', 'work_phone'],
    ["you're texting my work cell", 'sms', 'work_phone'],
    ['not my number anymore', 'all', 'wrong_number'],
    ['I just got this number', 'all', 'wrong_number'],
    ['new phone who dis', 'all', 'wrong_number'],
    ["one more message and I'll sue", 'sms', 'threat'],
    ['go bother someone else', 'all', 'hostile'],
    ['take the hint', 'all', 'hostile'],
    ['please opt my number out', 'sms', 'unsubscribe'],
    ['persona equivocada', 'all', 'wrong_number'],
    ['ya basta', 'sms', 'stop_request'],
    ['los voy a demandar', 'all', 'threat'],
    ["this number belongs to my employer, please don't use it", 'all', 'work_phone'],
    ["it's my office line, no calls here please", 'voice', 'work_phone'],
    ['this is my work phone, no me escriban aquí porfa', 'sms', 'work_phone'],
    ['no más llamadas ni mensajes', 'all', 'stop_request'],
    ['no me llamen ni me escriban', 'all', 'stop_request'],
    ['no me llamen y gracias', 'voice', 'stop_request'],
    ['done with the search, take my number off pls', 'all', 'remove_request'],
    ["please no phone calls, I'll reach out when ready", 'voice', 'do_not_contact'],
    ['go find another sucker to text', 'sms', 'hostile'],
    ['find some other victim to call', 'voice', 'hostile'],
  ])('%j revokes %s (%s)', (text, channel, reason) => {
    expect(assessOptOut(text)).toMatchObject({ decision: 'revoke', channel, reason, layer: 'rule' });
  });

  it.each([
    'stop sending me houses',
    "I'm done with these texts",
    'no more mensajes please',
    'stop mandando mensajes',
    'please ya no me escriban',
    'leave me alone, no me interesa',
    'remove my number por favor',
  ])('%j stops automated texts (revoke or uncertain)', (text) => {
    expect(decisionOf(text)).not.toBe('keep');
  });
});

describe('assessOptOut', () => {
  it('answers a carrier keyword from the keyword layer with the word matched', () => {
    expect(assessOptOut('STOP')).toEqual({
      decision: 'revoke',
      channel: 'sms',
      score: 1,
      reason: 'carrier_keyword',
      trigger: 'stop',
      layer: 'keyword',
    });
  });

  it('reports the clause a rule read and a stable reason code', () => {
    expect(assessOptOut('Thanks for the info. Please remove me from your list')).toMatchObject({
      decision: 'revoke',
      channel: 'all',
      score: 1,
      reason: 'remove_request',
      trigger: 'please remove me from your list',
      layer: 'rule',
    });
  });

  it("puts the classifier's score in the bands the thresholds set", () => {
    const { low, high } = OPTOUT_WEIGHTS.thresholds;
    expect(low).toBeLessThan(high);
    const texts = [
      'i prefer texts',
      'saw your listing',
      'hard pass',
      'meh',
      'we are good for now',
      'bye forever',
    ];
    for (const text of texts) {
      const result = assessOptOut(text);
      if (result.layer !== 'model') continue;
      expect(result.decision).toBe(bandOf(result.score, { low, high }, false));
      expect(result.reason).toBe(result.decision === 'revoke' ? 'plain_language' : null);
      if (result.decision !== 'keep') expect(result.trigger).toBeTruthy();
    }
  });

  it('bands: revoke at or above high, keep at or below low, uncertain between; a look-alike never revokes', () => {
    const t = { low: 0.2, high: 0.9 };
    expect(bandOf(0.95, t, false)).toBe('revoke');
    expect(bandOf(0.9, t, false)).toBe('revoke');
    expect(bandOf(0.5, t, false)).toBe('uncertain');
    expect(bandOf(0.2, t, false)).toBe('keep');
    expect(bandOf(0.05, t, false)).toBe('keep');
    expect(bandOf(0.95, t, true)).toBe('uncertain');
    expect(bandOf(0.5, t, true)).toBe('keep');
  });

  it('sends a doubt the classifier would revoke to a person instead', () => {
    // Both score at or above `high`; the words say the person has not decided.
    for (const text of ['hmm not sure I want these anymore', 'not sure i want these texts anymore']) {
      expect(assessOptOut(text)).toMatchObject({ decision: 'uncertain', layer: 'model' });
      expect(assessOptOut(text).score).toBeGreaterThanOrEqual(0.95);
    }
    // A rule's revocation is not a guess: a hedge beside it changes nothing.
    expect(decisionOf('maybe just stop texting me')).toBe('revoke');
  });

  it('never throws on odd input: nothing to read keeps, gibberish is never revoked', () => {
    for (const text of ['', '   ', '🛑', '\u0000\u0001', '?'.repeat(5000), '0'.repeat(300)]) {
      expect(assessOptOut(text)).toMatchObject({ decision: 'keep', trigger: null });
    }
    for (const text of ['a'.repeat(100_000), 'zxqv wqpl', 'ab '.repeat(3000)]) {
      const result = assessOptOut(text);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(1);
      expect(result.decision).not.toBe('revoke');
    }
  });

  it('keeps uncertain rare on the ordinary lead texts of the development corpus', () => {
    const file = path.join(import.meta.dirname, '..', '..', 'eval', 'messages.jsonl');
    const texts = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; expected: { optOut?: unknown } })
      .filter((item) => !item.expected.optOut)
      .map((item) => item.text);
    const uncertain = texts.filter((text) => assessOptOut(text).decision === 'uncertain');
    expect(texts.length).toBeGreaterThan(300);
    expect(uncertain.length / texts.length).toBeLessThanOrEqual(0.05);
  });
});

describe('classifyInbound', () => {
  it('sets optOut only for revoke, and possibleOptOut with score and trigger for uncertain', () => {
    const texts = ['please stop texting me', 'can we stop by saturday?', 'hard pass', 'bye forever', 'meh'];
    for (const text of texts) {
      const assessment = assessOptOut(text);
      const result = classifyInbound(text, { optedOut: false });
      if (assessment.decision === 'revoke') {
        expect(result.optOut).toEqual({ channel: assessment.channel, reason: assessment.reason });
        expect(result.possibleOptOut).toBeNull();
      } else if (assessment.decision === 'uncertain') {
        expect(result.optOut).toBeNull();
        expect(result.possibleOptOut).toEqual({
          channel: assessment.channel,
          score: assessment.score,
          trigger: assessment.trigger,
        });
      } else {
        expect(result).toEqual({ keyword: null, optOut: null, possibleOptOut: null });
      }
    }
  });
});

describe('the channel of a threat, complaint or dismissal is the one it speaks of', () => {
  it.each([
    ["one more text and I'll sue", 'sms'],
    ['keep calling and I will sue', 'voice'],
    ['This is harassment. Contact me again and I file a complaint', 'all'],
    ['go bother someone else', 'all'],
    ['This is spam', 'sms'],
  ])('%j → %s', (text, channel) => {
    const a = assessOptOut(text);
    expect(a.decision).toBe('revoke');
    expect(a.channel).toBe(channel);
  });
});

describe('a threat that hangs on more contact', () => {
  it.each([
    ["keep calling and you'll be hearing from my lawyer", 'voice'],
    ["If you text me one more time I'm filing a complaint", 'sms'],
  ])('%j revokes %s', (text, channel) => {
    const a = assessOptOut(text);
    expect(a.decision).toBe('revoke');
    expect(a.channel).toBe(channel);
  });

  it.each([
    'my lawyer will call you tomorrow',
    'can you call me again? my attorney has questions',
    'if you call me tomorrow I can tell you about my complaint with the HOA',
  ])('%j does not', (text) => {
    expect(assessOptOut(text).decision).not.toBe('revoke');
  });
});

describe('unsubscribing from a channel named', () => {
  it.each([
    ["I'd like to opt out of all communication", 'all'],
    ['unsubscribe me from the calls', 'voice'],
    ['opt out of everything', 'all'],
  ])('%j revokes %s', (text, channel) => {
    const a = assessOptOut(text);
    expect(a.decision).toBe('revoke');
    expect(a.channel).toBe(channel);
  });

  it('"I opted out of the HOA emails" is about someone else', () => {
    expect(assessOptOut('I opted out of the HOA emails').decision).toBe('keep');
  });
});

describe('the person sought is not on this line', () => {
  it.each([
    "new number, he doesn't live here",
    "this is a new number, whoever you're looking for doesn't have it anymore",
    'es un número nuevo, esa persona ya no lo tiene. bórrenlo por favor',
    "This number was reassigned to me. I'm not your client.",
  ])('%j revokes everything', (text) => {
    const a = assessOptOut(text);
    expect(a.decision).toBe('revoke');
    expect(a.channel).toBe('all');
  });

  it.each([
    "he doesn't live here anymore but I do and I want to buy",
    "my husband doesn't have the listing link, can you resend",
    "she doesn't have this number saved, text her again",
  ])('%j does not revoke', (text) => {
    expect(assessOptOut(text).decision).not.toBe('revoke');
  });
});

describe('dismissals, threats, lines and channels said in other words', () => {
  it.each([
    ["we're all set, would you mind taking me off your texts?", 'sms', 'remove_request'],
    ['take me off your call list', 'voice', 'remove_request'],
    ["got a new number, don't know any Mike. take it off your list", 'all', 'remove_request'],
    ['im not your client so knock it off', 'all', 'hostile'],
    ["move along, we're not buying", 'all', 'hostile'],
    ['cut it out with the calls', 'voice', 'hostile'],
    ['go find somebody else to bother', 'all', 'hostile'],
    ["I'm on the do not call list, next call gets reported", 'voice', 'do_not_call_list'],
    ["I'm on the do not call list", 'all', 'do_not_call_list'],
    ['text me one more time and ill block you', 'sms', 'threat'],
    ['you called 4 times. one more and im reporting you', 'voice', 'threat'],
    ['stop texting me im at the office', 'sms', 'stop_request'],
    ['the robocalls have to stop', 'voice', 'stop_request'],
    ['I think this message was meant for somebody else', 'all', 'wrong_number'],
    ["work cell, can't take calls on here", 'voice', 'work_phone'],
    ['no vuelvas a llamar a este teléfono', 'voice', 'stop_request'],
  ])('%j revokes %s (%s)', (text, channel, reason) => {
    expect(assessOptOut(text)).toMatchObject({ decision: 'revoke', channel, reason, layer: 'rule' });
  });

  it.each([
    'why did I stop getting the listings? never asked to be removed',
    "I'm not saying stop, just slow down a bit",
    'no les pido que paren, nomás ando ocupado',
    'mi esposo puso stop pero yo quiero seguir recibiendo casas',
    'is this a robot? put me through to a real person',
    "don't call me at work",
    'ya no busco en hialeah, mejor en doral',
    'pare de buscar en otro lado, ustedes son los mejores',
    'no es número equivocado, soy yo, Marisol',
    'stop showing me stuff downtown, too noisy',
  ])('%j is kept', (text) => {
    expect(assessOptOut(text).decision).toBe('keep');
  });

  it.each([
    'please take it off the list of showings',
    "can I see one more and then I'll report back",
    'the house was meant for someone else',
    'i meant that for someone else sorry',
    "stop texting, I'll reach out when ready",
    'the house belongs to my employer',
    'take me off the ones in mesa',
    'go find another house to look at',
  ])('%j is not revoked', (text) => {
    expect(assessOptOut(text).decision).not.toBe('revoke');
  });
});
