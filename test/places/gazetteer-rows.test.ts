/**
 * The compiled gazetteer holds only real places: every feature has a finite point, and no row of a source table's
 * header became a place (the repository's countryInfo.txt header has no '#': "Country" was once a country, ISO3,
 * with no coordinates, and every store rejected the article that used the word).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoKey, lookup } from '../../src/resources/geo/gazetteer.js';
import { loadGazetteer } from '../../src/resources/geo/load.js';

const g = loadGazetteer();

test('every compiled place has a finite latitude and longitude', () => {
  let bad = 0;
  for (let i = 0; i < g.size; i++) if (!Number.isFinite(g.lat[i]) || !Number.isFinite(g.lon[i])) bad++;
  assert.equal(bad, 0);
});

test('no country from a header row: "Country" names no country-level feature, and ISO3 is no country code', () => {
  const pcli = [...lookup(g, geoKey('Country'))].filter((i) => g.country[i] !== undefined && g.geonameid[i] === 0);
  assert.deepEqual(pcli, []);
  assert.equal(g.countryByIso3.has('ISO3'), false);
  assert.equal(g.countryByIso3.has('FRA'), true);
});

test('country i is feature i and division a is feature countries.length + a (the common-country/common-admin1 places are read so)', () => {
  const n = g.header.countries.length;
  const badCountries = g.header.countries.filter((_, i) => g.country[i] !== i || g.geonameid[i] === 0 && g.lat[i] === 0);
  assert.deepEqual(badCountries, []);
  const badDivisions = g.header.admin1.filter((_, a) => g.admin1[n + a] !== a);
  assert.deepEqual(badDivisions.map((d) => d.key), []);
});
