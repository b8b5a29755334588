import fs from 'node:fs';
import os from 'node:os';
import { layoutSections, packSections, readFileOffHeap, readSectionsHeader } from '../core/binary-sections.js';
import { IntMap } from './int-map.js';
import { PackedTable, Sparse8Table } from './linear.js';
import type { ParserModel } from './parse-core.js';

/**
 * The model file: "DYADPAR1", a little-endian uint32 header length, a JSON header (names, sizes, provenance), then
 * the typed arrays, each 8-byte aligned. Loading reads the file once and views the arrays in place (no parsing of
 * weights), so it costs about as much as reading the bytes.
 */

const MAGIC = 'DYADPAR2';

type Typed = Int32Array | Int16Array | Uint32Array | Uint16Array | Uint8Array;
const CTORS = { Int32Array, Int16Array, Uint32Array, Uint16Array, Uint8Array } as const;
type TypeName = keyof typeof CTORS;

interface Section { name: string; type: TypeName; offset: number; length: number }

export interface ModelHeader {
  format: 2;
  about: Record<string, unknown>;
  tagNames: string[];
  labelNames: string[];
  lemmaRules: string[];
  rootLabel: number;
  tagger: { rowBits: number; classes: number; passes?: number };
  trans: { rowBits: number; classes: number };
  labels: { rowBits: number; classes: number };
  /** The root at the end of the buffer (transition.ts); absent in older models. */
  rootAtEnd?: boolean;
  sections: Section[];
}

export function saveModel(path: string, m: ParserModel, about: Record<string, unknown>): number {
  if (!(m.trans instanceof PackedTable) || !(m.labels instanceof Sparse8Table) || !(m.tagger.table instanceof Sparse8Table)) throw new Error('saveModel: expects frozen tables');
  const arrays: [string, Typed][] = [
    ['tagger.start', m.tagger.table.start], ['tagger.e', m.tagger.table.e],
    ['tagger.dict.keys', m.tagger.dict.keys], ['tagger.dict.vals', m.tagger.dict.vals],
    ['tagUpos', m.tagUpos], ['trans.w', m.trans.w],
    ['labels.start', m.labels.start], ['labels.e', m.labels.e],
    ['labelBit', m.labelBit], ['leftOk', m.leftOk], ['rightOk', m.rightOk],
    ['lemmaDict.keys', m.lemmaDict.keys], ['lemmaDict.vals', m.lemmaDict.vals],
    ['lemmaSuffix.keys', m.lemmaSuffix.keys], ['lemmaSuffix.vals', m.lemmaSuffix.vals],
    ['vocab.keys', m.vocab.keys], ['vocab.vals', m.vocab.vals],
    ['pairStart', m.pairStart], ['pairCand', m.pairCand], ['labelFixed', m.labelFixed], ['tagPairStart', m.tagPairStart], ['tagPairCand', m.tagPairCand],
    ...(m.tagger.second instanceof Sparse8Table ? [['tagger2.start', m.tagger.second.start], ['tagger2.e', m.tagger.second.e]] as [string, Typed][] : []),
    ['clusters.keys', m.clusters.keys], ['clusters.vals', m.clusters.vals],
    ['tagCand.keys', m.tagCand.keys], ['tagCand.vals', m.tagCand.vals], ['tagCandStart', m.tagCandStart], ['tagCandList', m.tagCandList], ['tagCandOpen', Int32Array.of(m.tagCandOpen)],
  ];
  const layout = layoutSections(arrays.map(([, a]) => a));
  const sections: Section[] = arrays.map(([name, a], i) => ({ name, type: a.constructor.name as TypeName, offset: layout.offsets[i]!, length: a.length }));
  const header: ModelHeader = {
    format: 2, about, tagNames: m.tagNames, labelNames: m.labelNames, lemmaRules: m.lemmaRules, rootLabel: m.rootLabel,
    tagger: { rowBits: m.tagger.table.rowBits, classes: m.tagger.classes, ...(m.tagger.second ? { passes: 2 } : {}) },
    trans: { rowBits: m.trans.rowBits, classes: m.trans.classes },
    labels: { rowBits: m.labels.rowBits, classes: m.labels.classes },
    ...(m.rootAtEnd ? { rootAtEnd: true } : {}),
    sections,
  };
  const buf = packSections(MAGIC, header, arrays.map(([, a]) => a), layout);
  fs.writeFileSync(path, buf);
  return buf.length;
}

