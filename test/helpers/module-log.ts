import fs from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

/**
 * Preloaded with `node --import` into a real `dyad` child process by test/cli/lazy-modules.test.ts: registers a
 * module-loading hook (this same file, on the loader thread) that appends the URL of every module the process loads
 * to the file named by DYAD_MODULE_LOG. Nothing else changes in the process.
 */
export async function load(url: string, context: unknown, next: (url: string, context: unknown) => Promise<unknown>): Promise<unknown> {
  const out = process.env.DYAD_MODULE_LOG;
  if (out) fs.appendFileSync(out, url + '\n');
  return next(url, context);
}

// on the main thread (the preload): register; on the loader thread this file is the hooks module itself
if (process.env.DYAD_MODULE_LOG && isMainThread) register(import.meta.url);
