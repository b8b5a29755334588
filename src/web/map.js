// The map: events as points coloured by quad class on Natural Earth country outlines (world-atlas, drawn by Observable
// Plot's projection; no tile server). Each point links to its evidence in its article. Reads GET /api/places (the places
// branch); when the server has no such endpoint (404) the panel says so and stays out of the way.
import { $, api, el, QUAD, QUAD_COLOR, withoutInlineStyle } from './dom.js';

let world = null;

async function outlines() {
  world ??= fetch('/vendor/countries-110m.json').then((r) => r.json())
    .then((topo) => ({ land: window.topojson.feature(topo, topo.objects.countries), borders: window.topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b) }));
  return world;
}

/** Draws the events of GET /api/places for the filters; returns 'drawn', 'empty' or 'missing' (no endpoint). */
export async function drawMap(filters, onEvent) {
  const box = $('map');
  let data;
  try {
    data = await api('/api/places', { from: filters.from, to: filters.to, country: filters.country, limit: 500 });
  } catch (e) {
    if (e.status === 404) {
      box.replaceChildren(el('p', { class: 'hint empty' }, 'No map data: this server has no places endpoint.'));
      $('map-panel').dataset.state = 'missing';
      return 'missing';
    }
    throw e;
  }
  const events = (data.events ?? []).filter((e) => Number.isFinite(e.lat) && Number.isFinite(e.lon));
  const { land, borders } = await outlines();
  const width = Math.max(300, box.clientWidth || 600);
  const chart = window.Plot.plot({
    width, height: Math.round(width * 0.52), projection: 'equal-earth', ariaLabel: 'Events on a world map by quad class',
    color: { type: 'ordinal', domain: [1, 2, 3, 4], range: [QUAD_COLOR[1], QUAD_COLOR[2], QUAD_COLOR[3], QUAD_COLOR[4]] },
    marks: [
      window.Plot.sphere({ stroke: '#ccd' }),
      window.Plot.geo(land, { fill: '#eef0f4', stroke: '#c8ccd6', strokeWidth: 0.5 }),
      window.Plot.geo(borders, { stroke: '#c8ccd6', strokeWidth: 0.5 }),
      window.Plot.dot(events, { x: 'lon', y: 'lat', r: 4, fill: 'quad', stroke: '#fff', strokeWidth: 0.7,
        title: (e) => `${e.date ?? 'undated'} ${e.sourceCode} → ${e.targetCode || '—'} ${e.cameo} (${QUAD[e.quad]}) at ${e.placeName}: ${e.evidence}`,
        href: (e) => `#article=${encodeURIComponent(e.articleId)}&event=${encodeURIComponent(e.eventId)}` }),
    ],
  });
  chart.classList.add('world-map');
  box.replaceChildren(withoutInlineStyle(chart));
  chart.addEventListener('click', (ev) => {
    const a = ev.target.closest('a');
    if (!a) return;
    ev.preventDefault();
    const h = new URLSearchParams((a.getAttribute('href') ?? '').replace(/^#/, ''));
    onEvent(h.get('article'), h.get('event'));
  });
  $('map-panel').dataset.state = events.length ? 'drawn' : 'empty';
  $('map-count').textContent = `${events.length} events at ${(data.places ?? []).length} places`;
  if (!events.length) box.append(el('p', { class: 'hint empty' }, 'No located events for these filters.'));
  return events.length ? 'drawn' : 'empty';
}
