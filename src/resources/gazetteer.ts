import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCommonWords } from './surnames.js';

/** A country of the `world-countries` dataset: the fields `loadCountries` reads. */
export interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  region: string;
  subregion: string;
  independent?: boolean;
  unMember?: boolean;
}

/**
 * Those fields of `world-countries` (77 KB), written by `npm run build` (scripts/compile-dictionaries.mjs): start-up
 * parses them instead of the package's 1.4 MB of JSON (~40 ms of CPU; docs/speed.md, seventh round).
 */
export const COMPILED_COUNTRIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries/countries.json');

/** The fields `loadCountries` reads of each country, in the dataset's order (what the build writes). */
export function slimCountries(all: readonly WorldCountry[]): WorldCountry[] {
  return all.map((c) => ({
    cca3: c.cca3, name: { common: c.name.common, official: c.name.official }, altSpellings: c.altSpellings,
    ...(c.capital ? { capital: c.capital } : {}), ...(c.demonyms?.eng ? { demonyms: { eng: c.demonyms.eng } } : {}),
    region: c.region, subregion: c.subregion,
    ...(c.independent !== undefined ? { independent: c.independent } : {}), ...(c.unMember !== undefined ? { unMember: c.unMember } : {}),
  }));
}

/** The `world-countries` package itself (required only here: the build, or a build that did not write the file above). */
export const packageCountries = (): WorldCountry[] => createRequire(import.meta.url)('world-countries') as WorldCountry[];

/** The countries: the build's compiled fields when it wrote them, else the package. */
function worldCountries(): WorldCountry[] {
  let text: string;
  try {
    text = fs.readFileSync(COMPILED_COUNTRIES, 'utf8');
  } catch {
    return packageCountries();
  }
  return JSON.parse(text) as WorldCountry[];
}

/** A country as the gazetteer knows it: CAMEO code, names, capital(s), demonyms and region. */
export interface CountryRecord {
  code: string;
  name: string;
  names: string[];
  capitals: string[];
  demonyms: string[];
  region: string;
  subregion: string;
  /** A UN member or independent state (preferred over territories sharing its demonym: "French", "American"). */
  sovereign: boolean;
}

/** CAMEO country codes that differ from ISO 3166 alpha-3 (Kosovo has no ISO code; world-countries uses UNK). */
const CAMEO_CODE: Record<string, string> = { UNK: 'KSV' };

/** Short forms news writers use that the dataset lacks (all derived from the official names). */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['United States', 'the United States', 'US', 'U.S.', 'USA', 'America'],
  GBR: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  RUS: ['Russian Federation'],
  KOR: ['South Korea'],
  PRK: ['North Korea'],
  COD: ['DR Congo', 'DRC', 'Democratic Republic of Congo'],
  CIV: ["Cote d'Ivoire"],
  CHN: ['PRC'],
  ARE: ['UAE', 'Emirates'],
  NLD: ['Holland'],
  PSE: ['Palestinian territories'],
  CZE: ['Czech Republic'],
  MMR: ['Burma'],
};

/** Demonyms news writers use that the dataset lacks (ethnonyms of a country's majority, current spellings). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  SRB: ['Serb'],
  HRV: ['Croat'],
  KGZ: ['Kyrgyz'],
  TLS: ['Timorese'],
};

/** Countries from the maintained `world-countries` dataset (names, capitals, demonyms, regions). */
export function loadCountries(): CountryRecord[] {
  const out: CountryRecord[] = [];
  const common = loadCommonWords();
  for (const c of worldCountries()) {
    const code = CAMEO_CODE[c.cca3] ?? c.cca3;
    const names = new Set<string>([c.name.common, c.name.official, ...(EXTRA_NAMES[c.cca3] ?? [])]);
    for (const a of c.altSpellings) {
      // alternative spellings hold two-letter codes and native names: keep Latin names of 3+ letters
      // and no common English word: Iceland's native "Island" read "Angel Island" and "Liuheng Island" as Iceland
      if (a.length >= 4 && /^[\p{Script=Latin}\s'.-]+$/u.test(a) && !/^[A-Z]{2,3}$/.test(a) && !common.has(a.toLowerCase())) names.add(a);
    }
    const dem = c.demonyms?.eng;
    // the dataset joins some demonyms with a comma ("Bosnian, Herzegovinian")
    const demonyms = [...new Set([dem?.m, dem?.f].filter((x): x is string => !!x).flatMap((x) => x.split(/\s*,\s*/)).concat(EXTRA_DEMONYMS[code] ?? []))];
    out.push({ code, name: c.name.common, names: [...names], capitals: c.capital ?? [], demonyms, region: c.region, subregion: c.subregion, sovereign: !!(c.unMember || c.independent) });
  }
  return out;
}
