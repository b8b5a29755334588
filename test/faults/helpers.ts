/** What only the fault tests need: a tmpfs to fill or make read-only. The helpers of several folders: test/helpers. */
import { spawnSync } from 'node:child_process';

/** Mounts a tmpfs of `size` on `dir`; false (with the reason) when this process may not mount. */
export function mountTmpfs(dir: string, size: string): { ok: true } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'not Linux' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'not root' };
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { ok: false, reason: `mount not permitted: ${(r.stderr || String(r.error)).trim()}` };
  return { ok: true };
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir]);
}
