import { accuseOf } from './accuse-of.js';
import { bareClause } from './bare-clause.js';
import { callForOn } from './call-for.js';
import { callOut } from './call-out.js';
import { callXY } from './call-x-y.js';
import { clauseThenCue } from './clause-then-cue.js';
import { colon, colonParagraph } from './colon.js';
import { commaClause } from './comma-clause.js';
import { directObject, noClause } from './direct-object.js';
import { directive } from './directive.js';
import { embedded } from './embedded.js';
import { finding } from './finding.js';
import type { ClauseReader } from './head.js';
import { infinitive } from './infinitive.js';
import { object } from './object.js';
import { thatClause } from './that-clause.js';
import { whClause } from './wh-clause.js';

/**
 * What a verb cue reports, tried in this order; the first reader that answers decides (the order matters: a
 * that-clause wins over a bare clause, an object over a directive). `accuseOf` first; then the readers of cues that
 * take a clause, ending with `clauseThenCue`, which always answers for them; then the readers of cues that only name
 * an object or attribute a quotation (shouting, calling, describing), ending with `noClause`.
 */
export const CLAUSE_READERS: readonly ClauseReader[] = [
  accuseOf,
  thatClause, colon, colonParagraph, commaClause, whClause, bareClause, infinitive, object, directive, finding, embedded, clauseThenCue,
  callOut, callForOn, callXY, directObject, noClause,
];

export type { ClauseReader, ClauseReading, VerbCueHead } from './head.js';