export function loadModel(path: string): { model: ParserModel; header: ModelHeader } {
  if (os.endianness() !== 'LE') throw new Error('parser model: a little-endian machine is needed');
  // off V8's heap accounting (no garbage collection provoked at start-up) and page-aligned
  let buf = readFileOffHeap(path);
  const read = readSectionsHeader(buf, MAGIC);
  if (read === null) throw new Error(`${path}: not a dyad parser model (format 2)`);
  const header = read.header as ModelHeader;
  const dataStart = read.dataStart;
  if (buf.byteOffset % 8 !== 0) buf = Buffer.from(buf); // typed-array views need aligned offsets
  const get = <T extends TypeName>(name: string, type: T): InstanceType<(typeof CTORS)[T]> => {
    const s = header.sections.find((x) => x.name === name);
    if (!s || s.type !== type) throw new Error(`${path}: section ${name} missing or not ${type}`);
    const Ctor = CTORS[type];
    const byteOff = buf.byteOffset + dataStart + s.offset;
    if (byteOff + s.length * Ctor.BYTES_PER_ELEMENT > buf.byteOffset + buf.length) throw new Error(`${path}: truncated (section ${name})`);
    // buf.buffer is shared memory (readFileOffHeap): the same typed-array API as an ArrayBuffer
    return new Ctor(buf.buffer as ArrayBuffer, byteOff, s.length) as InstanceType<(typeof CTORS)[T]>;
  };
  const model: ParserModel = {
    clusters: new IntMap(get('clusters.keys', 'Int32Array'), get('clusters.vals', 'Int32Array')),
    tagCand: new IntMap(get('tagCand.keys', 'Int32Array'), get('tagCand.vals', 'Int32Array')),
    tagCandStart: get('tagCandStart', 'Int32Array'),
    tagCandList: get('tagCandList', 'Uint8Array'),
    tagCandOpen: get('tagCandOpen', 'Int32Array')[0]!,
    tagger: {
      classes: header.tagger.classes,
      table: new Sparse8Table(header.tagger.rowBits, header.tagger.classes, get('tagger.start', 'Uint32Array'), get('tagger.e', 'Uint16Array')),
      dict: new IntMap(get('tagger.dict.keys', 'Int32Array'), get('tagger.dict.vals', 'Int32Array')),
      ...(header.tagger.passes === 2 ? { second: new Sparse8Table(header.tagger.rowBits, header.tagger.classes, get('tagger2.start', 'Uint32Array'), get('tagger2.e', 'Uint16Array')) } : {}),
    },
    tagNames: header.tagNames,
    tagUpos: get('tagUpos', 'Int32Array'),
    trans: new PackedTable(header.trans.rowBits, header.trans.classes, get('trans.w', 'Int32Array')),
    labels: new Sparse8Table(header.labels.rowBits, header.labels.classes, get('labels.start', 'Uint32Array'), get('labels.e', 'Uint16Array')),
    labelNames: header.labelNames,
    labelBit: get('labelBit', 'Int32Array'),
    leftOk: get('leftOk', 'Uint8Array'),
    rightOk: get('rightOk', 'Uint8Array'),
    pairStart: get('pairStart', 'Int32Array'),
    pairCand: get('pairCand', 'Uint8Array'),
    labelFixed: get('labelFixed', 'Int16Array'),
    tagPairStart: get('tagPairStart', 'Int32Array'),
    tagPairCand: get('tagPairCand', 'Uint8Array'),
    rootLabel: header.rootLabel,
    lemmaDict: new IntMap(get('lemmaDict.keys', 'Int32Array'), get('lemmaDict.vals', 'Int32Array')),
    lemmaRules: header.lemmaRules,
    vocab: new IntMap(get('vocab.keys', 'Int32Array'), get('vocab.vals', 'Int32Array')),
    lemmaSuffix: new IntMap(get('lemmaSuffix.keys', 'Int32Array'), get('lemmaSuffix.vals', 'Int32Array')),
    ...(header.rootAtEnd ? { rootAtEnd: true } : {}),
  };
  return { model, header };
}
