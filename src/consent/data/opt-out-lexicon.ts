/**
 * Words for reading opt-outs in inbound texts. Tokens are lowercase and without apostrophes
 * ("don't" → "dont"), after the spelling fixes in TYPOS. Lists are written as space-separated
 * words so that they stay readable at a glance.
 */
export type OptOutChannel = 'sms' | 'voice' | 'all';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Carrier keywords, matched against the whole message (CTIA, and what Twilio acts on by default). */
export const STOP_KEYWORDS: ReadonlySet<string> = new Set([
  ...words('stop stopall unsubscribe cancel end quit revoke optout'),
  'stop all',
  'opt out',
]);
export const START_KEYWORDS = words('start unstop');
export const HELP_KEYWORDS = words('help info');

/** The right spelling ← the ways people really type it. */
const SPELLINGS: Readonly<Record<string, string>> = {
  please: 'pls plz plez plse pleas pleae pleasee pleez pleeze plss plzz',
  text: 'txt tex',
  texts: 'txts texs',
  texting: 'txting txtin txtng texing textin textng textting tetxing',
  texted: 'txted',
  message: 'msg mssg mesage messege',
  messages: 'msgs mssgs mesages messeges',
  messaging: 'msging msgng msgin mesaging messeging messagin massaging',
  calling: 'callin caling',
  contacting: 'contacing contactin',
  you: 'u yu yuo yall',
  your: 'ur yor',
  are: 'r',
  and: 'n',
  dont: 'dnt',
  cant: 'cannot',
  im: 'iam',
  unsubscribe:
    'unsub unsubscribed unsubscribing unsubcribe unsubscibe unsuscribe unsubsribe unsusbcribe unsubscirbe unsubscrib',
  number: 'num nbr numbr nmbr numer',
  fuck: 'fck fuk fuq fk fcuk phuck fuckk',
  thanks: 'thx thnx thanx ty',
  stop: 'stopp sotp stpo stahp stawp',
  ok: 'okay k kk okk',
  the: 'teh',
  again: 'agian agin',
  wrong: 'wrng worng wromg',
  remove: 'remov rmv',
  no: 'noo',
  harass: 'harrass',
  harassing: 'harrassing',
  anymore: 'anymor',
};

export const TYPOS: ReadonlyMap<string, string> = new Map(
  Object.entries(SPELLINGS).flatMap(([right, wrongs]) => [...words(wrongs)].map((w) => [w, right] as const)),
);

/** Two-word forms read as one token. */
export const JOINS: ReadonlyMap<string, string> = new Map([
  ['do not', 'dont'],
  ['does not', 'doesnt'],
  ['did not', 'didnt'],
  ['will not', 'wont'],
  ['can not', 'cant'],
  ['i am', 'im'],
  ['opt out', 'optout'],
  ['opted out', 'optout'],
  ['opting out', 'optout'],
  ['un subscribe', 'unsubscribe'],
]);

const CONTACT_BY_CHANNEL: Readonly<Record<OptOutChannel, string>> = {
  sms: 'text texts texting texted message messages messaging messaged sms',
  voice:
    'call calls calling called phone phoning ring ringing voicemail voicemails vms robocall robocalls robocalling',
  all: `contact contacting contacted reach reaching email emails emailing communicate communicating
    communication communications solicit soliciting solicitation solicitations`,
};

/** Ways of contacting someone, and the channel a request about them concerns. */
export const CONTACT_WORDS: ReadonlyMap<string, OptOutChannel> = new Map(
  Object.entries(CONTACT_BY_CHANNEL).flatMap(([channel, list]) =>
    [...words(list)].map((w) => [w, channel as OptOutChannel] as const),
  ),
);

/** Plural contact nouns: the only objects that make "cancel"/"end" a revocation ("cancel the call" reschedules). */
export const PLURAL_CONTACT = words(
  'texts messages calls emails robocalls solicitations communications voicemails vms',
);

/** Imperative forms after "don't"/"never": "never texted me" is a past statement, "never text me" is not. */
export const BASE_FORMS = words(
  'text call message contact email phone ring reach bother bug harass pester spam hassle hound solicit communicate robocall',
);

