-- 0006_story_counters: story aggregates that do not grow with the story.
--
-- Each Put recomputed its story's document count, distinct sites and
-- first/last day from all of the story's current documents, so storing
-- into a story of 100,000 documents read 100,000 rows. Now the counts are
-- counters moved by Put (the only write that changes a story's
-- membership: a new document, or a new version in another story or from
-- another site), with the distinct sites counted in story_sites, and the
-- first and last day are read from the documents_story index.

-- story_sites counts each story's current documents per site (sites that
-- are not empty); stories.sites is the number of its rows.
CREATE TABLE story_sites (
	story_id TEXT    NOT NULL,
	site     TEXT    NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (story_id, site)
) WITHOUT ROWID;
INSERT INTO story_sites (story_id, site, n)
SELECT story_id, site, COUNT(*) FROM documents
WHERE current = 1 AND story_id <> '' AND site <> ''
GROUP BY story_id, site;
UPDATE stories SET
	documents = (SELECT COUNT(*) FROM documents d WHERE d.story_id = stories.id AND d.current = 1),
	sites     = (SELECT COUNT(*) FROM story_sites t WHERE t.story_id = stories.id);
