import type { ActorEntry, DatedCode } from './actors.js';
import type { AgentEntry } from './agents.js';
import type { PhraseKey } from './phrase.js';

/** Parsed actor and agent dictionaries, as `loadActorDictionaries` returns them. */
export interface ActorDictionaries {
  actors: Array<{ file: string; entries: ActorEntry[] }>;
  agents: Array<{ file: string; entries: AgentEntry[] }>;
}

/**
 * A compact JSON form of parsed dictionaries, written at build time so start-up reads one JSON file instead of
 * tokenizing 2 MB of dictionary text: a phrase is its tokens joined by spaces (`*` appended for a stem), a code
 * `CODE|from|to`.
 */
type CompactActor = [name: string, source: string, phrases: string[], codes: string[], person?: 0 | 1, surnames?: string[]];
type CompactAgent = [name: string, source: string, phrases: string[], sectors: string[], prefix: 0 | 1];
export interface CompiledDictionaries {
  version: 2;
  actors: Array<{ file: string; entries: CompactActor[] }>;
  agents: Array<{ file: string; entries: CompactAgent[] }>;
}

export const packPhrase = (p: PhraseKey): string => p.tokens.join(' ') + (p.stem ? '*' : '');
export const unpackPhrase = (s: string): PhraseKey => (s.endsWith('*') ? { tokens: s.slice(0, -1).split(' '), stem: true } : { tokens: s.split(' '), stem: false });
export const packCode = (c: DatedCode): string => `${c.code}|${c.from ?? ''}|${c.to ?? ''}`;
export function unpackCode(s: string): DatedCode {
  // CODE|from|to, read with indexOf (no array per code: start-up unpacks ~40,000 of them)
  const a = s.indexOf('|');
  const b = a < 0 ? -1 : s.indexOf('|', a + 1);
  const c: DatedCode = { code: a < 0 ? s : s.slice(0, a) };
  const from = a < 0 ? '' : b < 0 ? s.slice(a + 1) : s.slice(a + 1, b);
  const to = b < 0 ? '' : s.slice(b + 1);
  if (from) c.from = from;
  if (to) c.to = to;
  return c;
}

export function compileDictionaries(d: ActorDictionaries): CompiledDictionaries {
  return {
    version: 2,
    actors: d.actors.map(({ file, entries }) => ({ file, entries: entries.map((e): CompactActor => {
      const c: CompactActor = [e.name, e.source, e.phrases.map(packPhrase), e.codes.map(packCode)];
      if (e.person || e.surnames?.length) c.push(e.person ? 1 : 0);
      if (e.surnames?.length) c.push(e.surnames);
      return c;
    }) })),
    agents: d.agents.map(({ file, entries }) => ({ file, entries: entries.map((a): CompactAgent => [a.name, a.source, a.phrases.map(packPhrase), a.sectors, a.prefix ? 1 : 0]) })),
  };
}

/** The actor and agent sources the lexicon is built from: as `ActorDictionaries`, each file's entries any iterable. */
export interface ActorSources {
  actors: Array<{ file: string; entries: Iterable<ActorEntry> }>;
  agents: Array<{ file: string; entries: Iterable<AgentEntry> }>;
}

const unpackActor = ([name, source, phrases, codes, person, surnames]: CompactActor): ActorEntry => ({ name, source, phrases: phrases.map(unpackPhrase), codes: codes.map(unpackCode),
  ...(person ? { person: true } : {}), ...(surnames ? { surnames } : {}) });
const unpackAgent = ([name, source, phrases, sectors, prefix]: CompactAgent): AgentEntry => ({ name, source, phrases: phrases.map(unpackPhrase), sectors, prefix: prefix === 1 });

export function expandDictionaries(c: CompiledDictionaries): ActorDictionaries {
  return {
    actors: c.actors.map(({ file, entries }) => ({ file, entries: entries.map(unpackActor) })),
    agents: c.agents.map(({ file, entries }) => ({ file, entries: entries.map(unpackAgent) })),
  };
}

/** Each element of `xs` unpacked by `f` when the iteration reaches it (every iteration anew). */
function unpacked<A, B>(xs: readonly A[], f: (a: A) => B): Iterable<B> {
  return { *[Symbol.iterator]() { for (const x of xs) yield f(x); } };
}

/**
 * `expandDictionaries` unpacking each entry only when the reader reaches it: the lexicon build keeps a small part of
 * each entry (its codes), so the rest dies young instead of 30,000 entries surviving into the old generation first
 * (start-up time of dyad code, docs/speed.md).
 */
export function streamDictionaries(c: CompiledDictionaries): ActorSources {
  return {
    actors: c.actors.map(({ file, entries }) => ({ file, entries: unpacked(entries, unpackActor) })),
    agents: c.agents.map(({ file, entries }) => ({ file, entries: unpacked(entries, unpackAgent) })),
  };
}
