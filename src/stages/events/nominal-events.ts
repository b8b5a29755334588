import type { CodedEvent } from '../../core/types.js';
import { codeInfo } from '../../resources/cameo/cameo-tables.js';
import type { SentenceEvents } from './assemble-events.js';
import { parseModality } from './parse-modality.js';
import { quoteAt } from './quote-at.js';
import type { SentenceFrame, SentenceParse } from './sentence-frame.js';

/**
 * Events written as nouns (issue 14): "the army's shelling of Kharkiv", "Russia's attack on Ukraine", "Modi's visit to
 * Mauritius", "the arrest of the journalist by Iranian police". The noun's possessor (or its *by* argument) is the
 * source and its argument with one of the noun's prepositions the target; both must be actors. A noun that is the
 * object of a verb is left to the verb's pattern ("imposed sanctions on Iran"), and a noun with no actor on either
 * side codes nothing ("sanctions against Iran" names no sender). Rule `dyad:noun<word:code>`.
 */
interface NounEvent { code: string; preps: readonly string[] }
const NOUN_EVENTS: ReadonlyMap<string, NounEvent> = new Map<string, NounEvent>([
  ...['shelling', 'bombardment', 'bombing', 'bombings', 'airstrike', 'airstrikes', 'air strike', 'air strikes'].map((w): [string, NounEvent] => [w, { code: '195', preps: ['of', 'on', 'against'] }]),
  ...['attack', 'attacks', 'assault', 'offensive', 'raid', 'raids', 'invasion'].map((w): [string, NounEvent] => [w, { code: '190', preps: ['on', 'against', 'of'] }]),
  ...['sanctions', 'tariffs', 'embargo'].map((w): [string, NounEvent] => [w, { code: '163', preps: ['on', 'against'] }]),
  ['visit', { code: '042', preps: ['to'] }],
  ...['criticism', 'condemnation'].map((w): [string, NounEvent] => [w, { code: '111', preps: ['of'] }]),
  ...['arrest', 'detention'].map((w): [string, NounEvent] => [w, { code: '173', preps: ['of'] }]),
  ['expulsion', { code: '174', preps: ['of'] }],
]);

/** The nouns that can carry an event (a sentence holding one is read even without a verb of the dictionary). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(NOUN_EVENTS.keys());

export function codeNominalEvents(f: SentenceFrame, sp: SentenceParse, lemmas: readonly string[], out: SentenceEvents): void {
  const { syn } = sp;
  const { toks, norms, parts, groups, groupOf, er } = f;
  for (let n = 0; n < toks.length; n++) {
    const ne = NOUN_EVENTS.get(norms[n]!);
    if (!ne || sp.upos[n] !== 'NOUN') continue;
    if (syn.urel(n) === 'obj' || syn.rel(n) === 'compound') continue;
    let src = -1, tgt = -1;
    for (const a of syn.nominalArgs(n)) {
      // the argument's own words (not what its subtree holds beyond a nested modifier)
      const gi = groupOf[a.word] ?? -1;
      if (gi < 0) continue;
      if (a.rel === 'nmod:poss' || a.caseForm === 'by') { if (src < 0) src = gi; } else if (ne.preps.includes(a.caseForm) && tgt < 0) tgt = gi;
    }
    if (src < 0 || tgt < 0 || src === tgt) continue;
    const pm = parseModality(syn, lemmas, n);
    const modality = pm?.modality ?? 'asserted';
    const S = groups[src]!, T = groups[tgt]!;
    const first = Math.min(S.ts, n, T.ts), last = Math.max(S.te - 1, n, T.te - 1);
    const quote = quoteAt(f.quotes, toks[n]!.start);
    for (const a of S.members.map((k) => parts[k]!)) for (const b of T.members.map((k) => parts[k]!)) {
      if (a.code === b.code || (a.actor && a.actor === b.actor)) continue;
      const key = `${a.actor ?? a.code}|${b.actor ?? b.code}|${ne.code}|${a.code}|${b.code}`;
      if (out.seen.has(key)) continue;
      out.seen.add(key);
      const info = codeInfo(er.cameo, ne.code);
      const ev: CodedEvent = {
        id: '', source: a.actor, target: b.actor, sourceCode: a.code, targetCode: b.code,
        cameo: ne.code, root: info.root, quad: info.quad, goldstein: info.goldstein, plover: info.plover, modality, sentence: f.sentence,
        evidence: { start: toks[first]!.start, end: toks[last]!.end }, ...(f.articleDate ? { date: f.articleDate } : {}), ...(quote ? { quote: quote.id } : {}),
        rule: `dyad:noun<${norms[n]}:${ne.code}>${pm ? ` ${pm.rule}` : ''}`,
        sourceSpan: { start: a.mention.start, end: a.mention.end }, targetSpan: { start: b.mention.start, end: b.mention.end },
      };
      out.list.push(ev);
    }
  }
}
