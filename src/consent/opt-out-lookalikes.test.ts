import { describe, expect, it } from 'vitest';
import { assessOptOut } from './keywords.js';

const decision = (text: string) => assessOptOut(text).decision;

describe('look-alikes: a stop word about something else is not a revocation', () => {
  it.each([
    'stop the bidding war madness lol',
    'stop renting and start owning',
    'stop playing, that price is insane',
    'no more open houses for us this weekend',
    'no more showings til january',
    'take it off market',
    'we had to cancel the inspection',
    'cancel my lease, need to move asap',
    "at least 300k, don't send stuff below that",
    'no need to call, texting is easier',
  ])('%j is not revoked', (text) => {
    expect(decision(text)).not.toBe('revoke');
  });

  it.each([
    'yes please continue texting me',
    'Ignore my last msg, I do want the texts',
    'perdón, mi hijo escribió STOP por error, sigan mandando',
    'para nada, no quiero que paren, me gustan las casas que mandan',
    'my kid typed stop by mistake lol',
  ])('%j asks for the texts to go on: keep', (text) => {
    expect(decision(text)).toBe('keep');
  });

  it.each([
    'stop texting me',
    'quit bugging me',
    'stop the texts',
    'no more texts',
    'stop this',
    "don't send stuff anymore",
    'why do you keep texting me',
    "keep texting me and I'll report you",
  ])('%j still revokes', (text) => {
    expect(decision(text)).toBe('revoke');
  });
});

describe('revocations said politely, as dismissals or about the line', () => {
  it.each([
    ["I'm all set, no need to keep reaching out", 'not_wanted'],
    ['we went with another agent so no need to text anymore', 'not_wanted'],
    ["I appreciate the follow up but I'd prefer not to receive texts. Have a good day", 'not_wanted'],
    ["I'm good thanks, don't need a realtor", 'not_wanted'],
    ['enough with the voicemails', 'stop_request'],
    ["there's no Kevin here", 'wrong_number'],
    ['Not Jenna. Got this phone last month', 'wrong_number'],
    ["fyi this is a new number, whoever you're trying to reach isn't me", 'wrong_number'],
    ['New phone, new owner. Not interested in real estate', 'wrong_number'],
    ['the previous owner of this number moved away. please update your records', 'wrong_number'],
  ])('%j revokes (%s)', (text, reason) => {
    const a = assessOptOut(text);
    expect(a.decision).toBe('revoke');
    expect(a.reason).toBe(reason);
  });

  it.each([
    "we don't need an agent to tell us the price",
    'the previous owner left a mess',
    "we're the new owner of the house",
    'no pets here',
  ])('%j is no revocation', (text) => {
    expect(decision(text)).not.toBe('revoke');
  });

  it.each([
    'no es número equivocado, soy yo Rosa, sigo interesada',
    'no me dejen de mandar casas, sigo buscando',
  ])('%j (Spanish, negated) is not revoked', (text) => {
    expect(decision(text)).not.toBe('revoke');
  });
});

describe('more look-alikes', () => {
  it.each([
    'never stop sending me listings lol',
    'you sent the wrong link',
    'wrong zip, it is 78704',
    'take the pool off my wishlist',
  ])('%j is kept', (text) => {
    expect(decision(text)).toBe('keep');
  });

  it.each(['you never stop texting me', 'take my number off your list'])('%j still revokes', (text) => {
    expect(decision(text)).toBe('revoke');
  });
});

describe('asking who we are, or refusing the offered times', () => {
  it.each([
    'who is this?',
    'Who’s this??',
    'hey who are you',
    'none of those',
    'no thanks, none of those times work',
    'neither',
  ])('%j is kept: it is answered, not held for a person', (text) => {
    expect(decision(text)).toBe('keep');
  });

  it.each(['who is this? stop texting me', 'none of those, stop texting me'])('%j still revokes', (text) => {
    expect(decision(text)).toBe('revoke');
  });
});

describe('questions about a home', () => {
  it.each(['how many baths', 'ok and is it still available', 'what is the hoa', 'when can i see it'])(
    '%j is kept',
    (text) => {
      expect(decision(text)).toBe('keep');
    },
  );

  it.each([
    'how do i stop these texts',
    'is this a wrong number',
    'what is wrong with you people, leave me alone',
  ])('%j still revokes', (text) => {
    expect(decision(text)).toBe('revoke');
  });
});

describe('a pause is not a revocation', () => {
  it.each([
    'stop for now, still interested in the spring',
    'stop texting me for a couple weeks, we are moving',
    "stop texting me for now, I'll reach out when I'm ready",
    "we're pausing our search, stop sending listings for now",
    'please stop texting this week, I am at a funeral',
    'no me escriban por ahora, seguimos buscando en marzo',
  ])('%j is not revoked', (text) => {
    expect(decision(text)).not.toBe('revoke');
  });

  it.each(['stop texting me', 'stop texting me for good', 'for 3 days you keep texting me. stop texting me'])(
    '%j still revokes',
    (text) => {
      expect(decision(text)).toBe('revoke');
    },
  );
});

describe('a preference among homes is not a refusal of the texts', () => {
  it.each([
    'stop sending listings in Buda, only Kyle',
    'stop sending homes over 600',
    'paren de mandarme condos, quiero casa',
    'dejen de mandarme casas en Mesa, solo Tempe',
  ])('%j is kept', (text) => {
    expect(decision(text)).toBe('keep');
  });

  it.each(['stop sending me houses', 'deja de mandarme casas por favor', 'paren de mandarme mensajes'])(
    '%j still revokes',
    (text) => {
      expect(decision(text)).toBe('revoke');
    },
  );
});

