import type { SuiteItem } from '../../src/eval/suite.js';
import { findAll, locate } from '../../src/eval/text.js';
import { seeded } from '../helpers/test-helpers.js';

/**
 * Random but plausible `dyad code` outputs for a suite's items, built around the gold spans and codes so every
 * scoring rule gets exercised (found and missed mentions, merged chains, shifted spans, quotes with right and
 * wrong speakers, events with right and wrong codes and modalities, changed white space, missing and
 * mismatched ids). Used to check that `dyad eval` scores exactly as the shared scorer on non-trivial outputs.
 */

type Rand = () => number;
type Span = { start: number; end: number };
type Iv = [number, number];


const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;

const KINDS = ['country', 'organization', 'person', 'group', 'other', 'person'];
const CODES = ['USA', 'CHN', 'CHNGOVMIL', 'RUS', 'RUSGOV', 'IGOWSTNAT', 'IGO', 'JAP', 'JPN', 'UKR', 'GBR', 'XYZ', ''];
const SECTORS = [[], ['GOV'], ['GOV', 'MIL'], ['MIL', 'GOV'], ['REB']];
const CAMEOS = ['010', '020', '036', '042', '051', '057', '061', '071', '080', '081', '084', '0874', '090', '100', '111', '112', '120', '130',
  '141', '150', '163', '172', '183', '190', '204', '11', '5', ''];
const MODALITIES = ['asserted', 'asserted', 'asserted', 'future', 'negated', 'hypothetical', 'historical', undefined];
const PLOVER_CAMEO: Record<string, string> = { AGREE: '030', CONSULT: '040', SUPPORT: '051', COOPERATE: '061', AID: '071', CONCEDE: '080',
  RETREAT: '0874', ACCUSE: '112', REQUEST: '100', REJECT: '120', THREATEN: '130', PROTEST: '141', MOBILIZE: '150', SANCTION: '163', COERCE: '172',
  ASSAULT: '190' };
const PLOVER = ['AGREE', 'accuse', 'ASSAULT', 'SUPPORT', 'CONSULT', 'REQUEST', null];

/** Gold anchors of one item: spans that name actors, spans of quote content, codes and CAMEO codes in its gold. */
interface Anchors {
  actorSpans: Iv[][]; // groups: one per gold entity / chain
  actorKinds: Array<string | undefined>; // the gold kind of each group, when known
  quoteSpans: Iv[];
  speakerSpans: Iv[];
  codes: string[];
  cameos: string[];
  evidence: Iv[];
  expected: Array<{ source: string; target: string; code: string }>;
  /** Events read from the gold, as (source, target, cameo, evidence) guesses that are right, mirrored or noisy. */
  goldEvents: Array<{ source: string; target: string; cameo: string; evidence: Iv | null }>;
}

