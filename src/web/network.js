// The actor network, drawn by Cytoscape.js (canvas; zoom and pan built in). Node size: events; edge colour: mean
// Goldstein; edge width: event count. The layout is Cytoscape's force-directed `cose` started from the positions the
// nodes had before (new nodes on a circle in id order) and never randomised, so the same network always looks the same
// and a filter change moves only what changed. A list of the edges below the drawing is the keyboard way in.
import { $, el, goldsteinColor, showError } from './dom.js';

const known = new Map(); // node id -> last position: keeps the layout stable across filter changes
let cy = null;

const STYLE = [
  { selector: 'node', style: {
    'background-color': '#4a5a7a', width: 'data(size)', height: 'data(size)', label: 'data(label)', color: '#1d2330',
    'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 140,
    'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
    'border-width': 1.5, 'border-color': '#fff', 'text-opacity': 0,
  } },
  // The busiest actors (as many as fit) keep their names at any zoom; the others show theirs once zoomed in (no pile of overlapping labels).
  { selector: 'node.major', style: { 'text-opacity': 1, 'font-weight': 600 } },
  { selector: 'node.labelled', style: { 'text-opacity': 1 } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', 'control-point-step-size': 28, opacity: 0.85, 'arrow-scale': 0.9,
  } },
  { selector: 'edge:selected', style: { 'line-style': 'dashed', opacity: 1, 'underlay-color': '#1d2330', 'underlay-opacity': 0.25, 'underlay-padding': 4 } },
  { selector: 'node:selected', style: { 'border-color': '#1d2330', 'border-width': 3 } },
  { selector: '.faded', style: { opacity: 0.15 } },
];

function circle(i, n) {
  const a = (2 * Math.PI * i) / Math.max(1, n);
  return { x: 400 + 300 * Math.cos(a), y: 300 + 300 * Math.sin(a) };
}

/**
 * Draws `net` ({nodes, edges} of GET /api/network). `onEdge(edge, nodes)` opens an edge's events, `onNode(node)` an actor.
 * Resolves once the layout has settled.
 */
