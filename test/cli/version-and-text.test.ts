import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodedArticle } from '../../src/api.js';
import { dyad, root } from './run-dyad.js';

// Why: a user (and a bug report) needs to say which dyad they run.
test('dyad --version prints the package version', () => {
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const r = dyad(['--version']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim(), version);
});

// Why: JSON is for programs; a person reading what dyad found wants one line per event with its evidence words,
// quotes with their speaker and the actors with their codes. Every line is checked against the JSON of the same text.
test('dyad code --format text: one line per event (date, codes, CAMEO, modality, evidence words), quotes with speakers, actors', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-text-'));
  try {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'China pledges support for Russia\n\nThe Chinese defense minister said Beijing would back Moscow. ' +
      '"We will stand with our friends," Foreign Minister Wang Yi told reporters on Monday.\n');
    const json = dyad(['code', '--format', 'jsonl', '--date', '2024-01-31', file]);
    assert.equal(json.status, 0, json.stderr);
    const a = JSON.parse(json.stdout) as CodedArticle;
    assert.ok(a.events.length > 0 && a.quotes.length > 0, 'the text has events and quotes');
    const r = dyad(['code', '--format', 'text', '--date', '2024-01-31', file]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], `# ${a.id} 2024-01-31 China pledges support for Russia`);
    const events = lines.filter((l) => l.startsWith('event '));
    const quotes = lines.filter((l) => l.startsWith('quote '));
    const actors = lines.filter((l) => l.startsWith('actor '));
    assert.equal(events.length, a.events.length);
    assert.equal(quotes.length, a.quotes.length);
    assert.equal(actors.length, a.actors.length);
    a.events.forEach((e, i) => {
      const words = a.text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' ').trim();
      assert.ok(events[i]!.startsWith(`event ${e.date ?? a.date} ${e.sourceCode || '-'} → ${e.targetCode || '-'} ${e.cameo} `), events[i]);
      assert.ok(events[i]!.includes(` ${e.modality} | ${words}`), events[i]);
    });
    a.quotes.forEach((q, i) => {
      const speaker = a.actors.find((x) => x.id === q.speaker);
      assert.ok(quotes[i]!.startsWith(`quote ${speaker ? speaker.name : 'unknown speaker'}`), quotes[i]);
      assert.ok(quotes[i]!.includes(a.text.slice(q.content.start, q.content.end).replace(/\s+/g, ' ').trim()), quotes[i]);
    });
    a.actors.forEach((x, i) => assert.ok(actors[i]!.startsWith(`actor ${x.name} ${x.code || '-'} ${x.kind}`), actors[i]));
    // an unknown format is still refused, naming the formats
    const bad = dyad(['code', '--format', 'yaml', file]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /E_FORMAT .*text/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
