package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// newsSite serves a small news site: robots.txt, an RSS feed, a sitemap
// index with a gzip sitemap and a news sitemap, and article pages.
func newsSite(t *testing.T) *testServer {
	t.Helper()
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Site</title>
<item><title>First story</title><link>%[1]s/a1</link><pubDate>Wed, 04 Aug 2021 09:15:00 GMT</pubDate><dc:creator>Jane Reporter</dc:creator></item>
<item><title>Second</title><link>/a2</link></item>
<item><title>Hidden</title><link>%[1]s/private/p</link></item>
<item><title>Gone</title><link>%[1]s/missing</link></item>
</channel></rss>`, base)
	})
	mux.HandleFunc("/sitemap_index.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/sitemap-1.xml.gz</loc></sitemap><sitemap><loc>%[1]s/sitemap-news.xml</loc></sitemap></sitemapindex>`, base)
	})
	mux.HandleFunc("/sitemap-1.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		fmt.Fprintf(zw, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%[1]s/a2</loc></url><url><loc>%[1]s/a3</loc></url></urlset>`, base)
		zw.Close()
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(buf.Bytes())
	})
	mux.HandleFunc("/sitemap-news.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%s/a4</loc><news:news><news:publication_date>2021-08-05T10:00:00Z</news:publication_date><news:title>Fourth</news:title></news:news></url></urlset>`, base)
	})
	for _, p := range []string{"/a1", "/a2", "/a3", "/a4", "/a5", "/page.html", "/private/p"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			fmt.Fprintf(w, "<html><body><p>article %s</p></body></html>", p)
		})
	}
	mux.HandleFunc("/missing", http.NotFound)
	srv := newTestServer(t, mux)
	base = srv.URL
	return srv
}

// outcome summarises a yielded Page for comparison.
type outcome struct {
	URL   string
	Kind  SourceKind
	Body  string
	Error string // a fragment the error must contain
}

func summarize(pages []Page, base string) []outcome {
	var out []outcome
	for _, p := range pages {
		o := outcome{URL: strings.TrimPrefix(p.URL, base), Kind: p.SourceKind, Body: string(p.Body)}
		if p.Err != nil {
			o.Error = p.Err.Error()
		}
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL+out[i].Error < out[j].URL+out[j].Error })
	return out
}

