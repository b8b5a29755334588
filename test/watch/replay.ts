/**
 * The replay harness: the Wikinews corpus (CC BY 2.5) and the VOA dev corpus (public domain) re-dated over a simulated
 * month and served as feed items by loopback servers (one outlet per address), polled by a Watcher on a fake clock.
 * A script adds reports of one dyad written for these tests: steady cooperation all month, or cooperation that turns
 * into armed conflict in the fourth week.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readInputs } from '../../src/stages/ingest/read-inputs.js';
import { sharedDir } from '../../src/eval/shared-dir.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Alert } from '../../src/store/watch-store.js';
import { parseRules, type AlertRules } from '../../src/watch/alerts/rules.js';
import { iso } from '../../src/watch/clock.js';
import { streamSink } from '../../src/watch/deliver/sinks.js';
import { rss, startFeedServer, type FeedServer, type Item } from './feed-server.js';
import { seeded, testWatcher } from './helpers.js';

export const START = Date.parse('2024-03-04T00:00:00Z'); // a Monday
export const DAYS = 30;
const DAY = 86_400_000;

/** Why the replay cannot run here (the shared corpora are absent), or null. */
export function replaySkip(): string | false {
  const shared = sharedDir();
  const need = [path.join(shared, 'data/wikinews/data'), path.join(shared, 'data/voa-dev/corpus.jsonl')];
  const missing = need.filter((p) => !fs.existsSync(p));
  return missing.length ? `replay corpora absent (${missing.join(', ')}): the replay test needs ../shared` : false;
}

export interface Story { id: string; title: string; text: string; url: string }

