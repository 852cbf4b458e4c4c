package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline-dev/storyline/internal/cli"
	"github.com/storyline-dev/storyline/internal/demo"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var urlRE = regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)

// startServer runs a serving command (serve or demo) on a free loopback
// port until the test ends, and returns the URL it prints.
func startServer(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- cli.Main(ctx, append(args, "--addr", "127.0.0.1:0"), strings.NewReader(""), io.Discard, &stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Errorf("%s did not stop", args[0])
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if u := urlRE.FindString(stderr.String()); u != "" {
			return u
		}
		select {
		case code := <-done:
			t.Fatalf("%s exited with %d before serving:\n%s", args[0], code, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("%s printed no URL:\n%s", args[0], stderr.String())
	return ""
}

// ingest runs storyline ingest and returns its standard error.
func ingest(t *testing.T, db string, sources ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	code := cli.Main(context.Background(), append([]string{"ingest", "--db", db}, sources...), strings.NewReader(""), io.Discard, &stderr)
	if code != 0 {
		t.Fatalf("ingest %v = exit %d:\n%s", sources, code, stderr.String())
	}
	return stderr.String()
}

func demoPages(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pages")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func openStore(t *testing.T, db string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestIngestRefusesIDClash: two files of one run with the same base name
// would share an id; the second is refused, naming the first, rather than
// stored as a new version of it.
func TestIngestRefusesIDClash(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []struct{ path, page string }{
		{"a/index.html", article("", "Ferry resumes", enPara1, enPara2)},
		{"b/index.html", article("", "Council budget", "The council approved the budget on Tuesday after a long debate about the cost of the new bridge over the river.", enPara2)},
	} {
		p := filepath.Join(dir, f.path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f.page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "clash.db")
	out := ingest(t, db, dir)
	if !strings.Contains(out, "1 added, 0 new versions") || !strings.Contains(out, "1 failed") ||
		!strings.Contains(out, `already taken in this run by `+filepath.Join(dir, "a", "index.html")) {
		t.Errorf("ingest of two index.html = %q; want one added and the second refused, naming the first", out)
	}
	vs, err := openStore(t, db).Versions(context.Background(), "index")
	if err != nil || len(vs) != 1 || vs[0].Title != "Ferry resumes" {
		t.Errorf("versions of index = %+v, %v; want the first file's page alone", vs, err)
	}
	// One file named twice, by two spellings, is no clash.
	out = ingest(t, filepath.Join(t.TempDir(), "same.db"), filepath.Join(dir, "a"), filepath.Join(dir, "a", ".", "index.html"))
	if strings.Contains(out, "already taken") || !strings.Contains(out, "1 added") {
		t.Errorf("ingest of one file by two spellings = %q; want it added once, no clash", out)
	}
}

func TestIngestIsIdempotentAndVersions(t *testing.T) {
	pages := demoPages(t)
	n := len(must(os.ReadDir(pages)))
	db := filepath.Join(t.TempDir(), "news.db")
	first := ingest(t, db, pages)
	if !strings.Contains(first, "done, ") || !strings.Contains(first, " added") {
		t.Errorf("first ingest progress = %q; want a summary", first)
	}
	stats1, err := openStore(t, db).Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats1.Documents != n || stats1.Stories < 2 || stats1.Quotes == 0 || stats1.Entities == 0 {
		t.Fatalf("stats after first ingest = %+v; want %d documents, stories, quotes and entities", stats1, n)
	}

	second := ingest(t, db, pages)
	if !strings.Contains(second, "0 added, 0 new versions") {
		t.Errorf("second ingest = %q; want nothing added", second)
	}
	stats2, _ := openStore(t, db).Stats(context.Background())
	if stats2 != stats1 {
		t.Errorf("stats after re-ingest = %+v; want unchanged %+v", stats2, stats1)
	}

	// An updated page becomes a new version, not a new document.
	files := must(filepath.Glob(filepath.Join(pages, "*meridian-ceasefire-signed*.html")))
	if len(files) != 1 {
		t.Fatalf("demo page to update not found: %v", files)
	}
	b := must(os.ReadFile(files[0]))
	updated := strings.Replace(string(b), "</div>\n    <p class=\"editor\">",
		"<p>This article was updated to add that the monitors will number 300.</p></div>\n    <p class=\"editor\">", 1)
	if updated == string(b) {
		t.Fatal("could not update the page")
	}
	if err := os.WriteFile(files[0], []byte(updated), 0o644); err != nil {
		t.Fatal(err)
	}
	third := ingest(t, db, pages)
	if !strings.Contains(third, "0 added, 1 new versions") {
		t.Errorf("ingest of an updated page = %q; want 1 new version", third)
	}
	st := openStore(t, db)
	id := strings.TrimSuffix(filepath.Base(files[0]), ".html")
	vs, err := st.Versions(context.Background(), id)
	if err != nil || len(vs) != 2 || !vs[0].Current {
		t.Errorf("Versions(%s) = %+v, %v; want 2, the newest current", id, vs, err)
	}
	d, err := st.Document(context.Background(), id)
	if err != nil || !strings.Contains(d.Text, "will number 300") {
		t.Errorf("Document(%s) does not show the update: %v", id, err)
	}
	stats3, _ := st.Stats(context.Background())
	if stats3.Documents != n {
		t.Errorf("documents after a new version = %d; want %d", stats3.Documents, n)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s = %d", url, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

func TestServeAPIOnDemoCorpus(t *testing.T) {
	pages := demoPages(t)
	db := filepath.Join(t.TempDir(), "news.db")
	ingest(t, db, pages)
	base := startServer(t, "serve", "--db", db)

	var health map[string]string
	getJSON(t, base+"healthz", &health)
	if health["status"] != "ok" {
		t.Errorf("/healthz = %v", health)
	}
	var stats store.Stats
	getJSON(t, base+"api/stats", &stats)
	if stats.Documents != len(must(os.ReadDir(pages))) {
		t.Errorf("/api/stats documents = %d; want every page", stats.Documents)
	}
	var stories store.Page[store.StorySummary]
	getJSON(t, base+"api/stories", &stories)
	big := ""
	for i, s := range stories.Items {
		if i > 0 && s.LastSeen > stories.Items[i-1].LastSeen {
			t.Errorf("/api/stories not newest first: %s after %s", s.LastSeen, stories.Items[i-1].LastSeen)
		}
		if s.Documents >= 8 && big == "" {
			big = s.ID
		}
	}
	if big == "" {
		t.Fatalf("/api/stories has no story of 8 or more documents: %+v", stories.Items)
	}
	var story store.Story
	getJSON(t, base+"api/stories/"+big, &story)
	if len(story.Timeline) < 3 || len(story.Docs) < 8 {
		t.Errorf("/api/stories/%s: %d timeline days, %d documents; want a developing story", big, len(story.Timeline), len(story.Docs))
	}
	var withEvents struct {
		Events []store.StoryEvent `json:"events"`
	}
	getJSON(t, base+"api/stories/"+big, &withEvents)
	if len(withEvents.Events) == 0 {
		t.Errorf("/api/stories/%s has no developments", big)
	}
	dups := 0
	for _, d := range story.Docs {
		if d.DuplicateOf != "" {
			dups++
		}
	}
	if dups == 0 {
		t.Errorf("/api/stories/%s marks no wire copy as a duplicate", big)
	}

	var quotes store.Page[store.QuoteHit]
	getJSON(t, base+"api/quotes?speaker=Mara+Quill", &quotes)
	if len(quotes.Items) < 5 {
		t.Fatalf("/api/quotes?speaker=Mara Quill = %d quotes; want the envoy's statements", len(quotes.Items))
	}
	if !sort.SliceIsSorted(quotes.Items, func(i, j int) bool { return quotes.Items[i].Date[:10] < quotes.Items[j].Date[:10] }) {
		t.Errorf("/api/quotes not oldest first")
	}
	var hits store.Page[store.SearchHit]
	getJSON(t, base+"api/search?q=convoy+Vell", &hits)
	if len(hits.Items) == 0 || hits.Items[0].Snippet == "" || hits.Items[0].Story == "" {
		t.Errorf("/api/search?q=convoy Vell = %+v; want hits with snippet and story", hits.Items)
	}
}

// TestServeIngestOverHTTP posts a page to a server started with a token:
// refused without it, stored and searchable with it, and idempotent.
func TestServeIngestOverHTTP(t *testing.T) {
	db := filepath.Join(t.TempDir(), "http.db")
	base := startServer(t, "serve", "--db", db, "--token", "s3cret")
	page := article(`<meta property="article:published_time" content="2026-04-01T09:00:00Z">`, "Ferry service resumes",
		"The ferry between Port Avel and Saint Oren resumed on Wednesday after a month of repairs, the operator said.",
		"\"Passengers can book again from today,\" said Ilse Varga, the harbour authority's chief executive.")
	post := func(token string) (int, string) {
		req, err := http.NewRequest("POST", base+"api/ingest?url=https://gazette.example/ferry", strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "text/html; charset=utf-8")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := post(""); code != http.StatusUnauthorized {
		t.Errorf("POST /api/ingest without a token = %d; want 401", code)
	}
	if code, body := post("s3cret"); code != 200 || !strings.Contains(body, `"result":"added"`) {
		t.Errorf("POST /api/ingest = %d %s; want added", code, body)
	}
	if code, body := post("s3cret"); code != 200 || !strings.Contains(body, `"result":"unchanged"`) {
		t.Errorf("second POST /api/ingest = %d %s; want unchanged", code, body)
	}
	var hits store.Page[store.SearchHit]
	getJSON(t, base+"api/search?q=ferry", &hits)
	if len(hits.Items) != 1 || hits.Items[0].ID != "https://gazette.example/ferry" || hits.Items[0].Story == "" {
		t.Errorf("/api/search?q=ferry = %+v; want the posted page in a story", hits.Items)
	}
}
