-- Tacitus store, schema version 8: what `tacitus watch` follows, what it has seen and
-- what it has alerted on, so that a watch killed at any moment and started again
-- neither fetches an article twice nor misses one (see tacitus.watch).

CREATE TABLE IF NOT EXISTS watch_sources (
    url TEXT PRIMARY KEY,               -- the feed or sitemap
    kind TEXT,                          -- 'feed' | 'sitemap', once fetched
    outlet TEXT,                        -- declared outlet of its articles
    every REAL NOT NULL,                -- seconds between polls
    language TEXT,
    etag TEXT,                          -- validators of the last answer fully processed
    last_modified TEXT,
    added_at TEXT NOT NULL,
    last_fetch TEXT,                    -- last poll (any outcome)
    last_success TEXT,                  -- last poll that was answered (200 or 304)
    last_new TEXT,                      -- last time it brought a new article
    last_error TEXT,                    -- the reason of the last failed poll
    last_error_at TEXT,
    failing INTEGER NOT NULL DEFAULT 0, -- failed polls in a row (back-off)
    next_fetch TEXT,                    -- not polled before (back-off), UTC ISO
    fetches INTEGER NOT NULL DEFAULT 0, -- polls made, answered 304, articles stored
    not_modified INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS watch_items (   -- feed entries and sitemap URLs seen
    source_url TEXT NOT NULL REFERENCES watch_sources(url) ON DELETE CASCADE,
    item_key TEXT NOT NULL,             -- the entry's GUID, else its link
    link TEXT NOT NULL,
    state TEXT NOT NULL,                -- 'stored' | 'copy' (content already stored) | 'failed' | 'retry'
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    reason TEXT,                        -- why it failed
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source_url, item_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS watch_items_seen ON watch_items(source_url, state, seen_at);

-- An article fetched and stored just before a kill -9, not yet marked seen, is found
-- by the link it was read from.
CREATE INDEX IF NOT EXISTS articles_location ON articles(location);

CREATE TABLE IF NOT EXISTS alerts_sent (
    rule TEXT NOT NULL,                 -- the rule's name
    subject TEXT NOT NULL,              -- 'event:ID', 'merged:ID', 'story:ID', 'article:ID'
    payload TEXT NOT NULL,              -- the JSON sent
    state TEXT NOT NULL,                -- 'pending' (delivery failed: retried) | 'sent'
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    PRIMARY KEY (rule, subject)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS alerts_pending ON alerts_sent(state);