function anchorsOf(suite: string, it: SuiteItem<unknown>, r: Rand): Anchors {
  const a: Anchors = { actorSpans: [], actorKinds: [], quoteSpans: [], speakerSpans: [], codes: [], cameos: [], evidence: [], expected: [], goldEvents: [] };
  const g = it.gold as Record<string, any>; // gold records differ per suite; read loosely
  const text = it.text;
  if (suite === 'gum') {
    const chains = new Map<string, Iv[]>();
    for (const e of g.entities) { const l = chains.get(e.chain) ?? []; l.push([e.start, e.end]); chains.set(e.chain, l); }
    a.actorSpans = [...chains.values()];
  } else if (suite === 'seed' || suite === 'voa-dev') { // seed-format gold
    for (const ac of g.actors ?? []) {
      a.actorSpans.push((ac.mentions ?? []).flatMap((m: string) => findAll(text, m, { ci: true, word: true })));
      a.actorKinds[a.actorSpans.length - 1] = ac.kind;
      a.codes.push(ac.code);
    }
    for (const q of g.quotes ?? []) { const l = locate(text, q.content); if (l) a.quoteSpans.push(l); }
    for (const e of [...(g.events ?? []), ...(g.optional ?? []), ...(g.must_not ?? [])]) {
      if (e.source) a.codes.push(e.source);
      if (e.target) a.codes.push(e.target);
      for (const root of e.roots ?? []) a.cameos.push(String(root) + pick(r, ['0', '1', '2', '']));
      const l = locate(text, e.evidence ?? '');
      if (l) a.evidence.push(l);
      const flip = chance(r, 0.2);
      a.goldEvents.push({ source: (flip ? e.target : e.source) ?? '', target: (flip ? e.source : e.target) ?? '',
        cameo: `${pick(r, e.roots ?? ['01'])}${pick(r, ['0', '2', ''])}`, evidence: l });
    }
  } else if (suite === 'polnear') {
    for (const at of g.attributions) {
      if (at.content.fragments) for (const f of at.content.fragments) a.quoteSpans.push([f[0], f[1]]);
      else a.quoteSpans.push([at.content.start, at.content.end]);
      if (at.source) { a.speakerSpans.push([at.source.start, at.source.end]); a.actorSpans.push([[at.source.start, at.source.end]]); }
    }
  } else if (suite === 'plover') {
    a.cameos.push(PLOVER_CAMEO[g.event as string] ?? '010');
    for (const side of [g.source ?? [], g.target ?? []]) {
      for (const x of side) {
        if (x.code) a.codes.push(x.code);
        if (x.text) { const l = locate(text, x.text); if (l) a.actorSpans.push([l]); }
      }
    }
  } else if (suite === 'plv-train') {
    for (const pr of g.pairs ?? []) {
      for (const side of [pr.source, pr.target]) if (side?.spans?.length) a.actorSpans.push(side.spans.map((x: Iv): Iv => [x[0], x[1]]));
      for (const t of pr.types ?? [pr.root]) a.cameos.push(PLOVER_CAMEO[t as string] ?? '080');
    }
  } else if (suite === 'petrarch') {
    for (const e of g.expected ?? []) {
      a.expected.push({ source: e.source, target: e.target ?? '', code: e.code });
      a.codes.push(e.source, e.target ?? '');
      a.cameos.push(e.code);
    }
  }
  return a;
}

const clampSpan = (text: string, s: number, e: number): Span => {
  const start = Math.max(0, Math.min(text.length, s));
  return { start, end: Math.max(start, Math.min(text.length, e)) };
};

function jitter(r: Rand, text: string, [s, e]: Iv): Span {
  if (chance(r, 0.6)) return { start: s, end: e };
  const d = () => Math.floor(r() * 7) - 3;
  return clampSpan(text, s + d(), e + d());
}

function randomSpan(r: Rand, text: string, maxLen = 40): Span {
  const s = Math.floor(r() * Math.max(1, text.length));
  return clampSpan(text, s, s + 1 + Math.floor(r() * maxLen));
}

