/**
 * Country points from Natural Earth outlines (npm world-atlas, TopoJSON; public domain): the area centroid of each
 * country's largest polygon (its main landmass), read at build time. Keyed by ISO 3166 numeric code.
 */

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: Array<Array<[number, number]>>;
  objects: { countries: { geometries: Array<{ type: string; id?: string; arcs?: unknown }> } };
}

export function countryCentroids(topoJson: string): Map<string, [number, number]> {
  const topo = JSON.parse(topoJson) as Topology;
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((a) => { let x = 0, y = 0; return a.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty] as [number, number]; }); });
  const ring = (r: number[]): Array<[number, number]> => {
    const pts: Array<[number, number]> = [];
    for (const i of r) { const a = i < 0 ? arcs[~i]!.slice().reverse() : arcs[i]!; pts.push(...(pts.length ? a.slice(1) : a)); }
    return pts;
  };
  // per code: every polygon's area (scaled by the cosine of its latitude) and centroid
  const polysOf = new Map<string, Array<{ area: number; lat: number; lon: number }>>();
  for (const g of topo.objects.countries.geometries) {
    if (!g.id) continue;
    const polys = (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []) as number[][][];
    for (const p of polys) {
      const pts = ring(p[0]!);
      let minX = Infinity, maxX = -Infinity;
      for (const [x] of pts) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); }
      let a = 0, cx = 0, cy = 0;
      for (let i = 0; i < pts.length - 1; i++) {
        const [x0, y0] = pts[i]!, [x1, y1] = pts[i + 1]!;
        const f = x0 * y1 - x1 * y0;
        a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
      }
      if (a === 0) continue;
      const lat = cy / (3 * a), lon = cx / (3 * a);
      // a ring across the antimeridian has no planar centroid (NaN: the country keeps its dataset point)
      const crosses = maxX - minX > 180;
      const l = polysOf.get(g.id) ?? [];
      l.push({ area: Math.abs(a / 2) * Math.cos((lat * Math.PI) / 180), lat: crosses ? NaN : lat, lon: crosses ? NaN : lon });
      polysOf.set(g.id, l);
    }
  }
  // the country's point: the area-weighted centroid of its landmasses at least half as large as its largest one
  // (the mainland; both islands of New Zealand; the large islands of an archipelago)
  const out = new Map<string, [number, number]>();
  for (const [id, polys] of polysOf) {
    const max = Math.max(...polys.map((p) => p.area));
    const big = polys.filter((p) => p.area >= max / 2);
    const w = big.reduce((s, p) => s + p.area, 0);
    const lat = big.reduce((s, p) => s + p.lat * p.area, 0) / w, lon = big.reduce((s, p) => s + p.lon * p.area, 0) / w;
    if (Number.isFinite(lat) && lon >= -180 && lon <= 180) out.set(id, [lat, lon]);
  }
  return out;
}
