package postgres

import (
	"context"
	"fmt"

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
	if story == "" {
		return false, fmt.Errorf("postgres: assign story to %d: empty story id", seq)
	}
	var done bool
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var at string
		err := tx.QueryRow(ctx, `UPDATE documents SET story_id = $2, duplicate_of = $3,
			group_order = nextval('documents_group_order')
			WHERE seq = $1 AND is_current AND story_id = '' RETURNING ingested_at`,
			seq, noNUL(story), noNUL(duplicateOf)).Scan(&at)
		if isNoRows(err) {
			return nil
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO stories (id, label) VALUES ($1, $2)
			ON CONFLICT (id) DO UPDATE SET label = CASE WHEN $2 <> '' THEN $2 ELSE stories.label END`,
			noNUL(story), noNUL(label)); err != nil {
			return err
		}
		if err := refreshStory(ctx, tx, story, at); err != nil {
			return err
		}
		done = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("postgres: assign story %s to %d: %w", story, seq, err)
	}
	return done, nil
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
