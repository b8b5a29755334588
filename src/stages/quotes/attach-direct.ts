import type { TokenRange } from '../../core/doc.js';
import { npStartingAt, isNpTok } from '../syntax/noun-phrases.js';
import { ATTRIBUTION_GAP } from './clause-words.js';
import { DIRECT_ONLY } from './cue-lexicon.js';
import type { Cue, Draft } from './cue-draft.js';
import type { MarkedQuote } from './quote-marks.js';
import { ruleHas, type QuoteRule } from './rules.js';
import { countWords, looksLikeTitle, paragraphOf, tokSpan, type QuoteScan } from './scan.js';

/** How a quotation is attributed: the cue it hangs on (-1: none, a floating quote) and the construction. */
interface Attachment {
  readonly from: number;
  readonly rule: QuoteRule;
}

/** The cues by where their attribution starts, by sentence, and the transcript turns (indexes into the cue list). */
interface CueIndex {
  readonly byGroupStart: ReadonlyMap<number, readonly number[]>;
  readonly bySentence: readonly (readonly number[] | undefined)[];
  readonly turns: readonly number[];
}

/** The quotations of the article attached to their cues, in text order. */
export interface DirectQuotes {
  /** The cues read, then the cues of quotations signed with a dash ('"..." ― Name'). */
  readonly cues: readonly Cue[];
  readonly drafts: readonly Draft[];
  /** Cues whose reported clause a quotation took: the quotation is what the cue says, not the clause after it. */
  readonly clauseTaken: ReadonlySet<number>;
}

/** Attaches every quotation to the cue that attributes it, one after the other (each sees what the ones before took). */
export function attachQuotations(scan: QuoteScan, read: readonly Cue[]): DirectQuotes {
  const { tokens, marks, openTok, closeTok } = scan;
  const cues = [...read];
  const index = indexCues(read, scan.turns.length);
  const clauseTaken = new Set<number>();
  const attached: Array<Attachment | null> = [];
  const drafts: Draft[] = [];
  marks.forEach((q, qi) => {
    const o = openTok[qi]!;
    const c = closeTok[qi]!;
    if (o >= tokens.length) { attached[qi] = null; return; }
    const r = attachQuotation(scan, q, qi, o, c, cues, index, clauseTaken, attached);
    for (const ci of r.clauseTaken) clauseTaken.add(ci);
    if (r.signature) cues.push(r.signature);
    const hit = r.attachment;
    attached[qi] = hit;
    if (!hit) return;
    const cu = hit.from >= 0 ? cues[hit.from]! : null;
    drafts.push({ content: q.content, kind: cu && (cu.kind === 'belief' || cu.kind === 'intention') ? cu.kind : 'speech', cue: cu ? tokSpan(scan, cu.cue[0], cu.cue[1]) : null,
      direct: true, from: hit.from, rule: hit.rule, paragraph: paragraphOf(scan, o) });
  });
  return { cues, drafts, clauseTaken };
}

function indexCues(cues: readonly Cue[], turns: number): CueIndex {
  const byGroupStart = new Map<number, number[]>();
  const bySentence: number[][] = [];
  cues.forEach((cu, ci) => {
    const g = byGroupStart.get(cu.group[0]);
    if (g) g.push(ci); else byGroupStart.set(cu.group[0], [ci]);
    (bySentence[cu.sentence] ??= []).push(ci);
  });
  return { byGroupStart, bySentence, turns: Array.from({ length: turns }, (_, i) => i) };
}

/**
 * How quotation `qi` (opening mark at token o, last token c) is attributed: the cue after it, the cue before it, the
 * clause it sits in, or none. Also returns the cues whose clause it takes and, for a quotation signed with a dash, the
 * new cue (it gets the next index of `cues`).
 */
