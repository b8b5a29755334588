import type { Actor, Article, CodedEvent, Diagnostic, Mention, Place, Pos, Quote, Sentence, Span, Token } from './types.js';

/**
 * The document every stage reads and extends: the article, then one named layer per stage that assigns it. A stage
 * never edits a layer another stage assigned; it returns its own layers and the pipeline adds them (one writer per
 * layer, checked once when the stage list is built: src/pipeline/README.md).
 */

/**
 * A range of tokens: `tokens[first]` up to `tokens[end - 1]`, half-open, in document-global token indices (indices into
 * `Doc.tokens`, never into one sentence). Every token range of the pipeline is written this way; the events stage keeps
 * sentence-local indices inside its sentence frame, which records the sentence's first token (`SentenceFrame.offset`).
 */
export type TokenRange = readonly [first: number, end: number];

/** Coreference: one actor per real entity, and which actor each mention it resolved stands for. */
export interface CorefLayer {
  /** In order of first mention; ids a1, a2, ... */
  readonly actors: readonly Actor[];
  /** Mention id -> actor id, for every mention coreference resolved (the only link from mentions to actors). */
  readonly actorOfMention: ReadonlyMap<string, string>;
  /**
   * The mentions coreference resolved, as it read them (a role description takes the sectors and code it was given),
   * sorted by start: what the stages after coreference read. A mention that resolves to nothing (an "it" with no
   * antecedent) is not here.
   */
  readonly mentions: readonly Mention[];
}

/** Actors for speakers the text names but no coded actor stands behind ("the poll", "officials", "Mr. Hedge"). */
export interface SpeakersLayer {
  /** The new actors (ids after coreference's), in order of creation. */
  readonly actors: readonly Actor[];
  /** Quote id (of the quotes the output shows) -> the new actor that speaks it. */
  readonly speakerOf: ReadonlyMap<string, string>;
}

/** Universal Dependencies v2 relations (https://universaldependencies.org/u/dep/), with language subtypes ("nsubj:pass"). */
export type UdBaseRelation =
  | 'acl' | 'advcl' | 'advmod' | 'amod' | 'appos' | 'aux' | 'case' | 'cc' | 'ccomp' | 'clf' | 'compound' | 'conj' | 'cop'
  | 'csubj' | 'dep' | 'det' | 'discourse' | 'dislocated' | 'expl' | 'fixed' | 'flat' | 'goeswith' | 'iobj' | 'list' | 'mark'
  | 'nmod' | 'nsubj' | 'nummod' | 'obj' | 'obl' | 'orphan' | 'parataxis' | 'punct' | 'reparandum' | 'root' | 'vocative' | 'xcomp';
export type UdRelation = UdBaseRelation | `${UdBaseRelation}:${string}`;

/** The dependency parse of one sentence, in sentence-local word indices (word i is `doc.tokens[firstToken + i]`). */
export interface SentenceSyntax {
  /** Index of each word's head word, -1 for the sentence's root. */
  readonly head: ArrayLike<number>;
  /** Relation of each word to its head. */
  readonly deprel: readonly UdRelation[];
  /** Universal POS of each word as the parser reads it (may differ from `Token.pos`, the segment stage's). */
  readonly upos: readonly Pos[];
}

/**
 * A dependency analysis of the document's sentences, filled by the syntax stage (src/stages/syntax-parse). A sentence is
 * parsed the first time a stage asks for it and kept (parsing is the costly part: a stage that reads only some
 * sentences pays only for those); the answer for a sentence never changes. Shallow readers (src/stages/syntax/) work
 * without it; a stage that finds it may prefer it.
 */
export interface SyntaxLayer {
  /** The parse of sentence `si` (index into `sentences`), over the segment stage's tokens of that sentence. */
  sentence(si: number): SentenceSyntax;
  /** What produced it, for provenance ("parser:<model>@<version>"). */
  readonly source: string;
}

/** Where one event happened (contract 1.1 `events[].place`) and the rule that said so; the places of its parties. */
export interface EventPlace {
  /** A place id of `PlacesLayer.places`, or null when the text gives the event no place. */
  readonly place: string | null;
  /** The attachment rule that gave `place`, or why there is none (src/stages/places/attach.ts). */
  readonly placeRule: string;
  /** A place the text gives the source ("X-based militants"), when there is one. */
  readonly sourcePlace?: string;
  /** A place the text gives the target ("troops in X"), when there is one. */
  readonly targetPlace?: string;
}

