-- 0004_put_function: Put as one server-side function call, and the
-- full-text index in a table of its own.
--
-- Put used to send 8 statements in 6 round trips (BEGIN, lock, version
-- check, document, 2 statements per entity, mentions, one per quote,
-- COMMIT). storyline_put does the same work in one call, run by the client
-- as a single statement in its own (implicit) transaction: one round trip
-- and one commit per document. Its steps, their order and their locks are
-- those of the Go code it replaces (see write.go).

-- storyline_refresh_story recomputes a story's aggregates from its current
-- documents; p_updated_at, when not empty, records new activity.
CREATE FUNCTION storyline_refresh_story(p_id text, p_updated_at text) RETURNS void
LANGUAGE sql AS $$
	UPDATE stories SET
		first_seen = COALESCE(a.first_day, substr(a.first_at, 1, 10), ''),
		last_seen  = COALESCE(a.last_day, substr(a.last_at, 1, 10), ''),
		documents  = a.n,
		sites      = a.sites,
		updated_at = CASE WHEN p_updated_at <> '' THEN p_updated_at ELSE stories.updated_at END
	FROM (SELECT MIN(NULLIF(day, '')) AS first_day, MAX(NULLIF(day, '')) AS last_day,
	             MIN(ingested_at) AS first_at, MAX(ingested_at) AS last_at,
	             COUNT(*) AS n, COUNT(DISTINCT NULLIF(site, '')) AS sites
	      FROM documents WHERE story_id = p_id AND is_current) a
	WHERE stories.id = p_id
$$;

-- The full-text index lives in a table of its own.
--
-- The tsvector was a generated column of documents. Every later UPDATE of
-- a document row (the grouper's story assignment, a new version clearing
-- is_current) changes indexed columns, so it is never a HOT update: each
-- one inserted all of the document's words into the GIN index again,
-- which cost about as much as the first insertion. In document_search the
-- words are indexed once per version, when it is stored.
CREATE TABLE document_search (
	seq bigint PRIMARY KEY REFERENCES documents (seq),
	-- title (weight A) and text (weight B), 'simple' configuration.
	tsv tsvector NOT NULL
);
INSERT INTO document_search (seq, tsv) SELECT seq, tsv FROM documents;
CREATE INDEX document_search_tsv ON document_search USING gin (tsv);
DROP INDEX documents_tsv;
ALTER TABLE documents DROP COLUMN tsv;

-- The page is stored gzip-compressed already: keep it out of line without
-- a second (pglz) compression attempt.
ALTER TABLE documents ALTER COLUMN raw SET STORAGE EXTERNAL;

-- lz4 compresses the text and the tsvector several times faster than the
-- default pglz, on writes and reads, where the server was built with it
-- (PostgreSQL 14 and later); elsewhere the columns keep the default.
DO $$
BEGIN
	EXECUTE 'ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4';
	EXECUTE 'ALTER TABLE document_search ALTER COLUMN tsv SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR syntax_error OR invalid_parameter_value THEN
	NULL;
END
$$;

-- storyline_put stores one document version with its entities, mentions
-- and quotes, unless the id is already stored with this hash. o_result is
-- 0 (unchanged), 1 (added) or 2 (new version); o_seq is the new version's
-- seq, NULL when unchanged.
--
-- Entities are given once each (e_names, e_types; names not empty);
-- mentions point into them with m_entity (1-based). Quote spans that are
-- absent are NULL. Strings must not contain NUL.
--
-- The stories a moved document touches are locked in id order, so that two
-- writers moving documents between the same two stories in opposite
-- directions cannot deadlock.
CREATE FUNCTION storyline_put(
	p_doc_id text, p_hash text, p_source text, p_url text, p_title text, p_author text,
	p_date text, p_day text, p_date_source text, p_sitename text, p_site text, p_language text,
	p_text text, p_raw bytea, p_story text, p_story_label text, p_duplicate_of text, p_ingested_at text,
	e_names text[], e_types text[],
	m_entity integer[], m_start integer[], m_end integer[], m_text text[],
	q_type text[], q_content_start integer[], q_content_end integer[], q_content text[],
	q_cue_start integer[], q_cue_end integer[], q_cue text[],
	q_mention_start integer[], q_mention_end integer[], q_mention text[], q_speaker text[],
	OUT o_result integer, OUT o_seq bigint)
LANGUAGE plpgsql AS $$
DECLARE
	v_known boolean;
	v_max integer;
	v_old_story text := '';
	v_ids bigint[];
