package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// aebPages loads the article-extraction-benchmark pages from the shared
// evaluation folder, or skips when it is absent.
func aebPages(tb testing.TB) [][]byte {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "extraction", "aeb", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) == 0 {
		tb.Skipf("no pages in %s", dir)
	}
	pages := make([][]byte, len(files))
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		pages[i] = b
	}
	return pages
}

// BenchmarkHTML measures whole-page extraction (charset, parse, metadata,
// text) over the AEB pages on one goroutine and reports pages per second.
func BenchmarkHTML(b *testing.B) {
	pages := aebPages(b)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, p := range pages {
			_, _ = HTML(p, Options{})
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}
