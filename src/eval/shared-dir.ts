import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this module holding dyad's package.json. */
export function packageRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'dyad') return dir;
      } catch { /* not ours: keep walking up */ }
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** The shared evaluation data: an explicit directory, else $DYAD_SHARED, else `../shared` beside the repository. */
export function sharedDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.DYAD_SHARED) return path.resolve(env.DYAD_SHARED);
  return path.resolve(packageRoot(), '../shared');
}
