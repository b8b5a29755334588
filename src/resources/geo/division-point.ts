/**
 * A first-level division's point. GeoNames' admin1 table has no coordinates, so the point is estimated from the
 * division's populated places: the area centroid of the convex hull of its main group of places. The main group is
 * the places inside their 1st–99th percentile box of latitude and longitude, nearer to their median point than the
 * first gap of 500 km or more between successive distances (five Tibetan villages coded to Hebei; an overseas part).
 * The hull stands for the division's extent, so an empty north — Ontario's, Queensland's — weighs as much as the
 * crowded south, which a mean, a median or a box of the places would not do. Chosen on GeoNames itself, not on an
 * evaluation set: estimating each country's outline centroid from its own places (167 countries with ≥ 20 places)
 * this way gave the lowest errors of the estimators tried (docs/places.md, "Reference points").
 */
export function divisionPoint(lat: readonly number[], lon: readonly number[]): [number, number] {
  if (!lat.length) return [NaN, NaN];
  // a division across the antimeridian (Chukotka, Alaska's Aleutians, Fiji's divisions): work in 0–360 longitudes
  const wrap = Math.max(...lon) - Math.min(...lon) > 180;
  const xs = wrap ? lon.map((x) => (x < 0 ? x + 360 : x)) : [...lon];
  const [la0, la1] = percentiles(lat), [lo0, lo1] = percentiles(xs);
  const inBox: number[] = [];
  for (let i = 0; i < lat.length; i++) if (lat[i]! >= la0 && lat[i]! <= la1 && xs[i]! >= lo0 && xs[i]! <= lo1) inBox.push(i);
  const mLat = median(inBox.map((i) => lat[i]!)), mLon = median(inBox.map((i) => xs[i]!));
  const byDistance = inBox.map((i) => ({ i, d: km(mLat, mLon, lat[i]!, xs[i]!) })).sort((a, b) => a.d - b.d);
  let n = 1;
  while (n < byDistance.length && byDistance[n]!.d - byDistance[n - 1]!.d < GAP_KM) n++;
  const pts = byDistance.slice(0, n).map(({ i }): [number, number] => [xs[i]!, lat[i]!]);
  const c = hullCentroid(pts) ?? [(lo0 + lo1) / 2, (la0 + la1) / 2];
  const x = c[0] > 180 ? c[0] - 360 : c[0];
  return [c[1], x];
}

const GAP_KM = 500;

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function percentiles(xs: readonly number[]): [number, number] {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return [q(0.01), q(0.99)];
}

/** The area centroid of the convex hull (Andrew's monotone chain) of [x, y] points; null when the hull has no area. */
export function hullCentroid(points: ReadonlyArray<readonly [number, number]>): [number, number] | null {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return null;
  const cross = (o: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (pts: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> => {
    const h: Array<readonly [number, number]> = [];
    for (const q of pts) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, q) <= 0) h.pop();
      h.push(q);
    }
    h.pop();
    return h;
  };
  const hull = [...half(p), ...half([...p].reverse())];
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < hull.length; i++) {
    const [x0, y0] = hull[i]!, [x1, y1] = hull[(i + 1) % hull.length]!;
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-12) return null;
  return [cx / (3 * a), cy / (3 * a)];
}
