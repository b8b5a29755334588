import type { TokenRange } from '../../core/doc.js';
import type { Token } from '../../core/types.js';
import { upperAt } from '../../core/span.js';
import type { LexEntry, Lexicon } from '../../resources/lexicon.js';
import { spacedPhraseEnd } from '../syntax/agent-phrases.js';

/** A dictionary or gazetteer match over tokens, and the entry it stands for. */
export interface Hit {
  range: TokenRange;
  entry: LexEntry;
  /** The words are a nationality adjective ("Chinese") of the country named. */
  demonym: boolean;
}

const TYPE_RANK: Record<string, number> = { name: 0, metonym: 1, demonym: 2, agent: 3 };
/** Gazetteer countries first (a country's own name beats a dictionary variant), then names, capitals, demonyms, agents. */
const rank = (v: LexEntry): number => (v.kind === 'country' && v.source === 'gazetteer' ? 0 : 10) + TYPE_RANK[v.type]! + (v.kind === 'country' ? 0 : 0.5) + (v.territory ? 0.25 : 0);
const isCap = (text: string, t: Token): boolean => upperAt(text, t.start);
const isUpper = (s: string): boolean => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** Picks the entry a match stands for, honouring capitalisation constraints; null when none fits. */
function pickEntry(text: string, tokens: readonly Token[], first: number, end: number, values: LexEntry[]): LexEntry | null {
  let best: LexEntry | null = null;
  // a leading "the" of the phrase ("the Shire") may be lower case; the name after it may not
  const capFirst = tokens[first]!.norm === 'the' && end - first > 1 ? first + 1 : first;
  for (const v of values) {
    if (v.capitalized && !isCap(text, tokens[capFirst]!)) continue;
    if (v.allCaps && !isUpper(text.slice(tokens[first]!.start, tokens[end - 1]!.end))) continue;
    if ((v.kind === 'person' || v.kind === 'other') && wordInside(v.name, tokens[end - 1]!.norm)) continue;
    if (!best || rank(v) < rank(best)) best = v;
  }
  return best;
}

/** What may follow a name's stem in the same word: plurals, possessives, demonyms ("Kenyans", "Pakistani", "Congolese"). */
const NAME_ENDINGS = /^(s|es|'s|’s|n|ns|an|ans|ian|ians|i|is|ese|ish|ic|e|en|ite|ites)$/;

/**
 * A person's or place's name read as a stem inside a longer word (actors6): PETRARCH phrases without a final "_" match
 * every word starting with them, so the place GERA matched "Gerald" and the surname SEN "Senate". A word that extends
 * the name's last word by anything but an inflection or a demonym ending is another word.
 */
function wordInside(name: string, word: string): boolean {
  const sp = name.lastIndexOf(' ');
  const last = (sp < 0 ? name : name.slice(sp + 1)).toLowerCase();
  return word.length > last.length && word.startsWith(last) && !NAME_ENDINGS.test(word.slice(last.length));
}

/** Dictionary and gazetteer matches over one sentence, longest first, left to right. */
export function lexiconHits(text: string, tokens: readonly Token[], norms: string[], from: number, to: number, lex: Lexicon): Hit[] {
  for (let k = from; k < to; k++) if (norms[k] === '_') return joinedHits(text, tokens, norms, from, to, lex);
  const hits: Hit[] = [];
  for (let i = from; i < to; ) {
    const t = tokens[i]!;
    // "the" may open a dictionary phrase ("THE_HERMIT_KINGDOM", "THE_SHIRE"); other function words never do
    if (t.pos === 'PUNCT' || (t.pos === 'DET' && t.norm !== 'the') || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'PRON') { i++; continue; }
    let taken = false;
    // an actor phrase written with spaces may have modifiers between its words ("Ithilen state-run television"):
    // it wins over a shorter adjacent match
    const sp = lex.spaced?.get(norms[i]!);
    if (sp) {
      let best: Hit | null = null;
      for (const { key, entry } of sp) {
        const end = spacedPhraseEnd(tokens, norms, i, to, key.tokens, key.stem);
        if (end < 0 || (best && end <= best.range[1])) continue;
        const e = pickEntry(text, tokens, i, end, [entry]);
        if (e) best = { range: [i, end], entry: e, demonym: false };
      }
      if (best && !lex.trie.matchAt(norms, i, to).some((m) => m.end >= best!.range[1])) { hits.push(best); i = best.range[1]; continue; }
    }
    // a phrase opened by "the" counts only when the words after "the" are not an entry of their own ("the US")
    const theEnds = t.norm === 'the' ? new Set(lex.trie.matchAt(norms, i + 1, to).map((m) => m.end)) : null;
    for (const m of lex.trie.matchAt(norms, i, to)) {
      if (theEnds && theEnds.has(m.end)) continue;
      const e = pickEntry(text, tokens, i, m.end, m.values);
      if (!e) continue;
      hits.push({ range: [i, m.end], entry: e, demonym: m.values.some((v) => v.type === 'demonym') });
      i = m.end;
      taken = true;
      break;
    }
    if (!taken) i++;
  }
  return hits;
}

/** Matching over the sentence without its "_" tokens ("Dol_Amroth" written with an underscore), mapped back. */
function joinedHits(text: string, tokens: readonly Token[], norms: string[], from: number, to: number, lex: Lexicon): Hit[] {
  const keep: number[] = [];
  for (let k = from; k < to; k++) if (norms[k] !== '_') keep.push(k);
  const sub = keep.map((k) => tokens[k]!);
  const subNorms = keep.map((k) => norms[k]!);
  return lexiconHits(text, sub, subNorms, 0, keep.length, lex).map((h) => ({ ...h, range: [keep[h.range[0]]!, keep[h.range[1] - 1]! + 1] }));
}
