-- Tacitus store, schema version 5: which trigger finder produced an event and how far
-- to trust it; merged events keep their reports' status (only reports of one status
-- are merged); indexes for the status filter every read applies (asserted by default).

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

-- Covering indexes for the default (asserted) view of the web pages' counts.
CREATE INDEX events_status_type ON events(status, type);
CREATE INDEX events_status_date_type ON events(status, date, type);
CREATE INDEX events_status_source_country ON events(status, source_country);
CREATE INDEX events_status_target_country ON events(status, target_country);
