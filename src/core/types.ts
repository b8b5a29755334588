/**
 * The data model of dyad. Every annotation points into one article `text` with a half-open
 * span of UTF-16 offsets (`text.slice(start, end)`), and every type here survives
 * `JSON.parse(JSON.stringify(x))`. Annotations reference each other by id, never by object.
 */

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
  /** Index of the first token and one past the last token of this sentence in `tokens`. */
  firstToken: number;
  lastToken: number;
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
  /** Which rule or dictionary entry produced it, e.g. "gazetteer:country-name", "petrarch:Phoenix.Countries:XI_JINPING". */
  rule: string;
  /** Id of the mention this one was resolved to by coreference, filled by the coref stage. */
  antecedent?: string;
}

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
  /** Where it happened: a place id when the text says (contract 1.1), else null. */
  place?: string | null;
  /** Which attachment rule gave `place` (or why there is none). */
  placeRule?: string;
  /** A place the text gives the source or the target ("troops in X", "X-based militants"), when there is one. */
  sourcePlace?: string;
  targetPlace?: string;
}

/** A place named in the text (contract 1.1), read from the GeoNames gazetteer. */
export interface Place {
  id: string;
  /** The gazetteer's name. */
  name: string;
  /** GeoNames id; null for a place the gazetteer knows only as a country or region without one. */
  geonameid: number | null;
  /** ISO 3166 alpha-3 = CAMEO country code (Kosovo KSV). */
  country: string | null;
  /** First-level division's name, when known. */
  admin1: string | null;
  /** GeoNames first-level division key ("US.TX"), when known. */
  admin1Code: string | null;
  /** GeoNames feature code: PCLI for a country, ADM1, PPLC, PPLA, PPL, CONT, ... */
  featureCode: string;
  lat: number;
  lon: number;
  /** Every span naming it; empty for a division or country read off other places (rule `common-*`). */
  mentions: Span[];
  /** Why this reading was chosen among the places of that name. */
  rule: string;
}

/** A finding about the input (not a bug): has a place, a rule id and a severity. */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  origin?: Origin;
  span?: Span;
}

/** The output of `dyad code` for one article: the contract of shared/CONTRACT.md plus extra fields. */
export interface CodedArticle extends Article {
  sentences: Span[];
  actors: Actor[];
  quotes: Quote[];
  events: CodedEvent[];
  /** Every place named in the text (contract 1.1). */
  places?: Place[];
}
