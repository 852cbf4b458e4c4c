package postgres

import (
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
	// The caller's compressed page, if any: compressing the page again
	// costs about as much CPU as extracting it.
	raw := rec.RawGzip
	if len(raw) == 0 && len(rec.Raw) > 0 {
		var err error
		if raw, err = s.pages.Compress(rec.Raw); err != nil {
			return 0, err
		}
	}
	at := rec.IngestedAt
	if at == "" {
		at = s.now().UTC().Format(time.RFC3339)
	}
	ea := entityArgs(rec.Entities)
	qa := quoteArgs(rec.Quotes)
	// One statement in its own transaction: one round trip and one commit
	// (migration 0004 has the steps).
	var code int
	var seq *int64
	err := s.pool.QueryRow(ctx, `SELECT o_result, o_seq FROM storyline_put(
		$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
		$19, $20, $21, $22, $23, $24,
		$25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35)`,
		noNUL(d.ID), rec.Hash, noNUL(d.Source), noNUL(d.URL), noNUL(d.Title), noNUL(d.Author),
		noNUL(d.Date), store.Day(d.Date), noNUL(d.DateSource), noNUL(d.Sitename), noNUL(store.Site(d)),
		noNUL(d.Language), noNUL(d.Text), raw, noNUL(rec.Story), noNUL(rec.StoryLabel), noNUL(rec.DuplicateOf), at,
		ea.names, ea.types, ea.entity, ea.starts, ea.ends, ea.texts,
		qa.typ, qa.contentStart, qa.contentEnd, qa.content, qa.cueStart, qa.cueEnd, qa.cue,
		qa.mentionStart, qa.mentionEnd, qa.mention, qa.speaker).Scan(&code, &seq)
	if err != nil {
		return 0, err
	}
	switch code {
	case 0:
		return store.PutUnchanged, nil
	case 1:
		return store.PutAdded, nil
	default:
		return store.PutNewVersion, nil
	}
}

// entityArrays are a record's entities and mentions as storyline_put's
// array arguments.
type entityArrays struct {
	names, types []string
	// entity is the 1-based index in names of each mention's entity.
	entity, starts, ends []int32
	texts                []string
}

// entityArgs lays out the entities that have a name, and their mentions in
// the record's order (the order Document returns); an entity with no
// located mention still marks the document, with one mention at -1.
func entityArgs(ents []store.Entity) entityArrays {
	var a entityArrays
	for _, e := range ents {
		if e.Name == "" {
			continue
		}
		a.names = append(a.names, noNUL(e.Name))
		a.types = append(a.types, noNUL(e.Type))
		i := int32(len(a.names))
		mentions := e.Mentions
		if len(mentions) == 0 {
			mentions = []document.Span{{Start: -1, End: -1, Text: e.Name}}
		}
		for _, m := range mentions {
			a.entity = append(a.entity, i)
			a.starts = append(a.starts, int32(m.Start))
			a.ends = append(a.ends, int32(m.End))
			a.texts = append(a.texts, noNUL(m.Text))
		}
	}
	return a
}

// quoteArrays are a record's quotes as storyline_put's array arguments,
// one element per quote; absent spans are NULL.
type quoteArrays struct {
	typ, content, speaker    []string
	contentStart, contentEnd []int32
	cueStart, cueEnd         []*int32
	mentionStart, mentionEnd []*int32
	cue, mention             []*string
}

func quoteArgs(quotes []store.Quote) quoteArrays {
	var a quoteArrays
	for _, q := range quotes {
		a.typ = append(a.typ, noNUL(q.Type))
		a.contentStart = append(a.contentStart, int32(q.Content.Start))
		a.contentEnd = append(a.contentEnd, int32(q.Content.End))
		a.content = append(a.content, noNUL(q.Content.Text))
		s, e, t := spanArgs(q.Cue)
		a.cueStart, a.cueEnd, a.cue = append(a.cueStart, s), append(a.cueEnd, e), append(a.cue, t)
		s, e, t = spanArgs(q.SpeakerMention)
		a.mentionStart, a.mentionEnd, a.mention = append(a.mentionStart, s), append(a.mentionEnd, e), append(a.mention, t)
		a.speaker = append(a.speaker, noNUL(q.Speaker))
	}
	return a
}

func spanArgs(s *document.Span) (*int32, *int32, *string) {
	if s == nil {
		return nil, nil, nil
	}
	start, end, t := int32(s.Start), int32(s.End), noNUL(s.Text)
	return &start, &end, &t
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
		// One round trip for all of them; a label that is already stored
		// is not rewritten (no new row version, no lock taken).
		b := &pgx.Batch{}
		for _, id := range ids {
			b.Queue(`UPDATE stories SET label = $1 WHERE id = $2 AND label IS DISTINCT FROM $1`, noNUL(labels[id]), id)
		}
		br := tx.SendBatch(ctx, b)
		for _, id := range ids {
			if _, err := br.Exec(); err != nil {
				br.Close()
				return fmt.Errorf("label story %s: %w", id, err)
			}
		}
		return br.Close()
	})
	if err != nil {
		return fmt.Errorf("postgres: label stories: %w", err)
	}
	return nil
}
