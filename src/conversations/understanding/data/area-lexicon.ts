/** Word lists for reading the places a lead wants. */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Words after which a place name follows: "in", "near", "close to", "move to". */
/** Spanish "en" too: "busco casa en san antonio". */
export const TRIGGERS = words('in near nearby around outside inside off within en');
/** Two-word triggers: "close to", "outside of", "moving to". */
export const TRIGGER_PAIRS: ReadonlySet<string> = new Set([
  'close to',
  'closer to',
  'next to',
  'outside of',
  'off of',
  'out in',
  'out by',
  'over in',
  'moving to',
  'move to',
  'relocating to',
  'relocate to',
  'transferring to',
  'going to',
  'heading to',
  'looking at',
  'look at',
  'minutes of',
  'mins of',
  'miles of',
  'distance of',
  'looking in',
  'what about',
  'how about',
  'out near',
  'up in',
  'down in',
  'over by',
  'cerca de',
  'por el',
  'por la',
]);
/**
 * Weak cues: a place may follow, but so may anything ("by friday", "at 5"). Only a name the gazetteer or
 * the workspace knows, and that is not an everyday word, is read after them.
 */
export const WEAK_TRIGGERS = words('by at of towards toward por');
/** Verbs that take a place directly: "we like east nashville", "prefer east dallas or lakewood". */
export const PLACE_VERBS = words('like love prefer liked loved preferring considering');
/** Before "in", words that make the place where they are now, not where they want to be. */
export const HERE_NOW = words(
  "live lives living lived reside resides residing currently staying we're i'm were am are work works working born grew raised from vivimos vivo vive viven estamos",
);
/** Names that are not places though they hold one: lenders and employers ("wells fargo", "at dell"). */
export const ORGANISATIONS: readonly string[] = [
  'wells fargo',
  'bank of america',
  'navy federal',
  'rocket mortgage',
  'chase',
  'dell',
  'tesla',
  'amazon',
  'google',
  'apple',
  'samsung',
  'oracle',
  'usaa',
];
/** Words after a name that make it a school, a street or a building named after a place: "Lincoln Elementary". */
export const NAMED_AFTER = words(
  'elementary middle high school college university hospital street road avenue ave blvd boulevard drive lane parkway highway church mall airport',
);

/** Never the start or part of a place name. */
export const NOT_PLACE = words(`
  a an and or but nor the to of for with at by on in near from into over under about around than then so as if
  is are was were be been being am it its it's this that these those there here where what when who whom how
  which why my our your their his her me us you we they i i'm im i've ive i'd id he she him them any some all
  no not just only also too very really maybe probably possibly perhaps please thanks thank like love want need
  get got go going can could would will should might must may do does did done have has had make made see seen
  let lets let's ok okay yes yeah yep nope nah lol lmao haha omg idk rn pls plz thx ty np btw gtfo stfu wtf
  hmm ugh k kk sure cool great nice good fine perfect awesome
  next last previous coming upcoming early late mid today tomorrow tonight yesterday morning afternoon evening night noon weekend week weeks month months year
  years day days hour hours minute minutes now soon later asap time times date
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun
  january february march april june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec spring summer fall autumn winter christmas thanksgiving easter holidays holiday
  house houses home homes condo condos townhouse townhome townhomes apartment apartments apt unit units lot
  lots land acre acres acreage property properties place places duplex fourplex bed beds bedroom bedrooms bath
  baths bathroom bathrooms garage yard pool budget price range cash loan mortgage lender bank hoa mls fha va
  cma sqft escrow contract offer listing listings market agent realtor broker person people someone anyone
  somewhere anywhere everywhere nowhere something anything everything nothing area areas neighborhood
  neighborhoods school schools district town city county state country suburbs suburb region general
  particular mind touch person advance fact order case total full writing charge line stock question trouble
  between mean meantime process shape condition love need rush hurry way person good better best
  k m mil million thousand grand dollar dollars sq ft fixer upper starter investment rental rentals
  loft lofts studio studios penthouse penthouses homesite homesites parcel parcels triplex triplexes
  quadplex multiplex multifamily duplexes fourplexes casita casitas mobile manufactured modular
  barndominium barndo farm farms farmland ranchland
  max min tops plus minimum maximum beltway freeway tollway interstate highway mainland unsubscribe optout
  stop stops texts texting calls calling spam
`);

/** Words that end a place name and are kept: "Hyde Park", "Cherry Creek", "Leander ISD", "East Side". */
export const PLACE_HEADS = words(`
  park parks heights hills hill creek lake lakes village villages ranch springs valley point grove woods
  estates crossing square station beach bay island ridge falls meadows farms glen gardens harbor landing
  commons mill mills plaza county isd side shores bluff bluffs pines oaks corners junction terrace trails
`);
/** Words dropped from the end of a place name: "the Durham area", "the Westlake school district". */
export const TRAILING_DROPS = words(
  'area areas region vicinity neighborhood neighborhoods district schools school suburbs',
);
/** Words that start a district of a named place: "South Congress", "downtown Austin", "NW DC". */
export const DIRECTIONS = words(
  'north south east west northeast northwest southeast southwest ne nw se sw n s e w downtown uptown midtown central greater old upper lower inner outer',
);
/** Places that are a part of any city, named alone: "condos downtown". */
export const CITY_PARTS = words('downtown uptown midtown');
/** Short forms written in capitals. */
export const UPPER_CASE = words('ne nw se sw isd dc us usa ut nyc la sf dfw atx htx okc nwa kc stl');
/** Words that join names in a list: "round rock, cedar park or leander". */
export const JOINERS = words('or and & / maybe possibly even also perhaps either o y');
/** Words that may open or close a bare list of places: "prefer", "would be ideal". */
export const LIST_EDGES = words(
  'prefer preferably ideally maybe probably either somewhere anywhere only like love would be ideal great nice perfect good fine preferred please pls plz too works area areas or and is are',
);

/**
 * Nicknames that name one place only, read as that place: "atx" is Austin. Short forms that are also
 * words or name several places ("sa", "la", "the springs") are left out.
 */
export const NICKNAMES: ReadonlyMap<string, string> = new Map([
  ['atx', 'austin'],
  ['htx', 'houston'],
  ['nola', 'new orleans'],
  ['philly', 'philadelphia'],
  ['vegas', 'las vegas'],
  ['slc', 'salt lake city'],
  ['okc', 'oklahoma city'],
  ['abq', 'albuquerque'],
  ['jax', 'jacksonville'],
  ['stl', 'st louis'],
  ['nyc', 'new york city'],
]);

/**
 * Short names said as often as the full one, read as that place but written as said ("st pete" is St.
 * Petersburg, written "St Pete"), keyed like the gazetteer.
 */
export const SHORT_NAMES: ReadonlyMap<string, string> = new Map([['st pete', 'st petersburg']]);
