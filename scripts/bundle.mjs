// `npm run build`, after tsc: bundles the compiled CLI (dist/src/cli/main.js and everything it imports, the lazily
// imported subcommands included) into one CommonJS file, dist/dyad.cjs, which bin/dyad.js loads with V8's code
// cache instead of resolving and compiling ~250 ES modules at every start (docs/speed.md, start-up).
//
// - `import.meta.url` (and `.dirname`/`.filename`) in each compiled module becomes the URL that module's own file has
//   in dist/, computed from the bundle's location at run time: every resource path a module computes (dist/geo/,
//   dist/dictionaries/, dictionaries/, models/, a worker thread's entry script, package.json) is the same in the bundle
//   as unbundled, and no module's source changes for it.
// - JSON modules are embedded as `JSON.parse("...")` of their text, which V8 reads faster than the same data as an
//   object literal (the two large ones, wink's model and world-countries, stay outside: `external` below).
// - dist/dyad.inputs.json lists the compiled files the bundle was made from with their size and modification time:
//   bin/dyad.js falls back to the unbundled dist/src/cli/main.js when any of them changed after the bundle was made
//   (a `tsc` build without `npm run build`), so it never runs stale code.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const out = path.join(dist, 'dyad.cjs');

const metaUrl = {
  name: 'dyad-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return { contents: text, loader: 'js' };
      const rel = JSON.stringify(path.relative(dist, args.path).split(path.sep).join('/'));
      return {
        contents: text.replaceAll('import.meta.url', `__dyadUrl(${rel})`).replaceAll('import.meta.dirname', `__dyadDir(${rel})`)
          .replaceAll('import.meta.filename', `__dyadFile(${rel})`),
        loader: 'js',
      };
    });
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      JSON.parse(text); // fails the build on a broken file
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const result = await esbuild.build({
  entryPoints: [path.join(dist, 'src/cli/main.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: out,
  absWorkingDir: root,
  // the database drivers, the queue and the progress bar stay in node_modules (CommonJS, required when a subcommand
  // first needs them; test/cli/bundle.test.ts checks that dyad code requires none of them); so do wink's English model
  // and world-countries, 5 MB of JSON read once: inside the bundle their texts stayed in the heap as string constants
  external: ['better-sqlite3', 'pg', 'pg-boss', 'pg-native', 'cli-progress', 'wink-eng-lite-web-model', 'world-countries'],
  plugins: [metaUrl],
  banner: { js: [
    'const __dyadFile = (rel) => require("node:path").join(__dirname, rel);',
    'const __dyadDir = (rel) => require("node:path").dirname(__dyadFile(rel));',
    'const __dyadUrl = (rel) => require("node:url").pathToFileURL(__dyadFile(rel)).href;',
  ].join('\n') },
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
});
const inputs = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('dist/')).sort()
  .map((f) => { const s = fs.statSync(path.join(root, f)); return [path.relative(dist, path.join(root, f)), s.size, s.mtimeMs]; });
fs.writeFileSync(path.join(dist, 'dyad.inputs.json'), JSON.stringify(inputs));
// a code cache of an older bundle is rejected by V8 anyway; remove it so bin/dyad.js does not read it for nothing
fs.rmSync(path.join(dist, 'dyad.cjs.cache'), { force: true });
console.log(`bundled -> dist/dyad.cjs (${(fs.statSync(out).size / 1e6).toFixed(1)} MB, ${Object.keys(result.metafile.inputs).length} modules, ${inputs.length} of dist/)`);
