-- 0003_fetches: the log of every HTTP fetch made by ingest (articles, feeds,
-- sitemaps, robots.txt), so stored pages trace back to their request and
-- failed fetches can be inspected.

CREATE TABLE fetches (
	id           bigserial   PRIMARY KEY,
	url          text        NOT NULL,
	final_url    text        NOT NULL DEFAULT '',
	purpose      text        NOT NULL DEFAULT '',
	status       integer     NOT NULL DEFAULT 0,
	not_modified boolean     NOT NULL DEFAULT false,
	bytes        bigint      NOT NULL DEFAULT 0,
	attempts     integer     NOT NULL DEFAULT 0,
	started      timestamptz NOT NULL,
	duration_ns  bigint      NOT NULL DEFAULT 0,
	error        text        NOT NULL DEFAULT ''
);
CREATE INDEX fetches_url ON fetches (url);
CREATE INDEX fetches_final_url ON fetches (final_url);
