import { CONTACT_WORDS, LIST_WORDS, type OptOutChannel, SENDABLE } from './data/opt-out-lexicon.js';
import { at, type Clause } from './opt-out-clauses.js';

/**
 * A stop word whose object is some other activity or thing: "stop renting", "quit my job", "stop the
 * bidding war", "cancel the inspection", "take it off the market", "no more open houses this weekend".
 * Such a clause asks nothing about texts or calls; it is a look-alike, like "stop by".
 */

/** Verbs that would revoke with a contact object. */
const VERBS = new Set([
  'stop',
  'quit',
  'end',
  'cancel',
  'cease',
  'halt',
  'take',
  'remove',
  'delete',
  'block',
]);

/** "-ing" activities a lead stops that are not contact: "stop renting", "quit looking", "stop playing". */
const OTHER_ACTIVITIES = new Set(
  `renting leasing looking searching shopping browsing scrolling touring house-hunting hunting bidding paying
  spending saving working playing worrying stressing overthinking waiting dreaming driving living thinking
  smoking drinking eating procrastinating stalling lowballing negotiating`.split(/\s+/),
);

/** Things a lead stops, ends or cancels that are not contact: their search, a lease, a deal, a job. */
const OTHER_THINGS = new Set(
  `job jobs lease leases bidding war wars search searching hunt offer offers contract contracts deal deals
  inspection inspections appraisal showing showings tour tours open house houses home homes listing car
  payments payment rent mortgage loan application process sale closing move renovation construction
  project plans plan clock music party game games ac heat water leak leaks renting market hoa pool pools walls
  stairs carpet basement garage yard hoas`.split(/\s+/),
);
const DETERMINERS = new Set([
  'the',
  'my',
  'our',
  'this',
  'that',
  'a',
  'an',
  'his',
  'her',
  'their',
  'it',
  'its',
]);

/** Whether the words from j name something other than contact: "renting", "my job", "the bidding war". */
function otherObject(t: Clause, j: number, bare = false): boolean {
  const first = at(t, j);
  if (OTHER_ACTIVITIES.has(first)) return true;
  let k = j;
  while (DETERMINERS.has(at(t, k))) k++;
  if (k === j && !bare) return false;
  const noun = at(t, k);
  if (noun === '' || CONTACT_WORDS.has(noun) || LIST_WORDS.has(noun) || SENDABLE.has(noun)) return false;
  // "take it off the market", "take the pool off my wishlist", "remove the garage from my must haves": a
  // listing or a wish, not a person
  if (['take', 'remove', 'delete'].includes(at(t, j - 1)) && t.slice(k).some((w) => TAKEN_OFF.has(w)))
    return true;
  if (at(t, j - 1) === 'take') return false;
  // "the listing alerts", "no more house texts": the thing is the messages about it
  const next = at(t, k + 1);
  if (CONTACT_WORDS.has(next) || SENDABLE.has(next) || LIST_WORDS.has(next)) return false;
  return OTHER_THINGS.has(noun) || OTHER_THINGS.has(next);
}

/** What a thing is taken off that is not a list of contacts. */
const TAKEN_OFF = new Set([
  'market',
  'wishlist',
  'search',
  'filter',
  'filters',
  'criteria',
  'favorites',
  'must',
  'musthaves',
  'requirements',
  'dealbreakers',
]);
/** "wrong link", "wrong zip": a mistake about a thing, not a wrong number. */
const WRONG_THINGS = new Set(
  'link links house home address zip zipcode listing one unit time date day pic pics photo photos price email button key option thread chat reply box'.split(
    ' ',
  ),
);

/** Whether the stop word at i ("stop", "quit", "no more"…) has another activity or thing as its object. */
export function otherObjectAt(t: Clause, i: number): boolean {
  const verb = at(t, i);
  if (verb === 'no' && at(t, i + 1) === 'more') return otherObject(t, i + 2, true);
  // "no shared walls", "no HOA": a feature of the home refused, not the texts
  if (verb === 'no') return otherObject(t, i + 1, true);
  if (verb === 'wrong') return WRONG_THINGS.has(at(t, i + 1));
  return VERBS.has(verb) && otherObject(t, i + 1);
}

/**
 * A text that asks for the texts to go on: "please keep sending them", "yes continue texting me", "I do
 * want the texts", "sigan mandando". "Why do you keep texting me" and "you keep calling" are complaints.
 */
