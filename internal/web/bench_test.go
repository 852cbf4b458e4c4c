package web_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/storyline-dev/storyline/internal/store/sqlite"
	"github.com/storyline-dev/storyline/internal/store/storetest"
	"github.com/storyline-dev/storyline/internal/web"
)

// benchStore opens the 100,000-document synthetic store that the sqlite
// benchmarks also use, building it when missing.
func benchStore(b *testing.B) *sqlite.Store {
	b.Helper()
	const n = 100_000
	ctx := context.Background()
	dir := filepath.Join(os.TempDir(), "storyline-bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("synthetic-%d-v2.db", n))
	if _, err := os.Stat(path); err != nil {
		st, err := sqlite.Open(ctx, path+".tmp", sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := storetest.NewSynthetic(n).Fill(ctx, n, st.PutBatch); err != nil {
			b.Fatal(err)
		}
		st.Close()
		if err := os.Rename(path+".tmp", path); err != nil {
			b.Fatal(err)
		}
	}
	st, err := sqlite.Open(ctx, path, sqlite.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkStoryPage renders story pages of a 100,000-document store,
// stories chosen at random among the 500 largest (up to a few thousand
// documents each), and reports p50 and p95 latency.
func BenchmarkStoryPage(b *testing.B) {
	if testing.Short() {
		b.Skip("needs a 100,000-document store")
	}
	st := benchStore(b)
	defer st.Close()
	ui, err := web.New(st, web.Options{})
	if err != nil {
		b.Fatal(err)
	}
	mux := http.NewServeMux()
	ui.Register(mux)
	rng := rand.New(rand.NewPCG(3, 4))
	var lat []time.Duration
	for b.Loop() {
		id := fmt.Sprintf("s-%d", 1+rng.IntN(500))
		rec := httptest.NewRecorder()
		t0 := time.Now()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/stories/"+id, nil))
		lat = append(lat, time.Since(t0))
		if rec.Code != 200 {
			b.Fatalf("GET /stories/%s = %d", id, rec.Code)
		}
	}
	slices.Sort(lat)
	ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))]) / float64(time.Millisecond) }
	b.ReportMetric(ms(0.5), "p50-ms")
	b.ReportMetric(ms(0.95), "p95-ms")
}
