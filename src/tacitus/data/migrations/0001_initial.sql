-- Tacitus store, schema version 1. Offsets are character offsets into articles.text
-- unless the column says otherwise (removed spans are in articles.source_text).

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                 -- file base name or URL (the 'article' field of exports)
    location TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,  -- sha256 of the raw input: re-ingest is a no-op
    format TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    author TEXT,
    url TEXT,
    dateline_place TEXT,
    dateline_outlet TEXT,
    published TEXT,
    published_precision TEXT,
    published_how TEXT,
    published_guess INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,                 -- title + blank line + clean body
    body_start INTEGER NOT NULL,
    source_text TEXT NOT NULL,
    raw BLOB,                           -- the input bytes as received (NULL if not supplied)
    doc_json TEXT NOT NULL,             -- the whole Document, for show/explain/re-coding
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

-- Full-text index over title and clean body. External content (no second copy of the
-- text): the view supplies the indexed columns, keyed by article id. Rows are added by
-- the store in the same transaction as the article.
CREATE VIEW articles_fts_source(id, title, body) AS
    SELECT id, title, substr(text, body_start + 1) FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles_fts_source', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE removed (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    reason TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX removed_article ON removed(article_id);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,                -- knowledge-base id, e.g. 'sergei-lavrov'
    name TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    kind TEXT                           -- 'person' | 'organisation' | 'state' | 'group'
);

CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE actor_roles (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    first_seen TEXT,
    last_seen TEXT,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, role)
);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    actor_id TEXT,
    name TEXT,
    country TEXT,
    sector TEXT,
    role TEXT,
    rule TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_index INTEGER NOT NULL,       -- position in the article's event list
    type TEXT NOT NULL,
    mode TEXT,
    source_name TEXT, source_country TEXT, source_sector TEXT, source_actor_id TEXT,
    target_name TEXT, target_country TEXT, target_sector TEXT, target_actor_id TEXT,
    reported_by_name TEXT, reported_by_actor_id TEXT,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    date TEXT, date_precision TEXT, date_how TEXT, date_text TEXT,
    location_name TEXT, location_country TEXT, lat REAL, lon REAL,
    status TEXT NOT NULL,
    in_title INTEGER NOT NULL DEFAULT 0,
    rule TEXT NOT NULL,
    event_json TEXT NOT NULL
);
CREATE UNIQUE INDEX events_article ON events(article_id, event_index);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_actor ON events(source_actor_id);
CREATE INDEX events_target_actor ON events(target_actor_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_name TEXT,
    speaker_country TEXT,
    speaker_sector TEXT,
    speaker_actor_id TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    cue TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);

CREATE TABLE failures (                 -- inputs that could not be read, with the reason
    location TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
