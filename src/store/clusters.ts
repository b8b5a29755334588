/**
 * The clustering rule both stores share: an event joins the nearest cluster of the same dyad (source and target
 * codes), CAMEO root and modality whose anchor date is within `windowDays` of the event's date (ties: the older
 * cluster, the lower key); else it opens a new cluster. The backends only fetch the candidates (SQL) and store the
 * result.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of a YYYY-MM-DD date; NaN for anything else. */
export const dayNumber = (d: string): number => (DATE.test(d) ? Date.parse(d + 'T00:00:00Z') / 86_400_000 : NaN);

/** The YYYY-MM-DD date of a day number. */
export const dayString = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** What makes two events clusterable: the dyad, the CAMEO root and the modality. */
export interface ClusterKeyFields {
  readonly sourceCode: string;
  readonly targetCode: string;
  readonly root: string;
  readonly modality: string;
}

export const clusterKey = (x: ClusterKeyFields): string => [x.sourceCode, x.targetCode, x.root, x.modality].join('\u0000');

/** A stored (or just created) cluster an event may join. */
export interface ClusterCandidate {
  /** The cluster's key in its table. */
  readonly pk: number;
  /** `clusterKey` of its events. */
  readonly key: string;
  /** Its anchor date, as a day number. */
  readonly day: number;
}

/**
 * The cluster an event (its `clusterKey` and date) joins among `candidates`, or null when it opens a new one (no
 * candidate within the window, or the event has no valid date).
 */
export function assignCluster(key: string, date: string | null, candidates: Iterable<ClusterCandidate>, windowDays: number): number | null {
  const day = date ? dayNumber(date) : NaN;
  if (!Number.isFinite(day)) return null;
  let best: { pk: number; dist: number } | undefined;
  for (const cand of candidates) {
    if (cand.key !== key) continue;
    const dist = Math.abs(cand.day - day);
    if (dist <= windowDays && (!best || dist < best.dist || (dist === best.dist && cand.pk < best.pk))) best = { pk: cand.pk, dist };
  }
  return best ? best.pk : null;
}
