-- Tacitus store, schema version 7: event counts kept at write time, so that the web's
-- overview, facets, timeline and map count narrow rows instead of reading events.
--
-- One row per day x type x status x source and target country (x mode, outlet, place):
-- ``n`` events have these values. ``day`` is what date filters compare (the event's
-- date, else its article's publication date); ``dated`` says it is the event's own date
-- (the timeline counts dated events only). Columns are named as in ``events``, so a
-- filter is the same SQL over either table. Triggers keep the counts in the same
-- transaction as any change to events or to an article's date or outlet, whoever
-- writes; this script is safe to run again (it rebuilds the counts).

CREATE TABLE IF NOT EXISTS event_counts (
    day TEXT,
    dated INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    status TEXT NOT NULL,
    source_country TEXT,
    target_country TEXT,
    outlet TEXT,
    location_name TEXT,
    location_country TEXT,
    lat REAL,
    lon REAL,
    n INTEGER NOT NULL
);

-- One covering index per filter the UI offers as a facet or a form field (and one for
-- the map's places), each holding every column: whatever else is filtered, a count is
-- read from the index alone. The day index also finds a row by its whole key.
CREATE INDEX IF NOT EXISTS event_counts_day ON event_counts(
    day, status, type, source_country, target_country, outlet, mode, dated,
    location_name, location_country, lat, lon, n);
CREATE INDEX IF NOT EXISTS event_counts_type ON event_counts(
    type, status, day, source_country, target_country, outlet, mode, dated,
    location_name, location_country, lat, lon, n);
CREATE INDEX IF NOT EXISTS event_counts_source ON event_counts(
    source_country, status, day, type, target_country, outlet, mode, dated,
    location_name, location_country, lat, lon, n);
CREATE INDEX IF NOT EXISTS event_counts_target ON event_counts(
    target_country, status, day, type, source_country, outlet, mode, dated,
    location_name, location_country, lat, lon, n);
CREATE INDEX IF NOT EXISTS event_counts_outlet ON event_counts(
    outlet, status, day, type, source_country, target_country, mode, dated,
    location_name, location_country, lat, lon, n);
CREATE INDEX IF NOT EXISTS event_counts_place ON event_counts(
    location_name, location_country, lat, lon, type, status, day, source_country,
    target_country, outlet, mode, dated, n);

-- Each event's key in the counts: its own values, its article's date and outlet.
CREATE VIEW IF NOT EXISTS counted_events AS
SELECT e.id AS event_id, e.article_id, coalesce(e.date, a.published) AS day,
       e.date IS NOT NULL AS dated, e.type, e.mode, e.status, e.source_country,
       e.target_country, a.outlet, e.location_name, e.location_country, e.lat, e.lon
FROM events e JOIN articles a ON a.id = e.article_id;

-- Every change to the counts goes through this view, which reads as empty: inserting
-- (key, change) adds ``change`` (+k or -k) to the key's row, creating the row when
-- there is none and removing it when its count reaches 0. Keys are matched with IS
-- (NULL is a value here).
CREATE VIEW IF NOT EXISTS event_count_changes(
    day, dated, type, mode, status, source_country, target_country, outlet,
    location_name, location_country, lat, lon, change) AS
SELECT day, dated, type, mode, status, source_country, target_country, outlet,
       location_name, location_country, lat, lon, n
FROM event_counts LIMIT 0;

DROP TRIGGER IF EXISTS event_count_change_apply;
CREATE TRIGGER event_count_change_apply INSTEAD OF INSERT ON event_count_changes
BEGIN
    UPDATE event_counts SET n = n + NEW.change
    WHERE day IS NEW.day AND status = NEW.status AND type = NEW.type
        AND source_country IS NEW.source_country AND target_country IS NEW.target_country
        AND outlet IS NEW.outlet AND mode IS NEW.mode AND dated = NEW.dated
        AND location_name IS NEW.location_name AND location_country IS NEW.location_country
        AND lat IS NEW.lat AND lon IS NEW.lon;
    -- changes(): rows the UPDATE above touched (0: the key has no row yet).
    INSERT INTO event_counts(day, dated, type, mode, status, source_country, target_country,
                             outlet, location_name, location_country, lat, lon, n)
    SELECT NEW.day, NEW.dated, NEW.type, NEW.mode, NEW.status, NEW.source_country,
           NEW.target_country, NEW.outlet, NEW.location_name, NEW.location_country,
           NEW.lat, NEW.lon, NEW.change
    WHERE changes() = 0 AND NEW.change > 0;
    DELETE FROM event_counts
    WHERE n <= 0 AND day IS NEW.day AND status = NEW.status AND type = NEW.type;
END;

-- An event counts in (+1) once stored and out (-1) before it goes or changes, each time
-- read from counted_events: the triggers below say only when and which events.
DROP TRIGGER IF EXISTS event_counts_insert;
CREATE TRIGGER event_counts_insert AFTER INSERT ON events
BEGIN
    INSERT INTO event_count_changes
    SELECT day, dated, type, mode, status, source_country, target_country, outlet,
           location_name, location_country, lat, lon, 1
    FROM counted_events WHERE event_id = NEW.id;
END;

-- An event of an article being deleted is counted out while the article is still there
-- (below).
DROP TRIGGER IF EXISTS event_counts_delete;
CREATE TRIGGER event_counts_delete BEFORE DELETE ON events
BEGIN
    INSERT INTO event_count_changes
    SELECT day, dated, type, mode, status, source_country, target_country, outlet,
           location_name, location_country, lat, lon, -1
    FROM counted_events WHERE event_id = OLD.id;
END;

-- A changed event (a status recoded by a migration, say) counts out, then in again.
DROP TRIGGER IF EXISTS event_counts_update_out;
CREATE TRIGGER event_counts_update_out BEFORE UPDATE OF
    article_id, date, type, mode, status, source_country, target_country,
    location_name, location_country, lat, lon ON events
WHEN EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id)
    AND EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id)