/** Wikinews (its dateline line dropped: the replay gives each story a new date) and VOA stories, in a seeded order. */
export async function corpusStories(): Promise<Story[]> {
  const shared = sharedDir();
  const out: Story[] = [];
  const wiki = path.join(shared, 'data/wikinews/data');
  for await (const it of readInputs(fs.readdirSync(wiki).filter((f) => f.endsWith('.csv')).sort().map((f) => path.join(wiki, f)))) {
    if (!it.ok) continue;
    const a = it.value.article;
    const text = a.text.replace(/^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}\s*\n+/, '');
    out.push({ id: `wikinews:${a.id}`, title: a.title ?? '', text, url: a.url ?? `https://en.wikinews.org/${a.id}` });
  }
  for (const line of fs.readFileSync(path.join(shared, 'data/voa-dev/corpus.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; title: string; text: string; url: string };
    out.push({ id: `voa:${r.id}`, title: r.title, text: r.text, url: r.url });
  }
  const rnd = seeded(2024);
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

const COOPERATION = [
  'Indonesia praised Malaysia for its help in fighting forest fires on Borneo.',
  'The Indonesian foreign minister met her Malaysian counterpart in Jakarta to discuss border trade.',
  'Indonesia sent firefighting aircraft to help Malaysia contain peat fires.',
  'Indonesia thanked Malaysia for returning the stranded fishermen.',
  'Indonesia pledged to cooperate with Malaysia on haze prevention.',
];
const CONFLICT = [
  'Indonesian navy ships fired on a Malaysian patrol boat near Ambalat, the Malaysian navy said.',
  'Indonesian troops attacked a Malaysian border post in Borneo, killing two guards.',
  'Indonesian police arrested five Malaysian soldiers near the border.',
  'Indonesian forces shelled Malaysian positions along the disputed border.',
  'Indonesian warships blockaded the Malaysian port of Tawau.',
];

export interface Dated { at: number; item: Item; outlet: number }

/**
 * The items of the month: corpus stories spread evenly over 30 days (alternating between two outlets by corpus),
 * and the scripted dyad: one cooperative report a day from a regional outlet; with `shift`, from day 21 on the
 * reports are of armed conflict, three a day (eight on day 23) from two outlets.
 */
export function schedule(stories: Story[], script: 'steady' | 'shift'): Dated[] {
  const out: Dated[] = [];
  stories.forEach((s, i) => {
    const at = START + Math.floor((i / stories.length) * DAYS * DAY) + 3_600_000;
    out.push({ at, outlet: s.id.startsWith('voa:') ? 1 : 0, item: { guid: s.id, title: s.title, text: s.text, link: s.url, date: new Date(at).toUTCString() } });
  });
  for (let d = 0; d < DAYS; d++) {
    const at = START + d * DAY + 9 * 3_600_000;
    const hostile = script === 'shift' && d >= 21;
    // the fighting flares on day 23: eight reports that day
    const n = hostile ? (d === 22 ? 8 : 3) : 1;
    const texts = hostile ? Array.from({ length: n }, (_, k) => CONFLICT[(d + k) % CONFLICT.length]!) : [COOPERATION[d % COOPERATION.length]!];
    texts.forEach((text, k) => {
      // the same ids in both scripts up to the turn, so the two months can share their first three weeks
      const id = `scripted:${hostile ? 'shift' : 'calm'}:${d}:${k}`;
      out.push({ at: at + k * 600_000, outlet: 2 + (k % 2), item: { guid: id, title: `Indonesia and Malaysia, day ${d + 1}`, text: `${text} (Dispatch ${d + 1}.${k + 1}.)`, link: `https://regional-${k % 2}.example/${d}/${k}`, date: new Date(at + k * 600_000).toUTCString() } });
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The rules for a month of data: the default rules with windows scaled from months to weeks. */
export const MONTH_RULES: AlertRules = parseRules({
  rules: [
    { id: 'shift', kind: 'shift', baselineWeeks: 3, minBaselineWeeks: 2 },
    { id: 'first-conflict', kind: 'first-conflict', lookbackDays: 14 },
    { id: 'surge', kind: 'surge', baselineDays: 14 },
    { id: 'drift', kind: 'drift', baselineDays: 14, runDays: 7 },
  ],
});

export interface ReplayResult { alerts: Alert[]; lines: string[]; articles: number; polls: number; scripted: Set<string> }

/** The day the scripted dyad turns (both scripts are the same before it). */
export const TURN = 21;

/**
 * Serves the month through four feeds on four loopback addresses (each its own outlet) and polls them every 6
 * simulated hours with a Watcher on a fake clock. The first three weeks are the same in both scripts, so they are
 * replayed once; the store is then copied and each copy goes on with its own script to the end of the month.
 */
export async function replayMonth(dir: string, stories: Story[], rules: AlertRules = MONTH_RULES): Promise<Record<'steady' | 'shift', ReplayResult>> {
  const plans = { steady: schedule(stories, 'steady'), shift: schedule(stories, 'shift') };
  let items = plans.steady;
  let now = START;
  const servers: FeedServer[] = [];
  for (let k = 0; k < 4; k++) servers.push(await startFeedServer(`127.0.0.${k + 1}`));
  servers.forEach((srv, k) => srv.routes.set('/feed.rss', () => {
    // the 20 latest items of this outlet published by now, newest first, as a real feed lists them
    const live = items.filter((d) => d.outlet === k && d.at <= now).slice(-20).reverse();
    return { body: rss(live.map((d) => d.item), '<ttl>60</ttl>') };
  }));
  /** Polls from `from` up to `to` (exclusive) every 6 hours; returns the JSONL lines written. */
  const run = async (store: SqliteStore, from: number, to: number, lines: string[]): Promise<number> => {
    const sink = streamSink({ write: (s: string, cb?: (e?: Error | null) => void) => { lines.push(s.trimEnd()); cb?.(null); return true; } } as unknown as NodeJS.WritableStream);
    const { watcher, clock } = testWatcher(store, { rules, sinks: [sink], bounds: { min: 3600, max: 6 * 3600 }, concurrency: 4 }, iso(from));
    for (let t = from; t < to; t += 6 * 3_600_000) {
      clock.set(t);
      now = t;
      await watcher.tick();
    }
    return watcher.stats.polls;
  };
  try {
    const first = path.join(dir, 'replay-steady.sqlite');
    const shared: string[] = [];
    let store = openSqliteStore(first);
    await store.addFeeds(servers.map((s) => `${s.url}/feed.rss`), iso(START), 3600);
    const sharedPolls = await run(store, START, START + TURN * DAY, shared);
    await store.close();
    fs.copyFileSync(first, path.join(dir, 'replay-shift.sqlite'));
    const out = {} as Record<'steady' | 'shift', ReplayResult>;
    for (const script of ['steady', 'shift'] as const) {
      items = plans[script];
      const lines = [...shared];
      store = openSqliteStore(path.join(dir, `replay-${script}.sqlite`));
      try {
        const polls = sharedPolls + await run(store, START + TURN * DAY, START + (DAYS + 1) * DAY + 1, lines);
        out[script] = {
          alerts: (await store.alerts({ limit: 1000 })).map(({ seq: _s, ...a }) => a), lines, articles: (await store.counts()).articles!, polls,
          scripted: new Set(items.filter((d) => d.outlet >= 2).map((d) => d.item.guid!)),
        };
        out[script].articles = (await store.counts()).articles!;
      } finally { await store.close(); }
    }
    return out;
  } finally {
    for (const s of servers) await s.close();
  }
}
