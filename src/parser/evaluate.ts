/**
 * Evaluation with gold tokens, CoNLL 2018 shared-task convention: every word counts (punctuation included); UAS is
 * the share of words with the right head; LAS also needs the right relation, compared on its universal part (before
 * any ':' subtype); UPOS is the share of words with the right universal tag.
 */
export interface Scores {
  words: number;
  uas: number;
  las: number;
  /** LAS on full relations (subtypes included). */
  lasFull: number;
  upos: number;
}

export interface EvalWord { head: number; deprel: string; upos: string }

export function score(gold: EvalWord[][], pred: EvalWord[][]): Scores {
  let words = 0, uh = 0, lh = 0, lf = 0, up = 0;
  if (gold.length !== pred.length) throw new Error(`evaluation: ${gold.length} gold sentences, ${pred.length} predicted`);
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!, p = pred[s]!;
    if (g.length !== p.length) throw new Error(`evaluation: sentence ${s + 1} has ${g.length} gold words, ${p.length} predicted`);
    for (let i = 0; i < g.length; i++) {
      words++;
      const gw = g[i]!, pw = p[i]!;
      if (gw.upos === pw.upos) up++;
      if (gw.head === pw.head) {
        uh++;
        if (gw.deprel.split(':')[0] === pw.deprel.split(':')[0]) lh++;
        if (gw.deprel === pw.deprel) lf++;
      }
    }
  }
  const pc = (x: number): number => (words ? (100 * x) / words : 0);
  return { words, uas: pc(uh), las: pc(lh), lasFull: pc(lf), upos: pc(up) };
}
