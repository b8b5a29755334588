import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve, type RunningServer } from '../../src/http/server.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileArticle, sampleCorpus } from '../store/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '../../..');
const artifacts = path.join(root, 'artifacts');
const skip = fs.existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (.ci/run installs Debian's chromium)`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-web-'));
let store: SqliteStore;
let srv: RunningServer;
let browser: BrowserContext;

before(async () => {
  if (skip) return;
  store = openSqliteStore(path.join(dir, 'page.sqlite'));
  for (const a of [...sampleCorpus(), hostileArticle()]) await store.putArticle(a);
  srv = await serve(store, { port: 0 });
  // A fresh profile directory (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(dir, 'profile-')), {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1300, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await srv?.close();
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A page that records script errors and failed requests, so a broken page fails the test. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  return { page, problems };
}

/** Clicks an SVG path where its stroke really is (its midpoint), as a user would. */
async function clickPath(page: Page, selector: string): Promise<void> {
  const pt = await page.$eval(selector, (el) => {
    const p = el as SVGPathElement;
    const mid = p.getPointAtLength(p.getTotalLength() / 2);
    const m = p.getScreenCTM()!;
    return { x: mid.x * m.a + mid.y * m.c + m.e, y: mid.x * m.b + mid.y * m.d + m.f };
  });
  await page.mouse.click(pt.x, pt.y);
}

test('page: network -> edge -> event -> the evidence highlighted in its article (screenshot in artifacts/)', { skip }, async () => {
  const { page, problems } = await openPage();
  try {
    await page.goto(srv.url + '/');
    await page.waitForSelector('body[data-ready="network"]');
    const net = await store.network({});
    const node = (name: string) => net.nodes.find((n) => n.name === name)!.id;
    const [dong, shoigu] = [node('Dong Jun'), node('Sergei Shoigu')];
    assert.equal(await page.locator('#network path.edge').count(), net.edges.length);
    assert.ok(await page.locator('#network .node text', { hasText: 'Dong Jun' }).isVisible());
    // Edge colour follows cooperation/conflict: the meeting edge is cooperative, the shelling edge conflictual.
    const stroke = (s: number, t: number) => page.$eval(`#network path.edge[data-source="${s}"][data-target="${t}"]`, (e) => e.getAttribute('stroke'));
    assert.equal(await stroke(dong, shoigu), 'var(--coop)');
    assert.equal(await stroke(node('Russia'), node('Ukraine')), 'var(--conf)');

    await clickPath(page, `#network path.edge-hit[data-source="${dong}"][data-target="${shoigu}"]`);
    await page.waitForSelector('#events li.event-item');
    assert.match(await page.textContent('#events-h') ?? '', /Dong Jun → Sergei Shoigu \(2\)/);
    const items = page.locator('#events li.event-item button');
    assert.equal(await items.count(), 2);
    assert.match(await items.nth(1).innerText(), /“met”.*Beijing backs Moscow/);
    // The timeline follows the chosen dyad.
    await page.waitForSelector('#timeline rect.bar');

    await items.nth(1).click();
    await page.waitForSelector('#article-text mark.evidence.selected');
    assert.equal(await page.textContent('#article-title'), 'Beijing backs Moscow');
    const selected = page.locator('#article-text mark.evidence.selected');
    assert.equal(await selected.count(), 1);
    assert.equal(await selected.innerText(), 'met');
    const text = sampleCorpus()[1]!.text;
    const full = await page.$eval('#article-text', (e) => e.textContent);
    assert.equal(full, text, 'the article text is shown whole and unaltered');
    assert.equal(await page.textContent('#evidence-text'), '“met”');
    assert.equal(await page.textContent('#event-rule'), 'fixture:040');
    assert.match(await page.textContent('#event-detail') ?? '', /2 article\(s\), 2 source\(s\)/);
    assert.ok(await page.locator('#article-text .mention', { hasText: 'Sergei Shoigu' }).count() >= 1);
    assert.ok(await selected.isVisible());

    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'page-network-edge-event-evidence.png'), fullPage: true });
    assert.deepEqual(problems, []);
  } finally { await page.close(); }
});

test('page: the search box finds words and actors; an article with <script> and <img onerror> executes nothing', { skip }, async () => {
  const { page, problems } = await openPage();
  try {
    await page.goto(srv.url + '/');
    await page.waitForSelector('body[data-ready="network"]');
    await page.fill('#search-q', 'threatened');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-articles button');
    await page.click('#search-articles button[data-article="hostile-1"]');
    await page.waitForSelector('#article-text mark.evidence');
    const hostile = hostileArticle();
    assert.equal(await page.$eval('#article-text', (e) => e.textContent), hostile.text);
    assert.equal(await page.textContent('#article-title'), hostile.title);
    await page.click('#article-events button');
    await page.waitForSelector('#article-text mark.evidence.selected');
    await page.waitForTimeout(200);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    assert.equal(pwned, undefined, 'no script from the article ran');
    assert.equal(await page.locator('#article-panel script, #article-panel img, #search-results img, #events img').count(), 0,
      'no element was built from article markup');
    assert.equal(await page.locator('#search-results .hint').filter({ hasText: '<script>' }).count(), 1, 'the snippet shows the markup as text');

    await page.fill('#search-q', 'Shoigu');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-results li button:has-text("Sergei Shoigu")');
    await page.click('#search-results li button:has-text("Sergei Shoigu")');
    await page.waitForFunction(() => document.querySelectorAll('#network path.edge').length === 1);
    assert.deepEqual(problems, []);
  } finally { await page.close(); }
});