function attachQuotation(scan: QuoteScan, q: MarkedQuote, qi: number, o: number, c: number, cues: readonly Cue[], index: CueIndex,
  taken: ReadonlySet<number>, attached: readonly (Attachment | null)[]): { attachment: Attachment | null; clauseTaken: number[]; signature?: Cue } {
  const { text, tokens, inQuote, sentences, closeTok } = scan;
  const takenHere: number[] = [];
  const contentOf = (ci: number): TokenRange | null => (taken.has(ci) || takenHere.includes(ci) ? null : cues[ci]!.content);
  const done = (attachment: Attachment | null, signature?: Cue) => ({ attachment, clauseTaken: takenHere, ...(signature ? { signature } : {}) });
  const sentO = tokens[o]!.sentence;
  // after: '"...," said Dong' / '"...," he added' / '"...", according to X'
  let k = c + 1;
  while (k < tokens.length && (tokens[k]!.norm === ',' || tokens[k]!.norm === '\u2014' || tokens[k]!.norm === '--')) k++;
  const after: number[] = [...(index.byGroupStart.get(k) ?? [])];
  if (after.length === 0) {
    // '"...," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': the first cue after it
    for (const ci of index.bySentence[tokens[k]?.sentence ?? -1] ?? []) {
      const cu = cues[ci]!;
      if (cu.cue[0] <= k || cu.cue[0] > k + 40 || !cu.speaker || cu.speaker[0] > cu.cue[0] || cu.speaker[0] < k) continue;
      let clean = true;
      for (let t = k; t < cu.cue[0]; t++) if (inQuote[t]! >= 0 || tokens[t]!.norm === '.' || tokens[t]!.norm === ';') { clean = false; break; }
      if (clean && isNpTok(scan, tokens[k]!, true)) after.push(ci);
      break;
    }
  }
  for (const ci of after) {
    const cu = cues[ci]!;
    // '"...," he said, just prior to the announcement that ...': a quotation ending in a comma is what the cue right
    // after it says, whatever clause follows the cue
    const commaEnded = /,$/.test(text.slice(q.content.start, q.closeEnd).replace(/["'\u201c\u201d\u2018\u2019\s]+$/, '')) && cu.group[0] === k && !cu.inherits && !!cu.speaker;
    const clauseAfter = !ruleHas(cu.rule, 'clauseBeforeCue');
    if (contentOf(ci) && clauseAfter && !commaEnded) continue;
    // the clause found further on ("..., just before the announcement that ...") is not what was said
    const content = contentOf(ci);
    if (commaEnded && content && clauseAfter && content[0] > cu.cue[1] + 1) takenHere.push(ci);
    if (cu.sentence !== tokens[c]!.sentence && !/^[,\u2014-]|[,?!]$/.test(text.slice(q.content.end, q.closeEnd).trim()) &&
      !/[?!]$/.test(text.slice(q.content.start, q.content.end))) continue;
    // '"Fox News Sunday," Governor Pence said he ...': a title before a clause, not a quotation
    if (looksLikeTitle(scan, q.content, countWords(scan, q.content)) && countWords(scan, q.content) >= 2 && (!cu.speaker || cu.speaker[0] < cu.cue[0])) continue;
    const rule: QuoteRule = cu.lemma === 'according to' ? 'direct:quote-according-to' : cu.speaker && cu.speaker[0] > cu.cue[0] ? 'direct:quote-said-NAME' : 'direct:quote-NAME-said';
    return done({ from: ci, rule });
  }
  // '"..." ― Name': a quotation signed with a dash
  const dash = tokens[c + 1];
  if (dash && /^[\u2015\u2014\u2013]$/.test(dash.norm)) {
    let lineEnd = Math.min(tokens.length, c + 3);
    while (lineEnd < Math.min(tokens.length, c + 8) && !text.slice(tokens[lineEnd - 1]!.end, tokens[lineEnd]!.start).includes('\n')) lineEnd++;
    const np = npStartingAt(scan, c + 2, lineEnd);
    if (np && tokens[np[1] - 1]!.pos === 'PROPN') {
      const signature: Cue = { lemma: 'dash', kind: 'speech', sentence: dash.sentence, cue: [c + 1, c + 2], speaker: np, inherits: false, group: [c + 1, np[1]], content: null, rule: null };
      return done({ from: cues.length, rule: 'direct:quote-dash-NAME' }, signature);
    }
  }
  // before: 'Dong said: "..."' / 'he said, "..."' (the cue in the middle of a quotation)
  let b = o;
  while (b > 0 && tokens[b - 1]!.sentence >= sentO - 1 && ATTRIBUTION_GAP.has(tokens[b - 1]!.norm)) b--;
  for (let ci = cues.length - 1; ci >= 0; ci--) {
    const cu = cues[ci]!;
    if (cu.sentence > sentO) continue;
    if (cu.sentence < sentO - 1) break;
    if (cu.group[1] < b || cu.group[1] > o) continue;
    const midQuote = qi > 0 && closeTok[qi - 1]! >= cu.group[0] - 2 && closeTok[qi - 1]! < cu.group[0] && tokens[closeTok[qi - 1]!]!.sentence === cu.sentence;
    return done({ from: ci, rule: midQuote ? 'direct:quote-cue-quote' : 'direct:NAME-said-quote' });
  }
  // inside a reported clause: 'promising that Beijing "will not change ..."'
  let best = -1;
  for (const ci of [...(index.bySentence[sentO] ?? []), ...index.turns]) {
    const content = contentOf(ci);
    if (content && content[0] <= o && c < content[1] + 1 && (best < 0 || content[0] >= contentOf(best)![0])) best = ci;
  }
  const words = countWords(scan, q.content);
  if (best >= 0 && !looksLikeTitle(scan, q.content, words)) return done({ from: best, rule: 'direct:partial-in-reported' });
  // 'called the plan "a disaster"'
  for (let ci = cues.length - 1; ci >= 0; ci--) {
    const cu = cues[ci]!;
    if (cu.sentence !== sentO || cu.cue[0] >= o) continue;
    if (DIRECT_ONLY.has(cu.lemma) && o - cu.group[1] <= 6 && !looksLikeTitle(scan, q.content, words)) return done({ from: ci, rule: 'direct:partial-called' });
    break;
  }
  // '"...," Tester said, referring to the excuse, "you give ammunition ..."': the second half of a quotation
  // whose cue sits a few words before it, after the first half
  const before = qi > 0 ? attached[qi - 1] : null;
  if (before && before.from >= 0 && ruleHas(before.rule, 'cueAfterQuote')) {
    const cu = cues[before.from]!;
    let clean = cu.group[1] <= o && o - cu.group[1] <= 12 && tokens[cu.group[1]]?.sentence === sentO;
    for (let t = cu.group[1]; clean && t < o; t++) if (inQuote[t]! >= 0 || /^[.;:?!]$/.test(tokens[t]!.norm)) clean = false;
    if (clean) return done({ from: before.from, rule: 'direct:quote-cue-quote' });
  }
  // floating: a quoted sentence standing alone
  const s = sentences[sentO]!;
  const alone = o === s.firstToken || (o > 0 && tokens[o - 1]!.sentence !== sentO);
  const ends = /[.?!]['\u2019]?$/.test(text.slice(q.content.start, q.content.end));
  if (alone && ends && words >= 4) return done({ from: -1, rule: 'floating' });
  // '"I would," Melanie said. "I would, Donald."': a short quotation right after the sentence attributing the one before
  const prevHit = qi > 0 ? attached[qi - 1] : null;
  if (alone && ends && words >= 1 && prevHit && prevHit.from >= 0 && ruleHas(prevHit.rule, 'cueAfterQuote') &&
    cues[prevHit.from]!.sentence === sentO - 1 && sentences[sentO - 1]!.paragraph === s.paragraph) return done({ from: -1, rule: 'floating' });
  return done(null);
}
