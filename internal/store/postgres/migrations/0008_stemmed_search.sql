-- Search matches the forms of a word ("talk" finds "talks" and "talked"):
-- a text search configuration of its own, 'storyline', reads words as
-- 'simple' does but stems them with Snowball's Porter stemmer (the
-- algorithm FTS5's porter tokenizer runs, so that both stores match the
-- same forms; Snowball's "english" stemmer differs on hundreds of words:
-- "news" and "new", "died" and "die"), words with digits too, and
-- keeps every word (no stop words: "the" and "of" stay searchable, and
-- phrases keep their positions). SQLite's index uses the Porter stemmer
-- since its migration 0008. storyline_put is the one of 0005 but for the
-- words it indexes; the stored vectors are computed again.
CREATE TEXT SEARCH DICTIONARY storyline_stem (TEMPLATE = snowball, Language = porter);
CREATE TEXT SEARCH CONFIGURATION storyline (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION storyline
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part,
		numword, numhword, hword_numpart WITH storyline_stem;

-- What a document's words are indexed as, in one function, so that the
-- next change of configuration replaces it alone, not storyline_put.
CREATE FUNCTION storyline_document_tsv(p_title text, p_text text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
	SELECT setweight(to_tsvector('storyline', p_title), 'A') || setweight(to_tsvector('storyline', p_text), 'B')
$$;

CREATE OR REPLACE FUNCTION storyline_put(
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
	v_old_site text := '';
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
			RETURNING d.story_id, d.site INTO v_old_story, v_old_site;
		v_old_story := COALESCE(v_old_story, '');
		v_old_site := COALESCE(v_old_site, '');
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
	VALUES (o_seq, storyline_document_tsv(p_title, p_text));

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
	IF v_old_story <> '' AND v_old_story <> p_story AND (p_story = '' OR v_old_story COLLATE "C" < p_story COLLATE "C") THEN
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
	IF v_old_story <> '' AND p_story <> '' AND v_old_story COLLATE "C" > p_story COLLATE "C" THEN
		PERFORM 1 FROM stories s WHERE s.id = v_old_story FOR UPDATE;
	END IF;
	-- Both story rows are locked now: move the counts (unless the new
	-- version stays in the old one's story and site, the common case).
	IF v_old_story <> p_story OR v_old_site <> p_site THEN
		PERFORM storyline_story_delta(p_story, p_site, 1);
		PERFORM storyline_story_delta(v_old_story, v_old_site, -1);
	END IF;
	IF p_story <> '' THEN
		PERFORM storyline_refresh_story(p_story, p_ingested_at);
	END IF;
	IF v_old_story <> '' AND v_old_story <> p_story THEN
		PERFORM storyline_refresh_story(v_old_story, '');
	END IF;
END
$$;

UPDATE document_search s
SET tsv = storyline_document_tsv(d.title, d.text)
FROM documents d WHERE d.seq = s.seq;