BEGIN
    INSERT INTO event_count_changes
    SELECT day, dated, type, mode, status, source_country, target_country, outlet,
           location_name, location_country, lat, lon, -1
    FROM counted_events WHERE event_id = OLD.id;
END;
DROP TRIGGER IF EXISTS event_counts_update_in;
CREATE TRIGGER event_counts_update_in AFTER UPDATE OF
    article_id, date, type, mode, status, source_country, target_country,
    location_name, location_country, lat, lon ON events
WHEN EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id)
    AND EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id)
BEGIN
    INSERT INTO event_count_changes
    SELECT day, dated, type, mode, status, source_country, target_country, outlet,
           location_name, location_country, lat, lon, 1
    FROM counted_events WHERE event_id = NEW.id;
END;

-- Deleting an article deletes its events first, while the article (its date and outlet)
-- is still there to count them out; the foreign key's cascade then finds none.
DROP TRIGGER IF EXISTS event_counts_article_delete;
CREATE TRIGGER event_counts_article_delete BEFORE DELETE ON articles
BEGIN
    DELETE FROM events WHERE article_id = OLD.id;
END;

-- A changed publication date or outlet moves the article's events: out under the old
-- values, in under the new.
DROP TRIGGER IF EXISTS event_counts_article_update_out;
CREATE TRIGGER event_counts_article_update_out BEFORE UPDATE OF published, outlet ON articles
WHEN OLD.published IS NOT NEW.published OR OLD.outlet IS NOT NEW.outlet
BEGIN
    INSERT INTO event_count_changes
    SELECT day, dated, type, mode, status, source_country, target_country, outlet,
           location_name, location_country, lat, lon, -count(*)
    FROM counted_events WHERE article_id = OLD.id
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
END;
DROP TRIGGER IF EXISTS event_counts_article_update_in;
CREATE TRIGGER event_counts_article_update_in AFTER UPDATE OF published, outlet ON articles
WHEN OLD.published IS NOT NEW.published OR OLD.outlet IS NOT NEW.outlet
BEGIN
    INSERT INTO event_count_changes
    SELECT day, dated, type, mode, status, source_country, target_country, outlet,
           location_name, location_country, lat, lon, count(*)
    FROM counted_events WHERE article_id = NEW.id
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
END;

-- The counts of the events already stored.
DELETE FROM event_counts;
INSERT INTO event_counts(day, dated, type, mode, status, source_country, target_country,
                         outlet, location_name, location_country, lat, lon, n)
SELECT day, dated, type, mode, status, source_country, target_country, outlet,
       location_name, location_country, lat, lon, count(*)
FROM counted_events
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;

-- The actor filter (either party, by id or by name in any case) as a union of index
-- lookups instead of a scan of every event: names compared without case need indexes
-- that compare them so.
CREATE INDEX IF NOT EXISTS events_source_name_nocase ON events(source_name COLLATE NOCASE, status);
CREATE INDEX IF NOT EXISTS events_target_name_nocase ON events(target_name COLLATE NOCASE, status);

-- An actor's profile (its events as source or target: types, partners, the first
-- events by date) read from indexes alone, and its outlets from its mentions.
CREATE INDEX IF NOT EXISTS events_source_actor_profile ON events(
    source_actor_id, status, date, type, target_actor_id, source_name, target_name,
    source_country, target_country);
CREATE INDEX IF NOT EXISTS events_target_actor_profile ON events(
    target_actor_id, status, date, type, source_actor_id, source_name, target_name,
    source_country, target_country);
CREATE INDEX IF NOT EXISTS mentions_actor_article ON mentions(actor_id, article_id);

-- Rows of events under any filter the UI offers (the events table, its exports):
-- each facet's index also holds the other filters' columns, so a filter is checked on
-- the index and only the matching rows are read; with one status, the date follows
-- in order (a page sorted by date needs no sort).
CREATE INDEX IF NOT EXISTS events_type_filter ON events(
    type, status, date, source_country, target_country, mode, article_id);
CREATE INDEX IF NOT EXISTS events_source_country_filter ON events(
    source_country, status, date, type, target_country, mode, article_id);
CREATE INDEX IF NOT EXISTS events_target_country_filter ON events(
    target_country, status, date, type, source_country, mode, article_id);
CREATE INDEX IF NOT EXISTS events_date_filter ON events(
    date, status, type, source_country, target_country, mode, article_id);
