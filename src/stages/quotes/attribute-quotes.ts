import type { Quote, QuoteKind, Span } from '../../core/types.js';
import type { QuoteDoc } from './cue-draft.js';
import {
  ABOUT_PREPS, NOUN_CUES, NOUN_OF, NOUN_PREPS, VERB_PARTICLES, ALL_CUE_FORMS, APPEARANCE_CUES, CUE_KIND, INFINITIVE_CUES, OBJECT_CUES, PREP_CUES, SAYING_VERBS, SPEECH_INFINITIVES,
  COMMITMENT_CUES, CUE_FORMS, DIRECT_ONLY, DOCUMENT_NOUNS, FINDING_CUES, NAMING_CUES, HEARER_CUES, NEEDS_PARTICLE, THAT_ONLY,
} from './cue-lexicon.js';
import { OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, QUANTIFIERS, SUBJECT_PRONOUNS_AND_DEMONSTRATIVES, WH_WORDS } from '../../resources/english.js';
import { TIME_WORDS } from '../syntax/time-phrases.js';
import { NP_JOINERS, NP_POS, isQuoteTok, isWord } from '../syntax/tokens.js';
import { findQuotations, type MarkedQuote } from './quote-marks.js';
import type { Cue, Draft } from './cue-draft.js';
import {
  EVENT_NOUNS, FINDING_OBJECT_CUES, WH_CUES, EVALUATIVE_ACTS, NOT_PROPOSITIONAL, NOT_INTENTIONAL, INTRO_PREPS, POLL_NOUNS, NOT_SPEAKER_LABELS, IF_CUES, SETTING_PREPS, ATTRIBUTION_GAP, OBJECT_CONTINUERS,
} from './clause-words.js';
import { trimSpan } from './trim-span.js';
import { quotationJoiner } from './quotation-joiner.js';
import { ACTION_VERBS, LIGHT_VERBS } from './stance-verbs.js';
import { nounPhraseReader } from './noun-phrases.js';
import { speakerActorLookup } from './speaker-lookup.js';

export interface QuoteOptions {
  /** `speech` (default): statements said, written or published; `all`: every attribution, with its kind. */
  attributions?: 'speech' | 'all';
  /** How many paragraphs back a floating quote may look for the statement whose speaker it inherits (default 3). */
  floatingParagraphs?: number;
  /** Fewest words a reported clause must hold (default 2). */
  minReportedWords?: number;
  /** Verbs whose object is no stance of their subject's (default `ACTION_VERBS`; see stance-verbs.ts). */
  actionVerbs?: ReadonlySet<string>;
}


/**
 * Finds the statements an article attributes to someone: direct quotations (inside quotation marks) and
 * reported speech ("X said that ...", "according to X, ..."), each with its content, cue and speaker. The
 * speaker is read as a span in the text (a name, a description, a pronoun) and mapped to an actor through the
 * actor mention that overlaps it; a speaker with no actor stays `null` with its span kept.
 */
