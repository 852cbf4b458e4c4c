package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// HasVersion reports whether id is stored with content hash.
func (s *Store) HasVersion(ctx context.Context, id, hash string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE doc_id = $1 AND hash = $2)`, id, hash).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("postgres: look up %s: %w", id, err)
	}
	return ok, nil
}

// Put stores one analysed document and its analysis in one transaction.
func (s *Store) Put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	if rec.Doc.ID == "" {
		return 0, errors.New("postgres: put: document has no id")
	}
	if rec.Hash == "" {
		rec.Hash = store.Hash(rec.Raw, rec.Doc)
	}
	res, err := s.put(ctx, rec)
	if err != nil {
		return 0, fmt.Errorf("postgres: put %s: %w", rec.Doc.ID, err)
	}
	return res, nil
}

// noNUL removes NUL characters, which PostgreSQL text cannot hold.
func noNUL(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", "")
}

func (s *Store) put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	d := rec.Doc
	var raw []byte
	if len(rec.Raw) > 0 {
		var err error
		if raw, err = s.pages.Compress(rec.Raw); err != nil {
			return 0, err
		}
	}
	at := rec.IngestedAt
	if at == "" {
		at = s.now().UTC().Format(time.RFC3339)
	}
	var result store.PutResult
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// Serialise writers of this id: duplicate deliveries and concurrent
		// versions of one document.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, d.ID); err != nil {
			return err
		}
		var known *bool
		var maxVersion *int
		if err := tx.QueryRow(ctx, `SELECT bool_or(hash = $2), MAX(version) FROM documents WHERE doc_id = $1`,
			d.ID, rec.Hash).Scan(&known, &maxVersion); err != nil {
			return err
		}
		if known != nil && *known {
			result = store.PutUnchanged
			return nil
		}
		result = store.PutAdded
		version := 1
		var oldStory string
		if maxVersion != nil {
			result = store.PutNewVersion
			version = *maxVersion + 1
			err := tx.QueryRow(ctx, `UPDATE documents SET is_current = false WHERE doc_id = $1 AND is_current RETURNING story_id`, d.ID).Scan(&oldStory)
			if err != nil && !isNoRows(err) {
				return err
			}
		}
		var seq int64
		err := tx.QueryRow(ctx, `INSERT INTO documents
			(doc_id, version, is_current, hash, source, url, title, author, date, day, date_source,
			 sitename, site, language, text, raw, story_id, duplicate_of, ingested_at, group_order)
			VALUES ($1, $2, true, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
			        CASE WHEN $16 <> '' THEN nextval('documents_group_order') END)
			RETURNING seq`,
			noNUL(d.ID), version, rec.Hash, noNUL(d.Source), noNUL(d.URL), noNUL(d.Title), noNUL(d.Author),
			noNUL(d.Date), day(d.Date), noNUL(d.DateSource), noNUL(d.Sitename), noNUL(store.Site(d)),
			noNUL(d.Language), noNUL(d.Text), raw, noNUL(rec.Story), noNUL(rec.DuplicateOf), at).Scan(&seq)
		if err != nil {
			return err
		}
		if err := putEntities(ctx, tx, seq, rec.Entities); err != nil {
			return err
		}
		if err := putQuotes(ctx, tx, seq, rec.Quotes); err != nil {
			return err
		}
		// Lock the stories touched in a fixed order, so that two writers
		// moving documents between the same stories cannot deadlock.
		stories := []string{}
		if rec.Story != "" {
			label := rec.StoryLabel
			if label == "" {
				label = d.Title
			}
			// The upsert locks the story row until commit; the refresh below,
			// a later statement, then sees every committed document of it.
			if _, err := tx.Exec(ctx, `INSERT INTO stories (id, label) VALUES ($1, $2)
				ON CONFLICT (id) DO UPDATE SET label = CASE WHEN $3 <> '' THEN $3 ELSE stories.label END`,
				noNUL(rec.Story), noNUL(label), noNUL(rec.StoryLabel)); err != nil {
				return err
			}
			stories = append(stories, rec.Story)
		}
		if oldStory != "" && oldStory != rec.Story {
			if _, err := tx.Exec(ctx, `SELECT 1 FROM stories WHERE id = $1 FOR UPDATE`, oldStory); err != nil {
				return err
			}
		}
		if rec.Story != "" {
			if err := refreshStory(ctx, tx, rec.Story, at); err != nil {
				return err
			}
		}
		if oldStory != "" && oldStory != rec.Story {
			if err := refreshStory(ctx, tx, oldStory, ""); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return result, nil
}

// day is the YYYY-MM-DD prefix of a date, or empty.
func day(date string) string {
	if len(date) >= 10 && date[4] == '-' && date[7] == '-' {
		return date[:10]
	}
	return ""
}

func putEntities(ctx context.Context, tx pgx.Tx, seq int64, ents []store.Entity) error {
	// Insert new entities in a fixed order: concurrent writers then wait
	// for each other instead of deadlocking on the unique index. All the
	// statements go to the server in one round trip.
	order := make([]int, 0, len(ents))
	for i, e := range ents {
		if e.Name != "" {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		return nil
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(strings.ToLower(ents[a].Name), strings.ToLower(ents[b].Name)), cmp.Compare(ents[a].Type, ents[b].Type))
	})
	b := &pgx.Batch{}
	for _, i := range order {
		name, typ := noNUL(ents[i].Name), noNUL(ents[i].Type)
		b.Queue(`INSERT INTO entities (name, type) VALUES ($1, $2) ON CONFLICT DO NOTHING`, name, typ)
		b.Queue(`SELECT id FROM entities WHERE lower(name) = lower($1) AND type = $2`, name, typ)
	}
	ids := make(map[int]int64, len(order))
	br := tx.SendBatch(ctx, b)
	for _, i := range order {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("entity %q: %w", ents[i].Name, err)
		}
		var id int64
		if err := br.QueryRow().Scan(&id); err != nil {
			br.Close()
			return fmt.Errorf("entity %q: %w", ents[i].Name, err)
		}
		ids[i] = id
	}
	if err := br.Close(); err != nil {
		return err
	}
	// Mentions in the record's order, which Document returns, in one
	// statement.
	var (
		entityIDs    []int64
		starts, ends []int32
		texts        []string
	)
	for i, e := range ents {
		id, ok := ids[i]
		if !ok {
			continue
		}
		mentions := e.Mentions
		if len(mentions) == 0 {
			// An entity with no located mention still marks the document.
			mentions = []document.Span{{Start: -1, End: -1, Text: e.Name}}
		}
		for _, m := range mentions {
			entityIDs = append(entityIDs, id)
			starts = append(starts, int32(m.Start))
			ends = append(ends, int32(m.End))
			texts = append(texts, noNUL(m.Text))
		}
	}
	_, err := tx.Exec(ctx, `INSERT INTO mentions (seq, entity_id, start_pos, end_pos, text)
		SELECT $1, u.e, u.s, u.n, u.t
		FROM unnest($2::bigint[], $3::integer[], $4::integer[], $5::text[]) WITH ORDINALITY AS u(e, s, n, t, o)
		ORDER BY u.o`, seq, entityIDs, starts, ends, texts)
	return err
}

func putQuotes(ctx context.Context, tx pgx.Tx, seq int64, quotes []store.Quote) error {
	if len(quotes) == 0 {
		return nil
	}
	b := &pgx.Batch{}
	for _, q := range quotes {
		cs, ce, ct := spanArgs(q.Cue)
		ms, me, mt := spanArgs(q.SpeakerMention)
		b.Queue(`INSERT INTO quotes
			(seq, type, content_start, content_end, content, cue_start, cue_end, cue,
			 mention_start, mention_end, mention, speaker)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
			seq, noNUL(q.Type), q.Content.Start, q.Content.End, noNUL(q.Content.Text), cs, ce, ct, ms, me, mt, noNUL(q.Speaker))
	}
	return tx.SendBatch(ctx, b).Close()
}

