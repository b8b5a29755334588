import type { LexEntry } from './lexicon.js';

/**
 * `Lexicon.surnames` of a lexicon replayed from its plan (src/resources/lexicon-plan.ts): a Map whose lists are made
 * when first asked for. The bundled lexicon has 15,606 surname lists; making their entries at start-up cost ~50 ms of
 * the cold start, and one article asks for a few dozen. `get`/`has` make one word's list; anything that reads the
 * whole map (iteration, `size`, `forEach`) or changes it makes every list first, in the order the build put them in,
 * so the map is then the one `buildLexicon` makes (test/actors/lexicon-plan.test.ts).
 */
export class LazySurnames extends Map<string, LexEntry[]> {
  /** Word -> its index in the plan, made on first use (null once every list is made). */
  #index: Map<string, number> | null = null;
  #lists: Array<LexEntry[] | undefined>;
  #complete = false;

  /**
   * `count` words; `word(i)` is the i-th (in the order the build first met them), `list(i)` makes its list (a new
   * array, its entries shared with the trie).
   */
  constructor(private readonly count: number, private readonly word: (i: number) => string, private readonly list: (i: number) => LexEntry[]) {
    super();
    this.#lists = new Array<LexEntry[] | undefined>(count);
  }

  #listAt(i: number): LexEntry[] {
    return (this.#lists[i] ??= this.list(i));
  }

  /** Makes every list and puts them into the map in the build's order. */
  #completeAll(): void {
    if (this.#complete) return;
    this.#complete = true;
    super.clear();
    for (let i = 0; i < this.count; i++) super.set(this.word(i), this.#listAt(i));
    this.#index = null;
  }

  override get(w: string): LexEntry[] | undefined {
    if (this.#complete) return super.get(w);
    if (this.#index === null) {
      this.#index = new Map();
      for (let i = 0; i < this.count; i++) this.#index.set(this.word(i), i);
    }
    const i = this.#index.get(w);
    if (i === undefined) return undefined;
    let l = super.get(w);
    if (l === undefined) super.set(w, (l = this.#listAt(i)));
    return l;
  }

  override has(w: string): boolean { return this.get(w) !== undefined; }
  override get size(): number { this.#completeAll(); return super.size; }
  override set(w: string, l: LexEntry[]): this { this.#completeAll(); return super.set(w, l); }
  override delete(w: string): boolean { this.#completeAll(); return super.delete(w); }
  override clear(): void { this.#completeAll(); super.clear(); }
  override forEach(f: (value: LexEntry[], key: string, map: Map<string, LexEntry[]>) => void, thisArg?: unknown): void { this.#completeAll(); super.forEach(f, thisArg); }
  override keys(): MapIterator<string> { this.#completeAll(); return super.keys(); }
  override values(): MapIterator<LexEntry[]> { this.#completeAll(); return super.values(); }
  override entries(): MapIterator<[string, LexEntry[]]> { this.#completeAll(); return super.entries(); }
  override [Symbol.iterator](): MapIterator<[string, LexEntry[]]> { this.#completeAll(); return super[Symbol.iterator](); }
}
