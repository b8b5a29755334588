import type { Interval } from './match.js';
import { rootOf } from './codes.js';

/**
 * The parts of one output article (contract JSON, read defensively as the shared scorer does) that scoring
 * reads, with every offset moved into the text that was sent.
 */

export interface ViewMention {
  s: number;
  e: number;
  text: string;
}

export interface ViewActor {
  id: string;
  name: string;
  kind: string | null;
  code: string;
  country: string | null;
  sectors: string[];
  mentions: ViewMention[];
}

export interface ViewQuote {
  content: Interval;
  speaker: ViewActor | null;
  direct: boolean | null;
}

export interface ViewEvent {
  src: ViewActor | null;
  tgt: ViewActor | null;
  sourceCode: string;
  targetCode: string;
  cameo: string;
  root: string;
  modality: string;
  plover: string | null;
  evidence: Interval | null;
  sentence: Interval | null;
  /** The event's `cameo` as printed (for listings). */
  rawCameo: unknown;
  /** The event's own `sourceSpan` / `targetSpan` (contract 1.1), where it gives them. */
  srcSpan: Interval | null;
  tgtSpan: Interval | null;
}

export interface ViewPlace {
  id: string;
  name: string;
  geonameid: number | null;
  country: unknown;
  featureCode: unknown;
  lat: number | null;
  lon: number | null;
  mentions: Interval[];
}

export interface ArticleView {
  present: boolean;
  textDiffers: boolean;
  actors: Map<string, ViewActor>;
  quotes: ViewQuote[];
  events: ViewEvent[];
  sentences: Array<Interval | null>;
  /** Contract 1.1 places, by id. */
  places: Map<string, ViewPlace>;
}

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null;
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | null => (x == null ? null : String(x));

/** Offsets of the output's `text` -> offsets of the text that was sent, for a command that changed white space. */
export function makeAligner(predText: string, goldText: string): (k: number) => number {
  if (predText === goldText) return (i) => i;
  const map = new Int32Array(predText.length + 1);
  let i = 0;
  let j = 0;
  while (i < predText.length) {
    if (j < goldText.length && predText[i] === goldText[j]) map[i++] = j++;
    else if (/\s/.test(predText[i]!)) map[i++] = j;
    else if (j < goldText.length && /\s/.test(goldText[j]!)) j++;
    else {
      map[i++] = Math.min(j, goldText.length);
      if (j < goldText.length) j++;
    }
  }
  map[predText.length] = goldText.length;
  return (k) => map[Math.max(0, Math.min(predText.length, k | 0))]!;
}

/** The scorer's view of one output article (`pred` is the parsed JSON line, undefined when there was none). */
export function buildView(pred: unknown, goldText: string): ArticleView {
  const v: ArticleView = { present: !!pred, textDiffers: false, actors: new Map(), quotes: [], events: [], sentences: [], places: new Map() };
  if (!isObj(pred)) return v;
  const ptext = typeof pred.text === 'string' ? pred.text : goldText;
  v.textDiffers = ptext !== goldText;
  const al = makeAligner(ptext, goldText);
  const span = (s: unknown): Interval | null => {
    if (!isObj(s)) return null;
    const { start, end } = s as { start: unknown; end: unknown };
    return typeof start === 'number' && typeof end === 'number' && Number.isFinite(start) && Number.isFinite(end) && end >= start
      ? [al(start), al(end)] : null;
  };
  for (const a of list(pred.actors)) {
    if (!isObj(a) || a.id == null) continue;
    const mentions: ViewMention[] = [];
    for (const m of list(a.mentions)) {
      const sp = span(m);
      if (sp) mentions.push({ s: sp[0], e: sp[1], text: goldText.slice(sp[0], sp[1]) });
    }
    v.actors.set(String(a.id), { id: String(a.id), name: String(a.name ?? ''), kind: str(a.kind), code: String(a.code ?? ''),
      country: str(a.country), sectors: list(a.sectors).map(String), mentions });
  }
  v.sentences = list(pred.sentences).map(span);
  const actorRef = (id: unknown): ViewActor | null => (id != null ? v.actors.get(String(id)) ?? null : null);
  for (const q of list(pred.quotes)) {
    const c = span(isObj(q) ? q.content : undefined);
    if (!isObj(q) || !c || c[1] <= c[0]) continue;
    v.quotes.push({ content: c, speaker: actorRef(q.speaker), direct: typeof q.direct === 'boolean' ? q.direct : null });
  }
  for (const e of list(pred.events)) {
    if (!isObj(e)) continue;
    const src = actorRef(e.source);
    const tgt = actorRef(e.target);
    const si = e.sentence;
    const sent = typeof si === 'number' && Number.isInteger(si) && v.sentences[si] ? v.sentences[si]! : null;
    const plover = isObj(e.plover) && e.plover.event ? String(e.plover.event).toUpperCase() : null;
    v.events.push({ src, tgt, sourceCode: String(e.sourceCode ?? (src ? src.code : '')), targetCode: String(e.targetCode ?? (tgt ? tgt.code : '')),
      cameo: e.cameo != null ? String(e.cameo) : '', root: rootOf(e), modality: String(e.modality ?? 'asserted'), plover,
      evidence: span(e.evidence), sentence: sent, rawCameo: e.cameo, srcSpan: span(e.sourceSpan), tgtSpan: span(e.targetSpan) });
  }
  const num = (x: unknown): number | null => (x === null || x === undefined || x === '' || !Number.isFinite(Number(x)) ? null : Number(x));
  for (const p of list(pred.places)) {
    if (!isObj(p) || p.id == null) continue;
    const mentions = list(p.mentions).map(span).filter((x): x is Interval => !!x && x[1] > x[0]);
    v.places.set(String(p.id), { id: String(p.id), name: String(p.name ?? ''), geonameid: num(p.geonameid), country: p.country ?? null,
      featureCode: p.featureCode ?? null, lat: num(p.lat), lon: num(p.lon), mentions });
  }
  return v;
}

/** Events that claim something happened (or will): asserted, future, or no modality given. */
export const counts = (ev: ViewEvent): boolean => ev.modality === 'asserted' || ev.modality === 'future';

/** "CHN>RUS 112 [negated] "evidence words"" */
export function evText(text: string, ev: ViewEvent): string {
  return `${ev.sourceCode || '-'}>${ev.targetCode || '-'} ${ev.rawCameo ?? ev.root}${ev.modality !== 'asserted' ? ' [' + ev.modality + ']' : ''}` +
    (ev.evidence ? ` "${text.slice(ev.evidence[0], ev.evidence[1]).slice(0, 80)}"` : '');
}
