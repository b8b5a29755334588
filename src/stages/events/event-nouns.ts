/**
 * The nouns that name an event (issue 14), with the CAMEO code of the act and the prepositions that introduce its
 * target: "an attack **on** Y", "talks **with** Y", "a lawsuit **against** Y", "the release **of** Y". The codes are
 * CAMEO's own definitions (`shared/data/cameo/cameo_codes.tsv`): 190 use conventional military force, 195 employ
 * aerial weapons, 040 consult, 042 make a visit, 046 engage in negotiation, 051 praise or endorse, 070 provide aid,
 * 0841 release persons, 0871 declare ceasefire, 062 cooperate militarily (joint exercises), 0874 retreat militarily, 090 investigate, 111 criticize, 115 bring
 * lawsuit against, 139 give ultimatum, 140 political dissent, 163 impose embargo or sanctions, 173 arrest, 174
 * expel, 191 impose blockade.
 *
 * `light`: the noun carries the event only as the object of a verb that performs it ("launched an attack", "held
 * talks", "filed a lawsuit") or with a possessor / *by* agent; a noun like "support" or "aid" alone is too vague.
 */
export interface NounEvent { code: string; preps: readonly string[] }

const entries: Array<[readonly string[], NounEvent]> = [
  [['shelling', 'bombardment', 'bombing', 'bombings', 'airstrike', 'airstrikes', 'air strike', 'air strikes'], { code: '195', preps: ['of', 'on', 'against'] }],
  [['attack', 'attacks', 'assault', 'offensive', 'raid', 'raids', 'invasion'], { code: '190', preps: ['on', 'against', 'of'] }],
  [['strikes', 'warfare', 'war', 'incursion', 'incursions', 'offensives', 'assaults', 'hostilities'], { code: '190', preps: ['on', 'against'] }],
  [['sanctions', 'tariffs', 'embargo'], { code: '163', preps: ['on', 'against'] }],
  [['blockade', 'blockades', 'siege'], { code: '191', preps: ['on', 'of', 'against'] }],
  [['visit', 'visits', 'trip'], { code: '042', preps: ['to'] }],
  [['talks', 'negotiations'], { code: '046', preps: ['with'] }],
  [['summit'], { code: '043', preps: ['with'] }],
  [['meeting', 'meetings', 'consultations', 'discussions'], { code: '040', preps: ['with'] }],
  [['criticism', 'condemnation'], { code: '111', preps: ['of'] }],
  [['arrest', 'arrests', 'detention'], { code: '173', preps: ['of'] }],
  [['expulsion'], { code: '174', preps: ['of'] }],
  [['investigation', 'investigations', 'probe', 'inquiry'], { code: '090', preps: ['into', 'against'] }],
  [['lawsuit', 'lawsuits', 'suit'], { code: '115', preps: ['against'] }],
  [['ultimatum'], { code: '139', preps: ['to'] }],
  [['release'], { code: '0841', preps: ['of'] }],
  [['withdrawal', 'pullout', 'pull-out'], { code: '0874', preps: ['from'] }],
  [['ceasefire', 'cease-fire', 'truce'], { code: '0871', preps: ['with'] }],
  [['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'patrols'], { code: '062', preps: ['with'] }],
  [['aid', 'assistance'], { code: '070', preps: ['to'] }],
  [['support', 'backing'], { code: '051', preps: ['for', 'to'] }],
  [['protest', 'protests', 'demonstration', 'demonstrations'], { code: '140', preps: ['against'] }],
  // round 5: money given is economic aid (071: "monetary aid and financial guarantees, grants, gifts and credit");
  // charges brought are a legal action (115: CAMEO's 173 notes "charges or lawsuits are coded as 115")
  [['donations', 'donation', 'funding', 'funds', 'grant', 'grants', 'loan', 'loans', 'credit', 'credits'], { code: '071', preps: ['to'] }],
  [['charges', 'charge', 'indictment', 'indictments'], { code: '115', preps: ['against'] }],
  // round 6: a (military) operation or campaign carried out against a party is the use of force (190), the CAMEO
  // reading of "conducted operations against" that CAMEO.2.0's bare CONDUCT (060, cooperation) misses; only with
  // "against" (an operation in a place, or to do something, is no attack on anyone)
  [['operation', 'operations'], { code: '190', preps: ['against'] }],
  // round 7: cooperation with a party, or between two, is material cooperation (060: "initiate, resume, improve, or
  // expand economic, military, or other cooperation"); war games are military cooperation (062, as joint exercises)
  [['cooperation'], { code: '060', preps: ['with'] }],
  [['wargames', 'war-games'], { code: '062', preps: ['with'] }],
];

/**
 * Round 7: nouns that stop or cut what their *of* phrase names: a suspension, cut, halt or freeze of aid, assistance
 * or funding is "reduce or stop material aid" (162); its recipient is the "to" or "for" argument of the aid noun or of
 * the noun itself ("a suspension of aid to Y", "cuts in funding for Y").
 */
export const AID_CUT_NOUNS: ReadonlySet<string> = new Set(['suspension', 'cut', 'cuts', 'halt', 'freeze', 'freezing', 'termination', 'cutoff', 'cut-off', 'reduction', 'reductions']);
export const AID_NOUNS: ReadonlySet<string> = new Set(['aid', 'assistance', 'funding', 'funds', 'loans', 'grants', 'support', 'payments', 'donations']);
export const AID_CUT: NounEvent = { code: '162', preps: ['to', 'for'] };

export const NOUN_EVENTS: ReadonlyMap<string, NounEvent> = new Map(entries.flatMap(([ws, e]) => ws.map((w): [string, NounEvent] => [w, e])));

/** Nouns that carry an event only as the object of a performing verb (or with a possessor/by-agent): not alone. */
export const LIGHT_ONLY: ReadonlySet<string> = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'patrols', 'aid', 'assistance', 'support', 'backing', 'war', 'strikes', 'protest', 'protests',
  'demonstration', 'demonstrations', 'meeting', 'meetings', 'discussions', 'trip', 'release', 'withdrawal', 'suit',
  'donations', 'donation', 'funding', 'funds', 'grant', 'grants', 'loan', 'loans', 'credit', 'credits', 'charges', 'charge', 'indictment',
  'indictments', 'operation', 'operations', 'wargames', 'war-games', 'cooperation']);

