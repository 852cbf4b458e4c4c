package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/document"
)

func TestParseDocDate(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"2021-08-04", time.Date(2021, 8, 4, 0, 0, 0, 0, time.UTC)},
		{"2021-08-04T10:30:00+02:00", time.Date(2021, 8, 4, 8, 30, 0, 0, time.UTC)},
		{"2021-08-04T10:30:00", time.Date(2021, 8, 4, 10, 30, 0, 0, time.UTC)},
		{"", time.Time{}},
		{"yesterday", time.Time{}},
		{"1900-01-01", time.Time{}},
		{"2999-01-01", time.Time{}},
		{"2026-11-26", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)},
		{"2026-12-25", time.Time{}},
	} {
		if got := parseDocDate(tc.in, now); !got.Equal(tc.want) {
			t.Errorf("parseDocDate(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

// TestClusterDocuments checks publication-date order (ties and undated
// documents in input order), records in input order, and error records.
func TestClusterDocuments(t *testing.T) {
	body := "Dock workers at the port of Halvik began an indefinite strike on Monday after talks between the union and the port authority broke down without agreement on pay."
	docs := []document.Document{
		{ID: "late-copy", Date: "2024-03-06", Text: "By a reporter\n" + body},
		{ID: "orig", Date: "2024-03-04", Text: body},
		{ID: "undated-copy", Text: body},
		{ID: "broken", Error: "unreadable"},
		{ID: "absurd", Date: "2999-01-01", Text: "Orchestra announces summer season of Baroque operas in the cathedral."},
	}
	recs := clusterDocuments(docs, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	type row struct{ ID, Story, Dup, Err string }
	var got []row
	for _, r := range recs {
		got = append(got, row{r.ID, r.Story, r.DuplicateOf, r.Error})
	}
	// "orig" is processed first (earliest date) and opens s-1; both copies
	// point at it whatever their input position.
	want := []row{
		{"late-copy", "s-1", "orig", ""},
		{"orig", "s-1", "", ""},
		{"undated-copy", "s-1", "orig", ""},
		{"broken", "", "", "unreadable"},
		{"absurd", "s-2", "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("clusterDocuments mismatch (-want +got):\n%s", diff)
	}
}

// TestStoriesPartialReuse runs the seed-000 case through the command's
// clustering: wire articles, then a spun page lifting paragraphs from them
// (fixtures of internal/neardup). The page's record names its sources.
func TestStoriesPartialReuse(t *testing.T) {
	var docs []document.Document
	for i, name := range []string{"wire-a", "wire-b", "wire-c", "spun"} {
		b, err := os.ReadFile(filepath.Join("..", "neardup", "testdata", "reuse", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		title, text, _ := strings.Cut(string(b), "\n")
		docs = append(docs, document.Document{ID: name, Title: title, Text: text, Date: fmt.Sprintf("2024-03-0%d", 4+i)})
	}
	recs := clusterDocuments(docs, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	spun := recs[3]
	if spun.DuplicateOf != "" || spun.Reuse == nil || spun.Reuse.Kind != "partial" {
		t.Fatalf("spun record = %+v; want partial reuse, no duplicate_of", spun)
	}
	got := map[string]bool{}
	for _, r := range spun.Reuse.Reused {
		got[r.Source] = true
	}
	if diff := cmp.Diff(map[string]bool{"wire-a": true, "wire-b": true, "wire-c": true}, got); diff != "" {
		t.Errorf("reused sources mismatch (-want +got):\n%s", diff)
	}
	// All four are one story (the port strike).
	for _, r := range recs[1:] {
		if r.Story != recs[0].Story {
			t.Errorf("%s in %s; want %s with the other strike articles", r.ID, r.Story, recs[0].Story)
		}
	}
}