func spanArgs(s *document.Span) (*int, *int, *string) {
	if s == nil {
		return nil, nil, nil
	}
	t := noNUL(s.Text)
	return &s.Start, &s.End, &t
}

// refreshStory recomputes a story's aggregates from its current documents.
// updatedAt, when not empty, records new activity.
func refreshStory(ctx context.Context, tx pgx.Tx, id, updatedAt string) error {
	_, err := tx.Exec(ctx, `UPDATE stories SET
		first_seen = COALESCE(a.first_day, substr(a.first_at, 1, 10), ''),
		last_seen  = COALESCE(a.last_day, substr(a.last_at, 1, 10), ''),
		documents  = a.n,
		sites      = a.sites,
		updated_at = CASE WHEN $2 <> '' THEN $2 ELSE stories.updated_at END
		FROM (SELECT MIN(NULLIF(day, '')) AS first_day, MAX(NULLIF(day, '')) AS last_day,
		             MIN(ingested_at) AS first_at, MAX(ingested_at) AS last_at,
		             COUNT(*) AS n, COUNT(DISTINCT NULLIF(site, '')) AS sites
		      FROM documents WHERE story_id = $1 AND is_current) a
		WHERE stories.id = $1`, id, updatedAt)
	return err
}

// LabelStories sets the labels of existing stories.
func (s *Store) LabelStories(ctx context.Context, labels map[string]string) error {
	if len(labels) == 0 {
		return nil
	}
	ids := make([]string, 0, len(labels))
	for id, label := range labels {
		if label != "" {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids) // a fixed lock order
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		for _, id := range ids {
			if _, err := tx.Exec(ctx, `UPDATE stories SET label = $1 WHERE id = $2`, noNUL(labels[id]), id); err != nil {
				return fmt.Errorf("label story %s: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("postgres: label stories: %w", err)
	}
	return nil
}