const GO_ON =
  /(?:^|[^\p{L}])(?:(?:please|pls|yes|yeah|ok|and|just|do|can you|could you|you can|feel free to)\s+(?:keep|continue)(?:\s+on)?\s+(?:texting|sending|messaging|calling|emailing|reaching)|(?:i|we)\s+do\s+want\s+(?:the|your|these|them|more)|(?:i|we)\s+(?:still\s+|do\s+|really\s+)?want\s+to\s+keep\s+(?:getting|receiving)|(?<!no\s+)(?:quiero|queremos)\s+seguir\s+recibiendo|(?<!no\s+(?:me\s+|nos\s+)?)sig(?:an|a|ue)\s+(?:mandando|enviando|escribiendo)|no\s+(?:quiero|queremos)\s+que\s+(?:paren|dejen)|no\s+(?:dejes|dejen|deje)\s+de\s+(?:escribir|mandar|enviar|llamar|contactar)\p{L}*|no\s+(?:me|nos)\s+(?:borren|quiten|saquen|eliminen)(?!\s+(?:mas|más))|(?:^|[.!?]\s*)(?:please\s+|pls\s+)?(?:call|text|ring)\s+me\b(?!\s+(?:again|never))|(?:^|[.!?]\s*)(?:please\s+|pls\s+)?give\s+(?:me|us)\s+a\s+(?:call|ring)|(?:^|[.!?]\s*)(?:ll[aá]m[ae]me|ll[aá]menme|m[aá]rcame|m[aá]rquenme|escr[ií]beme|escr[ií]banme))(?![\p{L}])/iu;
/** "my son typed STOP by mistake": the word was sent, not meant. */
const MISTAKE =
  /(?:^|[^\p{L}])(?:by (?:mistake|accident)|accidentally|on accident|(?:on|in) the wrong (?:thread|chat|convo|conversation|group)|por error|sin querer|por equivocaci[oó]n)(?![\p{L}])/iu;

export function asksToGoOn(body: string): boolean {
  return GO_ON.test(body) && !/\bwhy\b|por\s*qu[eé]/i.test(body);
}

export function stopByMistake(body: string): boolean {
  return MISTAKE.test(body);
}

/**
 * A pause, not a revocation: the stop is limited in time ("stop texting for now", "for a couple weeks",
 * "until we sell") or the lead says they mean to go on ("still interested", "I'll reach out when I'm
 * ready", "seguimos buscando"). The time limit must be in the clause that asks; going on may be anywhere.
 * Going on does not pause a refusal of calls alone ("please no phone calls, I'll reach out when ready"):
 * the texts go on, so the calls are what they end.
 */
const FOR_A_WHILE =
  /(?:^|[^\p{L}])(?:this\s+(?:week|month)|por\s+(?:ahora|el\s+momento|un\s+tiempo|(?:unos|unas|un\s+par\s+de)\s+(?:dias|semanas|meses))|for\s+(?:now|the\s+(?:time\s+being|moment|holidays?|summer|winter)|a\s+(?:bit|while|little(?:\s+while)?|week|month|few\s+(?:days|weeks|months)|couple(?:\s+of)?\s+(?:days|weeks|months))|(?:\d+|two|three|four|a\s+few|a\s+couple(?:\s+of)?)\s+(?:days|weeks|months))|(?:until|till|til)\s+(?:(?:we|i)(?:'?m|'?re|\s+am|\s+are)?\s+(?:get|gets|sell|move|close|find|return|come|back|done|settled|home)|after|next|the|my|our|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\p{L}])/iu;
