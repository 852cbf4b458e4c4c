package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// HasVersion reports whether id is stored with content hash.
func (s *Store) HasVersion(ctx context.Context, id, hash string) (bool, error) {
	var one int
	err := s.rd.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE doc_id = ? AND hash = ?`, id, hash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sqlite: look up %s: %w", id, err)
	}
	return true, nil
}

// Put stores one analysed document and its analysis in one transaction.
func (s *Store) Put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	if s.wr == nil {
		return 0, errReadOnly("put")
	}
	d := rec.Doc
	if d.ID == "" {
		return 0, errors.New("sqlite: put: document has no id")
	}
	if rec.Hash == "" {
		rec.Hash = store.Hash(rec.Raw, d)
	}
	tx, err := s.wr.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlite: put %s: %w", d.ID, err)
	}
	defer tx.Rollback()
	res, err := s.put(ctx, tx, rec)
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		return 0, fmt.Errorf("sqlite: put %s: %w", d.ID, err)
	}
	return res, nil
}

// PutBatch stores several records in one transaction: all or none. It is
// for bulk loads (benchmarks, imports) where per-document commits would
// dominate; the ingester uses Put.
func (s *Store) PutBatch(ctx context.Context, recs []store.Record) error {
	if s.wr == nil {
		return errReadOnly("put batch")
	}
	tx, err := s.wr.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: put batch: %w", err)
	}
	defer tx.Rollback()
	for _, rec := range recs {
		if rec.Doc.ID == "" {
			return errors.New("sqlite: put batch: document has no id")
		}
		if rec.Hash == "" {
			rec.Hash = store.Hash(rec.Raw, rec.Doc)
		}
		if _, err := s.put(ctx, tx, rec); err != nil {
			return fmt.Errorf("sqlite: put %s: %w", rec.Doc.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: put batch: %w", err)
	}
	return nil
}

// put writes one record inside tx.
func (s *Store) put(ctx context.Context, tx *sql.Tx, rec store.Record) (store.PutResult, error) {
	d := rec.Doc
	var raw []byte
	if len(rec.RawGzip) > 0 {
		raw = rec.RawGzip
	} else if len(rec.Raw) > 0 {
		var err error
		if raw, err = s.pages.Compress(rec.Raw); err != nil {
			return 0, err
		}
	}
	at := rec.IngestedAt
	if at == "" {
		at = s.now().UTC().Format(time.RFC3339)
	}

	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE doc_id = ? AND hash = ?`, d.ID, rec.Hash).Scan(&one)
	if err == nil {
		return store.PutUnchanged, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}

	result := store.PutAdded
	version := 1
	var oldStory, oldSite string
	var maxVersion sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT MAX(version) FROM documents WHERE doc_id = ?`, d.ID).Scan(&maxVersion); err != nil {
		return 0, err
	}
	if maxVersion.Valid {
		result = store.PutNewVersion
		version = int(maxVersion.Int64) + 1
		err := tx.QueryRowContext(ctx, `SELECT story_id, site FROM documents WHERE doc_id = ? AND current = 1`, d.ID).Scan(&oldStory, &oldSite)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET current = 0 WHERE doc_id = ? AND current = 1`, d.ID); err != nil {
			return 0, err
		}
	}

	r, err := tx.ExecContext(ctx, `INSERT INTO documents
		(doc_id, version, current, hash, source, url, title, author, date, day, date_source,
		 sitename, site, language, text, raw, story_id, duplicate_of, ingested_at, facets)
		VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, version, rec.Hash, d.Source, d.URL, d.Title, d.Author, d.Date, store.Day(d.Date), d.DateSource,
		d.Sitename, store.Site(d), d.Language, d.Text, raw, rec.Story, rec.DuplicateOf, at, facets(store.Site(d), rec.Entities))
	if err != nil {
		return 0, err
	}
	seq, err := r.LastInsertId()
	if err != nil {
		return 0, err
	}
	if err := putEntities(ctx, tx, seq, rec.Entities); err != nil {
		return 0, err
	}
	if err := putQuotes(ctx, tx, seq, rec.Quotes); err != nil {
		return 0, err
	}
	if rec.Story != "" {
		label := rec.StoryLabel
		if label == "" {
			label = d.Title
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, label) VALUES (?, ?)
			ON CONFLICT (id) DO UPDATE SET label = CASE WHEN ? <> '' THEN ? ELSE label END`,
			rec.Story, label, rec.StoryLabel, rec.StoryLabel); err != nil {
			return 0, err
		}
	}
	// Move the story counts, unless the new version stays in the old
	// one's story and site (the common case).
	if site := store.Site(d); oldStory != rec.Story || oldSite != site {
		if err := storyDelta(ctx, tx, rec.Story, site, 1); err != nil {
			return 0, err
		}
		if err := storyDelta(ctx, tx, oldStory, oldSite, -1); err != nil {
			return 0, err
		}
	}
	if rec.Story != "" {
		if err := refreshStory(ctx, tx, rec.Story, at); err != nil {
			return 0, err
		}
	}
	if oldStory != "" && oldStory != rec.Story {
		if err := refreshStory(ctx, tx, oldStory, ""); err != nil {
			return 0, err
		}
	}
	return result, nil
}