func TestCrawlSources(t *testing.T) {
	srv := newsSite(t)
	down := newTestServer(t, http.NotFoundHandler())
	down.Close() // connection refused from now on

	list := filepath.Join(t.TempDir(), "sources.txt")
	if err := os.WriteFile(list, []byte("# extra\n"+srv.URL+"/a5\nnot a url\n"+down.URL+"/feed.xml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.MaxRetries = 1
	var (
		recMu   sync.Mutex
		records = map[string]int{}
	)
	opts.OnFetch = func(r FetchRecord) {
		recMu.Lock()
		defer recMu.Unlock()
		records[r.Purpose]++
		if r.Started.IsZero() || r.URL == "" || (r.Err == nil && r.Status != 200) {
			t.Errorf("incomplete record %+v", r)
		}
	}
	c := New(opts)
	var pages []Page
	err := c.Crawl(t.Context(), []string{srv.URL + "/feed.xml", srv.URL + "/sitemap_index.xml", srv.URL + "/page.html", list}, func(p Page) error {
		pages = append(pages, p)
		return nil
	})
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	got := summarize(pages, srv.URL)
	// Error texts are checked by fragment below; blank them for the diff.
	wantErrs := map[string]string{
		"/missing":             "status 404",
		"/private/p":           "disallowed by robots.txt",
		"":                     "line 3 \"not a url\"",
		down.URL + "/feed.xml": "connect",
	}
	for i := range got {
		if frag, ok := wantErrs[got[i].URL]; ok {
			if !strings.Contains(got[i].Error, frag) {
				t.Errorf("page %q: error %q; want it to contain %q", got[i].URL, got[i].Error, frag)
			}
			if got[i].URL != "" && !strings.Contains(got[i].Error, got[i].URL) && !strings.Contains(got[i].Error, srv.URL+got[i].URL) {
				t.Errorf("page %q: error %q does not name the URL", got[i].URL, got[i].Error)
			}
			got[i].Error = "x"
		}
	}
	var a2Kind SourceKind
	for _, o := range got {
		if o.URL == "/a2" {
			a2Kind = o.Kind
		}
	}
	if a2Kind != SourceFeed && a2Kind != SourceSitemap {
		t.Errorf("/a2 kind = %q; want feed or sitemap", a2Kind)
	}
	body := func(p string) string { return "<html><body><p>article " + p + "</p></body></html>" }
	want := []outcome{
		{URL: "", Kind: SourceURLList, Error: "x"},
		{URL: "/a1", Kind: SourceFeed, Body: body("/a1")},
		{URL: "/a2", Kind: a2Kind, Body: body("/a2")}, // from the feed or the sitemap, whichever came first
		{URL: "/a3", Kind: SourceSitemap, Body: body("/a3")},
		{URL: "/a4", Kind: SourceSitemap, Body: body("/a4")},
		{URL: "/a5", Kind: SourcePage, Body: body("/a5")},
		{URL: "/missing", Kind: SourceFeed, Error: "x"},
		{URL: "/page.html", Kind: SourcePage, Body: body("/page.html")},
		{URL: "/private/p", Kind: SourceFeed, Error: "x"},
		{URL: down.URL + "/feed.xml", Kind: SourceUnknown, Error: "x"},
	}
	sort.Slice(want, func(i, j int) bool { return want[i].URL+want[i].Error < want[j].URL+want[j].Error })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Crawl pages (-want +got):\n%s", diff)
	}
	for _, p := range pages {
		switch strings.TrimPrefix(p.URL, srv.URL) {
		case "/a1":
			if p.Hints.Title != "First story" || p.Hints.Author != "Jane Reporter" || !p.Hints.Published.Equal(time.Date(2021, 8, 4, 9, 15, 0, 0, time.UTC)) {
				t.Errorf("/a1 hints = %+v; want the feed's title, author and date", p.Hints)
			}
			if p.ContentType != "text/html; charset=windows-1252" || p.Record.Status != 200 || p.Fetched.IsZero() {
				t.Errorf("/a1 content type %q, record %+v; want the header passed through and a record", p.ContentType, p.Record)
			}
		case "/a4":
			if p.Hints.Title != "Fourth" || !p.Hints.Published.Equal(time.Date(2021, 8, 5, 10, 0, 0, 0, time.UTC)) {
				t.Errorf("/a4 hints = %+v; want the news sitemap's title and date", p.Hints)
			}
		}
	}
	for _, p := range []string{"/a1", "/a2", "/a3", "/a4", "/a5", "/robots.txt"} {
		if n := srv.count(p); n != 1 {
			t.Errorf("%s requested %d times; want exactly 1", p, n)
		}
	}
	if n := srv.count("/private/p"); n != 0 {
		t.Errorf("/private/p requested %d times despite robots.txt", n)
	}
	// Every fetch is recorded: robots.txt of both hosts; the feed, the
	// index, its two sitemaps, /page.html, /a5 and the dead feed as
	// sources; and /a1-/a4, /missing and /private/p as pages.
	wantRecords := map[string]int{"robots": 2, "source": 7, "page": 6}
	if diff := cmp.Diff(wantRecords, records); diff != "" {
		t.Errorf("fetch records by purpose (-want +got):\n%s", diff)
	}
}

func TestCrawlLimits(t *testing.T) {
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/idx/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/idx/"), "%d", &n)
		fmt.Fprintf(w, `<sitemapindex><sitemap><loc>%s/idx/%d</loc></sitemap></sitemapindex>`, base, n+1)
	})
	mux.HandleFunc("/big.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<urlset>`)
		for i := range 20 {
			fmt.Fprintf(w, `<url><loc>%s/p/%d</loc></url>`, base, i)
		}
		fmt.Fprint(w, `</urlset>`)
	})
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "page") })
	srv := newTestServer(t, mux)
	base = srv.URL

	opts := testOptions()
	opts.MaxSitemapDepth = 2
	opts.MaxPagesPerSource = 5
	var pages []Page
	if err := New(opts).Crawl(t.Context(), []string{srv.URL + "/idx/0", srv.URL + "/big.xml"}, func(p Page) error {
		pages = append(pages, p)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var ok, depthErrs int
	for _, p := range pages {
		switch {
		case p.Err == nil:
			ok++
		case strings.Contains(p.Err.Error(), "nested deeper than 2 levels"):
			depthErrs++
		default:
			t.Errorf("unexpected error %v", p.Err)
		}
	}
	if ok != 5 || depthErrs != 1 {
		t.Errorf("got %d pages and %d depth errors; want 5 (MaxPagesPerSource) and 1", ok, depthErrs)
	}
	if n := srv.count("/idx/3"); n != 0 {
		t.Errorf("/idx/3 fetched %d times; want 0 beyond the depth limit", n)
	}
}

func TestCrawlYieldErrorStops(t *testing.T) {
	srv := newsSite(t)
	stop := errors.New("store full")
	calls := 0
	err := New(testOptions()).Crawl(t.Context(), []string{srv.URL + "/feed.xml"}, func(Page) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("Crawl = %v after %d yields; want the yield error after 1", err, calls)
	}
}

func TestWatch(t *testing.T) {
	var (
		mu        sync.Mutex
		items     = []string{"/w1"}
		version   = 1
		feedFull  atomic.Int64
		feed304   atomic.Int64
		condAsked atomic.Int64
	)
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		etag := fmt.Sprintf(`"v%d"`, version)
		if r.Header.Get("If-None-Match") != "" {
			condAsked.Add(1)
		}
		if r.Header.Get("If-None-Match") == etag {
			feed304.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		feedFull.Add(1)
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, `<rss version="2.0"><channel><title>W</title>`)
		for _, it := range items {
			fmt.Fprintf(w, `<item><title>%s</title><link>%s%s</link></item>`, it, base, it)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/w1", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "one") })
	mux.HandleFunc("/w2", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "two") })
	srv := newTestServer(t, mux)
	base = srv.URL

	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	rounds := 0
	opts := testOptions()
	const interval = 17 * time.Millisecond
	opts.Sleep = func(ctx context.Context, d time.Duration) error {
		if d != interval {
			return sleepContext(ctx, d) // a politeness wait, not a Watch round
		}
		// Between rounds: after the second round publish a new item.
		rounds++
		switch rounds {
		case 2:
			mu.Lock()
			items = append(items, "/w2")
			version++
			mu.Unlock()
		case 4:
			cancel()
		}
		return sleepContext(ctx, d)
	}
	var got []string
	err := New(opts).Watch(ctx, []string{srv.URL + "/feed.xml"}, interval, func(p Page) error {
		if p.Err != nil {
			t.Errorf("Watch yielded error %v", p.Err)
			return nil
		}
		got = append(got, string(p.Body))
		return nil
	})
	if err != nil {
		t.Fatalf("Watch = %v; want nil after cancel", err)
	}
	if diff := cmp.Diff([]string{"one", "two"}, got); diff != "" {
		t.Errorf("Watch pages (-want +got):\n%s", diff)
	}
	// Rounds 1 and 3 download the feed; rounds 2 and 4 get 304 for it.
	if feedFull.Load() != 2 || feed304.Load() != 2 || condAsked.Load() != 3 {
		t.Errorf("feed: %d full, %d not modified, %d conditional; want 2, 2, 3", feedFull.Load(), feed304.Load(), condAsked.Load())
	}
	for _, p := range []string{"/w1", "/w2"} {
		if n := srv.count(p); n != 1 {
			t.Errorf("%s fetched %d times; want once", p, n)
		}
	}
}

