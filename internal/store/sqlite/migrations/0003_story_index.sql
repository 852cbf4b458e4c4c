-- 0003_story_index: a covering index for the documents of a story, so that
-- a story page of thousands of documents reads the index only, not every
-- document row (which holds the text and the compressed page).

DROP INDEX documents_story;
CREATE INDEX documents_story ON documents (story_id, day, date, seq, doc_id, title, url, site, duplicate_of)
	WHERE current = 1;
