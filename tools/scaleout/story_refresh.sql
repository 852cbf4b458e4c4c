-- Cost of a story's aggregates as the story grows, on PostgreSQL.
--
--   psql postgres://postgres@127.0.0.1:5432/test -f tools/scaleout/story_refresh.sql
--
-- Builds a scratch table shaped like storyline's documents (300,000 rows of
-- ~2.7 KB text, one story of 100,000 of them, 5,000 small ones, the
-- partial index on (story_id, day)) in a schema of its own, times the
-- aggregate query that storyline_refresh_story ran before migration 0005
-- against the index reads it runs now, on the big story and on a small
-- one, and drops the schema.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS story_refresh_probe CASCADE;
CREATE SCHEMA story_refresh_probe;
SET search_path = story_refresh_probe;
CREATE TABLE documents (seq bigserial PRIMARY KEY, story_id text NOT NULL, day text NOT NULL,
	ingested_at text NOT NULL, site text NOT NULL, is_current boolean NOT NULL, text text NOT NULL);
INSERT INTO documents (story_id, day, ingested_at, site, is_current, text)
SELECT CASE WHEN g % 3 = 0 THEN 's-1' ELSE 's-' || (g % 5000 + 2) END,
	to_char(date '2024-01-01' + (g % 700), 'YYYY-MM-DD'),
	to_char(date '2024-01-01' + (g % 700), 'YYYY-MM-DD') || 'T10:00:00Z',
	'site' || (g % 300), true, repeat('lorem ipsum dolor sit amet ', 100)
FROM generate_series(1, 300000) g;
CREATE INDEX documents_story ON documents (story_id, day) WHERE is_current;
VACUUM ANALYZE documents;
\timing on
\echo before 0005, story of 100,000 documents (twice: cold, warm)
SELECT MIN(NULLIF(day, '')), MAX(NULLIF(day, '')), MIN(ingested_at), MAX(ingested_at),
	COUNT(*), COUNT(DISTINCT NULLIF(site, '')) FROM documents WHERE story_id = 's-1' AND is_current;
SELECT MIN(NULLIF(day, '')), MAX(NULLIF(day, '')), MIN(ingested_at), MAX(ingested_at),
	COUNT(*), COUNT(DISTINCT NULLIF(site, '')) FROM documents WHERE story_id = 's-1' AND is_current;
\echo before 0005, story of 40 documents
SELECT MIN(NULLIF(day, '')), MAX(NULLIF(day, '')), MIN(ingested_at), MAX(ingested_at),
	COUNT(*), COUNT(DISTINCT NULLIF(site, '')) FROM documents WHERE story_id = 's-77' AND is_current;
\echo since 0005 (the counts are counters), story of 100,000 documents (twice)
SELECT (SELECT d.day FROM documents d WHERE d.story_id = 's-1' AND d.is_current AND d.day > '' ORDER BY d.day LIMIT 1),
	(SELECT d.day FROM documents d WHERE d.story_id = 's-1' AND d.is_current AND d.day > '' ORDER BY d.day DESC LIMIT 1);
SELECT (SELECT d.day FROM documents d WHERE d.story_id = 's-1' AND d.is_current AND d.day > '' ORDER BY d.day LIMIT 1),
	(SELECT d.day FROM documents d WHERE d.story_id = 's-1' AND d.is_current AND d.day > '' ORDER BY d.day DESC LIMIT 1);
\echo since 0005, story of 40 documents
SELECT (SELECT d.day FROM documents d WHERE d.story_id = 's-77' AND d.is_current AND d.day > '' ORDER BY d.day LIMIT 1),
	(SELECT d.day FROM documents d WHERE d.story_id = 's-77' AND d.is_current AND d.day > '' ORDER BY d.day DESC LIMIT 1);
\timing off
DROP SCHEMA story_refresh_probe CASCADE;
