import type { Mention, Token } from '../../core/types.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { sentenceCountry } from './domestic.js';

/**
 * Ethnic groups named by a nationality (dyad's policy): "ethnic Albanians in south Serbia", "the Albanians of southern
 * Serbia", "Bosnian Serbs" are people of the country they live in, not the state whose demonym they carry. Event data
 * sets code them by country of residence (SRB, BIH). The gazetteer reads "Albanians" as Albania (ALB); this rule
 * recodes such a participant when the text says where the group lives:
 * - a place right after it: "Albanians in/of [the] [southern] Serbia" -> SRB (the place is absorbed);
 * - a demonym right before it: "Bosnian Serbs", "Iraqi Kurds" -> the first demonym's country;
 * - "ethnic" before it and one country named in the sentence: "ethnic Albanians demonstrated in Serbia" -> SRB.
 * Such a participant is marked `ethnic`: it may act on its own country's code ("Bosnian Serbs ... in east Bosnia").
 */
export interface EthnicParticipant {
  mention: Mention;
  code: string;
  ts: number;
  te: number;
  agentOnly?: boolean;
  ethnic?: boolean;
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** A people named by a plural demonym ("Albanians"): the mention stage reads it as a demonym of the country, plural. */
const isGroupDemonym = (m: Mention): boolean => m.type === 'demonym' && m.plural;
const isCountry = (p: EthnicParticipant): boolean => !p.agentOnly && p.code.length === 3 && p.mention.country === p.code;

/** Recodes ethnic groups among `parts` (sorted by position) in place. */
export function recodeEthnicGroups(toks: readonly Token[], norms: readonly string[], parts: EthnicParticipant[], lex?: Lexicon): void {
  const pending: EthnicParticipant[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (!isGroupDemonym(p.mention)) continue;
    // "Albanians in south Serbia", "the Albanians of southern Serbia"
    let t = p.te;
    if (norms[t] === 'in' || norms[t] === 'of') {
      t++;
      if (norms[t] === 'the') t++;
      while (t < toks.length && DIRECTIONS.has(norms[t]!)) t++;
      const q = parts[k + 1];
      if (q && q.ts === t && isCountry(q) && q.code !== p.code) {
        parts.splice(k, 2, { ...p, code: q.code, te: q.te, ethnic: true });
        continue;
      }
    }
    // "Bosnian Serbs": a nationality adjective before the group
    if (lex && p.ts > 0) {
      const before = lex.trie.matchAt(norms, p.ts - 1, p.ts);
      const e = before[0]?.values.find((v) => v.type === 'demonym' && v.kind === 'country' && v.codes.length);
      const c = e?.codes[0]!.code.slice(0, 3);
      if (c && c !== p.code) { parts[k] = { ...p, code: c, ethnic: true }; continue; }
    }
    if (norms[p.ts - 1] === 'ethnic') pending.push(p);
  }
  if (!pending.length) return;
  // "ethnic Albanians demonstrated in Serbia": the one country the rest of the sentence names
  const others = parts.filter((p) => !pending.includes(p) && !isGroupDemonym(p.mention));
  const country = sentenceCountry(others);
  if (!country) return;
  for (const p of pending) if (p.code !== country) { p.code = country; p.ethnic = true; }
}
