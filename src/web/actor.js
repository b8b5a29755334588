// An actor's page: its code and roles as each article read them (with the words they were read from), its quotes (with
// the hearer when known), events out and in, main partners and its timeline.
import { $, api, el, loadCameoNames, QUAD, goldsteinColor } from './dom.js';

/** Draws GET /api/actors/{id} and the actor's quotes and events. `nav` opens articles, other actors and event lists. */
export async function drawActor(id, nav) {
  const [detail, quotes, out, inn] = await Promise.all([
    api(`/api/actors/${encodeURIComponent(id)}`),
    api('/api/quotes', { speakerEntity: id, limit: 100 }),
    api('/api/events', { sourceEntity: id, limit: 50, sort: 'date', order: 'desc' }),
    api('/api/events', { targetEntity: id, limit: 50, sort: 'date', order: 'desc' }),
    loadCameoNames(),
  ]);
  const a = detail.actor;
  $('actor-name').textContent = a.name;
  $('actor-meta').replaceChildren(el('span', { class: 'code' }, a.code || 'no code'), ` ${a.kind}`,
    a.country ? ` · ${a.country}` : '', a.sectors.length ? ` · sectors ${a.sectors.join(', ')}` : '',
    ` · ${a.articles} articles, ${a.mentions} mentions, ${detail.eventsOut} events as source, ${detail.eventsIn} as target, ${detail.quotes} quotes`);

  // Code and roles over time, one row per article reading.
  const readings = detail.readings.map((r) => {
    const open = el('button', { type: 'button', class: 'link' }, r.articleTitle ?? r.article);
    open.addEventListener('click', () => nav.article(r.article));
    return el('tr', {},
      el('td', { class: 'nowrap' }, r.date ?? 'undated'),
      el('td', {}, el('span', { class: 'code' }, r.code || '—'), r.codeRule ? el('div', { class: 'hint rule' }, r.codeRule) : null),
      el('td', {}, r.codeEvidence ? el('q', { class: 'span-text' }, r.codeEvidence.text) : '—'),
      el('td', {}, r.role ? [r.role.title, ' ', el('q', { class: 'span-text' }, r.role.text)] : '—'),
      el('td', {}, open));
  });
  const roleSpans = a.roles.map((r) => el('li', {}, `${r.title}: ${r.from ?? '?'} – ${r.to ?? '?'}`));
  $('actor-readings').replaceChildren(
    roleSpans.length ? el('ul', { class: 'roles' }, ...roleSpans) : el('p', { class: 'hint' }, 'No role read.'),
    el('div', { class: 'table-wrap' }, el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ...['Date', 'Code (rule)', 'Code read from', 'Role read from', 'Article'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...readings))));

  // Quotes: the speaker is this actor; the hearer when the quote names one.
  $('actor-quotes').replaceChildren(...(quotes.length ? quotes.map((q) => {
    const open = el('button', { type: 'button', class: 'link' }, q.articleTitle ?? q.article);
    open.addEventListener('click', () => nav.article(q.article));
    return el('li', { class: 'quote-item' },
      el('span', { class: 'speaker' }, q.speaker ?? a.name), q.hearer ? el('span', { class: 'hearer' }, ` to ${q.hearer}`) : '', ': ',
      el('span', { class: 'evq' }, q.direct ? `“${q.contentText}”` : q.contentText), ' — ', q.date ?? 'undated', ', ', open);
  }) : [el('li', { class: 'hint' }, 'No quotes.')]));

  const evList = (rows, side) => rows.length ? rows.map((ev) => {
    const other = side === 'out' ? [ev.target ?? ev.targetCode ?? '—', ev.targetEntity] : [ev.source ?? ev.sourceCode, ev.sourceEntity];
    const b = el('button', { type: 'button', class: 'link', 'data-article': ev.article, 'data-event': ev.id },
      el('span', { class: `code q${ev.quad}`, title: QUAD[ev.quad] }, ev.cameo), ` ${ev.date ?? 'undated'} `, side === 'out' ? '→ ' : '← ', other[0],
      ev.modality !== 'asserted' ? ` (${ev.modality})` : '', ' ', el('span', { class: 'evq' }, `“${ev.evidenceText}”`));
    b.addEventListener('click', () => nav.event(ev));
    return el('li', {}, b);
  }) : [el('li', { class: 'hint' }, 'None.')];
  $('actor-out').replaceChildren(...evList(out, 'out'));
  $('actor-in').replaceChildren(...evList(inn, 'in'));
  $('actor-out-h').textContent = `Events by ${a.name} (${detail.eventsOut})`;
  $('actor-in-h').textContent = `Events towards ${a.name} (${detail.eventsIn})`;

  $('actor-partners').replaceChildren(...(detail.partners.length ? await Promise.all(detail.partners.map(async (p) => {
    const b = el('button', { type: 'button', class: 'link', 'data-entity': p.id }, p.name || String(p.id));
    b.addEventListener('click', () => nav.actor(p.id));
    const both = el('button', { type: 'button', class: 'link inline' }, 'events');
    both.addEventListener('click', () => nav.dyad(a, p));
    return el('li', {}, b, ' ', el('span', { class: 'code' }, p.code || '—'),
      ` ${p.out} out · ${p.in} in · mean Goldstein `, el('span', { class: 'goldstein' }, p.goldsteinMean.toFixed(1)),
      el('span', { class: 'gs-dot', title: `mean Goldstein ${p.goldsteinMean}`, 'data-g': p.goldsteinMean, 'aria-hidden': 'true' }), ' ', both);
  })) : [el('li', { class: 'hint' }, 'No partners.')]));
  // The dots take their colour through the CSSOM (the CSP allows no style attribute).
  $('actor-partners').querySelectorAll('.gs-dot').forEach((d) => { d.style.backgroundColor = goldsteinColor(Number(d.dataset.g)); });
  return detail;
}
