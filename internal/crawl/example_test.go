package crawl_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/storyline-dev/storyline/internal/crawl"
)

// This is how `storyline ingest` uses a Crawler: sources that IsSource
// accepts go to Crawl, every page comes back through one callback, and
// failures arrive as pages with Err set.
func ExampleCrawler_Crawl() {
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Demo</title>
<item><title>Talks resume</title><link>%s/talks</link></item>
<item><title>Gone</title><link>%s/gone</link></item></channel></rss>`, base, base)
	})
	mux.HandleFunc("/talks", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<p>The envoy said talks would resume.</p>")
	})
	srv := httptest.NewServer(mux) // robots.txt is a 404 here: everything allowed
	defer srv.Close()
	base = srv.URL

	c := crawl.New(crawl.Options{
		UserAgent:    "storyline/0.1 (+mailto:ops@example.invalid)",
		HostInterval: 10 * time.Millisecond, // default is 1s; kept short here
		NoRetries:    true,
	})
	source := srv.URL + "/feed.xml"
	fmt.Println("is a crawl source:", crawl.IsSource(source))
	var lines []string
	err := c.Crawl(context.Background(), []string{source}, func(p crawl.Page) error {
		path := strings.TrimPrefix(p.URL, base)
		if p.Err != nil {
			lines = append(lines, fmt.Sprintf("%s from %s: error %v", path, p.SourceKind, strings.ReplaceAll(p.Err.Error(), base, "")))
			return nil
		}
		lines = append(lines, fmt.Sprintf("%s from %s %q: %s", path, p.SourceKind, p.Hints.Title, p.Body))
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Pages arrive in completion order; sort for a stable example.
	if len(lines) == 2 && lines[0] > lines[1] {
		lines[0], lines[1] = lines[1], lines[0]
	}
	fmt.Println(strings.Join(lines, "\n"))
	// Output:
	// is a crawl source: true
	// /gone from feed: error fetch /gone: status 404 Not Found
	// /talks from feed "Talks resume": <p>The envoy said talks would resume.</p>
}
