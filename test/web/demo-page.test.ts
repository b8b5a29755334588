/**
 * The page on the corpus `dyad demo` serves (the bundled samples coded by the real pipeline), in Chromium: the busiest
 * edge opens its events, every panel draws, nothing fails. Its screenshot is the one README shows (artifacts/page-demo.png).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type BrowserContext } from 'playwright-core';
import { SAMPLES } from '../../src/cli/demo-command.js';
import { serve, type RunningServer } from '../../src/http/server.js';
import { loadResources } from '../../src/resources/resources.js';
import { readInputs } from '../../src/stages/ingest/read-inputs.js';
import { ingestArticles, threadCoder } from '../../src/pipeline/ingest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const CHROMIUM = '/usr/bin/chromium';
const artifacts = path.resolve(import.meta.dirname, '../../../artifacts');
const skip = fs.existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (.ci/run installs Debian's chromium)`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-demo-page-'));
let store: SqliteStore;
let srv: RunningServer;
let browser: BrowserContext;

before(async () => {
  if (skip) return;
  store = openSqliteStore(path.join(dir, 'demo.sqlite'));
  const p = await ingestArticles(readInputs([SAMPLES]), store, threadCoder(loadResources()));
  assert.ok(p.stored > 30);
  srv = await serve(store, { port: 0 });
  // A fresh profile directory (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(dir, 'profile-')), { executablePath: CHROMIUM, headless: true,
    viewport: { width: 1300, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
});

after(async () => {
  await browser?.close();
  await srv?.close();
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('page on the demo corpus: a busy edge, clicked where it is drawn, opens its events; network, timeline and table drawn (README screenshot)', { skip }, async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  try {
    await page.goto(srv.url + '/');
    await page.waitForSelector('body[data-network="ready"][data-table="ready"][data-timeline="ready"]');
    const net = await store.network({ limit: 400 });
    assert.ok(net.nodes.length > 20);
    const name = new Map(net.nodes.map((n) => [n.id, n.name]));
    // The busiest edge whose midpoint no actor (or its label) covers: a click there is a click on the edge.
    const at = await page.evaluate(() => {
      const cy = (window as unknown as { __dyadNetwork: any }).__dyadNetwork;
      const box = document.getElementById('network')!.getBoundingClientRect();
      const inside = (b: { x1: number; x2: number; y1: number; y2: number }, p: { x: number; y: number }) => p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4;
      const edges = cy.edges().sort((a: any, b: any) => b.data('count') - a.data('count'));
      for (const e of edges) {
        const m = e.renderedMidpoint();
        if (m.x < 0 || m.y < 0 || m.x > box.width || m.y > box.height) continue;
        if (cy.nodes().some((n: any) => inside(n.renderedBoundingBox({ includeLabels: true }), m))) continue;
        return { x: box.left + m.x, y: box.top + m.y, from: e.data('from') as number, to: e.data('to') as number, count: e.data('count') as number };
      }
      return null;
    });
    assert.ok(at, 'an edge to click');
    // The edge Cytoscape itself finds under that page point is the one the click must open (in the dense demo network
    // a point near a midpoint can lie on a neighbouring edge: the assertion follows the page's own hit test).
    const hit = await page.evaluate((p) => {
      const cy = (window as unknown as { __dyadNetwork: any }).__dyadNetwork;
      const [mx, my] = cy.renderer().projectIntoViewport(p.x, p.y);
      const e = cy.renderer().findNearestElement(mx, my, true, false);
      return e && e.isEdge() ? { from: e.data('from') as number, to: e.data('to') as number, count: e.data('count') as number } : null;
    }, at);
    assert.ok(hit, 'an edge under the point clicked');
    const top = { source: hit.from, target: hit.to, count: hit.count };
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((t) => document.getElementById('events-h')?.textContent === t && document.body.dataset.table === 'ready' && document.body.dataset.timeline === 'ready',
      `Events: ${name.get(top.source)} → ${name.get(top.target)}`);
    assert.equal(await page.locator('#events-table tbody tr').count(), top.count);
    assert.ok(await page.locator('#timeline svg.timeline-bars a').count() >= 1);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'page-demo.png') });
    assert.deepEqual(problems, []);
  } finally { await page.close(); }
});
