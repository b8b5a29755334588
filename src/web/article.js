// The article view: the stored text with actors, quotes and event evidence marked; each event with its evidence and rule;
// each quote with its speaker. Text is inserted as text nodes only.
import { $, api, el, QUAD, clearError } from './dom.js';

/** Splits the text at every annotation boundary and wraps each piece in the annotations covering it. */
function renderAnnotated(text, layers, onEvent) {
  const marks = [];
  for (const l of layers) for (const s of l.spans) if (s.end > s.start && s.start >= 0 && s.end <= text.length) marks.push({ ...s, kind: l.kind });
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  for (const m of marks) { if (!starts.has(m.start)) starts.set(m.start, []); starts.get(m.start).push(m); }
  const active = new Set();
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    for (const m of starts.get(a) ?? []) active.add(m);
    for (const m of [...active]) if (m.end <= a) active.delete(m);
    const piece = text.slice(a, b);
    const covering = [...active].filter((m) => m.start <= a && m.end >= b);
    if (!covering.length) { frag.append(document.createTextNode(piece)); continue; }
    const events = covering.filter((m) => m.kind === 'evidence');
    const node = events.length ? el('mark', { class: 'evidence', 'data-events': events.map((m) => m.id).join(' ') }) : el('span');
    for (const m of covering) {
      if (m.kind === 'mention') { node.classList.add('mention'); node.title = m.label; }
      if (m.kind === 'quote') { node.classList.add('quote'); if (!node.title) node.title = m.label; }
    }
    node.textContent = piece;
    if (events.length) node.addEventListener('click', () => onEvent(events[0].id));
    frag.append(node);
  }
  return frag;
}

let current = null;

export async function openArticle(id, eventId) {
  clearError();
  const stored = await api('/api/articles/' + encodeURIComponent(id));
  current = stored;
  const a = stored.article;
  $('article-panel').hidden = false;
  $('article-title').textContent = a.title ?? a.id;
  const meta = [a.date, stored.source, `${a.actors.length} actors, ${a.quotes.length} quotes, ${a.events.length} events`].filter(Boolean).join(' · ');
  $('article-meta').replaceChildren(meta, ...(a.url && /^https?:\/\//.test(a.url) ? [' · ', el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source')] : []));
  const actor = new Map(a.actors.map((x) => [x.id, x]));
  const speakerOf = (q) => (q.speaker ? actor.get(q.speaker)?.name ?? q.speaker : 'unknown speaker');
  const layers = [
    { kind: 'mention', spans: a.actors.flatMap((x) => x.mentions.map((m) => ({ ...m, label: `${x.name} (${x.code || 'no code'})` }))) },
    { kind: 'quote', spans: a.quotes.map((q) => ({ ...q.content, id: q.id, label: `quote by ${speakerOf(q)}` })) },
    { kind: 'evidence', spans: a.events.map((e) => ({ ...e.evidence, id: e.id })) },
  ];
  $('article-text').replaceChildren(renderAnnotated(a.text, layers, selectArticleEvent));
  $('article-events').replaceChildren(...a.events.map((e) => {
    const b = el('button', { class: 'link', type: 'button', 'data-event': e.id },
      el('span', { class: `code q${e.quad}` }, e.cameo), ' ', actor.get(e.source)?.name ?? e.sourceCode ?? '?', ' → ',
      actor.get(e.target)?.name ?? (e.targetCode || '—'), ' ', el('span', { class: 'evq' }, `“${a.text.slice(e.evidence.start, e.evidence.end)}”`),
      e.modality !== 'asserted' ? ` (${e.modality})` : '');
    b.addEventListener('click', () => selectArticleEvent(e.id));
    return el('li', {}, b);
  }));
  // Quotes always with their speaker.
  $('article-quotes').replaceChildren(...(a.quotes.length ? a.quotes.map((q) => el('li', { class: 'quote-item' },
    el('span', { class: 'speaker' }, speakerOf(q)), q.hearer && actor.get(q.hearer) ? ` to ${actor.get(q.hearer).name}` : '', ': ',
    el('span', { class: 'evq' }, q.direct ? `“${a.text.slice(q.content.start, q.content.end)}”` : a.text.slice(q.content.start, q.content.end))))
    : [el('li', { class: 'hint' }, 'No quotes.')]));
  $('event-detail').replaceChildren();
  if (eventId) selectArticleEvent(eventId);
  else $('article-panel').scrollIntoView({ block: 'start' });
  return stored;
}

export function selectArticleEvent(eventId) {
  if (!current) return;
  const a = current.article;
  const e = a.events.find((x) => x.id === eventId);
  if (!e) return;
  document.querySelectorAll('#article-text mark.evidence.selected').forEach((m) => m.classList.remove('selected'));
  const marks = [...document.querySelectorAll('#article-text mark.evidence')].filter((m) => m.dataset.events.split(' ').includes(eventId));
  marks.forEach((m) => m.classList.add('selected'));
  marks[0]?.scrollIntoView({ block: 'center' });
  const actor = (id) => a.actors.find((x) => x.id === id);
  const quote = e.quote ? a.quotes.find((q) => q.id === e.quote) : null;
  const place = e.place && Array.isArray(a.places) ? a.places.find((p) => p.id === e.place) : null;
  const cluster = current.clusters[e.id];
  const row = (k, ...v) => [el('dt', {}, k), el('dd', {}, ...v)];
  const dl = el('dl', {},
    ...row('event', el('span', { class: `code q${e.quad}` }, e.cameo), ` root ${e.root} · ${QUAD[e.quad] ?? ''} · Goldstein ${e.goldstein}`),
    ...row('PLOVER', [e.plover?.event, e.plover?.mode].filter(Boolean).join(' / ') || '—'),
    ...row('source', `${actor(e.source)?.name ?? '—'} (${e.sourceCode || 'no code'})`),
    ...row('target', `${actor(e.target)?.name ?? '—'} (${e.targetCode || 'no code'})`),
    ...row('modality', e.modality),
    ...row('date', e.date ?? a.date ?? 'unknown'),
    ...(place ? row('place', `${place.name}${place.country ? ` (${place.country})` : ''}`) : []),
    ...row('evidence', el('span', { class: 'evq', id: 'evidence-text' }, `“${a.text.slice(e.evidence.start, e.evidence.end)}”`), ` [${e.evidence.start}, ${e.evidence.end})`),
    ...row('rule', el('span', { class: 'code', id: 'event-rule' }, e.rule || '—')),
    ...(quote ? row('in quote', `${quote.speaker ? actor(quote.speaker)?.name ?? '?' : 'unknown speaker'}: `, el('span', { class: 'evq' }, `“${a.text.slice(quote.content.start, quote.content.end)}”`)) : []),
    ...(cluster ? row('reported by', `${cluster.numArticles} article(s), ${cluster.numSources} source(s), ${cluster.numMentions} mention(s)`) : []));
  $('event-detail').replaceChildren(el('h3', {}, `Event ${e.id}`), dl);
}
