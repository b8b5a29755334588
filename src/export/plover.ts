import type { Actor, CodedEvent, Place } from '../core/types.js';
import type { StoredArticle } from '../store/store.js';
import { eventDate } from './gdelt.js';

/** Record fields of the PLOVER manual (JSON/JSONL records); an export line uses no other key. */
export const PLOVER_FIELDS = [
  'id', 'has_event', 'date', 'time', 'enddate', 'endtime', 'actor', 'recipient', 'event', 'event_loc', 'event_text', 'quad_code',
  'event_scale', 'mode', 'context', 'link', 'text', 'text_info', 'cite_info', 'coder', 'coded_date', 'coded_time', 'comment',
] as const;
export const PLOVER_ENTITY_FIELDS = ['code', 'sector', 'entity_text', 'identifier_id', 'identifier_text', 'religion', 'ethnicity', 'office', 'gender', 'age'] as const;
export const PLOVER_TEXT_INFO_FIELDS = ['sequence', 'start', 'end', 'text_story'] as const;
export const PLOVER_CITE_INFO_FIELDS = ['corpus', 'citation', 'url', 'title', 'language', 'publication', 'license', 'copyright', 'coder', 'codebook', 'version'] as const;

export interface PloverEntity {
  code: string;
  sector?: string[];
  entity_text?: string;
  identifier_text?: string;
  office?: string;
}

const IGO_LIKE = /^(IGO|NGO|IMG|MNC|UNO|EUR)/;

function entity(actor: Actor | undefined, code: string, text: string): PloverEntity {
  const country = code.slice(0, 3);
  const sectors = IGO_LIKE.test(code) ? [code.slice(3)].filter(Boolean) : code.slice(3).match(/.{3}/g) ?? [];
  const mention = actor?.mentions[0];
  return {
    code: country,
    ...(sectors.length ? { sector: sectors } : {}),
    ...(mention ? { entity_text: text.slice(mention.start, mention.end) } : {}),
    ...(actor ? { identifier_text: actor.name } : {}),
    ...(actor?.role ? { office: actor.role.title } : {}),
  };
}

/**
 * PLOVER's location object (the fields Mordecai 3 / NGEC write) for the event's place: `extracted_place` (the words
 * of its first mention), `resolved_place`, `geonameid`, `lat`, `lon`, `city`, `province` (first-level division),
 * `country` (ISO alpha-3 / CAMEO code), `country_code` (same), `feature_class`, `feature_code`, `resolution`
 * (1 country, 2 province, 3 city), and dyad's `rule` (how the place was attached to the event).
 */
export function ploverLocation(p: Place, text: string, rule: string | undefined): Record<string, unknown> {
  const m = p.mentions[0];
  const fc = p.featureCode;
  const resolution = fc === 'PCLI' ? 1 : fc === 'ADM1' ? 2 : fc.startsWith('PPL') ? 3 : null;
  return {
    ...(m ? { extracted_place: text.slice(m.start, m.end) } : {}), resolved_place: p.name, geonameid: p.geonameid, lat: p.lat, lon: p.lon,
    ...(fc.startsWith('PPL') ? { city: p.name } : {}), ...(p.admin1 ? { province: p.admin1 } : fc === 'ADM1' ? { province: p.name } : {}),
    country: p.country, country_code: p.country, feature_class: fc === 'PCLI' || fc === 'ADM1' ? 'A' : fc === 'CONT' ? 'L' : 'P', feature_code: fc,
    ...(resolution ? { resolution } : {}), ...(rule ? { rule } : {}),
  };
}

/**
 * One PLOVER record for an event, or null when PLOVER has no category for it (CAMEO 01/02 statements and appeals)
 * or it has no date (PLOVER requires one).
 */
export function ploverRecord(stored: StoredArticle, ev: CodedEvent, version: string, codedAt: string): Record<string, unknown> | null {
  const a = stored.article;
  const date = eventDate(a, ev);
  if (!ev.plover?.event || !date) return null;
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  const sentence = a.sentences[ev.sentence];
  return {
    id: `${a.id}:${ev.id}`,
    has_event: true,
    date,
    actor: [entity(ev.source ? actors.get(ev.source) : undefined, ev.sourceCode, a.text)],
    recipient: ev.target || ev.targetCode ? [entity(ev.target ? actors.get(ev.target) : undefined, ev.targetCode, a.text)] : [],
    event: [ev.plover.event],
    ...(ev.place && placeOf(a.places, ev.place) ? { event_loc: ploverLocation(placeOf(a.places, ev.place)!, a.text, ev.placeRule) } : {}),
    event_text: a.text.slice(ev.evidence.start, ev.evidence.end),
    quad_code: ev.quad,
    mode: ev.plover.mode ? [ev.plover.mode] : [],
    context: ev.plover.context ? [ev.plover.context] : [],
    ...(sentence ? { text: a.text.slice(sentence.start, sentence.end) } : {}),
    text_info: { sequence: ev.sentence, start: ev.evidence.start, end: ev.evidence.end },
    cite_info: {
      ...(a.url ? { url: a.url } : {}), ...(a.title ? { title: a.title } : {}), ...(stored.source ? { publication: stored.source } : {}),
      language: 'en', coder: 'dyad', codebook: 'PLOVER (translated from CAMEO ' + ev.cameo + ')', version,
    },
    coder: 'dyad',
    coded_date: codedAt.slice(0, 10),
    coded_time: codedAt.slice(11, 19),
    ...(ev.modality !== 'asserted' ? { comment: `modality: ${ev.modality}` } : {}),
  };
}

const placeOf = (places: Place[] | undefined, id: string): Place | undefined => places?.find((p) => p.id === id);
