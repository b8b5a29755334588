// The dyad page: a thin client of the JSON API (GET /api/...). Article text and every string from the corpus is
// untrusted: the DOM is built with createElement and textContent only, never from HTML strings.

const SVG = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);

/** An element with attributes (never event handlers) and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) throw new Error('no handler attributes');
    if (k === 'class') e.className = v; else e.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  return e;
}

function svgEl(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const res = await fetch(path + (q.size ? '?' + q : ''), { headers: { accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${body.error?.code ?? res.status}: ${body.error?.message ?? 'request failed'}`);
  return body;
}

function showError(e) {
  const p = $('error');
  p.textContent = e instanceof Error ? e.message : String(e);
  p.hidden = false;
}

function clearError() { $('error').hidden = true; }

const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

function edgeColor(edge) {
  const share = edge.count ? edge.cooperation / edge.count : 0.5;
  if (share >= 0.67) return 'var(--coop)';
  if (share <= 0.33) return 'var(--conf)';
  return 'var(--mixed)';
}

// ---------- network ----------

const state = { nodes: new Map(), selectedEdge: null };

/** Fruchterman-Reingold layout from deterministic starting points: the same network always looks the same. */
function layout(nodes, edges, w, h) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return { x: w / 2 + (w / 3) * Math.cos(a), y: h / 2 + (h / 3) * Math.sin(a) };
  });
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const k = Math.sqrt((w * h) / Math.max(1, n)) * 0.9;
  let t = w / 10;
  for (let it = 0; it < 250; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01, dy = pos[i].y - pos[j].y || 0.01;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      const a = index.get(e.source), b = index.get(e.target);
      if (a === undefined || b === undefined) continue;
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f;
      disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x = Math.min(w - 40, Math.max(40, pos[i].x + (disp[i].x / d) * Math.min(d, t)));
      pos[i].y = Math.min(h - 25, Math.max(25, pos[i].y + (disp[i].y / d) * Math.min(d, t)));
    }
    t *= 0.98;
  }
  return pos;
}