/** One synthetic output article for an item. */
function outputFor(suite: string, it: SuiteItem<unknown>, r: Rand): Record<string, unknown> {
  const text = it.text;
  const an = anchorsOf(suite, it, r);
  const codes = [...an.codes, ...CODES];
  const cameos = [...an.cameos, ...CAMEOS];
  const actors: Array<Record<string, unknown> & { id: string; mentions: Span[] }> = [];
  // actors: most gold groups, some merged into the previous actor, some mentions dropped, plus spurious ones
  an.actorSpans.forEach((group, gi) => {
    if (chance(r, 0.15)) return;
    const mentions = group.filter(() => chance(r, 0.8)).map((iv) => jitter(r, text, iv));
    if (actors.length && chance(r, 0.15)) { actors[actors.length - 1]!.mentions.push(...mentions); return; }
    const first = group[0];
    actors.push({ id: `a${actors.length + 1}`, name: first && chance(r, 0.7) ? text.slice(first[0], first[1]) : pick(r, ['', 'Someone', 'China']),
      kind: an.actorKinds[gi] && chance(r, 0.6) ? an.actorKinds[gi] : pick(r, KINDS), code: pick(r, an.codes.length && chance(r, 0.5) ? an.codes : codes),
      country: chance(r, 0.5) ? pick(r, codes).slice(0, 3) || null : null, sectors: pick(r, SECTORS), mentions });
  });
  const spurious = Math.floor(r() * 4);
  for (let k = 0; k < spurious; k++) {
    actors.push({ id: `a${actors.length + 1}`, name: 'Spurious', kind: pick(r, KINDS), code: pick(r, codes), country: null, sectors: [],
      mentions: [randomSpan(r, text, 15)] });
  }
  // quotes: gold contents (some shifted or cut), a speaker that is right, wrong or unknown, and spurious ones
  const quotes: Array<Record<string, unknown>> = [];
  const speakerFor = (): string | null => {
    if (!actors.length || chance(r, 0.2)) return null;
    if (an.speakerSpans.length && chance(r, 0.5)) {
      const sp = pick(r, an.speakerSpans);
      const holder = actors.find((ac) => ac.mentions.some((m) => m.start < sp[1] && sp[0] < m.end));
      if (holder) return holder.id;
    }
    return pick(r, actors).id;
  };
  for (const iv of an.quoteSpans) {
    if (chance(r, 0.25)) continue;
    const cut = chance(r, 0.2) ? Math.floor((iv[1] - iv[0]) * r()) : 0;
    const sp = jitter(r, text, [iv[0], iv[1] - cut]);
    quotes.push({ id: `q${quotes.length + 1}`, speaker: speakerFor(), content: sp, cue: null, direct: pick(r, [true, false, undefined]) });
  }
  for (let k = Math.floor(r() * 3); k > 0; k--) quotes.push({ id: `q${quotes.length + 1}`, speaker: speakerFor(), content: randomSpan(r, text, 120), cue: null, direct: chance(r, 0.5) });
  // events: exact expected ones sometimes, else codes and roots drawn from the gold and from noise
  const sentences = [{ start: 0, end: Math.min(text.length, 80) }, { start: Math.min(text.length, 81), end: text.length }];
  const events: Array<Record<string, unknown>> = [];
  const actorId = (): string | null => (actors.length && chance(r, 0.8) ? pick(r, actors).id : null);
  if (an.expected.length && chance(r, 0.5)) {
    for (const e of an.expected) events.push({ source: null, target: null, sourceCode: e.source, targetCode: e.target, cameo: e.code, modality: 'asserted' });
  }
  for (const g of an.goldEvents) {
    if (chance(r, 0.4)) continue;
    events.push({ source: actorId(), target: actorId(), sourceCode: g.source + pick(r, ['', '', 'GOV']), targetCode: g.target, cameo: g.cameo,
      modality: pick(r, MODALITIES), plover: null, sentence: pick(r, [0, 1, undefined]),
      evidence: g.evidence && chance(r, 0.8) ? jitter(r, text, g.evidence) : randomSpan(r, text) });
  }
  for (let k = Math.floor(r() * (suite === 'seed' || suite === 'voa-dev' ? 10 : 4)); k > 0; k--) {
    const cameo = pick(r, an.cameos.length && chance(r, 0.5) ? an.cameos : cameos);
    const codeOf = (): string => pick(r, an.codes.length && chance(r, 0.6) ? an.codes : codes);
    const ev: Record<string, unknown> = { source: actorId(), target: actorId(), cameo, modality: pick(r, MODALITIES),
      plover: chance(r, 0.7) ? { event: pick(r, PLOVER), mode: null } : null, sentence: pick(r, [0, 1, 2, undefined]),
      evidence: an.evidence.length && chance(r, 0.6) ? jitter(r, text, pick(r, an.evidence)) : randomSpan(r, text) };
    if (chance(r, 0.8)) ev.sourceCode = codeOf();
    if (chance(r, 0.8)) ev.targetCode = codeOf();
    if (chance(r, 0.5)) ev.root = cameo.slice(0, 2);
    if (suite === 'plv-train' && an.actorSpans.length) { // contract 1.1 sourceSpan/targetSpan, on a marked span or anywhere
      if (chance(r, 0.4)) ev.sourceSpan = chance(r, 0.7) ? jitter(r, text, pick(r, pick(r, an.actorSpans))) : randomSpan(r, text, 15);
      if (chance(r, 0.4)) ev.targetSpan = chance(r, 0.7) ? jitter(r, text, pick(r, pick(r, an.actorSpans))) : randomSpan(r, text, 15);
    }
    events.push(ev);
  }
  events.forEach((e, i) => { e.id = `e${i + 1}`; });
  return suite === 'geo-dev' ? { id: it.id, text, sentences, actors, quotes, events, places: placesFor(it, r) } : { id: it.id, text, sentences, actors, quotes, events };
}