/**
 * A dateline ("KYIV, Ukraine (AP) —", "WASHINGTON —"): where the story was filed, read before any actor (dateline stage,
 * src/stages/places/dateline.ts). A place, never an actor: no actor mention lies inside `span`.
 */
export interface Dateline {
  /** The city, in capitals. */
  readonly city: Span;
  /** The region or country written after it ("Ukraine"), when there is one. */
  readonly region: Span | null;
  /** The whole dateline, up to and including the dash (and its agency, "(AP)"). */
  readonly span: Span;
}

/** Contract 1.1 places: every place named in the text, and where each event happened. */
export interface PlacesLayer {
  /** In order of first mention (ids p1, p2, ...), then the divisions and countries read off them (rule `common-*`). */
  readonly places: readonly Place[];
  /** Event id -> its place (every event of the `events` layer has an entry; `place` null when the text gives none). */
  readonly eventPlaces: ReadonlyMap<string, EventPlace>;
}

/** Every named layer and its type. A new layer is a new entry here (and its stage's `assigns`). */
export interface Layers {
  /** Tokens with offsets, lower-cased norm, lemma and POS (segment). */
  tokens: readonly Token[];
  /** Sentences with their token ranges, headline and paragraph (segment). */
  sentences: readonly Sentence[];
  /** The dateline opening the story, or null (dateline). */
  dateline: Dateline | null;
  /** Every actor mention proposed, sorted by start (mentions). */
  mentions: readonly Mention[];
  /** Actors and the mention -> actor links (coref). */
  coref: CorefLayer;
  /** Quotes of speech: statements presented as said, written or published (quotes); what events read. */
  statements: readonly Quote[];
  /** Every attribution, speech or not, each with its kind (attributions; only with `--attributions all`). */
  attributions: readonly Quote[];
  /** CAMEO/PLOVER events, ids e1, e2, ... (events). */
  events: readonly CodedEvent[];
  /** Actors for described speakers no coded actor stands behind (speakers). */
  speakers: SpeakersLayer;
  /** Dependency syntax, parsed per sentence on first request (syntax). */
  syntax: SyntaxLayer;
  /** Places and where each event happened (places) */
  places: PlacesLayer;
}

export type LayerName = keyof Layers;

/** The document: the article and the layers assigned so far. */
export interface Doc extends Readonly<Partial<Layers>> {
  /** The article, its date resolved (its own, else the default date of the run). */
  readonly article: Article;
  /** `article.text`: the string every span and token offset points into. */
  readonly text: string;
  /** Findings about the input the stages reported (not part of the contract output). */
  readonly diagnostics: readonly Diagnostic[];
}

/** A document whose layers `K` are assigned: what a stage that requires `K` is given. */
export type DocWith<K extends LayerName> = Doc & { readonly [P in K]: Layers[P] };

/** A new document for an article: no layers yet. The article's own date wins over `defaultDate`. */
export function newDoc(article: Article, defaultDate?: string): Doc {
  const date = article.date ?? defaultDate;
  return { article: date && !article.date ? { ...article, date } : article, text: article.text, diagnostics: [] };
}

/** Which attributions become quotes: statements (`speech`, the default) or every attribution (`all`). */
export type AttributionMode = 'speech' | 'all';
export const ATTRIBUTION_MODES: readonly AttributionMode[] = ['speech', 'all'];
export const isAttributionMode = (s: string): s is AttributionMode => (ATTRIBUTION_MODES as readonly string[]).includes(s);

/** Options of one coding run (the same for every article of the run). */
export interface CodeOptions {
  /** Publication date used when the article has none (YYYY-MM-DD). */
  defaultDate?: string;
  /** When given, the pipeline adds each stage's elapsed milliseconds under the stage's name (for the benchmark). */
  timings?: Record<string, number>;
  /**
   * Which attributions become quotes: `speech` (default) — statements presented as said, written or published;
   * `all` — also beliefs, intentions, evaluations and evidence ("X believes", "X wants to", "X supports Y"), each
   * with its `kind`. Events are coded from the speech quotes either way.
   */
  attributions?: AttributionMode;
  /**
   * CPU milliseconds the article may take; past them coding stops after the current stage with E_BUDGET. Default
   * `defaultBudgetMs(text length)` (core/budget.ts); 0: no budget.
   */
  budgetMs?: number;
}

/** The document has every layer of `names` (a type guard for code that runs a stage by hand). */
export function hasLayers<K extends LayerName>(doc: Doc, names: readonly K[]): doc is DocWith<K> {
  return names.every((n) => doc[n] !== undefined);
}
