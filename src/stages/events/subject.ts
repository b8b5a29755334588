import type { Group } from './actor-groups.js';
import { insideReport, PAIR_PREPOSITIONS, uncodedPronounSubject } from './actor-phrases.js';
import { FORMS_OF_BE, SUBJECT_RELATIVE_PRONOUNS } from '../../resources/english.js';
import { clauseStart, quoteBefore } from '../syntax/clauses.js';
import { REPORTED_SPEECH_FORMS } from '../syntax/reporting-verbs.js';
import { nearestGroupBefore, possessorBefore, relativeAntecedent } from './clause.js';
import type { SentenceFrame } from './sentence-frame.js';
import { a0, EMBEDDING_GOVERNORS, previousFinite, type VerbGroup } from './verb-groups.js';


/** The verb's subject and where its clause starts. */
export interface SubjectChoice {
  subject: Group | null;
  /** First token of the verb's clause. */
  leftStart: number;
}

/**
 * The subject of verb `v` (`G`: the verb governing it, if any). Null when the verb is not coded: no actor can be its
 * subject, or it sits inside what an unknown speaker reports (`report` carries where that report's verb ends, from one
 * verb to the next).
 */
export function chooseSubject(f: SentenceFrame, v: number, G: VerbGroup | null, report: { unknownReportEnd: number }): SubjectChoice | null {
  const { toks, norms, parts, groups, groupAt, groupOf, verbs, er } = f;
  const V = verbs[v]!;
  let subject: Group | null = null;
  let leftStart = clauseStart(norms, V.auxStart);
  let b0 = V.auxStart - 1;
  while (b0 >= 0 && toks[b0]!.pos === 'ADV') b0--;
  const prevFinite = previousFinite(verbs, v);
  const vpCoordinated = b0 >= 0 && (norms[b0] === 'and' || norms[b0] === 'but' || (norms[b0] === ',' && !quoteBefore(norms, b0))) && prevFinite >= 0
    && verbs[prevFinite]!.end <= b0;
  // "...," said Dong: a reporting verb right after a closing quotation has its subject after it
  const q0 = V.start - 1;
  if (!subject && q0 >= 1 && ((norms[q0] === '"' && norms[q0 - 1] === ',') || (norms[q0] === ',' && norms[q0 - 1] === '"'))) {
    const gi = groupAt[V.end] ?? -1;
    if (gi >= 0) subject = groups[gi]!;
    leftStart = V.auxStart;
  }
  if (!V.modifier && a0(V) && /(ed|en)$/.test(norms[V.head]!) && norms[V.end] === 'by' && ['NOUN', 'PROPN'].includes(toks[V.start - 1]?.pos ?? '')) {
    // "crimes committed by Croat forces": a past participle after a noun, with "by", is a reduced passive
    const gi = groupOf[V.start - 1] ?? -1;
    if (gi < 0 || groups[gi]!.te !== V.start) return null;
    subject = groups[gi]!;
    V.passive = true;
  }
  // dyad's policy: ", disputed by Argentina and Chile", ", expected to be joined": a participle opening a phrase
  // after a comma modifies the noun before the comma; it is an event only when that noun is an actor
  else if (er.policy === 'dyad' && !V.modifier && a0(V) && norms[V.start - 1] === ',' && /(ed|en)$/.test(norms[V.head]!)
    && (norms[V.end] === 'by' || (norms[V.end] === 'to' && FORMS_OF_BE.has(norms[V.end + 1] ?? '')))) {
    const gi = groupOf[V.start - 2] ?? -1;
    // (the verbs it governs, "expected to be joined by", go with it)
    if (gi < 0 || groups[gi]!.te !== V.start - 1 || norms[V.end] !== 'by') { V.coded = true; return null; }
    subject = groups[gi]!;
    V.passive = true;
  }
  if (V.modifier) {
    // the modified noun is the subject when it is an actor; otherwise the verb has none
    const gi = groupOf[V.start - 1] ?? -1;
    if (gi < 0 || groups[gi]!.te !== V.start) return null;
    subject = groups[gi]!;
  }
  if (subject) { /* inverted reporting verb or modified noun */ }
  else if (G && V.gerundAfterPrep === 'of' && EMBEDDING_GOVERNORS.has(G.entry.block.toLowerCase())) subject = G.object;
  else if (G && (!V.gerundAfterPrep || V.gerundAfterPrep === 'by')) subject = G.subject;
  if (!subject && V.infinitive && !G) subject = possessorBefore(toks, groupOf, groups, V.auxStart);
  if (!subject && vpCoordinated) subject = verbs[prevFinite]!.subject;
  if (!subject && V.auxStart > 0 && SUBJECT_RELATIVE_PRONOUNS.has(norms[V.auxStart - 1]!)) {
    // dyad's policy: the antecedent is the phrase right before the pronoun ("Macedonia, which is preparing"), not an
    // actor inside it ("a U.N. Security Council resolution that aims to")
    const gi = er.policy === 'dyad' ? relativeAntecedent(norms, groupOf, V.auxStart - 1) : nearestGroupBefore(groupOf, V.auxStart - 1, Math.max(0, V.auxStart - 12));
    if (gi >= 0) subject = groups[gi]!;
  }
  if (!subject && !G && !vpCoordinated && uncodedPronounSubject(toks, groupOf, V.auxStart)) {
    // PETRARCH: what an unknown speaker reports is the target of the report, not an event of its own
    if (er.policy === 'petrarch' && REPORTED_SPEECH_FORMS.has(norms[V.head]!)) report.unknownReportEnd = V.end;
    return null;
  }
  if (report.unknownReportEnd >= 0 && insideReport(norms, report.unknownReportEnd, V.auxStart)) return null;
  if (!subject) {
    // the subject is after the previous verb of the sentence (its clause is over)
    if (prevFinite >= 0 && !G) leftStart = Math.max(leftStart, verbs[prevFinite]!.end);
    // the first actor of the clause that is not inside a prepositional phrase, else the nearest one;
    // after an earlier verb the nearest ("NATO's advance ... and China's defense chief pledges")
    const afterVerb = prevFinite >= 0 && verbs[prevFinite]!.end > leftStart - 1 && leftStart === verbs[prevFinite]!.end;
    for (let gi = 0; gi < groups.length && !subject && !afterVerb; gi++) {
      const g = groups[gi]!;
      if (g.ts < leftStart || g.te > V.auxStart) continue;
      let b = g.ts - 1;
      while (b >= leftStart && (toks[b]!.pos === 'DET' || toks[b]!.pos === 'ADJ')) b--;
      if (b >= leftStart && toks[b]!.pos === 'ADP') continue;
      subject = g;
    }
    if (!subject) {
      const gi = nearestGroupBefore(groupOf, V.auxStart, leftStart);
      if (gi >= 0) subject = groups[gi]!;
    }
  }
  // "the conflict in Ukraine and China's defense chief pledges": a group opened inside a prepositional
  // phrase only lends its last conjunct to the subject
  if (subject && subject.members.length > 1 && subject.te <= V.auxStart) {
    let b = subject.ts - 1;
    while (b >= 0 && (toks[b]!.pos === 'DET' || toks[b]!.pos === 'ADJ')) b--;
    if (b >= 0 && toks[b]!.pos === 'ADP' && !PAIR_PREPOSITIONS.has(toks[b]!.norm)) {
      const last = subject.members[subject.members.length - 1]!;
      subject = { members: subject.members.filter((k) => parts[k]!.ts === parts[last]!.ts), ts: parts[last]!.ts, te: subject.te };
    }
  }
  return { subject, leftStart };
}