/** Annoyance verbs, about the messages: a revocation only with a personal object ("stop bugging me", not "don't bother"). */
export const ANNOYANCE_WORDS = words(
  'bother bothering bug bugging hitting harass harassing pester pestering spam spamming hassle hassling hound hounding',
);

/** Things that are sent, after "stop sending (me) …": messages, never a property type. */
export const SENDABLE = words(
  'alerts notifications updates listings promotions promos ads offers links reminders stuff things crap junk garbage anything these them this that spam',
);

/** Verbs that end or refuse something. "cancel", "end" and "enough" need a plural contact noun. */
export const STOP_VERBS = words('stop quit cease halt end cancel enough');

/** Skipped between a stop verb and its object: "stop all the texts", "stop it with the calls". */
export const STOP_DETERMINERS = words('the these those all your with this that any of it');

/** Words that turn a following verb around ("don't stop", "never text"). */
export const NEGATORS = words(
  'dont never cant wont didnt doesnt shouldnt wouldnt couldnt not havent hasnt hadnt isnt arent wasnt werent aint',
);

/** Words a negation reaches across to the verb it governs: "don't want you to stop", "haven't ever unsubscribed". */
export const NEGATION_GAP = words(
  `to want wanted wanna going gonna plan planning mean meant need have has had been be i you we ever yet think trying try
  intend say said saying ask asked asking tell told telling the these those them texts messages calls`,
);

/** Negations that, before "stop <contact> me", complain rather than ask for more ("you won't stop texting me"). */
export const COMPLAINT_NEGATORS = words('wont never cant doesnt');

/** Skipped when looking for what governs a verb: "please just stop", "don't ever text". */
export const SOFT_WORDS = words('please just ever even really now kindly');

/** Harmless words that may follow a bare "stop" in the same clause: "stop it now", "stop, thank you". */
export const FILLERS =
  words(`please now already immediately asap it this that right ok thanks thank you seriously
  man dude bro guys lol lmao omg all stop again then sir maam for good forever permanently i said yes yeah real fr
  anymore at once just no sending`);

/** Interjections a clause may open with before an imperative ("ok stop", "no, stop"). */
export const INTERJECTIONS = words(
  'ok no nope nah please just hey hi hello yes yeah omg lol seriously so oh um uh sorry guys dude man and but then again thanks',
);

/** Words after which a clause-final "stop" is a request: "not interested stop", "who is this stop", "i said stop". */
export const BEFORE_BARE_STOP: ReadonlySet<string> = new Set([
  ...INTERJECTIONS,
  ...words('now interested this thank said says you already bro god alone away all texts messages calls'),
]);

/** Words that, after a clause-opening "stop", start a new thought: "stop who is this", "stop i'm not interested". */
export const NEW_CLAUSE_AFTER_STOP = words(
  'who whos wrong i im ive id not dont never remove unsubscribe take leave no nope nobody you youre sorry please thanks',
);

/** Auxiliaries between "you" and "stop": "you need to stop", "you better stop". */
export const MODAL_CHAIN = words('can could will would to should must gonna need needs have got better');

/** Subjects that make "stop <verb>" a statement about someone else ("the seller will stop calling around"). */
export const THIRD_PARTIES = words(
  'he she they we seller sellers buyer buyers agent lender landlord owner owners tenant tenants neighbor neighbors bank who which',
);

/** Subjects before "don't"/"never" that make a statement of habit: "I don't text much". */
export const STATEMENT_SUBJECTS = words(
  'i we you they he she it people who that which texts messages calls emails these those',
);

/** "I told you don't call me" is still an imperative. */
export const TELL_VERBS = words('told asked telling asking begging');

/** "If you don't call me back…", "why don't you call me": not prohibitions. */
export const CONDITIONALS = words('if why unless whether');

/** After a contact verb, words that keep the request about this person and this number. */
export const OBJECT_OK =
  words(`me us now please already anymore any more again ever every here out thanks thank ok
  immediately asap right lol seriously man dude bro i im ive who wrong or and period whatsoever altogether forever
  permanently completely all so`);

/** What may follow "no texts" / "no calls" for it to be a refusal: "no calls please", "no texts from you". */
export const NO_FORM_OK = words(
  'please thanks thank you anymore ever again here whatsoever ok period lol from to this number at all i im any more',
);

