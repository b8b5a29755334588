import { parsePhrase, stripComment, type PhraseKey } from './phrase.js';

/** One agent ("defense minister", "police", "rebels"): sector codes added to the actor they qualify. */
export interface AgentEntry {
  name: string;
  phrases: PhraseKey[];
  /** Sector codes, three letters each: `[~GOVMIL]` -> ["GOV", "MIL"]. */
  sectors: string[];
  /** `~` before the codes (appended to the actor code, the usual case) or after (prefixed). */
  prefix: boolean;
  source: string;
}

/** Regular English plurals, as PETRARCH 0.5 generates them for agent nouns. */
export function pluralOf(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (word.endsWith('man')) return word.slice(0, -3) + 'men';
  return word + 's';
}

/**
 * Parses a PETRARCH agents dictionary:
 * ```
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
 * POLICE {} [~COP]
 * GOVERNMENT_SPOKES!PERSON! [~GOV]
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
 * ```
 * `{...}` lists irregular plurals (`{}`: none); otherwise a regular plural is generated.
 */
export function parseAgentDictionary(text: string, file: string): AgentEntry[] {
  const subst = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i]!).trim();
    if (!line) continue;
    const sm = line.match(/^(![A-Z]+!)\s*=\s*(.+)$/);
    if (sm) { subst.set(sm[1]!, sm[2]!.split(',').map((x) => x.trim()).filter(Boolean)); continue; }
    const cm = line.match(/\[([^\]]*)\]/);
    if (!cm) continue;
    const codeRaw = cm[1]!.trim().split(/\s+/)[0] ?? '';
    const prefix = codeRaw.endsWith('~');
    const codes = codeRaw.replace(/~/g, '').toUpperCase();
    const sectors = codes.match(/[A-Z0-9]{3}/g) ?? [];
    if (!sectors.length) continue;
    const head = line.slice(0, cm.index).trim();
    const bm = head.match(/\{([^}]*)\}/);
    const namePart = head.replace(/\{[^}]*\}/, '').trim();
    const irregular = bm ? bm[1]!.split(/\s+/).filter(Boolean) : null;
    // expand substitution sets: one variant per member
    const variants = expand(namePart, subst);
    const phrases: PhraseKey[] = [];
    for (const v of variants) {
      const parsed = parsePhrase(v);
      if (!parsed) continue;
      // braces list the plurals, so the entry names exact words (`POLICE {}` does not match "polices")
      const p = bm ? { ...parsed, stem: false } : parsed;
      phrases.push(p);
      if (!irregular) {
        const last = p.tokens[p.tokens.length - 1]!;
        if (/^[a-z]+$/.test(last)) phrases.push({ tokens: [...p.tokens.slice(0, -1), pluralOf(last)], stem: false });
      }
    }
    for (const pl of irregular ?? []) { const p = parsePhrase(pl); if (p) phrases.push(p); }
    if (!phrases.length) continue;
    out.push({ name: namePart.replace(/_/g, ' ').replace(/\s+/g, ' ').trim(), phrases, sectors, prefix, source: `${file}:${i + 1}` });
  }
  return out;
}

function expand(s: string, subst: Map<string, string[]>): string[] {
  const m = s.match(/![A-Z]+!/);
  if (!m) return [s];
  const members = subst.get(m[0]) ?? [];
  return members.flatMap((w) => expand(s.replace(m[0], w), subst));
}