/** Places (contract 1.1) on most toponyms of every role, shifted, merged or with noisy resolution, plus spurious ones. */
function placesFor(it: SuiteItem<unknown>, r: Rand): Array<Record<string, unknown>> {
  const text = it.text;
  const tops = ((it.gold as { toponyms?: unknown[] }).toponyms ?? []) as Array<{ start: number; end: number; lat?: number; lon?: number; geonameid?: number; country?: string; fcode?: string }>;
  const places: Array<Record<string, unknown> & { mentions: Span[] }> = [];
  for (const t of tops) {
    if (chance(r, 0.2)) continue;
    const m = jitter(r, text, [t.start, t.end]);
    if (places.length && chance(r, 0.15)) { places[places.length - 1]!.mentions.push(m); continue; }
    const near = chance(r, 0.6);
    places.push({ id: `p${places.length + 1}`, name: text.slice(t.start, t.end), mentions: [m],
      geonameid: chance(r, 0.5) ? t.geonameid ?? null : pick(r, [null, 1, '2', '']),
      country: chance(r, 0.6) ? t.country ?? null : pick(r, ['ROM', 'USA', null, 'gbr']), featureCode: chance(r, 0.5) ? t.fcode ?? null : 'PPL',
      lat: t.lat != null && chance(r, 0.8) ? t.lat + (near ? 0.3 : 5) * (r() - 0.5) : pick(r, [null, '12.5', 'x']),
      lon: t.lon != null && chance(r, 0.8) ? t.lon + (near ? 0.3 : 5) * (r() - 0.5) : pick(r, [null, 40]) });
  }
  for (let k = Math.floor(r() * 3); k > 0; k--) places.push({ id: `p${places.length + 1}`, name: 'Nowhere', mentions: [randomSpan(r, text, 12)], lat: 0, lon: 0 });
  return places;
}

/** Inserts white space after every paragraph break, moving every offset with it (the scorer re-aligns them). */
function widenWhitespace(o: Record<string, unknown>): void {
  const text = o.text as string;
  const shift = new Int32Array(text.length + 1);
  let added = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    shift[i] = added;
    out += text[i];
    if (text[i] === '\n' && text[i + 1] === '\n') { out += ' '; added++; }
  }
  shift[text.length] = added;
  const move = (s: unknown): void => {
    if (s && typeof s === 'object' && 'start' in s && 'end' in s) {
      const sp = s as Span;
      sp.start += shift[sp.start]!;
      sp.end += shift[sp.end]!;
    }
  };
  o.text = out;
  for (const s of o.sentences as Span[]) move(s);
  for (const a of o.actors as Array<{ mentions: Span[] }>) a.mentions.forEach(move);
  for (const q of o.quotes as Array<{ content: Span }>) move(q.content);
  for (const e of o.events as Array<{ evidence: Span }>) move(e.evidence);
}

/** Synthetic outputs for all items, in order, with a few dropped, re-identified or re-spaced. */
export function syntheticOutputs(suite: string, items: ReadonlyArray<SuiteItem<unknown>>, seed: number): Array<Record<string, unknown>> {
  const r = seeded(seed);
  const outs: Array<Record<string, unknown>> = [];
  for (const it of items) {
    if (items.length > 3 && chance(r, 0.05)) continue; // no output for this input
    const o = outputFor(suite, it, r);
    if (chance(r, 0.05)) o.id = `other-${outs.length}`; // paired by position, when it lines up
    if (chance(r, 0.2)) widenWhitespace(o);
    outs.push(o);
  }
  return outs;
}
