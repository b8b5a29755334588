/** Shared pieces of the watch tests: a fresh SQLite store, the coding resources (loaded once), a watcher on a fake clock. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DyadError } from '../../src/core/errors.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { FakeClock } from '../../src/watch/clock.js';
import { Watcher, type WatcherOptions } from '../../src/watch/watcher.js';

let resources: Resources | null = null;
export function res(): Resources {
  resources ??= loadResources();
  return resources;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

let n = 0;
export function freshStore(dir: string): SqliteStore {
  return openSqliteStore(path.join(dir, `w${++n}.sqlite`));
}

/** A seeded generator (mulberry32): jitter and kill points repeat from run to run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TestWatch {
  watcher: Watcher;
  clock: FakeClock;
  errors: DyadError[];
}

export function testWatcher(store: SqliteStore, over: Partial<WatcherOptions> = {}, start = '2024-03-04T08:00:00.000Z'): TestWatch {
  const clock = new FakeClock(start);
  const errors: DyadError[] = [];
  const watcher = new Watcher({
    store, resources: res(), clock, random: seeded(1), bounds: { min: 300, max: 86_400 }, fetchPages: false,
    limits: { timeoutMs: 2000 }, onError: (e) => errors.push(e), ...over,
  });
  return { watcher, clock, errors };
}

/** Short English news items written for these tests (no third-party text). */
export const STORIES = {
  cannon: 'China\'s coast guard fired water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, the Philippine military said. '
    + 'Manila summoned the Chinese ambassador and protested the attack.',
  talks: 'The foreign ministers of Japan and South Korea met in Tokyo on Tuesday and agreed to expand security cooperation. '
    + 'Both governments praised the talks as constructive.',
  aid: 'Germany pledged new humanitarian aid to Sudan on Wednesday. The German development minister said the money would fund food and medicine.',
  visit: 'The French president visited India on Thursday and signed an agreement on nuclear energy with the Indian prime minister.',
};
