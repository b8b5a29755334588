// The dyad page: a thin client of the JSON API (GET /api/...). One filter bar drives the network, the event table and
// the map; an edge, a timeline bar or an actor narrows the table. Every string from the corpus is inserted as text.
import { $, api, button, clearError, el, showError } from './dom.js';
import { drawNetwork, fit, markEdge, zoom } from './network.js';
import { drawTimeline } from './timeline.js';
import { drawTable } from './table.js';
import { drawActor } from './actor.js';
import { openArticle } from './article.js';
import { drawMap } from './map.js';
import { startAlerts } from './alerts.js';

const state = {
  filters: { modality: 'asserted' },
  /** What narrows the table beyond the filters: {label, params} of an edge, a bar or an actor. */
  selection: null,
  sort: 'date', order: 'asc',
  /** The timeline's subject: {kind: 'dyad', source, target, both, label} or {kind: 'entity', entity, label}. */
  scope: null,
};

const FILTERS = ['from', 'to', 'code', 'quad', 'modality', 'actor', 'country', 'place'];

function readFilters() {
  const f = {};
  for (const k of FILTERS) {
    const v = $(`f-${k}`).value.trim();
    if (v) f[k] = k === 'country' ? v.toUpperCase() : v;
  }
  return f;
}

const busy = (name) => { document.body.dataset[name] = 'loading'; };
const done = (name) => { document.body.dataset[name] = 'ready'; };

async function loadNetwork() {
  busy('network');
  const f = state.filters;
  const net = await api('/api/network', { ...f, limit: 400 });
  await drawNetwork(net, { onEdge: openEdge, onNode: (n) => openActor(n.id) });
  if (!state.scope && net.nodes.length) {
    const top = net.nodes[0];
    state.scope = { kind: 'entity', entity: top.id, label: top.name };
  }
  done('network');
}

async function loadTable() {
  busy('table');
  const params = { ...state.filters, ...(state.selection?.params ?? {}) };
  $('events-h').textContent = state.selection ? `Events: ${state.selection.label}` : 'Events for the filters';
  $('selection-clear').hidden = !state.selection;
  await drawTable(params, state.sort, state.order, {
    onOpen: (ev) => openEvent(ev.article, ev.id),
    onSort: (col) => {
      state.order = state.sort === col && state.order === 'asc' ? 'desc' : 'asc';
      state.sort = col;
      loadTable().then(() => $('events-table').querySelector(`button[data-sort="${col}"]`)?.focus()).catch(showError);
    },
    onActor: (id) => openActor(id),
  });
  done('table');
}

async function loadTimeline() {
  busy('timeline');
  $('timeline-h').textContent = state.scope ? `Timeline: ${state.scope.label}` : 'Timeline';
  await drawTimeline($('timeline'), state.scope, $('tl-interval').value, state.filters, (bar) => {
    const base = state.scope.kind === 'entity' ? { entity: state.scope.entity } : { source: state.scope.source, target: state.scope.target, both: state.scope.both ? 'true' : 'false' };
    state.selection = { label: `${state.scope.label}, ${bar.from}${bar.to !== bar.from ? ` – ${bar.to}` : ''}, quad class ${bar.quad}`,
      params: { ...base, from: bar.from, to: bar.to, quad: bar.quad } };
    loadTable().then(() => $('events-panel').scrollIntoView({ block: 'nearest' })).catch(showError);
  });
  done('timeline');
}

async function loadMap() {
  busy('map');
  await drawMap(state.filters, (article, event) => openEvent(article, event));
  done('map');
}

/** An edge of the network: its events in the table, its dyad on the timeline. */
async function openEdge(edge, nodes) {
  clearError();
  const s = nodes.get(edge.source), t = nodes.get(edge.target);
  markEdge(edge.source, edge.target);
  state.selection = { label: `${s.name} → ${t.name}`, params: { sourceEntity: edge.source, targetEntity: edge.target } };
  state.scope = { kind: 'dyad', source: s.name, target: t.name, both: false, label: `${s.name} → ${t.name}` };
  await Promise.all([loadTable(), loadTimeline()]);
}

async function openActor(id) {
  clearError();
  busy('actor');
  $('actor-page').hidden = false;
  const nav = {
    article: (a) => openEvent(a),
    event: (ev) => openEvent(ev.article, ev.id),
    actor: (other) => openActor(other),
    dyad: (a, p) => {
      state.selection = { label: `${a.name} ↔ ${p.name}`, params: { sourceEntity: a.id, targetEntity: p.id, both: 'true' } };
      return loadTable().then(() => $('events-panel').scrollIntoView({ block: 'start' }));
    },
  };
  const detail = await drawActor(id, nav);
  history.replaceState(null, '', '#actor=' + id);
  state.scope = { kind: 'entity', entity: detail.actor.id, label: detail.actor.name };
  state.selection = { label: `${detail.actor.name} (either side)`, params: { entity: detail.actor.id } };
  await Promise.all([drawTimeline($('actor-timeline'), state.scope, $('tl-interval').value, state.filters, (bar) => {
    state.selection = { label: `${detail.actor.name}, ${bar.from} – ${bar.to}, quad class ${bar.quad}`, params: { entity: detail.actor.id, from: bar.from, to: bar.to, quad: bar.quad } };
    loadTable().then(() => $('events-panel').scrollIntoView({ block: 'start' })).catch(showError);
  }), loadTimeline(), loadTable()]);
  $('actor-page').scrollIntoView({ block: 'start' });
  $('actor-name').focus();
  done('actor');
}