async function loadNetwork() {
  clearError();
  const net = await api('/api/network', { from: $('net-from').value, to: $('net-to').value, actor: $('net-actor').value.trim(), limit: 300 });
  const svg = $('network');
  svg.replaceChildren();
  const nodes = net.nodes.slice(0, 60); // the busiest actors: more is unreadable
  const keep = new Set(nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  state.nodes = new Map(nodes.map((n) => [n.id, n]));
  if (!nodes.length) {
    svg.append(svgEl('text', { x: 400, y: 280, 'text-anchor': 'middle', fill: '#667' }, 'No events between actors for these filters.'));
    return;
  }
  const pos = layout(nodes, edges, 800, 560);
  const at = new Map(nodes.map((n, i) => [n.id, pos[i]]));
  const pairs = new Set(edges.map((e) => `${e.source}>${e.target}`));
  const gEdges = svgEl('g', { class: 'edges' });
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    // Bend each direction to its own side so A->B and B->A stay apart.
    const bend = pairs.has(`${e.target}>${e.source}`) ? 0.15 : 0.06;
    const mx = (a.x + b.x) / 2 - (b.y - a.y) * bend, my = (a.y + b.y) / 2 + (b.x - a.x) * bend;
    const d = `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`;
    const g = svgEl('g', { class: 'edge-group' });
    const line = svgEl('path', { d, class: 'edge', stroke: edgeColor(e), 'stroke-width': (1.2 + Math.log2(1 + e.count) * 1.4).toFixed(1), 'stroke-opacity': 0.8,
      'data-source': e.source, 'data-target': e.target, 'marker-end': 'url(#arrow)' });
    const hit = svgEl('path', { d, class: 'edge-hit', 'data-source': e.source, 'data-target': e.target });
    const title = svgEl('title', {}, `${state.nodes.get(e.source).name} → ${state.nodes.get(e.target).name}: ${e.count} events (${e.cooperation} cooperation, ${e.conflict} conflict)`);
    g.append(line, hit, title);
    g.addEventListener('click', () => { selectEdge(e, line).catch(showError); });
    gEdges.append(g);
  }
  const defs = svgEl('defs');
  const marker = svgEl('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
  marker.append(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#888' }));
  defs.append(marker);
  const gNodes = svgEl('g', { class: 'nodes' });
  for (const n of nodes) {
    const p = at.get(n.id);
    const g = svgEl('g', { class: 'node', transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`, 'data-id': n.id });
    const right = p.x > 640; // keep labels inside the drawing
    g.append(svgEl('circle', { r: (4 + Math.min(16, Math.sqrt(n.events))).toFixed(1) }),
      svgEl('text', { x: right ? -8 : 8, y: -6, 'text-anchor': right ? 'end' : 'start' }, n.name),
      svgEl('title', {}, `${n.name} (${n.code || 'no code'}, ${n.kind}): ${n.events} events`));
    g.addEventListener('click', () => { $('net-actor').value = n.name; loadNetwork().catch(showError); });
    gNodes.append(g);
  }
  svg.append(defs, gEdges, gNodes);
}

async function selectEdge(edge, line) {
  clearError();
  document.querySelectorAll('#network .edge.selected').forEach((x) => x.classList.remove('selected'));
  line.classList.add('selected');
  const s = state.nodes.get(edge.source), t = state.nodes.get(edge.target);
  const events = await api('/api/events', { sourceEntity: edge.source, targetEntity: edge.target, from: $('net-from').value, to: $('net-to').value, modality: 'asserted', limit: 200 });
  $('events-h').textContent = `Events: ${s.name} → ${t.name} (${events.length})`;
  $('events-hint').hidden = true;
  $('events').replaceChildren(...events.map((ev) => eventItem(ev, () => openArticle(ev.article, ev.id))));
  $('tl-source').value = s.name;
  $('tl-target').value = t.name;
  await loadTimeline();
}

function eventItem(ev, onClick) {
  const b = el('button', { class: 'link', type: 'button', 'data-article': ev.article, 'data-event': ev.id },
    el('span', { class: `code q${ev.quad}` }, ev.cameo), ' ', ev.date ?? 'undated', ' ',
    el('span', { class: 'evq' }, `“${ev.evidenceText}”`), ' — ', ev.articleTitle ?? ev.article);
  b.addEventListener('click', () => { onClick().catch(showError); });
  return el('li', { class: 'event-item' }, b);
}

// ---------- timeline ----------

async function loadTimeline() {
  const source = $('tl-source').value.trim();
  if (!source) return;
  const series = await api('/api/series', { source, target: $('tl-target').value.trim(), interval: $('tl-interval').value, both: $('tl-both').checked ? 'true' : 'false' });
  drawTimeline(series);
}

function drawTimeline(series) {
  const svg = $('timeline');
  svg.replaceChildren();
  const W = 600, H = 220, L = 36, R = 30, T = 12, B = 34;
  if (!series.length) {
    svg.append(svgEl('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', fill: '#667' }, 'No asserted events for this dyad.'));
    return;
  }
  const max = Math.max(...series.map((p) => p.count));
  const bw = (W - L - R) / series.length;
  const y = (v) => T + (H - T - B) * (1 - v / max);
  svg.append(svgEl('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#999' }),
    svgEl('text', { x: L - 4, y: T + 8, 'text-anchor': 'end', 'font-size': 10 }, String(max)),
    svgEl('text', { x: L - 4, y: H - B, 'text-anchor': 'end', 'font-size': 10 }, '0'));
  const colors = ['var(--q1)', 'var(--q2)', 'var(--q3)', 'var(--q4)'];
  const gs = [];
  series.forEach((p, i) => {
    let acc = 0;
    const x = L + i * bw;
    p.quad.forEach((c, q) => {
      if (!c) return;
      const r = svgEl('rect', { x: (x + bw * 0.1).toFixed(1), y: y(acc + c).toFixed(1), width: Math.max(1, bw * 0.8).toFixed(1), height: (y(acc) - y(acc + c)).toFixed(1), fill: colors[q], class: 'bar' });
      r.append(svgEl('title', {}, `${p.period}: ${c} ${QUAD[q + 1]}`));
      svg.append(r);
      acc += c;
    });
    gs.push(`${(x + bw / 2).toFixed(1)},${(T + (H - T - B) * (1 - (p.goldsteinMean + 10) / 20)).toFixed(1)}`);
  });
  svg.append(svgEl('polyline', { points: gs.join(' '), fill: 'none', stroke: '#333', 'stroke-width': 1.5, class: 'goldstein' }),
    svgEl('text', { x: W - R + 4, y: T + 8, 'font-size': 10 }, '+10'), svgEl('text', { x: W - R + 4, y: H - B, 'font-size': 10 }, '−10'),
    svgEl('text', { x: L, y: H - 10, 'font-size': 10 }, series[0].period),
    svgEl('text', { x: W - R, y: H - 10, 'font-size': 10, 'text-anchor': 'end' }, series.at(-1).period));
}

// ---------- article ----------

/** Splits the text at every annotation boundary and wraps each piece in the annotations covering it. */
function renderAnnotated(text, layers) {
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
      if (m.kind === 'quote') node.classList.add('quote');
    }
    node.textContent = piece;
    if (events.length) node.addEventListener('click', () => selectArticleEvent(events[0].id));
    frag.append(node);
  }
  return frag;
}

const current = { stored: null };

async function openArticle(id, eventId) {
  clearError();
  const stored = await api('/api/articles/' + encodeURIComponent(id));
  current.stored = stored;
  const a = stored.article;
  $('article-panel').hidden = false;
  $('article-title').textContent = a.title ?? a.id;
  const meta = [a.date, stored.source, `${a.actors.length} actors, ${a.quotes.length} quotes, ${a.events.length} events`].filter(Boolean).join(' · ');
  $('article-meta').replaceChildren(meta, ...(a.url && /^https?:\/\//.test(a.url) ? [' · ', el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source')] : []));
  const actorName = new Map(a.actors.map((x) => [x.id, x]));
  const layers = [
    { kind: 'mention', spans: a.actors.flatMap((x) => x.mentions.map((m) => ({ ...m, label: `${x.name} (${x.code || 'no code'})` }))) },
    { kind: 'quote', spans: a.quotes.map((q) => ({ ...q.content, id: q.id })) },
    { kind: 'evidence', spans: a.events.map((e) => ({ ...e.evidence, id: e.id })) },
  ];
  $('article-text').replaceChildren(renderAnnotated(a.text, layers));
  $('article-events').replaceChildren(...a.events.map((e) => {
    const b = el('button', { class: 'link', type: 'button', 'data-event': e.id },
      el('span', { class: `code q${e.quad}` }, e.cameo), ' ', actorName.get(e.source)?.name ?? e.sourceCode ?? '?', ' → ',
      actorName.get(e.target)?.name ?? (e.targetCode || '—'), ' ', el('span', { class: 'evq' }, `“${a.text.slice(e.evidence.start, e.evidence.end)}”`),
      e.modality !== 'asserted' ? ` (${e.modality})` : '');
    b.addEventListener('click', () => selectArticleEvent(e.id));
    return el('li', {}, b);
  }));
  $('event-detail').replaceChildren();
  history.replaceState(null, '', '#article=' + encodeURIComponent(id) + (eventId ? '&event=' + encodeURIComponent(eventId) : ''));
  if (eventId) selectArticleEvent(eventId);
  else $('article-panel').scrollIntoView({ block: 'start' });
}

function selectArticleEvent(eventId) {
  const stored = current.stored;
  if (!stored) return;
  const a = stored.article;
  const e = a.events.find((x) => x.id === eventId);
  if (!e) return;
  document.querySelectorAll('#article-text mark.evidence.selected').forEach((m) => m.classList.remove('selected'));
  const marks = [...document.querySelectorAll('#article-text mark.evidence')].filter((m) => m.dataset.events.split(' ').includes(eventId));
  marks.forEach((m) => m.classList.add('selected'));
  marks[0]?.scrollIntoView({ block: 'center' });
  const actor = (id) => a.actors.find((x) => x.id === id);
  const quote = e.quote ? a.quotes.find((q) => q.id === e.quote) : null;
  const cluster = stored.clusters[e.id];
  const row = (k, ...v) => [el('dt', {}, k), el('dd', {}, ...v)];
  const dl = el('dl', {},
    ...row('event', el('span', { class: `code q${e.quad}` }, e.cameo), ` root ${e.root} · ${QUAD[e.quad] ?? ''} · Goldstein ${e.goldstein}`),
    ...row('PLOVER', [e.plover?.event, e.plover?.mode].filter(Boolean).join(' / ') || '—'),
    ...row('source', `${actor(e.source)?.name ?? '—'} (${e.sourceCode || 'no code'})`),
    ...row('target', `${actor(e.target)?.name ?? '—'} (${e.targetCode || 'no code'})`),
    ...row('modality', e.modality),
    ...row('date', e.date ?? a.date ?? 'unknown'),
    ...row('evidence', el('span', { class: 'evq', id: 'evidence-text' }, `“${a.text.slice(e.evidence.start, e.evidence.end)}”`), ` [${e.evidence.start}, ${e.evidence.end})`),
    ...row('rule', el('span', { class: 'code', id: 'event-rule' }, e.rule || '—')),
    ...(quote ? row('in quote', el('span', { class: 'evq' }, `“${a.text.slice(quote.content.start, quote.content.end)}”`)) : []),
    ...(cluster ? row('reported by', `${cluster.numArticles} article(s), ${cluster.numSources} source(s), ${cluster.numMentions} mention(s)`) : []));
  $('event-detail').replaceChildren(el('h3', {}, `Event ${e.id}`), dl);
}

// ---------- search ----------

async function search(q) {
  clearError();
  const r = await api('/api/search', { q, limit: 20 });
  const box = $('search-results');
  box.hidden = false;
  const actors = r.actors.map((x) => {
    const b = el('button', { class: 'link', type: 'button' }, `${x.name} `, el('span', { class: 'code' }, x.code || '—'), ` · ${x.articles} articles, ${x.events} events`);
    b.addEventListener('click', () => {
      $('net-actor').value = x.name;
      $('tl-source').value = x.name;
      $('tl-target').value = '';
      Promise.all([loadNetwork(), loadTimeline()]).catch(showError);
    });
    return el('li', {}, b);
  });
  const articles = r.articles.map((x) => {
    const b = el('button', { class: 'link', type: 'button', 'data-article': x.id }, el('strong', {}, x.title ?? x.id), ` ${x.date ?? ''} — `, el('span', { class: 'hint' }, x.snippet));
    b.addEventListener('click', () => { openArticle(x.id).catch(showError); });
    return el('li', {}, b);
  });
  box.replaceChildren(el('h2', {}, `Search: ${q}`),
    el('h3', {}, `Actors (${actors.length})`), actors.length ? el('ul', {}, ...actors) : el('p', { class: 'hint' }, 'none'),
    el('h3', {}, `Articles (${articles.length})`), articles.length ? el('ul', { id: 'search-articles' }, ...articles) : el('p', { class: 'hint' }, 'none'));
}

// ---------- start ----------

function start() {
  $('net-form').addEventListener('submit', (e) => { e.preventDefault(); loadNetwork().catch(showError); });
  $('net-reset').addEventListener('click', () => { $('net-from').value = ''; $('net-to').value = ''; $('net-actor').value = ''; loadNetwork().catch(showError); });
  $('tl-form').addEventListener('submit', (e) => { e.preventDefault(); loadTimeline().catch(showError); });
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('search-q').value.trim();
    if (q) search(q).catch(showError);
  });
  api('/api/stats').then((s) => { $('stats').textContent = `${s.articles} articles · ${s.events} events · ${s.entities} actors · ${s.clusters} clusters`; }).catch(showError);
  loadNetwork().then(() => { document.body.dataset.ready = 'network'; }).catch(showError);
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('article')) openArticle(hash.get('article'), hash.get('event') ?? undefined).catch(showError);
}

start();
