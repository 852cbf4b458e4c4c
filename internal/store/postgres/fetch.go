package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/storyline-dev/storyline/internal/store"
)

// RecordFetch appends one fetch to the fetch log.
func (s *Store) RecordFetch(ctx context.Context, f store.Fetch) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO fetches
		(url, final_url, purpose, status, not_modified, bytes, attempts, started, duration_ns, error)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		f.URL, f.FinalURL, f.Purpose, f.Status, f.NotModified, f.Bytes, f.Attempts,
		f.Started.UTC(), int64(f.Duration), f.Error)
	if err != nil {
		return fmt.Errorf("postgres: record fetch %s: %w", f.URL, err)
	}
	return nil
}

// Fetches returns the logged fetches of url, newest first.
func (s *Store) Fetches(ctx context.Context, url string, limit int) ([]store.Fetch, error) {
	var lim any // NULL: no limit
	if limit > 0 {
		lim = limit
	}
	rows, err := s.pool.Query(ctx, `SELECT url, final_url, purpose, status, not_modified, bytes,
		attempts, started, duration_ns, error FROM fetches
		WHERE url = $1 OR final_url = $1 ORDER BY id DESC LIMIT $2`, url, lim)
	if err != nil {
		return nil, fmt.Errorf("postgres: fetches of %s: %w", url, err)
	}
	defer rows.Close()
	out := []store.Fetch{}
	for rows.Next() {
		var (
			f   store.Fetch
			dur int64
		)
		if err := rows.Scan(&f.URL, &f.FinalURL, &f.Purpose, &f.Status, &f.NotModified, &f.Bytes,
			&f.Attempts, &f.Started, &dur, &f.Error); err != nil {
			return nil, fmt.Errorf("postgres: fetches of %s: %w", url, err)
		}
		f.Duration = time.Duration(dur)
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: fetches of %s: %w", url, err)
	}
	return out, nil
}
