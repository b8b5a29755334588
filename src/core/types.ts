/**
 * The data model of dyad. Every annotation points into one article `text` with a half-open
 * span of UTF-16 offsets (`text.slice(start, end)`), and every type here survives
 * `JSON.parse(JSON.stringify(x))`. Annotations reference each other by id, never by object. The types of the output
 * (`Actor`, `Quote`, `CodedEvent`, `Place`, `CodedArticle`) are inferred from the zod schemas of contract-schema.ts,
 * their one source.
 */
import type { z } from 'zod';
import type { ACTOR_KINDS, actorSchema, codedArticleSchema, eventSchema, MODALITIES, placeSchema, QUOTE_KINDS, quoteSchema, roleSchema, spanSchema } from './contract-schema.js';
import type { DyadError } from './errors.js';

/** A half-open span of UTF-16 offsets into the article text: `text.slice(start, end)`. */
export interface Span extends z.infer<typeof spanSchema> {}

/** One article as read by ingest: the text every later layer points into. */
export interface Article {
  id: string;
  date?: string; // YYYY-MM-DD
  title?: string;
  url?: string;
  text: string;
}

/** Where an article came from, for messages ("file.jsonl:12"). */
export interface Origin {
  input: string; // file path, "-" for stdin
  line?: number; // 1-based line for JSONL/CSV
  item?: number; // 1-based item number in a feed
}

export interface SourcedArticle {
  article: Article;
  origin: Origin;
}

/** One input as read: an article with where it came from, or why it could not be read. */
export type IngestItem = { ok: true; value: SourcedArticle } | { ok: false; error: DyadError };

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased surface form with curly quotes folded to straight ones. */
  norm: string;
  lemma: string;
  pos: Pos;
  sentence: number;
}

export interface Sentence extends Span {
  /**
   * The sentence's tokens: `tokens[firstToken]` up to `tokens[endToken - 1]` (half-open, document-global, as every
   * token range in dyad: see `TokenRange` in doc.ts).
   */
  firstToken: number;
  endToken: number;
  /** The sentence is a headline: the first line of the article, followed by a blank line. */
  headline: boolean;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

export type ActorKind = (typeof ACTOR_KINDS)[number];

export type MentionType =
  | 'name' // a proper name: "Dong Jun", "Russia", "NATO"
  | 'metonym' // a capital for its government: "Beijing"
  | 'demonym' // an adjective of nationality heading an actor: "the Chinese side"
  | 'acronym' // an acronym: "NATO" after "North Atlantic Treaty Organization (NATO)"
  | 'description' // a definite description: "the Chinese minister", "the officials"
  | 'pronoun'; // "he", "his", "them", "we"

/** One place an actor is named or referred to. */
export interface Mention extends Span {
  id: string;
  type: MentionType;
  /** The head words that identify the mention (for a description, its noun; for a name, the name). */
  head: Span;
  kind: ActorKind;
  /** Canonical name proposed by the entry that matched ("China", "North Atlantic Treaty Organization"). */
  name: string;
  /** CAMEO actor code as read at this mention ("CHN", "CHNGOVMIL"), empty when unknown. */
  code: string;
  /** Country or IGO root code, when known. */
  country: string | null;
  sectors: string[];
  /** A role title read at this mention ("Defense Minister"), with the span it was read from. */
  role?: Role;
  /** Grammatical number and person, for pronouns and descriptions. */
  plural: boolean;
  /**
   * Which rule or dictionary entry produced it, e.g. "gazetteer:country-name", "petrarch:Phoenix.Countries:XI_JINPING".
   * Provenance only: no stage branches on it (the typed fields below say what later stages need to know).
   */
  rule: string;
  /** A PETRARCH dictionary entry (an actor, or an agent such as "defense minister") took part in reading it. */
  fromDictionary: boolean;
  /** A relative pronoun opening a clause about the phrase before it ("Clinton, who said ..."). */
  relative: boolean;
  /** A description headed by a common noun for a person, an organization or a place ("the team", "critics"). */
  generic: GenericNounClass | null;
  /** A description headed by a dictionary agent ("the defense minister", "Russian troops"). */
  agentHead: boolean;
  /**
   * A proper name guessed from an unknown capitalised run: no dictionary entry, no title before it, no organisation
   * word in it (rules `name:propn-run`, `name:propn`). The places stage may read such a name as a place.
   */
  guessed: boolean;
  /** This mention names the actor of the mention with this id (an apposition: "X, a former minister"). */
  sameAs?: string | undefined;
  /** The code was read from a role the text gives the person (title or apposition), which wins over a dictionary's. */
  textRole?: boolean | undefined;
}

/** What a generic noun names: "man" a person, "team" an organization, "city" a place. */
export type GenericNounClass = 'person' | 'organization' | 'place';

export interface Role extends z.infer<typeof roleSchema> {}

/** One actor per real entity, with every span naming it (contract; the fields are documented in contract-schema.ts). */
export interface Actor extends z.infer<typeof actorSchema> {}

/** A statement attributed to someone, with its content, cue and speaker (contract-schema.ts). */
export interface Quote extends z.infer<typeof quoteSchema> {}

export type QuoteKind = (typeof QUOTE_KINDS)[number];

export type Modality = (typeof MODALITIES)[number];

/** A CAMEO/PLOVER event with its parties, codes, modality, date and evidence (contract-schema.ts). */
export interface CodedEvent extends z.infer<typeof eventSchema> {}

/** A place named in the text (contract 1.1; contract-schema.ts). */
export interface Place extends z.infer<typeof placeSchema> {}

/**
 * A finding about the input (not a bug) a stage reports: where (a span of the text), which rule, how bad. Stages
 * return them with their layers (`diagnostics`); they are not part of the contract output.
 */
export interface Diagnostic {
  /** The rule or check that produced it ("quotes:unmatched-mark"). */
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  span?: Span;
  origin?: Origin;
}

/** The output of `dyad code` for one article: the contract of shared/CONTRACT.md plus extra fields (contract-schema.ts). */
export interface CodedArticle extends z.infer<typeof codedArticleSchema> {}
