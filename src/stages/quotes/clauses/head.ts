import type { TokenRange } from '../../../core/doc.js';
import type { QuoteKind } from '../../../core/types.js';
import type { Cue } from '../cue-draft.js';
import type { QuoteRule } from '../rules.js';
import type { QuoteScan } from '../scan.js';
import { DIRECT_ONLY } from '../cue-lexicon.js';

/** A verb cue as read before its clause: the clause readers decide what it reports. */
export interface VerbCueHead {
  /** The cue verb, its sentence (`si`) and the sentence's tokens (`lo` to `hi`). */
  readonly i: number;
  readonly lo: number;
  readonly hi: number;
  readonly si: number;
  readonly lemma: string;
  readonly kind: QuoteKind;
  /** One past the cue words (particle and preposition included). */
  readonly cueEnd: number;
  readonly speaker: TokenRange | null;
  readonly inverted: boolean;
  readonly participle: boolean;
  /** The cue takes a prepositional object ("talked about ..."). */
  readonly prepObject: boolean;
  readonly group: TokenRange;
  /** Where the clause may start: after the cue, or after the speaker of an inverted cue. */
  readonly from: number;
  /** Past the hearer and the setting ("told reporters on Tuesday"); for a cue that takes a clause, at its "that". */
  readonly k: number;
  /** The cues read before this one, in text order. */
  readonly earlier: readonly Cue[];
}

/** What a clause reader found: the clause (null: none, the cue still attributes a quotation), its rule, the attribution's extent. */
export interface ClauseReading {
  readonly content: TokenRange | null;
  readonly rule: QuoteRule | null;
  readonly group: TokenRange;
  /** The cue's kind, when the construction changes it ("criticized the plan" is an evaluation). */
  readonly kind?: QuoteKind;
  /** The cue's end, when the construction takes a particle ("called out"). */
  readonly cueEnd?: number;
}

/** Reads one construction after a verb cue; `undefined` when it is not this construction (the next reader is asked). */
export type ClauseReader = (scan: QuoteScan, h: VerbCueHead) => ClauseReading | undefined;

/** The cue takes a clause of its own (verbs of shouting or naming only attribute quotations, or name an object). */
export const takesClause = (h: VerbCueHead): boolean => !DIRECT_ONLY.has(h.lemma);
