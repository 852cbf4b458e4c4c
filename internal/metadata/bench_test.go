package metadata

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// benchPages parses the evaluation pages in ../shared (fundus and AEB),
// skipping when they are absent. Parsing is not part of the measured cost:
// extract parses each page once and hands the tree to FromHTML.
func benchPages(b *testing.B) ([]*html.Node, int64) {
	b.Helper()
	var roots []*html.Node
	var size int64
	for _, dir := range []string{fundusDir + "/html", "../../../shared/eval/extraction/aeb/html"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		for _, f := range files {
			page, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			root, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				b.Fatal(err)
			}
			roots = append(roots, root)
			size += int64(len(page))
		}
	}
	if len(roots) == 0 {
		b.Skip("evaluation pages in ../shared not available")
	}
	return roots, size
}

// BenchmarkFromHTML measures metadata cost per page over the fundus and
// AEB pages; ns/op is per page.
func BenchmarkFromHTML(b *testing.B) {
	roots, size := benchPages(b)
	b.SetBytes(size / int64(len(roots)))
	b.ReportAllocs()
	b.ResetTimer()
	start, n := processCPU(), 0
	for i := 0; b.Loop(); i++ {
		FromHTML(roots[i%len(roots)], Options{})
		n++
	}
	reportCPU(b, start, n)
}

// reportCPU adds the process CPU time per iteration as "cpu-ns/op": with
// other processes competing for the cores, wall-clock ns/op grows but this
// does not (GC work on other threads is included).
func reportCPU(b *testing.B, start time.Duration, n int) {
	if start == 0 || n == 0 {
		return
	}
	b.ReportMetric(float64(processCPU()-start)/float64(n), "cpu-ns/op")
}

// BenchmarkParseDate measures the date parser on typical metadata values.
func BenchmarkParseDate(b *testing.B) {
	in := []string{"2021-08-04T10:00:00+02:00", "May 15th, 2023", "1750680000000", "2024-04-30 16:38:37 +02:00"}
	for i := 0; b.Loop(); i++ {
		ParseDate(in[i%len(in)])
	}
}
