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

-- An event counts in (+1) and out (-1). Rows are matched with IS (NULL is a value
-- here); a row whose count reaches 0 is removed.
DROP TRIGGER IF EXISTS event_counts_insert;
CREATE TRIGGER event_counts_insert AFTER INSERT ON events
WHEN EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id)
BEGIN
    INSERT INTO event_counts(day, dated, type, mode, status, source_country, target_country,
                             outlet, location_name, location_country, lat, lon, n)
    SELECT coalesce(NEW.date, a.published), NEW.date IS NOT NULL, NEW.type, NEW.mode,
           NEW.status, NEW.source_country, NEW.target_country, a.outlet, NEW.location_name,
           NEW.location_country, NEW.lat, NEW.lon, 0
    FROM articles a WHERE a.id = NEW.article_id AND NOT EXISTS (
        SELECT 1 FROM event_counts c WHERE c.day IS coalesce(NEW.date, a.published)
        AND c.status = NEW.status AND c.type = NEW.type
        AND c.source_country IS NEW.source_country AND c.target_country IS NEW.target_country
        AND c.outlet IS a.outlet AND c.mode IS NEW.mode AND c.dated = (NEW.date IS NOT NULL)
        AND c.location_name IS NEW.location_name AND c.location_country IS NEW.location_country
        AND c.lat IS NEW.lat AND c.lon IS NEW.lon);
    UPDATE event_counts SET n = n + 1
    WHERE day IS coalesce(NEW.date, (SELECT published FROM articles WHERE id = NEW.article_id))
        AND status = NEW.status AND type = NEW.type
        AND source_country IS NEW.source_country AND target_country IS NEW.target_country
        AND outlet IS (SELECT outlet FROM articles WHERE id = NEW.article_id)
        AND mode IS NEW.mode AND dated = (NEW.date IS NOT NULL)
        AND location_name IS NEW.location_name AND location_country IS NEW.location_country
        AND lat IS NEW.lat AND lon IS NEW.lon;
END;

-- An event of an article being deleted was counted out before the article went (below).
DROP TRIGGER IF EXISTS event_counts_delete;
CREATE TRIGGER event_counts_delete AFTER DELETE ON events
WHEN EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id)
BEGIN
    UPDATE event_counts SET n = n - 1
    WHERE day IS coalesce(OLD.date, (SELECT published FROM articles WHERE id = OLD.article_id))
        AND status = OLD.status AND type = OLD.type
        AND source_country IS OLD.source_country AND target_country IS OLD.target_country
        AND outlet IS (SELECT outlet FROM articles WHERE id = OLD.article_id)
        AND mode IS OLD.mode AND dated = (OLD.date IS NOT NULL)
        AND location_name IS OLD.location_name AND location_country IS OLD.location_country
        AND lat IS OLD.lat AND lon IS OLD.lon;
    DELETE FROM event_counts
    WHERE n <= 0
        AND day IS coalesce(OLD.date, (SELECT published FROM articles WHERE id = OLD.article_id))
        AND status = OLD.status AND type = OLD.type;
END;

-- A changed event (a status recoded by a migration, say) counts out, then in again.
DROP TRIGGER IF EXISTS event_counts_update;
CREATE TRIGGER event_counts_update AFTER UPDATE OF
    article_id, date, type, mode, status, source_country, target_country,
    location_name, location_country, lat, lon ON events
WHEN EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id)
    AND EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id)
BEGIN
    UPDATE event_counts SET n = n - 1
    WHERE day IS coalesce(OLD.date, (SELECT published FROM articles WHERE id = OLD.article_id))
        AND status = OLD.status AND type = OLD.type
        AND source_country IS OLD.source_country AND target_country IS OLD.target_country
        AND outlet IS (SELECT outlet FROM articles WHERE id = OLD.article_id)
        AND mode IS OLD.mode AND dated = (OLD.date IS NOT NULL)
        AND location_name IS OLD.location_name AND location_country IS OLD.location_country
        AND lat IS OLD.lat AND lon IS OLD.lon;
    DELETE FROM event_counts
    WHERE n <= 0
        AND day IS coalesce(OLD.date, (SELECT published FROM articles WHERE id = OLD.article_id))
        AND status = OLD.status AND type = OLD.type;
    INSERT INTO event_counts(day, dated, type, mode, status, source_country, target_country,
                             outlet, location_name, location_country, lat, lon, n)
    SELECT coalesce(NEW.date, a.published), NEW.date IS NOT NULL, NEW.type, NEW.mode,
           NEW.status, NEW.source_country, NEW.target_country, a.outlet, NEW.location_name,
           NEW.location_country, NEW.lat, NEW.lon, 0
    FROM articles a WHERE a.id = NEW.article_id AND NOT EXISTS (
        SELECT 1 FROM event_counts c WHERE c.day IS coalesce(NEW.date, a.published)
        AND c.status = NEW.status AND c.type = NEW.type
        AND c.source_country IS NEW.source_country AND c.target_country IS NEW.target_country
        AND c.outlet IS a.outlet AND c.mode IS NEW.mode AND c.dated = (NEW.date IS NOT NULL)
        AND c.location_name IS NEW.location_name AND c.location_country IS NEW.location_country
        AND c.lat IS NEW.lat AND c.lon IS NEW.lon);
    UPDATE event_counts SET n = n + 1
    WHERE day IS coalesce(NEW.date, (SELECT published FROM articles WHERE id = NEW.article_id))
        AND status = NEW.status AND type = NEW.type
        AND source_country IS NEW.source_country AND target_country IS NEW.target_country
        AND outlet IS (SELECT outlet FROM articles WHERE id = NEW.article_id)
        AND mode IS NEW.mode AND dated = (NEW.date IS NOT NULL)
        AND location_name IS NEW.location_name AND location_country IS NEW.location_country
        AND lat IS NEW.lat AND lon IS NEW.lon;