async function openEvent(article, event) {
  await openArticle(article, event);
  history.replaceState(null, '', '#article=' + encodeURIComponent(article) + (event ? '&event=' + encodeURIComponent(event) : ''));
  done('article');
}

async function search(q) {
  clearError();
  const [r, quotes] = await Promise.all([api('/api/search', { q, limit: 20 }), api('/api/quotes', { speaker: q, limit: 10 })]);
  const box = $('search-results');
  box.hidden = false;
  const actors = r.actors.map((x) => el('li', {}, button([`${x.name} `, el('span', { class: 'code' }, x.code || '—'), ` · ${x.articles} articles, ${x.events} events`],
    () => openActor(x.id), { class: 'link', 'data-entity': x.id })));
  const articles = r.articles.map((x) => el('li', {}, button([el('strong', {}, x.title ?? x.id), ` ${x.date ?? ''} — `, el('span', { class: 'hint' }, x.snippet)],
    () => openEvent(x.id), { class: 'link', 'data-article': x.id })));
  const said = quotes.map((x) => el('li', { class: 'quote-item' }, el('span', { class: 'speaker' }, x.speaker ?? 'unknown speaker'),
    x.hearer ? ` to ${x.hearer}` : '', ': ', button(x.direct ? `“${x.contentText}”` : x.contentText, () => openEvent(x.article), { class: 'link inline evq' })));
  box.replaceChildren(el('h2', {}, `Search: ${q}`), button('Close', () => { box.hidden = true; }, { class: 'close' }),
    el('h3', {}, `Actors (${actors.length})`), actors.length ? el('ul', { id: 'search-actors' }, ...actors) : el('p', { class: 'hint' }, 'none'),
    el('h3', {}, `Quotes by “${q}” (${said.length})`), said.length ? el('ul', { id: 'search-quotes' }, ...said) : el('p', { class: 'hint' }, 'none'),
    el('h3', {}, `Articles (${articles.length})`), articles.length ? el('ul', { id: 'search-articles' }, ...articles) : el('p', { class: 'hint' }, 'none'));
  box.querySelector('button')?.focus();
}

async function applyFilters() {
  clearError();
  state.filters = readFilters();
  state.selection = null;
  await Promise.all([loadNetwork().then(loadTimeline), loadTable(), loadMap().catch(showError)]);
}

async function rootOptions() {
  const { names } = await api('/api/cameo');
  const sel = $('f-code');
  for (let r = 1; r <= 20; r++) {
    const code = String(r).padStart(2, '0');
    sel.append(el('option', { value: code }, `${code} ${(names[code] ?? '').toLowerCase()}`));
  }
}

function start() {
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); applyFilters().catch(showError); });
  $('filters-reset').addEventListener('click', () => {
    for (const k of FILTERS) $(`f-${k}`).value = k === 'modality' ? 'asserted' : '';
    applyFilters().catch(showError);
  });
  $('selection-clear').addEventListener('click', () => { state.selection = null; loadTable().catch(showError); });
  $('tl-interval').addEventListener('change', () => {
    loadTimeline().catch(showError);
    if (!$('actor-page').hidden && state.scope?.kind === 'entity') openActor(state.scope.entity).catch(showError);
  });
  $('zoom-in').addEventListener('click', () => zoom(1.4));
  $('zoom-out').addEventListener('click', () => zoom(1 / 1.4));
  $('zoom-fit').addEventListener('click', () => fit());
  $('actor-close').addEventListener('click', () => { $('actor-page').hidden = true; history.replaceState(null, '', '#'); });
  $('article-close').addEventListener('click', () => { $('article-panel').hidden = true; history.replaceState(null, '', '#'); });
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('search-q').value.trim();
    if (q) search(q).catch(showError);
  });
  api('/api/stats').then((s) => { $('stats').textContent = `${s.articles} articles · ${s.events} events · ${s.entities} actors`; }).catch(showError);
  rootOptions().catch(showError);
  state.filters = readFilters();
  loadNetwork().then(loadTimeline).catch(showError);
  loadTable().catch(showError);
  loadMap().catch(showError);
  startAlerts((article, event) => openEvent(article, event)).then(() => done('alerts')).catch(showError);
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('article')) openEvent(hash.get('article'), hash.get('event') ?? undefined).catch(showError);
  if (hash.get('actor')) openActor(Number(hash.get('actor'))).catch(showError);
}

start();
