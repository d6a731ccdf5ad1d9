/**
 * Small lexicons the policy acts on: signs that the lead is frustrated, asks something only a licensed
 * person should answer, is no longer in the market, or answers yes or no. Each reads lower-cased text
 * with straight apostrophes (see `plain`).
 */

export function plain(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const FRUSTRATION = [
  /\b(?:annoy(?:ing|ed)|ridiculous|frustrat\w*|useless|pointless|unhelpful|not helpful|terrible|horrible)\b/,
  /\bwaste of (?:my |our )?time\b/,
  /\b(?:stop|quit) asking\b/,
  /\b(?:i|we) (?:already|just) (?:told|said|answered|gave)\b/,
  /\balready (?:told|answered) you\b/,
  /\bare you (?:even )?(?:listening|reading)\b/,
  /\byou(?:'re| are) not (?:listening|helping|understanding)\b/,
  /\b(?:so|too) many questions\b/,
  /\bwtf\b|\bf+u+c+k\w*|\bs+h+i+t+\b/,
  /\bthis is (?:a )?joke\b/,
  /\bugh+\b/,
];

const LEGAL = [
  /\b(?:lawyer|attorney|lawsuit|litigation|probate|eviction|evict|easement|lien|liens)\b/,
  /\blegal(?:ly)?\b/,
  /\b(?:sue|suing|sued)\b/,
  /\b(?:contract|title) (?:dispute|issue|problem|defect)s?\b/,
  /\bbreach of contract\b|\bliabilit(?:y|ies)\b|\bfair housing\b|\bdiscriminat\w*/,
  /\bget out of (?:the|my|our) contract\b|\bback out of (?:the|my|our) (?:contract|deal)\b/,
];

const LENDING = [
  /\b(?:interest|mortgage) rates?\b|\brates? (?:are|is) (?:you|they|now|today)\b|\bwhat rate\b/,
  /\bdown ?payment\b|\bcredit score\b|\bdebt.to.income\b|\bdti\b|\bapr\b/,
  /\b(?:fha|va|usda|jumbo|conventional) loans?\b|\bpmi\b|\bclosing costs?\b/,
  /\bhow much (?:can|could) (?:i|we) (?:afford|borrow|get approved for)\b/,
  /\b(?:qualify|approved) for (?:a |the )?(?:loan|mortgage)\b/,
  /\bloan (?:officer|amount|options|program|programs|terms)\b|\brefinanc\w*|\b(?:good|recommend\w*) (?:a )?lender\b/,
];

const NOT_INTERESTED = [
  /\bnot interested\b(?! in\b)/,
  /\bno longer (?:interested|looking|moving|selling|buying)\b/,
  /\bnot (?:looking|moving|selling|buying) (?:anymore|any more)\b/,
  /\b(?:already|just) (?:bought|found|purchased|sold|closed|rented|signed)\b/,
  /\b(?:bought|found|rented) (?:a|one|something) already\b/,
  /\b(?:working|work|going) with (?:another|a different|my own|an?) (?:agent|realtor|broker)\b/,
  /\b(?:have|got) (?:an?|my own) (?:agent|realtor|broker)(?: already)?\b/,
  /\bchanged (?:my|our) minds?\b|\bdecided (?:not to|to stay)\b/,
];

const ABOUT_ASSISTANT =
  /\b(?:are|is) (?:you|this|u) (?:a |an )?(?:bot|robot|ai|computer|machine|automated|real|human|real person|actual person)\b/;

const YES =
  /^(?:yes|yeah|yea|ya|yep|yup|sure|correct|definitely|absolutely|of course|already|we are|i am|we have|i have|yes we are|yes i am|affirmative|👍|✅)\b|^(?:👍|✅)/u;
const NO =
  /^(?:no|nope|nah|not yet|not really|no not yet|nope not yet|negative|working on it|we're working on it|not at the moment|not right now|not now)\b/;
const UNSURE =
  /\b(?:not sure|unsure|no idea|idk|don't know|dont know|haven't decided|havent decided|no rush|just (?:looking|browsing)|depends)\b/;
const THANKS = /^(?:thanks|thank you|thx|ty|tysm|thank u|appreciate it|much appreciated)\b/;

const VISIT =
  /\b(?:stop by|come by|swing by|drop by|come see|come look|see (?:it|inside|the (?:house|home|place|property|condo|unit|listing))|tour|showing|walk ?through|look at (?:it|the (?:house|home|place)))\b/;

const any = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text));

export const isFrustrated = (text: string): boolean => any(FRUSTRATION, plain(text));
export const isLegalQuestion = (question: string): boolean => any(LEGAL, plain(question));
export const isLendingQuestion = (question: string): boolean => any(LENDING, plain(question));
export const isNotInterested = (text: string): boolean => any(NOT_INTERESTED, plain(text));
export const asksAboutAssistant = (question: string): boolean => ABOUT_ASSISTANT.test(plain(question));
/** "can Maria call me?", "I'd like to talk to Maria": the agent, by name. */
export function asksForAgent(text: string, agentFirstName: string | null): boolean {
  if (!agentFirstName) return false;
  const name = agentFirstName.toLowerCase().replace(/[^a-z]/g, '');
  if (name.length < 2) return false;
  const t = plain(text);
  return (
    new RegExp(`\\b${name}\\b.{0,20}\\b(?:call|text|reach out|contact|get back|ring)\\b`).test(t) ||
    new RegExp(`\\b(?:talk|speak|chat|meet)\\s+(?:to|with)\\s+${name}\\b`).test(t) ||
    new RegExp(`\\b(?:have|get|want|need)\\s+${name}\\b`).test(t)
  );
}

export const asksToVisit = (question: string): boolean => VISIT.test(plain(question));
export const saysYes = (text: string): boolean => YES.test(plain(text));
export const saysNo = (text: string): boolean => NO.test(plain(text));
export const isUnsure = (text: string): boolean => UNSURE.test(plain(text));
export const saysThanks = (text: string): boolean => THANKS.test(plain(text));

/** "ok thanks", "thank you!", "cool, ty": a thanks and nothing else, which closes the exchange for now. */
const ONLY_THANKS =
  /^(?:(?:ok|okay|k|kk|cool|great|perfect|sounds good|got it|will do|alright|awesome)[\s,!.]*)?(?:thanks|thank you|thx|ty|tysm|thank u|appreciate it|much appreciated)(?:\s+(?:so much|a lot|again))?[\s!.]*$/;
export const onlyThanks = (text: string): boolean => ONLY_THANKS.test(plain(text).trim());

const STOPWORDS = new Set(
  'a an the is are was were be do does did can could would will i we you it its this that to of in on for at and or my our your me us what whats how when where which who any there'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    plain(text)
      .replace(/[^\p{L}\p{N} ]/gu, ' ')
      .split(' ')
      .filter((word) => word.length > 1 && !STOPWORDS.has(word)),
  );
}

