import type { ResourceOptions } from '../api.js';

/**
 * `--dictionaries DIR` (PETRARCH/TABARI dictionaries added to the bundled ones) and `--dictionaries-only DIR`
 * (replacing them) as resource options, or why they cannot be used together.
 */
export function dictionaryOptions(opts: { dictionaries?: string; dictionariesOnly?: string }): ResourceOptions | string {
  if (opts.dictionaries && opts.dictionariesOnly) return '--dictionaries adds to the bundled dictionaries and --dictionaries-only replaces them: give one of them';
  return { ...(opts.dictionaries ? { extraDictionaries: opts.dictionaries } : {}), ...(opts.dictionariesOnly ? { dictionaries: opts.dictionariesOnly } : {}) };
}
