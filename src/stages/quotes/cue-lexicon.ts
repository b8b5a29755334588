import type { QuoteKind } from '../../core/types.js';
import { SPEECH_VERBS, SPEECH_VERB_FORMS, verbForms } from '../syntax/reporting-verbs.js';

/**
 * The words that introduce a statement. Matched on wink's lemma, or on the surface form when wink
 * tags or lemmatizes a cue oddly ("promising"/ADJ). Built once; read-only.
 */

/** Acts of publishing or presenting, whose object is what was made public: "released a statement", "outlined a plan". */
const PUBLICATION_ACTS = ['publish', 'retweet', 'share', 'identify', 'outline', 'unveil', 'detail',
  'compare', 'portray', 'assail', 'reference', 'encourage', 'project', 'highlight', 'spell', 'lay', 'list'] as const;

/** Acts of speech named with their object rather than a clause (no bare clause after them). */
const SPEECH_ACTS = [
  // acts of speech whose object is what they are about: "criticized the plan", "cited a study", "praised X for ..."
  'cite', 'criticize', 'criticise', 'attack', 'blast', 'slam', 'condemn', 'denounce', 'decry', 'praise', 'laud', 'hail',
  'applaud', 'commend', 'mock', 'ridicule', 'deride', 'lambaste', 'lambast', 'chide', 'scold', 'rebuke', 'castigate',
  'question', 'echo', 'liken', 'thank', 'tout', 'defend', 'discuss', 'refer', 'talk', 'speak',
  'decline', 'refuse', 'express', 'voice', 'quote', 'insult', 'dub', 'label', 'brand', 'term', 'characterize',
  'characterise', 'request', 'plead', 'beg', 'advise', 'recommend', 'instruct', 'order', 'invite', 'advocate', 'congratulate',
] as const;

/** Verbs of saying after which a clause without "that" is reported speech ("said it would ..."). */
export const SAYING_VERBS: ReadonlySet<string> = new Set(SPEECH_VERBS);

/** Surface form (lower case) or lemma -> cue lemma: the verbs of saying (used to tell a new attribution from a clause). */
export const CUE_FORMS: ReadonlyMap<string, string> = SPEECH_VERB_FORMS;

/**
 * Verbs of cognition, intention, evaluation and evidence (after the verb classes of Levin 1993 and the
 * attribution cues of the Penn Attribution Relations guidelines, Pareti 2016): an attribution, not a statement.
 * Quotes only with `--attributions all`, each with its kind.
 */
const OTHER_CUES: ReadonlyArray<readonly [QuoteKind, readonly string[]]> = [
  ['belief', ['think', 'believe', 'know', 'feel', 'hope', 'fear', 'worry', 'doubt', 'suspect', 'understand', 'realize',
    'realise', 'assume', 'guess', 'recognize', 'recognise', 'consider', 'wonder', 'imagine', 'agree', 'disagree',
    'remember', 'notice', 'see', 'view', 'regard', 'sense', 'bet', 'reckon', 'presume', 'suppose', 'anticipate', 'envision',
    'perceive', 'deem', 'trust', 'conclude', 'determine', 'decide', 'acknowledge', 'accept', 'insist', 'worried', 'concern',
    'dream', 'predict', 'expect', 'judge', 'credit', 'learn', 'care']],
  ['intention', ['want', 'plan', 'intend', 'seek', 'aim', 'wish', 'prefer', 'vow', 'offer', 'hope', 'push',
    'like', 'love', 'hate', 'choose', 'opt', 'threaten', 'desire']],
  ['evaluation', ['support', 'oppose', 'endorse', 'back', 'favor', 'favour', 'reject', 'welcome', 'embrace', 'admire',
    'respect', 'dislike', 'approve', 'disapprove', 'resist', 'champion', 'fault', 'distrust', 'trust', 'value', 'appreciate',
    'prefer', 'enjoy', 'resent', 'regret', 'celebrate', 'mourn', 'deplore', 'challenge', 'protest', 'dispute', 'contest',
    'blame', 'focus', 'embrace', 'question', 'repudiate']],
  ['evidence', ['seem', 'appear', 'suggest', 'indicate', 'show', 'reveal', 'demonstrate', 'prove',
    'confirm', 'signal', 'reflect', 'illustrate', 'underscore', 'highlight', 'imply']],
];

