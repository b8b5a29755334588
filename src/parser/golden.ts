import type { ParsedSentence } from './parser.js';
import { Syntax } from './syntax.js';

/**
 * Expectations of the golden parses (test/fixtures/parser/golden-sentences.tsv): "fn word = words" checked through
 * the Syntax API. Shared by the script that regenerates the fixture and the test that compares it.
 */

/** expects: what the parse must give; misses: the right analysis the committed model does not give yet (marked "!"). */
export interface GoldenCase { why: string; text: string; expects: string[]; misses: string[] }

export function readGoldenCases(tsv: string): GoldenCase[] {
  return tsv.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => {
    const [why, text, expects] = l.split('\t');
    if (!why || !text || expects === undefined) throw new Error(`golden sentences: bad line ${JSON.stringify(l)}`);
    const all = expects.split(';').map((e) => e.trim()).filter(Boolean);
    return { why, text, expects: all.filter((e) => !e.startsWith('!')), misses: all.filter((e) => e.startsWith('!')).map((e) => e.slice(1).trim()) };
  });
}

/** The word index of "form" or "form#k" (k-th occurrence), or -1. */
function find(forms: readonly string[], ref: string): number {
  const m = /^(.*?)(?:#(\d+))?$/.exec(ref)!;
  let k = Number(m[2] ?? 1);
  for (let i = 0; i < forms.length; i++) if (forms[i] === m[1] && --k === 0) return i;
  return -1;
}

/** Checks one expectation; returns null when it holds, else what was found. */
export function checkExpectation(forms: readonly string[], parse: ParsedSentence, exp: string): string | null {
  const m = /^(\w+)\s+(\S+)(?:\s+(\S+))?\s*=\s*(.*)$/.exec(exp);
  if (!m) return `malformed expectation ${exp}`;
  const [, fn, ref, arg, want] = m as unknown as [string, string, string, string | undefined, string];
  const syn = new Syntax(parse, forms);
  const w = find(forms, ref);
  if (w < 0) return `no word ${ref}`;
  const names = (ws: number[]): string => (ws.length ? ws.map((i) => forms[i]).join(' ') : '-');
  let got: string;
  switch (fn) {
    case 'subjects': got = names(syn.subjects(w)); break;
    case 'objects': got = names(syn.objects(w)); break;
    case 'agents': got = names(syn.agents(w)); break;
    case 'passive': got = syn.isPassive(w) ? 'yes' : 'no'; break;
    case 'negated': got = syn.negated(w) ? 'yes' : 'no'; break;
    case 'antecedent': { const a = syn.relativeAntecedent(w); got = a >= 0 ? forms[a]! : '-'; break; }
    case 'reporting': { const r = syn.reportingVerb(w); got = r >= 0 ? forms[r]! : '-'; break; }
    case 'rel': got = syn.rel(w); break;
    case 'nominal': got = names(syn.nominalArgs(w).filter((o) => o.caseForm === (arg ?? '') || (arg === "'s" && o.rel === 'nmod:poss')).map((o) => o.word)); break;
    default: return `unknown function ${fn}`;
  }
  return got === want ? null : `${fn} ${ref}${arg ? ' ' + arg : ''}: expected ${want}, parsed ${got}`;
}
