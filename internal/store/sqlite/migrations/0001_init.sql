-- 0001_init: documents in versions, analysis, stories, full-text index.

-- One row per stored version of a document. doc_id is the CONTRACT id;
-- exactly one version per doc_id has current = 1.
CREATE TABLE documents (
	seq          INTEGER PRIMARY KEY,
	doc_id       TEXT    NOT NULL,
	version      INTEGER NOT NULL,
	current      INTEGER NOT NULL DEFAULT 1,
	hash         TEXT    NOT NULL,
	source       TEXT    NOT NULL DEFAULT '',
	url          TEXT    NOT NULL DEFAULT '',
	title        TEXT    NOT NULL DEFAULT '',
	author       TEXT    NOT NULL DEFAULT '',
	date         TEXT    NOT NULL DEFAULT '',
	day          TEXT    NOT NULL DEFAULT '', -- first 10 characters of date
	date_source  TEXT    NOT NULL DEFAULT '',
	sitename     TEXT    NOT NULL DEFAULT '',
	site         TEXT    NOT NULL DEFAULT '',
	language     TEXT    NOT NULL DEFAULT '',
	text         TEXT    NOT NULL DEFAULT '',
	raw          BLOB,                       -- gzip of the original page
	story_id     TEXT    NOT NULL DEFAULT '',
	duplicate_of TEXT    NOT NULL DEFAULT '',
	ingested_at  TEXT    NOT NULL,
	UNIQUE (doc_id, version),
	UNIQUE (doc_id, hash)
);
CREATE INDEX documents_current_day ON documents (current, day DESC, seq DESC);
CREATE INDEX documents_story ON documents (story_id, day) WHERE current = 1;
CREATE INDEX documents_site ON documents (site, day) WHERE current = 1;

-- Full-text index over title and text of every version; queries join on
-- current = 1.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text,
	content = 'documents', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TABLE entities (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	type TEXT NOT NULL,
	UNIQUE (name COLLATE NOCASE, type)
);

-- Mentions of an entity in one document version; offsets in code points.
CREATE TABLE mentions (
	seq       INTEGER NOT NULL REFERENCES documents (seq),
	entity_id INTEGER NOT NULL REFERENCES entities (id),
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	text      TEXT    NOT NULL
);
CREATE INDEX mentions_seq ON mentions (seq);
CREATE INDEX mentions_entity ON mentions (entity_id, seq);

CREATE TABLE quotes (
	id            INTEGER PRIMARY KEY,
	seq           INTEGER NOT NULL REFERENCES documents (seq),
	type          TEXT    NOT NULL,
	content_start INTEGER NOT NULL,
	content_end   INTEGER NOT NULL,
	content       TEXT    NOT NULL,
	cue_start     INTEGER,
	cue_end       INTEGER,
	cue           TEXT,
	mention_start INTEGER,
	mention_end   INTEGER,
	mention       TEXT,
	speaker       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX quotes_seq ON quotes (seq);
CREATE INDEX quotes_speaker ON quotes (speaker COLLATE NOCASE);

-- Stories with aggregates over their current documents, kept up to date by
-- every Put.
CREATE TABLE stories (
	id         TEXT PRIMARY KEY,
	label      TEXT    NOT NULL DEFAULT '',
	first_seen TEXT    NOT NULL DEFAULT '',
	last_seen  TEXT    NOT NULL DEFAULT '',
	documents  INTEGER NOT NULL DEFAULT 0,
	sites      INTEGER NOT NULL DEFAULT 0,
	updated_at TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX stories_activity ON stories (last_seen DESC, id);
