package cli_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-dev/storyline/internal/cli"
)

// aebPages is the AEB evaluation set beside the repository (../shared).
const aebPages = "../../../shared/eval/extraction/aeb/html"

// BenchmarkIngestAEB ingests the AEB pages end to end — read, extract,
// quotes and entities, stories and duplicates, SQLite write — into a fresh
// store, and reports documents per second.
func BenchmarkIngestAEB(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(aebPages, "*.html"))
	if err != nil || len(files) == 0 {
		b.Skipf("AEB pages not found at %s", aebPages)
	}
	docs := 0
	for i := 0; b.Loop(); i++ {
		db := filepath.Join(b.TempDir(), "aeb.db")
		code := cli.Main(context.Background(), []string{"ingest", "-q", "--db", db, aebPages}, strings.NewReader(""), io.Discard, io.Discard)
		if code != 0 {
			b.Fatalf("ingest exit %d", code)
		}
		docs += len(files)
		b.StopTimer()
		os.Remove(db)
		b.StartTimer()
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
