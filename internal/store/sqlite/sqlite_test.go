package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
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
	migrations, err := store.Migrations(os.DirFS("."), "migrations")
	if err != nil {
		t.Fatal(err)
	}
	last := migrations[len(migrations)-1].Version
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != last {
		t.Errorf("SchemaVersion() = %d, %v; want %d", v, err, last)
	}
	if res, err := s.Put(ctx, rec); err != nil || res != store.PutUnchanged {
		t.Errorf("Put after reopen = %v, %v; want unchanged", res, err)
	}
	if got, err := s.IntegrityCheck(ctx); err != nil || got != "ok" {
		t.Errorf("IntegrityCheck() = %q, %v; want ok", got, err)
	}
}

// TestReadOnlyRefusesWrites: every write to a store opened read-only is an
// error wrapping ErrReadOnly, not a nil-pointer panic.
func TestReadOnlyRefusesWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "store.db")
	if err := open(t, path).Close(); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(ctx, path, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rec := store.Record{}
	rec.Doc.ID = "a"
	for name, write := range map[string]func() error{
		"Put":            func() error { _, err := s.Put(ctx, rec); return err },
		"PutBatch":       func() error { return s.PutBatch(ctx, []store.Record{rec}) },
		"LabelStories":   func() error { return s.LabelStories(ctx, map[string]string{"s-1": "Talks"}) },
		"SetStoryEvents": func() error { return s.SetStoryEvents(ctx, map[string][]store.StoryEvent{"s-1": {{Text: "x"}}}) },
		"RecordFetch":    func() error { return s.RecordFetch(ctx, store.Fetch{URL: "https://example.org/"}) },
		"Recount":        func() error { _, err := s.Recount(ctx, true); return err },
	} {
		if err := write(); !errors.Is(err, sqlite.ErrReadOnly) {
			t.Errorf("%s on a read-only store = %v; want ErrReadOnly", name, err)
		}
	}
}

// TestOpenRefusesNewerSchema: a binary whose migrations stop before the
// database's schema version (a newer binary migrated it) refuses to open it
// for writing rather than write rows the newer schema would miss.
func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "store.db")
	if err := open(t, path).Close(); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `UPDATE schema_version SET version = version + 1`); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err == nil {
		s.Close()
		t.Fatal("Open of a newer schema = nil error; want ErrSchemaTooNew")
	}
	if !errors.Is(err, store.ErrSchemaTooNew) {
		t.Errorf("Open of a newer schema = %v; want ErrSchemaTooNew", err)
	}
}

func TestStoryEvents(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "ev.db"))
	defer s.Close()
	evs := []store.StoryEvent{{Time: "2026-03-02T08:10:00Z", Text: "Talks opened.", Source: "a"}, {Text: "A truce was agreed.", Source: "b"}}
	if err := s.SetStoryEvents(ctx, map[string][]store.StoryEvent{"s-1": evs}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStoryEvents(ctx, map[string][]store.StoryEvent{"s-1": evs[1:]}); err != nil {
		t.Fatal(err)
	}
	got, err := s.StoryEvents(ctx, "s-1")
	if err != nil || len(got) != 1 || got[0] != evs[1] {
		t.Errorf("StoryEvents(s-1) = %+v, %v; want the replaced list %+v", got, err, evs[1:])
	}
	if got, err := s.StoryEvents(ctx, "s-2"); err != nil || got == nil || len(got) != 0 {
		t.Errorf("StoryEvents(s-2) = %#v, %v; want an empty, non-nil list (JSON [] for the API)", got, err)
	}
}

// TestEmptyListsAreNotNil: a document without quotes lists none as an
// empty list, which the JSON API writes as [] rather than null.
func TestEmptyListsAreNotNil(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "empty.db"))
	defer s.Close()
	rec := store.Record{}
	rec.Doc.ID, rec.Doc.Title, rec.Doc.Text = "a", "A title", "No one said anything."
	if _, err := s.Put(ctx, rec); err != nil {
		t.Fatal(err)
	}
	d, err := s.Document(ctx, "a")
	if err != nil || d.Quotes == nil || len(d.Quotes) != 0 {
		t.Errorf("Document(a).Quotes = %#v, %v; want an empty, non-nil list", d.Quotes, err)
	}
}

func TestRecount(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := open(t, path)
	defer s.Close()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	storetest.Recount(t, s, func(q string) error {
		_, err := db.Exec(q)
		return err
	})
}
