/**
 * Which graph library draws the page's actor network: Cytoscape.js (canvas) against sigma.js + graphology (WebGL) with
 * ForceAtlas2, in the Chromium the page tests use. Not a test. For each network (the API's /api/network answer on each
 * --db corpus, plus synthetic graphs) and each library, in fresh pages, alternating the libraries:
 *   load   = the library's script fetched and evaluated (ms from navigation start to the load event, the page holding
 *            nothing but that script);
 *   layout = the library's force layout to completion (Cytoscape `cose`, 1,000 iterations; ForceAtlas2, 500 iterations
 *            with its inferred settings), from the same circle;
 *   draw   = building the renderer on the laid-out graph and its first frame (to the next animation frame).
 * Prints the median of --repeat runs.
 *
 * Run (after `npm run build`):
 *   node bench/web-graph-libraries.mjs --db demo.sqlite --db bbc.sqlite [--synthetic 1000:3000] [--repeat 3]
 * sigma, graphology, graphology-layout-forceatlas2 and esbuild are installed into a temporary folder with npm (they are
 * not dependencies of dyad); Cytoscape comes from the project's node_modules.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: {
  db: { type: 'string', multiple: true, default: [] }, synthetic: { type: 'string', multiple: true, default: ['1000:3000'] },
  repeat: { type: 'string', default: '3' }, limit: { type: 'string', default: '500' },
} });
const REPEAT = Number(args.repeat);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-graph-bench-'));
execFileSync('npm', ['install', '--prefix', tmp, '--no-audit', '--no-fund', 'sigma@3', 'graphology@0.26', 'graphology-layout-forceatlas2@0.10', 'esbuild@0.28'], { stdio: 'ignore' });
fs.writeFileSync(path.join(tmp, 'entry.js'), `import Graph from 'graphology'; import Sigma from 'sigma'; import forceAtlas2 from 'graphology-layout-forceatlas2';
window.SigmaBundle = { Graph, Sigma, forceAtlas2 };`);
execFileSync(path.join(tmp, 'node_modules/.bin/esbuild'), ['entry.js', '--bundle', '--minify', '--format=iife', '--outfile=sigma-bundle.js'], { cwd: tmp });
const LIBS = {
  cytoscape: fs.readFileSync(path.join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js')),
  sigma: fs.readFileSync(path.join(tmp, 'sigma-bundle.js')),
};
const versions = {
  cytoscape: JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/cytoscape/package.json'), 'utf8')).version,
  sigma: JSON.parse(fs.readFileSync(path.join(tmp, 'node_modules/sigma/package.json'), 'utf8')).version,
};

/** Networks: each --db corpus's all-time network as the page asks for it, and seeded synthetic graphs. */
async function networks() {
  const out = [];
  const { openSqliteStore } = await import(path.join(ROOT, 'dist/src/store/sqlite/sqlite-store.js'));
  for (const db of args.db) {
    const store = openSqliteStore(db);
    const net = await store.network({ limit: Number(args.limit) });
    await store.close();
    out.push({ name: path.basename(db), net });
  }
  for (const spec of args.synthetic) {
    const [n, m] = spec.split(':').map(Number);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const nodes = Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `Actor ${i + 1}`, code: 'XXX', kind: 'person', events: 0 }));
    const edges = new Map();
    while (edges.size < m) {
      // Preferential: low ids are hubs, as in news networks.
      const s = 1 + Math.floor(n * rnd() ** 2), t = 1 + Math.floor(n * rnd());
      if (s !== t) edges.set(`${s}>${t}`, { source: s, target: t, count: 1 + Math.floor(5 * rnd()), cooperation: 1, conflict: 0, goldsteinSum: 1 });
    }
    out.push({ name: `synthetic ${n} nodes`, net: { nodes, edges: [...edges.values()] } });
  }
  return out;
}

