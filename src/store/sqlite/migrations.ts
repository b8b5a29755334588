/**
 * SQLite schema, as numbered migrations. `PRAGMA user_version` holds the last one applied; a database made by an
 * older dyad is brought forward on open, one transaction per migration. Never edit a released migration: add one.
 *
 * Every annotation keeps its span columns (UTF-16 offsets into `articles.text`) and its full JSON (`json`), so the
 * coded article round-trips exactly, including fields added to the contract later.
 */
export const migrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  date TEXT,
  title TEXT,
  url TEXT,
  source TEXT,
  text TEXT NOT NULL,
  extra TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE entities (
  pk INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  sectors TEXT NOT NULL,
  n_articles INTEGER NOT NULL DEFAULT 0,
  n_mentions INTEGER NOT NULL DEFAULT 0,
  n_events INTEGER NOT NULL DEFAULT 0,
  UNIQUE (code, name)
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE entity_roles (
  entity INTEGER NOT NULL REFERENCES entities(pk),
  title TEXT NOT NULL,
  first_date TEXT,
  last_date TEXT,
  PRIMARY KEY (entity, title)
);

CREATE TABLE actors (
  article INTEGER NOT NULL REFERENCES articles(pk),
  local_id TEXT NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities(pk),
  role_title TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX actors_entity ON actors(entity);

CREATE TABLE mentions (
  article INTEGER NOT NULL REFERENCES articles(pk),
  actor TEXT NOT NULL,
  seq INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (article, actor, seq)
);

CREATE TABLE quotes (
  article INTEGER NOT NULL REFERENCES articles(pk),
  local_id TEXT NOT NULL,
  speaker TEXT,
  speaker_entity INTEGER REFERENCES entities(pk),
  direct INTEGER NOT NULL,
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
  pk INTEGER PRIMARY KEY,
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  root TEXT NOT NULL,
  cameo TEXT NOT NULL,
  modality TEXT NOT NULL,
  anchor_date TEXT,
  first_date TEXT,
  last_date TEXT,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX clusters_key ON clusters(source_code, target_code, root, modality, anchor_date);

CREATE TABLE events (
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(pk),
  local_id TEXT NOT NULL,
  source_entity INTEGER REFERENCES entities(pk),
  target_entity INTEGER REFERENCES entities(pk),
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover_event TEXT,
  plover_mode TEXT,
  modality TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  date TEXT,
  rule TEXT NOT NULL,
  cluster INTEGER NOT NULL REFERENCES clusters(pk),
  json TEXT NOT NULL,
  UNIQUE (article, local_id)
);
CREATE INDEX events_dyad ON events(source_code, target_code, modality, date, quad, goldstein);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_date ON events(modality, date, source_entity, target_entity, quad, goldstein);
CREATE INDEX events_network ON events(modality, source_entity, target_entity, quad, goldstein, date);
CREATE INDEX events_entities ON events(source_entity, target_entity, date);
CREATE INDEX events_target_entity ON events(target_entity);
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_cameo ON events(cameo);

-- The network over all time, kept up to date on write (the page's first view reads it instead of every event).
CREATE TABLE edge_counts (
  modality TEXT NOT NULL,
  source_entity INTEGER NOT NULL,
  target_entity INTEGER NOT NULL,
  n INTEGER NOT NULL,
  cooperation INTEGER NOT NULL,
  conflict INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  PRIMARY KEY (modality, source_entity, target_entity)
) WITHOUT ROWID;
CREATE INDEX edge_counts_top ON edge_counts(modality, n DESC, source_entity, target_entity);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', detail=none, tokenize='unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    // The entity's name folded for search (lower case, no diacritics: src/store/fold.ts); filled by dyad on write, and
    // for rows stored before this migration right after the migrations ran (foldNames in sqlite-store.ts).
    sql: `
ALTER TABLE entities ADD COLUMN folded TEXT;
CREATE INDEX entities_folded ON entities(folded);
`,
  },
  {
    // one entity per real actor across articles (src/store/entity-keys.ts): the keys that link an article's actor to
    // an entity stored before; entity NULL marks a surname two different people registered
    version: 3,
    sql: `
CREATE TABLE entity_keys (
  key TEXT PRIMARY KEY,
  entity INTEGER REFERENCES entities(pk)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity);
`,
  },
  {
    // contract 1.1: the places of each article and the place of each event
    version: 4,
    sql: `
CREATE TABLE places (
  article INTEGER NOT NULL REFERENCES articles(pk),
  local_id TEXT NOT NULL,
  place_key TEXT NOT NULL,
  geonameid INTEGER,
  name TEXT NOT NULL,
  country TEXT,
  admin1 TEXT,
  admin1_code TEXT,
  feature_code TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  n_mentions INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX places_country ON places(country, admin1_code);
CREATE INDEX places_admin1 ON places(admin1_code);
CREATE INDEX places_lat_lon ON places(lat, lon);
CREATE INDEX places_key ON places(place_key);

CREATE TABLE event_places (
  article INTEGER NOT NULL REFERENCES articles(pk),
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
  next_poll_at TEXT NOT NULL,
  lease_until TEXT,
  last_poll_at TEXT,
  last_status TEXT NOT NULL,
  last_error TEXT,
  failures REAL NOT NULL DEFAULT 0,
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
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  rule TEXT NOT NULL,
  scope TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT,
  window_from TEXT NOT NULL,
  window_to TEXT NOT NULL,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX watch_alerts_created ON watch_alerts(created_at);

CREATE TABLE watch_deliveries (
  alert TEXT NOT NULL REFERENCES watch_alerts(id),
  sink TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  lease_until TEXT,
  last_error TEXT,
  delivered_at TEXT,
  PRIMARY KEY (alert, sink)
);
CREATE INDEX watch_deliveries_due ON watch_deliveries(state, next_attempt_at);

CREATE TABLE watch_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
];
