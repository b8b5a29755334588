import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { COMPILED_COUNTRIES, loadCountries, packageCountries, slimCountries } from '../../src/resources/gazetteer.js';

// Why: start-up reads the countries from the build's copy of the fields it uses (dist/dictionaries/countries.json)
// instead of the world-countries package's 1.4 MB; a copy that lost a field (a capital, a demonym, an alternative
// spelling, sovereignty) would change which names code as a country.
test('the compiled countries hold every field loadCountries reads of world-countries', () => {
  assert.ok(fs.existsSync(COMPILED_COUNTRIES), `${COMPILED_COUNTRIES} is missing: run npm run build`);
  const compiled: unknown = JSON.parse(fs.readFileSync(COMPILED_COUNTRIES, 'utf8'));
  const pkg = packageCountries();
  assert.deepStrictEqual(compiled, JSON.parse(JSON.stringify(slimCountries(pkg))));
  assert.ok(pkg.length > 200, String(pkg.length));
  // every field loadCountries reads is kept, for every country
  for (const [i, c] of slimCountries(pkg).entries()) {
    const p = pkg[i]!;
    assert.equal(c.cca3, p.cca3);
    assert.deepStrictEqual([c.name.common, c.name.official, c.altSpellings, c.capital, c.demonyms?.eng, c.region, c.subregion, c.independent, c.unMember],
      [p.name.common, p.name.official, p.altSpellings, p.capital, p.demonyms?.eng, p.region, p.subregion, p.independent, p.unMember]);
  }
  const records = loadCountries();
  assert.equal(records.length, pkg.length);
  assert.ok(records.some((r) => r.code === 'FRA' && r.demonyms.includes('French') && r.capitals.includes('Paris')));
});
