import type { IngestItem } from './options.js';

/** Bad records one CSV input may hold: each is listed; past this many the rest of the file is skipped. */
export const MAX_CSV_ERRORS = 1000;

/**
 * The bad records of one CSV input, waiting to be merged by line with the good ones (csv-parse reports a bad record
 * as soon as it sees it, while good records before it may still be buffered). Each line is reported once (csv-parse
 * can report several errors while resynchronising inside one record). Memory and time stay bounded however many
 * records are bad: a queue with a moving head (no Array.shift), and at most MAX_CSV_ERRORS of them.
 */
export class ErrorQueue {
  private items: IngestItem[] = [];
  private head = 0;
  private lastLine = -1;
  /** Errors queued so far. */
  count = 0;

  constructor(readonly max = MAX_CSV_ERRORS) {}

  /** Queues an error (a second one for the same line is dropped). */
  add(item: IngestItem): void {
    const line = lineOf(item);
    if (line !== undefined && line === this.lastLine) return;
    if (line !== undefined) this.lastLine = line;
    this.count++;
    this.items.push(item);
  }

  /** True once the input holds more bad records than the cap. */
  get full(): boolean {
    return this.count >= this.max;
  }

  /** The queued errors on lines before `line`, in order. */
  *before(line: number): Generator<IngestItem> {
    while (this.head < this.items.length && (lineOf(this.items[this.head]!) ?? 0) < line) yield this.take();
  }

  /** Every queued error, in order. */
  *rest(): Generator<IngestItem> {
    while (this.head < this.items.length) yield this.take();
  }

  private take(): IngestItem {
    const item = this.items[this.head]!;
    this.items[this.head++] = undefined as unknown as IngestItem;
    if (this.head === this.items.length) { this.items = []; this.head = 0; }
    return item;
  }
}

function lineOf(item: IngestItem): number | undefined {
  return item.ok ? undefined : item.error.origin?.line;
}

/**
 * Text in pieces of at most `max` characters (never between the halves of a surrogate pair). csv-parse parses each
 * piece it is given at once, so once a file is to end (an unbalanced quote, an oversized record) at most one small
 * piece is still parsed.
 */
export async function* smallPieces(chunks: AsyncIterable<string>, max = 4096): AsyncGenerator<string> {
  for await (const c of chunks) {
    if (c.length <= max) { yield c; continue; }
    for (let i = 0; i < c.length;) {
      let end = Math.min(c.length, i + max);
      const last = c.charCodeAt(end - 1);
      if (end < c.length && last >= 0xd800 && last <= 0xdbff) end--;
      yield c.slice(i, end);
      i = end;
    }
  }
}
