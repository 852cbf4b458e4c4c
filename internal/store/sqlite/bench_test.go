package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
	"github.com/storyline-dev/storyline/internal/store/storetest"
)

// BenchDocs is the size of the generated store for the query benchmarks.
const BenchDocs = 100_000

// OpenBenchStore opens a store of n generated documents, building it on
// first use and keeping it in the temporary folder for later runs.
func openBenchStore(b *testing.B, n int) (*sqlite.Store, *storetest.Synthetic) {
	b.Helper()
	ctx := context.Background()
	dir := filepath.Join(os.TempDir(), "storyline-bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("synthetic-%d-v2.db", n))
	gen := storetest.NewSynthetic(n)
	if _, err := os.Stat(path); err == nil {
		st, err := sqlite.Open(ctx, path, sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if s, err := st.Stats(ctx); err == nil && s.Documents == n {
			return st, gen
		}
		st.Close()
		os.Remove(path)
	}
	start := time.Now()
	st, err := sqlite.Open(ctx, path+".tmp", sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if err := gen.Fill(ctx, n, st.PutBatch); err != nil {
		b.Fatal(err)
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d documents in %s", n, time.Since(start).Round(time.Second))
	st, err = sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return st, gen
}

// reportPercentiles reports the median and 95th percentile of durations in
// milliseconds.
func reportPercentiles(b *testing.B, d []time.Duration) {
	slices.Sort(d)
	ms := func(q float64) float64 { return float64(d[int(q*float64(len(d)-1))]) / float64(time.Millisecond) }
	b.ReportMetric(ms(0.5), "p50-ms")
	b.ReportMetric(ms(0.95), "p95-ms")
}

// BenchmarkSearch runs full-text searches of common, medium and rare words,
// one and two words, with and without filters, on 100,000 documents.
func BenchmarkSearch(b *testing.B) {
	if testing.Short() {
		b.Skip("needs a 100,000-document store")
	}
	st, gen := openBenchStore(b, BenchDocs)
	defer st.Close()
	ctx := context.Background()
	var queries []store.SearchQuery
	for _, r := range []int{0, 3, 20, 100, 500, 2000, 6000} {
		queries = append(queries, store.SearchQuery{Text: gen.Word(r)})
		queries = append(queries, store.SearchQuery{Text: gen.Word(r) + " " + gen.Word(r+7)})
		queries = append(queries, store.SearchQuery{Text: gen.Word(r), Filter: store.Filter{From: "2025-03-01", To: "2025-06-30"}})
		queries = append(queries, store.SearchQuery{Text: gen.Word(r), Filter: store.Filter{Site: gen.Word(1005) + ".example"}})
		queries = append(queries, store.SearchQuery{Text: gen.Word(r), Filter: store.Filter{Entity: gen.Speaker(r)}})
	}
	var lat []time.Duration
	for i := 0; b.Loop(); i++ {
		q := queries[i%len(queries)]
		q.Limit = 20
		t0 := time.Now()
		if _, err := st.Search(ctx, q); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	reportPercentiles(b, lat)
}
