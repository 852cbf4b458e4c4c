package indexer_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
)

// grouper puts every document in story "s-1" and records what it saw.
type grouper struct {
	grouped, restored []string
}

func (g *grouper) Group(d document.Document) indexer.Grouping {
	g.grouped = append(g.grouped, d.ID)
	return indexer.Grouping{Story: "s-1"}
}

func (g *grouper) Restore(d store.Document)  { g.restored = append(g.restored, d.ID) }
func (g *grouper) Labels() map[string]string { return map[string]string{"s-1": "Harbour talks"} }

func TestPrepareCommit(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ix.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	extracted := 0
	page := func(id, body string) indexer.Page {
		return indexer.Page{ID: id, Raw: []byte(body), Extract: func() document.Document {
			extracted++
			if body == "" {
				return document.Document{ID: id, Error: "empty page"}
			}
			return document.Document{ID: id, Title: "Title " + id, Text: body}
		}}
	}
	analyzer := indexer.AnalyzerFunc(func(d document.Document) indexer.Analysis {
		return indexer.Analysis{Entities: []store.Entity{{Name: "Mara Quill", Type: "PERSON"}}}
	})
	g := &grouper{}
	ix := indexer.New(st, indexer.Options{Analyzer: analyzer, Grouper: g})

	tests := []struct {
		page    indexer.Page
		want    store.PutResult
		wantErr error
	}{
		{page("a", "first text"), store.PutAdded, nil},
		{page("b", "second text"), store.PutAdded, nil},
		{page("a", "first text"), store.PutUnchanged, nil},
		{page("a", "first text, corrected"), store.PutNewVersion, nil},
		{page("c", ""), 0, indexer.ErrFailed},
	}
	for i, tt := range tests {
		got, err := ix.Commit(ctx, ix.Prepare(ctx, tt.page))
		if !errors.Is(err, tt.wantErr) || got != tt.want {
			t.Errorf("step %d: Commit(%s) = %v, %v; want %v, %v", i, tt.page.ID, got, err, tt.want, tt.wantErr)
		}
	}
	if extracted != 4 {
		t.Errorf("extracted %d pages; want 4 (known content is not extracted again)", extracted)
	}
	if diff := cmp.Diff([]string{"a", "b", "a"}, g.grouped); diff != "" {
		t.Errorf("grouped (-want +got):\n%s", diff)
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := st.Story(ctx, "s-1")
	if err != nil || s.Label != "Harbour talks" || s.Documents != 2 {
		t.Errorf("Story(s-1) = %q with %d documents, %v; want the flushed label and 2", s.Label, s.Documents, err)
	}
	d, err := st.Document(ctx, "a")
	if err != nil || len(d.Entities) != 1 || d.Text != "first text, corrected" {
		t.Errorf("Document(a) = %q with %d entities, %v", d.Text, len(d.Entities), err)
	}

	// A new indexer on the same store replays it into its grouper.
	g2 := &grouper{}
	n, err := indexer.New(st, indexer.Options{Grouper: g2}).Restore(ctx)
	if err != nil || n != 2 {
		t.Fatalf("Restore = %d, %v; want 2", n, err)
	}
	if diff := cmp.Diff([]string{"b", "a"}, g2.restored); diff != "" {
		t.Errorf("restored, in storage order (-want +got):\n%s", diff)
	}
}

// TestRestoreWindow replays only recent documents but reserves every story.
func TestRestoreWindow(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ix.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, d := range []struct{ id, date, story string }{
		{"old", "2025-01-10", "s-1"}, {"undated", "", "s-2"}, {"recent", "2025-06-01", "s-3"},
		{"undated-late", "", "s-3"}, {"newest", "2025-06-20", "s-3"},
	} {
		if _, err := st.Put(ctx, store.Record{Doc: document.Document{ID: d.id, Date: d.date, Text: "text " + d.id}, Story: d.story}); err != nil {
			t.Fatal(err)
		}
	}
	g := &reserving{}
	n, err := indexer.New(st, indexer.Options{Grouper: g, RestoreWindow: 60 * 24 * time.Hour}).Restore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// "undated" was stored before the window's first document: of unknown
	// age, it is left out; "undated-late" came within the window.
	if diff := cmp.Diff([]string{"recent", "undated-late", "newest"}, g.restored); diff != "" || n != 3 {
		t.Errorf("restored %d (-want +got):\n%s", n, diff)
	}
	if diff := cmp.Diff([]string{"s-1", "s-2", "s-3"}, g.reserved, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("reserved (-want +got):\n%s", diff)
	}
}

type reserving struct {
	grouper
	reserved []string
}

func (r *reserving) Reserve(id string) { r.reserved = append(r.reserved, id) }

// putRecorder is a store that records the records Put is given.
type putRecorder struct {
	store.Store
	recs []store.Record
}

func (p *putRecorder) Put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	p.recs = append(p.recs, rec)
	return p.Store.Put(ctx, rec)
}

