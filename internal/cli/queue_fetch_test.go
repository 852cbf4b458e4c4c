package cli_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/storyline-dev/storyline/internal/integration"
	"github.com/storyline-dev/storyline/internal/jetstream"
)

// TestQueuedFetch queues URL sources — a feed, a sitemap, a URL list and an
// article URL, which announce some articles twice — with ingest --queue
// (twice), and drains them with a worker into SQLite: each article is one
// fetch job, fetched by the worker and stored under its URL with its fetch
// in the fetch log; the page robots.txt forbids, the missing page and the
// page whose server keeps failing end in the dead letters with their error,
// the last after its retries.
func TestQueuedFetch(t *testing.T) {
	natsURL := integration.NATSURL(t)
	queue, name := testQueue(t, natsURL)

	var flakyHits, robotsHits, secretHits atomic.Int64
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		robotsHits.Add(1)
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Strike</title><link>%[1]s/news/strike</link></item>
<item><title>Talks</title><link>%[1]s/news/talks</link></item>
<item><title>Secret</title><link>%[1]s/private/secret</link></item>
<item><title>Gone</title><link>%[1]s/news/gone</link></item></channel></rss>`, base)
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>%[1]s/news/strike</loc></url><url><loc>%[1]s/news/budget</loc></url></urlset>`, base)
	})
	mux.HandleFunc("/private/", func(w http.ResponseWriter, r *http.Request) {
		secretHits.Add(1)
		fmt.Fprint(w, article("", "Secret", "Nobody should fetch this page, since robots.txt forbids it to every crawler."))
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/news/")
		switch name {
		case "gone":
			http.NotFound(w, r)
			return
		case "flaky":
			flakyHits.Add(1)
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
			return
		}
		serveNewsPage(w, r)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL

	urls := filepath.Join(t.TempDir(), "more.urls")
	if err := os.WriteFile(urls, []byte("# more pages\n"+base+"/news/flood\n"+base+"/news/flaky\n"+base+"/news/talks\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"ingest", "--queue", queue, "--host-interval", "1ms",
		base + "/feed.xml", base + "/sitemap.xml", urls, base + "/news/direct"}
	for range 2 { // the second publication must not add jobs
		if _, stderr, code := runQueueCmd(t, args...); code != 0 {
			t.Fatalf("ingest --queue exit %d: %s", code, stderr)
		}
	}
	ctx := context.Background()
	q := openQueue(t, natsURL, name)
	// strike, talks, secret, gone (feed); budget (sitemap; strike again);
	// flood, flaky (list; talks again); direct.
	if s, err := q.Stats(ctx); err != nil || s.Pending != 8 {
		t.Errorf("queued jobs = %d, %v; want 8, one per article URL", s.Pending, err)
	}
	if n := secretHits.Load() + flakyHits.Load(); n != 0 {
		t.Errorf("the publisher fetched %d article pages; want none (workers fetch them)", n)
	}

	db := filepath.Join(t.TempDir(), "fetched.db")
	_, stderr, code := runQueueCmd(t, "worker", "--db", db, "--queue", queue, "-j", "2",
		"--host-interval", "1ms", "--max-deliver", "2", "--idle-exit", "3s")
	if code != 0 {
		t.Fatalf("worker exit %d: %s", code, stderr)
	}

	st := openStore(t, db)
	for _, p := range []string{"strike", "talks", "budget", "flood", "direct"} {
		u := base + "/news/" + p
		d, err := st.Document(ctx, u)
		if err != nil || d.URL != u || !strings.Contains(d.Text, p+" deal") {
			t.Errorf("Document(%s) = url %q text %q, %v; want the fetched page", u, d.URL, d.Text, err)
			continue
		}
		fs, err := st.Fetches(ctx, u, 0)
		if err != nil || len(fs) != 1 || fs[0].Status != 200 || fs[0].Purpose != "page" {
			t.Errorf("fetch log of %s = %+v, %v; want the worker's one fetch, status 200", u, fs, err)
		}
	}
	if s, err := st.Stats(ctx); err != nil || s.Documents != 5 {
		t.Errorf("Stats().Documents = %d, %v; want 5", s.Documents, err)
	}
	if fs, err := st.Fetches(ctx, base+"/news/gone", 0); err != nil || len(fs) != 1 || fs[0].Status != 404 || fs[0].Error == "" {
		t.Errorf("fetch log of /news/gone = %+v, %v; want one 404 with its error", fs, err)
	}
	if fs, err := st.Fetches(ctx, base+"/robots.txt", 0); err != nil || len(fs) == 0 || fs[0].Purpose != "robots" {
		t.Errorf("fetch log of robots.txt = %+v, %v; want the worker's robots.txt fetch", fs, err)
	}
	if n := secretHits.Load(); n != 0 {
		t.Errorf("the page robots.txt forbids was requested %d times", n)
	}
	// Two deliveries, each one request and one retry in place.
	if n := flakyHits.Load(); n != 4 {
		t.Errorf("/news/flaky requested %d times; want 4 (2 deliveries × 2 tries)", n)
	}

	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, dl := range dead {
		var j struct {
			URL, Source string
		}
		json.Unmarshal(dl.Job, &j)
		got = append(got, fmt.Sprintf("%s permanent=%v attempts=%d %s", strings.TrimPrefix(j.URL, base), dl.Permanent, dl.Attempts, dl.Error))
	}
	sort.Strings(got)
	want := []string{
		"/news/flaky permanent=false attempts=2 503 Service Unavailable",
		"/news/gone permanent=true attempts=1 404 Not Found",
		"/private/secret permanent=true attempts=1 disallowed by robots.txt",
	}
	if len(got) != len(want) {
		t.Fatalf("dead letters:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i, w := range want {
		f := strings.Fields(w)
		prefix, text := strings.Join(f[:3], " "), strings.Join(f[3:], " ")
		if !strings.HasPrefix(got[i], prefix) || !strings.Contains(got[i], text) {
			t.Errorf("dead letter %q; want %q … %q", got[i], prefix, text)
		}
	}
}

// TestQueuedFetchMaxPages: --max-pages caps the articles queued from one
// feed, as it caps those fetched by ingest --db.
func TestQueuedFetchMaxPages(t *testing.T) {
	natsURL := integration.NATSURL(t)
	queue, name := testQueue(t, natsURL)
	var base string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>`)
		for i := range 5 {
			fmt.Fprintf(w, `<item><title>Story %d</title><link>%s/news/%d</link></item>`, i, base, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer srv.Close()
	base = srv.URL
	if _, stderr, code := runQueueCmd(t, "ingest", "--queue", queue, "--host-interval", "1ms", "--max-pages", "2", base+"/feed.xml"); code != 0 {
		t.Fatalf("ingest --queue exit %d: %s", code, stderr)
	}
	ctx := context.Background()
	q := openQueue(t, natsURL, name)
	if s, err := q.Stats(ctx); err != nil || s.Pending != 2 {
		t.Errorf("queued jobs = %d, %v; want 2 (--max-pages 2 of 5 articles)", s.Pending, err)
	}
}

// TestQueuedFetchSources: feeds given together are read by one crawler, so
// their host's robots.txt is fetched once, and --max-pages counts the
// articles of each feed on its own.
func TestQueuedFetchSources(t *testing.T) {
	natsURL := integration.NATSURL(t)
	queue, name := testQueue(t, natsURL)
	var base string
	var robots atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			robots.Add(1)
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/a.xml", "/b.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>`)
			for i := range 5 {
				fmt.Fprintf(w, `<item><title>Story %d</title><link>%s/news%s/%d</link></item>`, i, base, r.URL.Path[1:2], i)
			}
			fmt.Fprint(w, `</channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	base = srv.URL
	if _, stderr, code := runQueueCmd(t, "ingest", "--queue", queue, "--host-interval", "1ms", "--max-pages", "2", base+"/a.xml", base+"/b.xml"); code != 0 {
		t.Fatalf("ingest --queue exit %d: %s", code, stderr)
	}
	q := openQueue(t, natsURL, name)
	if s, err := q.Stats(context.Background()); err != nil || s.Pending != 4 {
		t.Errorf("queued jobs = %d, %v; want 4 (--max-pages 2 of each feed's 5 articles)", s.Pending, err)
	}
	if n := robots.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times; want once for the two feeds of one host", n)
	}
}

// openQueue opens the named test queue for publishing and inspection, and
// closes it when the test ends.
func openQueue(t *testing.T, natsURL, name string) *jetstream.Queue {
	t.Helper()
	opts, _ := jetstream.Named(name)
	opts.URL, opts.PublishOnly = natsURL, true
	q, err := jetstream.Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

// TestQueuedIDClash: ingest --queue refuses a file whose base name another
// file of the run took, as ingest --db does, so that no worker stores one
// page as a new version of the other.
func TestQueuedIDClash(t *testing.T) {
	natsURL := integration.NATSURL(t)
	queue, name := testQueue(t, natsURL)
	dir := t.TempDir()
	for _, sub := range []string{"a", "b"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		page := "<html><body><article><p>Page " + sub + " of the test, long enough to be read as an article about the harbour.</p></article></body></html>"
		if err := os.WriteFile(filepath.Join(dir, sub, "index.html"), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, stderr, _ := runQueueCmd(t, "ingest", "--queue", queue, dir)
	if !strings.Contains(stderr, "already taken in this run by "+filepath.Join(dir, "a", "index.html")) {
		t.Errorf("ingest --queue of two index.html: %s; want the second refused, naming the first", stderr)
	}
	q := openQueue(t, natsURL, name)
	if s, err := q.Stats(context.Background()); err != nil || s.Pending != 1 {
		t.Errorf("queued jobs = %d, %v; want 1", s.Pending, err)
	}
}
