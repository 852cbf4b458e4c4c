package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// args collects query arguments and hands out their $n placeholders.
type args []any

func (a *args) add(v any) string {
	*a = append(*a, v)
	return "$" + strconv.Itoa(len(*a))
}

// where builds the SQL conditions for a filter on documents aliased d.
func where(f store.Filter, a *args) string {
	var conds []string
	// Compared byte-wise, as the lists order them (migration 0007), so
	// that the day index bounds the range instead of filtering all of it.
	if f.From != "" {
		conds = append(conds, `d.day COLLATE "C" >= `+a.add(f.From))
	}
	if f.To != "" {
		conds = append(conds, `d.day <> '' AND d.day COLLATE "C" <= `+a.add(f.To))
	}
	if f.Site != "" {
		conds = append(conds, "lower(d.site) = lower("+a.add(f.Site)+")")
	}
	if f.Story != "" {
		conds = append(conds, "d.story_id = "+a.add(f.Story))
	}
	if f.Entity != "" {
		conds = append(conds, "d.seq IN (SELECT m.seq FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE lower(e.name) = lower("+a.add(f.Entity)+"))")
	}
	if len(conds) == 0 {
		return ""
	}
	return " AND " + strings.Join(conds, " AND ")
}

const docCols = `d.doc_id, d.title, d.url, d.date, d.site, d.story_id, d.duplicate_of`

func scanSummary(row pgx.Row) (store.DocumentSummary, error) {
	var s store.DocumentSummary
	err := row.Scan(&s.ID, &s.Title, &s.URL, &s.Date, &s.Site, &s.Story, &s.DuplicateOf)
	return s, err
}

const fullCols = `d.seq, d.doc_id, d.version, d.hash, d.source, d.url, d.title, d.author, d.date, d.date_source,
	d.sitename, d.site, d.language, d.text, d.story_id, d.duplicate_of, d.ingested_at`

func scanFull(row pgx.Row) (store.Document, int64, error) {
	var d store.Document
	var seq int64
	err := row.Scan(&seq, &d.ID, &d.Version, &d.Hash, &d.Source, &d.URL, &d.Title, &d.Author, &d.Date, &d.DateSource,
		&d.Sitename, &d.Site, &d.Language, &d.Text, &d.Story, &d.DuplicateOf, &d.IngestedAt)
	return d, seq, err
}

