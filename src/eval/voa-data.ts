import fs from 'node:fs';
import path from 'node:path';
import { DyadError } from '../core/errors.js';
import type { SeedGold } from './gold-article.js';
import type { AbsentSuite, SuiteItem } from './suite.js';
import { readJsonl } from './suite.js';

/**
 * The VOA development gold (shared/data/voa-dev/): every `gold/*.json` (seed format plus id and title), in file-name
 * order, against its story in `stories.jsonl`, built as the shared scorer builds it: the date is the gold's, else the
 * story's publication day; the title is the story's unless the gold gives one. Used by the voa-dev suite and by
 * `dyad eval --rules voa-dev`.
 */

interface Story { id: string | number; title?: string; published?: string; text: string }

export interface VoaDev { goldDir: string; items: Array<SuiteItem<SeedGold>> }

export function voaDevGoldDir(shared: string): string {
  return path.join(shared, 'data/voa-dev/gold');
}

export function loadVoaDev(shared: string): VoaDev | AbsentSuite {
  const storyFile = path.join(shared, 'data/voa-dev/stories.jsonl');
  const dir = voaDevGoldDir(shared);
  for (const f of [dir, storyFile]) if (!fs.existsSync(f)) return { absent: f };
  const stories = new Map(readJsonl<Story>(storyFile).map((s) => [String(s.id), s]));
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) return { absent: path.join(dir, '*.json') };
  const items = files.map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as SeedGold;
    const id = String(gold.id ?? path.basename(f, '.json'));
    const st = stories.get(id);
    if (!st) throw new DyadError('E_SUITE_DATA', `${path.join(dir, f)}: story ${id} not in ${path.basename(storyFile)}`);
    const date = gold.date || String(st.published ?? '').slice(0, 10) || undefined;
    return { id, date, text: st.text, gold: { title: st.title, ...gold } };
  });
  return { goldDir: dir, items };
}
