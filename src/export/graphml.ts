import type { Network } from '../store/store.js';

const esc = (s: string): string => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
  // XML 1.0 forbids most control characters even as references.
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** The actor network as GraphML: nodes are actors, directed edges carry event counts by cooperation and conflict. */
export function networkToGraphml(net: Network): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="code" for="node" attr.name="code" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
    '  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>',
    '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>',
    '  <graph id="dyad" edgedefault="directed">',
  ];
  for (const n of net.nodes) {
    out.push(`    <node id="n${n.id}"><data key="name">${esc(n.name)}</data><data key="code">${esc(n.code)}</data>`
      + `<data key="kind">${esc(n.kind)}</data><data key="events">${n.events}</data></node>`);
  }
  net.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i + 1}" source="n${e.source}" target="n${e.target}"><data key="count">${e.count}</data>`
      + `<data key="cooperation">${e.cooperation}</data><data key="conflict">${e.conflict}</data><data key="goldstein">${e.goldsteinSum}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