/** Verbs whose to-infinitive is what is attributed: "wants to build", "declined to comment", "plans to run". */
export const INFINITIVE_CUES = new Set(['push', 'want', 'plan', 'intend', 'seek', 'aim', 'wish', 'prefer', 'vow', 'offer',
  'hope', 'like', 'love', 'hate', 'choose', 'opt', 'threaten', 'desire', 'decide', 'agree', 'refuse', 'decline', 'expect', 'promise', 'pledge', 'propose', 'demand', 'determine',
  'request', 'plead', 'beg']);

/** Verbs whose object is what is attributed: "criticized the plan", "endorsed Clinton", "wants a wall". */
export const OBJECT_CUES = new Set(['cite', 'criticize', 'criticise', 'attack', 'blast', 'slam', 'condemn', 'denounce',
  'decry', 'praise', 'laud', 'hail', 'applaud', 'commend', 'mock', 'ridicule', 'deride', 'lambaste', 'lambast', 'chide',
  'scold', 'rebuke', 'castigate', 'question', 'echo', 'liken', 'blame', 'thank', 'tout', 'defend', 'discuss', 'express',
  'voice', 'mention', 'quote', 'insult', 'dub', 'label', 'brand', 'term', 'characterize', 'characterise', 'accuse',
  'announce', 'deny', 'reject', 'dismiss', 'propose', 'demand', 'request', 'recommend', 'predict', 'confirm', 'reveal',
  'acknowledge', 'describe', 'repeat', 'suggest', 'report', 'publish', 'retweet', 'share', 'identify',
  'outline', 'unveil', 'detail', 'compare', 'portray', 'assail', 'reference', 'project', 'highlight',
  'support', 'oppose', 'endorse', 'back', 'favor', 'favour', 'welcome', 'embrace', 'admire', 'respect', 'dislike',
  'approve', 'disapprove', 'resist', 'champion', 'fault', 'distrust', 'value', 'appreciate', 'prefer', 'enjoy', 'resent',
  'regret', 'celebrate', 'mourn', 'deplore', 'challenge', 'protest', 'dispute', 'contest', 'want', 'seek',
  'like', 'love', 'hate', 'fear', 'expect', 'anticipate', 'envision', 'trust', 'doubt', 'consider', 'see', 'view',
  'regard', 'know', 'understand', 'remember', 'accept', 'show', 'reveal', 'indicate', 'demonstrate', 'reflect',
  'illustrate', 'underscore', 'highlight', 'offer', 'plan', 'intend', 'order', 'advise',
  // with a noun-phrase object at least half the time they are attribution cues in PolNeAR's training split (train.jsonl)
  'urge', 'note', 'recall', 'list', 'emphasize', 'emphasise', 'stress', 'reiterate', 'congratulate', 'lament', 'promise',
  'recount', 'rebut', 'bemoan', 'recite', 'repudiate', 'retweet']);

/** Verbs with a particle or preposition before their object: "referred to X", "spoke about Y", "pointed to Z". */
export const PREP_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['refer', new Set(['to'])], ['talk', new Set(['about', 'of'])], ['speak', new Set(['about', 'of', 'out'])],
  ['point', new Set(['to'])], ['focus', new Set(['on'])], ['object', new Set(['to'])],
  ['worry', new Set(['about'])], ['complain', new Set(['about', 'of'])], ['ask', new Set(['about', 'for'])],
  ['argue', new Set(['for', 'against'])], ['advocate', new Set(['for'])], ['warn', new Set(['of', 'about', 'against'])],
  ['care', new Set(['about'])], ['learn', new Set(['of', 'about'])], ['hope', new Set(['for'])], ['wish', new Set(['for'])],
  ['plead', new Set(['for'])], ['beg', new Set(['for'])], ['vote', new Set(['for', 'against'])],
  ['comment', new Set(['on'])], ['remark', new Set(['on'])], ['reflect', new Set(['on'])], ['weigh', new Set(['on'])],
  ['write', new Set(['about', 'of'])], ['think', new Set(['about', 'of'])], ['hear', new Set(['about', 'of'])],
  ['rail', new Set(['against', 'about', 'at'])], ['lash', new Set(['at'])], ['campaign', new Set(['for', 'against', 'on'])],
  ['lobby', new Set(['for', 'against'])], ['rally', new Set(['behind', 'around', 'against'])], ['side', new Set(['with', 'against'])],
  ['fight', new Set(['for', 'against'])], ['boast', new Set(['about', 'of'])], ['brag', new Set(['about'])], ['joke', new Set(['about'])],
  ['spell', new Set(['out'])], ['lay', new Set(['out'])], ['testify', new Set(['about', 'on'])], ['inquire', new Set(['about'])], ['insist', new Set(['on'])],
]);