export function attributeQuotes(doc: QuoteDoc, opts: QuoteOptions = {}): Quote[] {
  const floatingParagraphs = opts.floatingParagraphs ?? 3;
  const minReportedWords = opts.minReportedWords ?? 2;
  const allKinds = opts.attributions === 'all';
  const actionVerbs = opts.actionVerbs ?? ACTION_VERBS;
  const text = doc.text;
  const { tokens, sentences } = doc;
  if (tokens.length === 0) return [];

  // transcripts: a paragraph opening with a speaker's name in capitals and a colon ("SMITH: We will ...")
  const turnColons = new Set<number>();
  const turns: Cue[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (si > 0 && sentences[si - 1]!.paragraph === s.paragraph) continue;
    let t0 = s.firstToken;
    if (isQuoteTok(tokens[t0]!)) t0++;
    let colon = t0;
    while (colon < s.endToken && colon < t0 + 4 && tokens[colon]!.norm !== ':' && (tokens[colon]!.pos === 'PROPN' || tokens[colon]!.pos === 'NOUN' || tokens[colon]!.norm === '.')) colon++;
    if (colon === t0 || colon >= s.endToken - 1 || tokens[colon]!.norm !== ':') continue;
    const name = text.slice(tokens[t0]!.start, tokens[colon - 1]!.end);
    const capitals = /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();
    // "Graham: Trump's 'Hateful Rhetoric' Destroying GOP's Chance": a headline giving a speaker's words after a colon
    const headlineName = isHeadline(si) && colon - t0 <= 5 && /^\p{Lu}/u.test(name) &&
      tokens.slice(t0, colon).every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || (t.norm === '-' && !isSpaceAt(t.start - 1)));
    // "Matthews: Well, speculation is bad." / "Pew Research: \"All the samples ...\"": a paragraph opening with a name and a colon
    const nameToks = tokens.slice(t0, colon);
    const bodyName = !capitals && colon - t0 <= 4 && nameToks.every((t) => t.pos === 'PROPN' || t.norm === '.') && /^\p{Lu}/u.test(name) &&
      !NOT_SPEAKER_LABELS.has(nameToks[0]!.norm) && s.endToken - colon > 4;
    if (!capitals && !headlineName && !bodyName) continue;
    let last = si;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === s.paragraph) last++;
    let end = sentences[last]!.endToken;
    if (isQuoteTok(tokens[end - 1]!)) end--;
    turnColons.add(tokens[colon]!.start);
    turns.push({ lemma: ':', kind: 'speech', sentence: si, cue: [colon, colon + 1], speaker: [t0, colon], inherits: false, group: [t0, colon + 1],
      content: [colon + 1, end], rule: 'transcript:NAME-colon' });
  }

  /** A headline: marked so by the segmenter, or a first line standing alone with its words capitalised. */
  function isHeadline(si: number): boolean {
    const s = sentences[si]!;
    if (s.headline) return true;
    if (si !== 0 || (sentences[1] && sentences[1].paragraph === s.paragraph)) return false;
    let words = 0, caps = 0;
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tk = tokens[t]!;
      if (!isWord(tk) || tk.end - tk.start < 4) continue;
      words++;
      if (/^\p{Lu}/u.test(text[tk.start]!)) caps++;
    }
    return words > 0 && caps >= words * 0.6;
  }

  // the first word of each sentence (past quotation marks and punctuation)
  const firstWord = sentences.map((s) => {
    let f = s.firstToken;
    while (f < s.endToken && (isQuoteTok(tokens[f]!) || tokens[f]!.pos === 'PUNCT')) f++;
    return f;
  });

  // quotations and the tokens they cover; marks running over transcript turns are the transcript's, not one quotation
  const colonOffsets = [...turnColons];
  const marks = findQuotations(text).filter((q) => !colonOffsets.some((o) => o > q.open && o < q.closeEnd));
  const inQuote = new Int32Array(tokens.length).fill(-1);
  const { isNpTok, isNominal, isName, npEndingAt, npStartingAt, subjectBefore, looseSubject, onlyTimeWords, isTimePhrase, sentenceSubject } = nounPhraseReader(doc, firstWord, inQuote, isSpaceAt);
  const tokSpan = (a: number, b: number): Span => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end });
  const { actorFor, actorBefore, hasActorMention, firstMentionEndingAfter } = speakerActorLookup(doc, tokSpan);
  const { continues } = quotationJoiner(doc, isName);
  const openTok: number[] = [];
  const closeTok: number[] = [];
  {
    let ti = 0;
    marks.forEach((q, qi) => {
      while (ti < tokens.length && tokens[ti]!.end <= q.open) ti++;
      openTok.push(ti);
      let tj = ti;
      while (tj < tokens.length && tokens[tj]!.start < q.closeEnd) { inQuote[tj] = qi; tj++; }
      closeTok.push(Math.max(ti, tj - 1));
      ti = tj;
    });
  }

  // cues, sentence by sentence
  const cues: Cue[] = [...turns];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const first = cues.length;
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (inQuote[i]! >= 0) continue;
      const c = readCue(i, s.firstToken, s.endToken, si);
      if (c) { cues.push(c); i = Math.max(i, c.cue[1] - 1); }
    }
    // a cue that hangs on another clause takes the speaker of the cue before it, else the sentence's subject
    for (let k = first; k < cues.length; k++) {
      const c = cues[k]!;
      if (c.speaker || !c.inherits) continue;
      const prev = k > first ? cues[k - 1]! : null;
      c.speaker = prev?.speaker ?? sentenceSubject(s.firstToken, c.cue[0]);
    }
    // a clause followed by a later attribution in the same sentence ends before it
    for (let k = first; k < cues.length; k++) {
      const c = cues[k]!;
      if (!c.content) continue;
      for (let m = k + 1; m < cues.length; m++) {
        const g = cues[m]!.group[0];
        const attribution = cues[m]!.rule === 'reported:clause-then-cue' || tokens[g - 1]?.norm === ',' || tokens[g - 1]?.norm === ';';
        if (attribution && g > c.content[0] && g < c.content[1]) {
          let e = g;
          while (e > c.content[0] && !isWord(tokens[e - 1]!) && !isQuoteTok(tokens[e - 1]!)) e--;
          c.content = [c.content[0], e];
        }
      }
    }
  }

  const drafts: Draft[] = [];
  const paragraphOf = (ti: number): number => sentences[tokens[ti]!.sentence]!.paragraph;

  // indexes of the cues, for attaching quotations
  const cuesByGroupStart = new Map<number, number[]>();
  const cuesBySentence: number[][] = [];
  const turnIndexes: number[] = [];
  cues.forEach((cu, ci) => {
    const g = cuesByGroupStart.get(cu.group[0]);
    if (g) g.push(ci); else cuesByGroupStart.set(cu.group[0], [ci]);
    (cuesBySentence[cu.sentence] ??= []).push(ci);
    if (cu.lemma === ':' && cu.rule.startsWith('transcript')) turnIndexes.push(ci);
  });

  // direct quotations
  const attached: Array<{ from: number; rule: string } | null> = [];
  marks.forEach((q, qi) => {
    const o = openTok[qi]!;
    const c = closeTok[qi]!;
    if (o >= tokens.length) return;
    const hit = attachDirect(q, qi, o, c);
    attached[qi] = hit;
    if (!hit) return;
    drafts.push({ content: q.content, kind: hit.from >= 0 && (cues[hit.from]!.kind === 'belief' || cues[hit.from]!.kind === 'intention') ? cues[hit.from]!.kind : 'speech', cue: hit.from >= 0 ? tokSpan(cues[hit.from]!.cue[0], cues[hit.from]!.cue[1]) : null,
      direct: true, from: hit.from, rule: hit.rule, paragraph: paragraphOf(o) });
  });

  // reported speech: a clause that is not one quotation already, and not mostly made of quoted words
  cues.forEach((c, ci) => {
    if (!c.content) return;
    let [a, b] = c.content;
    while (a < b && !isWord(tokens[a]!) && !isQuoteTok(tokens[a]!)) a++;
    while (b > a && !isWord(tokens[b - 1]!) && !isQuoteTok(tokens[b - 1]!)) b--;
    let words = 0;
    let wordsBeforeQuote = -1;
    let quoted = 0;
    for (let t = a; t < b; t++) {
      if (inQuote[t]! >= 0) { if (wordsBeforeQuote < 0) wordsBeforeQuote = words; if (isWord(tokens[t]!)) quoted++; continue; }
      if (isWord(tokens[t]!)) words++;
    }
    if (words + quoted < (c.rule === 'reported:object' || c.rule === 'reported:noun-cue' || c.rule === 'reported:prep-object' || c.rule === 'reported:infinitive' ? 1 : minReportedWords)) return;
    // a finite cue's clause is the statement even when most of it is quoted ("X said Carson is \"losing strength ...\"");
    // a participle's clause made mostly of quoted words is the quotation ("promising that Beijing \"will not ...\"")
    const naming = c.rule === 'reported:call-X-Y' || c.rule === 'reported:object' || (!c.inherits && wordsBeforeQuote >= 2 && words >= 3);
    if (wordsBeforeQuote >= 0 && !(naming && wordsBeforeQuote >= 1) && (words < 2 || (wordsBeforeQuote < 5 && quoted * 2 > words + quoted))) return;
    if (isCourtesy(a, b)) return;
    let span = tokSpan(a, b);
    span = trimSpan(text, span);
    if (span.end <= span.start) return;
    drafts.push({ content: span, kind: c.kind, cue: tokSpan(c.cue[0], c.cue[1]), direct: false, from: ci, rule: c.rule, paragraph: paragraphOf(a) });
  });

  drafts.sort((x, y) => x.content.start - y.content.start || y.content.end - x.content.end);

  // speakers: the cue's speaker span, or for a floating quote the one of the statement before it
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  interface Prior { speaker: string | null; span: Span | null; paragraph: number }
  let last = null as Prior | null;
  for (const d of drafts) {
    const key = `${d.content.start}:${d.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let speakerSpan: Span | null = null;
    let speaker: string | null = null;
    if (d.from >= 0) {
      const sp = cues[d.from]!.speaker;
      if (sp) { speakerSpan = tokSpan(sp[0], sp[1]); speaker = actorFor(sp); }
    } else if (last && d.paragraph - last.paragraph <= floatingParagraphs) {
      speakerSpan = last.span; speaker = last.speaker;
    }
    if (d.from >= 0 && (speakerSpan || speaker)) last = { speaker, span: speakerSpan, paragraph: d.paragraph };
    else if (d.from < 0 && last) last = { speaker: last.speaker, span: last.span, paragraph: d.paragraph };
    const q: Quote = { id: '', speaker, content: d.content, cue: d.cue, direct: d.direct, speakerSpan, rule: d.rule, kind: d.kind };
    const prev = quotes[quotes.length - 1];
    if (prev && continues(prev, q)) { prev.content = { start: prev.content.start, end: q.content.end }; continue; }
    quotes.push(q);
  }
  quotes.forEach((q, n) => { q.id = `q${n + 1}`; });
  return quotes;

  // ------------------------------------------------------------------------------------------- helpers

  /** The tokens of the paragraph after sentence si, when si ends its paragraph; else null. */
  function nextParagraph(si: number): [number, number] | null {
    const next = sentences[si + 1];
    if (!next || next.paragraph === sentences[si]!.paragraph) return null;
    let last = si + 1;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === next.paragraph) last++;
    return [next.firstToken, sentences[last]!.endToken];
  }

  function isSpaceAt(i: number): boolean { const c = text[i]; return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0'; }

  /** Skips the hearer ("told reporters"), times and settings ("on Tuesday", "in a statement") after a cue. */
  function skipSetting(k: number, hi: number, lemma: string | null): number {
    if (lemma && HEARER_CUES.has(lemma)) {
      let np = OBJECT_PRONOUNS.has(tokens[k]?.norm ?? '') ? [k, k + 1] : npStartingAt(k, hi);
      // "promised lower taxes": a phrase with nothing said after it is the object, not the hearer
      if (np && !OBJECT_PRONOUNS.has(tokens[k]!.norm)) {
        const n = tokens[np[1]];
        const said = !!n && (n.norm === 'that' || n.norm === ',' || n.norm === ':' || isQuoteTok(n) || WH_WORDS.has(n.norm) || n.norm === 'if' ||
          (n.norm === 'to' && startsVerb(np[1] + 1)) || SETTING_PREPS.has(n.norm) || TIME_WORDS.has(n.norm) || startsClause(np[1], hi, false));
        if (!said) np = null;
      }
      if (np) {
        k = np[1];
        // an appositive: "his Russian counterpart, Sergei Shoigu, that"
        if (tokens[k]?.norm === ',') {
          const app = npStartingAt(k + 1, hi);
          if (app && tokens[app[1]]?.norm === ',') k = app[1] + 1;
        }
      }
    }
    for (let n = 0; n < 4 && k < hi; n++) {
      const t = tokens[k]!;
      if (inQuote[k]! >= 0) break;
      if (TIME_WORDS.has(t.norm) && (t.pos === 'ADV' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET')) { k++; continue; }
      if (t.pos === 'ADV' && !t.norm.endsWith('ly') && t.norm !== 'also' && t.norm !== 'back' && t.norm !== 'once') break;
      if (t.pos === 'ADV') { k++; continue; }
      if (t.pos === 'ADP' && SETTING_PREPS.has(t.norm)) {
        const np = npStartingAt(k + 1, hi);
        if (!np) break;
        k = np[1];
        continue;
      }
      break;
    }
    return k;
  }

  /** The token before the run of quotation-mark tokens ending at t ('' is two tokens). */
  function beforeMarks(t: number): number {
    while (t >= 0 && isQuoteTok(tokens[t]!)) t--;
    return t;
  }

  /** A quotation mark just before or after an attribution, past commas, colons and dashes. */
  function nextToQuotation(group: [number, number]): boolean {
    let a = group[0] - 1;
    while (a >= 0 && ATTRIBUTION_GAP.has(tokens[a]!.norm) && tokens[a]!.norm !== 'that') a--;
    let b = group[1];
    while (b < tokens.length && ATTRIBUTION_GAP.has(tokens[b]!.norm) && tokens[b]!.norm !== 'that') b++;
    return (a >= 0 && isQuoteTok(tokens[a]!)) || (b < tokens.length && isQuoteTok(tokens[b]!));
  }

  /** The attribution starting at g follows a quotation ending in a comma ('"...," she said'): the quotation is what was said. */
  function afterQuotation(g: number): boolean {
    const q = tokens[g - 1];
    if (!q || !isQuoteTok(q) || inQuote[g - 1]! < 0 || !(tokens[beforeMarks(g - 1)]?.norm === ',' || text[q.start - 1] === ',')) return false;
    const content = marks[inQuote[g - 1]!]!.content;
    return !looksLikeTitle(content, countWords(content)); // 'On "Face the Nation," Ryan said ...' is a title
  }

  /** A verb at k, possibly after an opening quotation mark ("to \"go to your place\""). */
  function startsVerb(k: number): boolean {
    const t = tokens[k];
    if (!t) return false;
    if (isQuoteTok(t)) return tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX';
    return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB');
  }

  /** The "to" of a request after its hearer: "called on Trump to stop". */
  function findTo(from: number, hi: number): number {
    for (let j = from; j < Math.min(hi, from + 10); j++) {
      if (tokens[j]!.norm === 'to' && startsVerb(j + 1)) return j;
      if (!isNpTok(tokens[j]!, true) && tokens[j]!.pos !== 'PRON') return -1;
    }
    return -1;
  }

  /** An object and what it is called: "the charges fabricated", "it \"a hoax\"", "Estonia as ...". */
  function namesSomething(k: number, hi: number): boolean {
    let e: number;
    // "half of Trump's supporters": a quantifier and its "of" phrase
    if (QUANTIFIERS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of') k += 2;
    const possessiveHer = tokens[k]?.norm === 'her' && npStartingAt(k, hi) !== null; // "her vote", not "her"
    if ((OBJECT_PRONOUNS.has(tokens[k]?.norm ?? '') && !possessiveHer) || tokens[k]?.norm === 'it') e = k + 1;
    else { const np = npStartingAt(k, hi); if (!np) return false; e = np[1]; }
    // "his squabble with the intelligence community unusual", "Mr. Yanukovych, a former director, an outstanding leader":
    // past prepositional phrases and an appositive between commas
    for (let n = 0; n < 3 && e < hi; n++) {
      const p = tokens[e]!;
      if (p.pos === 'ADP' && p.norm !== 'as' && inQuote[e]! < 0) { const np = npStartingAt(e + 1, hi); if (!np) break; e = np[1]; continue; }
      // "the contempt citation and the demand for ...": a second phrase joined by "and"
      if (p.norm === 'and' && inQuote[e]! < 0) { const np = npStartingAt(e + 1, hi); if (!np) break; e = np[1]; continue; }
      if (p.norm === ',' && n === 0) {
        let c = e + 1;
        while (c < hi && c < e + 25 && tokens[c]!.norm !== ',' && inQuote[c]! < 0 && tokens[c]!.norm !== '.') c++;
        if (tokens[c]?.norm === ',' && c + 1 < hi) { e = c + 1; if (tokens[e]!.pos === 'DET' || isQuoteTok(tokens[e]!)) break; }
        break;
      }
      break;
    }
    const n = tokens[e];
    if (!n || e >= hi) return false;
    return isQuoteTok(n) || n.norm === 'as' || n.pos === 'ADJ' || (n.pos === 'DET' && n.norm !== 'that');
  }

  /** The attribution starting at g follows a comma: "CLAUSE, X said, ..." reports the clause before it, not after. */
  function commaBeforeCue(g: number): boolean {
    const p = tokens[g - 1];
    return !!p && (p.norm === ',' || isQuoteTok(p));
  }

  /**
   * "In the CBS poll, Trump's lead narrowed" / "Kasich was at 25 percent in the latest Fox poll": a finding the poll
   * publishes, with the poll as its source (as "according to the poll").
   */
  function inPoll(i: number, lo: number, hi: number, si: number): Cue | null {
    const np = npStartingAt(i + 1, hi);
    if (!np || !POLL_NOUNS.has(tokens[np[1] - 1]!.norm)) return null;
    let content: [number, number] | null = null;
    let spEnd = np[1];
    if (i === lo) {
      // up to the comma closing the phrase ("In a poll released Tuesday by CNN, ...")
      let c = np[1];
      while (c < hi && c < np[1] + 10 && tokens[c]!.norm !== ',' && tokens[c]!.norm !== '.' && inQuote[c]! < 0) c++;
      if (tokens[c]?.norm !== ',' || c + 2 >= hi) return null;
      // "In the previous poll, conducted in early September, ...": past a participle phrase on the poll
      if (tokens[c + 1]!.pos === 'VERB' && /(ed|en)$/.test(tokens[c + 1]!.norm)) {
        let d = c + 2;
        while (d < hi && d < c + 12 && tokens[d]!.norm !== ',' && inQuote[d]! < 0) d++;
        if (tokens[d]?.norm === ',' && d + 2 < hi) c = d;
      }
      spEnd = c;
      content = [c + 1, clauseEnd(c + 1, hi)];
    } else {
      let e = np[1];
      while (e < hi && !isWord(tokens[e]!)) e++;
      if (e < hi || i - lo < 4) return null; // the poll phrase closes the sentence
      let a = lo;
      while (a < i && !isWord(tokens[a]!)) a++;
      content = [a, tokens[i - 1]!.norm === ',' ? i - 1 : i];
    }
    return { lemma: 'in', kind: 'speech', sentence: si, cue: [i, i + 1], speaker: [np[0], Math.min(spEnd, np[1])], inherits: false, group: [i, spEnd], content, rule: 'reported:in-poll' };
  }

  /** A "that" opening the clause a few words after a cue, past the hearer and the setting, or -1. */
  function findThat(from: number, hi: number): number {
    for (let j = from; j < Math.min(hi, from + 16); j++) {
      const tj = tokens[j]!;
      if (tj.norm === 'that') return tj.pos !== 'PRON' && (startsClause(j + 1, hi, false) || isQuoteTok(tokens[j + 1] ?? tj)) ? j : -1;
      if (tj.pos === 'AUX' || tj.pos === 'SCONJ' || tj.norm === '.' || tj.norm === ';' || tj.norm === ':' || CUE_FORMS.has(tj.norm)) return -1;
      if (tj.pos === 'VERB' && !(j > from && /^(DET|ADJ|NOUN)$/.test(tokens[j - 1]!.pos))) return -1;
    }
    return -1;
  }

  /** End of a reported clause starting at `a`: the sentence end, cut before a new coordinated verb or a semicolon. */
  function clauseEnd(a: number, hi: number): number {
    for (let t = a + 2; t < hi; t++) {
      const tk = tokens[t]!;
      if (inQuote[t]! >= 0) continue;
      if (tk.norm === ';') return t;
      if (tk.pos === 'CCONJ' && t + 1 < hi) {
        const n = tokens[t + 1]!;
        if (n.pos === 'VERB' && inQuote[t + 1]! < 0 && CUE_FORMS.has(n.norm) && !tokens[t - 1]!.norm.match(/^(to|not)$/)) return t;
      }
    }
    return hi;
  }

  /** Reads a cue at token i (a speech verb or "according to") with its speaker, clause and extent. */
  function readCue(i: number, lo: number, hi: number, si: number): Cue | null {
    const t = tokens[i]!;
    // a sentence cut after an abbreviation ("Rep. Jo Lee (D-Mass.) | said ..."): read the subject in the sentence before
    if (i === lo && si > 0 && /^\p{Ll}/u.test(text[t.start] ?? '') && sentences[si - 1]!.paragraph === sentences[si]!.paragraph) lo = sentences[si - 1]!.firstToken;
    if (t.norm === 'in' && i + 2 < hi) { const c = inPoll(i, lo, hi, si); if (c) return c; }
    if (t.norm === 'asked' && i === lo && tokens[i + 1]?.norm === 'by') {
      // "Asked by Stephanopoulos whether ..., Clinton said": the question, put by the one after "by"
      const sp = npStartingAt(i + 2, hi);
      if (sp) {
        const k = skipSetting(sp[1], hi, null);
        const n = tokens[k];
        if (n && k + 1 < hi && (WH_WORDS.has(n.norm) || n.norm === 'if' || n.norm === 'about' || (n.norm === 'to' && startsVerb(k + 1)))) {
          const a = n.norm === 'about' ? k + 1 : k;
          return { lemma: 'ask', kind: 'speech', sentence: si, cue: [i, i + 2], speaker: sp, inherits: false, group: [i, a], content: [a, objectEnd(a, hi)], rule: 'reported:asked-by' };
        }
      }
    }
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to' && i + 2 < hi) {
      let sp = npStartingAt(i + 2, hi);
      if (!sp) {
        // a phrase the tagger got wrong ("exit/VERB polls"): up to the next comma
        let e = i + 2;
        while (e < hi && e < i + 14 && tokens[e]!.norm !== ',' && (tokens[e]!.pos !== 'PUNCT' || isQuoteTok(tokens[e]!) || tokens[e]!.norm === '-')) e++;
        if (e === i + 2 || (e < hi && tokens[e]!.norm !== ',' && tokens[e]!.norm !== '.')) return null;
        sp = [i + 2, e];
      }
      let spEnd = sp[1];
      while (spEnd < hi && tokens[spEnd]!.pos === 'ADP' && NP_JOINERS.has(tokens[spEnd]!.norm)) { const more = npStartingAt(spEnd + 1, hi); if (!more) break; spEnd = more[1]; }
      if (i === lo && tokens[spEnd]?.norm !== ',') {
        // "According to a complaint filed by the commission and a suit by the state, ...": the phrase runs to the comma
        let e = spEnd;
        while (e < hi && e < spEnd + 25 && tokens[e]!.norm !== ',' && tokens[e]!.norm !== '.' && inQuote[e]! < 0) e++;
        if (tokens[e]?.norm === ',') spEnd = e;
      }
      const before: [number, number] | null = i - 1 > lo && /^(,|--|\u2014|\u2013)$/.test(tokens[i - 1]!.norm) ? [lo, i - 1] : null;
      const after: [number, number] | null = spEnd < hi - 1 && tokens[spEnd]!.norm === ',' ? [spEnd + 1, hi] : null;
      const words = (r: [number, number] | null): number => { let n = 0; if (r) for (let k = r[0]; k < r[1]; k++) if (isWord(tokens[k]!)) n++; return n; };
      const lead = tokens[lo]!;
      let content: [number, number] | null;
      if (i === lo) content = after;
      // "In 2015, according to X, the rate fell": the clause follows; "When ..., it can work, according to Bryan, head of ...": an appositive follows
      else if (after && before && (lead.pos === 'ADP' || lead.pos === 'ADV' || lead.pos === 'SCONJ' || words(before) < 3) && words(after) >= 3 &&
        (words(before) < 3 || startsClause(after[0], hi, false))) content = after;
      else if (before && (!after || words(before) >= words(after))) content = before;
      else content = after ?? before;
      if (content) content = [content[0], clauseEnd(content[0], content[1])];
      return { lemma: 'according to', kind: 'speech', sentence: si, cue: [i, i + 2], speaker: [sp[0], spEnd], inherits: false, group: [i, spEnd], content, rule: 'according-to' };
    }
    // "voters who fear/NOUN ...", "the reports show/NOUN ...": a cue the tagger took for a noun after a subject
    // ("Trump demands/NOUN accountability": after one name the verb ends in -s); asked only of nouns that are cue words
    const cueNoun = t.pos === 'NOUN' && (NOUN_CUES.has(t.norm) || ALL_CUE_FORMS.has(t.norm) || ALL_CUE_FORMS.has((t.lemma ?? '').toLowerCase()));
    const verbAfterSubject = cueNoun && i > lo && (!/s$/.test(t.norm) || (tokens[i - 1]!.pos === 'PROPN' && /[^s]s$/.test(t.norm))) && (/^(who|which|they|we|i|you)$/.test(tokens[i - 1]!.norm) ||
      (tokens[i - 1]!.pos === 'NOUN' && /[^s]s$/.test(tokens[i - 1]!.norm) && (tokens[i - 2]?.pos === 'DET' ||
        // "His fellow physicians respect/NOUN him": a plural subject, the cue, an object pronoun
        OBJECT_PRONOUNS.has(tokens[i + 1]?.norm ?? ''))) ||
      // "China and Russia support/NOUN the government": a name, then the cue, then its object
      (tokens[i - 1]!.pos === 'PROPN' && tokens[i - 2]?.pos !== 'DET' && tokens[i - 2]?.pos !== 'ADP' && /^(DET|PROPN|NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')));
    if (allKinds && t.pos === 'NOUN' && NOUN_CUES.has(t.norm) && !verbAfterSubject && !(i > lo && /^(who|which|they|we|i|you)$/.test(tokens[i - 1]!.norm))) return nominalCue(i, lo, hi, si);
    let lemma = ALL_CUE_FORMS.get(t.norm) ?? ALL_CUE_FORMS.get((t.lemma ?? '').toLowerCase());
    // any other verb whose complement is a that-clause states a proposition someone holds: "clarified that ...",
    // "has made clear that ...", "is confident that ..."
    const madeClear = (t.lemma ?? t.norm).toLowerCase() === 'make' && (tokens[i + 1]?.norm === 'clear' || (tokens[i + 1]?.norm === 'it' && tokens[i + 2]?.norm === 'clear'));
    if (!lemma && allKinds && (t.pos === 'VERB' || (t.pos === 'ADJ' && tokens[i - 1]?.pos === 'AUX')) && (madeClear || !NOT_PROPOSITIONAL.has((t.lemma ?? t.norm).toLowerCase()))) {
      let j = i + 1;
      if (tokens[j]?.norm === 'it' && madeClear) j++;
      if (tokens[j]?.norm === 'clear' || tokens[j]?.norm === 'sure') j++;
      if (tokens[j]?.norm === 'that' && tokens[j]!.pos !== 'PRON' && startsClause(j + 1, hi, false)) lemma = (t.lemma ?? t.norm).toLowerCase();
    }
    if (!lemma) return allKinds ? infinitiveComplement(i, lo, hi, si) ?? actorObject(i, lo, hi, si) : null;
    let kind: QuoteKind = CUE_KIND.get(lemma) ?? 'speech';
    // "declined to comment" is a statement; "declined to run" is not
    if ((lemma === 'decline' || lemma === 'refuse') && tokens[i + 1]?.norm === 'to') {
      const v = tokens[i + 2];
      kind = v && SPEECH_INFINITIVES.has((v.lemma ?? v.norm).toLowerCase()) ? 'speech' : 'intention';
    }
    // "The Post has learned": a newsroom reporting what it found
    if (lemma === 'learn' && (tokens[i - 1]?.norm === 'has' || tokens[i - 1]?.norm === 'have')) kind = 'speech';
    if (kind !== 'speech' && !allKinds) return null;
    if (kind !== 'speech' && t.pos !== 'VERB' && t.pos !== 'AUX' && !verbAfterSubject) return null; // "his support", "the plan": a noun is no cue
    if (APPEARANCE_CUES.has(lemma) || (lemma === 'expect' && /^(is|are|was|were|be|been)$/.test(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.norm === 'to')) {
      // "the plan seems to work", "Trump is expected to win": what seems is the whole clause, and no one says it
      return appearance(i, lo, hi, si, lemma);
    }
    let nounCue = false;

    if (t.pos === 'NOUN' && verbAfterSubject && kind !== 'speech' && !allKinds) return null;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !verbAfterSubject) {
      // a noun cue needs its clause: "the claim that ...", "Trump charges that ..."
      if (lemma !== 'say' && lemma !== 'tell') {
        let end = i + 1;
        while (end < hi && !isWord(tokens[end]!)) end++;
        const lastWord = end >= hi && i - 1 >= lo && isNominal(tokens[i - 1]!); // "..., The Wall Street Journal reports."
        if (!lastWord && (tokens[i + 1]?.norm !== 'that' || !startsClause(i + 2, hi, false))) return null;
        nounCue = !lastWord;
      }
    }
    else if (t.pos === 'ADJ') { if (!t.norm.endsWith('ing')) return null; }
    else if (t.pos !== 'VERB' && t.pos !== 'AUX' && !verbAfterSubject) return null;
    let cueEnd = i + 1;
    const particle = NEEDS_PARTICLE.get(lemma);
    if (particle) { if (!particle.has(tokens[i + 1]?.norm ?? '')) return null; cueEnd = i + 2; }
    // "talked about the economy", "referring to Trump", "voted for the bill", "spoke out against it": the object of the preposition
    let pj = i + 1;
    if (allKinds && VERB_PARTICLES.has(tokens[pj]?.norm ?? '') && tokens[pj]!.pos !== 'NOUN' && (tokens[pj + 1]?.pos === 'ADP')) pj++;
    const pn = tokens[pj]?.norm ?? '';
    const prep = PREP_CUES.get(lemma);
    const prepObject = !DIRECT_ONLY.has(lemma) && pj + 1 < hi && ((!!prep && prep.has(pn)) || (allKinds && ABOUT_PREPS.has(pn))) && inQuote[pj + 1]! < 0;
    if (prepObject) cueEnd = Math.max(cueEnd, pj + 1);
    let p = i - 1;
    while (p >= lo && tokens[p]!.pos === 'ADV') p--;
    const prev = p >= lo ? tokens[p]! : null;
    if (prev && (prev.norm === 'be' || prev.norm === 'been' || prev.norm === 'being')) return null; // passives
    if (prev && /^(was|were|is|are)$/.test(prev.norm) && !t.norm.endsWith('ing')) return null; // "was told"
    const participle = t.norm.endsWith('ing') && !(prev && prev.pos === 'AUX');
    let speaker: [number, number] | null = null;
    let inherits = false;
    let inverted = false;
    let group: [number, number] = [i, cueEnd];
    // "declined to comment on the report": what was declined is not said
    if (prev && prev.norm === 'to' && p - 1 >= lo && /^(declin|refus)/.test(tokens[p - 1]!.norm)) return null;
    if (prev && prev.norm === 'to') {
      // "took to Twitter to accuse ...", "went on to say that ...": the sentence's subject speaks
      inherits = true;
    } else if (nounCue) {
      // "Trump's claim that ...", "a New York Times report that ..."
      let e = i - 1;
      if (tokens[e]?.pos === 'PART' || tokens[e]?.norm === "'") e--;
      speaker = e >= lo ? (tokens[e]!.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(tokens[e]!.norm) ? [e, e + 1] : npEndingAt(e, lo)) : null;
      if (!speaker) return null;
    } else if (prev && (prev.norm === 'that' || prev.norm === 'which' || prev.norm === 'who') && p - 1 >= lo) {
      // "a letter from his doctor that says ..."
      speaker = npEndingAt(p - 1, lo);
      if (speaker) { let s0 = speaker[0]; while (s0 > lo && (tokens[s0 - 1]!.pos === 'ADP' || isNpTok(tokens[s0 - 1]!, true))) s0--; const head = npStartingAt(s0, p); if (head) speaker = head; }
      else inherits = true;
    } else if (participle) {
      if (!prev || prev.norm === ',' || isQuoteTok(prev) || prev.pos === 'CCONJ' || /^(while|by|after|before|when|in)$/.test(prev.norm)) inherits = true;
      else {
        speaker = subjectBefore(i, lo);
        if (!speaker) return null;
        // "she said at a news conference announcing that ...": the event does not speak, its speaker does
        if (EVENT_NOUNS.has(tokens[speaker[1] - 1]!.norm)) { speaker = null; inherits = true; }
      }
    } else if ((!prev ? i === lo && /^\p{Lu}/u.test(text[t.start] ?? '') : isQuoteTok(prev) || (prev.norm === ',' && !subjectBefore(i, lo))) &&
      npStartingAt(cueEnd, hi) && !isTimePhrase(npStartingAt(cueEnd, hi)!) && !startsClause(cueEnd, hi)) {
      // inverted: '"...," said Dong', "..., said the minister", and "Said Ellis: ..." opening a sentence
      speaker = npStartingAt(cueEnd, hi);
      inverted = true;
      let e = speaker![1];
      // "said Dong Jun, the defense minister," : the appositive belongs to the attribution
      if (tokens[e]?.norm === ',') { const app = npStartingAt(e + 1, hi); if (app && (app[1] >= hi - 1 || tokens[app[1]]!.norm === ',')) e = app[1]; }
      group = [i, e];
    } else {
      speaker = subjectBefore(i, lo);
      // no subject in place: "... and said", "..., said" take the speaker of the clause before
      if (!speaker && (!prev || (prev.pos !== 'CCONJ' && prev.norm !== ','))) speaker = looseSubject(i, lo);
      if (speaker) group = [Math.min(speaker[0], i), cueEnd];
      else if (prev && (prev.pos === 'CCONJ' || prev.norm === ',')) inherits = true;
      else return null;
    }

    // "the poll shows ...", "the study found ...": only a document reports a finding
    if (FINDING_CUES.has(lemma)) {
      if (inverted) return null;
      // the document may head a longer subject: "A 2014 study by Harvard found", "a study that appeared in X found"
      let doc = speaker && (DOCUMENT_NOUNS.has(tokens[speaker[1] - 1]!.norm) || tokens[speaker[1] - 1]!.pos === 'PROPN') ? speaker[1] - 1 : -1;
      for (let j = i - 1; doc < 0 && j >= Math.max(lo, i - 15); j--) if (DOCUMENT_NOUNS.has(tokens[j]!.norm) && inQuote[j]! < 0) doc = j;
      if (doc >= 0 && (!speaker || speaker[1] - 1 !== doc)) speaker = npEndingAt(doc, lo) ?? (allKinds ? speaker : null);
      if (doc < 0 || !speaker) {
        // "the Republicans show how ill-equipped they are": a finding by someone who does not publish it
        if (!allKinds || (!speaker && !inherits)) return null;
        kind = lemma === 'find' ? 'belief' : 'evidence';
      }
      if (speaker) group = [Math.min(group[0], speaker[0]), group[1]];
    }

    // the clause after the cue
    let content: [number, number] | null = null;
    let rule = '';
    const from = inverted ? group[1] : cueEnd;
    let k = skipSetting(from, hi, lemma);
    if (lemma === 'accuse') {
      // "X accused Y of doing Z": the charge is the content
      let m = cueEnd;
      while (m < hi && m < cueEnd + 10 && tokens[m]!.norm !== 'of' && inQuote[m]! < 0 && (isNpTok(tokens[m]!, true) || OBJECT_PRONOUNS.has(tokens[m]!.norm))) m++;
      if (tokens[m]?.norm === 'of' && m + 1 < hi) { content = [m + 1, clauseEnd(m + 1, hi)]; rule = 'reported:accuse-of'; }
      group = [group[0], Math.max(group[1], m + 1)];
    } else if (!DIRECT_ONLY.has(lemma)) {
      let thatAt = tokens[k]?.norm === 'that' ? k : inverted ? -1 : findThat(from, hi);
      // "emphasizing the threat that a Trump presidency would constitute": after an object, "that" is relative
      if (thatAt > k && !HEARER_CUES.has(lemma) && tokens[thatAt - 1]!.norm !== ',' && /^(DET|NOUN|ADJ|PROPN)$/.test(tokens[from]!.pos) &&
        !onlyTimeWords(from, thatAt)) thatAt = -1;
      if (thatAt >= 0 && thatAt + 1 < hi) k = thatAt;
      if (tokens[k]?.norm === 'that' && k + 1 < hi) {
        content = [k + 1, clauseEnd(k + 1, hi)]; rule = 'reported:that-clause';
        group = [group[0], k + 1];
      } else if (tokens[k]?.norm === ':' && k + 1 < hi && inQuote[k + 1]! < 0) {
        content = [k + 1, hi]; rule = 'reported:colon';
        group = [group[0], k + 1];
      } else if (tokens[k]?.norm === ':' && k + 1 >= hi && nextParagraph(si) && inQuote[sentences[si + 1]!.firstToken]! < 0) {
        // "he said:\n\nLet no one be mistaken ...": a paragraph ending in a colon introduces the next paragraph
        content = nextParagraph(si); rule = 'reported:colon-paragraph';
        group = [group[0], k + 1];
      } else if (!inverted && kind === 'speech' && !prepObject && tokens[k]?.norm === ',' && k === from && k + 2 < hi && !isQuoteTok(tokens[k + 1]!) &&
        !(tokens[k + 1]!.pos === 'VERB') && !afterQuotation(group[0]) && startsClause(k + 1, hi, false) && !commaBeforeCue(group[0])) {
        // "The Hill reported, Donald Trump was also accused of ...": the clause after a comma
        content = [k + 1, clauseEnd(k + 1, hi)]; rule = 'reported:comma-clause';
        group = [group[0], k + 1];
      } else if (!inverted && !prepObject && k + 1 < hi && (WH_WORDS.has(tokens[k]!.norm) || (tokens[k]!.norm === 'if' && IF_CUES.has(lemma))) && (WH_CUES.has(lemma) || kind !== 'speech')) {
        // "asked Pence whether ...", "explained how ...", "knows what ...": the question or the thing known
        content = [k, clauseEnd(k, hi)]; rule = 'reported:wh-clause';
        group = [group[0], k];
      } else if (!inverted && !prepObject && !THAT_ONLY.has(lemma) && (SAYING_VERBS.has(lemma) || kind === 'belief' || kind === 'evidence') &&
        k < hi && !afterQuotation(group[0]) && startsClause(k, hi, false)) {
        content = [k, clauseEnd(k, hi)]; rule = 'reported:bare-clause';
        group = [group[0], k];
      } else if (!inverted && !prepObject && INFINITIVE_CUES.has(lemma) && tokens[k]?.norm === 'to' && startsVerb(k + 1)) {
        // "declined to comment", "wants to build a wall", "plans to run": what is intended (or refused)
        content = [k, clauseEnd(k, hi)]; rule = 'reported:infinitive';
        group = [group[0], k];
      } else if (!inverted && (prepObject || OBJECT_CUES.has(lemma)) && k < hi && startsObject(k, hi)) {
        // "criticized the plan", "praised X for ...", "endorsed Clinton", "talked about the economy": what it is about
        content = [k, objectEnd(k, hi)]; rule = prepObject ? 'reported:prep-object' : 'reported:object';
        group = [group[0], k];
        // "criticized the plan" is an act the writer describes; "criticized X for ..." / "praised it as ..." / with the
        // speaker's words in quotation marks states what was said
        if (kind === 'speech' && EVALUATIVE_ACTS.has(lemma) && !statesReason(content[0], content[1])) {
          kind = 'evaluation';
          if (!allKinds) content = null;
        }
      } else if (!inverted && ((HEARER_CUES.has(lemma) && k > from) || COMMITMENT_CUES.has(lemma)) && tokens[k]?.norm === 'to' && startsVerb(k + 1)) {
        // "told his supporters to vote", "urged the council to act": a request; "vowed to punish": a commitment
        content = [k, clauseEnd(k, hi)]; rule = 'reported:directive';
        group = [group[0], k];
      } else if (!inverted && speaker && FINDING_OBJECT_CUES.has(lemma) && DOCUMENT_NOUNS.has(tokens[speaker[1] - 1]!.norm) && npStartingAt(k, hi)) {
        // "the poll indicates a tightening race": a document's finding given as a noun phrase
        content = [k, clauseEnd(k, hi)]; rule = 'reported:finding';
        group = [group[0], k];
      } else if (!inverted && !participle && speaker && (SAYING_VERBS.has(lemma) || (allKinds && kind === 'belief')) && k === from && k + 1 < hi &&
        embeddedGap(k, speaker[0])) {
        // "a probe the agency said was ongoing", "which the OECD says had the highest wages": the statement is the
        // clause whose subject is the phrase before the speaker; it runs over the attribution
        const a = gapHead(speaker[0], lo);
        let e = clauseEnd(k, hi);
        // ", which X says had ..., objected": an insertion between commas ends at the next one
        if (tokens[a - 1]?.norm === ',') for (let m = k + 1; m < e; m++) if (inQuote[m]! < 0 && /^(,|;|--|\u2014)$/.test(tokens[m]!.norm)) { e = m; break; }
        content = [a, e]; rule = 'reported:embedded';
        group = [group[0], k];
      } else {
        group = [group[0], Math.max(group[1], k)];
        // "CLAUSE, X said." / "CLAUSE, said X on Tuesday."
        let rest = k;
        while (rest < hi && !isWord(tokens[rest]!) && !isQuoteTok(tokens[rest]!)) rest++;
        const g0 = group[0];
        // ", X said" / ",\" X said" / ", as X pointed out,"
        const asBefore = g0 - 2 > lo && tokens[g0 - 1]!.norm === 'as' && tokens[g0 - 2]!.norm === ',';
        const commaBefore = asBefore || (g0 - 1 > lo && (tokens[g0 - 1]!.norm === ',' || (isQuoteTok(tokens[g0 - 1]!) && tokens[beforeMarks(g0 - 1)]?.norm === ',')));
        const nextTok = tokens[k + 1];
        if (rest < hi && commaBefore && !isQuoteTok(tokens[g0 - 1]!) && tokens[k]?.norm === ',' && !participle && nextTok && !isQuoteTok(nextTok) && inQuote[k + 1]! < 0 &&
          !CUE_FORMS.has(nextTok.norm) && isWord(nextTok)) {
          // "Acts of protest, Mr. Obama said, are acts of patriotism": the clause is the sentence around the cue
          content = [lo, hi]; rule = 'reported:cue-inside';
        } else if (rest >= hi && commaBefore && !participle) {
          let a = lo;
          // a sentence cut after an abbreviation ("Rep. Jo Lee (R-Conn.) | was pro Kasich, he said"): the clause starts before
          if (si > 0 && /^\p{Ll}/u.test(text[tokens[lo]!.start] ?? '') && sentences[si - 1]!.paragraph === sentences[si]!.paragraph &&
            !cues.some((c) => c.sentence === si - 1)) a = sentences[si - 1]!.firstToken;
          // a clause right after an earlier attribution in this sentence starts after it
          // (a stance read off any verb's object, "the Secret Service whisked her away", is part of the clause)
          for (let m = cues.length - 1; m >= 0 && cues[m]!.sentence === si; m--) {
            if (cues[m]!.rule !== 'reported:actor-object' && cues[m]!.group[1] <= g0 - 1) { a = Math.max(a, cues[m]!.group[1]); break; }
          }
          while (a < g0 - 1 && !isWord(tokens[a]!) && !isQuoteTok(tokens[a]!)) a++;
          // a clause that is one quotation is a direct quote already
          const whole = inQuote[a]! >= 0 && inQuote[a] === inQuote[g0 - 2];
          const end = asBefore ? g0 - 2 : tokens[g0 - 1]!.norm === ',' ? g0 - 1 : g0;
          if (!whole && end > a) { content = [a, end]; rule = 'reported:clause-then-cue'; }
        }
      }
    } else if (lemma === 'call' && !inverted && tokens[cueEnd]?.norm === 'out' && cueEnd + 1 < hi && startsObject(cueEnd + 1, hi)) {
      // "called out his rival for alienating Hispanics": criticism, a statement when it gives its reason
      cueEnd++;
      content = [cueEnd, objectEnd(cueEnd, hi)]; rule = 'reported:object';
      group = [group[0], cueEnd];
      if (!statesReason(content[0], content[1])) { kind = 'evaluation'; if (!allKinds) content = null; }
    } else if (lemma === 'call' && !inverted && (tokens[cueEnd]?.norm === 'for' || tokens[cueEnd]?.norm === 'on')) {
      // "called for a moratorium": a demand; "called on the council to act": a request
      const m = cueEnd + 1;
      if (tokens[cueEnd]!.norm === 'for' && m < hi) { content = [m, clauseEnd(m, hi)]; rule = 'reported:call-for'; }
      else {
        const t2 = findTo(m, hi);
        if (t2 >= 0) { content = [t2, clauseEnd(t2, hi)]; rule = 'reported:directive'; }
      }
      group = [group[0], m];
    } else if (NAMING_CUES.has(lemma) && !inverted && namesSomething(cueEnd, hi)) {
      // "called the charges fabricated", "described Mr. Obama as a climate evangelist": a judgement stated by the speaker
      content = [cueEnd, clauseEnd(cueEnd, hi)]; rule = 'reported:call-X-Y';
    } else if (lemma !== 'call' && OBJECT_CUES.has(lemma) && !inverted && k < hi && startsObject(k, hi) && !isQuoteTok(tokens[k]!)) {
      // "described his intent to lead a big tent", "dismissed the report": what the description is about
      content = [k, objectEnd(k, hi)]; rule = 'reported:object';
      group = [group[0], k];
    } else group = [group[0], Math.max(group[1], k)];
    // "the talks are continuing", "his refusal to answer": without a clause or a quotation next to it, no cue
    const weak = (prev?.norm === 'to' || DIRECT_ONLY.has(lemma)) && !NAMING_CUES.has(lemma);
    if (weak && !content && !nextToQuotation(group)) return null;
    return { lemma, kind, sentence: si, cue: [i, cueEnd], speaker, inherits, group, content, rule };
  }

  /**
   * A noun of attribution with what it is about: "Trump's criticism of the deal", "questions about her emails",
   * "his view that ...". The holder is the possessor, when there is one.
   */
  function nominalCue(i: number, lo: number, hi: number, si: number): Cue | null {
    const t = tokens[i]!;
    const n = tokens[i + 1];
    if (!n || i + 2 >= hi || inQuote[i + 1]! >= 0) return null;
    let content: [number, number] | null = null;
    if (n.norm === 'that' && startsClause(i + 2, hi, false)) content = [i + 2, clauseEnd(i + 2, hi)];
    // "his refusal to tackle housing", "her plan to expand checks": the infinitive is what is intended
    else if (n.norm === 'to' && startsVerb(i + 2)) {
      content = [i + 1, clauseEnd(i + 1, hi)];
      // "his refusal to sell the ferry angered the board": the phrase ends before the sentence's verb
      for (let k = i + 3; k < content[1]; k++) {
        const tk = tokens[k]!;
        if (inQuote[k]! >= 0) continue;
        if (tk.pos === 'AUX' || (tk.pos === 'VERB' && !/(ing|ed)$/.test(tk.norm) && tokens[k - 1]!.norm !== 'to' && tokens[k - 1]!.pos !== 'CCONJ') ||
          (tk.pos === 'VERB' && tk.norm.endsWith('ed') && tokens[k - 1]!.pos === 'NOUN' && tokens[k + 1]?.norm !== 'by')) { content = [content[0], k]; break; }
      }
    }
    else if (NOUN_PREPS.has(n.norm) || (n.norm === 'of' && NOUN_OF.has(t.norm))) {
      if (!startsObject(i + 2, hi) && !WH_WORDS.has(tokens[i + 2]!.norm)) return null;
      content = [i + 2, objectEnd(i + 2, hi)];
      // "the union's support for the strike surprised the owners": the phrase ends before the sentence's verb
      for (let k = i + 3; k < content[1]; k++) {
        const tk = tokens[k]!;
        if (inQuote[k]! >= 0) continue;
        if (tk.pos === 'AUX' || (tk.pos === 'VERB' && !tk.norm.endsWith('ing') && tokens[k - 1]!.norm !== 'to' && tokens[k + 1]?.norm !== 'by')) { content = [content[0], k]; break; }
      }
    }
    if (!content) return null;
    let speaker: [number, number] | null = null;
    let p = i - 1;
    while (p >= lo && (tokens[p]!.pos === 'ADJ' || tokens[p]!.pos === 'ADV')) p--;
    if (p >= lo && tokens[p]!.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(tokens[p]!.norm)) speaker = [p, p + 1];
    else if (p - 1 >= lo && (tokens[p]!.norm === "'s" || tokens[p]!.norm === '\u2019s' || tokens[p]!.norm === "'")) speaker = npEndingAt(p - 1, lo);
    let inherits = false;
    if (!speaker) {
      // "voiced support for X", "raised questions about Y": the holder is the subject of the verb the noun is the object of
      while (p >= lo && (tokens[p]!.pos === 'DET' || tokens[p]!.pos === 'NUM')) p--;
      if (p >= lo && tokens[p]!.pos === 'VERB' && !/^(is|are|was|were|be|been)$/.test(tokens[p]!.norm)) {
        speaker = subjectBefore(p, lo);
        if (!speaker && (tokens[p - 1]?.norm === ',' || tokens[p - 1]?.pos === 'CCONJ' || tokens[p]!.norm.endsWith('ing'))) inherits = true;
      }
    }
    return { lemma: t.norm, kind: NOUN_CUES.get(t.norm)!, sentence: si, cue: [i, i + 2], speaker, inherits, group: [i, i + 2], content,
      rule: 'reported:noun-cue' };
  }

  /**
   * Any other verb or predicate adjective whose complement is a to-infinitive states what its subject aims at
   * ("have been trying to do something", "signed on to help raise", "is eager to control", "felt compelled to issue"):
   * an intention held by the subject, with `--attributions all` only.
   */
  function infinitiveComplement(i: number, lo: number, hi: number, si: number): Cue | null {
    const t = tokens[i]!;
    const prevTok = i > lo ? tokens[i - 1]! : null;
    const adj = t.pos === 'ADJ' && !!prevTok && (prevTok.pos === 'AUX' || prevTok.pos === 'ADV' || /^(feel|felt|feels|seem|seems|seemed)$/.test(prevTok.norm));
    if (t.pos !== 'VERB' && !adj) return null;
    const lemma = (t.lemma ?? t.norm).toLowerCase();
    if (NOT_INTENTIONAL.has(lemma) || NOT_INTENTIONAL.has(t.norm)) return null;
    let k = i + 1;
    if (VERB_PARTICLES.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'to') k++; // "signed on to help"
    if (tokens[k]?.norm !== 'to' || k + 2 >= hi || inQuote[k]! >= 0 || !startsVerb(k + 1)) return null;
    if (t.pos === 'VERB' && prevTok && /^(is|are|was|were|be|been|being)$/.test(prevTok.norm) && !t.norm.endsWith('ing')) return null; // passives: "was asked to"
    if (prevTok && prevTok.norm === 'to') return null; // "to try to": the outer verb carries it
    let speaker = subjectBefore(i, lo);
    let inherits = false;
    if (speaker && isTimePhrase(speaker)) speaker = null;
    // only an actor aims at something: the subject must be a person or organisation dyad knows ("the plan is designed to" is not)
    if (speaker && !hasActorMention(speaker)) return null;
    if (!speaker) {
      // "..., trying to ..." / "and tried to ...": the main clause's subject (kept to a participle or verb after a comma or "and")
      if (prevTok && (prevTok.norm === ',' || prevTok.pos === 'CCONJ')) inherits = true;
      else return null;
    } else if (tokens[speaker[1] - 1]!.pos !== 'PROPN' && tokens[speaker[1] - 1]!.pos !== 'PRON' && !isName(tokens[speaker[1] - 1]!) &&
      !/^(who|they|we|i|you|he|she)$/.test(tokens[speaker[0]]!.norm) && tokens[speaker[1] - 1]!.pos !== 'NOUN') return null;
    return { lemma, kind: 'intention', sentence: si, cue: [i, k], speaker, inherits, group: [speaker ? Math.min(speaker[0], i) : i, k],
      content: [k, clauseEnd(k, hi)], rule: 'reported:infinitive-complement' };
  }

  /**
   * With `--attributions all`: any other verb whose subject is an actor dyad knows and whose object is a noun phrase
   * ("Trump has questioned the very need for moderators", "He has promoted a raft of therapies"): PolNeAR attributes
   * the object to the subject as a stance.
   */
  function actorObject(i: number, lo: number, hi: number, si: number): Cue | null {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || inQuote[i]! >= 0) return null;
    const lemma = (t.lemma ?? t.norm).toLowerCase();
    if (LIGHT_VERBS.has(lemma) || actionVerbs.has(lemma)) return null;
    const prevTok = i > lo ? tokens[i - 1]! : null;
    if (prevTok && /^(is|are|was|were|be|been|being|to)$/.test(prevTok.norm)) return null;
    if (t.norm.endsWith('ing') && !(prevTok && prevTok.pos === 'AUX')) return null;
    let k = i + 1;
    if (VERB_PARTICLES.has(tokens[k]?.norm ?? '') && tokens[k]!.pos !== 'NOUN') k++;
    if (k >= hi || !startsObject(k, hi) || (inQuote[k]! >= 0 && !isQuoteTok(tokens[k]!))) return null;
    const speaker = subjectBefore(i, lo);
    if (!speaker || isTimePhrase(speaker) || !hasActorMention(speaker)) return null;
    const end = objectEnd(k, hi);
    if (end <= k) return null;
    return { lemma, kind: 'evaluation', sentence: si, cue: [i, k], speaker, inherits: false, group: [Math.min(speaker[0], i), k],
      content: [k, end], rule: 'reported:actor-object' };
  }

  /** "the plan seems to work", "who appeared confused", "Trump is expected to win": the clause is attributed to no one. */
  function appearance(i: number, lo: number, hi: number, si: number, lemma: string): Cue | null {
    const n = tokens[i + 1];
    if (!n || inQuote[i + 1]! >= 0) return null;
    const ok = (n.norm === 'to' && startsVerb(i + 2)) || n.pos === 'ADJ' || n.norm === 'that' || n.norm === 'like' ||
      (n.pos === 'VERB' && n.norm.endsWith('ed')) || (n.pos === 'ADV' && tokens[i + 2]?.pos === 'ADJ');
    if (!ok) return null;
    const subj = subjectBefore(i, lo);
    const a = subj ? subj[0] : i;
    const end = clauseEnd(Math.max(a, i - 1), hi);
    return { lemma, kind: 'evidence', sentence: si, cue: [i, i + 1], speaker: null, inherits: false, group: [i, i + 1], content: [a, end], rule: 'reported:appearance' };
  }

  /** An object after a cue: a noun phrase, an object pronoun, a gerund ("criticized raising taxes") or a quotation. */
  function startsObject(k: number, hi: number): boolean {
    const t = tokens[k]!;
    if (isQuoteTok(t)) return true;
    if (OBJECT_PRONOUNS.has(t.norm) || t.norm === 'it' || t.norm === 'this' || t.norm === 'that' && t.pos === 'PRON') return true;
    if (/^(nothing|something|everything|anything)$/.test(t.norm)) return true;
    if (t.pos === 'VERB' && t.norm.endsWith('ing')) return true;
    return npStartingAt(k, hi) !== null;
  }

  /** An object phrase that gives a reason or a name ("X for doing Y", "X as Y") or quotes the speaker. */
  function statesReason(a: number, b: number): boolean {
    for (let t = a; t < b; t++) {
      const n = tokens[t]!.norm;
      if (inQuote[t]! >= 0 || n === 'for' || n === 'as') return true;
    }
    return false;
  }

  /** End of an object phrase: the next comma, semicolon, colon, dash or new verb outside quotation marks. */
  function objectEnd(a: number, hi: number): number {
    for (let t = a + 1; t < hi; t++) {
      const tk = tokens[t]!;
      if (inQuote[t]! >= 0) continue;
      if (tk.norm === ',' && (objectGoesOn(t, hi) || listGoesOn(t, hi))) continue;
      if (tk.norm === ':' && t + 1 < hi && t > a + 1 && npStartingAt(t + 1, hi)) continue; // "issues: the economy and security"
      if (tk.norm === ',' || tk.norm === ';' || tk.norm === ':' || tk.norm === '\u2014' || tk.norm === '--' || tk.norm === '(') return t;
      if (tk.pos === 'CCONJ' && t + 1 < hi && tokens[t + 1]!.pos === 'VERB' && inQuote[t + 1]! < 0) {
        // "refinancing student loans and forcing universities to ...": a second gerund goes on the first one's list
        if (tokens[a]!.pos === 'VERB' && tokens[a]!.norm.endsWith('ing') && tokens[t + 1]!.norm.endsWith('ing')) continue;
        return t;
      }
    }
    return hi;
  }

  /** ", Hillary Clinton, Bill Clinton, and Paul Ryan": after the comma at t, a list of noun phrases closed by "and"/"or". */
  function listGoesOn(t: number, hi: number): boolean {
    let k = t + 1;
    for (let n = 0; n < 6 && k < hi; n++) {
      if (tokens[k]!.norm === 'and' || tokens[k]!.norm === 'or') return npStartingAt(k + 1, hi) !== null;
      const np = npStartingAt(k, hi);
      if (!np) return false;
      k = np[1];
      if (tokens[k]?.norm === ',') k++;
      else if (tokens[k]?.norm !== 'and' && tokens[k]?.norm !== 'or') return false;
    }
    return false;
  }

  /**
   * An object phrase goes on over the comma at t when what follows modifies it: a relative clause ("the front-runner,
   * who ..."), a participle ("a picture, showing ..."), an example list ("including ...", "such as ...") or a second
   * adjective ("a generous, magnanimous executive").
   */
  function objectGoesOn(t: number, hi: number): boolean {
    const n = tokens[t + 1];
    if (!n || t + 2 >= hi || inQuote[t + 1]! >= 0) return false;
    if (OBJECT_CONTINUERS.has(n.norm)) return true;
    if (n.norm === 'as' && tokens[t + 2]!.norm === 'well') return true;
    if (n.pos === 'ADJ' && tokens[t - 1]!.pos === 'ADJ') return true;
    return n.pos === 'VERB' && /(ing|ed)$/.test(n.norm) && !CUE_FORMS.has(n.norm) && tokens[t + 2]!.pos !== 'PUNCT';
  }

  /** A reported clause opens at k: a subject (pronoun or phrase) and, within a few words, a verb. */
  function startsClause(k: number, hi: number, speakerMayFollow = true): boolean {
    const t = tokens[k];
    if (!t || inQuote[k]! >= 0) return false;
    if (t.pos === 'PRON' && SUBJECT_PRONOUNS_AND_DEMONSTRATIVES.has(t.norm)) {
      let v = k + 1;
      // "said he and Trump differ on Israel": a coordinated subject
      if ((tokens[v]?.norm === 'and' || tokens[v]?.norm === 'or') && v + 1 < hi) { const np = npStartingAt(v + 1, hi); if (np) v = np[1]; }
      while (v < hi && tokens[v]!.pos === 'ADV') v++;
      return v < hi && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'VERB');
    }
    if (!speakerMayFollow && (t.pos === 'SCONJ' || INTRO_PREPS.has(t.norm)) && t.norm !== 'that') {
      // "said if Trump wins, he would ...", "says despite all that, Obama was not ...": an opening phrase, then the clause
      for (let j = k + 1; j < Math.min(hi, k + 16); j++) {
        if (inQuote[j]! >= 0 || tokens[j]!.norm === ';' || tokens[j]!.norm === '.') return false;
        if (tokens[j]!.norm === ',') return startsClause(j + 1, hi, false) && !(tokens[j + 1]!.pos === 'VERB');
      }
      return false;
    }
    // "said seeing so many officers was a welcome sight": a gerund as subject
    if (!speakerMayFollow && t.pos === 'VERB' && t.norm.endsWith('ing') && k + 1 < hi && tokens[k + 1]!.pos !== 'PUNCT') {
      for (let j = k + 2; j < Math.min(hi, k + 14); j++) {
        const tj = tokens[j]!;
        if (tj.pos === 'PUNCT' || inQuote[j]! >= 0) return false;
        if (tj.pos === 'AUX' && !/^(to|be|been|being)$/.test(tj.norm)) return true;
      }
      return false;
    }
    if (!(NP_POS.has(t.pos) || t.pos === 'ADV' || (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.norm)))) return false;
    if (TIME_WORDS.has(t.norm) && t.pos !== 'DET') return false;
    const lead = npStartingAt(k, hi);
    if (lead && isTimePhrase(lead)) return false; // "said several months after her release
    for (let j = k + 1; j < Math.min(hi, k + 24); j++) {
      const tj = tokens[j]!;
      if (isQuoteTok(tj) && j === k + 1 && speakerMayFollow) return false;
      if (tj.pos === 'PUNCT' && !isQuoteTok(tj) && tj.norm !== '-' && tj.norm !== "'s") {
        // "the program, run by the department, has brought ...": an insertion inside the subject, when no speaker can follow
        if (speakerMayFollow || !/^(,|--|\u2014|\u2013)$/.test(tj.norm)) return false;
      }
      if (speakerMayFollow && (tj.norm === 'who' || tj.norm === 'which' || tj.norm === 'that')) return false;
      if (tj.pos === 'AUX') return true;
      if (tj.pos === 'VERB' && tokens[j - 1]!.norm !== 'to' && !tj.norm.endsWith('ing')) return true;
      // "each year of education yields/NOUN a 10% bump": a verb in -s the tagger read as a plural after the subject's noun
      if (!speakerMayFollow && tj.pos === 'NOUN' && /[^su]s$/.test(tj.norm) && tokens[j - 1]!.pos === 'NOUN' && j > k + 1 &&
        (tokens[j + 1]?.pos === 'DET' || tokens[j + 1]?.pos === 'NUM' || tokens[j + 1]?.norm === 'that')) return true;
    }
    return false;
  }

  /** How a quotation is attributed: the cue after it, the cue before it, the clause it sits in, or none. */
  function attachDirect(q: MarkedQuote, qi: number, o: number, c: number): { from: number; rule: string } | null {
    const sentO = tokens[o]!.sentence;
    // after: '"...," said Dong' / '"...," he added' / '"...", according to X'
    let k = c + 1;
    while (k < tokens.length && (tokens[k]!.norm === ',' || tokens[k]!.norm === '\u2014' || tokens[k]!.norm === '--')) k++;
    const after: number[] = [...(cuesByGroupStart.get(k) ?? [])];
    if (after.length === 0) {
      // '"...," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': the first cue after it
      for (const ci of cuesBySentence[tokens[k]?.sentence ?? -1] ?? []) {
        const cu = cues[ci]!;
        if (cu.cue[0] <= k || cu.cue[0] > k + 40 || !cu.speaker || cu.speaker[0] > cu.cue[0] || cu.speaker[0] < k) continue;
        let clean = true;
        for (let t = k; t < cu.cue[0]; t++) if (inQuote[t]! >= 0 || tokens[t]!.norm === '.' || tokens[t]!.norm === ';') { clean = false; break; }
        if (clean && isNpTok(tokens[k]!, true)) after.push(ci);
        break;
      }
    }
    for (const ci of after) {
      const cu = cues[ci]!;
      // '"...," he said, just prior to the announcement that ...': a quotation ending in a comma is what the cue right
      // after it says, whatever clause follows the cue
      const commaEnded = /,$/.test(text.slice(q.content.start, q.closeEnd).replace(/["'\u201c\u201d\u2018\u2019\s]+$/, '')) && cu.group[0] === k && !cu.inherits && !!cu.speaker;
      if (cu.content && cu.rule !== 'reported:clause-then-cue' && !commaEnded) continue;
      // the clause found further on ("..., just before the announcement that ...") is not what was said
      if (commaEnded && cu.content && cu.rule !== 'reported:clause-then-cue' && cu.content[0] > cu.cue[1] + 1) cu.content = null;
      if (cu.sentence !== tokens[c]!.sentence && !/^[,\u2014-]|[,?!]$/.test(text.slice(q.content.end, q.closeEnd).trim()) &&
        !/[?!]$/.test(text.slice(q.content.start, q.content.end))) continue;
      // '"Fox News Sunday," Governor Pence said he ...': a title before a clause, not a quotation
      if (looksLikeTitle(q.content, countWords(q.content)) && countWords(q.content) >= 2 && (!cu.speaker || cu.speaker[0] < cu.cue[0])) continue;
      const rule = cu.lemma === 'according to' ? 'direct:quote-according-to' : cu.speaker && cu.speaker[0] > cu.cue[0] ? 'direct:quote-said-NAME' : 'direct:quote-NAME-said';
      return { from: ci, rule };
    }
    // '"..." ― Name': a quotation signed with a dash
    const dash = tokens[c + 1];
    if (dash && /^[\u2015\u2014\u2013]$/.test(dash.norm)) {
      let lineEnd = Math.min(tokens.length, c + 3);
      while (lineEnd < Math.min(tokens.length, c + 8) && !text.slice(tokens[lineEnd - 1]!.end, tokens[lineEnd]!.start).includes('\n')) lineEnd++;
      const np = npStartingAt(c + 2, lineEnd);
      if (np && tokens[np[1] - 1]!.pos === 'PROPN') {
        cues.push({ lemma: 'dash', kind: 'speech', sentence: dash.sentence, cue: [c + 1, c + 2], speaker: np, inherits: false, group: [c + 1, np[1]], content: null, rule: '' });
        return { from: cues.length - 1, rule: 'direct:quote-dash-NAME' };
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
      return { from: ci, rule: midQuote ? 'direct:quote-cue-quote' : 'direct:NAME-said-quote' };
    }
    // inside a reported clause: 'promising that Beijing "will not change ..."'
    let best = -1;
    for (const ci of [...(cuesBySentence[sentO] ?? []), ...turnIndexes]) {
      const cu = cues[ci]!;
      if (cu.content && cu.content[0] <= o && c < cu.content[1] + 1 && (best < 0 || cu.content[0] >= cues[best]!.content![0])) best = ci;
    }
    const words = countWords(q.content);
    if (best >= 0 && !looksLikeTitle(q.content, words)) return { from: best, rule: 'direct:partial-in-reported' };
    // 'called the plan "a disaster"'
    for (let ci = cues.length - 1; ci >= 0; ci--) {
      const cu = cues[ci]!;
      if (cu.sentence !== sentO || cu.cue[0] >= o) continue;
      if (DIRECT_ONLY.has(cu.lemma) && o - cu.group[1] <= 6 && !looksLikeTitle(q.content, words)) return { from: ci, rule: 'direct:partial-called' };
      break;
    }
    // '"...," Tester said, referring to the excuse, "you give ammunition ..."': the second half of a quotation
    // whose cue sits a few words before it, after the first half
    const before = qi > 0 ? attached[qi - 1] : null;
    if (before && before.from >= 0 && /^direct:quote-(NAME-said|said-NAME)$/.test(before.rule)) {
      const cu = cues[before.from]!;
      let clean = cu.group[1] <= o && o - cu.group[1] <= 12 && tokens[cu.group[1]]?.sentence === sentO;
      for (let t = cu.group[1]; clean && t < o; t++) if (inQuote[t]! >= 0 || /^[.;:?!]$/.test(tokens[t]!.norm)) clean = false;
      if (clean) return { from: before.from, rule: 'direct:quote-cue-quote' };
    }
    // floating: a quoted sentence standing alone
    const s = sentences[sentO]!;
    const alone = o === s.firstToken || (o > 0 && tokens[o - 1]!.sentence !== sentO);
    const ends = /[.?!]['\u2019]?$/.test(text.slice(q.content.start, q.content.end));
    if (alone && ends && words >= 4) return { from: -1, rule: 'floating' };
    // '"I would," Melanie said. "I would, Donald."': a short quotation right after the sentence attributing the one before
    const prevHit = qi > 0 ? attached[qi - 1] : null;
    if (alone && ends && words >= 1 && prevHit && prevHit.from >= 0 && /^direct:quote-(NAME-said|said-NAME)$/.test(prevHit.rule) &&
      cues[prevHit.from]!.sentence === sentO - 1 && sentences[sentO - 1]!.paragraph === s.paragraph) return { from: -1, rule: 'floating' };
    return null;
  }

  /**
   * After "X said" at k, a finite verb with no subject of its own ("... the agency said was ongoing"), and before the
   * speaker at s a relative word or the noun phrase the clause is about: the cue sits inside a relative clause.
   */
  function embeddedGap(k: number, s: number): boolean {
    const v = tokens[k]!;
    if (inQuote[k]! >= 0 || !(v.pos === 'AUX' || v.pos === 'VERB') || v.norm.endsWith('ing') || /^(to|be|been|being)$/.test(v.norm)) return false;
    if (v.pos === 'VERB' && v.norm.endsWith('ed') && tokens[k + 1]?.norm === 'by') return false;
    const p = tokens[s - 1];
    if (!p || inQuote[s - 1]! >= 0) return false;
    if (p.norm === 'that' || p.norm === 'which' || p.norm === 'what' || p.norm === 'who') return true;
    return p.pos === 'NOUN' || (p.pos === 'PROPN' && s - 2 >= 0 && tokens[s - 2]!.pos === 'DET');
  }

  /** Where the phrase holding an embedded statement starts: its relative word, or the noun phrase before the speaker. */
  function gapHead(s: number, lo: number): number {
    const p = tokens[s - 1]!;
    if (p.pos === 'NOUN' || p.pos === 'PROPN') { const np = npEndingAt(s - 1, lo); if (np) return np[0]; }
    return s - 1;
  }

  /** A clause that is a courtesy of the speaker's own ("he looked forward to ..."), not a claim. */
  function isCourtesy(a: number, b: number): boolean {
    for (let t = a; t < Math.min(b, a + 4); t++) {
      const tk = tokens[t]!;
      if (tk.pos === 'VERB' || tk.pos === 'AUX') return (tk.lemma ?? '').toLowerCase() === 'look' && tokens[t + 1]?.norm === 'forward';
    }
    return false;
  }

  function countWords(sp: Span): number {
    const m = text.slice(sp.start, sp.end).match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu);
    return m ? m.length : 0;
  }

  /** A short quoted name or title: every word capitalised, no sentence punctuation ("Fire and Fury"). */
  function looksLikeTitle(sp: Span, words: number): boolean {
    if (words > 8) return false;
    const str = text.slice(sp.start, sp.end);
    if (/[.?!,;:]$/.test(str) || /[.?!]\s/.test(str)) return false; // "Like Oakland. Or Ferguson": two sentences, no title
    const ws = str.match(/[\p{L}][\p{L}'\u2019-]*/gu) ?? [];
    const minor = /^(a|an|the|of|and|or|in|on|at|to|for|with|by|from)$/;
    return ws.length > 0 && ws.every((w, n) => /^\p{Lu}/u.test(w) || (n > 0 && minor.test(w))) && ws.some((w) => !minor.test(w));
  }
}