func TestTransientFailureKeepsFeedOpen(t *testing.T) {
	var flaky, full, notModified atomic.Int64
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"f1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", `"f1"`)
		fmt.Fprintf(w, `<rss version="2.0"><channel><item><link>%s/flaky</link></item></channel></rss>`, base)
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) == 1 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "finally")
	})
	srv := newTestServer(t, mux)
	base = srv.URL
	opts := testOptions()
	opts.NoRetries = true
	c := New(opts)
	tests := []struct {
		round               int
		wantBody, wantErr   string
		wantFull, wantNotMd int64
	}{
		{1, "", "status 503", 1, 0}, // the page fails: the feed's ETag is not kept
		{2, "finally", "", 2, 0},    // so the feed is read in full again and the page retried
		{3, "", "", 2, 1},           // now everything is in: the feed answers 304
	}
	for _, tc := range tests {
		var bodies, errs []string
		if err := c.Crawl(t.Context(), []string{srv.URL + "/feed.xml"}, func(p Page) error {
			if p.Err != nil {
				errs = append(errs, p.Err.Error())
			} else {
				bodies = append(bodies, string(p.Body))
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(bodies, ","); got != tc.wantBody {
			t.Errorf("round %d: bodies %q; want %q", tc.round, got, tc.wantBody)
		}
		if got := strings.Join(errs, ","); (tc.wantErr == "") != (got == "") || !strings.Contains(got, tc.wantErr) {
			t.Errorf("round %d: errors %q; want %q", tc.round, got, tc.wantErr)
		}
		if full.Load() != tc.wantFull || notModified.Load() != tc.wantNotMd {
			t.Errorf("round %d: feed %d full, %d not modified; want %d, %d", tc.round, full.Load(), notModified.Load(), tc.wantFull, tc.wantNotMd)
		}
	}
}
