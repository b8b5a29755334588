import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileOffHeap } from '../core/binary-sections.js';
import { DyadError } from '../core/errors.js';
import { loadCountries } from './gazetteer.js';
import type { Gazetteer } from './geo/gazetteer.js';
import { lazyGazetteer } from './geo/load.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { isLexiconPlan, lexiconFromPlan } from './lexicon-plan.js';
import { parseActorDictionary, type ActorEntry } from './petrarch/actors.js';
import { parseAgentDictionary, type AgentEntry } from './petrarch/agents.js';
import { decodeDictionary } from './petrarch/phrase.js';
import { streamDictionaries, type ActorDictionaries, type ActorSources, type CompiledDictionaries } from './petrarch/compiled.js';
import { loadEventResources, type EventResources } from './petrarch/verbs-load.js';
import { loadTagger, type Tagger } from './tagger.js';
import { checkParserModel, lazyParser, type ParserResource } from './parser.js';
import { mergeOfficeHolders, officeHolderEntries } from './office-holders/compile.js';
import { loadOfficeHolders } from './office-holders/load.js';
import { assignSurnames, dropCommonSingleWords, loadCommonWords, regionWords } from './surnames.js';

/** Everything the stages read, loaded once at the edge and passed in read-only. */
export interface Resources {
  tagger: Tagger;
  lexicon: Lexicon;
  events: EventResources;
  /** The compiled GeoNames gazetteer, read on first use (the places stage); null when the compiled file is missing. */
  gazetteer: () => Gazetteer | null;
  /** The dependency parser; its model loads on first use. */
  parser: ParserResource;
}

export interface ResourceOptions {
  /** A directory of PETRARCH/TABARI dictionaries replacing the bundled ones (`--dictionaries-only`). */
  dictionaries?: string;
  /**
   * A directory of PETRARCH/TABARI dictionaries added to the bundled ones (`--dictionaries`): its actor and agent
   * entries come first where a phrase is in both, its verb patterns and discards are read after the bundled ones.
   */
  extraDictionaries?: string;
  /**
   * A dependency-parser model file to use instead of the committed one (`--parser-model`, e.g. the output of `npm run
   * train:parser -- --out FILE`). It is read when the resources load: a missing or damaged file is an E_PARSER_MODEL error.
   */
  parserModel?: string;
}

/** The repository's `dictionaries/` folder (bundled, converted PETRARCH/Phoenix files). */
export const BUNDLED_DICTIONARIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dictionaries');

/** The bundled dictionaries in compact JSON, written by `npm run build` (scripts/compile-dictionaries.mjs). */
export const COMPILED_DICTIONARIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries/petrarch.json');

/**
 * The bundled lexicon's build replayed from data (src/resources/lexicon-plan.ts), written by `npm run build`
 * (scripts/compile-dictionaries.mjs) from the compiled dictionaries above: what start-up reads when no dictionaries
 * are added or replaced.
 */
export const COMPILED_LEXICON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries/lexicon.bin');

/** The bundled lexicon from its plan, or undefined when the build did not write one (then it is built from the dictionaries). */
function compiledLexicon(): Lexicon | undefined {
  let plan: Buffer;
  try {
    plan = readFileOffHeap(COMPILED_LEXICON); // outside V8's array-buffer accounting (docs/speed.md, seventh round)
  } catch {
    return undefined;
  }
  return isLexiconPlan(plan) ? lexiconFromPlan(plan, loadCountries()) : undefined;
}

/** The bundled dictionaries: the compiled JSON when the build wrote it (each entry unpacked as the lexicon reads it), else the text files. */
function loadBundledDictionaries(): ActorSources {
  let compiled: CompiledDictionaries | undefined;
  try {
    compiled = JSON.parse(fs.readFileSync(COMPILED_DICTIONARIES, 'utf8')) as CompiledDictionaries;
  } catch { /* not built: read the text files */ }
  return compiled?.version === 2 ? streamDictionaries(compiled) : bundledDictionaries();
}

/**
 * The bundled dictionaries from their sources: Phoenix and dyad's supplements, the office-holders merged in
 * (`dictionaries/office-holders/`), single common words dropped from person and organization entries, and the
 * distinctive surnames listed (src/resources/surnames.ts). The build writes the result as compact JSON.
 */
export function bundledDictionaries(): ActorDictionaries {
  const countries = loadCountries();
  const lists = { common: loadCommonWords(), regions: regionWords(countries) };
  const phoenix = loadActorDictionaries(path.join(BUNDLED_DICTIONARIES, 'petrarch'));
  const { dicts } = mergeOfficeHolders(phoenix, officeHolderEntries(loadOfficeHolders(path.join(BUNDLED_DICTIONARIES, 'office-holders'))));
  return assignSurnames(dropCommonSingleWords(dicts, countries, lists), countries, lists);
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

/** A user's own dictionaries, taken as written except that person entries list only distinctive surnames. */
function userDictionaries(dir: string): ActorDictionaries {
  const countries = loadCountries();
  return assignSurnames(loadActorDictionaries(dir), countries, { common: loadCommonWords(), regions: regionWords(countries) });
}

export function loadResources(opts: ResourceOptions = {}): Resources {
  if (opts.dictionaries && opts.extraDictionaries) throw new DyadError('E_DICTIONARIES', 'give either dictionaries to add to the bundled ones or dictionaries replacing them, not both');
  if (opts.parserModel !== undefined) checkParserModel(opts.parserModel);
  const lexicon = (!opts.dictionaries && !opts.extraDictionaries ? compiledLexicon() : undefined) ?? dictionaryLexicon(opts);
  return { tagger: loadTagger(), lexicon, events: loadEventResources(opts.dictionaries, opts.extraDictionaries), gazetteer: lazyGazetteer(), parser: lazyParser(opts.parserModel) };
}

/** The lexicon built from the dictionaries: the bundled ones (and a user's added to them), or a user's own. */
export function dictionaryLexicon(opts: ResourceOptions = {}): Lexicon {
  const { actors, agents } = opts.dictionaries ? userDictionaries(opts.dictionaries) : withExtra(loadBundledDictionaries(), opts.extraDictionaries);
  // a user's own dictionaries are complete on their own (the validation suite's world is fictional)
  return buildLexicon({ countries: loadCountries(), actors, agents, gazetteer: !opts.dictionaries });
}

/** The bundled dictionaries with a user's added in front (their entries first where a phrase is in both). */
function withExtra(bundled: ActorSources, dir: string | undefined): ActorSources {
  if (!dir) return bundled;
  const extra = userDictionaries(dir);
  if (!extra.actors.length && !extra.agents.length && !fs.readdirSync(dir).some((f) => /(verbs|discards).*\.txt$|^CAMEO.*\.txt$/i.test(f))) {
    throw new DyadError('E_DICTIONARIES', `no dictionary files in ${dir} (*actors*.txt, *agents*.txt, *verbs*.txt or *discards*.txt)`);
  }
  return { actors: [...extra.actors, ...bundled.actors], agents: [...extra.agents, ...bundled.agents] };
}