/** Nouns of attribution and what their complement says: "criticism of X", "support for Y", "questions about Z". */
export const NOUN_CUES: ReadonlyMap<string, QuoteKind> = (() => {
  const m = new Map<string, QuoteKind>();
  const add = (k: QuoteKind, ws: string): void => { for (const w of ws.split(' ')) m.set(w, k); };
  add('speech', 'remarks comments comment statement statements warning warnings promise promises pledge pledges argument arguments ' +
    'message messages accusation accusations allegation allegations claim claims call calls demand demands question questions ' +
    'complaint complaints praise insistence assertion assertions suggestion suggestions announcement threat threats story stories ' +
    'rhetoric attack attacks criticism criticisms condemnation denunciation account description portrayal characterization testimony ' +
    'speech remark case appeal appeals plea pleas advice request requests discussion reply response reaction mention denial ' +
    'acknowledgment acknowledgement observation observations point');
  add('belief', 'concern concerns fear fears view views belief beliefs hope hopes doubt doubts worry worries skepticism opinion ' +
    'opinions stance position positions assessment assumption notion idea ideas perception suspicion suspicions confidence');
  add('intention', 'plan plans proposal proposals push bid decision intention goal vow vows efforts effort campaign refusal ' +
    'attempt attempts desire willingness determination reluctance');
  add('evaluation', 'support opposition endorsement endorsements defense defence objection objections rejection backing ' +
    'approval disapproval admiration contempt disdain distaste frustration anger outrage enthusiasm embrace dislike dismissal acceptance');
  return m;
})();

/** The prepositions after a noun of attribution that introduce what it is about ("of" only where it is the object). */
export const NOUN_PREPS = new Set(['about', 'for', 'on', 'against', 'over', 'to', 'toward', 'towards', 'with']);
export const NOUN_OF = new Set(['announcement', 'discussion', 'embrace', 'mention', 'dismissal', 'denial', 'acknowledgment',
  'acknowledgement', 'acceptance', 'criticism', 'criticisms', 'praise', 'defense', 'defence', 'endorsement', 'view', 'views', 'fear', 'fears',
  'condemnation', 'denunciation', 'rejection', 'account', 'description', 'portrayal', 'characterization', 'assessment', 'perception',
  'disapproval', 'approval', 'suspicion', 'admiration']);

/** Prepositions that, right after any attribution verb, introduce what it is about ("railed about", "spoke out against"). */
export const ABOUT_PREPS = new Set(['about', 'against', 'over']);

/** Particles between a verb and its preposition: "spoke out against", "pushed back on", "weighed in on". */
export const VERB_PARTICLES = new Set(['out', 'back', 'up', 'in', 'down', 'off']);

/** Verbs of evidence whose subject is what seems: "the plan seems to work", "she appeared confused" — no source. */
export const APPEARANCE_CUES = new Set(['seem', 'appear']);

/** The infinitives after "declined to" / "refused to" that make it a statement: "declined to comment". */
export const SPEECH_INFINITIVES = new Set(['comment', 'say', 'respond', 'answer', 'discuss', 'elaborate', 'speculate',
  'specify', 'address', 'confirm', 'deny', 'identify', 'name', 'disclose', 'reveal', 'detail', 'explain', 'talk', 'speak',
  'provide', 'release', 'give', 'endorse', 'apologize', 'apologise', 'retract', 'condemn', 'criticize', 'rule', 'take', 'be']);

