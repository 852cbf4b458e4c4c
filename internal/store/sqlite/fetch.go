package sqlite

import (
	"context"
	"fmt"
	"time"

	"github.com/storyline-dev/storyline/internal/store"
)

// RecordFetch appends one fetch to the fetch log.
func (s *Store) RecordFetch(ctx context.Context, f store.Fetch) error {
	if s.wr == nil {
		return errReadOnly("record fetch")
	}
	_, err := s.wr.ExecContext(ctx, `INSERT INTO fetches
		(url, final_url, purpose, status, not_modified, bytes, attempts, started, duration_ns, error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		f.URL, f.FinalURL, f.Purpose, f.Status, f.NotModified, f.Bytes, f.Attempts,
		f.Started.UTC().Format(time.RFC3339Nano), int64(f.Duration), f.Error)
	if err != nil {
		return fmt.Errorf("sqlite: record fetch %s: %w", f.URL, err)
	}
	return nil
}

// Fetches returns the logged fetches of url, newest first.
func (s *Store) Fetches(ctx context.Context, url string, limit int) ([]store.Fetch, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.rd.QueryContext(ctx, `SELECT url, final_url, purpose, status, not_modified, bytes,
		attempts, started, duration_ns, error FROM fetches
		WHERE url = ? OR final_url = ? ORDER BY id DESC LIMIT ?`, url, url, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: fetches of %s: %w", url, err)
	}
	defer rows.Close()
	out := []store.Fetch{}
	for rows.Next() {
		var (
			f       store.Fetch
			started string
			dur     int64
		)
		if err := rows.Scan(&f.URL, &f.FinalURL, &f.Purpose, &f.Status, &f.NotModified, &f.Bytes,
			&f.Attempts, &started, &dur, &f.Error); err != nil {
			return nil, fmt.Errorf("sqlite: fetches of %s: %w", url, err)
		}
		f.Started, _ = time.Parse(time.RFC3339Nano, started)
		f.Duration = time.Duration(dur)
		out = append(out, f)
	}
	return out, rows.Err()
}
