package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// FuzzSearch checks that no search text or filter, however odd, reaches
// SQLite as invalid FTS5 syntax or SQL: Search answers or finds nothing.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"talks", `"talks" OR x`, "NEAR(a b)", "a*", "^x", "{title}: x", "site_x_y", "ent_mara", "-", "Ünïcödé 東京", "AND", "\x00", "a:b", "(", `\"`} {
		f.Add(s, s)
	}
	st := open(f, filepath.Join(f.TempDir(), "fuzz.db"))
	f.Cleanup(func() { st.Close() })
	ctx := context.Background()
	if _, err := st.Put(ctx, store.Record{Doc: document.Document{ID: "a", Title: "Talks resume", Text: "The envoy said talks would resume.", URL: "https://x.example/a"},
		Entities: []store.Entity{{Name: "Mara Quill", Type: "PERSON"}}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, filter string) {
		for _, q := range []store.SearchQuery{
			{Text: text},
			{Text: text, Filter: store.Filter{Site: filter}},
			{Text: text, Filter: store.Filter{Entity: filter}},
		} {
			if _, err := st.Search(ctx, q); err != nil {
				t.Errorf("Search(%q, site or entity %q): %v", text, filter, err)
			}
		}
	})
}
