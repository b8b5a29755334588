import type { ResourceOptions } from '../api.js';

/** Help text of `--dictionaries-only [dir]`, the same for every command that codes. */
export const DICTIONARIES_ONLY_HELP = 'PETRARCH/TABARI dictionaries replacing the bundled ones (without DIR: the --dictionaries DIR replaces them)';

/** Help text of `--parser-model FILE`, the same for every command that parses. */
export const PARSER_MODEL_HELP = 'dependency-parser model file to use instead of the committed one (as `npm run train:parser -- --out FILE` writes it)';

/** The command-line options that choose what the coding reads. */
export interface ResourceFlags { dictionaries?: string; dictionariesOnly?: string | boolean; parserModel?: string }

/**
 * The resource options of a command line, or why they cannot be used together: `--dictionaries DIR` (PETRARCH/TABARI
 * dictionaries added to the bundled ones), `--dictionaries-only DIR` (replacing them) and `--parser-model FILE`.
 * `--dictionaries-only` without a folder turns the `--dictionaries` folder into a replacement, so a command line that
 * ends in `--dictionaries DIR` (as the shared scorer's PETRARCH suite writes it) can still ask for the dictionaries alone.
 */
export function resourceOptions(opts: ResourceFlags): ResourceOptions | string {
  const dictionaries = dictionaryOptions(opts);
  if (typeof dictionaries === 'string' || opts.parserModel === undefined) return dictionaries;
  return { ...dictionaries, parserModel: opts.parserModel };
}

function dictionaryOptions(opts: ResourceFlags): ResourceOptions | string {
  const only = opts.dictionariesOnly;
  if (typeof only === 'string') {
    if (opts.dictionaries) return '--dictionaries adds to the bundled dictionaries and --dictionaries-only DIR replaces them: give one of them';
    return { dictionaries: only };
  }
  if (only === true) {
    if (!opts.dictionaries) return '--dictionaries-only needs a folder: --dictionaries-only DIR (or --dictionaries DIR --dictionaries-only)';
    return { dictionaries: opts.dictionaries };
  }
  return opts.dictionaries ? { extraDictionaries: opts.dictionaries } : {};
}
