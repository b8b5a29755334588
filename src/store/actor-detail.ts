import type { Actor } from '../core/types.js';
import type { ActorPartner, ActorReading } from './store.js';

/** How one article coded an actor, with the words each reading came from (shared by both stores). */
export function actorReading(article: { id: string; title: string | null; date: string | null; text: string }, actor: Actor): ActorReading {
  const cut = (start: number, end: number): string => article.text.slice(start, end);
  const ce = actor.codeEvidence;
  const role = actor.role;
  return {
    article: article.id, articleTitle: article.title, date: article.date, localId: actor.id, name: actor.name, code: actor.code,
    codeRule: ce?.rule ?? null,
    codeEvidence: ce ? { start: ce.span.start, end: ce.span.end, text: cut(ce.span.start, ce.span.end) } : null,
    role: role ? { title: role.title, start: role.evidence.start, end: role.evidence.end, text: cut(role.evidence.start, role.evidence.end) } : null,
    mentions: actor.mentions.length,
  };
}

/** The SQL both stores run for an actor's main partners: `?`/`$n` placeholders are filled by the caller, 4 times the entity. */
export const PARTNERS_SQL = (p: (i: number) => string): string => `SELECT other, sum(o) AS o, sum(i) AS i, sum(gs) AS gs, count(*) AS n FROM (
    SELECT target_entity AS other, 1 AS o, 0 AS i, goldstein AS gs FROM events
      WHERE source_entity = ${p(1)} AND target_entity IS NOT NULL AND target_entity <> ${p(2)} AND modality = 'asserted'
    UNION ALL SELECT source_entity AS other, 0 AS o, 1 AS i, goldstein AS gs FROM events
      WHERE target_entity = ${p(3)} AND source_entity IS NOT NULL AND source_entity <> ${p(4)} AND modality = 'asserted') AS x
  GROUP BY other ORDER BY n DESC, other LIMIT 20`;

export function partnerRow(r: Record<string, unknown>, names: Map<number, { name: string; code: string }>): ActorPartner {
  const id = Number(r.other);
  const n = Number(r.n);
  return { id, name: names.get(id)?.name ?? '', code: names.get(id)?.code ?? '', out: Number(r.o), in: Number(r.i), goldsteinMean: Math.round((Number(r.gs) / n) * 1000) / 1000 };
}