END;

-- Deleting an article deletes its events first, while the article (its date and outlet)
-- is still there to count them out; the foreign key's cascade then finds none.
DROP TRIGGER IF EXISTS event_counts_article_delete;
CREATE TRIGGER event_counts_article_delete BEFORE DELETE ON articles
BEGIN
    DELETE FROM events WHERE article_id = OLD.id;
END;

-- A changed publication date or outlet moves the article's events: out under the old
-- values, in under the new. (A NULL day is never IN a list: rows without one are
-- looked at too, and change only when they are the article's.)
DROP TRIGGER IF EXISTS event_counts_article_update;
CREATE TRIGGER event_counts_article_update AFTER UPDATE OF published, outlet ON articles
WHEN OLD.published IS NOT NEW.published OR OLD.outlet IS NOT NEW.outlet
BEGIN
    UPDATE event_counts SET n = n - (
        SELECT count(*) FROM events e WHERE e.article_id = OLD.id
        AND event_counts.day IS coalesce(e.date, OLD.published) AND event_counts.status = e.status
        AND event_counts.type = e.type AND event_counts.source_country IS e.source_country
        AND event_counts.target_country IS e.target_country AND event_counts.mode IS e.mode
        AND event_counts.dated = (e.date IS NOT NULL)
        AND event_counts.location_name IS e.location_name
        AND event_counts.location_country IS e.location_country
        AND event_counts.lat IS e.lat AND event_counts.lon IS e.lon)
    WHERE event_counts.outlet IS OLD.outlet AND (event_counts.day IS NULL
        OR event_counts.day IN (SELECT coalesce(date, OLD.published) FROM events
                                WHERE article_id = OLD.id));
    DELETE FROM event_counts WHERE n <= 0 AND outlet IS OLD.outlet AND (day IS NULL
        OR day IN (SELECT coalesce(date, OLD.published) FROM events WHERE article_id = OLD.id));
    INSERT INTO event_counts(day, dated, type, mode, status, source_country, target_country,
                             outlet, location_name, location_country, lat, lon, n)
    SELECT DISTINCT coalesce(e.date, NEW.published), e.date IS NOT NULL, e.type, e.mode,
           e.status, e.source_country, e.target_country, NEW.outlet, e.location_name,
           e.location_country, e.lat, e.lon, 0
    FROM events e WHERE e.article_id = NEW.id AND NOT EXISTS (
        SELECT 1 FROM event_counts c WHERE c.day IS coalesce(e.date, NEW.published)
        AND c.status = e.status AND c.type = e.type
        AND c.source_country IS e.source_country AND c.target_country IS e.target_country
        AND c.outlet IS NEW.outlet AND c.mode IS e.mode AND c.dated = (e.date IS NOT NULL)
        AND c.location_name IS e.location_name AND c.location_country IS e.location_country
        AND c.lat IS e.lat AND c.lon IS e.lon);
    UPDATE event_counts SET n = n + (
        SELECT count(*) FROM events e WHERE e.article_id = NEW.id
        AND event_counts.day IS coalesce(e.date, NEW.published) AND event_counts.status = e.status
        AND event_counts.type = e.type AND event_counts.source_country IS e.source_country
        AND event_counts.target_country IS e.target_country AND event_counts.mode IS e.mode
        AND event_counts.dated = (e.date IS NOT NULL)
        AND event_counts.location_name IS e.location_name
        AND event_counts.location_country IS e.location_country
        AND event_counts.lat IS e.lat AND event_counts.lon IS e.lon)
    WHERE event_counts.outlet IS NEW.outlet AND (event_counts.day IS NULL
        OR event_counts.day IN (SELECT coalesce(date, NEW.published) FROM events
                                WHERE article_id = NEW.id));
END;

-- The counts of the events already stored.
DELETE FROM event_counts;
INSERT INTO event_counts(day, dated, type, mode, status, source_country, target_country,
                         outlet, location_name, location_country, lat, lon, n)
SELECT coalesce(e.date, a.published), e.date IS NOT NULL, e.type, e.mode, e.status,
       e.source_country, e.target_country, a.outlet, e.location_name, e.location_country,
       e.lat, e.lon, count(*)
FROM events e JOIN articles a ON a.id = e.article_id
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
