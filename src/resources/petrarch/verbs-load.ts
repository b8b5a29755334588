import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../../core/errors.js';
import { loadCameoTables, type CameoTables } from '../cameo/cameo-tables.js';
import { parseDiscards, type DiscardList } from './discards.js';
import { parseVerbDictionary, type VerbDictionary } from './verbs.js';

/** What the event coder reads: the verb dictionary, the discard list and the CAMEO tables. */
export interface EventResources {
  verbs: VerbDictionary;
  discards: DiscardList | null;
  cameo: CameoTables;
  /**
   * 'dyad' with the bundled dictionaries: CAMEO.2.0 plus dyad's supplement, and dyad's coding policy (promised or
   * planned acts coded as intents, 03x/13x). 'petrarch' with a user's dictionaries: the dictionary alone decides.
   */
  policy: 'dyad' | 'petrarch';
  /**
   * Rule evaluation only (`dyad eval --rules`): an event a parse rule would drop is kept, its rule marked
   * `audit-drop:<rule>`, so the rule's firings can be judged.
   */
  audit?: boolean;
  /**
   * Rules (`CAMEO.2.0:BLOCK:PATTERN` as written in `CodedEvent.rule`, without wrappers) whose events are not written:
   * measured on training news below 0.5 precision (dictionaries/events/rule-precision.tsv, action `drop`). Bundled
   * dictionaries only.
   */
  dropRules?: ReadonlySet<string>;
}

/** The rules the generated precision table marks `drop` (scripts/rule-precision.mjs writes it). */
export function loadDropRules(file: string): Set<string> {
  const out = new Set<string>();
  let text = '';
  try { text = fs.readFileSync(file, 'utf8'); } catch { return out; }
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('rule\t')) continue;
    const cols = line.split('\t');
    if (cols[cols.length - 1] === 'drop') out.add(cols[0]!);
  }
  return out;
}

const bundled = (): string => fileURLToPath(new URL('../../../../dictionaries/petrarch/', import.meta.url));

/**
 * The bundled verb dictionary and discard list as parsed, in V8's serialization format (`v8.serialize`: plain objects,
 * arrays and Maps, shared objects kept shared), written by `npm run build` (scripts/compile-dictionaries.mjs):
 * start-up deserialises it instead of parsing the 1 MB verb dictionary (docs/speed.md).
 */
export const COMPILED_EVENTS = fileURLToPath(new URL('../../../dictionaries/events.v8', import.meta.url));
const COMPILED_EVENTS_VERSION = 1;

/** What `compileEventResources` writes: the parsed parts of the bundled event resources. */
interface CompiledEvents { version: number; node: string; verbs: VerbDictionary; discards: DiscardList | null }

/** The bundled event resources' parsed parts in V8's serialization format. */
export function compileEventResources(): Buffer {
  const { verbs, discards } = eventResourcesFromText();
  return v8.serialize({ version: COMPILED_EVENTS_VERSION, node: process.versions.v8, verbs, discards } satisfies CompiledEvents);
}

/** The bundled event resources from the compiled file, or undefined when it is missing or of another build. */
function compiledEventResources(): EventResources | undefined {
  let c: CompiledEvents;
  try {
    c = v8.deserialize(fs.readFileSync(COMPILED_EVENTS)) as CompiledEvents;
  } catch {
    return undefined;
  }
  if (c?.version !== COMPILED_EVENTS_VERSION || c.node !== process.versions.v8) return undefined;
  return { verbs: c.verbs, discards: c.discards, cameo: loadCameoTables(), policy: 'dyad', dropRules: loadDropRules(path.join(bundled(), '../events/rule-precision.tsv')) };
}

/**
 * Loads the verb dictionary and discards from `dir` (a PETRARCH dictionary folder: the verbs file is the one
 * named `*verbs*` or `CAMEO*`, the discards `*discards*`), or the bundled CAMEO.2.0 dictionary (compiled by the build
 * when it can: `COMPILED_EVENTS`).
 */