/**
 * Verbs that perform the act their object names ("launched an attack on", "held talks with", "filed a lawsuit
 * against", "imposed a blockade on", "announced the arrest of", "paid a visit to", "declared a ceasefire with"), by
 * lemma. Verbs that refuse, end, ask for, threaten or judge the act ("rejected talks", "called for sanctions",
 * "condemned the attack") are not among them: their own pattern codes them.
 */
export const PERFORMING_VERBS: ReadonlySet<string> = new Set(['launch', 'carry', 'conduct', 'hold', 'stage', 'mount', 'open', 'begin', 'start',
  'resume', 'file', 'bring', 'lodge', 'impose', 'issue', 'order', 'announce', 'make', 'pay', 'provide', 'send', 'give', 'extend', 'deliver',
  'wage', 'unleash', 'declare', 'complete', 'intensify', 'escalate', 'step', 'expand', 'continue', 'have', 'level', 'press', 'host', 'lead',
  'pledge', 'express', 'voice', 'grant', 'initiate', 'perform', 'execute', 'undertake', 'renew', 'donate', 'contribute', 'allocate',
  'disburse']);

/** Verbs over an open complement that promise the act ("agreed to hold talks"): future. */
export const PROMISING_VERBS: ReadonlySet<string> = new Set(['agree', 'decide', 'vow', 'pledge', 'promise', 'commit', 'offer']);
