import path from 'node:path';
import { f3, pct, ratio } from '../format.js';
import { matchedCount, matchSpans, type Interval } from '../match.js';
import { loadRecordSuite, type Suite, type SuiteScore } from '../suite.js';
import type { ViewActor } from '../view.js';

/** GUM news (Wikinews, dev part): actor mention recall against GUM's entities and coreference links. */

interface GumEntity {
  start: number;
  end: number;
  text: string;
  type: string;
  head?: Interval[] | null;
  identity?: string | null;
  chain: string;
}

const NOT_A_NAME = /^(The|This|That|These|Those|A|An|Its|Their|His|Her|He|She|It|They|We|I|Our|You|Your)\b/;

export interface GumRecord {
  id: string;
  date?: string;
  text: string;
  entities: GumEntity[];
}

const ACTOR_TYPES = ['person', 'organization', 'place'];
const isActorType = (t: string): boolean => ACTOR_TYPES.includes(t);

export const gumSuite: Suite<GumRecord> = {
  name: 'gum',
  scorerName: 'gum-dev',
  load: (shared) => loadRecordSuite<GumRecord>(path.join(shared, 'data/gum-news/dev.jsonl')),
  score(items, views, ctx) {
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    const byType: Record<string, number> = {};
    const byTypeFound: Record<string, number> = {};
    let pairN = 0, pairOk = 0;
    let looseFound = 0, named = 0, namedFound = 0, predN = 0, predOk = 0, linkN = 0, linkOk = 0, plinkN = 0, plinkOk = 0, personKindN = 0, personKindOk = 0;
    items.forEach((it, i) => {
      const v = views[i]!;
      const G = it.gold.entities;
      const pm: Array<{ s: number; e: number; actor: ViewActor }> = [];
      for (const a of v.actors.values()) for (const m of a.mentions) pm.push({ s: m.s, e: m.e, actor: a });
      const gIv = G.map((g): Interval => [g.start, g.end]);
      const pIv = pm.map((p): Interval => [p.s, p.e]);
      const mm = matchSpans(gIv, pIv, G.map((g) => g.head || null));
      const ml = matchSpans(gIv, pIv);
      G.forEach((g, gi) => { if (isActorType(g.type) && ml.gToP[gi]! >= 0) looseFound++; });
      const missed: string[] = [];
      G.forEach((g, gi) => {
        if (!isActorType(g.type)) return;
        byType[g.type] = (byType[g.type] ?? 0) + 1;
        const p = mm.gToP[gi]!;
        const ok = p >= 0;
        if (ok) byTypeFound[g.type] = (byTypeFound[g.type] ?? 0) + 1; else missed.push(`${g.type}: ${g.text}`);
        if (g.identity) { named++; if (ok) namedFound++; }
        if (ok && g.type === 'person') { personKindN++; if (pm[p]!.actor.kind === 'person') personKindOk++; }
      });
      predN += pm.length;
      predOk += matchedCount(mm.pToG);
      // gold links: consecutive found mentions of one gold chain (actor types) in the same predicted actor?
      const chains = new Map<string, number[]>();
      G.forEach((g, gi) => {
        if (!isActorType(g.type) || mm.gToP[gi]! < 0) return;
        const l = chains.get(g.chain) ?? [];
        if (!l.length) chains.set(g.chain, l);
        l.push(gi);
      });
      const actorOfGold = (gi: number): ViewActor => pm[mm.gToP[gi]!]!.actor;
      // issue 2's coreference figure: every pair of found proper-name mentions (Wikipedia-linked, capitalised, not a
      // pronoun or a "the ..." phrase) of one gold entity, merged into one actor?
      const namedByChain = new Map<string, number[]>();
      G.forEach((g, gi) => {
        if (!g.identity || mm.gToP[gi]! < 0 || !/^\p{Lu}/u.test(g.text) || NOT_A_NAME.test(g.text)) return;
        const l = namedByChain.get(g.chain) ?? [];
        if (!l.length) namedByChain.set(g.chain, l);
        l.push(gi);
      });
      for (const l of namedByChain.values()) for (let a = 0; a < l.length; a++) for (let b = a + 1; b < l.length; b++) { pairN++; if (actorOfGold(l[a]!) === actorOfGold(l[b]!)) pairOk++; }
      for (const l of chains.values()) for (let k = 1; k < l.length; k++) { linkN++; if (actorOfGold(l[k - 1]!) === actorOfGold(l[k]!)) linkOk++; }
      // predicted links: consecutive matched mentions of one predicted actor in the same gold chain?
      const byActor = new Map<ViewActor, number[]>();
      pm.forEach((p, pi) => {
        if (mm.pToG[pi]! < 0) return;
        const l = byActor.get(p.actor) ?? [];
        if (!l.length) byActor.set(p.actor, l);
        l.push(pi);
      });
      const chainOfPred = (pi: number): string => G[mm.pToG[pi]!]!.chain;
      for (const l of byActor.values()) {
        l.sort((a, b) => pm[a]!.s - pm[b]!.s);
        for (let k = 1; k < l.length; k++) { plinkN++; if (chainOfPred(l[k - 1]!) === chainOfPred(l[k]!)) plinkOk++; }
      }
      out.details.push({ id: it.id, missed: missed.slice(0, 200) });
    });
    const tot = ACTOR_TYPES.reduce((n, t) => n + (byType[t] ?? 0), 0);
    const totF = ACTOR_TYPES.reduce((n, t) => n + (byTypeFound[t] ?? 0), 0);
    const R = ratio(totF, tot), P = ratio(predOk, predN), cR = ratio(linkOk, linkN), cP = ratio(plinkOk, plinkN);
    out.lines.push(`actor mentions (GUM person/organization/place; found = a predicted mention overlaps GUM's head span (minspan), one-to-one): recall ${pct(totF, tot)}`);
    out.lines.push(`  loose matching (overlap >= half the shorter span): recall ${pct(looseFound, tot)}`);
    out.lines.push('  by type: ' + ACTOR_TYPES.map((t) => `${t} ${pct(byTypeFound[t] ?? 0, byType[t] ?? 0)}`).join(', '));
    out.lines.push(`  Wikipedia-linked (named) mentions: recall ${pct(namedFound, named)}`);
    out.lines.push(`  predicted mentions matching any GUM mention (all 10 types): ${pct(predOk, predN)}`);
    out.lines.push(`  found person mentions whose actor kind is person: ${pct(personKindOk, personKindN)}`);
    out.lines.push(`coreference: gold links kept (consecutive found mentions of a chain in one actor) ${pct(linkOk, linkN)}; ` +
      `predicted links right (consecutive matched mentions of an actor in one chain) ${pct(plinkOk, plinkN)}`);
    out.metrics = { mentions: { R, P }, named: ratio(namedFound, named), coref: { R: cR, P: cP } };
    out.extra = [`dyad: coreference among named mentions (issue 2): gold same-entity pairs of proper-name mentions merged into one actor ${pct(pairOk, pairN)}`];
    out.metrics.namedPairs = ratio(pairOk, pairN);
    out.summary = `${ctx.scorerName} actors mentionR=${f3(R)} P=${f3(P)} named=${f3(out.metrics.named as number)} corefR=${f3(cR)} corefP=${f3(cP)}`;
    return out;
  },
};
