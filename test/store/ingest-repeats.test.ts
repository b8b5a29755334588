/**
 * Regression: `dyad ingest` reported a different sentence (and event) count for the same input from run to run. An
 * article repeating one read shortly before (the BBC folder holds 98 texts twice) was coded a second time when the
 * first was still waiting in an uncommitted batch, its sentences counted, and then refused by the store as a
 * duplicate; when the first had been committed already it was skipped unread. Which one happened depended on timing
 * (batches commit every 32 articles or 2 s) and on the number of coding threads. The stored rows were the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/resources/resources.js';
import { readInputs } from '../../src/stages/ingest/read-inputs.js';
import { ingestArticles, threadCoder, type Coder, type IngestOptions, type IngestProgress } from '../../src/pipeline/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { dump, ROOT, runIngest, tempDir } from '../helpers/test-helpers.js';

const dir = tempDir('dyad-ingest-repeats-');
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Four sample articles, with a copy of one text under another id and a second article under an id already read. */
function corpusWithRepeats(): { file: string; articles: number; distinct: number } {
  const lines = fs.readFileSync(path.join(ROOT, 'samples/articles.jsonl'), 'utf8').trim().split('\n').slice(0, 4);
  const [a, b, c, d] = lines.map((l) => JSON.parse(l) as { id: string; text: string });
  const rows = [a, b, { ...a, id: `${a!.id}-copy` }, c, { ...d, id: b!.id }, d, b];
  const file = path.join(dir, 'repeats.jsonl');
  fs.writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return { file, articles: rows.length, distinct: 4 };
}

const withoutTime = ({ elapsedMs: _, ...rest }: IngestProgress): Omit<IngestProgress, 'elapsedMs'> => rest;

test('an ingest stores and counts the same whenever its batches commit and however many articles are in flight', async () => {
  const { file, articles, distinct } = corpusWithRepeats();
  const res = loadResources();
  const oneByOne = threadCoder(res);
  // the same coder with more articles in flight, as a pool of threads has (coding is a pure function of the article)
  const inFlight: Coder = { concurrency: 4, code: (a, date) => oneByOne.code(a, date) };
  const run = async (name: string, coder: Coder, opts: IngestOptions) => {
    const db = path.join(dir, `${name}.sqlite`);
    const store = openSqliteStore(db);
    try {
      const p = await ingestArticles(readInputs([file]), store, coder, opts);
      return { p: withoutTime(p), counts: await store.counts(), rows: dump(db) };
    } finally { await store.close(); }
  };
  // every article committed as soon as it is coded, against all of them committed at the end
  const eager = await run('eager', oneByOne, { batchSize: 1 });
  const late = await run('late', inFlight, { batchSize: 1000, batchMs: 1e9 });
  assert.deepEqual(late.p, eager.p);
  assert.deepEqual(late.rows, eager.rows);
  assert.equal(eager.p.stored, distinct);
  assert.equal(eager.p.skipped, articles - distinct);
  // the counts are those of what was stored
  assert.equal(eager.p.events, eager.counts.events);
  const stored = eager.rows.articles as { extra: string }[];
  assert.equal(eager.p.sentences, stored.reduce((n, r) => n + (JSON.parse(r.extra) as { sentences: unknown[] }).sentences.length, 0));
});

test('dyad ingest reports and stores the same with one coding thread committing every article and with two threads', async () => {
  const { file, distinct } = corpusWithRepeats();
  const one = await runIngest(path.join(dir, 'one.sqlite'), file, { extra: ['--batch', '1'] });
  const two = await runIngest(path.join(dir, 'two.sqlite'), file, { extra: ['--workers', '2'] });
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  const done = (stderr: string): string => /ingest done \(.*?\): (.*)/.exec(stderr)![1]!.replace(/\d+ sentences\/s/, 'N sentences/s');
  assert.equal(done(two.stderr), done(one.stderr));
  assert.match(done(one.stderr), new RegExp(`\\(${distinct} stored, 3 skipped, 0 failed\\)`));
  assert.deepEqual(dump(path.join(dir, 'two.sqlite')), dump(path.join(dir, 'one.sqlite')));
});
