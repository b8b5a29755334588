/**
 * The words that introduce a statement. Matched on wink's lemma, or on the surface form when wink
 * tags or lemmatizes a cue oddly ("promising"/ADJ). Built once; read-only.
 */

/** Verbs of saying and of publishing a statement: their clause or quotation is a quote. */
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'note', 'reiterate', 'warn', 'insist', 'claim', 'state', 'announce', 'stress', 'explain',
  'argue', 'assert', 'declare', 'confirm', 'deny', 'admit', 'acknowledge', 'write', 'tweet', 'reply', 'respond',
  'answer', 'ask', 'suggest', 'recall', 'comment', 'remark', 'observe', 'emphasize', 'emphasise', 'underline',
  'underscore', 'contend', 'allege', 'predict', 'promise', 'pledge', 'vow', 'urge', 'complain', 'concede',
  'testify', 'inform', 'assure', 'remind', 'caution', 'boast', 'quip', 'joke', 'recount', 'report', 'reveal',
  'mention', 'repeat', 'affirm', 'proclaim', 'counter', 'retort', 'threaten', 'demand', 'propose',
  'estimate', 'indicate', 'disclose', 'conclude', 'charge', 'continue', 'point', 'post',
  'accuse', 'call', 'describe', 'show', 'find', 'shout', 'yell', 'scream', 'exclaim', 'whisper', 'mutter', 'chant', 'dismiss', 'declare', 'signal', 'hint', 'lament', 'speculate', 'forecast',
] as const;

/** Cues that are only a cue with a complement they need ("call for", "point out"): checked by the caller. */
export const NEEDS_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['out'])],
]);

/** Cues that may only report a statement with a that-clause or a quotation, never a bare clause after them. */
export const THAT_ONLY = new Set(['continue', 'charge', 'call', 'describe', 'dismiss', 'threaten', 'demand',
  'propose', 'urge', 'indicate', 'conclude', 'signal', 'hint', 'counter', 'estimate', 'forecast', 'post',
  'accuse', 'promise', 'pledge', 'vow', 'ask', 'answer', 'report', 'reveal', 'mention', 'repeat', 'lament', 'speculate']);

/** Cues that are never used to introduce reported speech (only direct quotations next to them). */
export const DIRECT_ONLY = new Set(['shout', 'yell', 'scream', 'exclaim', 'whisper', 'mutter', 'chant', 'continue', 'call', 'describe', 'dismiss', 'post', 'counter', 'retort', 'quip', 'joke']);

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
export const HEARER_CUES = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'caution', 'urge', 'ask', 'promise',
  'pledge', 'accuse', 'charge', 'answer', 'counter', 'call', 'describe', 'dismiss']);

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'written', 'writes', 'writing'],
  deny: ['denied', 'denies', 'denying'], reply: ['replied', 'replies', 'replying'], testify: ['testified', 'testifies', 'testifying'],
  quip: ['quipped', 'quips', 'quipping'], admit: ['admitted', 'admits', 'admitting'], signal: ['signalled', 'signaled', 'signals', 'signalling', 'signaling'],
  forecast: ['forecast', 'forecasts', 'forecasting'], underline: ['underlined', 'underlines', 'underlining'],
};

function forms(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]!];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  return [lemma, s, stem + 'ed', stem + 'ing'];
}

/** Surface form (lower case) or lemma -> cue lemma. */
export const CUE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const l of SPEECH_VERBS) for (const f of forms(l)) if (!m.has(f)) m.set(f, l);
  return m;
})();

/** Subject pronouns that can open a reported clause without "that" ("said he would ..."). */
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'this', 'these', 'those']);

/** Pronouns that can be a speaker. */
export const SPEAKER_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who']);

/** Words for times and settings that sit between a cue and its clause: "said on Tuesday that", "said in a statement". */
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again', 'also', 'then', 'now',
  'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend',
  'weeks', 'months', 'years', 'days', 'hours', 'ago']);