const GOING_ON =
  /(?:^|[^\p{L}])(?:still\s+(?:very\s+)?(?:interested|looking|searching|want(?:ing)?\s+to|planning|buying|selling|in\s+the\s+market)|(?:i|we)(?:'|\u2019)?(?:ll|\s+will)\s+(?:reach\s+(?:out|back)(?:\s+out)?|text\s+you|get\s+back(?:\s+to\s+you)?|let\s+you\s+know|be\s+in\s+touch|hit\s+you\s+up|contact\s+you)(?:\s+again)?\s+(?:when|once|in|next|after|later|soon|around|this|closer)|pick\s+(?:it|this|things)\s+(?:back\s+)?up|(?:seguimos|sigo)\s+(?:buscando|interesad[oa]s?)|todav[ií]a\s+(?:estoy|estamos)\s+interesad)(?![\p{L}])/iu;

/** Whether a stop asked in `clause` (its words joined) is a pause, given the whole message. */
export function pausedNotEnded(body: string, clause: string, channel?: OptOutChannel): boolean {
  return FOR_A_WHILE.test(clause) || (channel !== 'voice' && GOING_ON.test(body));
}

/**
 * A preference among homes, not a refusal of the texts: the sending that is stopped is of one kind of home,
 * and the text names another or narrows it ("stop sending me condos, I want houses", "paren de mandarme
 * condos, quiero casa", "dejen de mandarme casas en Mesa, solo Tempe"). "Stop sending me houses" alone
 * still refuses them.
 */
const HOME_KINDS =
  '(?:condos?|condominios?|houses?|homes?|townho(?:mes?|uses?)|apartments?|duplex(?:es)?|lots|land|listings|properties|casas?|departamentos?|deptos?|apartamentos?|terrenos?)';
const SENDING =
  '(?:no\\s+more|sending|send|showing|show|mandar|mandarme|mandarnos|manden|mandes|enviar|enviarme|envien|mostrarme)\\s+(?:me\\s+|us\\s+)?(?:any\\s+(?:more\\s+)?|more\\s+|mas\\s+)?';
const SENT_KIND = new RegExp(`${SENDING}${HOME_KINDS}(?![\\p{L}])`, 'u');
const NARROWED = new RegExp(
  `${SENDING}(?:${HOME_KINDS}|anything|stuff|ones)\\s+(?:in|over|under|above|below|outside|near|downtown|uptown|midtown|en|de\\s+mas|arriba|fuera|cerca|sobre|mas\\s+(?:caras?|de))(?![\\p{L}])`,
  'u',
);
const INSTEAD =
  /(?:^|[^\p{L}])(?:(?:i|we)\s+(?:only\s+)?(?:want|need|prefer)|only|just|looking\s+for|quiero|queremos|busco|buscamos|prefiero|preferimos|solo|solamente|nada\s+mas)(?![\p{L}])/u;

const folded = (body: string): string =>
  body
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '');

export function preferenceAmongHomes(body: string): boolean {
  const text = folded(body);
  if (NARROWED.test(text)) return true;
  const sent = SENT_KIND.exec(text);
  return sent !== null && INSTEAD.test(text.slice(sent.index + sent[0].length));
}

/**
 * Words any revocation we have seen uses, in English or Spanish: contact, lists, stopping, leaving,
 * threats, refusals and negation itself. A text with none of them ("anywhere but Hialeah", "pagamos de
 * contado", "whenever you're free") speaks of the search; the classifier alone, unless it is fairly
 * sure, does not make a person look at it.
 */
const ABOUT_US =
  /(?:^|[^\p{L}])(?:text\w*|txt\w*|msg\w*|messag\w*|sms|call\w*|robocall\w*|phone|cell|line|number|contact\w*|e-?mail\w*|reach\w*|list\w*|unsub\w*|sub\w*|stop\w*|stahp|quit|remov\w*|delet\w*|opt\w*|spam\w*|bother\w*|bug\w*|leave|alone|harass\w*|block\w*|report\w*|sue|lawyer\w*|attorney|legal|court|wrong|interest\w*|done|bye|waste|wasting|lose|forget|enough|hmu|hit|annoy\w*|sign\w*|consent|permission|dnc|tcpa|fcc|complain\w*|police|away|lost|piss\w*|fuck\w*|damn|hell|shut|scam\w*|robot|bot|who|pass|thanks|nope|nah|hear|person|name|named|here|count|cease|desist|revoke|withdraw|request\w*|info\w*|realtor|agent|these|this|anymore|again|mensaj\w*|llam\w*|escrib\w*|mand\w*|envi\w*|numero|lista|borr\w*|elimin\w*|molest\w*|paz|dej\w*|bast\w*|paren|pare|parar|paran|baja|demand\w*|equivoc\w*|celular|telefono|whatsapp|sac\w*|ya)(?![\p{L}])/u;

export function speaksOfUs(body: string): boolean {
  return ABOUT_US.test(folded(body));
}
