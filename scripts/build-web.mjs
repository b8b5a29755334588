// Copies the page's libraries from node_modules into dist/web/vendor/, where `dyad serve` serves them (/vendor/...).
// Their own minified builds are used as they ship (no bundler: each is one file; Plot's UMD build takes d3 from the global
// that d3's build sets). The page loads nothing from another origin: the machine may be offline, and the CSP forbids it.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist/web/vendor');
const FILES = [
  // [package, file inside it, served name]
  ['cytoscape', 'dist/cytoscape.min.js', 'cytoscape.min.js'],
  ['d3', 'dist/d3.min.js', 'd3.min.js'],
  ['@observablehq/plot', 'dist/plot.umd.min.js', 'plot.umd.min.js'],
  ['topojson-client', 'dist/topojson-client.min.js', 'topojson-client.min.js'],
  // Natural Earth 1:110m country outlines (public domain) as TopoJSON.
  ['world-atlas', 'countries-110m.json', 'countries-110m.json'],
];
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const versions = {};
for (const [pkg, file, name] of FILES) {
  const dir = path.join(root, 'node_modules', pkg);
  fs.copyFileSync(path.join(dir, file), path.join(out, name));
  versions[name] = `${pkg}@${JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version}`;
}
fs.writeFileSync(path.join(out, 'versions.json'), JSON.stringify(versions, null, 2) + '\n');
