import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
const { loadResources } = await import('./dist/src/resources/resources.js');
const { segment } = await import('./dist/src/stages/segment/segment.js');
const { findMentions } = await import('./dist/src/stages/mentions/find-mentions.js');
const { resolveCoreference } = await import('./dist/src/stages/coref/resolve-coreference.js');
const { codeEvents } = await import('./dist/src/stages/events/code-events.js');
const rows = [...parse(fs.readFileSync('/work/shared/data/wikinews/data/wikinews_2019.csv'), { columns: true }), ...parse(fs.readFileSync('/work/shared/data/wikinews/data/wikinews_2020.csv'), { columns: true })];
const res = loadResources({});
const arts = rows.map((r, i) => ({ id: String(i), text: r.text, date: r.date }));
const T = { seg: 0, ment: 0, coref: 0, ev: 0 }; let sents = 0, evs = 0;
for (const a of arts) {
  let t = performance.now();
  const seg = segment(a.text, res.tagger); T.seg += performance.now() - t; t = performance.now();
  const p = findMentions(a, seg, res.lexicon, { date: a.date }); T.ment += performance.now() - t; t = performance.now();
  const c = resolveCoreference(a, seg, p, res.lexicon); T.coref += performance.now() - t; t = performance.now();
  evs += codeEvents({ article: a, seg, mentions: c.mentions, actors: c.actors, actorOfMention: c.actorOfMention }, [], res, { date: a.date }).length; T.ev += performance.now() - t;
  sents += seg.sentences.length;
}
const tot = Object.values(T).reduce((a, b) => a + b, 0);
console.log(`${arts.length} articles, ${sents} sentences, ${evs} events; per stage (ms):`, Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(v)])),
  `all stages ${Math.round(sents / (tot / 1000))} sentences/s; without events ${Math.round(sents / ((tot - T.ev) / 1000))} sentences/s; events alone ${Math.round(sents / (T.ev / 1000))} sentences/s`);
