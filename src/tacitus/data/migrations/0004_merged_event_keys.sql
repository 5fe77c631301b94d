-- Tacitus store, schema version 4: a story's merged events by type and countries, the
-- only ones a new report can join (tacitus.link.merge), found without reading the rest.

CREATE INDEX merged_events_key ON merged_events(story_id, type, source_country, target_country);
DROP INDEX merged_events_story;  -- the new index leads with story_id
