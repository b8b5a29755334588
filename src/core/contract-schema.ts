import { z } from 'zod';

/**
 * The output of `dyad code` (shared/CONTRACT.md and the fields dyad adds) as zod schemas: the one source of truth of
 * its shape. The types of core/types.ts are inferred from these (`Actor`, `Quote`, `CodedEvent`, `Place`,
 * `CodedArticle`, ...), and the tests check real output against them, strictly: a field dyad writes but these do not
 * declare fails the tests. A stage that adds a field to the output adds it here (optional, for older outputs).
 */

const strict = z.strictObject;

/** A half-open span of UTF-16 offsets into the article text. */
export const spanSchema = strict({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, 'end before start');

export const ACTOR_KINDS = ['country', 'organization', 'person', 'group', 'other'] as const;
export const QUOTE_KINDS = ['speech', 'belief', 'intention', 'evaluation', 'evidence'] as const;
export const MODALITIES = ['asserted', 'negated', 'future', 'hypothetical', 'historical'] as const;

export const roleSchema = strict({ title: z.string(), evidence: spanSchema });

export const actorSchema = strict({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  /** CAMEO actor code: country or IGO code first, then sector codes ("CHNGOVMIL"); empty when unknown. */
  code: z.string(),
  /** Country or IGO root code, when known. */
  country: z.string().nullable(),
  sectors: z.array(z.string()),
  /** A role title read at a mention ("Defense Minister"), with the span it was read from. */
  role: roleSchema.optional(),
  /** Every place the actor is named or referred to, in text order. */
  mentions: z.array(spanSchema),
  /** Ids of the mentions (parallel to `mentions`). */
  mentionIds: z.array(z.string()),
  /** Why the code was chosen: the rule and the span of the mention it came from. */
  codeEvidence: strict({ rule: z.string(), span: spanSchema }).optional(),
});

export const quoteSchema = strict({
  id: z.string().min(1),
  /** Actor id of the speaker, or null when unknown. */
  speaker: z.string().nullable(),
  /** The reported words, without quotation marks. */
  content: spanSchema,
  /** "said", "according to", ... when there is one. */
  cue: spanSchema.nullable(),
  /** Inside quotation marks (true) or reported speech (false). */
  direct: z.boolean(),
  /** The span naming the speaker in the text (a mention), when there is one. */
  speakerSpan: spanSchema.nullable(),
  /** The construction that produced it (src/stages/quotes/rules.ts). */
  rule: z.string(),
  /**
   * What kind of attribution this is: `speech` (said, written, published), `belief` (thinks, hopes, fears),
   * `intention` (wants, plans, seeks), `evaluation` (supports, opposes) or `evidence` (seems, appears, is expected).
   * `dyad code` prints only `speech` unless asked for every attribution (`--attributions all`).
   */
  kind: z.enum(QUOTE_KINDS).optional(),
});

export const eventSchema = strict({
  id: z.string().min(1),
  source: z.string().nullable(),
  target: z.string().nullable(),
  sourceCode: z.string(),
  targetCode: z.string(),
  cameo: z.string().regex(/^\d{2,4}$/),
  root: z.string().regex(/^\d{2}$/),
  quad: z.number().int().min(1).max(4),
  goldstein: z.number().min(-10).max(10),
  plover: strict({ event: z.string().nullable(), mode: z.string().nullable(), context: z.string().nullable().optional() }),
  modality: z.enum(MODALITIES),
  /** Index into `sentences`. */
  sentence: z.number().int().nonnegative(),
  /** The words that carry the event. */
  evidence: spanSchema,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  dateEvidence: spanSchema.optional(),
  /** The quote it is stated in. */
  quote: z.string().optional(),
  /** The dictionary pattern or rule that fired. */
  rule: z.string(),
  sourceSpan: spanSchema.optional(),
  targetSpan: spanSchema.optional(),
  /** Where it happened (a place id of `places`), or null when the text does not say (contract 1.1; absent before). */
  place: z.string().nullable().optional(),
});

/**
 * A place named in the text (contract 1.1 `places`): a gazetteer entry with every span naming it as a location. A name
 * used for a government or its people ("Moscow said") is an actor mention, not a place mention.
 */
export const placeSchema = strict({
  id: z.string().min(1),
  /** The gazetteer's name. */
  name: z.string(),
  /** GeoNames id; null for a place known only as a country or region. */
  geonameid: z.number().int().nullable(),
  /** ISO 3166 alpha-3 (the CAMEO country code). */
  country: z.string().nullable(),
  /** First-level division, when known. */
  admin1: z.string().optional(),
  /** GeoNames feature code (PCLI, ADM1, PPLC, PPL, ...). */
  featureCode: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  mentions: z.array(spanSchema),
  /** Why this reading was chosen among the places of that name. */
  rule: z.string(),
});

/** The output of `dyad code` for one article. */
export const codedArticleSchema = strict({
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  /** The text every offset points into. */
  text: z.string(),
  sentences: z.array(spanSchema),
  actors: z.array(actorSchema),
  quotes: z.array(quoteSchema),
  events: z.array(eventSchema),
  /** Contract 1.1: every place named in the text (absent until a places stage fills it). */
  places: z.array(placeSchema).optional(),
});

export type CodedArticleJson = z.infer<typeof codedArticleSchema>;
