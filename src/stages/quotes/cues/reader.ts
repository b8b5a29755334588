import type { Cue } from '../cue-draft.js';
import type { QuoteScan } from '../scan.js';

/**
 * Reads one construction at token `i` of sentence `si` (tokens `lo` to `hi`): a Cue; `null` when token `i` is this
 * construction's but no cue (the readers after it are not asked); `undefined` when it is not this construction (the
 * next reader is asked). `earlier` holds the cues read before this token, in text order.
 */
export type CueReader = (scan: QuoteScan, i: number, lo: number, hi: number, si: number, earlier: readonly Cue[]) => Cue | null | undefined;
