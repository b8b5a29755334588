import { f2, T } from './hash.js';
import { foldHash } from './lex.js';
import type { IntMap } from './int-map.js';

/**
 * Lemmas by edit rules learnt from the treebank: a rule says whether to lower-case the form, how many final letters
 * to strip and what to add ("l|1|" turns "Dogs" into "dog"). The rule comes from the word itself (form + tag seen in
 * training), else from its longest known final letters under the same tag, else the form is kept (lower-cased unless
 * a proper noun).
 */

export function lemmaRule(form: string, lemma: string): string {
  const low = form.toLowerCase();
  const base = lemma.startsWith(form[0] ?? '') || low === form ? form : low;
  const mode = base === form ? '=' : 'l';
  let p = 0;
  while (p < base.length && p < lemma.length && base[p] === lemma[p]) p++;
  return `${mode}|${base.length - p}|${lemma.slice(p)}`;
}

export function applyRule(form: string, rule: string): string {
  const a = rule.indexOf('|'), b = rule.indexOf('|', a + 1);
  const mode = rule.slice(0, a), strip = Number(rule.slice(a + 1, b)), add = rule.slice(b + 1);
  const base = mode === 'l' ? form.toLowerCase() : form;
  if (strip > base.length) return base;
  return base.slice(0, base.length - strip) + add;
}

export const wordKey = (form: string, tag: number): number => f2(T[201]!, foldHashExact(form.toLowerCase()), tag);
export const suffixKey = (low: string, k: number, tag: number): number => f2(202 + k, foldHashExact(low.slice(low.length - k)), tag);
const foldHashExact = (s: string): number => foldHash(s.replace(/\d/g, '\u0001'), 0, s.length);

export const MAX_SUFFIX = 5;

export function lemmatize(form: string, tag: number, isPropn: boolean, dict: IntMap, suffix: IntMap, rules: readonly string[]): string {
  let r = /\d/.test(form) ? -1 : dict.get(wordKey(form, tag), -1);
  if (r < 0) {
    const low = form.toLowerCase();
    for (let k = Math.min(MAX_SUFFIX, low.length - 1); k >= 1 && r < 0; k--) r = suffix.get(suffixKey(low, k, tag), -1);
  }
  if (r >= 0) return applyRule(form, rules[r]!);
  return isPropn ? form : form.toLowerCase();
}
