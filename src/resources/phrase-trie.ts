import type { PhraseKey } from './petrarch/phrase.js';

interface TrieNode<T> {
  /**
   * The only child, and its token, while a node has one (40% of the nodes of the bundled lexicon: most phrases run
   * on alone after their first words); `next` holds the children from the second one on. A Map per one-child node
   * cost start-up time (33,000 Maps built and collected) and a hash lookup per step of a walk.
   */
  onlyToken: string | null;
  only: TrieNode<T> | null;
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
  /** Values whose phrase ends with a stem at this point: (stem, value). */
  stems: Array<{ stem: string; value: T }> | null;
  /** A root child whose phrases are not added yet (`addLater`): the reference that gives them, -1 when none wait. */
  pending: number;
}

const NO_MATCH: ReadonlyArray<TrieMatch<unknown>> = Object.freeze([]);

/** Root stems are indexed by their first two UTF-16 units, as a number (no string allocated per lookup). */
const stemKey = (t: string): number => t.charCodeAt(0) * 65536 + (t.length > 1 ? t.charCodeAt(1) : 0);

const newNode = <T>(): TrieNode<T> => ({ onlyToken: null, only: null, next: null, values: null, stems: null, pending: -1 });

export interface TrieMatch<T> {
  /** One past the last token matched. */
  end: number;
  values: T[];
}

/** A token trie over dictionary phrases; finds every phrase starting at a token position in O(phrase length). */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = newNode<T>();
  /** Root-level stems indexed by their first two letters, so a lookup scans only a few. */
  private readonly rootStems = new Map<number, Array<{ stem: string; value: T }>>();
  size = 0;

  add(key: PhraseKey, value: T): void {
    this.addFrom(this.root, key.tokens, 0, key.stem, value);
    this.size++;
  }

  /**
   * Puts `count` phrases under the root's child for `first` (their first token) without adding them yet: the first
   * walk that steps into that child calls `fill(ref, add)`, which must `add` exactly those phrases, in order. The trie
   * is then the same as with `add` in that order (a root child's subtree holds only phrases with its first token, and
   * the root's children keep the order of the `addLater` and `add` calls that made them). A phrase that is one stem
   * alone is not under a root child: `add` it. One `addLater` per first token. Start-up of dyad code:
   * src/resources/lexicon-plan.ts.
   */
  addLater(first: string, count: number, ref: number, fill: (ref: number, add: (key: PhraseKey, value: T) => void) => void): void {
    const c = this.child(this.root, first);
    if (c.pending !== -1 || c.values !== null || c.stems !== null || c.next !== null || c.only !== null) throw new Error(`phrase trie: phrases under "${first}" were added already`);
    c.pending = ref;
    this.unfilled++;
    this.filler = fill;
    this.size += count;
  }

  /** Root children whose phrases wait (`addLater`), and what adds them. */
  private unfilled = 0;
  private filler: ((ref: number, add: (key: PhraseKey, value: T) => void) => void) | null = null;

  /** Adds the phrases waiting under a root child. */
  private fill(node: TrieNode<T>): void {
    const ref = node.pending;
    node.pending = -1;
    this.filler!(ref, (key, value) => this.addFrom(node, key.tokens, 1, key.stem, value));
    if (--this.unfilled === 0) this.filler = null;
  }

  /** Adds every phrase still waiting: the trie is then as `add` would have built it. */
  fillAll(): void {
    if (this.root.only && this.root.only.pending !== -1) this.fill(this.root.only);
    for (const c of this.root.next?.values() ?? []) if (c.pending !== -1) this.fill(c);
  }

  /** Adds the phrase `tokens` from `node`, which holds its tokens before `from`. */
  private addFrom(node: TrieNode<T>, tokens: readonly string[], from: number, stem: boolean, value: T): void {
    const last = tokens.length - 1;
    // a phrase of one exact token, added from its root child: it ends there
    if (from > last) { (node.values ??= []).push(value); return; }
    for (let i = from; i < last; i++) node = this.child(node, tokens[i]!);
    const t = tokens[last]!;
    if (stem) {
      if (node === this.root) {
        const k = stemKey(t);
        let list = this.rootStems.get(k);
        if (!list) this.rootStems.set(k, (list = []));
        list.push({ stem: t, value });
      } else (node.stems ??= []).push({ stem: t, value });
    } else {
      const c = this.child(node, t);
      (c.values ??= []).push(value);
    }
  }

  private child(node: TrieNode<T>, t: string): TrieNode<T> {
    if (node.onlyToken === t) return node.only!;
    if (node.onlyToken === null && node.next === null) {
      node.onlyToken = t;
      return (node.only = newNode<T>());
    }
    node.next ??= new Map();
    let c = node.next.get(t);
    if (!c) node.next.set(t, (c = newNode<T>()));
    return c;
  }

  /** The child of `node` for token `t`. */
  private static step<T>(node: TrieNode<T>, t: string): TrieNode<T> | undefined {
    if (node.onlyToken === t) return node.only!;
    return node.next === null ? undefined : node.next.get(t);
  }

  /** Every match starting at tokens[i], longest first. `stop(j)` ends the walk before token j (e.g. sentence end). */
  matchAt(tokens: readonly string[], i: number, limit: number): Array<TrieMatch<T>> {
    let out: Array<TrieMatch<T>> | null = null;
    let node: TrieNode<T> | undefined = this.root;
    for (let j = i; j < limit && node; j++) {
      const t = tokens[j]!;
      const stems = node === this.root ? this.rootStems.get(stemKey(t)) : node.stems;
      if (stems) {
        let vals: T[] | null = null;
        for (const s of stems) if (t.startsWith(s.stem)) (vals ??= []).push(s.value);
        if (vals) (out ??= []).push({ end: j + 1, values: vals });
      }
      node = PhraseTrie.step(node, t);
      if (node !== undefined && node.pending !== -1) this.fill(node);
      if (node?.values) (out ??= []).push({ end: j + 1, values: node.values });
    }
    if (!out) return NO_MATCH as Array<TrieMatch<T>>;
    if (out.length > 1) {
      out.sort((a, b) => b.end - a.end);
      // a stem and an exact phrase can end at the same token: one match with both values
      for (let k = out.length - 1; k > 0; k--) if (out[k]!.end === out[k - 1]!.end) { out[k - 1] = { end: out[k]!.end, values: [...out[k - 1]!.values, ...out[k]!.values] }; out.splice(k, 1); }
    }
    return out;
  }
}
