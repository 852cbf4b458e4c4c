// Package sqlite is the embedded store backend: one SQLite file in WAL mode,
// with an FTS5 full-text index, built on the pure-Go modernc.org/sqlite
// driver (no cgo).
//
// The schema lives in migrations/NNNN_name.sql, embedded in the binary and
// applied in order at Open, each in its own transaction; the number of the
// last one applied is kept in schema_version. Migration files are
// append-only.
//
// Writes go through a single connection, so one process never contends with
// itself; several processes may share a file (SQLite serialises their write
// transactions, waiting up to the busy timeout).
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/storyline-dev/storyline/internal/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Options configures Open.
type Options struct {
	// Now returns the current time, used for ingestion timestamps; nil
	// means time.Now.
	Now func() time.Time
	// ReadOnly opens the database for reading only; migrations are not run,
	// and every write returns an error wrapping ErrReadOnly.
	ReadOnly bool
}

// Store is a store.Store backed by one SQLite file.
type Store struct {
	rd    *sql.DB // readers: a pool of connections
	wr    *sql.DB // the one writer connection
	now   func() time.Time
	pages store.PageCodec
}

var (
	_ store.Store      = (*Store)(nil)
	_ store.EventStore = (*Store)(nil)
)

// Open opens (creating when missing) the SQLite database at path and brings
// its schema up to date.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty database path")
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	// A 32 MiB page cache per connection and memory-mapped reads keep hot
	// index pages out of read system calls.
	pragmas := []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)",
		"cache_size(-32768)", "mmap_size(268435456)"}
	dsn := func(extra ...string) string {
		q := url.Values{}
		for _, p := range append(pragmas, extra...) {
			q.Add("_pragma", p)
		}
		q.Set("_txlock", "immediate")
		return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	}
	s := &Store{now: now}
	var err error
	if !opts.ReadOnly {
		s.wr, err = sql.Open("sqlite", dsn("journal_mode(WAL)"))
		if err != nil {
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
		s.wr.SetMaxOpenConns(1)
		s.wr.SetConnMaxIdleTime(0)
		if err := s.wr.PingContext(ctx); err != nil {
			s.wr.Close()
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
		if err := migrate(ctx, s.wr); err != nil {
			s.wr.Close()
			return nil, fmt.Errorf("sqlite: migrate %s: %w", path, err)
		}
	}
	ro := []string{"query_only(1)"}
	s.rd, err = sql.Open("sqlite", dsn(ro...))
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	s.rd.SetMaxOpenConns(8)
	if err := s.rd.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	var errs []error
	if s.rd != nil {
		errs = append(errs, s.rd.Close())
	}
	if s.wr != nil {
		// Fold the WAL back into the main file so a closed store is one file.
		_, _ = s.wr.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		errs = append(errs, s.wr.Close())
	}
	return errors.Join(errs...)
}

// IntegrityCheck runs PRAGMA integrity_check and returns its report, "ok"
// when the database is sound.
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	rows, err := s.rd.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return "", fmt.Errorf("sqlite: integrity check: %w", err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return "", fmt.Errorf("sqlite: integrity check: %w", err)
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n"), rows.Err()
}

// migrate applies the embedded migrations newer than the recorded version,
// each in its own transaction.
func migrate(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	migrations, err := store.Migrations(migrationFiles, "migrations")
	if err != nil {
		return err
	}
	last := 0
	if len(migrations) > 0 {
		last = migrations[len(migrations)-1].Version
	}
	for _, m := range migrations {
		if err := applyMigration(ctx, db, m.Version, last, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

func applyMigration(ctx context.Context, db *sql.DB, n, last int, body string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var cur int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return err
	}
	if cur > last {
		return fmt.Errorf("%w: the database is at version %d, this binary knows up to %d", store.ErrSchemaTooNew, cur, last)
	}
	if n <= cur {
		return nil
	}
	if _, err := tx.ExecContext(ctx, body); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, n); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion returns the number of the last migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.rd.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

// ErrReadOnly is returned by the writes of a store opened with ReadOnly.
var ErrReadOnly = errors.New("store opened read-only")

func errReadOnly(op string) error { return fmt.Errorf("sqlite: %s: %w", op, ErrReadOnly) }
