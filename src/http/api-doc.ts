/** What GET /api answers: every endpoint with its parameters (validated by src/query/params.ts). */
export const API_DOC = {
  name: 'dyad corpus API',
  conventions: {
    errors: 'JSON {"error": {"code": "E_...", "message": "..."}} with an HTTP status: 400 bad parameter, 404 not found, 405 method, 413 body too large, 401/403 writes',
    actor: 'an actor parameter is a CAMEO actor code prefix (CHN matches CHNGOVMIL) or a canonical name (Dong Jun)',
    dates: 'YYYY-MM-DD, inclusive',
    paging: 'limit (1-1000, default 100) and offset (0-10000: narrow the query by date or actor to go further)',
    offsets: 'spans are UTF-16 code unit offsets into the article text, end-exclusive',
  },
  endpoints: [
    { path: 'GET /api/events', params: ['actor', 'source', 'target', 'code (CAMEO prefix)', 'from', 'to', 'modality', 'quad (1-4)', 'article', 'cluster', 'sourceEntity', 'targetEntity', 'both (true: either direction)', 'limit', 'offset'] },
    { path: 'GET /api/series', params: ['source (required)', 'target', 'interval (day|week|month)', 'from', 'to', 'both', 'modality (default asserted)'], returns: 'per period: count, quad[4], goldsteinSum, goldsteinMean' },
    { path: 'GET /api/network', params: ['from', 'to', 'actor', 'minCount', 'limit (edges, default 500)', 'modality (default asserted)'], returns: 'nodes (actors) and directed edges with count, cooperation, conflict, goldsteinSum' },
    { path: 'GET /api/quotes', params: ['speaker', 'q (words in the quote)', 'article', 'limit', 'offset'] },
    { path: 'GET /api/actors', params: ['q (name or code)', 'limit', 'offset'] },
    { path: 'GET /api/clusters', params: ['actor', 'from', 'to', 'root', 'minArticles', 'limit', 'offset'], returns: 'cross-article event clusters with numMentions, numArticles, numSources' },
    { path: 'GET /api/search', params: ['q (required)', 'limit'], returns: 'actors by name/code and articles by words' },
    { path: 'GET /api/stats', params: [], returns: 'row counts' },
    { path: 'GET /api/articles/{id}', params: [], returns: 'the coded article with actors, quotes, events, and the cluster of each event' },
    { path: 'POST /api/articles', params: ['JSON body: {id?, date?, title?, url?, text} or a list of them'], auth: 'off unless the server runs with --allow-write; then Authorization: Bearer <token>' },
  ],
} as const;
