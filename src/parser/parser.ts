import { fileURLToPath } from 'node:url';
import { lemmatize } from './lemma.js';
import { loadModel, type ModelHeader } from './model-file.js';
import { parseInto, prepareForParsing, tagInto, UPOS, UPOS_ID, Workspace, type ParserModel } from './parse-core.js';
import { templateMask, templateRegions } from './parser-features.js';

/** The committed model (UD English EWT, CC BY-SA 4.0), relative to this file in src/parser or dist/src/parser. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../models/parser-ewt.bin' : '../../models/parser-ewt.bin', import.meta.url));

export interface ParsedSentence {
  /** heads[i]: 1-based index of word i+1's head, 0 for the root. */
  heads: Int32Array;
  /** UD relations with subtypes (nsubj:pass, obl:agent, acl:relcl, ...). */
  deprels: string[];
  upos: string[];
  /** Penn Treebank tags (the EWT XPOS column). */
  xpos: string[];
  /** Lemmas, when asked for. */
  lemmas?: string[];
}

export interface ParseOptions {
  /** Known UPOS per word (e.g. wink's), used as a constraint on the tagger; undefined/unknown entries are free. */
  upos?: readonly (string | undefined)[];
  lemmas?: boolean;
  /** Tag classes from an earlier `tagClasses` call on the same words: the tagger is not run again. */
  tagClasses?: Int32Array;
}

export interface Parser {
  /** UPOS tags of one sentence's words. */
  tag(forms: readonly string[]): string[];
  /** The tagger's classes (UPOS|XPOS ids) for one sentence's words, to pass to parse() later. */
  tagClasses(forms: readonly string[]): Int32Array;
  /** Tags and parses one sentence's words; the result is always a tree (one root, no cycles, heads in range). */
  parse(forms: readonly string[], opts?: ParseOptions): ParsedSentence;
  readonly header: ModelHeader;
  readonly model: ParserModel;
}

/** A parser over a model read from a file; `forms` are the words of one sentence as written. */
export function createParser(saved: ParserModel, header: ModelHeader): Parser {
  const withOptions = { ...saved, transDrop: saved.transDrop ?? templateMask(droppedTemplates(header)), transRegion: saved.transRegion ?? templateRegions(regionBits(header), header.trans.rowBits) };
  const model = prepareForParsing(withOptions);
  const ws = new Workspace(model);
  const xposNames = model.tagNames.map((t) => t.slice(t.indexOf('|') + 1));
  const constraint = new Int32Array(1024);
  const fill = (forms: readonly string[], opts?: ParseOptions): void => {
    ws.lex.fill(forms);
    if (opts?.tagClasses) {
      if (opts.tagClasses.length !== forms.length) throw new Error(`parse: ${opts.tagClasses.length} tag classes for ${forms.length} words`);
      ws.ensure(forms.length);
      for (let i = 0; i < forms.length; i++) { const t = opts.tagClasses[i]!; ws.tags[i] = t; ws.upos[i] = model.tagUpos[t]!; }
      return;
    }
    let c: Int32Array | undefined;
    if (opts?.upos) {
      c = forms.length <= constraint.length ? constraint : new Int32Array(forms.length);
      for (let i = 0; i < forms.length; i++) { const u = opts.upos[i]; c[i] = u === undefined ? -1 : UPOS_ID.get(u) ?? -1; }
    }
    tagInto(ws, c);
  };
  return {
    header,
    model,
    tag(forms) {
      fill(forms);
      const out: string[] = new Array(forms.length);
      for (let i = 0; i < forms.length; i++) out[i] = UPOS[ws.upos[i]!]!;
      return out;
    },
    tagClasses(forms) {
      fill(forms);
      return ws.tags.slice(0, forms.length);
    },
    parse(forms, opts) {
      const n = forms.length;
      const heads = new Int32Array(n), labels = new Int32Array(n);
      const res: ParsedSentence = { heads, deprels: new Array(n), upos: new Array(n), xpos: new Array(n) };
      if (n === 0) return res;
      fill(forms, opts);
      parseInto(ws, heads, labels);
      for (let i = 0; i < n; i++) {
        res.upos[i] = UPOS[ws.upos[i]!]!;
        res.xpos[i] = xposNames[ws.tags[i]!]!;
        res.deprels[i] = model.labelNames[labels[i]!]!;
      }
      if (opts?.lemmas) {
        res.lemmas = forms.map((f, i) => lemmatize(f, ws.tags[i]!, res.upos[i] === 'PROPN', model.lemmaDict, model.lemmaSuffix, model.lemmaRules));
      }
      return res;
    },
  };
}

/** The sizes (bits) of a model's per-template regions of the transition table (its header's transRegions option), if any. */
function regionBits(header: ModelHeader): number[] | undefined {
  const o = (header.about as { options?: { transRegions?: unknown } } | undefined)?.options;
  return Array.isArray(o?.transRegions) ? o.transRegions.map(Number) : undefined;
}

/** The transition templates a model was trained without (its header's dropTemplates option), if any. */
function droppedTemplates(header: ModelHeader): number[] | undefined {
  const o = (header.about as { options?: { dropTemplates?: unknown } } | undefined)?.options;
  return Array.isArray(o?.dropTemplates) ? o.dropTemplates.map(Number) : undefined;
}

const cache = new Map<string, Parser>();

/** The parser of a model file (default: the committed EWT model), read once per process on first use. */
export function loadParser(path: string = DEFAULT_MODEL_PATH): Parser {
  let p = cache.get(path);
  if (!p) {
    const { model, header } = loadModel(path);
    p = createParser(model, header);
    cache.set(path, p);
  }
  return p;
}
