-- Tacitus store, schema version 6: each quote keeps its speaker as written in the
-- article ("he", "the ministry", "a senior official", "Lavrov") beside the resolved
-- speaker, with its offsets into the article's text.
ALTER TABLE quotes ADD COLUMN speaker_text TEXT;
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;

-- Quotes stored before this version: the speaker's span is in the article's doc_json
-- (the quote with the same offsets); the words are read from the article's text.
UPDATE quotes SET (speaker_start, speaker_end) = (
    SELECT json_extract(j.value, '$.speaker_span[0]'), json_extract(j.value, '$.speaker_span[1]')
    FROM articles a, json_each(a.doc_json, '$.quotes') j
    WHERE a.id = quotes.article_id
      AND json_extract(j.value, '$.start') = quotes.start
      AND json_extract(j.value, '$.end') = quotes.end
    LIMIT 1);
UPDATE quotes SET speaker_text = (
    SELECT substr(a.text, quotes.speaker_start + 1, quotes.speaker_end - quotes.speaker_start)
    FROM articles a WHERE a.id = quotes.article_id)
WHERE speaker_start IS NOT NULL AND speaker_end IS NOT NULL;
