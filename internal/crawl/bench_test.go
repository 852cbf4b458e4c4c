package crawl

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// BenchmarkRobotsAllowed matches a path against a robots.txt of 200 rules
// with wildcards.
func BenchmarkRobotsAllowed(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("User-agent: *\n")
	for i := range 200 {
		fmt.Fprintf(&sb, "Disallow: /section%d/*/print$\nAllow: /section%d/public\n", i, i)
	}
	r := ParseRobots([]byte(sb.String()), "storyline")
	u, _ := url.Parse("https://example.invalid/section150/2021/08/04/some-long-article-slug-here.html?ref=home")
	for b.Loop() {
		if !r.Allowed(u) {
			b.Fatal("disallowed")
		}
	}
}

// BenchmarkFetchLoopback measures the fetcher's own cost per request on a
// loopback server with politeness turned down to nothing.
func BenchmarkFetchLoopback(b *testing.B) {
	body := strings.Repeat("<p>Some article text in a paragraph.</p>\n", 500) // about 20 KB
	srv := newBenchServer(b, body)
	opts := testOptions()
	opts.HostInterval = time.Nanosecond
	opts.PerHostConcurrency = 8
	f := NewFetcher(opts)
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := f.Fetch(b.Context(), srv+"/page", Validators{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func newBenchServer(b *testing.B, body string) string {
	b.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) })
	mux.HandleFunc("/robots.txt", http.NotFound)
	s := newTestServerTB(b, mux)
	return s.URL
}
