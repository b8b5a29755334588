/** The API queries both HTTP benches rotate through (bench/http-load.ts, bench/http-autocannon.ts). */
export const QUERIES = [
  '/api/series?source=USA&target=CHN&interval=month&both=true',
  '/api/series?source=RUS&target=UKR&interval=day',
  '/api/network?from=2020-03-01&to=2020-03-31',
  '/api/network?actor=CHN&limit=100',
  '/api/events?source=USA&target=CHN&limit=50',
  '/api/events?actor=IRN&from=2020-01-01&to=2020-06-30&limit=50',
  '/api/clusters?actor=ISR&limit=20',
  '/api/actors?q=USA&limit=20',
  '/api/stats',
];
