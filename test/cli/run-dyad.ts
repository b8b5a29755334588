import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../src/eval/shared-dir.js';

export const root = packageRoot();

/** Runs `node bin/dyad.js ARGS` (the command users run) in a child process; standard input from `input`. */
export function dyad(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/dyad.js'), ...args], { cwd: opts.cwd ?? root, input: opts.input ?? '', encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
