-- 0001_init: documents in versions, analysis, stories, full-text index.
-- The same model as store/sqlite's 0001_init, in PostgreSQL terms.

-- One row per stored version of a document. doc_id is the CONTRACT id;
-- exactly one version per doc_id has is_current.
CREATE TABLE documents (
	seq          bigserial PRIMARY KEY,
	doc_id       text    NOT NULL,
	version      integer NOT NULL,
	is_current   boolean NOT NULL DEFAULT true,
	hash         text    NOT NULL,
	source       text    NOT NULL DEFAULT '',
	url          text    NOT NULL DEFAULT '',
	title        text    NOT NULL DEFAULT '',
	author       text    NOT NULL DEFAULT '',
	date         text    NOT NULL DEFAULT '',
	day          text    NOT NULL DEFAULT '', -- first 10 characters of date
	date_source  text    NOT NULL DEFAULT '',
	sitename     text    NOT NULL DEFAULT '',
	site         text    NOT NULL DEFAULT '',
	language     text    NOT NULL DEFAULT '',
	text         text    NOT NULL DEFAULT '',
	raw          bytea,                       -- gzip of the original page
	story_id     text    NOT NULL DEFAULT '',
	duplicate_of text    NOT NULL DEFAULT '',
	ingested_at  text    NOT NULL,
	-- Full-text index over title (weight A) and text (weight B). The
	-- 'simple' configuration lower-cases without stemming, like SQLite's
	-- unicode61 tokenizer.
	tsv tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', text), 'B')
	) STORED,
	UNIQUE (doc_id, version),
	UNIQUE (doc_id, hash)
);
CREATE UNIQUE INDEX documents_one_current ON documents (doc_id) WHERE is_current;
CREATE INDEX documents_current_day ON documents (day DESC, seq DESC) WHERE is_current;
CREATE INDEX documents_story ON documents (story_id, day) WHERE is_current;
CREATE INDEX documents_site ON documents (site, day) WHERE is_current;
CREATE INDEX documents_tsv ON documents USING gin (tsv);

CREATE TABLE entities (
	id   bigserial PRIMARY KEY,
	name text NOT NULL,
	type text NOT NULL
);
CREATE UNIQUE INDEX entities_name_type ON entities (lower(name), type);

-- Mentions of an entity in one document version; offsets in code points.
CREATE TABLE mentions (
	id        bigserial PRIMARY KEY,
	seq       bigint  NOT NULL REFERENCES documents (seq),
	entity_id bigint  NOT NULL REFERENCES entities (id),
	start_pos integer NOT NULL,
	end_pos   integer NOT NULL,
	text      text    NOT NULL
);
CREATE INDEX mentions_seq ON mentions (seq);
CREATE INDEX mentions_entity ON mentions (entity_id, seq);

CREATE TABLE quotes (
	id            bigserial PRIMARY KEY,
	seq           bigint  NOT NULL REFERENCES documents (seq),
	type          text    NOT NULL,
	content_start integer NOT NULL,
	content_end   integer NOT NULL,
	content       text    NOT NULL,
	cue_start     integer,
	cue_end       integer,
	cue           text,
	mention_start integer,
	mention_end   integer,
	mention       text,
	speaker       text    NOT NULL DEFAULT ''
);
CREATE INDEX quotes_seq ON quotes (seq);
CREATE INDEX quotes_speaker ON quotes (lower(speaker));

-- Stories with aggregates over their current documents, kept up to date by
-- every Put.
CREATE TABLE stories (
	id         text PRIMARY KEY,
	label      text    NOT NULL DEFAULT '',
	first_seen text    NOT NULL DEFAULT '',
	last_seen  text    NOT NULL DEFAULT '',
	documents  integer NOT NULL DEFAULT 0,
	sites      integer NOT NULL DEFAULT 0,
	updated_at text    NOT NULL DEFAULT ''
);
CREATE INDEX stories_activity ON stories (last_seen DESC, id);
