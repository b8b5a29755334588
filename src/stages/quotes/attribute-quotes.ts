import type { Quote } from '../../core/types.js';
import { assignSpeakers } from './assign-speakers.js';
import { attachQuotations } from './attach-direct.js';
import type { QuoteDoc } from './cue-draft.js';
import { readCues } from './cues/index.js';
import { reportedDrafts } from './reported.js';
import { scanQuotes, type QuoteOptions } from './scan.js';

export type { QuoteOptions } from './scan.js';

/**
 * Finds the statements an article attributes to someone: direct quotations (inside quotation marks) and
 * reported speech ("X said that ...", "according to X, ..."), each with its content, cue and speaker. The
 * speaker is read as a span in the text (a name, a description, a pronoun) and mapped to an actor through the
 * actor mention that overlaps it; a speaker with no actor stays `null` with its span kept.
 *
 * 1. scan: quotation marks, transcript turns, the first word of each sentence (scan.ts; read-only after);
 * 2. cues: the cue readers, in order, at every token outside quotations (cues/index.ts), each verb cue's clause read
 *    by the clause readers, in order (clauses/index.ts);
 * 3. quotations attached to their cues, one after the other (attach-direct.ts);
 * 4. the clauses of the cues as reported speech (reported.ts);
 * 5. speakers, floating quotes and quotations interrupted by their attribution (assign-speakers.ts).
 */
export function attributeQuotes(doc: QuoteDoc, opts: QuoteOptions = {}): Quote[] {
  if (doc.tokens.length === 0) return [];
  const scan = scanQuotes(doc, opts);
  const direct = attachQuotations(scan, readCues(scan));
  const reported = reportedDrafts(scan, direct.cues, direct.clauseTaken);
  return assignSpeakers(scan, direct.cues, [...direct.drafts, ...reported]);
}