BEGIN
	-- Serialise writers of this id: duplicate deliveries and concurrent
	-- versions of one document. Each statement below takes a new snapshot,
	-- so the check sees every version committed before the lock was ours.
	PERFORM pg_advisory_xact_lock(hashtextextended(p_doc_id, 0));
	SELECT bool_or(d.hash = p_hash), MAX(d.version) INTO v_known, v_max
		FROM documents d WHERE d.doc_id = p_doc_id;
	IF v_known THEN
		o_result := 0;
		RETURN;
	END IF;
	o_result := 1;
	IF v_max IS NOT NULL THEN
		o_result := 2;
		UPDATE documents d SET is_current = false WHERE d.doc_id = p_doc_id AND d.is_current
			RETURNING d.story_id INTO v_old_story;
		v_old_story := COALESCE(v_old_story, '');
	END IF;
	INSERT INTO documents
		(doc_id, version, is_current, hash, source, url, title, author, date, day, date_source,
		 sitename, site, language, text, raw, story_id, duplicate_of, ingested_at, group_order)
	VALUES (p_doc_id, COALESCE(v_max, 0) + 1, true, p_hash, p_source, p_url, p_title, p_author,
		p_date, p_day, p_date_source, p_sitename, p_site, p_language, p_text, p_raw, p_story,
		p_duplicate_of, p_ingested_at,
		CASE WHEN p_story <> '' THEN nextval('documents_group_order') END)
	RETURNING seq INTO o_seq;
	INSERT INTO document_search (seq, tsv)
	VALUES (o_seq, setweight(to_tsvector('simple', p_title), 'A') || setweight(to_tsvector('simple', p_text), 'B'));

	-- New entities in a fixed order, so that concurrent writers wait for
	-- each other on the unique index instead of deadlocking.
	IF cardinality(e_names) > 0 THEN
		INSERT INTO entities (name, type)
		SELECT u.n, u.t FROM unnest(e_names, e_types) AS u(n, t)
		ORDER BY lower(u.n), u.t
		ON CONFLICT DO NOTHING;
		-- Their ids, one index lookup each (a join lets the planner hash
		-- the whole entities table on every call).
		SELECT array_agg((SELECT e.id FROM entities e WHERE lower(e.name) = lower(u.n) AND e.type = u.t) ORDER BY u.i)
			INTO v_ids
			FROM unnest(e_names, e_types) WITH ORDINALITY AS u(n, t, i);
		-- Mentions in the given order (the order Document returns them).
		INSERT INTO mentions (seq, entity_id, start_pos, end_pos, text)
		SELECT o_seq, v_ids[m.i], m.s, m.n, m.t
		FROM unnest(m_entity, m_start, m_end, m_text) WITH ORDINALITY AS m(i, s, n, t, o)
		ORDER BY m.o;
	END IF;
	IF cardinality(q_type) > 0 THEN
		INSERT INTO quotes
			(seq, type, content_start, content_end, content, cue_start, cue_end, cue,
			 mention_start, mention_end, mention, speaker)
		SELECT o_seq, q.ty, q.cs, q.ce, q.c, q.us, q.ue, q.u, q.ms, q.me, q.m, q.sp
		FROM unnest(q_type, q_content_start, q_content_end, q_content, q_cue_start, q_cue_end, q_cue,
			q_mention_start, q_mention_end, q_mention, q_speaker)
			WITH ORDINALITY AS q(ty, cs, ce, c, us, ue, u, ms, me, m, sp, o)
		ORDER BY q.o;
	END IF;

	-- Lock the stories touched in a fixed order, the lesser id first, so
	-- that two writers moving documents between the same two stories in
	-- opposite directions cannot deadlock.
	IF v_old_story <> '' AND v_old_story <> p_story AND (p_story = '' OR v_old_story < p_story) THEN
		PERFORM 1 FROM stories s WHERE s.id = v_old_story FOR UPDATE;
	END IF;
	IF p_story <> '' THEN
		-- The upsert locks the story row until commit; the refresh below, a
		-- later statement, then sees every committed document of it.
		INSERT INTO stories (id, label)
		VALUES (p_story, CASE WHEN p_story_label <> '' THEN p_story_label ELSE p_title END)
		ON CONFLICT (id) DO UPDATE
		SET label = CASE WHEN p_story_label <> '' THEN p_story_label ELSE stories.label END;
	END IF;
	IF v_old_story <> '' AND p_story <> '' AND v_old_story > p_story THEN
		PERFORM 1 FROM stories s WHERE s.id = v_old_story FOR UPDATE;
	END IF;
	IF p_story <> '' THEN
		PERFORM storyline_refresh_story(p_story, p_ingested_at);
	END IF;
	IF v_old_story <> '' AND v_old_story <> p_story THEN
		PERFORM storyline_refresh_story(v_old_story, '');
	END IF;
END
$$;
