package cli_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storyline-dev/storyline/internal/cli"
)

// TestIngestWatch runs `ingest --watch` against a feed on loopback that
// answers 304 while unchanged and later announces a second article. The
// watcher must store the new article while running, log every fetch
// (the 304 included), and end cleanly when stopped.
func TestIngestWatch(t *testing.T) {
	var feedHits atomic.Int32
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		n := feedHits.Add(1)
		version, items := "v1", []string{"strike"}
		if n >= 3 { // the third poll finds a new article
			version, items = "v2", []string{"strike", "talks"}
		}
		w.Header().Set("ETag", `"`+version+`"`)
		if r.Header.Get("If-None-Match") == `"`+version+`"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>`)
		for _, it := range items {
			fmt.Fprintf(w, `<item><title>%[2]s</title><link>%[1]s/news/%[2]s</link></item>`, base, it)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/news/", serveNewsPage)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL

	db := filepath.Join(t.TempDir(), "watch.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- cli.Main(ctx, []string{"ingest", "--db", db, "-q", "--host-interval", "1ms",
			"--watch", "100ms", srv.URL + "/feed.xml"}, strings.NewReader(""), io.Discard, io.Discard)
	}()

	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(db); err == nil {
			st := openStore(t, db)
			if _, err := st.Document(context.Background(), srv.URL+"/news/talks"); err == nil {
				break
			}
		}
		select {
		case code := <-done:
			t.Fatalf("ingest --watch ended by itself with exit %d", code)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("the article announced on the third poll was not stored within 30 s (feed polled %d times)", feedHits.Load())
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("ingest --watch stopped with exit %d; want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ingest --watch did not stop within 10 s of cancellation")
	}

	st := openStore(t, db)
	fetches, err := st.Fetches(context.Background(), srv.URL+"/feed.xml", 0)
	if err != nil {
		t.Fatal(err)
	}
	var ok200, notModified int
	for _, f := range fetches {
		switch {
		case f.NotModified:
			notModified++
		case f.Status == http.StatusOK:
			ok200++
		}
	}
	if ok200 < 2 || notModified < 1 {
		t.Errorf("feed fetch log: %d answers 200, %d not modified (of %d); want >= 2 and >= 1", ok200, notModified, len(fetches))
	}
	if page, err := st.Fetches(context.Background(), srv.URL+"/news/strike", 0); err != nil || len(page) != 1 || page[0].Purpose != "page" {
		t.Errorf("fetch log of the first article = %+v, %v; want one page fetch", page, err)
	}
}