export async function drawNetwork(net, { onEdge, onNode }) {
  const box = $('network');
  const nodes = net.nodes.slice(0, 150); // the busiest actors: more is unreadable
  const keep = new Set(nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  drawList(nodes, edges, byId, onEdge, onNode);
  $('network-empty').hidden = nodes.length > 0;
  if (cy) { cy.destroy(); cy = null; }
  if (!nodes.length) return;
  const maxEvents = Math.max(...nodes.map((n) => n.events));
  const maxCount = Math.max(...edges.map((e) => e.count), 1);
  const sorted = [...nodes].sort((a, b) => a.id - b.id);
  const elements = [
    ...sorted.map((n, i) => ({ group: 'nodes', data: { id: `n${n.id}`, entity: n.id, label: n.name,
      size: 16 + 40 * Math.sqrt(n.events / maxEvents) }, position: { ...(known.get(n.id) ?? circle(i, sorted.length)) } })),
    ...edges.map((e) => ({ group: 'edges', data: { id: `e${e.source}-${e.target}`, source: `n${e.source}`, target: `n${e.target}`,
      from: e.source, to: e.target, count: e.count, mean: e.goldsteinSum / e.count, color: goldsteinColor(e.goldsteinSum / e.count),
      width: 1.5 + 6 * Math.sqrt(e.count / maxCount) } })),
  ];
  // The canvas shows nothing a screen reader can read; the list below it does.
  cy = window.cytoscape({ container: box, elements, style: STYLE, layout: { name: 'preset' },
    minZoom: 0.1, maxZoom: 6, boxSelectionEnabled: false, autoungrabify: false });
  window.__dyadNetwork = cy; // for the page's tests: where each edge is drawn
  // As many always-named actors as the drawing has room for: 20 on a wide screen, about 8 on a phone.
  const room = Math.max(5, Math.min(20, Math.round(box.clientWidth / 45)));
  const major = [...nodes].sort((a, b) => b.events - a.events || a.id - b.id).slice(0, room);
  for (const n of major) cy.$id(`n${n.id}`).addClass('major');
  const t0 = performance.now();
  await new Promise((resolve) => {
    const layout = cy.layout({ name: 'cose', randomize: false, animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90, nodeRepulsion: () => 9000, nodeOverlap: 20, gravity: 0.6, numIter: 1500, componentSpacing: 60 });
    layout.one('layoutstop', resolve);
    layout.run();
  });
  box.dataset.layoutMs = String(Math.round(performance.now() - t0));
  cy.nodes().forEach((n) => known.set(n.data('entity'), { ...n.position() }));
  // Labels keep one size on screen (12 px) whatever the zoom; past 1.5x every actor is named.
  let pending = false;
  const relabel = () => {
    pending = false;
    const z = cy.zoom();
    cy.style().selector('node').style({ 'font-size': 12 / z, 'text-margin-y': 3 / z, 'text-max-width': 140 / z }).update();
    cy.nodes().toggleClass('labelled', z >= 1.5);
  };
  relabel();
  cy.on('zoom', () => { if (!pending) { pending = true; requestAnimationFrame(relabel); } });
  cy.on('tap', 'edge', (evt) => {
    const d = evt.target.data();
    cy.elements().unselect();
    evt.target.select();
    Promise.resolve(onEdge({ source: d.from, target: d.to, count: d.count }, byId)).catch(showError);
  });
  cy.on('tap', 'node', (evt) => { Promise.resolve(onNode(byId.get(evt.target.data('entity')))).catch(showError); });
  cy.on('mouseover', 'node', (evt) => { box.title = `${evt.target.data('label')}: ${byId.get(evt.target.data('entity')).events} events`; });
  cy.on('mouseover', 'edge', (evt) => {
    const d = evt.target.data();
    box.title = `${byId.get(d.from).name} → ${byId.get(d.to).name}: ${d.count} events, mean Goldstein ${d.mean.toFixed(1)}`;
  });
  box.dataset.nodes = String(nodes.length);
  box.dataset.edges = String(edges.length);
}

/** Marks the edge that is open (after a click on the list or the drawing). */
export function markEdge(source, target) {
  if (!cy) return;
  cy.elements().unselect();
  cy.$id(`e${source}-${target}`).select();
}

export function zoom(factor) {
  if (!cy) return;
  const c = { x: cy.width() / 2, y: cy.height() / 2 };
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: c });
}

export function fit() { cy?.fit(undefined, 30); }

function drawList(nodes, edges, byId, onEdge, onNode) {
  const list = $('edge-list');
  const sorted = [...edges].sort((a, b) => b.count - a.count);
  list.replaceChildren(...sorted.map((e) => {
    const b = el('button', { type: 'button', class: 'link', 'data-source': e.source, 'data-target': e.target },
      `${byId.get(e.source).name} → ${byId.get(e.target).name}`, el('span', { class: 'hint' }, ` ${e.count} events, mean Goldstein ${(e.goldsteinSum / e.count).toFixed(1)}`));
    b.addEventListener('click', () => { markEdge(e.source, e.target); Promise.resolve(onEdge(e, byId)).catch(showError); });
    return el('li', {}, b);
  }));
  $('edge-count').textContent = `${edges.length} edges, ${nodes.length} actors`;
  const nl = $('node-list');
  nl.replaceChildren(...nodes.slice(0, 40).map((n) => {
    const b = el('button', { type: 'button', class: 'link', 'data-entity': n.id }, n.name, el('span', { class: 'hint' }, ` ${n.code || 'no code'} · ${n.events}`));
    b.addEventListener('click', () => { Promise.resolve(onNode(n)).catch(showError); });
    return el('li', {}, b);
  }));
}
