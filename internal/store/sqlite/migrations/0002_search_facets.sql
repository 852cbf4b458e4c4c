-- 0002_search_facets: index each document's site and entity names in the
-- full-text table as facet tokens ("site_example_org", "ent_mara_quill"),
-- so that a search restricted to an outlet or an entity intersects posting
-- lists instead of checking every match of a common word against the
-- filter. Underscores join a facet into one token; a user's search words
-- never contain one, so facets never match ordinary searches.

ALTER TABLE documents ADD COLUMN facets TEXT NOT NULL DEFAULT '';

-- Facets of the documents already stored, folded as facetToken does for
-- the usual separators (space, dot, hyphen, apostrophe).
UPDATE documents SET facets = trim(
	CASE WHEN site <> '' THEN 'site_' || replace(replace(replace(replace(lower(site), '.', '_'), '-', '_'), ' ', '_'), '''', '_') ELSE '' END
	|| ' ' || COALESCE((
		SELECT group_concat('ent_' || replace(replace(replace(replace(lower(name), ' ', '_'), '.', '_'), '-', '_'), '''', '_'), ' ')
		FROM (SELECT DISTINCT e.name AS name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.seq = documents.seq)), ''));

DROP TRIGGER documents_ai;
DROP TRIGGER documents_ad;
DROP TABLE documents_fts;

CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text, facets,
	content = 'documents', content_rowid = 'seq',
	tokenize = "unicode61 remove_diacritics 2 tokenchars '_'"
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, text, facets) VALUES (new.seq, new.title, new.text, new.facets);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text, facets) VALUES ('delete', old.seq, old.title, old.text, old.facets);
END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