func putEntities(ctx context.Context, tx *sql.Tx, seq int64, ents []store.Entity) error {
	for _, e := range ents {
		if e.Name == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities (name, type) VALUES (?, ?) ON CONFLICT DO NOTHING`, e.Name, e.Type); err != nil {
			return err
		}
		var id int64
		if err := tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND type = ?`, e.Name, e.Type).Scan(&id); err != nil {
			return err
		}
		mentions := e.Mentions
		if len(mentions) == 0 {
			// An entity with no located mention still marks the document.
			mentions = []document.Span{{Start: -1, End: -1, Text: e.Name}}
		}
		for _, m := range mentions {
			if _, err := tx.ExecContext(ctx, `INSERT INTO mentions (seq, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?)`,
				seq, id, m.Start, m.End, m.Text); err != nil {
				return err
			}
		}
	}
	return nil
}

func putQuotes(ctx context.Context, tx *sql.Tx, seq int64, quotes []store.Quote) error {
	for _, q := range quotes {
		cs, ce, ct := spanArgs(q.Cue)
		ms, me, mt := spanArgs(q.SpeakerMention)
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes
			(seq, type, content_start, content_end, content, cue_start, cue_end, cue,
			 mention_start, mention_end, mention, speaker)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			seq, q.Type, q.Content.Start, q.Content.End, q.Content.Text, cs, ce, ct, ms, me, mt, q.Speaker); err != nil {
			return err
		}
	}
	return nil
}

func spanArgs(s *document.Span) (any, any, any) {
	if s == nil {
		return nil, nil, nil
	}
	return s.Start, s.End, s.Text
}

// storyDelta adds delta current documents of site to story: the story's
// document count, its row in story_sites and, when that row appears or
// goes, its count of sites (migration 0006). An empty story is no story.
func storyDelta(ctx context.Context, tx *sql.Tx, story, site string, delta int) error {
	if story == "" || delta == 0 {
		return nil
	}
	sites := 0
	if site != "" {
		var n int
		err := tx.QueryRowContext(ctx, `INSERT INTO story_sites (story_id, site, n) VALUES (?1, ?2, ?3)
			ON CONFLICT (story_id, site) DO UPDATE SET n = story_sites.n + ?3 RETURNING n`, story, site, delta).Scan(&n)
		if err != nil {
			return fmt.Errorf("story %s: count site %s: %w", story, site, err)
		}
		switch {
		case n > 0 && n-delta <= 0:
			sites = 1
		case n <= 0 && n-delta > 0:
			sites = -1
		}
		if n <= 0 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM story_sites WHERE story_id = ? AND site = ?`, story, site); err != nil {
				return fmt.Errorf("story %s: drop site %s: %w", story, site, err)
			}
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE stories SET documents = documents + ?, sites = sites + ? WHERE id = ?`, delta, sites, story)
	if err != nil {
		return fmt.Errorf("story %s: count documents: %w", story, err)
	}
	return nil
}

// refreshStory sets a story's first and last day, the ends of the
// documents_story index, and, when updatedAt is not empty, records new
// activity. Its counts are kept by storyDelta.
func refreshStory(ctx context.Context, tx *sql.Tx, id, updatedAt string) error {
	_, err := tx.ExecContext(ctx, `UPDATE stories SET
		first_seen = COALESCE((SELECT day FROM documents WHERE story_id = ?1 AND current = 1 AND day > '' ORDER BY day LIMIT 1), ''),
		last_seen  = COALESCE((SELECT day FROM documents WHERE story_id = ?1 AND current = 1 AND day > '' ORDER BY day DESC LIMIT 1), ''),
		updated_at = CASE WHEN ?2 <> '' THEN ?2 ELSE updated_at END
		WHERE id = ?1`, id, updatedAt)
	return err
}

// LabelStories sets the labels of existing stories.
func (s *Store) LabelStories(ctx context.Context, labels map[string]string) error {
	if len(labels) == 0 {
		return nil
	}
	if s.wr == nil {
		return errReadOnly("label stories")
	}
	tx, err := s.wr.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: label stories: %w", err)
	}
	defer tx.Rollback()
	for id, label := range labels {
		if label == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET label = ? WHERE id = ?`, label, id); err != nil {
			return fmt.Errorf("sqlite: label story %s: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: label stories: %w", err)
	}
	return nil
}

// facets returns the facet tokens of a document for the full-text index:
// its site and its entities' names, each folded into one token.
func facets(site string, ents []store.Entity) string {
	var out []string
	if t := facetToken("site", site); t != "" {
		out = append(out, t)
	}
	seen := map[string]bool{}
	for _, e := range ents {
		if t := facetToken("ent", e.Name); t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return strings.Join(out, " ")
}

// facetToken folds kind and value into one token: "ent_mara_quill".
func facetToken(kind, value string) string {
	words := strings.FieldsFunc(strings.ToLower(value), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return ""
	}
	return kind + "_" + strings.Join(words, "_")
}

// SetStoryEvents replaces the events of the given stories.
func (s *Store) SetStoryEvents(ctx context.Context, events map[string][]store.StoryEvent) error {
	if len(events) == 0 {
		return nil
	}
	if s.wr == nil {
		return errReadOnly("story events")
	}
	tx, err := s.wr.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: story events: %w", err)
	}
	defer tx.Rollback()
	for id, evs := range events {
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_events WHERE story_id = ?`, id); err != nil {
			return fmt.Errorf("sqlite: story events %s: %w", id, err)
		}
		for i, e := range evs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO story_events (story_id, position, time, text, source) VALUES (?, ?, ?, ?, ?)`,
				id, i, e.Time, e.Text, e.Source); err != nil {
				return fmt.Errorf("sqlite: story events %s: %w", id, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: story events: %w", err)
	}
	return nil
}
