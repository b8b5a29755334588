import fs from 'node:fs';
import path from 'node:path';
import { DyadError } from '../../core/errors.js';
import { textId } from '../../core/hash.js';
import type { Article, SourcedArticle } from '../../core/types.js';

export type IngestItem = { ok: true; value: SourcedArticle } | { ok: false; error: DyadError };

export interface ReadOptions {
  /** Standard input, read when an input is "-" (or no input is given). */
  stdin?: NodeJS.ReadableStream;
}

/** Minimal reader (txt and jsonl) until the full ingest stage lands. */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const list = inputs.length ? inputs : ['-'];
  for (const input of list) {
    let data: string;
    try {
      data = input === '-' ? await readStream(opts.stdin ?? process.stdin) : fs.readFileSync(input, 'utf8');
    } catch (e) {
      yield { ok: false, error: new DyadError('E_READ', (e as Error).message, { input }) };
      continue;
    }
    if (path.extname(input) === '.jsonl') {
      const lines = data.split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i]!.trim()) continue;
        try {
          const o = JSON.parse(lines[i]!) as Partial<Article>;
          const text = String(o.text);
          yield { ok: true, value: { article: { id: o.id ? String(o.id) : textId(text), date: o.date, text }, origin: { input, line: i + 1 } } };
        } catch (e) {
          yield { ok: false, error: new DyadError('E_JSONL', (e as Error).message, { input, line: i + 1 }) };
        }
      }
    } else {
      const text = data.replace(/\r\n?/g, '\n');
      yield { ok: true, value: { article: { id: textId(text), text }, origin: { input } } };
    }
  }
}

async function readStream(s: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  return Buffer.concat(chunks).toString('utf8');
}
