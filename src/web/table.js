// The event table for the current filter (and the open edge, bar or actor): date, source -> target, CAMEO code and name,
// modality, place, the evidence sentence (the evidence words marked), the article. Sorted by the server (a header
// button), so the export buttons ask GET /api/export with exactly the table's parameters and get exactly its rows.
import { $, api, cameoName, el, loadCameoNames, query, QUAD } from './dom.js';

export const LIMIT = 200;
const COLUMNS = [
  ['date', 'Date', 'date'], ['dyad', 'Source → target', 'source'], ['code', 'Event', 'code'], ['modality', 'Modality', 'modality'],
  ['place', 'Place', null], ['evidence', 'Evidence', null], ['article', 'Article', 'article'],
];

/** The sentence with the evidence words marked (text nodes and a <mark>, never markup). */
function evidenceCell(ev) {
  const s = ev.sentenceText || ev.evidenceText;
  const at = s.indexOf(ev.evidenceText);
  if (at < 0 || !ev.evidenceText) return el('td', { class: 'evidence-cell' }, s);
  return el('td', { class: 'evidence-cell' }, s.slice(0, at), el('mark', {}, ev.evidenceText), s.slice(at + ev.evidenceText.length));
}

/**
 * Loads and draws the table. `params` are the GET /api/events parameters (filters and selection); `sort`/`order` the
 * column. `onOpen(ev)` opens an event in its article; `onSort(column)` re-sorts.
 */
export async function drawTable(params, sort, order, { onOpen, onSort, onActor }) {
  const full = { ...params, sort, order, limit: LIMIT };
  const [rows] = await Promise.all([api('/api/events', full), loadCameoNames()]);
  const head = el('tr', {}, ...COLUMNS.map(([key, label, sortKey]) => {
    if (!sortKey) return el('th', { scope: 'col' }, label);
    const active = sort === sortKey;
    const b = el('button', { type: 'button', class: 'sort', 'data-sort': sortKey, 'aria-label': `sort by ${label.toLowerCase()}` },
      label, active ? (order === 'desc' ? ' ▼' : ' ▲') : '');
    b.addEventListener('click', () => onSort(sortKey));
    return el('th', { scope: 'col', 'aria-sort': active ? (order === 'desc' ? 'descending' : 'ascending') : 'none' }, b);
  }));
  const body = await Promise.all(rows.map(async (ev) => {
    const open = el('button', { type: 'button', class: 'link', 'data-article': ev.article, 'data-event': ev.id }, ev.articleTitle ?? ev.article);
    open.addEventListener('click', () => onOpen(ev));
    const who = (name, code, entity) => {
      if (!entity) return el('span', {}, name ?? (code || '—'));
      const b = el('button', { type: 'button', class: 'link inline', 'data-entity': entity }, name ?? code);
      b.addEventListener('click', () => onActor(entity));
      return b;
    };
    return el('tr', { 'data-article': ev.article, 'data-event': ev.id },
      el('td', { class: 'nowrap' }, ev.date ?? 'undated'),
      el('td', {}, who(ev.source, ev.sourceCode, ev.sourceEntity), ' → ', who(ev.target, ev.targetCode, ev.targetEntity)),
      el('td', {}, el('span', { class: `code q${ev.quad}`, title: QUAD[ev.quad] }, ev.cameo), ' ', await cameoName(ev.cameo)),
      el('td', {}, ev.modality),
      el('td', {}, ev.place ? ev.place.name : ''),
      evidenceCell(ev),
      el('td', {}, open));
  }));
  $('events-table').replaceChildren(el('thead', {}, head), el('tbody', {}, ...body));
  $('events-count').textContent = rows.length === LIMIT ? `first ${LIMIT} events` : `${rows.length} event${rows.length === 1 ? '' : 's'}`;
  $('events-empty').hidden = rows.length > 0;
  for (const format of ['csv', 'gdelt', 'plover']) {
    const a = $(`export-${format}`);
    a.href = '/api/export' + query({ format, ...full });
  }
  return rows;
}

export { QUAD };
