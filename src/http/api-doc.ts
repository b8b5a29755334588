/** What GET /api answers: every endpoint with its parameters (validated by src/query/params.ts). */
export const API_DOC = {
  name: 'dyad corpus API',
  conventions: {
    errors: 'JSON {"error": {"code": "E_...", "message": "..."}} with an HTTP status: 400 bad parameter, 404 not found, 405 method, 413 body too large, 401/403 writes',
    actor: 'an actor parameter is a CAMEO actor code prefix (CHN matches CHNGOVMIL) or a canonical name (Dong Jun)',
    dates: 'YYYY-MM-DD, inclusive',
    paging: 'limit (1-1000, default 100) and offset',
    offsets: 'spans are UTF-16 code unit offsets into the article text, end-exclusive',
  },
  endpoints: [
    { path: 'GET /api/events', params: ['actor', 'source', 'target', 'code (CAMEO prefix, e.g. a root: 19)', 'from', 'to', 'modality', 'quad (1-4)', 'country (either side\'s code starts with it: CHN)', 'place (name of the place the event happened at)', 'article', 'cluster', 'sourceEntity', 'targetEntity', 'entity (either side)', 'both (true: either direction)', 'sort (date|source|target|code|modality|goldstein|article)', 'order (asc|desc)', 'limit', 'offset'], returns: 'events with names, codes, evidence span, words and sentence, place, rule, cluster' },
    { path: 'GET /api/export', params: ['format (csv|gdelt|plover)', 'and every parameter of GET /api/events'], returns: 'a file of the events /api/events answers for the same parameters (GDELT: one row per event cluster)' },
    { path: 'GET /api/series', params: ['source (or entity)', 'target', 'entity (either side: an actor\'s timeline)', 'interval (day|week|month)', 'from', 'to', 'both', 'modality (default asserted)', 'code (CAMEO prefix)'], returns: 'per period: count, quad[4], goldsteinSum, goldsteinMean' },
    { path: 'GET /api/network', params: ['from', 'to', 'actor', 'code (CAMEO prefix)', 'quad', 'country', 'place', 'minCount', 'limit (edges, default 500)', 'modality (default asserted)'], returns: 'nodes (actors) and directed edges with count, cooperation, conflict, goldsteinSum' },
    { path: 'GET /api/quotes', params: ['speaker (code prefix, or words of the name; case and diacritics ignored: shoigu, erdogan)', 'speakerEntity', 'q (words in the quote)', 'article', 'limit', 'offset'], returns: 'quotes with speaker, hearer when known, words, article' },
    { path: 'GET /api/actors', params: ['q (part of the name, case and diacritics ignored, or a code prefix)', 'limit', 'offset'] },
    { path: 'GET /api/actors/{id}', params: [], returns: 'one actor: its row, each article\'s reading (code, rule, role, with the words read), main partners, event and quote counts' },
    { path: 'GET /api/cameo', params: [], returns: 'names of the CAMEO event codes' },
    { path: 'GET /api/clusters', params: ['actor', 'from', 'to', 'root', 'minArticles', 'limit', 'offset'], returns: 'cross-article event clusters with numMentions, numArticles, numSources' },
    { path: 'GET /api/search', params: ['q (required)', 'limit'], returns: 'actors by name/code and articles by words' },
    { path: 'GET /api/stats', params: [], returns: 'row counts' },
    { path: 'GET /api/places', params: ['from', 'to', 'country (ISO alpha-3, UKR)', 'admin1 (GeoNames key, US.TX)', 'bbox (minLon,minLat,maxLon,maxLat)', 'limit (1-5000, default 500)'],
      returns: 'places [{key, name, country, admin1, lat, lon, events, quads {1..4}}] and events [{eventId, articleId, date, sourceCode, targetCode, cameo, quad, modality, placeKey, placeName, lat, lon, evidence}] of the events that have a place' },
    { path: 'GET /api/articles/{id}', params: [], returns: 'the coded article with actors, quotes, events, and the cluster of each event' },
    { path: 'POST /api/articles', params: ['JSON body: {id?, date?, title?, url?, text} or a list of them'], auth: 'off unless the server runs with --allow-write; then Authorization: Bearer <token>' },
  ],
} as const;
