/**
 * The hostile inputs of issue 20, each at a scale (1, 3, 10, ...): `npm run bench:hostile` times them through the
 * commands users run; test/faults/hostile-input.test.ts runs small versions. Deterministic (no randomness: the
 * "random" bytes come from a fixed linear congruential sequence).
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** About 6,000 characters of real news: the bundled samples (Wikinews, CC BY 2.5). */
export function newsPrefix(chars = 6000): string {
  const lines = fs.readFileSync(path.join(ROOT, 'samples/articles.jsonl'), 'utf8').trim().split('\n');
  let text = '';
  for (const l of lines) {
    text += (JSON.parse(l) as { text: string }).text + '\n\n';
    if (text.length >= chars) break;
  }
  return text.slice(0, chars);
}

/** `n` bytes of a fixed pseudo-random sequence. */
function bytes(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; }
  return b;
}

/** `unit` repeated to `chars` characters. */
const repeatTo = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

export interface HostileCase {
  name: string;
  /** File extension the input is given with (it decides how dyad reads it). */
  ext: string;
  /** What is scaled, for the table. */
  unit: string;
  /** The size at scale 1 in that unit. */
  base: number;
  /** The input at `scale` times the base size. */
  make(scale: number): Buffer;
}

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'long-token', ext: 'txt', unit: 'kB of base64 after 6,000 characters of news', base: 20,
    make: (s) => Buffer.from(`${newsPrefix()}\n\nAttachment: ${bytes(Math.round(15_000 * s)).toString('base64')}\n`) },
  { name: 'equals-line', ext: 'txt', unit: 'thousand "=" after 6,000 characters of news', base: 10,
    make: (s) => Buffer.from(`${newsPrefix()}\n\n${'='.repeat(10_000 * s)}\n`) },
  { name: 'deep-html', ext: 'html', unit: 'thousand nested <div>', base: 30,
    make: (s) => Buffer.from(`<html><head><title>Deep</title></head><body>${'<div>'.repeat(30_000 * s)}<p>China criticized Japan on Monday.</p>${'</div>'.repeat(30_000 * s)}</body></html>`) },
  // 10x stays under the 64 MiB cap on markup read at all, so every size goes through the shape check
  { name: 'flat-html-over-limit', ext: 'html', unit: 'MB of paragraphs (text over the 5,000,000-character limit)', base: 6.5,
    make: (s) => {
      const p = '<p>Intergovernmental negotiations continued throughout yesterday afternoon.</p>\n';
      return Buffer.from(`<html><head><title>Flat</title></head><body>${p.repeat(Math.ceil((6_500_000 * s) / p.length))}</body></html>`);
    } },
  { name: 'said-quote', ext: 'txt', unit: 'kB of `He said "China `', base: 20, make: (s) => Buffer.from(repeatTo('He said "China ', 20_000 * s)) },
  { name: 'criticized-and', ext: 'txt', unit: 'kB of `China criticized Japan and `', base: 30, make: (s) => Buffer.from(repeatTo('China criticized Japan and ', 30_000 * s)) },
  // after 2,000 characters of news: on its own the list has no English function words (E_LANGUAGE, not coded)
  { name: 'accused-comma', ext: 'txt', unit: 'kB of `Russia accused NATO, ` after 2,000 characters of news', base: 30,
    make: (s) => Buffer.from(`${newsPrefix(2000)}\n\n${repeatTo('Russia accused NATO, ', 30_000 * s)}`) },
  { name: 'distinct-names', ext: 'txt', unit: 'kB of sentences of made-up names', base: 15,
    make: (s) => {
      const syl = ['ba', 'ko', 'mi', 'tu', 're', 'sa', 'no', 'vi', 'da', 'le', 'po', 'gu'];
      let x = 7;
      const name = (): string => { let n = ''; for (let k = 0; k < 3; k++) { x = (x * 1103515245 + 12345) >>> 0; n += syl[(x >>> 16) % syl.length]; } return n[0]!.toUpperCase() + n.slice(1); };
      let t = '';
      while (t.length < 15_000 * s) t += `${name()} ${name()} met ${name()} ${name()} in ${name()}. `;
      return Buffer.from(t);
    } },
  { name: 'rss-amp', ext: 'rss', unit: 'thousand &amp; in one <description>', base: 10,
    make: (s) => Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>China and Japan</title><description>China criticized Japan. ${'&amp;'.repeat(10_000 * s)}</description></item></channel></rss>`) },
  { name: 'csv-bad-records', ext: 'csv', unit: 'thousand records with too many fields', base: 30,
    make: (s) => {
      const rows: string[] = ['id,text', '0,China criticized Japan on Monday.'];
      for (let i = 1; i <= 30_000 * s; i++) rows.push(`${i},hello,extra`);
      return Buffer.from(rows.join('\n') + '\n');
    } },
];

export function hostileCase(name: string): HostileCase {
  const c = HOSTILE_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no hostile case ${name}`);
  return c;
}
