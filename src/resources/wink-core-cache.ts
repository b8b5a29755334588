import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutSections, packSections, readFileOffHeap, readSectionsHeader } from '../core/binary-sections.js';

/**
 * wink's English core model (what `model.core()` of wink-eng-lite-web-model returns: the lexicon, its 87,593 lexemes,
 * the features' lists and hashes) in a binary file written by `npm run build` (scripts/compile-dictionaries.mjs), so
 * that start-up does not parse the model's 3 MB of JSON and decode its base64 tables: the lexicon and its expansions
 * are typed arrays read in place, the lexemes one UTF-8 text split at NULs, the rest a small JSON header
 * (docs/speed.md, seventh round). The hashes (word → index, Maps since patches/wink-eng-lite-web-model+*.patch) and
 * the POS clusters (Sets) are made from their lists exactly as wink's `readModel` makes them. The file names the size
 * and modification time of the model files it was made from: when they differ (wink updated or re-patched without a
 * build), it is not used and wink reads its own model (`winkCore`).
 */

const MAGIC = 'DYADWINK';
const FORMAT = 1;

/** The compiled core model, beside the other compiled resources in dist/dictionaries/. */
export const COMPILED_WINK_CORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries/wink-core.bin');

/** The model files the core is made from (the model JSON and the patched reader). */
function sourceFiles(): string[] {
  const req = createRequire(import.meta.url);
  const dir = path.dirname(req.resolve('wink-eng-lite-web-model/package.json'));
  return [path.join(dir, 'dist/languages/cur/models/eng-core-web-model.json'), path.join(dir, 'dist/read-core-model.js'), path.join(dir, 'dist/load-core-model.js')];
}

function sourceStamp(): Array<[string, number, number]> {
  return sourceFiles().map((f) => { const s = fs.statSync(f); return [path.basename(f), s.size, s.mtimeMs]; });
}

/** A feature of the core model: its list, and for the features wink hashes, the hash made from that list. */
interface Feature { list?: unknown[]; hash?: Map<string, number>; [k: string]: unknown }

/** The core model as wink-nlp reads it (the fields this module handles specially; the rest is plain JSON data). */
export interface WinkCore {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  /** Each feature by name (lexeme, posClusters, prefix, suffix, shape, ...). */
  features: Record<string, Feature>;
  [k: string]: unknown;
}

interface Header {
  format: number;
  sources: Array<[string, number, number]>;
  /** The model without lexicon, xpansions, the lexemes' list, the hashes and the clusters' sets. */
  rest: Record<string, unknown> & { features: Record<string, Feature> };
  hashed: string[];
  clusters: number[][];
  sections: Array<{ name: 'lexicon' | 'xpansions' | 'lexemes'; offset: number; length: number }>;
}

/** The file's bytes for a core model just made by wink (`model.core()`). */
export function encodeWinkCore(core: WinkCore): Buffer {
  const features: Record<string, Feature> = {};
  const hashed: string[] = [];
  for (const [name, f] of Object.entries(core.features)) {
    const copy: Feature = { ...f };
    if (f.hash !== undefined) {
      if (!(f.hash instanceof Map)) throw new Error(`wink core: the hash of ${name} is not a Map (is patches/wink-eng-lite-web-model+*.patch applied?)`);
      hashed.push(name);
      delete copy.hash;
    }
    features[name] = copy;
  }
  const lexemes = core.features.lexeme?.list as string[] | undefined;
  const clusters = core.features.posClusters?.list as Array<Set<number>> | undefined;
  if (!lexemes || !clusters) throw new Error('wink core: no lexemes or no POS clusters');
  if (lexemes.some((w) => w.includes('\0'))) throw new Error('wink core: a lexeme holds a NUL');
  features.lexeme = { ...features.lexeme!, list: undefined };
  features.posClusters = { ...features.posClusters!, list: undefined };
  const rest = { ...core, lexicon: undefined, xpansions: undefined, features };
  const arrays: Array<[Header['sections'][number]['name'], Uint32Array | Uint8Array]> = [
    ['lexicon', core.lexicon], ['xpansions', core.xpansions], ['lexemes', Buffer.from(lexemes.join('\0'), 'utf8')],
  ];
  const layout = layoutSections(arrays.map(([, a]) => a));
  const header: Header = {
    format: FORMAT, sources: sourceStamp(), rest, hashed,
    clusters: clusters.map((s) => [...s]),
    sections: arrays.map(([name, a], i) => ({ name, offset: layout.offsets[i]!, length: a.length })),
  };
  return packSections(MAGIC, header, arrays.map(([, a]) => a), layout);
}

/** The core model from the file's bytes, as `model.core()` makes it; null when the file is not of this format. */
export function decodeWinkCore(buf: Buffer): WinkCore | null {
  const read = readSectionsHeader(buf, MAGIC);
  if (read === null || (read.header as Header).format !== FORMAT) return null;
  const h = read.header as Header;
  if (buf.byteOffset % 8 !== 0) buf = Buffer.from(buf); // typed-array views need aligned offsets
  const at = (name: Header['sections'][number]['name']): { offset: number; length: number } => {
    const s = h.sections.find((x) => x.name === name);
    if (!s) throw new Error(`wink core: section ${name} missing`);
    return { offset: buf.byteOffset + read.dataStart + s.offset, length: s.length };
  };
  const u32 = (name: 'lexicon' | 'xpansions'): Uint32Array => { const s = at(name); return new Uint32Array(buf.buffer, s.offset, s.length); };
  const lex = at('lexemes');
  const lexemes = Buffer.from(buf.buffer, lex.offset, lex.length).toString('utf8').split('\0');
  const features = h.rest.features;
  features.lexeme!.list = lexemes;
  features.posClusters!.list = h.clusters.map((c) => new Set(c));
  // the hashes as readModel makes them: the features' first, then the lexemes'
  for (const name of h.hashed) {
    const f = features[name]!;
    const list = f.list as string[];
    const hash = new Map<string, number>();
    for (let k = 0; k < list.length; k++) hash.set(list[k]!, k);
    f.hash = hash;
  }
  return { ...h.rest, lexicon: u32('lexicon'), xpansions: u32('xpansions'), features } as WinkCore;
}

/**
 * The core model from the compiled file when it is there and made from the model files installed now, else null
 * (then wink reads its own model).
 */
export function compiledWinkCore(file: string = COMPILED_WINK_CORE): WinkCore | null {
  let buf: Buffer;
  try {
    buf = readFileOffHeap(file);
  } catch {
    return null;
  }
  const read = readSectionsHeader(buf, MAGIC);
  if (read === null) return null;
  let now: Array<[string, number, number]>;
  try {
    now = sourceStamp();
  } catch {
    return null;
  }
  if (JSON.stringify((read.header as Header).sources) !== JSON.stringify(now)) return null;
  return decodeWinkCore(buf);
}