const server = http.createServer((req, res) => {
  const lib = /^\/(\w+)\.js$/.exec(req.url ?? '')?.[1];
  if (lib && LIBS[lib]) { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(LIBS[lib]); return; }
  const page = /^\/(\w+)\.html$/.exec(req.url ?? '')?.[1];
  if (page && LIBS[page]) {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html><body style="margin:0"><div id="g" style="width:1200px;height:800px"></div><script src="/${page}.js"></script></body></html>`);
    return;
  }
  res.writeHead(404); res.end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

async function runOnce(lib, net) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/${lib}.html`);
  const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd || performance.now());
  const r = await page.evaluate(async ({ lib, net }) => {
    const frame = () => new Promise((res) => requestAnimationFrame(() => res()));
    const n = net.nodes.length;
    const circle = new Map(net.nodes.map((nd, i) => [nd.id, { x: 600 + 350 * Math.cos((2 * Math.PI * i) / n), y: 400 + 350 * Math.sin((2 * Math.PI * i) / n) }]));
    const container = document.getElementById('g');
    if (lib === 'cytoscape') {
      const t0 = performance.now();
      const cy = window.cytoscape({ headless: true, elements: [
        ...net.nodes.map((nd) => ({ data: { id: String(nd.id), label: nd.name }, position: { ...circle.get(nd.id) } })),
        ...net.edges.map((e, i) => ({ data: { id: 'e' + i, source: String(e.source), target: String(e.target) } }))] });
      await new Promise((res) => { const l = cy.layout({ name: 'cose', randomize: false, animate: false, numIter: 1000 }); l.one('layoutstop', res); l.run(); });
      const t1 = performance.now();
      const pos = cy.nodes().map((x) => ({ data: x.data(), position: x.position() }));
      const drawn = window.cytoscape({ container, elements: [...pos, ...cy.edges().map((e) => ({ data: e.data() }))], layout: { name: 'preset' },
        style: [{ selector: 'node', style: { label: 'data(label)', 'font-size': 10 } }, { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } }] });
      await frame(); await frame();
      const t2 = performance.now();
      const ok = drawn.edges().length === net.edges.length;
      drawn.destroy();
      return { layout: t1 - t0, draw: t2 - t1, ok };
    }
    const { Graph, Sigma, forceAtlas2 } = window.SigmaBundle;
    const t0 = performance.now();
    const g = new Graph({ type: 'directed', multi: false });
    for (const nd of net.nodes) g.addNode(String(nd.id), { label: nd.name, size: 4, ...circle.get(nd.id) });
    for (const e of net.edges) g.addEdgeWithKey(`${e.source}>${e.target}`, String(e.source), String(e.target), { size: 1 });
    forceAtlas2.assign(g, { iterations: 500, settings: forceAtlas2.inferSettings(g) });
    const t1 = performance.now();
    let renderer;
    try {
      renderer = new Sigma(g, container, { renderEdgeLabels: false, enableEdgeEvents: true });
      renderer.refresh();
    } catch (e) { return { layout: t1 - t0, draw: NaN, ok: false, error: String(e.message ?? e) }; }
    await frame(); await frame();
    const t2 = performance.now();
    renderer.kill();
    return { layout: t1 - t0, draw: t2 - t1, ok: true };
  }, { lib, net });
  await page.close();
  return { load, ...r, errors };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; cytoscape ${versions.cytoscape} (${LIBS.cytoscape.length} bytes min), sigma ${versions.sigma} + graphology + FA2 (${LIBS.sigma.length} bytes min, esbuild)`);
console.log('network | nodes | edges | library | load ms | layout ms | draw ms | notes');
for (const { name, net } of await networks()) {
  const runs = { cytoscape: [], sigma: [] };
  for (let i = 0; i < REPEAT; i++) for (const lib of i % 2 ? ['sigma', 'cytoscape'] : ['cytoscape', 'sigma']) runs[lib].push(await runOnce(lib, net));
  for (const lib of ['cytoscape', 'sigma']) {
    const rs = runs[lib];
    const notes = [...new Set(rs.flatMap((r) => [...(r.error ? [r.error] : []), ...r.errors]))].join('; ');
    console.log(`${name} | ${net.nodes.length} | ${net.edges.length} | ${lib} | ${median(rs.map((r) => r.load)).toFixed(0)} | ${median(rs.map((r) => r.layout)).toFixed(0)} | ${median(rs.map((r) => r.draw)).toFixed(0)} | ${notes || (rs.every((r) => r.ok) ? 'ok' : 'FAILED')}`);
  }
}
console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
await browser.close();
server.close();
fs.rmSync(tmp, { recursive: true, force: true });
