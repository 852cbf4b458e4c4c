package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
)

// sharedExtraction holds the extraction dev sets, outside the repository.
const sharedExtraction = "../../../shared/eval/extraction"

// TestEventLevelStories measures story clustering at the granularity of
// single news events, which the dev sets in ../shared/eval/stories do not:
// wikiref220 groups by topic (every article about Michelle Obama, years
// apart, is one story) and mstream-news has headlines only. Two sets:
//
//   - the demo corpus (28 short dated pages written for the project, six
//     developing stories), always;
//   - the 265 real pages of the aeb and fundus extraction sets, read from
//     ../shared (skipped when it is absent), grouped by a helper into 228
//     events (testdata/events-aeb-fundus.jsonl lists the 21 events with
//     more than one page; every other page is an event of its own).
//
// The floors are regression floors just under what the code reaches
// (docs/bench/stories.md, "Twenty-fourth session"). Both sets are dated,
// so they are grouped by event (story.Threshold); at the topic floor that
// undated text keeps, they scored 0.689 and 0.342: different events that
// share a country or an agency merged (bubonic plague in China with the
// US-China trade talks).
func TestEventLevelStories(t *testing.T) {
	t.Run("demo corpus", func(t *testing.T) {
		gold := map[string]string{}
		docs := extractDocs(t, filepath.Join("..", "demo", "corpus"))
		if len(docs) != 28 {
			t.Fatalf("demo corpus: %d documents; want 28", len(docs))
		}
		for _, d := range docs {
			gold[d.ID] = demoStory(d.ID)
		}
		p, r, f := pairwise(gold, stories(docs))
		t.Logf("demo corpus: pairwise P %.3f R %.3f F1 %.3f", p, r, f)
		if f < 0.85 {
			t.Errorf("demo corpus: pairwise F1 %.3f; want >= 0.85", f)
		}
	})
	t.Run("aeb and fundus pages", func(t *testing.T) {
		dirs := []string{filepath.Join(sharedExtraction, "aeb", "html"), filepath.Join(sharedExtraction, "fundus", "html")}
		for _, d := range dirs {
			if _, err := os.Stat(d); err != nil {
				t.Skipf("%s not present: %v", d, err)
			}
		}
		docs := extractDocs(t, dirs...)
		gold := map[string]string{}
		for _, d := range docs {
			gold[d.ID] = "single:" + d.ID
		}
		for id, ev := range readEvents(t, filepath.Join("testdata", "events-aeb-fundus.jsonl")) {
			if _, ok := gold[id]; !ok {
				t.Fatalf("event gold names %s, not among the extracted pages", id)
			}
			gold[id] = ev
		}
		p, r, f := pairwise(gold, stories(docs))
		t.Logf("aeb+fundus events (%d pages): pairwise P %.3f R %.3f F1 %.3f", len(docs), p, r, f)
		if f < 0.6 {
			t.Errorf("aeb+fundus events: pairwise F1 %.3f; want >= 0.6", f)
		}
	})
}

// demoStory is the hand grouping of the demo corpus, from its file names:
// the Kessel flood, the central bank and inflation, the port strike, the
// regatta, the harbour museum, and the ceasefire talks (the rest).
func demoStory(id string) string {
	for _, kw := range []struct{ key, story string }{
		{"kessel", "flood"}, {"flood", "flood"}, {"regatta", "regatta"}, {"museum", "museum"},
		{"strike", "strike"}, {"dockers", "strike"}, {"rate", "rates"}, {"inflation", "rates"},
		{"halvorsen", "rates"}, {"calvera-bank", "rates"},
	} {
		if strings.Contains(id, kw.key) {
			return kw.story
		}
	}
	return "talks"
}

// extractDocs runs storyline extract over dirs and returns the documents
// that came out without an error.
func extractDocs(t *testing.T, dirs ...string) []document.Document {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := Main(context.Background(), append([]string{"extract"}, dirs...), strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Logf("extract exited %d: %s", code, stderr.String())
	}
	var docs []document.Document
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d document.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("extract output: %v", err)
		}
		if d.Error == "" {
			docs = append(docs, d)
		}
	}
	return docs
}

// stories clusters docs as storyline stories does and returns each
// document's final story.
func stories(docs []document.Document) map[string]string {
	out := map[string]string{}
	for _, r := range clusterDocuments(docs, time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)) {
		out[r.ID] = r.Story
	}
	return out
}

func readEvents(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var r struct{ ID, Event string }
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out[r.ID] = r.Event
	}
	return out
}

// pairwise returns the pairwise precision, recall and F1 of pred against
// gold over the documents of gold, from the contingency table.
func pairwise(gold, pred map[string]string) (p, r, f float64) {
	pairs := func(n int) float64 { return float64(n*(n-1)) / 2 }
	cell, g, q := map[[2]string]int{}, map[string]int{}, map[string]int{}
	for id, gs := range gold {
		ps, ok := pred[id]
		if !ok {
			ps = "missing:" + id
		}
		cell[[2]string{gs, ps}]++
		g[gs]++
		q[ps]++
	}
	var tp, gp, pp float64
	for _, n := range cell {
		tp += pairs(n)
	}
	for _, n := range g {
		gp += pairs(n)
	}
	for _, n := range q {
		pp += pairs(n)
	}
	if tp == 0 {
		return 0, 0, 0
	}
	p, r = tp/pp, tp/gp
	return p, r, 2 * p * r / (p + r)
}
