package cli_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-dev/storyline/internal/store"
)

// TestIngestFeed ingests a feed served on loopback: both articles are
// fetched, stored under their URLs, and a second run adds nothing.
func TestIngestFeed(t *testing.T) {
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Strike</title><link>%[1]s/news/strike</link></item>
<item><title>Talks</title><link>%[1]s/news/talks</link></item></channel></rss>`, base)
	})
	mux.HandleFunc("/news/", serveNewsPage)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL

	db := filepath.Join(t.TempDir(), "feed.db")
	first := ingest(t, db, "--host-interval", "1ms", srv.URL+"/feed.xml")
	if !strings.Contains(first, "2 added") {
		t.Errorf("first ingest of the feed = %q; want 2 added", first)
	}
	second := ingest(t, db, "--host-interval", "1ms", srv.URL+"/feed.xml")
	if !strings.Contains(second, "0 added, 0 new versions, 2 unchanged") {
		t.Errorf("second ingest of the feed = %q; want nothing new", second)
	}
	st := openStore(t, db)
	d, err := st.Document(context.Background(), srv.URL+"/news/strike")
	if err != nil {
		t.Fatalf("Document(%s/news/strike): %v", srv.URL, err)
	}
	if d.URL != srv.URL+"/news/strike" || d.Date[:10] != "2026-03-04" || !strings.Contains(d.Text, "strike deal") {
		t.Errorf("stored page = url %q date %q text %q", d.URL, d.Date, d.Text)
	}
	p, err := st.Quotes(context.Background(), store.QuoteQuery{Speaker: "Tomas Brenner"})
	if err != nil || len(p.Items) != 2 {
		t.Errorf("quotes of Tomas Brenner = %d, %v; want 2", len(p.Items), err)
	}
}
