package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/postgres"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
)

// openStore opens the store named by --db: a SQLite file path, created when
// missing, or a postgres:// URL.
func openStore(ctx context.Context, db string, readOnly bool) (store.Store, error) {
	switch {
	case db == "":
		return nil, errors.New("no store given: use --db PATH")
	case strings.Contains(db, "://") && !isPostgresURL(db):
		return nil, fmt.Errorf("--db %s: give a SQLite file path or a postgres:// URL", redactURL(db))
	case isPostgresURL(db):
		st, err := postgres.Open(ctx, db, postgres.Options{})
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", redactURL(db), err)
		}
		return st, nil
	}
	st, err := sqlite.Open(ctx, db, sqlite.Options{ReadOnly: readOnly})
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return st, nil
}

// redactURL hides a password in a database URL for messages.
func redactURL(u string) string {
	at := strings.LastIndex(u, "@")
	scheme := strings.Index(u, "://")
	if at < 0 || scheme < 0 {
		return u
	}
	return u[:scheme+3] + "…" + u[at:]
}

// openExisting is openStore for commands that read a store (serve without
// a write token, check): a SQLite path that names no file is a mistake,
// most often a typo, and is not to be answered with a new, empty store.
func openExisting(ctx context.Context, db string) (store.Store, error) {
	if db != "" && !strings.Contains(db, "://") {
		if _, err := os.Stat(db); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: create one with storyline ingest --db %s PAGES...", db, db)
		} else if err != nil {
			return nil, fmt.Errorf("open store %s: %w", db, err)
		}
	}
	return openStore(ctx, db, false)
}

// isPostgresURL reports whether --db names a PostgreSQL database rather than
// a SQLite file.
func isPostgresURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}
