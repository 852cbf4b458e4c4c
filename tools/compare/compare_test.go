package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const aebDir = "../../../shared/eval/extraction/aeb"

// aeb loads the shared AEB pages and gold, or skips when they are absent.
func aeb(tb testing.TB) (ids []string, pages [][]byte, gold map[string]string) {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(aebDir, "html", "*.html"))
	if len(files) == 0 {
		tb.Skipf("no pages in %s", aebDir)
	}
	gold, err := loadGold(filepath.Join(aebDir, "ground-truth.json"))
	if err != nil {
		tb.Skip(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		ids = append(ids, strings.TrimSuffix(filepath.Base(f), ".html"))
		pages = append(pages, b)
	}
	return ids, pages, gold
}

// BenchmarkExtractors runs each extractor over the AEB pages on one
// goroutine and reports pages/s and the AEB F1 of its output, so that
// storyline's own extractor is compared with go-trafilatura by numbers:
//
//	go test -run '^$' -bench Extractors -benchtime 1x ./tools/compare
func BenchmarkExtractors(b *testing.B) {
	ids, pages, gold := aeb(b)
	for _, name := range []string{"storyline", "trafilatura", "trafilatura-fallback"} {
		ex := extractors()[name]
		b.Run(name, func(b *testing.B) {
			pred := make(map[string]string, len(pages))
			n := 0
			for b.Loop() {
				for i, p := range pages {
					text, _, _ := ex(p, "")
					pred[ids[i]] = text
					n++
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric(scoreAll(gold, pred).F1, "F1")
		})
	}
}

func TestScore(t *testing.T) {
	gold := map[string]string{
		"same":    "one two three four five",
		"half":    "a b c d e f g h",
		"missing": "alpha beta gamma delta",
		"short":   "hi there",
	}
	pred := map[string]string{
		"same":  "One two three four five",
		"half":  "a b c d e",
		"short": "hi there",
	}
	s := scoreAll(gold, pred)
	// The metric is case-sensitive, so in "same" one of two shingles
	// differs: tp=fp=fn=1/3, P=R=1/2. half: tp=2, fn=3 -> P=1, R=2/5.
	// missing: no prediction -> R=0, not counted in P. short: P=R=1.
	wantP := (0.5 + 1 + 1) / 3
	wantR := (0.5 + 0.4 + 0 + 1) / 4
	if !near(s.Precision, wantP) || !near(s.Recall, wantR) {
		t.Errorf("scoreAll = %+v; want precision %.4f recall %.4f", s, wantP, wantR)
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
