-- 0008_stemmed_search: search matches the forms of a word ("talk" finds
-- "talks" and "talked"): the full-text index is built again with FTS5's
-- Porter stemmer in front of the tokenizer of 0002. Facet tokens
-- ("site_example_org") are stemmed alike in the index and in the query,
-- so they still match only each other. PostgreSQL's index stems with
-- Snowball English since its migration 0008.
DROP TRIGGER documents_ai;
DROP TRIGGER documents_ad;
DROP TABLE documents_fts;

CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text, facets,
	content = 'documents', content_rowid = 'seq',
	tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_'"
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, text, facets) VALUES (new.seq, new.title, new.text, new.facets);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text, facets) VALUES ('delete', old.seq, old.title, old.text, old.facets);
END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
