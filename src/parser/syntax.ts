/**
 * Reading a parsed sentence: the relations the event and actor coders ask about, over word indices 0..n-1 (not
 * the 1-based CoNLL-U ids). Built once per sentence from a parse (heads 1-based, 0 = root, as `Parser.parse` returns).
 */

export interface ParseLike {
  heads: ArrayLike<number>;
  deprels: readonly string[];
  upos?: readonly string[];
}

export interface Oblique {
  /** The oblique (or nominal modifier) word. */
  word: number;
  /** Its case marker (preposition) word, or -1. */
  caseWord: number;
  /** The case marker lower-cased ("by", "of", "against"; multiword "because of" joined by a space), or "". */
  caseForm: string;
  rel: string;
}

const SUBJ = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'nsubj:outer', 'csubj:outer']);
const RELATIVE = new Set(['who', 'whom', 'which', 'that', 'whose']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nt', 'nor', 'neither']);

export class Syntax {
  readonly n: number;
  /** head[i]: index of word i's head, -1 for the root word. */
  readonly head: Int32Array;
  readonly rels: readonly string[];
  private readonly kids: number[][];

  constructor(parse: ParseLike, readonly forms: readonly string[]) {
    const n = forms.length;
    this.n = n;
    this.rels = parse.deprels;
    this.head = new Int32Array(n);
    this.kids = Array.from({ length: n }, () => []);
    for (let i = 0; i < n; i++) {
      const h = parse.heads[i]! - 1;
      this.head[i] = h;
      if (h >= 0) this.kids[h]!.push(i);
    }
  }

  /** The root word (the one whose head is the root). */
  root(): number { for (let i = 0; i < this.n; i++) if (this.head[i]! < 0) return i; return -1; }

  /** Full relation of word i to its head ("nsubj:pass"). */
  rel(i: number): string { return this.rels[i] ?? ''; }
  /** Universal part of the relation ("nsubj"). */
  urel(i: number): string { const r = this.rel(i); const k = r.indexOf(':'); return k < 0 ? r : r.slice(0, k); }

  children(i: number): readonly number[] { return this.kids[i] ?? []; }

  /** Children with one of the relations; a relation without ':' also matches its subtypes ("obl" matches "obl:tmod"). */
  childrenWith(i: number, ...rels: string[]): number[] {
    return this.children(i).filter((c) => rels.some((r) => this.rel(c) === r || (!r.includes(':') && this.urel(c) === r)));
  }

  /** The passive voice: a passive subject or auxiliary on the verb (or on the first conjunct it shares them with). */
  isPassive(v: number): boolean {
    const own = this.childrenWith(v, 'nsubj:pass', 'csubj:pass', 'aux:pass');
    if (own.length) return true;
    return this.rel(v) === 'conj' && this.childrenWith(v, 'nsubj', 'csubj').length === 0 && this.isPassive(this.head[v]!);
  }

  /**
   * Subjects of a verb (or predicate): its own nsubj/csubj (any subtype), else those of the first conjunct it is
   * coordinated with ("Police arrested and charged him": charged ← Police), else, for an open clausal complement
   * (xcomp), the controller (object, else subject) of the governing verb; a relative pronoun is replaced by the
   * noun the relative clause modifies. Coordinated subjects are all returned.
   */
  subjects(v: number): number[] {
    const own = this.children(v).filter((c) => SUBJ.has(this.rel(c)));
    let subs = own;
    if (!subs.length && this.rel(v) === 'conj' && this.head[v]! >= 0) subs = this.subjects(this.head[v]!);
    else if (!subs.length && this.rel(v) === 'xcomp' && this.head[v]! >= 0) {
      const g = this.head[v]!;
      const objs = this.childrenWith(g, 'obj');
      subs = objs.length ? objs : this.subjects(g);
    }
    // "militants, who attacked ...": the relative pronoun stands for its antecedent
    const ante = this.relativeAntecedent(v);
    if (ante >= 0) subs = subs.map((s) => (RELATIVE.has(this.forms[s]!.toLowerCase()) ? ante : s));
    return this.expandConj(subs);
  }

  /** Direct objects of a verb (coordinated objects included; a relative pronoun stands for its antecedent). */
  objects(v: number): number[] {
    const ante = this.relativeAntecedent(v);
    return this.expandConj(this.childrenWith(v, 'obj').map((o) => (ante >= 0 && RELATIVE.has(this.forms[o]!.toLowerCase()) ? ante : o)));
  }
  /** Indirect objects. */
  indirectObjects(v: number): number[] { return this.expandConj(this.childrenWith(v, 'iobj')); }

  /**
   * The agent of a passive verb: an obl:agent child, or an oblique marked by "by" on a passive verb
   * ("were killed by gunmen" → gunmen). Coordinated agents are all returned.
   */
  agents(v: number): number[] {
    const out = this.childrenWith(v, 'obl:agent');
    if (!out.length && this.isPassive(v)) for (const o of this.obliques(v)) if (o.caseForm === 'by') out.push(o.word);
    return this.expandConj(out);
  }

  /** Obliques (obl, any subtype) of a verb with their case marker. */
  obliques(v: number): Oblique[] { return this.childrenWith(v, 'obl').map((w) => this.withCase(w)); }

  /**
   * Arguments of a nominal ("the army's shelling of Kharkiv", "sanctions against Iran"): its nmod children with
   * their case marker, possessors (nmod:poss) with caseForm "'s" or "".
   */
  nominalArgs(n: number): Oblique[] { return this.childrenWith(n, 'nmod').map((w) => this.withCase(w)); }

  /** The case marker of a nominal ("of", "against", "on behalf of"). */
  withCase(w: number): Oblique {
    const cs = this.childrenWith(w, 'case').filter((c) => c < w || this.rel(w) === 'nmod:poss');
    const caseWord = cs.length ? cs[0]! : -1;
    let caseForm = '';
    if (caseWord >= 0) {
      const fixed = this.childrenWith(caseWord, 'fixed');
      caseForm = [caseWord, ...fixed].sort((a, b) => a - b).map((i) => this.forms[i]!.toLowerCase()).join(' ');
    }
    return { word: w, caseWord, caseForm, rel: this.rel(w) };
  }

  /** Coordination group of a word: the first conjunct and every conj of it, in order (just [i] when uncoordinated). */
  conjuncts(i: number): number[] {
    let first = i;
    while (this.rel(first) === 'conj' && this.head[first]! >= 0) first = this.head[first]!;
    const out = [first];
    const walk = (x: number): void => { for (const c of this.childrenWith(x, 'conj')) { out.push(c); walk(c); } };
    walk(first);
    return out.sort((a, b) => a - b);
  }

  /** The words a list stands for with every conjunct added ("Chile and Peru" → Chile, Peru). */
  private expandConj(ws: number[]): number[] {
    const out = new Set<number>();
    for (const w of ws) for (const c of this.conjuncts(w)) out.add(c);
    return [...out].sort((a, b) => a - b);
  }

  /** The noun a relative clause verb modifies ("militants, who attacked ..." → militants), or -1. */
  relativeAntecedent(v: number): number {
    return this.rel(v) === 'acl:relcl' || this.rel(v) === 'advcl:relcl' ? this.head[v]! : -1;
  }

  /** Clausal complements (reported or embedded clauses: ccomp, xcomp, and parataxis for "X said" inserted after). */
  clauses(v: number): number[] { return this.childrenWith(v, 'ccomp', 'xcomp'); }

  /** The verb a reported clause depends on ("X said Y attacked Z": attacked → said), or -1. */
  reportingVerb(v: number): number {
    if (this.rel(v) === 'ccomp') return this.head[v]!;
    // "Y attacked Z, X said": the reporting verb is a parataxis child
    const p = this.childrenWith(v, 'parataxis').find((c) => this.subjects(c).length > 0 && this.childrenWith(c, 'obj', 'ccomp').length === 0);
    return p ?? -1;
  }

  /** Negation of a word: a negator among its advmod/det/cc:preconj children ("not", "n't", "never", "no"). */
  negated(i: number): boolean {
    return this.children(i).some((c) => NEGATORS.has(this.forms[c]!.toLowerCase()) && ['advmod', 'det', 'cc', 'part'].includes(this.urel(c)));
  }

  /** The words of the phrase a word heads (its subtree), in order. */
  subtree(i: number): number[] {
    const out: number[] = [];
    const stack = [i];
    while (stack.length) { const x = stack.pop()!; out.push(x); for (const c of this.children(x)) stack.push(c); }
    return out.sort((a, b) => a - b);
  }

  /** First and last word (inclusive) of the phrase a word heads; the tree is projective almost always, so it is its span. */
  phrase(i: number): [number, number] {
    const t = this.subtree(i);
    return [t[0]!, t[t.length - 1]!];
  }
}
