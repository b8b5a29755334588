import type { CodedArticle } from '../api.js';

/** CAMEO code -> name (the bundled CAMEO table), for events without a PLOVER type. */
export type CameoNames = ReadonlyMap<string, string>;

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * `dyad code --format text`: a coded article for people, one line per item. A header with the article's id, date and
 * title; one line per event (`2024-01-31 CHN → RUS 032 AGREE asserted | evidence words`, the date the event's own or
 * the article's, `-` for an uncoded side, the PLOVER type or else the CAMEO name); one per quote with its speaker
 * (`quote <speaker> (<code>): "<words>"`, `unknown speaker` when there is none); one per actor with its code, kind
 * and role. The JSON formats hold the spans and rules; this view shows the words they point at.
 */
export function formatText(a: CodedArticle, names: CameoNames): string {
  const text = a.text;
  const at = (s: { start: number; end: number }): string => oneLine(text.slice(s.start, s.end));
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  const lines: string[] = [`# ${a.id}${a.date ? ' ' + a.date : ''}${a.title ? ' ' + oneLine(a.title) : ''}`];
  for (const e of a.events) {
    const name = e.plover.event ?? names.get(e.cameo) ?? '';
    lines.push(`event ${e.date ?? a.date ?? '----------'} ${e.sourceCode || '-'} → ${e.targetCode || '-'} ${e.cameo}${name ? ' ' + name : ''} ${e.modality} | ${at(e.evidence)}`);
  }
  for (const q of a.quotes) {
    const who = q.speaker ? actors.get(q.speaker) : undefined;
    const speaker = who ? `${oneLine(who.name)}${who.code ? ` (${who.code})` : ''}` : 'unknown speaker';
    lines.push(`quote ${speaker}: ${q.direct ? `"${at(q.content)}"` : at(q.content)}`);
  }
  for (const x of a.actors) {
    lines.push(`actor ${oneLine(x.name)} ${x.code || '-'} ${x.kind}${x.role ? `, ${x.role.title}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
