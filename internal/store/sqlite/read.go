package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// where builds the SQL conditions for a filter on documents aliased d.
func where(f store.Filter) (string, []any) {
	var conds []string
	var args []any
	if f.From != "" {
		conds = append(conds, "d.day >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "d.day <> '' AND d.day <= ?")
		args = append(args, f.To)
	}
	if f.Site != "" {
		conds = append(conds, "d.site = ? COLLATE NOCASE")
		args = append(args, f.Site)
	}
	if f.Story != "" {
		conds = append(conds, "d.story_id = ?")
		args = append(args, f.Story)
	}
	if f.Entity != "" {
		conds = append(conds, "d.seq IN (SELECT m.seq FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.name = ? COLLATE NOCASE)")
		args = append(args, f.Entity)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(conds, " AND "), args
}

const docCols = `d.doc_id, d.title, d.url, d.date, d.site, d.story_id, d.duplicate_of`

func scanSummary(rows store.Rows) (store.DocumentSummary, error) {
	var s store.DocumentSummary
	err := rows.Scan(&s.ID, &s.Title, &s.URL, &s.Date, &s.Site, &s.Story, &s.DuplicateOf)
	return s, err
}

// collect runs a query on the read pool and scans every row with scan.
func collect[T any](ctx context.Context, s *Store, scan func(store.Rows) (T, error), query string, args ...any) ([]T, error) {
	rows, err := s.rd.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return store.Collect(rows, scan)
}

// Each calls fn for every current document, in storage order.
func (s *Store) Each(ctx context.Context, fn func(store.Document) error) error {
	rows, err := s.rd.QueryContext(ctx, `SELECT `+fullCols+` FROM documents d WHERE d.current = 1 ORDER BY d.seq`)
	if err != nil {
		return fmt.Errorf("sqlite: each: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		d, _, err := scanFull(rows)
		if err != nil {
			return fmt.Errorf("sqlite: each: %w", err)
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachStoryID calls fn with every story id, empty stories included.
func (s *Store) EachStoryID(ctx context.Context, fn func(id string) error) error {
	rows, err := s.rd.QueryContext(ctx, `SELECT id FROM stories`)
	if err != nil {
		return fmt.Errorf("sqlite: story ids: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("sqlite: story ids: %w", err)
		}
		if err := fn(id); err != nil {
			return err
		}
	}
	return rows.Err()
}

const fullCols = `d.seq, d.doc_id, d.version, d.hash, d.source, d.url, d.title, d.author, d.date, d.date_source,
	d.sitename, d.site, d.language, d.text, d.story_id, d.duplicate_of, d.ingested_at`

func scanFull(row interface{ Scan(...any) error }) (store.Document, int64, error) {
	var d store.Document
	var seq int64
	err := row.Scan(&seq, &d.ID, &d.Version, &d.Hash, &d.Source, &d.URL, &d.Title, &d.Author, &d.Date, &d.DateSource,
		&d.Sitename, &d.Site, &d.Language, &d.Text, &d.Story, &d.DuplicateOf, &d.IngestedAt)
	return d, seq, err
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.rd.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM documents WHERE current = 1),
		(SELECT COUNT(*) FROM stories WHERE documents > 0),
		(SELECT COUNT(*) FROM quotes q JOIN documents d ON d.seq = q.seq AND d.current = 1),
		(SELECT COUNT(DISTINCT m.entity_id) FROM mentions m JOIN documents d ON d.seq = m.seq AND d.current = 1)`).
		Scan(&st.Documents, &st.Stories, &st.Quotes, &st.Entities)
	if err != nil {
		return st, fmt.Errorf("sqlite: stats: %w", err)
	}
	return st, nil
}

// Stories lists stories, newest activity first.
func (s *Store) Stories(ctx context.Context, q store.StoryQuery) (store.Page[store.StorySummary], error) {
	var p store.Page[store.StorySummary]
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return p, fmt.Errorf("sqlite: stories: %w", err)
	}
	limit := store.ClampLimit(q.Limit)
	items, err := collect(ctx, s, func(rows store.Rows) (store.StorySummary, error) {
		var st store.StorySummary
		err := rows.Scan(&st.ID, &st.Label, &st.FirstSeen, &st.LastSeen, &st.Documents, &st.Sites, &st.UpdatedAt)
		return st, err
	}, `SELECT id, label, first_seen, last_seen, documents, sites, updated_at
		FROM stories WHERE documents > 0 ORDER BY last_seen = '', last_seen DESC, updated_at DESC, id LIMIT ? OFFSET ?`, limit+1, off)
	if err != nil {
		return p, fmt.Errorf("sqlite: stories: %w", err)
	}
	return store.PageOf(items, off, limit), nil
}

// Story returns one story with its documents and timeline.
func (s *Store) Story(ctx context.Context, id string) (store.Story, error) {
	var st store.Story
	sum, err := s.StorySummary(ctx, id)
	if err != nil {
		return st, err
	}
	st.StorySummary = sum
	st.Docs, err = collect(ctx, s, scanSummary, `SELECT `+docCols+` FROM documents d
		WHERE d.story_id = ? AND d.current = 1 ORDER BY d.day = '', d.day, d.date, d.seq`, id)
	if err != nil {
		return st, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	st.Timeline, st.Outlets = store.Timeline(st.Docs)
	return st, nil
}

// CopiesOf lists the story's current copies of a document, oldest first.
func (s *Store) CopiesOf(ctx context.Context, story, id string) ([]store.DocumentSummary, error) {
	out, err := collect(ctx, s, scanSummary, `SELECT `+docCols+` FROM documents d
		WHERE d.story_id = ? AND d.current = 1 AND d.duplicate_of = ? ORDER BY d.day, d.date, d.seq`, story, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: copies of %s: %w", id, err)
	}
	return out, nil
}

// StorySummary returns a story's aggregates without its documents.
func (s *Store) StorySummary(ctx context.Context, id string) (store.StorySummary, error) {
	var st store.StorySummary
	err := s.rd.QueryRowContext(ctx, `SELECT id, label, first_seen, last_seen, documents, sites, updated_at
		FROM stories WHERE id = ? AND documents > 0`, id).
		Scan(&st.ID, &st.Label, &st.FirstSeen, &st.LastSeen, &st.Documents, &st.Sites, &st.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("sqlite: story %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("sqlite: story %s: %w", id, err)
	}
	return st, nil
}

// Document returns the current version of a document with its analysis.
func (s *Store) Document(ctx context.Context, id string) (store.Document, error) {
	row := s.rd.QueryRowContext(ctx, `SELECT `+fullCols+` FROM documents d WHERE d.doc_id = ? AND d.current = 1`, id)
	d, seq, err := scanFull(row)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("sqlite: document %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("sqlite: document %s: %w", id, err)
	}
	if d.Quotes, err = s.quotesOf(ctx, seq); err != nil {
		return d, fmt.Errorf("sqlite: document %s: %w", id, err)
	}
	if d.Entities, err = s.entitiesOf(ctx, seq); err != nil {
		return d, fmt.Errorf("sqlite: document %s: %w", id, err)
	}
	return d, nil
}

const quoteCols = `q.type, q.content_start, q.content_end, q.content, q.cue_start, q.cue_end, q.cue,
	q.mention_start, q.mention_end, q.mention, q.speaker`

func scanQuote(dest []any, q *store.Quote) []any {
	return append(dest, &q.Type, &q.Content.Start, &q.Content.End, &q.Content.Text)
}

type nullSpan struct {
	start, end sql.NullInt64
	text       sql.NullString
}

func (n nullSpan) span() *document.Span {
	if !n.start.Valid {
		return nil
	}
	return &document.Span{Start: int(n.start.Int64), End: int(n.end.Int64), Text: n.text.String}
}

func (s *Store) quotesOf(ctx context.Context, seq int64) ([]store.Quote, error) {
	out, err := collect(ctx, s, func(rows store.Rows) (store.Quote, error) {
		var q store.Quote
		var cue, men nullSpan
		dest := scanQuote(nil, &q)
		dest = append(dest, &cue.start, &cue.end, &cue.text, &men.start, &men.end, &men.text, &q.Speaker)
		err := rows.Scan(dest...)
		q.Cue, q.SpeakerMention = cue.span(), men.span()
		return q, err
	}, `SELECT `+quoteCols+` FROM quotes q WHERE q.seq = ? ORDER BY q.content_start, q.id`, seq)
	if out == nil && err == nil {
		out = []store.Quote{} // a document without quotes lists none, not null
	}
	return out, err
}

func (s *Store) entitiesOf(ctx context.Context, seq int64) ([]store.Entity, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT e.name, e.type, m.start, m.end, m.text
		FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.seq = ? ORDER BY m.rowid`, seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return store.ScanEntities(rows)
}

// Versions lists the stored versions of a document, newest first.
func (s *Store) Versions(ctx context.Context, id string) ([]store.Version, error) {
	out, err := collect(ctx, s, func(rows store.Rows) (store.Version, error) {
		var v store.Version
		err := rows.Scan(&v.Version, &v.Hash, &v.Title, &v.Date, &v.IngestedAt, &v.Current)
		return v, err
	}, `SELECT version, hash, title, date, ingested_at, current
		FROM documents WHERE doc_id = ? ORDER BY version DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: versions %s: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("sqlite: versions %s: %w", id, store.ErrNotFound)
	}
	return out, nil
}

// Raw returns the original page of the current version.
func (s *Store) Raw(ctx context.Context, id string) ([]byte, error) {
	var z []byte
	err := s.rd.QueryRowContext(ctx, `SELECT raw FROM documents WHERE doc_id = ? AND current = 1`, id).Scan(&z)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: raw %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: raw %s: %w", id, err)
	}
	b, err := store.DecompressPage(z)
	if err != nil {
		return nil, fmt.Errorf("sqlite: raw %s: %w", id, err)
	}
	return b, nil
}

// Documents lists current documents, newest publication date first.
func (s *Store) Documents(ctx context.Context, q store.DocumentQuery) (store.Page[store.DocumentSummary], error) {
	var p store.Page[store.DocumentSummary]
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return p, fmt.Errorf("sqlite: documents: %w", err)
	}
	limit := store.ClampLimit(q.Limit)
	cond, args := where(q.Filter)
	items, err := collect(ctx, s, scanSummary, `SELECT `+docCols+` FROM documents d WHERE d.current = 1`+cond+`
		ORDER BY d.day DESC, d.seq DESC LIMIT ? OFFSET ?`, append(args, limit+1, off)...)
	if err != nil {
		return p, fmt.Errorf("sqlite: documents: %w", err)
	}
	return store.PageOf(items, off, limit), nil
}

// ftsQuery writes q (store.Query) as an FTS5 query: each term a quoted
// phrase, so that no word is read as FTS5 syntax. It returns "" for a
// query with nothing to look for.
func ftsQuery(q store.Query) string {
	return q.Write(store.Syntax{
		Term: func(t store.Term) string { return `"` + strings.Join(t.Words, " ") + `"` },
		Or:   " OR ", And: " AND ", AndNot: " NOT ",
	})
}

// Search finds current documents matching q.Text (see store.Query), best
// match first.
func (s *Store) Search(ctx context.Context, q store.SearchQuery) (store.Page[store.SearchHit], error) {
	p, err := s.search(ctx, q)
	for i := range p.Items {
		sn := strings.ReplaceAll(p.Items[i].Snippet, store.MarkOpen, "")
		p.Items[i].Snippet = strings.ReplaceAll(sn, store.MarkClose, "")
	}
	return p, err
}

// SearchMarked is Search with the matched words in each snippet enclosed in
// "\x02" and "\x03", for highlighting.
func (s *Store) SearchMarked(ctx context.Context, q store.SearchQuery) (store.Page[store.SearchHit], error) {
	return s.search(ctx, q)
}

// searchWindow is how many of the most recently stored matches a search
// ranks by BM25. Ranking every match of a common word costs time in
// proportion to the store's size; news readers want recent matches anyway.
// (FTS5 walks matches in descending rowid order cheaply, and computes the
// rank only for the rows it returns.)
const searchWindow = 1000

func (s *Store) search(ctx context.Context, q store.SearchQuery) (store.Page[store.SearchHit], error) {
	var p store.Page[store.SearchHit]
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return p, fmt.Errorf("sqlite: search: %w", err)
	}
	match := ftsQuery(store.ParseQuery(q.Text))
	if match == "" {
		return p, nil
	}
	limit := store.ClampLimit(q.Limit)
	// Facet tokens narrow the matches in the index; where() then checks
	// the filters exactly.
	if t := facetToken("site", q.Site); t != "" {
		match = `"` + t + `" AND (` + match + `)`
	}
	if t := facetToken("ent", q.Entity); t != "" {
		match = `"` + t + `" AND (` + match + `)`
	}
	cond, args := where(q.Filter)
	rows, err := s.rd.QueryContext(ctx, `WITH m AS (
			SELECT documents_fts.rowid AS seq, documents_fts.rank AS rank
			FROM documents_fts CROSS JOIN documents d ON d.seq = documents_fts.rowid
			WHERE documents_fts MATCH ? AND d.current = 1`+cond+`
			ORDER BY documents_fts.rowid DESC LIMIT `+strconv.Itoa(searchWindow)+`)
		SELECT d.seq, d.doc_id, d.title, d.url, d.date, d.site, d.story_id, d.duplicate_of
		FROM m JOIN documents d ON d.seq = m.seq
		ORDER BY m.rank, d.seq DESC LIMIT ? OFFSET ?`, append(append([]any{match}, args...), limit+1, off)...)
	if err != nil {
		return p, fmt.Errorf("sqlite: search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var seqs []any
	for rows.Next() {
		var h store.SearchHit
		var seq int64
		if err := rows.Scan(&seq, &h.ID, &h.Title, &h.URL, &h.Date, &h.Site, &h.Story, &h.DuplicateOf); err != nil {
			return p, fmt.Errorf("sqlite: search %q: %w", q.Text, err)
		}
		p.Items = append(p.Items, h)
		seqs = append(seqs, seq)
	}
	if err := rows.Err(); err != nil {
		return p, fmt.Errorf("sqlite: search %q: %w", q.Text, err)
	}
	if len(seqs) > limit {
		seqs = seqs[:limit]
	}
	p = store.PageOf(p.Items, off, limit)
	if len(seqs) == 0 {
		return p, nil
	}
	// Snippets only for the page shown.
	snips, err := s.rd.QueryContext(ctx, `SELECT rowid, snippet(documents_fts, 1, '`+store.MarkOpen+`', '`+store.MarkClose+`', '…', 16)
		FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN (?`+strings.Repeat(", ?", len(seqs)-1)+`)`,
		append([]any{match}, seqs...)...)
	if err != nil {
		return p, fmt.Errorf("sqlite: search %q: snippets: %w", q.Text, err)
	}
	defer snips.Close()
	bySeq := map[int64]string{}
	for snips.Next() {
		var seq int64
		var sn string
		if err := snips.Scan(&seq, &sn); err != nil {
			return p, fmt.Errorf("sqlite: search %q: snippets: %w", q.Text, err)
		}
		bySeq[seq] = sn
	}
	if err := snips.Err(); err != nil {
		return p, fmt.Errorf("sqlite: search %q: snippets: %w", q.Text, err)
	}
	for i := range p.Items {
		p.Items[i].Snippet = bySeq[seqs[i].(int64)]
	}
	return p, nil
}

// Quotes lists quotes, oldest publication date first.
func (s *Store) Quotes(ctx context.Context, q store.QuoteQuery) (store.Page[store.QuoteHit], error) {
	var p store.Page[store.QuoteHit]
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return p, fmt.Errorf("sqlite: quotes: %w", err)
	}
	limit := store.ClampLimit(q.Limit)
	var conds []string
	var args []any
	if names := q.Names(); len(names) > 0 {
		conds = append(conds, "q.speaker COLLATE NOCASE IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(names)), ", ")+")")
		for _, n := range names {
			args = append(args, n)
		}
	}
	if q.Document != "" {
		conds = append(conds, "d.doc_id = ?")
		args = append(args, q.Document)
	}
	if q.Story != "" {
		conds = append(conds, "d.story_id = ?")
		args = append(args, q.Story)
	}
	cond := ""
	if len(conds) > 0 {
		cond = " AND " + strings.Join(conds, " AND ")
	}
	items, err := collect(ctx, s, func(rows store.Rows) (store.QuoteHit, error) {
		var h store.QuoteHit
		var cue, men nullSpan
		dest := scanQuote(nil, &h.Quote)
		dest = append(dest, &cue.start, &cue.end, &cue.text, &men.start, &men.end, &men.text, &h.Speaker,
			&h.Document, &h.Title, &h.Date, &h.Site, &h.Story)
		err := rows.Scan(dest...)
		h.Cue, h.SpeakerMention = cue.span(), men.span()
		return h, err
	}, `SELECT `+quoteCols+`, d.doc_id, d.title, d.date, d.site, d.story_id
		FROM quotes q JOIN documents d ON d.seq = q.seq AND d.current = 1 WHERE 1 = 1`+cond+`
		ORDER BY d.day = '', d.day, d.duplicate_of <> '', length(d.date) <= 10, julianday(d.date), d.date, d.seq, q.content_start LIMIT ? OFFSET ?`, append(args, limit+1, off)...)
	if err != nil {
		return p, fmt.Errorf("sqlite: quotes: %w", err)
	}
	return store.PageOf(items, off, limit), nil
}

// SpeakerNames lists the distinct speaker names of current documents'
// quotes whose last word is name's, ignoring case. The expression is the
// one indexed by migration 0007.
func (s *Store) SpeakerNames(ctx context.Context, name string) ([]string, error) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return nil, nil
	}
	out, err := collect(ctx, s, func(rows store.Rows) (string, error) {
		var n string
		err := rows.Scan(&n)
		return n, err
	}, `SELECT DISTINCT q.speaker FROM quotes q
		JOIN documents d ON d.seq = q.seq AND d.current = 1
		WHERE lower(replace(q.speaker, rtrim(q.speaker, replace(q.speaker, ' ', '')), '')) = lower(?)`, f[len(f)-1])
	if err != nil {
		return nil, fmt.Errorf("sqlite: speaker names of %q: %w", name, err)
	}
	return out, nil
}

// Entities lists entities mentioned in current documents, most mentioned
// first.
func (s *Store) Entities(ctx context.Context, q store.EntityQuery) (store.Page[store.EntitySummary], error) {
	var p store.Page[store.EntitySummary]
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return p, fmt.Errorf("sqlite: entities: %w", err)
	}
	limit := store.ClampLimit(q.Limit)
	var conds []string
	var args []any
	if q.Name != "" {
		conds = append(conds, "e.name = ? COLLATE NOCASE")
		args = append(args, q.Name)
	}
	if q.Type != "" {
		conds = append(conds, "e.type = ?")
		args = append(args, q.Type)
	}
	cond := ""
	if len(conds) > 0 {
		cond = " AND " + strings.Join(conds, " AND ")
	}
	items, err := collect(ctx, s, func(rows store.Rows) (store.EntitySummary, error) {
		var e store.EntitySummary
		err := rows.Scan(&e.Name, &e.Type, &e.Documents, &e.Mentions, &e.Quotes)
		return e, err
	}, `SELECT e.name, e.type, COUNT(DISTINCT m.seq), COUNT(*),
		(SELECT COUNT(*) FROM quotes q JOIN documents qd ON qd.seq = q.seq AND qd.current = 1 WHERE q.speaker = e.name COLLATE NOCASE)
		FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.seq = m.seq AND d.current = 1
		WHERE 1 = 1`+cond+`
		GROUP BY e.id ORDER BY COUNT(DISTINCT m.seq) DESC, e.name LIMIT ? OFFSET ?`, append(args, limit+1, off)...)
	if err != nil {
		return p, fmt.Errorf("sqlite: entities: %w", err)
	}
	return store.PageOf(items, off, limit), nil
}

// Volume counts current documents per day and per site.
func (s *Store) Volume(ctx context.Context, q store.DocumentQuery) (store.Volume, error) {
	var v store.Volume
	cond, args := where(q.Filter)
	count := func(col, order string) ([]store.Count, error) {
		return collect(ctx, s, func(rows store.Rows) (store.Count, error) {
			var c store.Count
			err := rows.Scan(&c.Key, &c.Count)
			return c, err
		}, `SELECT d.`+col+`, COUNT(*) FROM documents d
			WHERE d.current = 1 AND d.`+col+` <> ''`+cond+` GROUP BY d.`+col+` ORDER BY `+order+` LIMIT 400`, args...)
	}
	var err error
	if v.Days, err = count("day", "d.day DESC"); err != nil {
		return v, fmt.Errorf("sqlite: volume: %w", err)
	}
	for i, j := 0, len(v.Days)-1; i < j; i, j = i+1, j-1 {
		v.Days[i], v.Days[j] = v.Days[j], v.Days[i]
	}
	if v.Sites, err = count("site", "COUNT(*) DESC, d.site"); err != nil {
		return v, fmt.Errorf("sqlite: volume: %w", err)
	}
	return v, nil
}

// StoryEvents returns a story's events in the order they were reported.
func (s *Store) StoryEvents(ctx context.Context, id string) ([]store.StoryEvent, error) {
	out, err := collect(ctx, s, func(rows store.Rows) (store.StoryEvent, error) {
		var e store.StoryEvent
		err := rows.Scan(&e.Time, &e.Text, &e.Source)
		return e, err
	}, `SELECT time, text, source FROM story_events WHERE story_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: story events %s: %w", id, err)
	}
	if out == nil {
		out = []store.StoryEvent{} // a story without events has an empty timeline, not none
	}
	return out, nil
}