/** The same question asked again: most of its words were in an earlier question of the lead's. */
export function repeatsQuestion(question: string, earlier: readonly string[]): boolean {
  const words = contentWords(question);
  if (words.size < 2) return false;
  return earlier.some((previous) => {
    const before = contentWords(previous);
    let shared = 0;
    for (const word of words) if (before.has(word)) shared += 1;
    return shared / Math.max(words.size, before.size) >= 0.75;
  });
}

const UNANSWERED = [
  /\b(?:you|u|nobody|no one|no1) (?:still )?(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|has not) (?:answer(?:ed)?|respond(?:ed)? to|repl(?:y|ied) to|address(?:ed)?|got back to me (?:on|about)|get back to me (?:on|about))\b/,
  /\b(?:you|u) (?:ignored|skipped|missed|dodged) my (?:question|q)\b/,
  /\b(?:didn'?t|did not|never) (?:get|got|receive|received) an? (?:answer|reply|response)\b/,
  /\b(?:still )?waiting (?:on|for) (?:an? )?(?:answer|reply|response)\b/,
  /\bwhat about my (?:question|q)\b/,
  /\b(?:that|this) (?:doesn'?t|does not|didn'?t|did not) answer my question\b/,
  /\banswer my question\b/,
];

/** "you didn't answer my question about the HOA": the lead says a question of theirs went unanswered. */
export const saysUnanswered = (text: string): boolean => any(UNANSWERED, plain(text));

/**
 * The question a lead means by "my question about the HOA": the latest earlier text of theirs that names
 * the topic (or, with no topic, the latest that asked something), else the complaint itself.
 */
export function questionMeant(text: string, earlier: readonly string[]): string {
  const topic = /\bquestion (?:about|on|regarding|re|for) ([^?.!,;]{2,60})/.exec(plain(text))?.[1];
  const words = topic ? contentWords(topic) : new Set<string>();
  const asked = [...earlier].reverse();
  const match =
    words.size > 0
      ? asked.find((previous) => [...contentWords(previous)].some((word) => words.has(word)))
      : asked.find((previous) => previous.includes('?'));
  return match ?? text;
}
