-- Tacitus store, schema version 3: indexes for the web interface (tacitus serve), so
-- its pages stay fast at 100,000+ events (benchmarks/web_benchmark.py). Most are
-- covering indexes: aggregates read the index alone, never the wide event rows.

CREATE INDEX events_date_type ON events(date, type);          -- timeline
CREATE INDEX events_article_date ON events(article_id, date);  -- search results by date
CREATE INDEX events_source_actor_name ON events(source_actor_id, source_name, source_country);
CREATE INDEX events_source_name ON events(source_name);       -- sorting the table
CREATE INDEX events_target_name ON events(target_name);
CREATE INDEX events_mode ON events(mode);                     -- mode facet
CREATE INDEX events_place ON events(location_name, location_country, lat, lon, type);  -- map
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor_id);
