/**
 * GET /api/places, GET /api/alerts and GET /api/alerts/stream in the shapes the places and watch branches serve
 * (their contracts, as given to the page), answered from the store's own stored events, in front of the real handler.
 * Used by the page test to try the map and alerts panels before those branches are merged; everything else goes to
 * dyad's own handler.
 */
import type http from 'node:http';
import type { Store } from '../../src/store/store.js';

export function contractPlacesAndAlerts(store: Store, next: http.RequestListener): http.RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (body: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/api/places') {
      void store.events({ limit: 1000 }).then((rows) => {
        const located = rows.filter((e) => e.place && e.place.lat !== null && e.place.lon !== null);
        const places = new Map<string, { key: string; name: string; country: string | null; admin1: string | null; lat: number; lon: number; events: number; quads: Record<string, number> }>();
        for (const e of located) {
          const p = e.place!;
          const key = `${p.name}|${p.country}`;
          const q = places.get(key) ?? { key, name: p.name, country: p.country, admin1: p.admin1, lat: p.lat!, lon: p.lon!, events: 0, quads: { 1: 0, 2: 0, 3: 0, 4: 0 } };
          q.events++;
          q.quads[String(e.quad)]!++;
          places.set(key, q);
        }
        json({ places: [...places.values()], events: located.map((e) => ({ eventId: e.id, articleId: e.article, date: e.date, sourceCode: e.sourceCode,
          targetCode: e.targetCode, cameo: e.cameo, quad: e.quad, modality: e.modality, placeName: e.place!.name, lat: e.place!.lat, lon: e.place!.lon, evidence: e.evidenceText })) });
      });
      return;
    }
    const alert = (id: string, refs: string[]) => ({ id, rule: 'spike', scope: 'dyad', source: 'RUS', target: 'UKR', window: { from: '2024-02-14', to: '2024-02-20' },
      numbers: { count: refs.length, baseline: 0 }, eventIds: refs, createdAt: '2024-02-20T12:00:00Z', message: `RUS → UKR: ${refs.length} conflict events, none the week before` });
    if (url.pathname === '/api/alerts') { json({ alerts: [alert('a1', ['wire-5:e2'])] }); return; }
    if (url.pathname === '/api/alerts/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(`event: alert\ndata: ${JSON.stringify(alert('a2', ['wire-3:e1']))}\n\n`);
      return; // kept open, as a stream is
    }
    next(req, res);
  };
}
