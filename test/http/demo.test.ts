import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-demo-test-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('dyad demo codes the bundled samples into a fresh database, serves the page and the API, and stops on SIGTERM', async () => {
  const db = path.join(dir, 'demo.sqlite');
  const child = spawn(process.execPath, [path.join(root, 'bin/dyad.js'), 'demo', '--port', '0', '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr += d;
      const m = /dyad serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`demo exited (${code}) before serving: ${stderr}`)));
  });
  try {
    const samples = fs.readFileSync(path.join(root, 'samples/articles.jsonl'), 'utf8').trim().split('\n').length;
    const stats = await (await fetch(url + '/api/stats')).json() as { articles: number };
    assert.equal(stats.articles, samples);
    const page = await fetch(url + '/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<script type="module" src="\/app.js">/);
    const seed = await (await fetch(url + '/api/articles/seed-dong-shoigu')).json() as { article: { text: string } };
    assert.match(seed.article.text, /^Beijing blames NATO/);
  } finally {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
  }
});
