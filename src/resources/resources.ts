import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../core/errors.js';
import { loadCountries } from './gazetteer.js';
import type { Gazetteer } from './geo/gazetteer.js';
import { lazyGazetteer } from './geo/load.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { parseActorDictionary, type ActorEntry } from './petrarch/actors.js';
import { parseAgentDictionary, type AgentEntry } from './petrarch/agents.js';
import { decodeDictionary } from './petrarch/phrase.js';
import { expandDictionaries, type ActorDictionaries, type CompiledDictionaries } from './petrarch/compiled.js';
import { loadEventResources, type EventResources } from './petrarch/verbs-load.js';
import { loadTagger, type Tagger } from './tagger.js';

/** Everything the stages read, loaded once at the edge and passed in read-only. */
export interface Resources {
  tagger: Tagger;
  lexicon: Lexicon;
  events: EventResources;
  /** The compiled GeoNames gazetteer, read on first use (the places stage). */
  gazetteer: () => Gazetteer;
}

export interface ResourceOptions {
  /** A directory of PETRARCH/TABARI dictionaries replacing the bundled ones. */
  dictionaries?: string;
}

/** The repository's `dictionaries/` folder (bundled, converted PETRARCH/Phoenix files). */
export const BUNDLED_DICTIONARIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dictionaries');

/** The bundled dictionaries in compact JSON, written by `npm run build` (scripts/compile-dictionaries.mjs). */
export const COMPILED_DICTIONARIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries/petrarch.json');

/** The bundled dictionaries: the compiled JSON when the build wrote it, else the text files. */
function loadBundledDictionaries(): ActorDictionaries {
  try {
    return expandDictionaries(JSON.parse(fs.readFileSync(COMPILED_DICTIONARIES, 'utf8')) as CompiledDictionaries);
  } catch {
    return loadActorDictionaries(path.join(BUNDLED_DICTIONARIES, 'petrarch'));
  }
}

/** Actor and agent dictionaries of a directory, by file name: `*actors*` and `*agents*`. */
export function loadActorDictionaries(dir: string): ActorDictionaries {
  let files: string[];
  try {
    files = fs.readdirSync(dir).sort();
  } catch (e) {
    throw new DyadError('E_DICTIONARIES', `cannot read dictionary directory ${dir}: ${(e as Error).message}`);
  }
  const actors: Array<{ file: string; entries: ActorEntry[] }> = [];
  const agents: Array<{ file: string; entries: AgentEntry[] }> = [];
  for (const f of files) {
    const lower = f.toLowerCase();
    if (!lower.endsWith('.txt')) continue;
    if (lower.includes('actors')) actors.push({ file: f, entries: parseActorDictionary(decodeDictionary(fs.readFileSync(path.join(dir, f))), f) });
    else if (lower.includes('agents')) agents.push({ file: f, entries: parseAgentDictionary(decodeDictionary(fs.readFileSync(path.join(dir, f))), f) });
  }
  return { actors, agents };
}

export function loadResources(opts: ResourceOptions = {}): Resources {
  const { actors, agents } = opts.dictionaries ? loadActorDictionaries(opts.dictionaries) : loadBundledDictionaries();
  // a user's own dictionaries are complete on their own (the validation suite's world is fictional)
  const lexicon = buildLexicon({ countries: loadCountries(), actors, agents, gazetteer: !opts.dictionaries });
  return { tagger: loadTagger(), lexicon, events: loadEventResources(opts.dictionaries), gazetteer: lazyGazetteer() };
}
