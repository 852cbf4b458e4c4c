package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
	"github.com/storyline-dev/storyline/internal/store/storetest"
)

func open(t testing.TB, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		return open(t, filepath.Join(t.TempDir(), "store.db"))
	})
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "store.db")
	s := open(t, path)
	rec := store.Record{}
	rec.Doc.ID, rec.Doc.Title, rec.Doc.Text = "a", "A title", "Some text."
	if _, err := s.Put(ctx, rec); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path)
	defer s.Close()
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != 3 {
		t.Errorf("SchemaVersion() = %d, %v; want 3", v, err)
	}
	if res, err := s.Put(ctx, rec); err != nil || res != store.PutUnchanged {
		t.Errorf("Put after reopen = %v, %v; want unchanged", res, err)
	}
	if got, err := s.IntegrityCheck(ctx); err != nil || got != "ok" {
		t.Errorf("IntegrityCheck() = %q, %v; want ok", got, err)
	}
}
