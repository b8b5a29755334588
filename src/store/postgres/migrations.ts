/**
 * Postgres schema, as numbered migrations (the same tables as the SQLite store, in the schema named by the URL's
 * `?schema=`, default `dyad`). `dyad_schema.version` holds the last one applied; migrations run under an advisory lock,
 * so many workers may open the same database at once. Never edit a released migration: add one.
 *
 * Code and date columns use the "C" collation, so prefix ranges (`code >= 'CHN' AND code < 'CHN\x7f'`) and date
 * comparisons are byte-wise whatever the database's locale.
 */
export const pgMigrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  date TEXT COLLATE "C",
  title TEXT,
  url TEXT,
  source TEXT,
  text TEXT NOT NULL,
  extra TEXT NOT NULL,
  added_at TEXT NOT NULL,
  fts TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', left(coalesce(title, '') || ' ' || text, 200000))) STORED
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_fts ON articles USING GIN (fts);

CREATE TABLE entities (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code TEXT COLLATE "C" NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  sectors TEXT NOT NULL,
  UNIQUE (code, name)
);
CREATE INDEX entities_name ON entities(lower(name));

CREATE TABLE entity_roles (
  entity BIGINT NOT NULL REFERENCES entities(pk),
  title TEXT NOT NULL,
  first_date TEXT COLLATE "C",
  last_date TEXT COLLATE "C",
  PRIMARY KEY (entity, title)
);

CREATE TABLE actors (
  article BIGINT NOT NULL REFERENCES articles(pk),
  local_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  entity BIGINT NOT NULL REFERENCES entities(pk),
  role_title TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX actors_entity ON actors(entity);

CREATE TABLE mentions (
  article BIGINT NOT NULL REFERENCES articles(pk),
  actor TEXT NOT NULL,
  seq INTEGER NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  PRIMARY KEY (article, actor, seq)
);

CREATE TABLE quotes (
  article BIGINT NOT NULL REFERENCES articles(pk),
  local_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  speaker TEXT,
  speaker_entity BIGINT REFERENCES entities(pk),
  direct BOOLEAN NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content_text TEXT NOT NULL,
  cue_start INTEGER,
  cue_end INTEGER,
  json TEXT NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_entity);

CREATE TABLE clusters (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_code TEXT COLLATE "C" NOT NULL,
  target_code TEXT COLLATE "C" NOT NULL,
  root TEXT COLLATE "C" NOT NULL,
  cameo TEXT COLLATE "C" NOT NULL,
  modality TEXT NOT NULL,
  anchor_date TEXT COLLATE "C",
  first_date TEXT COLLATE "C",
  last_date TEXT COLLATE "C",
  quad INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX clusters_key ON clusters(source_code, target_code, root, modality, anchor_date);

CREATE TABLE events (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article BIGINT NOT NULL REFERENCES articles(pk),
  local_id TEXT NOT NULL,
  source_entity BIGINT REFERENCES entities(pk),
  target_entity BIGINT REFERENCES entities(pk),
  source_code TEXT COLLATE "C" NOT NULL,
  target_code TEXT COLLATE "C" NOT NULL,
  cameo TEXT COLLATE "C" NOT NULL,
  root TEXT COLLATE "C" NOT NULL,
  quad INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  plover_event TEXT,
  plover_mode TEXT,
  modality TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  date TEXT COLLATE "C",
  rule TEXT NOT NULL,
  cluster BIGINT NOT NULL REFERENCES clusters(pk),
  json TEXT NOT NULL,
  UNIQUE (article, local_id)
);
CREATE INDEX events_dyad ON events(source_code, target_code, modality, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_date ON events(modality, date);
CREATE INDEX events_entities ON events(source_entity, target_entity, date);
CREATE INDEX events_target_entity ON events(target_entity);
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_cameo ON events(cameo);
`,
  },
  {
    version: 2,
    // The entity's name folded for search (lower case, no diacritics: src/store/fold.ts); filled by dyad on write, and
    // for rows stored before this migration in the migrating transaction, after the migrations (PostgresStore.migrate).
    sql: `
ALTER TABLE entities ADD COLUMN folded TEXT COLLATE "C";
CREATE INDEX entities_folded ON entities(folded);
`,
  },
  {
    // one entity per real actor across articles (src/store/entity-keys.ts): the keys that link an article's actor to
    // an entity stored before; entity NULL marks a surname two different people registered
    version: 3,
    sql: `
CREATE TABLE entity_keys (
  key TEXT COLLATE "C" PRIMARY KEY,
  entity BIGINT REFERENCES entities(pk)
);
CREATE INDEX entity_keys_entity ON entity_keys(entity);
`,
  },
  {
    // contract 1.1: the places of each article and the place of each event
    version: 4,
    sql: `
CREATE TABLE places (
  article BIGINT NOT NULL REFERENCES articles(pk),
  local_id TEXT NOT NULL,
  place_key TEXT COLLATE "C" NOT NULL,
  geonameid BIGINT,
  name TEXT NOT NULL,
  country TEXT COLLATE "C",
  admin1 TEXT,
  admin1_code TEXT COLLATE "C",
  feature_code TEXT NOT NULL,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  n_mentions INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX places_country ON places(country, admin1_code);
CREATE INDEX places_admin1 ON places(admin1_code);
CREATE INDEX places_lat_lon ON places(lat, lon);
CREATE INDEX places_key ON places(place_key);

CREATE TABLE event_places (
  article BIGINT NOT NULL REFERENCES articles(pk),
  event TEXT NOT NULL,
  place TEXT NOT NULL,
  PRIMARY KEY (article, event)
);
CREATE INDEX event_places_place ON event_places(article, place);
`,
  },
  {
    // dyad watch (issue 17): followed feeds, seen items, alerts and their deliveries, and the evaluation watermark.
    version: 5,
    sql: `
CREATE TABLE watch_feeds (
  url TEXT PRIMARY KEY,
  fetch_url TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  body_hash TEXT,
  interval_s INTEGER NOT NULL,
  next_poll_at TEXT COLLATE "C" NOT NULL,
  lease_until TEXT COLLATE "C",
  last_poll_at TEXT,
  last_status TEXT NOT NULL,
  last_error TEXT,
  failures DOUBLE PRECISION NOT NULL DEFAULT 0,
  last_new_at TEXT,
  polls INTEGER NOT NULL DEFAULT 0,
  items_new INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);
CREATE INDEX watch_feeds_due ON watch_feeds(next_poll_at);

CREATE TABLE watch_items (
  key TEXT PRIMARY KEY,
  feed TEXT NOT NULL,
  hash TEXT NOT NULL,
  article TEXT,
  revisions INTEGER NOT NULL DEFAULT 1,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);

CREATE TABLE watch_alerts (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  rule TEXT NOT NULL,
  scope TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT,
  window_from TEXT NOT NULL,
  window_to TEXT NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX watch_alerts_created ON watch_alerts(created_at);

CREATE TABLE watch_deliveries (
  alert TEXT NOT NULL REFERENCES watch_alerts(id),
  sink TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT COLLATE "C" NOT NULL,
  lease_until TEXT COLLATE "C",
  last_error TEXT,
  delivered_at TEXT,
  PRIMARY KEY (alert, sink)
);
CREATE INDEX watch_deliveries_due ON watch_deliveries(state, next_attempt_at);

CREATE TABLE watch_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
];
