/** Closed word classes of English the places stage reads (grammar, not a gazetteer). */

/** Prepositions that put a name in the role of a location: "in X", "near X", "from X". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'from', 'into', 'to', 'across', 'throughout', 'around', 'within', 'through', 'toward', 'towards',
  'via', 'beyond', 'between', 'along', 'off', 'over', 'onto', 'past', 'nearby', 'across', 'out', 'en', 'amid', 'among', 'under',
]);

/** Prepositions that say where something happened when they open a phrase after an event ("clashes in X"). */
export const WHERE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within', 'off', 'on']);

/** Nouns naming a part or a relation of a place, after which "of X" is a location ("the outskirts of X", "north of X"). */
export const OF_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'province', 'state', 'region', 'district', 'county', 'capital', 'outskirts', 'suburbs', 'suburb', 'centre', 'center',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western', 'central',
  'part', 'parts', 'rest', 'residents', 'resident', 'people', 'streets', 'port', 'island', 'islands', 'mayor', 'governor', 'area', 'areas', 'coast',
  'heart', 'edge', 'borders', 'border', 'republic', 'kingdom', 'territory', 'municipality', 'commonwealth', 'emirate', 'prefecture', 'oblast',
]);

/** Head nouns after a name that make it a place ("the Kherson region", "Bulacan province"). */
export const PLACE_NOUN_AFTER = /^(region|province|provinces|state|county|district|governorate|prefecture|oblast|city|town|village|area|valley|border|borders|island|islands|peninsula|municipality|department|territory|coast|countryside|suburbs?|outskirts)$/;

/** Words that make a capitalised run an organisation's or a building's name, so a place name inside it is not a mention of the place. */
export const ORG_WORDS = /^(ministry|department|organi[sz]ation|council|committee|commission|agency|party|union|bank|company|corporation|corp|inc|ltd|university|college|school|academy|institute|hospital|clinic|centre|center|association|foundation|society|federation|office|authority|service|services|police|times|post|news|press|journal|herald|tribune|daily|radio|television|tv|airlines?|airways|club|fc|united|church|cathedral|mosque|temple|museum|gallery|zoo|stadium|arena|hotel|airport|station|bureau|board|court|assembly|parliament|senate|congress|government|administration|forces|army|navy|guard|brigade|front|movement|league|alliance|group|fund|trust|project|program|programme|initiative|network|laboratory|laboratories|labs?|medical|health|hall|house|square|street|road|avenue|bridge|park|prize|award|cup|open|games|festival|treaty|accord|convention|declaration|agreement|protocol|summit|conference|exchange|market|index|report|review|magazine|gazette|observer|telegraph|chronicle|globe|mail|express|standard|examiner|sun|star|record|courier|reporter|pharmaceuticals?|motors|group|holdings|energy|oil|gas|petroleum|power|telecom|communications|media|studios?|records|university's|elementary|primary|secondary|high|schools|academy|hospitals|farms?|eggs|foods?|products|industries|technologies|sciences?|systems|airlines)$/;

/** Capitalised words that are never place names in running text (calendar, titles). */
export const NEVER_PLACE = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|god|mr|mrs|ms|dr|president|minister|king|queen|prince|pope|general|governor|mayor|senator|secretary|chairman|chief|sir|lord|lady|saint|st|mount|lake|river|north|south|east|west|northern|southern|eastern|western|central|new|old|great|upper|lower|university|city|state|province|island|republic)$/;

/** Words inside place names that do not start with a capital ("Rio de Janeiro", "Isle of Man", "Port-au-Prince"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'of', 'and', 'la', 'le', 'les', 'el', 'al', 'y', 'upon', 'on', 'sur', 'am', 'im', 'an', 'der', 'den', 'von', 'van', 'bin', 'ibn', 'the', 'au', 'aux', 'en', '-', "'", "'s"]);

/** Capitalised words naming a kind of feature the gazetteer does not hold: a name followed by one is another place ("Wright County", "Rift Valley", "Baltic Sea"). */
export const FEATURE_NOUNS = /^(county|counties|valley|sea|mountains?|mount|river|lake|lakes|islands?|isle|bay|gulf|coast|desert|peninsula|strait|straits|canal|ocean|park|forest|hills?|range|basin|delta|plateau|falls|creek|harbou?r|beach|reserve|reservoir|dam|glacier|channel|sound|cape|point|heights|springs|township|parish|borough|shire|district|prefecture)$/;

/** Capitalised words before a place name that do not make it part of a longer name ("Western Sydney", "Greater London"). */
export const NAME_MODIFIERS = /^(north|south|east|west|northern|southern|eastern|western|central|northeast(ern)?|northwest(ern)?|southeast(ern)?|southwest(ern)?|greater|downtown|rural|suburban|metropolitan|metro|inner|outer|upper|lower|mainland|coastal|occupied|rebel-held|war-torn|neighbouring|neighboring)$/;
