// Alerts from the watch rules (GET /api/alerts, and GET /api/alerts/stream for new ones as server-sent events), each
// linking to the events it was raised on. When the server has no alerts endpoint (404) the panel says so.
import { $, api, el } from './dom.js';

let stream = null;

function alertItem(a, onEvent) {
  const links = (a.eventIds ?? []).slice(0, 20).map((ref) => {
    const i = ref.lastIndexOf(':');
    const b = el('button', { type: 'button', class: 'link inline', 'data-ref': ref }, ref);
    b.addEventListener('click', () => onEvent(ref.slice(0, i), ref.slice(i + 1)));
    return b;
  });
  const win = a.window ? `${a.window.from} – ${a.window.to}` : '';
  return el('li', { class: 'alert-item', 'data-id': a.id },
    el('strong', {}, a.rule ?? 'alert'), ' ', el('span', { class: 'hint' }, [a.scope, a.source && a.target ? `${a.source} → ${a.target}` : a.source, win].filter(Boolean).join(' · ')),
    el('div', {}, a.message ?? ''), links.length ? el('div', { class: 'alert-events' }, 'events: ', ...links.flatMap((l, i) => (i ? [' ', l] : [l]))) : null);
}

/** Lists the latest alerts and follows the stream; returns 'drawn', 'empty' or 'missing'. */
export async function startAlerts(onEvent) {
  const list = $('alerts');
  let data;
  try {
    data = await api('/api/alerts', { limit: 50 });
  } catch (e) {
    if (e.status === 404) {
      list.replaceChildren(el('li', { class: 'hint empty' }, 'No alerts: this server has no alerts endpoint.'));
      $('alerts-panel').dataset.state = 'missing';
      return 'missing';
    }
    throw e;
  }
  const alerts = data.alerts ?? [];
  list.replaceChildren(...(alerts.length ? alerts.map((a) => alertItem(a, onEvent)) : [el('li', { class: 'hint empty' }, 'No alerts yet.')]));
  $('alerts-panel').dataset.state = alerts.length ? 'drawn' : 'empty';
  stream?.close();
  stream = new EventSource('/api/alerts/stream');
  stream.addEventListener('alert', (m) => {
    let a;
    try { a = JSON.parse(m.data); } catch { return; }
    list.querySelector('.empty')?.remove();
    list.prepend(alertItem(a, onEvent));
    $('alerts-panel').dataset.state = 'drawn';
  });
  // A stream the server does not keep is not retried in a loop.
  stream.addEventListener('error', () => { if (stream?.readyState === EventSource.CLOSED) stream = null; });
  return alerts.length ? 'drawn' : 'empty';
}
