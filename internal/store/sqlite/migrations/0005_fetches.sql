-- 0005_fetches: the log of every HTTP fetch made by ingest (articles, feeds,
-- sitemaps, robots.txt), so stored pages trace back to their request and
-- failed fetches can be inspected.

CREATE TABLE fetches (
	id           INTEGER PRIMARY KEY,
	url          TEXT    NOT NULL,
	final_url    TEXT    NOT NULL DEFAULT '',
	purpose      TEXT    NOT NULL DEFAULT '',
	status       INTEGER NOT NULL DEFAULT 0,
	not_modified INTEGER NOT NULL DEFAULT 0,
	bytes        INTEGER NOT NULL DEFAULT 0,
	attempts     INTEGER NOT NULL DEFAULT 0,
	started      TEXT    NOT NULL,
	duration_ns  INTEGER NOT NULL DEFAULT 0,
	error        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX fetches_url ON fetches (url);
CREATE INDEX fetches_final_url ON fetches (final_url);