// TestPrepareKeepsCompressedPage checks that a page that arrives compressed
// (Page.RawGzip) is stored as it came, and that one without is compressed
// into the store's format.
func TestPrepareKeepsCompressedPage(t *testing.T) {
	ctx := context.Background()
	raw := []byte("<html><p>Harbour talks resume</p></html>")
	var zbuf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zbuf, gzip.BestCompression)
	zw.Comment = "from the queue"
	zw.Write(raw)
	zw.Close()
	tests := []struct {
		name    string
		rawGzip []byte
	}{
		{"compressed by the caller", zbuf.Bytes()},
		{"compressed here", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ix.db"), sqlite.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			rec := &putRecorder{Store: st}
			ix := indexer.New(rec, indexer.Options{})
			p := indexer.Page{ID: "a", Raw: raw, RawGzip: tt.rawGzip, Extract: func() document.Document {
				return document.Document{ID: "a", Title: "Harbour talks", Text: "Harbour talks resume"}
			}}
			if _, err := ix.Commit(ctx, ix.Prepare(ctx, p)); err != nil {
				t.Fatalf("Commit: %v", err)
			}
			if len(rec.recs) != 1 {
				t.Fatalf("Put called %d times; want 1", len(rec.recs))
			}
			got := rec.recs[0].RawGzip
			if tt.rawGzip != nil && !bytes.Equal(got, tt.rawGzip) {
				t.Errorf("RawGzip put = %d bytes; want the page's own %d", len(got), len(tt.rawGzip))
			}
			if b, err := store.DecompressPage(got); err != nil || !bytes.Equal(b, raw) {
				t.Errorf("DecompressPage(RawGzip put) = %q, %v; want %q", b, err, raw)
			}
			if b, err := st.Raw(ctx, "a"); err != nil || !bytes.Equal(b, raw) {
				t.Errorf("Raw(a) = %q, %v; want %q", b, err, raw)
			}
		})
	}
}

// selfDupGrouper says every document duplicates the one with its own id,
// as a grouper that already took the document in on a failed Commit would.
type selfDupGrouper struct{ grouper }

func (g *selfDupGrouper) Group(d document.Document) indexer.Grouping {
	return indexer.Grouping{Story: "s-1", DuplicateOf: d.ID}
}

// TestCommitNeverSelfDuplicate: a document is never stored as a duplicate
// of itself, whatever the grouper says; ReplaceGrouper restores the new
// grouper from the store.
func TestCommitNeverSelfDuplicate(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ix.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix := indexer.New(st, indexer.Options{Grouper: &selfDupGrouper{}})
	p := indexer.Page{ID: "a", Extract: func() document.Document {
		return document.Document{ID: "a", Title: "Harbour talks", Text: "Talks resumed."}
	}}
	if _, err := ix.Commit(ctx, ix.Prepare(ctx, p)); err != nil {
		t.Fatal(err)
	}
	d, err := st.Document(ctx, "a")
	if err != nil || d.DuplicateOf != "" {
		t.Errorf("Document(a) duplicate_of = %q, %v; want none", d.DuplicateOf, err)
	}
	g := &grouper{}
	if n, err := ix.ReplaceGrouper(ctx, g); err != nil || n != 1 || len(g.restored) != 1 {
		t.Errorf("ReplaceGrouper = %d, %v, restored %v; want 1 document", n, err, g.restored)
	}
	p.ID = "b"
	p.Extract = func() document.Document {
		return document.Document{ID: "b", Title: "Port strike", Text: "Dockers stopped."}
	}
	if _, err := ix.Commit(ctx, ix.Prepare(ctx, p)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"b"}, g.grouped); diff != "" {
		t.Errorf("grouped by the new grouper (-want +got):\n%s", diff)
	}
}

// TestAnalyzerPanic: a page whose analysis panics fails alone, with an
// error naming it, and the next page is stored as usual.
func TestAnalyzerPanic(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ix.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	analyzer := indexer.AnalyzerFunc(func(d document.Document) indexer.Analysis {
		if d.ID == "bad" {
			var s []int
			_ = s[len(d.Text)] // out of range
		}
		return indexer.Analysis{}
	})
	ix := indexer.New(st, indexer.Options{Analyzer: analyzer})
	page := func(id string) indexer.Page {
		return indexer.Page{ID: id, Raw: []byte(id), Extract: func() document.Document {
			return document.Document{ID: id, Text: "text of " + id}
		}}
	}
	p := ix.Prepare(ctx, page("bad"))
	if !strings.Contains(p.Doc.Error, "analyse bad: internal error") {
		t.Errorf("Prepare(bad).Doc.Error = %q; want an internal error naming the page", p.Doc.Error)
	}
	if _, err := ix.Commit(ctx, p); !errors.Is(err, indexer.ErrFailed) {
		t.Errorf("Commit(bad) = %v; want ErrFailed", err)
	}
	if got, err := ix.Commit(ctx, ix.Prepare(ctx, page("good"))); err != nil || got != store.PutAdded {
		t.Errorf("Commit(good) = %v, %v; want added", got, err)
	}
	if _, err := st.Document(ctx, "bad"); err == nil {
		t.Error("the page whose analysis failed was stored")
	}
}
