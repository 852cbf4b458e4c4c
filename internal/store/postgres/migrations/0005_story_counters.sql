-- 0005_story_counters: story aggregates that do not grow with the story.
--
-- storyline_refresh_story recomputed a story's document count, distinct
-- sites and first/last day from all of its current documents each time a
-- document joined or left it: 115-125 ms for a story of 100,000 documents
-- (docs/bench/scaleout.md), paid by every grouper batch that touches it.
-- Now the counts are counters moved by the writes that change a story's
-- membership (storyline_put, and the grouper's assignments through
-- storyline_story_delta), with the distinct sites counted in story_sites,
-- and the first and last day are read from the (story_id, day) index.
-- Stories merged by the clusterer keep their own documents (the store
-- never moves a document between stories except by a new version), so
-- these are the only writes that change membership.
--
-- Upgrading: stop every worker of the older release before the first
-- process of this one opens the database. An older grouper would assign
-- documents without moving the counters, and nothing recounts them.
--
-- The story ids are compared in the "C" collation when locks are ordered,
-- as the grouper sorts them in Go (by bytes).

-- story_sites counts each story's current documents per site (sites that
-- are not empty); stories.sites is the number of its rows.
CREATE TABLE story_sites (
	story_id text    NOT NULL,
	site     text    NOT NULL,
	n        integer NOT NULL,
	PRIMARY KEY (story_id, site)
);
INSERT INTO story_sites (story_id, site, n)
SELECT story_id, site, COUNT(*) FROM documents
WHERE is_current AND story_id <> '' AND site <> ''
GROUP BY story_id, site;
UPDATE stories s SET
	documents = COALESCE((SELECT COUNT(*) FROM documents d WHERE d.story_id = s.id AND d.is_current), 0),
	sites     = COALESCE((SELECT COUNT(*) FROM story_sites t WHERE t.story_id = s.id), 0);

-- storyline_story_delta adds p_delta (+1 or -1) current documents of site
-- p_site to story p_story, whose row the caller has locked. An empty
-- story is no story and is ignored.
CREATE FUNCTION storyline_story_delta(p_story text, p_site text, p_delta integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	v_n integer;
	v_sites integer := 0;
BEGIN
	IF p_story = '' OR p_delta = 0 THEN
		RETURN;
	END IF;
	IF p_site <> '' THEN
		INSERT INTO story_sites AS t (story_id, site, n) VALUES (p_story, p_site, p_delta)
		ON CONFLICT (story_id, site) DO UPDATE SET n = t.n + p_delta
		RETURNING t.n INTO v_n;
		IF v_n > 0 AND v_n - p_delta <= 0 THEN
			v_sites := 1;
		ELSIF v_n <= 0 AND v_n - p_delta > 0 THEN
			v_sites := -1;
		END IF;
		IF v_n <= 0 THEN
			DELETE FROM story_sites WHERE story_id = p_story AND site = p_site;
		END IF;
	END IF;
	UPDATE stories SET documents = documents + p_delta, sites = sites + v_sites WHERE id = p_story;
END
$$;

-- storyline_refresh_story sets a story's first and last day (falling back
-- to its first and last ingestion day when none of its documents is
-- dated) and, when p_updated_at is not empty, records new activity. The
-- days are the ends of the documents_story index, O(log n); only the
-- fallback, for a story with no dated document at all, reads the story.
CREATE OR REPLACE FUNCTION storyline_refresh_story(p_id text, p_updated_at text) RETURNS void
LANGUAGE sql AS $$
	UPDATE stories SET
		first_seen = COALESCE(
			(SELECT d.day FROM documents d WHERE d.story_id = p_id AND d.is_current AND d.day > '' ORDER BY d.day LIMIT 1),
			(SELECT substr(MIN(d.ingested_at), 1, 10) FROM documents d WHERE d.story_id = p_id AND d.is_current),
			''),
		last_seen = COALESCE(
			(SELECT d.day FROM documents d WHERE d.story_id = p_id AND d.is_current AND d.day > '' ORDER BY d.day DESC LIMIT 1),
			(SELECT substr(MAX(d.ingested_at), 1, 10) FROM documents d WHERE d.story_id = p_id AND d.is_current),
			''),
		updated_at = CASE WHEN p_updated_at <> '' THEN p_updated_at ELSE stories.updated_at END
	WHERE stories.id = p_id
$$;

-- storyline_put as in 0004, moving the story counters; story ids ordered
-- by bytes for locking.
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