describe('negation reaches inflected triggers and past a later subject', () => {
  it.each([
    'I do NOT want to be removed',
    'I never asked you to stop texting',
    'never said I wanted to quit',
  ])('%j is not revoked', (text) => {
    expect(decision(text)).not.toBe('revoke');
  });

  it('a complaint keeps its subject before the negation: "you never stop texting me" revokes', () => {
    expect(decision("you never stop texting me, I'm done")).toBe('revoke');
  });

  it('a bare stop beside praise of a price is delight', () => {
    expect(decision('stop, that is a great price!')).toBe('keep');
  });
});

describe('a text about the search alone', () => {
  it.each([
    'anywhere but Hialeah',
    'pagamos de contado',
    "whenever you're free",
    'off Lincoln Road preferably',
  ])('%j is kept, not sent to a person', (text) => {
    expect(decision(text)).toBe('keep');
  });

  it.each(["you're stalking me", 'see you in court', 'vete al diablo', 'lawsuit incoming'])(
    '%j is still at least uncertain',
    (text) => {
      expect(decision(text)).not.toBe('keep');
    },
  );
});

describe('wanting to go on, in other words', () => {
  it.each([
    'todavía no estoy listo, pero no dejes de escribirme',
    'llámenme por favor, prefiero hablar',
    'give me a ring at this number whenever',
    'no, no quiero vender, quiero comprar',
    'Boise but not downtown',
    'no more Kissimmee, the commute is killing me',
  ])('%j is kept', (text) => {
    expect(decision(text)).toBe('keep');
  });

  it.each(['I need you to cease sending listings to us for good', 'call me again and I will sue'])(
    '%j is still revoked',
    (text) => {
      expect(decision(text)).toBe('revoke');
    },
  );

  it('an inflected stop word asked politely is no look-alike', () => {
    expect(decision("i'd appreciate it if you stopped texting me")).not.toBe('keep');
  });
});

describe('a line written from, a question, a slip and a time limit', () => {
  it.each([
    'texting from my work phone, this is Maria',
    '¿de dónde sacaron mi número?',
    'no me llame en el trabajo, mejor mensaje',
    'sorry I said stop, I was on the wrong thread',
  ])('%j is not revoked', (text) => {
    expect(decision(text)).not.toBe('revoke');
  });

  it.each(['I accidentally signed up, stop texting me', 'this is my work phone, dont text it'])(
    '%j still revokes',
    (text) => {
      expect(decision(text)).toBe('revoke');
    },
  );
});

describe('a promise to write back is no pause unless it names when', () => {
  it.each([
    "stop texting me. if I'm ever interested I'll reach out",
    "we found a house, stop sending listings. I'll be in touch if we sell",
    'stop texting me, I’ll contact you if I need you',
  ])('%j revokes', (text) => {
    expect(decision(text)).toBe('revoke');
  });

  it('"until I say so" is no time limit', () => {
    expect(decision('stop texting me until I say so')).not.toBe('keep');
  });
});

describe('a wish narrowed or a feature refused is a live lead, kept without a person looking', () => {
  it.each([
    'pls stop showing me anything over 500k',
    'remove the garage from my must haves, it is not a dealbreaker',
    'detached, no shared walls',
    'no HOA please',
    'not Kyle anymore, we want Buda',
  ])('%j keeps', (text) => {
    expect(decision(text)).toBe('keep');
  });

  it.each([
    'stop sending me anything',
    'remove my number from your list',
    'I want off this list',
    'I want to be removed',
    'no more texts',
  ])('%j still revokes', (text) => {
    expect(decision(text)).toBe('revoke');
  });
});

describe('negation around the request, and the channel the words name', () => {
  it.each([
    'who said stop? not me. send me what u have in 85032',
    "no no no don't unsubscribe me, I hit the wrong button",
    'no quiero que dejen de mandarme opciones',
    'para nada quiero darme de baja, solo estaba ocupada',
  ])('%j is not revoked', (text) => {
    expect(decision(text)).not.toBe('revoke');
  });

  it.each([
    ['how many times do i have to tell you people to stop calling me', 'voice'],
    ['This is harassment. Stop calling me or I will contact my lawyer.', 'voice'],
    // a wrong number or consent never given stops everything, whatever the channel named
    ['i never gave u consent. stop messaging me or ill report u', 'all'],
    ['u have the wrong number pls stop texting', 'all'],
    ['wrong number', 'all'],
    ['quit bugging me', 'all'],
    ['stop spamming me', 'sms'],
    ["remove me now or I'm calling my attorney", 'all'],
    ['texting is fine but no more phone calls', 'voice'],
    ['You have been very kind but please no more calls or texts', 'all'],
  ])('%j revokes %s', (text, channel) => {
    const a = assessOptOut(text);
    expect(a.decision).toBe('revoke');
    expect(a.channel).toBe(channel);
  });
});

describe('a work line forbidden, and a list of refusals', () => {
  it.each([
    ['pls dont text me on my work cell, my boss sees these', 'sms'],
    ['dont call my work phone', 'voice'],
    ['no calls no texts nothing. thanks', 'all'],
    ['yeah no. delete my number and move on', 'all'],
  ])('%j revokes %s', (text, channel) => {
    const a = assessOptOut(text);
    expect(a.decision).toBe('revoke');
    expect(a.channel).toBe(channel);
  });

  it('a habit is no prohibition', () => {
    expect(assessOptOut('I dont call my work phone').decision).not.toBe('revoke');
  });
});
