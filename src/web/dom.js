// Small DOM helpers shared by the page's modules. Article text and every string from the corpus is untrusted: elements
// are built with createElement and textContent only, never from HTML strings.

export const $ = (id) => document.getElementById(id);

/** An element with attributes (never event handlers) and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) throw new Error('no handler attributes');
    if (k === 'class') e.className = v; else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  return e;
}

/** A button that runs an async action and reports its failure. */
export function button(label, onClick, attrs = {}) {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', () => { Promise.resolve(onClick()).catch(showError); });
  return b;
}

/** GET /api/...: the JSON answer, or an Error carrying the status and the server's one-line message. */
export async function api(path, params = {}) {
  const res = await fetch(path + query(params), { headers: { accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) {
    const e = new Error(`${body?.error?.code ?? res.status}: ${body?.error?.message ?? 'request failed'}`);
    e.status = res.status;
    throw e;
  }
  return body;
}

/** "?k=v&..." without the empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  return q.size ? '?' + q : '';
}

export function showError(e) {
  const p = $('error');
  p.textContent = e instanceof Error ? e.message : String(e);
  p.hidden = false;
}

export function clearError() { $('error').hidden = true; }

export const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
export const QUAD_COLOR = { 1: '#4d9221', 2: '#1a7837', 3: '#e08214', 4: '#c51b7d' };

/** Goldstein -10 (red) .. 0 (amber) .. +10 (green), as one CSS colour. */
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a, b, u) => Math.round(a + (b - a) * u);
  const [r, gg, b] = t < 0 ? [mix(214, 200, t + 1), mix(48, 150, t + 1), mix(39, 20, t + 1)] : [mix(200, 26, t), mix(150, 152, t), mix(20, 80, t)];
  return `rgb(${r}, ${gg}, ${b})`;
}

/** CAMEO code -> name, loaded once from GET /api/cameo. */
let cameoNames = null;
export async function cameoName(code) {
  cameoNames ??= api('/api/cameo').then((r) => r.names).catch(() => ({}));
  return (await cameoNames)[code] ?? '';
}
export async function loadCameoNames() {
  cameoNames ??= api('/api/cameo').then((r) => r.names).catch(() => ({}));
  return cameoNames;
}

/** Plot adds a <style> element to each chart; the page's CSP allows no inline style, so it is dropped (style.css has its rules). */
export function withoutInlineStyle(node) {
  node.querySelectorAll('style').forEach((s) => s.remove());
  return node;
}

/** The first day after the period that starts on `period` (YYYY-MM-DD), minus one day: its last day. */
export function periodEnd(period, interval) {
  const d = new Date(period + 'T00:00:00Z');
  if (interval === 'day') return period;
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}
