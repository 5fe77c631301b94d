-- Tacitus store, schema version 5: which trigger finder produced an event and how far
-- to trust it; merged events keep their reports' status (only reports of one status
-- are merged); the status in the indexes, since every read filters on it.

-- Events stored before this version were all found by the trigger lexicon; their
-- confidence was never measured (0).
ALTER TABLE events ADD COLUMN annotator TEXT NOT NULL DEFAULT 'lexicon';
ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 0;

ALTER TABLE merged_events ADD COLUMN status TEXT NOT NULL DEFAULT 'asserted';
UPDATE merged_events SET status = coalesce(
    (SELECT e.status FROM merged_event_reports r JOIN events e ON e.id = r.event_id
     WHERE r.merged_event_id = merged_events.id ORDER BY e.status = 'asserted' DESC LIMIT 1),
    'asserted');
-- 'alleged' is no status any more: such events are claimed.
UPDATE events SET status = 'claimed' WHERE status = 'alleged';

-- Every read filters on the status (asserted unless asked): the indexes the web pages
-- count, sort and group on end with it, so they stay covering (no row is read to check
-- a status) whether one status is asked for or all of them. The type, country and
-- actor id indexes are replaced by 0007's, which lead with (column, status).
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_source_country;
DROP INDEX IF EXISTS events_target_country;
DROP INDEX events_date;  -- events_date_type leads with the date
DROP INDEX events_date_type;
CREATE INDEX events_date_type ON events(date, type, status);
DROP INDEX IF EXISTS events_source_actor;
DROP INDEX IF EXISTS events_target_actor;
DROP INDEX events_article_date;
CREATE INDEX events_article_date ON events(article_id, date, status);
DROP INDEX events_source_actor_name;
CREATE INDEX events_source_actor_name ON events(source_actor_id, source_name, source_country, status);
DROP INDEX events_source_name;
CREATE INDEX events_source_name ON events(source_name, status);
DROP INDEX events_target_name;
CREATE INDEX events_target_name ON events(target_name, status);
DROP INDEX events_mode;
CREATE INDEX events_mode ON events(mode, status);
DROP INDEX events_place;
CREATE INDEX events_place ON events(location_name, location_country, lat, lon, type, status);
