/** Shared pieces of the watch tests: a fresh SQLite store, the coding resources (loaded once), a watcher on a fake clock. */
import path from 'node:path';
import type { DyadError } from '../../src/core/errors.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { FakeClock } from '../../src/watch/clock.js';
import { Watcher, type WatcherOptions } from '../../src/watch/watcher.js';
import { seeded } from '../helpers/test-helpers.js';

export { seeded, tempDir } from '../helpers/test-helpers.js';

let resources: Resources | null = null;
export function res(): Resources {
  resources ??= loadResources();
  return resources;
}


let n = 0;
export function freshStore(dir: string): SqliteStore {
  return openSqliteStore(path.join(dir, `w${++n}.sqlite`));
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
