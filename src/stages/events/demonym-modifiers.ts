import type { Mention, Token } from '../../core/types.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { upperAt } from '../../core/span.js';

/**
 * Nationality adjectives before a noun that is not an agent: "rejected an Indian proposal", "restrictions against
 * German goods", "a Senegalese peace plan". The mention stage reads a demonym only inside a description of an agent
 * ("Chinese defense minister"); for the event coder such a phrase still names the country whose proposal, goods or plan
 * it is, so the country is a party (dyad's policy): "Bangladesh rejected an Indian proposal" is BGD rejecting IND.
 */
export interface DemonymModifier {
  /** Token range (sentence-local) of the demonym. */
  ts: number;
  te: number;
  code: string;
  name: string;
  /** A people of that country named by a plural the dictionaries do not know ("Iraqi Kurds", "Sri Lankan Tamils"). */
  people?: boolean;
}

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Demonyms of a country used as adjectives in toks[from, to) that no mention covers. `covered(t)` says whether a
 * mention already holds token t: 0 none, 1 a mention with a code, 2 one without ("Kurds").
 */
export function demonymModifiers(text: string, toks: readonly Token[], norms: readonly string[], lex: Lexicon,
  covered: (t: number) => number): DemonymModifier[] {
  const out: DemonymModifier[] = [];
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (covered(i) || !upperAt(text, t.start)) continue;
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NOUN') continue;
    for (const m of lex.trie.matchAt(norms, i, Math.min(n, i + 3))) {
      // a state before a territory sharing its demonym ("American": the United States, not American Samoa)
      const cands = m.values.filter((v) => v.type === 'demonym' && v.kind === 'country' && v.codes.length);
      const e = cands.find((v) => !v.territory) ?? cands[0];
      if (!e) continue;
      let ok = true;
      for (let k = i; k < m.end; k++) if (covered(k)) ok = false;
      const next = toks[m.end];
      // an adjective: a noun follows; "US-Soviet", "Franco-German" compounds are left alone
      if (!ok || !next || !NOUNISH.has(next.pos) || covered(m.end) === 1 || norms[i - 1] === '-' || next.norm === '-') break;
      // "Iraqi Kurds": before a plural name no dictionary codes, the demonym says whose people they are
      const people = covered(m.end) === 2;
      if (people && !(next.pos === 'PROPN' && /s$/.test(next.norm) && counted(toks, norms, i))) break;
      out.push({ ts: i, te: m.end, code: e.codes[0]!.code.slice(0, 3) + vesselSector(toks, m.end), name: e.name, ...(people ? { people } : {}) });
      i = m.end - 1;
      break;
    }
  }
  return out;
}

const QUANTITY = new Set(['thousands', 'hundreds', 'millions', 'dozens', 'tens', 'many', 'ethnic']);

/** People counted or called ethnic before the demonym: "800,000 Iraqi Kurds", "thousands of Iraqi Kurds". */
function counted(toks: readonly Token[], norms: readonly string[], i: number): boolean {
  let b = i - 1;
  if (norms[b] === 'of') b--;
  return b >= 0 && (toks[b]!.pos === 'NUM' || QUANTITY.has(norms[b]!));
}

/** A mention record for a demonym modifier (the events stage's own; it is not added to the document's mentions). */
export function demonymMention(toks: readonly Token[], d: DemonymModifier): Mention {
  const start = toks[d.ts]!.start, end = toks[d.te - 1]!.end;
  return { id: `dm${start}`, start, end, head: { start, end }, type: 'demonym', kind: 'country', name: d.name, code: d.code, country: d.code,
    sectors: [], plural: false, rule: 'events:demonym-modifier', fromDictionary: false, relative: false, generic: null, agentHead: false, guessed: false, role: undefined };
}

/** Heads of a noun phrase naming a ship or a boat. */
const VESSELS = new Set(['ship', 'ships', 'vessel', 'vessels', 'boat', 'boats', 'tanker', 'tankers', 'freighter', 'freighters', 'ferry',
  'ferries', 'trawler', 'trawlers', 'barge', 'barges', 'yacht', 'yachts', 'supertanker', 'supertankers', 'carrier', 'carriers']);
/** Heads of a noun phrase naming a warship. */
const WARSHIPS = new Set(['warship', 'warships', 'frigate', 'frigates', 'destroyer', 'destroyers', 'submarine', 'submarines', 'gunboat',
  'gunboats', 'cruiser', 'cruisers', 'corvette', 'corvettes']);
/** Words before a vessel's head that make it a state's armed ship ("navy ship", "coast guard vessel", "patrol boat"). */
const ARMED = new Set(['navy', 'naval', 'guard', 'military', 'war', 'patrol', 'aircraft', 'army']);

/**
 * The sector a country's demonym takes before a ship (actors6): a ship is no state, so "a Chinese ship" or "the Russian
 * tanker" is coded as the country's business (CAMEO's agents give CARGO_SHIP, TANKER, MERCHANT_VESSEL ~BUS), and a navy,
 * coast guard or war ship as its military (NAVY, COAST_GUARD, WARSHIP ~MIL). '' when the phrase names no ship.
 */
export function vesselSector(toks: readonly Token[], from: number): string {
  let armed = false;
  for (let k = from; k < Math.min(toks.length, from + 4); k++) {
    const w = toks[k]!.norm, noun = toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN';
    if (WARSHIPS.has(w) && noun) return 'MIL';
    if (VESSELS.has(w) && noun) return armed ? 'MIL' : 'BUS';
    if (ARMED.has(w)) armed = true;
    if (toks[k]!.pos !== 'NOUN' && toks[k]!.pos !== 'ADJ' && toks[k]!.pos !== 'PROPN') break;
  }
  return '';
}
