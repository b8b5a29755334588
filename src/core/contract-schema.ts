import { z } from 'zod';

/** The output contract of `dyad code` (shared/CONTRACT.md) as a zod schema: extra fields are allowed, these are required. */
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).refine((s) => s.end >= s.start, 'end before start');

export const actorSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(['country', 'organization', 'person', 'group', 'other']),
  code: z.string(),
  country: z.string().nullable().optional(),
  sectors: z.array(z.string()),
  role: z.object({ title: z.string(), evidence: span }).optional(),
  mentions: z.array(span),
});

export const quoteSchema = z.object({
  id: z.string().min(1),
  speaker: z.string().nullable(),
  content: span,
  cue: span.nullable(),
  direct: z.boolean(),
  kind: z.enum(['speech', 'belief', 'intention', 'evaluation', 'evidence']).optional(),
});

export const eventSchema = z.object({
  id: z.string().min(1),
  source: z.string().nullable(),
  target: z.string().nullable(),
  sourceCode: z.string(),
  targetCode: z.string(),
  cameo: z.string().regex(/^\d{2,4}$/),
  root: z.string().regex(/^\d{2}$/),
  quad: z.number().int().min(1).max(4),
  goldstein: z.number().min(-10).max(10),
  plover: z.object({ event: z.string().nullable(), mode: z.string().nullable() }),
  modality: z.enum(['asserted', 'negated', 'future', 'hypothetical', 'historical']),
  sentence: z.number().int().nonnegative(),
  evidence: span,
  quote: z.string().optional(),
  place: z.string().nullable().optional(),
});

/** Contract 1.1: a place named in the text. */
export const placeSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  geonameid: z.number().int().positive().nullable(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  featureCode: z.string(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  mentions: z.array(span),
  rule: z.string().min(1),
});

export const codedArticleSchema = z.object({
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  text: z.string(),
  sentences: z.array(span),
  actors: z.array(actorSchema),
  quotes: z.array(quoteSchema),
  events: z.array(eventSchema),
  places: z.array(placeSchema).optional(),
});

export type CodedArticleJson = z.infer<typeof codedArticleSchema>;
