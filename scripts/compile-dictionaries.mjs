// Build step: parses the bundled PETRARCH dictionaries once and writes their compact JSON form next to the build,
// so `dyad` starts without tokenizing 2 MB of dictionary text. Run by `npm run build`. The office-holders
// (dictionaries/office-holders/) are merged into the person entries here (src/resources/resources.ts bundledDictionaries).
// It then writes the parsed verb dictionary and discards (V8's serialization format), and records the build of the bundled lexicon from that compact form (src/resources/lexicon-plan.ts), which
// start-up replays instead of building the lexicon from the dictionaries (docs/speed.md).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDictionaries, COMPILED_DICTIONARIES, COMPILED_LEXICON } from '../dist/src/resources/resources.js';
import { compileDictionaries, streamDictionaries } from '../dist/src/resources/petrarch/compiled.js';
import { COMPILED_COUNTRIES, loadCountries, packageCountries, slimCountries } from '../dist/src/resources/gazetteer.js';
import { encodeLexiconPlan, planLexicon } from '../dist/src/resources/lexicon-plan.js';
import { compileEventResources, COMPILED_EVENTS } from '../dist/src/resources/petrarch/verbs-load.js';
import { COMPILED_WINK_CORE, encodeWinkCore } from '../dist/src/resources/wink-core-cache.js';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
// the fields of world-countries that loadCountries reads (start-up parses 77 KB instead of 1.4 MB; docs/speed.md)
fs.mkdirSync(path.dirname(COMPILED_COUNTRIES), { recursive: true });
fs.writeFileSync(COMPILED_COUNTRIES, JSON.stringify(slimCountries(packageCountries())));
console.log(`compiled countries -> ${path.relative(path.join(here, '..'), COMPILED_COUNTRIES)}`);
const out = COMPILED_DICTIONARIES;
const parsed = bundledDictionaries();
const text = JSON.stringify(compileDictionaries(parsed));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, text);
console.log(`compiled dictionaries -> ${path.relative(path.join(here, '..'), out)}`);
// the lexicon of the bundled dictionaries exactly as start-up would build it from the file just written
const { actors, agents } = streamDictionaries(JSON.parse(text));
fs.writeFileSync(COMPILED_LEXICON, encodeLexiconPlan(planLexicon({ countries: loadCountries(), actors, agents, gazetteer: true })));
// the JSON plan of earlier builds (dist/ is not cleaned between builds)
fs.rmSync(path.join(path.dirname(COMPILED_LEXICON), 'lexicon.json'), { force: true });
console.log(`compiled lexicon -> ${path.relative(path.join(here, '..'), COMPILED_LEXICON)} (${(fs.statSync(COMPILED_LEXICON).size / 1e6).toFixed(1)} MB)`);
fs.writeFileSync(COMPILED_EVENTS, compileEventResources());
console.log(`compiled verb dictionary -> ${path.relative(path.join(here, '..'), COMPILED_EVENTS)} (${(fs.statSync(COMPILED_EVENTS).size / 1e6).toFixed(1)} MB)`);
// wink's English core model as wink-nlp reads it, binary (src/resources/wink-core-cache.ts): start-up reads it instead
// of parsing the model's 3 MB of JSON
fs.writeFileSync(COMPILED_WINK_CORE, encodeWinkCore(createRequire(import.meta.url)('wink-eng-lite-web-model').core()));
console.log(`compiled wink core model -> ${path.relative(path.join(here, '..'), COMPILED_WINK_CORE)} (${(fs.statSync(COMPILED_WINK_CORE).size / 1e6).toFixed(1)} MB)`);
