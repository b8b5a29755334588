import type { Quote } from '../../core/types.js';

/**
 * The rule ids of the quote stage: the construction that produced a quote, written to the output as its `rule`. The
 * type is derived from this table, and what later steps need to know about a construction is a property here, never
 * a test on the id's spelling (renaming an id changes the output's provenance only).
 */
interface RuleProperties {
  /** A clause of a single word is enough ("criticized Smith", "declined to comment"): no minimum of words. */
  readonly shortContentOk?: true;
  /** It names or judges its object ("called X Y", "praised X"): quoted words inside still make a reported statement. */
  readonly naming?: true;
  /** The attribution comes after its clause ("CLAUSE, X said"): a later attribution cuts an earlier clause before it. */
  readonly clauseBeforeCue?: true;
  /** A stance read off a verb's object ("Trump questioned the need"): not an attribution that opens a clause of its own. */
  readonly readOffObject?: true;
  /** The cue comes right after the quotation ('"...," X said' / '"...," said X'). */
  readonly cueAfterQuote?: true;
  /** The quotation may go on the one before it, interrupted only by its attribution ('"A," she said, "B."'). */
  readonly continuesQuotation?: true;
}

export const QUOTE_RULES = {
  'transcript:NAME-colon': {},
  'according-to': {},
  'reported:in-poll': {},
  'reported:asked-by': {},
  'reported:noun-cue': { shortContentOk: true },
  'reported:infinitive-complement': {},
  'reported:actor-object': { readOffObject: true },
  'reported:appearance': {},
  'reported:accuse-of': {},
  'reported:that-clause': {},
  'reported:colon': {},
  'reported:colon-paragraph': {},
  'reported:comma-clause': {},
  'reported:wh-clause': {},
  'reported:bare-clause': {},
  'reported:infinitive': { shortContentOk: true },
  'reported:object': { shortContentOk: true, naming: true },
  'reported:prep-object': { shortContentOk: true },
  'reported:directive': {},
  'reported:finding': {},
  'reported:embedded': {},
  'reported:cue-inside': {},
  'reported:clause-then-cue': { clauseBeforeCue: true },
  'reported:call-for': {},
  'reported:call-X-Y': { naming: true },
  'direct:quote-according-to': {},
  'direct:quote-said-NAME': { cueAfterQuote: true },
  'direct:quote-NAME-said': { cueAfterQuote: true },
  'direct:quote-dash-NAME': {},
  'direct:NAME-said-quote': {},
  'direct:quote-cue-quote': { continuesQuotation: true },
  'direct:partial-in-reported': {},
  'direct:partial-called': {},
  'floating': { continuesQuotation: true },
} as const satisfies Record<string, RuleProperties>;

/** Every rule id a quote can carry. */
export type QuoteRule = keyof typeof QUOTE_RULES;

/** The rule has the property (false for no rule). */
export function ruleHas(rule: QuoteRule | null, property: keyof RuleProperties): boolean {
  return rule !== null && (QUOTE_RULES[rule] as RuleProperties)[property] === true;
}

/** A quote as the quote stage builds it: its rule is one of the table's. */
export type RuledQuote = Quote & { rule: QuoteRule };