// collect runs a query and scans every row with scan.
func collect[T any](ctx context.Context, s *Store, scan func(pgx.Row) (T, error), sql string, a ...any) ([]T, error) {
	rows, err := s.pool.Query(ctx, sql, a...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return store.Collect(rows, func(r store.Rows) (T, error) { return scan(r) })
}

// Each calls fn for every current document, in storage order.
func (s *Store) Each(ctx context.Context, fn func(store.Document) error) error {
	rows, err := s.pool.Query(ctx, `SELECT `+fullCols+` FROM documents d WHERE d.is_current ORDER BY d.seq`)
	if err != nil {
		return fmt.Errorf("postgres: each: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		d, _, err := scanFull(rows)
		if err != nil {
			return fmt.Errorf("postgres: each: %w", err)
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres: each: %w", err)
	}
	return nil
}

// EachStoryID calls fn with every story id, empty stories included.
func (s *Store) EachStoryID(ctx context.Context, fn func(id string) error) error {
	rows, err := s.pool.Query(ctx, `SELECT id FROM stories`)
	if err != nil {
		return fmt.Errorf("postgres: story ids: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("postgres: story ids: %w", err)
		}
		if err := fn(id); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres: story ids: %w", err)
	}
	return nil
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM documents WHERE is_current),
		(SELECT COUNT(*) FROM stories WHERE documents > 0),
		(SELECT COUNT(*) FROM quotes q JOIN documents d ON d.seq = q.seq AND d.is_current),
		(SELECT COUNT(DISTINCT m.entity_id) FROM mentions m JOIN documents d ON d.seq = m.seq AND d.is_current)`).
		Scan(&st.Documents, &st.Stories, &st.Quotes, &st.Entities)
	if err != nil {
		return st, fmt.Errorf("postgres: stats: %w", err)
	}
	return st, nil
}

func scanStory(row pgx.Row) (store.StorySummary, error) {
	var st store.StorySummary
	err := row.Scan(&st.ID, &st.Label, &st.FirstSeen, &st.LastSeen, &st.Documents, &st.Sites, &st.UpdatedAt)
	return st, err
}

// Stories lists stories, newest activity first.
func (s *Store) Stories(ctx context.Context, q store.StoryQuery) (store.Page[store.StorySummary], error) {
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return store.Page[store.StorySummary]{}, fmt.Errorf("postgres: stories: %w", err)
	}
	limit := store.ClampLimit(q.Limit)
	items, err := collect(ctx, s, scanStory, `SELECT id, label, first_seen, last_seen, documents, sites, updated_at
		FROM stories WHERE documents > 0
		ORDER BY last_seen COLLATE "C" DESC, updated_at COLLATE "C" DESC, id COLLATE "C" LIMIT $1 OFFSET $2`, limit+1, off)
	if err != nil {
		return store.Page[store.StorySummary]{}, fmt.Errorf("postgres: stories: %w", err)
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
		WHERE d.story_id = $1 AND d.is_current ORDER BY d.day = '', d.day COLLATE "C", d.date COLLATE "C", d.seq`, id)
	if err != nil {
		return st, fmt.Errorf("postgres: story %s: %w", id, err)
	}
	st.Timeline, st.Outlets = store.Timeline(st.Docs)
	return st, nil
}

// CopiesOf lists the story's current copies of a document, oldest first.
func (s *Store) CopiesOf(ctx context.Context, story, id string) ([]store.DocumentSummary, error) {
	out, err := collect(ctx, s, scanSummary, `SELECT `+docCols+` FROM documents d
		WHERE d.story_id = $1 AND d.is_current AND d.duplicate_of = $2 ORDER BY d.day COLLATE "C", d.date COLLATE "C", d.seq`, story, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: copies of %s: %w", id, err)
	}
	return out, nil
}

// StorySummary returns a story's aggregates without its documents.
func (s *Store) StorySummary(ctx context.Context, id string) (store.StorySummary, error) {
	sum, err := scanStory(s.pool.QueryRow(ctx, `SELECT id, label, first_seen, last_seen, documents, sites, updated_at
		FROM stories WHERE id = $1 AND documents > 0`, id))
	if isNoRows(err) {
		return sum, fmt.Errorf("postgres: story %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return sum, fmt.Errorf("postgres: story %s: %w", id, err)
	}
	return sum, nil
}

// Document returns the current version of a document with its analysis.
func (s *Store) Document(ctx context.Context, id string) (store.Document, error) {
	d, seq, err := scanFull(s.pool.QueryRow(ctx, `SELECT `+fullCols+` FROM documents d WHERE d.doc_id = $1 AND d.is_current`, id))
	if isNoRows(err) {
		return d, fmt.Errorf("postgres: document %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("postgres: document %s: %w", id, err)
	}
	if d.Quotes, err = collect(ctx, s, scanQuote, `SELECT `+quoteCols+` FROM quotes q WHERE q.seq = $1 ORDER BY q.content_start, q.id`, seq); err != nil {
		return d, fmt.Errorf("postgres: document %s: %w", id, err)
	}
	if d.Quotes == nil {
		d.Quotes = []store.Quote{}
	}
	if d.Entities, err = s.entitiesOf(ctx, seq); err != nil {
		return d, fmt.Errorf("postgres: document %s: %w", id, err)
	}
	return d, nil
}

const quoteCols = `q.type, q.content_start, q.content_end, q.content, q.cue_start, q.cue_end, q.cue,
	q.mention_start, q.mention_end, q.mention, q.speaker`

type nullSpan struct {
	start, end *int
	text       *string
}

func (n nullSpan) span() *document.Span {
	if n.start == nil || n.end == nil {
		return nil
	}
	sp := &document.Span{Start: *n.start, End: *n.end}
	if n.text != nil {
		sp.Text = *n.text
	}
	return sp
}

// quoteDest returns the scan destinations of quoteCols for q.
func quoteDest(q *store.Quote, cue, men *nullSpan) []any {
	return []any{&q.Type, &q.Content.Start, &q.Content.End, &q.Content.Text,
		&cue.start, &cue.end, &cue.text, &men.start, &men.end, &men.text, &q.Speaker}
}

func scanQuote(row pgx.Row) (store.Quote, error) {
	var q store.Quote
	var cue, men nullSpan
	if err := row.Scan(quoteDest(&q, &cue, &men)...); err != nil {
		return q, err
	}
	q.Cue, q.SpeakerMention = cue.span(), men.span()
	return q, nil
}

func (s *Store) entitiesOf(ctx context.Context, seq int64) ([]store.Entity, error) {
	rows, err := s.pool.Query(ctx, `SELECT e.name, e.type, m.start_pos, m.end_pos, m.text
		FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.seq = $1 ORDER BY m.id`, seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return store.ScanEntities(rows)
}

// Versions lists the stored versions of a document, newest first.
func (s *Store) Versions(ctx context.Context, id string) ([]store.Version, error) {
	out, err := collect(ctx, s, func(row pgx.Row) (store.Version, error) {
		var v store.Version
		err := row.Scan(&v.Version, &v.Hash, &v.Title, &v.Date, &v.IngestedAt, &v.Current)
		return v, err
	}, `SELECT version, hash, title, date, ingested_at, is_current FROM documents WHERE doc_id = $1 ORDER BY version DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: versions %s: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("postgres: versions %s: %w", id, store.ErrNotFound)
	}
	return out, nil
}

// Raw returns the original page of the current version.
func (s *Store) Raw(ctx context.Context, id string) ([]byte, error) {
	var z []byte
	err := s.pool.QueryRow(ctx, `SELECT raw FROM documents WHERE doc_id = $1 AND is_current`, id).Scan(&z)
	if isNoRows(err) {
		return nil, fmt.Errorf("postgres: raw %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: raw %s: %w", id, err)
	}
	b, err := store.DecompressPage(z)
	if err != nil {
		return nil, fmt.Errorf("postgres: raw %s: %w", id, err)
	}
	return b, nil
}

// Documents lists current documents, newest publication date first.
func (s *Store) Documents(ctx context.Context, q store.DocumentQuery) (store.Page[store.DocumentSummary], error) {
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return store.Page[store.DocumentSummary]{}, fmt.Errorf("postgres: documents: %w", err)
	}
	limit := store.ClampLimit(q.Limit)
	var a args
	cond := where(q.Filter, &a)
	items, err := collect(ctx, s, scanSummary, `SELECT `+docCols+` FROM documents d WHERE d.is_current`+cond+`
		ORDER BY d.day COLLATE "C" DESC, d.seq DESC LIMIT `+a.add(limit+1)+` OFFSET `+a.add(off), a...)
	if err != nil {
		return store.Page[store.DocumentSummary]{}, fmt.Errorf("postgres: documents: %w", err)
	}
	return store.PageOf(items, off, limit), nil
}

// tsQuery writes q (store.Query) as an SQL tsquery expression over
// parameters added to a: each term through phraseto_tsquery, so that
// PostgreSQL's own parser reads it as it read the text ("COVID-19",
// "U.S.", "9/11" match as they were indexed). It returns "" for a query
// with nothing to look for.
func tsQuery(q store.Query, a *args) string {
	return q.Write(store.Syntax{
		Term: func(t store.Term) string { return "phraseto_tsquery('storyline', " + a.add(t.Text) + ")" },
		Or:   " || ", And: " && ", AndNot: " && !!",
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

func (s *Store) search(ctx context.Context, q store.SearchQuery) (store.Page[store.SearchHit], error) {
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return store.Page[store.SearchHit]{}, fmt.Errorf("postgres: search: %w", err)
	}
	var a args
	tsq := tsQuery(store.ParseQuery(q.Text), &a)
	if tsq == "" {
		return store.Page[store.SearchHit]{}, nil
	}
	limit := store.ClampLimit(q.Limit)
	cond := where(q.Filter, &a)
	// ts_headline runs only on the page of hits, in the outer query.
	items, err := collect(ctx, s, func(row pgx.Row) (store.SearchHit, error) {
		var h store.SearchHit
		err := row.Scan(&h.ID, &h.Title, &h.URL, &h.Date, &h.Site, &h.Snippet, &h.Story, &h.DuplicateOf)
		return h, err
	}, `SELECT h.doc_id, h.title, h.url, h.date, h.site,
		ts_headline('storyline', h.text, `+tsq+`,
			'StartSel=`+store.MarkOpen+`, StopSel=`+store.MarkClose+`, MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…'),
		h.story_id, h.duplicate_of
		FROM (SELECT d.doc_id, d.title, d.url, d.date, d.site, d.text, d.story_id, d.duplicate_of, d.seq,
		             ts_rank(t.tsv, `+tsq+`) AS rank
		      FROM document_search t JOIN documents d ON d.seq = t.seq
		      WHERE t.tsv @@ `+tsq+` AND d.is_current`+cond+`
		      ORDER BY rank DESC, d.seq LIMIT `+a.add(limit+1)+` OFFSET `+a.add(off)+`) h
		ORDER BY h.rank DESC, h.seq`, a...)
	if err != nil {
		return store.Page[store.SearchHit]{}, fmt.Errorf("postgres: search %q: %w", q.Text, err)
	}
	return store.PageOf(items, off, limit), nil
}

// Quotes lists quotes, oldest publication date first.
func (s *Store) Quotes(ctx context.Context, q store.QuoteQuery) (store.Page[store.QuoteHit], error) {
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return store.Page[store.QuoteHit]{}, fmt.Errorf("postgres: quotes: %w", err)
	}
	limit := store.ClampLimit(q.Limit)
	var a args
	var conds []string
	if names := q.Names(); len(names) > 0 {
		conds = append(conds, "lower(q.speaker) = ANY (SELECT lower(n) FROM unnest("+a.add(names)+"::text[]) AS n)")
	}
	if q.Document != "" {
		conds = append(conds, "d.doc_id = "+a.add(q.Document))
	}
	if q.Story != "" {
		conds = append(conds, "d.story_id = "+a.add(q.Story))
	}
	cond := ""
	if len(conds) > 0 {
		cond = " AND " + strings.Join(conds, " AND ")
	}
	items, err := collect(ctx, s, func(row pgx.Row) (store.QuoteHit, error) {
		var h store.QuoteHit
		var cue, men nullSpan
		dest := append(quoteDest(&h.Quote, &cue, &men), &h.Document, &h.Title, &h.Date, &h.Site, &h.Story)
		if err := row.Scan(dest...); err != nil {
			return h, err
		}
		h.Cue, h.SpeakerMention = cue.span(), men.span()
		return h, nil
	}, `SELECT `+quoteCols+`, d.doc_id, d.title, d.date, d.site, d.story_id
		FROM quotes q JOIN documents d ON d.seq = q.seq AND d.is_current WHERE true`+cond+`
		ORDER BY d.day = '', d.day COLLATE "C", d.duplicate_of <> '', length(d.date) <= 10, storyline_instant(d.date) NULLS FIRST, d.date COLLATE "C", d.seq, q.content_start
		LIMIT `+a.add(limit+1)+` OFFSET `+a.add(off), a...)
	if err != nil {
		return store.Page[store.QuoteHit]{}, fmt.Errorf("postgres: quotes: %w", err)
	}
	return store.PageOf(items, off, limit), nil
}

// SpeakerNames lists the distinct speaker names of current documents'
// quotes whose last word is name's, ignoring case. The expression is the
// one indexed by migration 0006.
func (s *Store) SpeakerNames(ctx context.Context, name string) ([]string, error) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return nil, nil
	}
	out, err := collect(ctx, s, func(row pgx.Row) (string, error) {
		var n string
		err := row.Scan(&n)
		return n, err
	}, `SELECT DISTINCT q.speaker FROM quotes q JOIN documents d ON d.seq = q.seq AND d.is_current
		WHERE lower(substring(q.speaker from '[^ ]*$')) = lower($1)`, f[len(f)-1])
	if err != nil {
		return nil, fmt.Errorf("postgres: speaker names of %q: %w", name, err)
	}
	return out, nil
}

// Entities lists entities mentioned in current documents, most mentioned
// first.
func (s *Store) Entities(ctx context.Context, q store.EntityQuery) (store.Page[store.EntitySummary], error) {
	off, err := store.ParseCursor(q.Cursor)
	if err != nil {
		return store.Page[store.EntitySummary]{}, fmt.Errorf("postgres: entities: %w", err)
	}
	limit := store.ClampLimit(q.Limit)
	var a args
	var conds []string
	if q.Name != "" {
		conds = append(conds, "lower(e.name) = lower("+a.add(q.Name)+")")
	}
	if q.Type != "" {
		conds = append(conds, "e.type = "+a.add(q.Type))
	}
	cond := ""
	if len(conds) > 0 {
		cond = " AND " + strings.Join(conds, " AND ")
	}
	items, err := collect(ctx, s, func(row pgx.Row) (store.EntitySummary, error) {
		var e store.EntitySummary
		err := row.Scan(&e.Name, &e.Type, &e.Documents, &e.Mentions, &e.Quotes)
		return e, err
	}, `SELECT e.name, e.type, COUNT(DISTINCT m.seq), COUNT(*),
		(SELECT COUNT(*) FROM quotes q JOIN documents qd ON qd.seq = q.seq AND qd.is_current WHERE lower(q.speaker) = lower(e.name))
		FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.seq = m.seq AND d.is_current
		WHERE true`+cond+`
		GROUP BY e.id ORDER BY COUNT(DISTINCT m.seq) DESC, e.name COLLATE "C"
		LIMIT `+a.add(limit+1)+` OFFSET `+a.add(off), a...)
	if err != nil {
		return store.Page[store.EntitySummary]{}, fmt.Errorf("postgres: entities: %w", err)
	}
	return store.PageOf(items, off, limit), nil
}

// Volume counts current documents per day and per site.
func (s *Store) Volume(ctx context.Context, q store.DocumentQuery) (store.Volume, error) {
	var v store.Volume
	count := func(col, order string) ([]store.Count, error) {
		var a args
		cond := where(q.Filter, &a)
		return collect(ctx, s, func(row pgx.Row) (store.Count, error) {
			var c store.Count
			err := row.Scan(&c.Key, &c.Count)
			return c, err
		}, `SELECT d.`+col+`, COUNT(*) FROM documents d
			WHERE d.is_current AND d.`+col+` <> ''`+cond+` GROUP BY d.`+col+` ORDER BY `+order+` LIMIT 400`, a...)
	}
	var err error
	if v.Days, err = count("day", `d.day COLLATE "C" DESC`); err != nil {
		return v, fmt.Errorf("postgres: volume: %w", err)
	}
	for i, j := 0, len(v.Days)-1; i < j; i, j = i+1, j-1 {
		v.Days[i], v.Days[j] = v.Days[j], v.Days[i]
	}
	if v.Sites, err = count("site", `COUNT(*) DESC, d.site COLLATE "C"`); err != nil {
		return v, fmt.Errorf("postgres: volume: %w", err)
	}
	return v, nil
}