/** Personal belongings that stand for this contact: "my phone", "this number". */
export const OWN_LINES = words('number phone cell line mobile');

/** Time words: "don't call me before noon" limits when, it does not revoke. */
export const TIME_WORDS =
  words(`before after until till til between during while when unless today tonight tomorrow yet
  later early late morning mornings night nights evening evenings weekend weekends weekdays sunday sundays saturday
  saturdays midnight noon am pm oclock back work office`);

/** "I don't want …", "I no longer wish …". */
export const WANT_VERBS = words('want wish need like');

/** Words between a want verb and the contact it refuses: "don't want you to text", "wish to receive any more". */
export const WANT_GAP = words(
  'to be any more anymore these your the receive receiving get getting a another further of all them being you additional future such those',
);

/** Verbs for removal from a list. "take"/"get" need "off"/"out of"; "lose"/"forget" need "my number". */
export const REMOVE_VERBS = words('remove removing delete deleting erase scrub purge unlist');
export const TAKE_VERBS = words('take taking get');
export const LOSE_VERBS = words('lose forget');

/** Skipped between "from"/"off" and the list named: "off of your list". */
export const LIST_DETERMINERS = words('the your this my all these those of any our every');

/** Nouns after "remove me from …" that are lists of contacts, not a deal document. */
export const LIST_WORDS =
  words(`list lists database system systems contacts contact texts messages calls mailing
  distribution marketing campaign group chat thread everything here this it that spam registry records crm updates
  alerts notifications newsletter subscription any all whatever`);

/** What "remove my …" / "delete my …" may name for it to be about this contact. */
export const PERSONAL_DATA: ReadonlySet<string> = new Set([
  ...OWN_LINES,
  ...words('info information contact details data email name'),
]);

/** The person meant is not the one reached: "wrong number", "wrong person". */
export const WRONG_TARGETS = words(
  'number person guy girl lady man dude gal woman individual contact phone cell persons people recipient party family',
);

/** Verbs that make "the wrong number" a mistake in information given, not a misdial. */
export const GAVE_WRONG = words('gave give giving listed posted wrote put entered typed has');

/** Hostile dismissals, as word pairs. */
export const HOSTILE_PAIRS: readonly (readonly [string, string])[] = [
  ['fuck', 'off'],
  ['fuck', 'you'],
  ['fuck', 'yourself'],
  ['fuck', 'outta'],
  ['f', 'off'],
  ['f', 'you'],
  ['eff', 'off'],
  ['piss', 'off'],
  ['bugger', 'off'],
  ['buzz', 'off'],
  ['shove', 'off'],
  ['sod', 'off'],
  ['screw', 'off'],
  ['screw', 'you'],
  ['back', 'off'],
];

/** Dismissals that count only as a whole clause: "go away", but not "go away for the weekend". */
export const CLAUSE_LEVEL_HOSTILE: readonly (readonly string[])[] = [
  ['go', 'away'],
  ['get', 'lost'],
  ['shut', 'up'],
  ['cut', 'it', 'out'],
  ['quit', 'it'],
  ['knock', 'it', 'off'],
  ['take', 'the', 'hint'],
  ['take', 'a', 'hint'],
  ['take', 'a', 'hike'],
  ['beat', 'it'],
  ['get', 'bent'],
  ['bug', 'off'],
  ['scram'],
  ['shoo'],
  ['save', 'your', 'breath'],
  ['move', 'along'],
];

/** Single words that are hostile dismissals by themselves. */
export const HOSTILE_WORDS = words('stfu gtfo');

/** Words for the permission itself, and the verbs that take it back. */
export const CONSENT_WORDS = words('consent permission authorization authorisation');
export const REVOKE_VERBS = words(
  'revoke revoking revoked withdraw withdrawing withdrawn rescind rescinding',
);

/** What may follow "I never signed up" / "I didn't ask for" for it to dispute consent to these messages. */
export const DISPUTE_REST =
  words(`for this these that anything it any of texts messages calls stuff crap junk with you
  your company list lists to be contacted texted called nothing ever thing whatever lol ok`);

/** Who a lead threatens to report to: "report this number to the FCC". */
export const AUTHORITIES = words('fcc ftc attorney ag police carrier authorities bbb state');
