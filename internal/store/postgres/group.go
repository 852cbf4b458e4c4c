package postgres

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/storyline-dev/storyline/internal/store"
)

// Story grouping for a shared store. Workers store documents without a
// story (story_id = ''), in parallel; one grouper at a time, elected with
// TryLock, reads them back in storage order with Ungrouped and records its
// decisions with AssignStory. The grouper always assigns a story, so an
// empty story_id means "not grouped yet".

// Pending is a stored document waiting for its story.
type Pending struct {
	// Seq is the stored version's position in storage order.
	Seq int64
	// Doc is the document.
	Doc store.Document
}

// Ungrouped returns up to limit current documents without a story stored
// after the version at seq after, in storage order.
func (s *Store) Ungrouped(ctx context.Context, after int64, limit int) ([]Pending, error) {
	out, err := collect(ctx, s, func(row pgx.Row) (Pending, error) {
		d, seq, err := scanFull(row)
		return Pending{Seq: seq, Doc: d}, err
	}, `SELECT `+fullCols+` FROM documents d WHERE d.is_current AND d.story_id = '' AND d.seq > $1
		ORDER BY d.seq LIMIT $2`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: ungrouped after %d: %w", after, err)
	}
	return out, nil
}

// EachGrouped calls fn for every current document that has a story, in
// the order they were given it, to rebuild a grouper's state.
func (s *Store) EachGrouped(ctx context.Context, fn func(store.Document) error) error {
	rows, err := s.pool.Query(ctx, `SELECT `+fullCols+` FROM documents d WHERE d.is_current AND d.story_id <> ''
		ORDER BY d.group_order NULLS FIRST, d.seq`)
	if err != nil {
		return fmt.Errorf("postgres: each grouped: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		d, _, err := scanFull(rows)
		if err != nil {
			return fmt.Errorf("postgres: each grouped: %w", err)
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres: each grouped: %w", err)
	}
	return nil
}

// AssignStory records the story of the document version seq, and the
// earlier document it duplicates, and updates the story's aggregates; label,
// when not empty, becomes the story's label. It reports false, changing
// nothing, when that version is no longer current or already has a story.
func (s *Store) AssignStory(ctx context.Context, seq int64, story, label, duplicateOf string) (bool, error) {
	n, err := s.AssignStories(ctx, []Assignment{{Seq: seq, Story: story, Label: label, DuplicateOf: duplicateOf}})
	return n == 1, err
}

// Assignment is the grouper's decision for one stored document version.
type Assignment struct {
	// Seq is the document version (Pending.Seq).
	Seq int64
	// Story is the story it belongs to; required.
	Story string
	// Label, when not empty, becomes the story's label.
	Label string
	// DuplicateOf is the id of the earlier document it duplicates, or empty.
	DuplicateOf string
}

// AssignStories records assignments in one transaction, in the order given
// (which becomes the documents' group order), with the same effect as
// AssignStory on each in turn, and returns how many it applied: an
// assignment to a version that is no longer current or already has a story
// changes nothing. Each story touched is updated once, after the documents,
// in id order. Assigning a batch costs one commit instead of one per
// document.
func (s *Store) AssignStories(ctx context.Context, as []Assignment) (int, error) {
	for _, a := range as {
		if a.Story == "" {
			return 0, fmt.Errorf("postgres: assign story to %d: empty story id", a.Seq)
		}
	}
	if len(as) == 0 {
		return 0, nil
	}
	var n int
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		n = 0
		b := &pgx.Batch{}
		for _, a := range as {
			b.Queue(`UPDATE documents SET story_id = $2, duplicate_of = $3,
				group_order = nextval('documents_group_order')
				WHERE seq = $1 AND is_current AND story_id = '' RETURNING ingested_at, site`,
				a.Seq, noNUL(a.Story), noNUL(a.DuplicateOf))
		}
		// For each story: its last non-empty label in this batch, the
		// ingestion time of its last document, which AssignStory one by one
		// would have left, and how many documents of each site joined it.
		type touched struct {
			label, at string
			sites     map[string]int
		}
		stories := map[string]*touched{}
		br := tx.SendBatch(ctx, b)
		for _, a := range as {
			var at, site string
			err := br.QueryRow().Scan(&at, &site)
			if isNoRows(err) {
				continue
			}
			if err != nil {
				br.Close()
				return fmt.Errorf("document %d: %w", a.Seq, err)
			}
			n++
			t := stories[a.Story]
			if t == nil {
				t = &touched{sites: map[string]int{}}
				stories[a.Story] = t
			}
			t.sites[site]++
			if a.Label != "" {
				t.label = a.Label
			}
			t.at = at
		}
		if err := br.Close(); err != nil {
			return err
		}
		if len(stories) == 0 {
			return nil
		}
		ids := slices.Sorted(maps.Keys(stories)) // a fixed lock order
		b = &pgx.Batch{}
		for _, id := range ids {
			t := stories[id]
			b.Queue(`INSERT INTO stories (id, label) VALUES ($1, $2)
				ON CONFLICT (id) DO UPDATE SET label = CASE WHEN $2 <> '' THEN $2 ELSE stories.label END`,
				noNUL(id), noNUL(t.label))
			// The upsert has locked the story's row: move its counts.
			for _, site := range slices.Sorted(maps.Keys(t.sites)) {
				b.Queue(`SELECT storyline_story_delta($1, $2, $3)`, noNUL(id), site, t.sites[site])
			}
			b.Queue(`SELECT storyline_refresh_story($1, $2)`, noNUL(id), t.at)
		}
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: assign %d stories (first %s to %d): %w", len(as), as[0].Story, as[0].Seq, err)
	}
	return n, nil
}

// Lock is a database-wide advisory lock held on its own connection.
type Lock struct {
	conn *pgxpool.Conn
	key  string
}

// TryLock takes the advisory lock called name without waiting. It returns
// nil, nil when another session holds it. The lock lasts until Unlock, or
// until its connection is lost; Held tells which.
func (s *Store) TryLock(ctx context.Context, name string) (*Lock, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres: lock %s: %w", name, err)
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended($1, 1))`, name).Scan(&ok); err != nil {
		conn.Release()
		return nil, fmt.Errorf("postgres: lock %s: %w", name, err)
	}
	if !ok {
		conn.Release()
		return nil, nil
	}
	return &Lock{conn: conn, key: name}, nil
}

// Held reports whether the lock is still held: false once its connection
// was lost (the server then released it) or after Unlock.
func (l *Lock) Held(ctx context.Context) bool {
	if l.conn == nil {
		return false
	}
	// A session-level advisory lock lasts as long as its session: if the
	// connection still answers, the lock is still ours.
	return l.conn.Ping(ctx) == nil
}

// Unlock releases the lock and its connection.
func (l *Lock) Unlock(ctx context.Context) {
	if l.conn == nil {
		return
	}
	if _, err := l.conn.Exec(ctx, `SELECT pg_advisory_unlock(hashtextextended($1, 1))`, l.key); err != nil {
		// The session is broken: closing it releases the lock.
		l.conn.Conn().Close(ctx)
	}
	l.conn.Release()
	l.conn = nil
}