export function loadEventResources(dir?: string, extra?: string): EventResources {
  return (!dir && !extra ? compiledEventResources() : undefined) ?? eventResourcesFromText(dir, extra);
}

/** `loadEventResources` from the dictionary texts. */
export function eventResourcesFromText(dir?: string, extra?: string): EventResources {
  const d = dir ?? bundled();
  let files: string[];
  try {
    files = fs.readdirSync(d).sort();
  } catch {
    throw new DyadError('E_DICTIONARIES', `cannot read the dictionary directory ${d}`);
  }
  const verbsFile = files.find((f) => /verbs/i.test(f) && !/\.md$/i.test(f) && !/^dyad\.supplement/i.test(f)) ?? files.find((f) => /^CAMEO.*\.txt$/i.test(f));
  // a user's folder with actors only keeps the bundled verb dictionary (and dyad's policy)
  if (!verbsFile) {
    if (dir) return loadEventResources();
    throw new DyadError('E_DICTIONARIES', `no verb dictionary (*verbs* or CAMEO*) in ${d}`);
  }
  let verbText = fs.readFileSync(path.join(d, verbsFile), 'utf8');
  const supplement = files.find((f) => /^dyad\.supplement\..*verbs/i.test(f));
  if (!dir && supplement) verbText += '\n\n' + fs.readFileSync(path.join(d, supplement), 'utf8');
  // a user's folder added to the bundled one (`--dictionaries`): its verbs and discards are read after the bundled
  const added = !dir && extra ? extraFiles(extra) : { verbs: '', discards: '' };
  if (added.verbs) verbText += '\n\n' + added.verbs;
  const { dict } = parseVerbDictionary(verbText, verbsFile.replace(/\.txt$/i, '').replace(/\.verbs$/i, ''));
  const discFile = files.find((f) => /discards/i.test(f));
  let discards = discFile ? parseDiscards(fs.readFileSync(path.join(d, discFile), 'utf8'), discFile) : null;
  // dyad's policy: dated or historical sentences are coded with a date and the modality 'historical' instead of
  // being discarded, so the Phoenix list's years ("1983") and time phrases ("years ago") are not used
  if (added.discards) {
    const extraList = parseDiscards(added.discards, 'added');
    discards = discards ? parseDiscards([...discards.sentence.map((p) => p.join(' ')), ...extraList.sentence.map((p) => p.join(' ')),
      ...discards.story.map((p) => '+' + p.join(' ')), ...extraList.story.map((p) => '+' + p.join(' '))].join('\n'), discards.name) : extraList;
  }
  if (!dir && discards) {
    const temporal = (ph: string[]): boolean => ph.some((w) => /^\d{4}$/.test(w) || ['ago', 'later', 'earlier'].includes(w));
    discards = parseDiscards([...discards.sentence.filter((p) => !temporal(p)).map((p) => p.join(' ')),
      ...discards.story.filter((p) => !temporal(p)).map((p) => '+' + p.join(' '))].join('\n'), discards.name);
  }
  return { verbs: dict, discards, cameo: loadCameoTables(), policy: dir ? 'petrarch' : 'dyad',
    ...(dir ? {} : { dropRules: loadDropRules(path.join(d, '../events/rule-precision.tsv')) }) };
}

/** The verb dictionary and discard list texts of a folder added to the bundled dictionaries (empty when absent). */
function extraFiles(dir: string): { verbs: string; discards: string } {
  let files: string[];
  try {
    files = fs.readdirSync(dir).sort();
  } catch {
    throw new DyadError('E_DICTIONARIES', `cannot read the dictionary directory ${dir}`);
  }
  const verbsFile = files.find((f) => /verbs/i.test(f) && /\.txt$/i.test(f)) ?? files.find((f) => /^CAMEO.*\.txt$/i.test(f));
  const discFile = files.find((f) => /discards/i.test(f));
  return { verbs: verbsFile ? fs.readFileSync(path.join(dir, verbsFile), 'utf8') : '', discards: discFile ? fs.readFileSync(path.join(dir, discFile), 'utf8') : '' };
}
