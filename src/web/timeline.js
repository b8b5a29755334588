// Time on a true time axis (Observable Plot): stacked events per quad class per day/week/month, and the mean Goldstein
// of each period below it. Periods without events are empty space on the axis (and breaks in the Goldstein line), so
// gaps are visible. Each bar is a link (keyboard reachable): following it opens that period's events of that quad class.
import { $, api, QUAD, QUAD_COLOR, goldsteinColor, periodEnd, withoutInlineStyle, el } from './dom.js';

const INTERVALS = () => ({ day: window.d3.utcDay, week: window.d3.utcMonday, month: window.d3.utcMonth });

/** Params of GET /api/series (and /api/events) for a timeline scope: a dyad by names, or one actor (entity) either side. */
export function scopeParams(scope) {
  if (!scope) return null;
  return scope.kind === 'entity' ? { entity: scope.entity } : { source: scope.source, target: scope.target, both: scope.both ? 'true' : 'false' };
}

/**
 * Draws the timeline of `scope` into `box` (an element holding a heading and two charts). `onBar({from, to, quad})`
 * opens a bar's events. Returns the series drawn.
 */
export async function drawTimeline(box, scope, interval, filters, onBar) {
  const params = scopeParams(scope);
  box.replaceChildren();
  if (!params) { box.append(el('p', { class: 'hint' }, 'Click an edge or an actor.')); return []; }
  const series = await api('/api/series', { ...params, interval, from: filters.from, to: filters.to, modality: filters.modality, code: filters.code });
  if (!series.length) { box.append(el('p', { class: 'hint empty' }, `No ${filters.modality ?? 'asserted'} events for ${scope.label}.`)); return series; }
  const iv = INTERVALS()[interval];
  const day = (s) => new Date(s + 'T00:00:00Z');
  const rows = [];
  for (const p of series) {
    p.quad.forEach((count, i) => {
      if (count) rows.push({ date: day(p.period), period: p.period, quad: i + 1, name: QUAD[i + 1], count });
    });
  }
  const first = day(series[0].period);
  const last = iv.offset(day(series.at(-1).period), 1);
  const means = new Map(series.map((p) => [p.period, p.goldsteinMean]));
  // Every period from the first to the last, empty ones as gaps in the line.
  const line = iv.range(first, last).map((d) => {
    const period = d.toISOString().slice(0, 10);
    return { date: new Date((+d + +iv.offset(d, 1)) / 2), mean: means.has(period) ? means.get(period) : NaN, period };
  });
  const width = Math.max(300, box.clientWidth || 600);
  const x = { type: 'utc', domain: [first, last], label: null };
  const bars = window.Plot.plot({
    width, height: 190, marginLeft: 40, x, y: { label: 'events', grid: true, nice: true },
    color: { type: 'ordinal', domain: [1, 2, 3, 4], range: [QUAD_COLOR[1], QUAD_COLOR[2], QUAD_COLOR[3], QUAD_COLOR[4]] },
    ariaLabel: `Events per ${interval} by quad class: ${scope.label}`,
    marks: [
      window.Plot.rectY(rows, { x: 'date', interval: iv, y: 'count', fill: 'quad', insetLeft: 0.5, insetRight: 0.5,
        title: (d) => `${d.period}: ${d.count} ${d.name}`, href: (d) => `#bar=${d.period}/${d.quad}`, ariaLabel: 'bars' }),
      window.Plot.ruleY([0]),
    ],
  });
  const gold = window.Plot.plot({
    width, height: 110, marginLeft: 40, x, y: { domain: [-10, 10], label: 'mean Goldstein', grid: true, ticks: [-10, -5, 0, 5, 10] },
    marks: [
      window.Plot.ruleY([0], { stroke: '#999' }),
      window.Plot.lineY(line, { x: 'date', y: 'mean', stroke: '#333', strokeWidth: 1.5 }),
      window.Plot.dot(line.filter((d) => !Number.isNaN(d.mean)), { x: 'date', y: 'mean', r: 3, fill: (d) => goldsteinColor(d.mean), title: (d) => `${d.period}: mean Goldstein ${d.mean}` }),
    ],
  });
  bars.classList.add('timeline-bars');
  gold.classList.add('timeline-goldstein');
  box.append(withoutInlineStyle(bars), withoutInlineStyle(gold));
  bars.addEventListener('click', (e) => {
    const a = e.target.closest('a');
    if (!a) return;
    e.preventDefault();
    const m = /#bar=(\d{4}-\d{2}-\d{2})\/(\d)/.exec(a.getAttribute('href') ?? '');
    if (m) onBar({ from: m[1], to: periodEnd(m[1], interval), quad: Number(m[2]) });
  });
  return series;
}

/** The legend of quad classes (HTML, shared by the timeline and the map). */
export function quadLegend() {
  return el('p', { class: 'legend' }, ...[1, 2, 3, 4].flatMap((q) => [el('span', { class: `swatch q${q}` }), ` ${QUAD[q]} `]));
}

export { $ };
