/**
 * The data model of dyad. Every annotation points into one article `text` with a half-open
 * span of UTF-16 offsets (`text.slice(start, end)`), and every type here survives
 * `JSON.parse(JSON.stringify(x))`. Annotations reference each other by id, never by object.
 */
import type { DyadError } from './errors.js';

export interface Span {
  start: number;
  end: number;
}

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

export type ActorKind = 'country' | 'organization' | 'person' | 'group' | 'other';

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
}

/** What a generic noun names: "man" a person, "team" an organization, "city" a place. */
export type GenericNounClass = 'person' | 'organization' | 'place';

export interface Role {
  title: string;
  evidence: Span;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  code: string;
  country: string | null;
  sectors: string[];
  role?: Role;
  mentions: Span[];
  /** Ids of the mentions (parallel to `mentions`). */
  mentionIds: string[];
  /** Why the code was chosen: the rule and the span of the mention it came from. */
  codeEvidence?: { rule: string; span: Span };
}

export interface Quote {
  id: string;
  speaker: string | null;
  content: Span;
  cue: Span | null;
  direct: boolean;
  /** The span naming the speaker in the text (a mention), when there is one. */
  speakerSpan: Span | null;
  rule: string;
  /**
   * What kind of attribution this is: `speech` (said, written, published), `belief` (thinks, hopes, fears),
   * `intention` (wants, plans, seeks), `evaluation` (supports, opposes) or `evidence` (seems, appears, is expected).
   * `dyad code` prints only `speech` unless asked for every attribution (`--attributions all`).
   */
  kind?: QuoteKind;
}

export type QuoteKind = 'speech' | 'belief' | 'intention' | 'evaluation' | 'evidence';

export type Modality = 'asserted' | 'negated' | 'future' | 'hypothetical' | 'historical';

export interface CodedEvent {
  id: string;
  source: string | null;
  target: string | null;
  sourceCode: string;
  targetCode: string;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: { event: string | null; mode: string | null; context?: string | null };
  modality: Modality;
  sentence: number;
  evidence: Span;
  date?: string;
  dateEvidence?: Span;
  quote?: string;
  /** The dictionary pattern or rule that fired. */
  rule: string;
  sourceSpan?: Span;
  targetSpan?: Span;
  /** Where it happened (a place id of `places`), or null when the text does not say; absent before contract 1.1. */
  place?: string | null;
}

/**
 * A place named in the text (contract 1.1 `places`): a gazetteer entry with every span naming it as a location. A name
 * used for a government or its people ("Moscow said") is an actor mention, not a place mention.
 */
export interface Place {
  id: string;
  /** The gazetteer's name. */
  name: string;
  /** GeoNames id; null for a place known only as a country or region. */
  geonameid: number | null;
  /** ISO 3166 alpha-3 (the CAMEO country code). */
  country: string | null;
  /** First-level division, when known. */
  admin1?: string;
  /** GeoNames feature code (PCLI, ADM1, PPLC, PPL, ...). */
  featureCode: string;
  lat: number | null;
  lon: number | null;
  mentions: Span[];
  /** Why this reading was chosen among the places of that name. */
  rule: string;
}

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

/** The output of `dyad code` for one article: the contract of shared/CONTRACT.md plus extra fields. */
export interface CodedArticle extends Article {
  sentences: Span[];
  actors: Actor[];
  quotes: Quote[];
  events: CodedEvent[];
  /** Contract 1.1: every place named in the text (absent until a places stage fills it). */
  places?: Place[];
}
