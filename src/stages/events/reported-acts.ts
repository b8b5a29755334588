import type { Quote } from '../../core/types.js';
import type { Group } from './actor-groups.js';
import { quoteAt } from './quote-at.js';
import type { SentenceFrame } from './sentence-frame.js';
import type { VerbGroup } from './verb-groups.js';

/**
 * Acts reported inside a statement (issue 14, class 3). "X said Y attacked Z", "according to X, Y attacked Z",
 * "Y attacked Z, X said": the coder codes the reported verb like any other, and the event's `quote` is the statement
 * that carries it (`quote-at.ts`). This file says who states a clause, for the rules that read a statement's force
 * from its clause: "X said Y must withdraw" is X's demand of Y (100), and Y's withdrawal is not asserted
 * (`obligation.ts`).
 */

/** Verbs of saying whose reported clause is the subject's own statement ("said", "told reporters", "announced"). */
const STATING_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'state', 'declare', 'insist', 'stress', 'reiterate', 'note', 'argue',
  'assert', 'emphasize', 'emphasise', 'write', 'tweet', 'explain', 'believe', 'think', 'announce', 'maintain', 'affirm', 'repeat', 'conclude']);

/** Who states the clause of a verb: the reporter's actor group, the reporting verb group when the dictionary has it. */
export interface ClauseReporter {
  src: Group;
  /** The verb of saying as a verb group of the sentence, or null when the dictionary does not list it. */
  verb: VerbGroup | null;
  /** Its lemma (upper case, for the rule id) and the quotation that carries the clause. */
  lemma: string;
  quote: Quote | null;
}

/**
 * The reporter of verb `V`'s clause when no "that" marks it: the subject of the verb of saying whose reported clause
 * (ccomp) the verb heads ("Russia says Israel must end ..."), else the speaker of the quotation around the verb when
 * the speaker is an actor of this sentence ("'Israel must end the raids,' the Russian minister said"). Bundled
 * dictionaries only.
 */
export function clauseReporter(f: SentenceFrame, V: VerbGroup): ClauseReporter | null {
  if (f.er.policy !== 'dyad') return null;
  const quote = quoteAt(f.quotes, f.toks[V.head]!.start);
  const sp = f.parse();
  if (sp && sp.syn.rel(V.head) === 'ccomp') {
    const r = sp.syn.head[V.head]!;
    const lemma = (f.toks[r]!.lemma ?? f.norms[r]!).toLowerCase();
    if (r >= 0 && r < V.auxStart && STATING_LEMMAS.has(lemma)) {
      const verb = f.verbs.find((u) => u.head === r) ?? null;
      let src: Group | null = verb?.subject ?? null;
      for (const w of src ? [] : sp.syn.subjects(r)) if ((f.groupOf[w] ?? -1) >= 0) { src = f.groups[f.groupOf[w]!]!; break; }
      return src ? { src, verb, lemma: lemma.toUpperCase(), quote } : null;
    }
  }
  if (quote?.direct && quote.speaker) {
    const k = f.parts.findIndex((p) => p.actor === quote.speaker && (p.mention.end <= quote.content.start || p.mention.start >= quote.content.end));
    const gi = k >= 0 ? f.groupOf[f.parts[k]!.ts] ?? -1 : -1;
    if (gi >= 0) return { src: f.groups[gi]!, verb: null, lemma: 'QUOTE', quote };
  }
  return null;
}

/**
 * A future act a statement attributes to a party other than its speaker's is the speaker's prediction, not the
 * actor's intent (dyad's policy, issue 14): "India will always be cautious about confronting China," a U.S. analyst
 * said; "Chile said Peru will withdraw its troops". CAMEO codes an intent (03x) or threat (13x) from the actor's own
 * words; a forecast by another party asserts nothing the actor did. Kept: the speaker's own side ("the UNHCR said it
 * was ready to support", "Indian officials said New Delhi would back the deal"), and speakers of no known country ("a
 * leading official has said", "the Palace said": on training news these are the actor's own spokesmen).
 * `speakerCountry` is the country (or IGO) of the quotation's speaker.
 */
export function thirdPartyPrediction(quote: Quote | null, speakerCountry: string | null | undefined, sourceCodes: readonly string[]): boolean {
  if (!quote?.speaker || !speakerCountry) return false;
  return sourceCodes.every((c) => !c.startsWith(speakerCountry) && !speakerCountry.startsWith(c.slice(0, /^(IGO|NGO)/.test(c) ? 6 : 3)));
}

