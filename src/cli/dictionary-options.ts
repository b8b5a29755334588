import type { ResourceOptions } from '../api.js';

/** Help text of `--dictionaries-only [dir]`, the same for every command that codes. */
export const DICTIONARIES_ONLY_HELP = 'PETRARCH/TABARI dictionaries replacing the bundled ones (without DIR: the --dictionaries DIR replaces them)';

/**
 * `--dictionaries DIR` (PETRARCH/TABARI dictionaries added to the bundled ones) and `--dictionaries-only DIR`
 * (replacing them) as resource options, or why they cannot be used together. `--dictionaries-only` without a folder
 * turns the `--dictionaries` folder into a replacement, so a command line that ends in `--dictionaries DIR` (as the
 * shared scorer's PETRARCH suite writes it) can still ask for the dictionaries alone.
 */
export function dictionaryOptions(opts: { dictionaries?: string; dictionariesOnly?: string | boolean }): ResourceOptions | string {
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
