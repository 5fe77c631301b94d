-- Tacitus store, schema version 2: stories across outlets, merged events, and what
-- the incremental linker keeps so that a new article finds its story by index lookup.

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT,                         -- the title of its first article
    first_date TEXT,                    -- earliest / latest known day of its articles
    last_date TEXT,
    first_day INTEGER,                  -- the same as days since 1970-01-01 (for the window)
    last_day INTEGER,
    size INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE story_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    linked_to INTEGER,                  -- the article it was most similar to (NULL: first)
    score REAL,                         -- that similarity
    evidence TEXT NOT NULL              -- JSON: shared terms, people, numbered happening
);
CREATE INDEX story_articles_story ON story_articles(story_id);

-- Per linked article: its weighted term vector, numbered happenings and people (JSON),
-- and its day (days since 1970-01-01; NULL when the date is unknown).
CREATE TABLE link_features (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    day INTEGER,
    vector TEXT NOT NULL,
    numbered TEXT NOT NULL,
    people TEXT NOT NULL
);

-- Blocking keys: an article's heaviest terms; candidates share one within the window.
CREATE TABLE link_keys (
    key TEXT NOT NULL,
    day INTEGER,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX link_keys_day ON link_keys(key, day);

-- Document frequency of every term seen by the linker (for idf).
CREATE TABLE link_df (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE merged_events (
    id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    mode TEXT,
    source_name TEXT, source_country TEXT, source_sector TEXT, source_actor_id TEXT,
    target_name TEXT, target_country TEXT, target_sector TEXT, target_actor_id TEXT,
    date TEXT,                          -- the date most reports give; each report keeps its own
    dates_disagree INTEGER NOT NULL DEFAULT 0,
    location TEXT,
    n_reports INTEGER NOT NULL,
    n_outlets INTEGER NOT NULL
);
CREATE INDEX merged_events_story ON merged_events(story_id);

CREATE TABLE merged_event_reports (
    merged_event_id INTEGER NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE,
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX merged_event_reports_merged ON merged_event_reports(merged_event_id);
