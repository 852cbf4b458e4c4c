// Package postgres is the shared store backend: a PostgreSQL database that
// any number of storyline workers and servers use at once, built on
// github.com/jackc/pgx/v5 (pgxpool).
//
// The schema lives in migrations/NNNN_name.sql, embedded in the binary and
// applied in order at Open, each in its own transaction under an advisory
// lock, so that workers starting together do not race; the number of the
// last one applied is kept in schema_version. Migration files are
// append-only. Full-text search uses a tsvector per stored version, in
// its own table (document_search) with a GIN index.
//
// Put is one call of the server-side function storyline_put (migration
// 0004): one round trip and one commit per document. Writes are
// idempotent by content hash: it takes a transaction-scoped advisory lock
// on the document id, so concurrent deliveries of the same
// page (at-least-once queues) store it once and concurrent new versions of
// one id are numbered without gaps or clashes. PostgreSQL text cannot hold
// NUL characters; Put removes them.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/storyline-dev/storyline/internal/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Options configures Open.
type Options struct {
	// Schema is the PostgreSQL schema to use, created when missing; empty
	// means the connection's default search_path (normally "public").
	Schema string
	// Now returns the current time, used for ingestion timestamps; nil
	// means time.Now.
	Now func() time.Time
	// MaxConns caps the connection pool; 0 means pgxpool's default
	// (the larger of 4 and the number of CPUs).
	MaxConns int32
}

// Store is a store.Store backed by PostgreSQL. It is safe for concurrent
// use, also by many processes.
type Store struct {
	pool  *pgxpool.Pool
	now   func() time.Time
	pages store.PageCodec
}

var _ store.Store = (*Store)(nil)

var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// Open connects to the database at url (postgres://user@host:port/db?...)
// and brings its schema up to date.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: parse url: %w", err)
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	if opts.Schema != "" {
		if !schemaName.MatchString(opts.Schema) {
			return nil, fmt.Errorf("postgres: bad schema name %q: want lower-case letters, digits and _", opts.Schema)
		}
		cfg.ConnConfig.RuntimeParams["search_path"] = opts.Schema
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect %s: %w", cfg.ConnConfig.Host, err)
	}
	s := &Store{pool: pool, now: now}
	if opts.Schema != "" {
		err := pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+opts.Schema)
			return err
		})
		if err != nil {
			pool.Close()
			return nil, fmt.Errorf("postgres: create schema %s: %w", opts.Schema, err)
		}
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: migrate: %w", err)
	}
	return s, nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	return s.pool.Ping(ctx)
}

// migrationLock is the advisory lock key held while migrating ("storyline"
// in ASCII, truncated to 8 bytes).
const migrationLock = 0x73746f72796c696e

func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	migrations, err := store.Migrations(migrationFiles, "migrations")
	if err != nil {
		return err
	}
	last := 0
	if len(migrations) > 0 {
		last = migrations[len(migrations)-1].Version
	}
	for _, m := range migrations {
		if err := applyMigration(ctx, pool, m.Version, last, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

func applyMigration(ctx context.Context, pool *pgxpool.Pool, n, last int, body string) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		// Under the lock, so that processes starting together neither race
		// to create the table nor apply a migration twice.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`); err != nil {
			return err
		}
		var cur int
		if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&cur); err != nil {
			return err
		}
		if cur > last {
			return fmt.Errorf("%w: the database is at version %d, this binary knows up to %d", store.ErrSchemaTooNew, cur, last)
		}
		if n <= cur {
			return nil
		}
		if _, err := tx.Exec(ctx, body); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM schema_version`); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, n)
		return err
	})
}

// SchemaVersion returns the number of the last migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.pool.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

// isNoRows reports whether err says a single-row query found nothing.
func isNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }

// CurrentSchema returns the schema the store's tables live in.
func (s *Store) CurrentSchema(ctx context.Context) (string, error) {
	var name string
	err := s.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&name)
	return name, err
}