/** The kind of every cue lemma: verbs of saying are speech, the others as listed above (speech first). */
export const CUE_KIND: ReadonlyMap<string, QuoteKind> = (() => {
  const m = new Map<string, QuoteKind>();
  for (const l of [...SPEECH_VERBS, ...SPEECH_ACTS, ...PUBLICATION_ACTS]) m.set(l, 'speech');
  for (const [k, ls] of OTHER_CUES) for (const l of ls) if (!m.has(l)) m.set(l, k);
  for (const l of ['vote', 'object', 'rally', 'side', 'fight', 'campaign', 'lobby']) m.set(l, 'evaluation');
  for (const l of ['care', 'hear', 'reflect']) m.set(l, 'belief');
  for (const l of ['rail', 'lash', 'weigh', 'brag', 'inquire']) m.set(l, 'speech');
  return m;
})();

/** Cues that are only a cue with a complement they need ("call for", "point out"): checked by the caller. */
export const NEEDS_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['out', 'to'])], ['refer', new Set(['to'])], ['talk', new Set(['about', 'of', 'to', 'with'])],
  ['speak', new Set(['about', 'of', 'out', 'to', 'with', 'at', 'on'])],
]);

/** Cues that may only report a statement with a that-clause or a quotation, never a bare clause after them. */
export const THAT_ONLY = new Set(['continue', 'charge', 'call', 'describe', 'dismiss', 'threaten', 'demand',
  'propose', 'urge', 'indicate', 'conclude', 'signal', 'hint', 'counter', 'estimate', 'forecast', 'post',
  'accuse', 'promise', 'pledge', 'vow', 'ask', 'answer', 'report', 'reveal', 'mention', 'repeat', 'lament', 'speculate']);

/** Cues that are never used to introduce reported speech (only direct quotations next to them). */
export const DIRECT_ONLY = new Set(['press', 'interrupt', 'shout', 'yell', 'scream', 'exclaim', 'whisper', 'mutter', 'chant', 'continue', 'call', 'describe', 'dismiss', 'post', 'counter', 'retort', 'quip', 'joke']);

/** Verbs that report a finding, a cue only when a document speaks: "the poll shows", "the study found". */
export const FINDING_CUES = new Set(['show', 'find']);

/** Nouns of documents and measurements that publish findings. */
export const DOCUMENT_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis',
  'data', 'research', 'records', 'documents', 'document', 'investigation', 'audit', 'review', 'figures', 'statistics',
  'census', 'estimate', 'estimates', 'model', 'test', 'tests', 'inquiry', 'probe', 'assessment', 'filing', 'filings', 'ruling',
  // and those whose job is to find: "researchers found", "a federal judge found"
  'researchers', 'scientists', 'investigators', 'analysts', 'economists', 'auditors', 'inspectors', 'authors', 'judge',
  'court', 'panel', 'commission', 'committee', 'experts']);

/** Cues of a commitment or proposal, whose to-infinitive is what was said: "vowed to punish ...". */
export const COMMITMENT_CUES = new Set(['vow', 'pledge', 'promise', 'threaten', 'propose', 'demand']);

/** Cues that state a judgement by naming something: "called the charges fabricated". */
export const NAMING_CUES = new Set(['call', 'describe', 'dismiss']);

/** Cues whose object (the hearer) may stand between the verb and its clause: "told his counterpart that". */
export const HEARER_CUES = new Set(['encourage', 'tell', 'inform', 'assure', 'remind', 'warn', 'caution', 'urge', 'ask', 'promise',
  'pledge', 'accuse', 'charge', 'answer', 'counter', 'call', 'describe', 'dismiss']);

/** Surface form (lower case) or lemma -> cue lemma: every attribution cue; `CUE_KIND` says which are speech. */
export const ALL_CUE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map(CUE_FORMS);
  for (const l of CUE_KIND.keys()) for (const f of verbForms(l)) if (!m.has(f)) m.set(f, l);
  return m;
})();
