import type { CodedArticle } from '../core/types.js';
import type { Lexicon } from '../resources/lexicon.js';
import { phraseTokens } from '../resources/petrarch/phrase.js';
import { isCommonWord, type WordLists } from '../resources/surnames.js';

/**
 * Events whose source or target was matched on a single word of a longer dictionary name (issue 15): the actor's
 * code comes from a dictionary entry of a person or organization with a name of several words, its evidence is one
 * word, and that word is a common word, or is neither a form the entry lists nor a surname the entry lists.
 * Returns one line per such event side ("article: SOURCE 'Europe' -> Communist Revolutionaries In Europe (rule)").
 */
export function singleWordActorProblems(doc: CodedArticle, lex: Lexicon, lists: WordLists): string[] {
  const out: string[] = [];
  for (const ev of doc.events) {
    for (const [side, id] of [['source', ev.source], ['target', ev.target]] as const) {
      const a = doc.actors.find((x) => x.id === id);
      const ce = a?.codeEvidence;
      if (!a || !ce || !ce.rule.startsWith('petrarch:') || (a.kind !== 'person' && a.kind !== 'organization')) continue;
      const word = doc.text.slice(ce.span.start, ce.span.end);
      const tokens = phraseTokens(word);
      if (tokens.length !== 1 || phraseTokens(a.name).length < 2) continue;
      const norm = tokens[0]!;
      const rule = ce.rule.split('+')[0]!;
      let ok: boolean;
      if (isCommonWord(norm, lists)) ok = false;
      else if (rule.endsWith(':surname')) ok = (lex.surnames.get(norm) ?? []).some((e) => e.rule === rule.slice(0, -':surname'.length));
      else ok = lex.trie.matchAt([norm], 0, 1).some((m) => m.values.some((v) => v.rule === rule));
      if (!ok) out.push(`${doc.id}: ${side} "${word}" -> ${a.name} (${ce.rule})`);
    }
  }
  return out;
}
