import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readInputs, type IngestItem, type ReadOptions } from '../../src/stages/ingest/read-inputs.js';

/** test/fixtures/ingest in the source tree (tests run from dist/test/ingest). */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url));
/** The shared data folder next to the repository (evaluation data; tests using it skip when it is absent). */
export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));

export async function collect(inputs: string[], opts: ReadOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(inputs, opts)) out.push(item);
  return out;
}

/** A short summary per item: "ok <text>" or "E_CODE <origin line/item>". */
export function summary(items: IngestItem[]): string[] {
  return items.map((i) => (i.ok ? `ok ${i.value.article.text}` : `${i.error.code} ${i.error.origin?.line ?? i.error.origin?.item ?? '-'}`));
}

/** A readable standing in for standard input; an array gives one chunk per element. */
export function stdinOf(data: string | Buffer | (string | Buffer)[]): Readable {
  return Readable.from((Array.isArray(data) ? data : [data]).map((d) => (typeof d === 'string' ? Buffer.from(d) : d)));
}

/** A fresh temporary directory for one test file. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-ingest-'));
}

export function writeTemp(dir: string, name: string, data: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}
