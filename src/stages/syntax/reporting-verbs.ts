/**
 * Reporting verbs: the verbs of saying, with every form, that the quote stage reads as cues and the noun-phrase and
 * clause readers use to tell where an attribution starts; and the surface forms the event coder reads as a reporting
 * tail (", officials said") or as the verb a reported future hangs on ("said they would").
 */

/** Verbs of saying and of publishing a statement: their clause or quotation is a quote. */
export const SPEECH_VERBS = [
  'say', 'tell', 'add', 'note', 'reiterate', 'warn', 'insist', 'claim', 'state', 'announce', 'stress', 'explain',
  'argue', 'assert', 'declare', 'confirm', 'deny', 'admit', 'acknowledge', 'write', 'tweet', 'reply', 'respond',
  'answer', 'ask', 'suggest', 'recall', 'comment', 'remark', 'observe', 'emphasize', 'emphasise', 'underline',
  'underscore', 'contend', 'allege', 'predict', 'promise', 'pledge', 'vow', 'urge', 'complain', 'concede',
  'testify', 'inform', 'assure', 'remind', 'caution', 'boast', 'quip', 'joke', 'recount', 'report', 'reveal',
  'mention', 'repeat', 'affirm', 'proclaim', 'counter', 'retort', 'threaten', 'demand', 'propose',
  'estimate', 'indicate', 'disclose', 'conclude', 'charge', 'continue', 'point', 'post',
  'accuse', 'call', 'describe', 'show', 'find', 'shout', 'yell', 'scream', 'exclaim', 'whisper', 'mutter', 'chant', 'dismiss', 'declare', 'signal', 'hint', 'lament', 'speculate', 'forecast',
  'opine', 'muse', 'gush', 'snap', 'fume', 'scoff', 'sneer', 'concur', 'clarify', 'elaborate', 'posit', 'interject', 'intone',
  'rant', 'summarize', 'summarise', 'recite', 'relay', 'aver', 'attest', 'vouch', 'swear', 'confide', 'grumble', 'gripe',
  'bemoan', 'confess', 'rebut', 'reassure', 'theorize', 'surmise', 'marvel', 'acknowledge', 'press', 'interrupt',
] as const;

/** Irregular forms of the cue verbs (the quote stage's other cues included: "thought", "knew"). */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'written', 'writes', 'writing'],
  deny: ['denied', 'denies', 'denying'], reply: ['replied', 'replies', 'replying'], testify: ['testified', 'testifies', 'testifying'],
  quip: ['quipped', 'quips', 'quipping'], admit: ['admitted', 'admits', 'admitting'], signal: ['signalled', 'signaled', 'signals', 'signalling', 'signaling'],
  forecast: ['forecast', 'forecasts', 'forecasting'], underline: ['underlined', 'underlines', 'underlining'],
  lay: ['laid', 'lays', 'laying'], spell: ['spelled', 'spelt', 'spells', 'spelling'], swear: ['swore', 'sworn', 'swears', 'swearing'], snap: ['snapped', 'snaps', 'snapping'], hear: ['heard', 'hears', 'hearing'], fight: ['fought', 'fights', 'fighting'], think: ['thought', 'thinks', 'thinking'], know: ['knew', 'known', 'knows', 'knowing'], feel: ['felt', 'feels', 'feeling'],
  see: ['saw', 'seen', 'sees', 'seeing'], seek: ['sought', 'seeks', 'seeking'], understand: ['understood', 'understands', 'understanding'],
  read: ['reads', 'reading'], speak: ['spoke', 'spoken', 'speaks', 'speaking'], learn: ['learned', 'learnt', 'learns', 'learning'],
  mean: ['meant', 'means', 'meaning'], bet: ['bets', 'betting'], plan: ['planned', 'plans', 'planning'], try: ['tried', 'tries', 'trying'], strive: ['strove', 'striven', 'strives', 'striving'],
  worry: ['worried', 'worries', 'worrying'], refer: ['referred', 'refers', 'referring'], prefer: ['preferred', 'prefers', 'preferring'],
  regret: ['regretted', 'regrets', 'regretting'], opt: ['opted', 'opts', 'opting'], rebuke: ['rebuked', 'rebukes', 'rebuking'],
  slam: ['slammed', 'slams', 'slamming'], dub: ['dubbed', 'dubs', 'dubbing'], label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  beg: ['begged', 'begs', 'begging'], vote: ['voted', 'votes', 'voting'], choose: ['chose', 'chosen', 'chooses', 'choosing'],
  imply: ['implied', 'implies', 'implying'],
  favor: ['favored', 'favors', 'favoring'], target: ['targeted', 'targets', 'targeting'], focus: ['focused', 'focussed', 'focuses', 'focusing'],
};

/** The forms of a verb (lemma, -s, -ed, -ing; irregular verbs as listed), lower case. */
export function verbForms(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]!];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  return [lemma, s, stem + 'ed', stem + 'ing'];
}

/** Surface form (lower case) or lemma -> lemma, for the verbs of saying: "said", "says", "saying" -> "say". */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const l of SPEECH_VERBS) for (const f of verbForms(l)) if (!m.has(f)) m.set(f, l);
  return m;
})();

/** Forms of reporting verbs that, after a comma, end the clause before them: ", officials said", ", according to". */
export const REPORTING_TAIL_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'reported', 'reports', 'told', 'added', 'announced', 'stated',
  'noted', 'according', 'quoted', 'claimed']);

/** Forms of reporting and announcing verbs after which "would" is a reported future ("said they would boycott"). */
export const REPORTED_SPEECH_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'announced', 'announces', 'confirmed', 'confirms', 'declared',
  'declares', 'stated', 'told', 'warned', 'warns', 'indicated', 'promised', 'pledged', 'vowed', 'insisted', 'added']);

/** A reporting or announcing verb among the 8 words before `i` ("said", "announced", "confirmed"). */
export function reportedBefore(norms: readonly string[], i: number): boolean {
  for (let t = i - 1; t >= 0 && t >= i - 8; t--) if (REPORTED_SPEECH_FORMS.has(norms[t]!)) return true;
  return false;
}
