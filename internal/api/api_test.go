package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/api"
	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
)

const token = "t0ken"

// newServer starts the API on a loopback listener over a store holding a
// few documents of two stories.
func newServer(t *testing.T) (*httptest.Server, *[]string) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs := []struct{ id, story, date, site, text, speaker string }{
		{"a1", "s-1", "2026-03-02", "one.example", "\"We are close,\" the envoy Mara Quill said in Port Avel.", "Mara Quill"},
		{"a2", "s-1", "2026-03-05", "two.example", "\"Not yet,\" Quill said on Thursday about the ceasefire.", "Mara Quill"},
		{"b1", "s-2", "2026-03-09", "one.example", "Dockworkers began a strike, Tomas Brenner said.", "Tomas Brenner"},
	}
	for _, d := range docs {
		content := strings.SplitN(d.text, ",", 2)[0] + ","
		rec := store.Record{
			Doc: document.Document{ID: d.id, URL: "https://" + d.site + "/" + d.id, Title: "Title " + d.id, Date: d.date,
				DateSource: "meta", Text: d.text},
			Story: d.story,
			Quotes: []store.Quote{{Type: "direct", Content: document.Span{Start: 0, End: len([]rune(content)), Text: content},
				Speaker: d.speaker}},
			Entities: []store.Entity{{Name: d.speaker, Type: "PERSON"}},
		}
		if _, err := st.Put(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	for _, status := range []int{200, 404} {
		f := store.Fetch{URL: "https://one.example/a1", FinalURL: "https://one.example/a1", Purpose: "page",
			Status: status, Attempts: 1, Started: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
		if err := st.RecordFetch(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	var ingested []string
	mux := http.NewServeMux()
	api.New(st, api.Options{Token: token, Ingest: func(ctx context.Context, body io.Reader, ct, id, url string) ([]api.IngestResult, error) {
		ingested = append(ingested, id)
		return []api.IngestResult{{ID: id, Result: "added"}}, nil
	}}).Register(mux)
	srv := httptest.NewServer(api.Access{}.Wrap(mux))
	t.Cleanup(srv.Close)
	return srv, &ingested
}

func get(t *testing.T, srv *httptest.Server, path string, wantStatus int) map[string]any {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != wantStatus {
		t.Fatalf("GET %s = %d %s; want %d", path, resp.StatusCode, b, wantStatus)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s Content-Type = %q; want application/json", path, ct)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("GET %s: body %q is not a JSON object: %v", path, b, err)
	}
	return m
}

// ids returns field of each item of a list answer.
func ids(m map[string]any, field string) []string {
	out := []string{}
	for _, it := range m["items"].([]any) {
		out = append(out, fmt.Sprint(it.(map[string]any)[field]))
	}
	return out
}

func TestContractRoutes(t *testing.T) {
	srv, _ := newServer(t)
	if m := get(t, srv, "/healthz", 200); m["status"] != "ok" {
		t.Errorf("/healthz = %v; want status ok", m)
	}
	stats := get(t, srv, "/api/stats", 200)
	if diff := cmp.Diff(map[string]any{"documents": 3.0, "stories": 2.0, "quotes": 3.0, "entities": 2.0}, stats); diff != "" {
		t.Errorf("/api/stats (-want +got):\n%s", diff)
	}

	stories := get(t, srv, "/api/stories", 200)
	if diff := cmp.Diff([]string{"s-2", "s-1"}, ids(stories, "id")); diff != "" {
		t.Errorf("/api/stories ids, newest activity first (-want +got):\n%s", diff)
	}
	first := stories["items"].([]any)[1].(map[string]any)
	for _, k := range []string{"id", "label", "first_seen", "last_seen", "documents", "sites"} {
		if _, ok := first[k]; !ok {
			t.Errorf("/api/stories item lacks %q: %v", k, first)
		}
	}
	if _, ok := stories["next"]; !ok {
		t.Errorf("/api/stories lacks next: %v", stories)
	}

	story := get(t, srv, "/api/stories/s-1", 200)
	if story["first_seen"] != "2026-03-02" || story["last_seen"] != "2026-03-05" {
		t.Errorf("/api/stories/s-1 seen %v..%v; want 2026-03-02..2026-03-05", story["first_seen"], story["last_seen"])
	}
	if tl, ok := story["timeline"].([]any); !ok || len(tl) != 2 {
		t.Errorf("/api/stories/s-1 timeline = %v; want 2 days", story["timeline"])
	}
	if docs, ok := story["documents"].([]any); !ok || len(docs) != 2 {
		t.Errorf("/api/stories/s-1 documents = %v; want 2 documents", story["documents"])
	}
	get(t, srv, "/api/stories/nope", 404)

	search := get(t, srv, "/api/search?q=ceasefire", 200)
	if diff := cmp.Diff([]string{"a2"}, ids(search, "id")); diff != "" {
		t.Errorf("/api/search?q=ceasefire (-want +got):\n%s", diff)
	}
	hit := search["items"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "title", "url", "date", "snippet", "story"} {
		if _, ok := hit[k]; !ok {
			t.Errorf("/api/search hit lacks %q: %v", k, hit)
		}
	}
	get(t, srv, "/api/search", 400)
	if got := ids(get(t, srv, "/api/search?q=said&site=one.example&from=2026-03-03", 200), "id"); !cmp.Equal(got, []string{"b1"}) {
		t.Errorf("/api/search with site and from = %v; want [b1]", got)
	}
	if got := ids(get(t, srv, "/api/search?q=said&entity=Mara+Quill", 200), "id"); len(got) != 2 {
		t.Errorf("/api/search with entity = %v; want a1 and a2", got)
	}
	get(t, srv, "/api/search?q=said&from=March", 400)

	quotes := get(t, srv, "/api/quotes?speaker=Mara+Quill", 200)
	if diff := cmp.Diff([]string{"a1", "a2"}, ids(quotes, "document")); diff != "" {
		t.Errorf("/api/quotes documents, oldest first (-want +got):\n%s", diff)
	}
	q := quotes["items"].([]any)[0].(map[string]any)
	if q["date"] != "2026-03-02" || q["type"] != "direct" || q["content"].(map[string]any)["text"] != "\"We are close," {
		t.Errorf("/api/quotes first item = %v", q)
	}
	get(t, srv, "/api/nope", 404)
}

func TestPaging(t *testing.T) {
	srv, _ := newServer(t)
	var got []string
	path := "/api/documents?limit=2"
	for range 5 {
		m := get(t, srv, path, 200)
		got = append(got, ids(m, "id")...)
		next := m["next"].(string)
		if next == "" {
			break
		}
		path = "/api/documents?limit=2&cursor=" + next
	}
	if diff := cmp.Diff([]string{"b1", "a2", "a1"}, got); diff != "" {
		t.Errorf("paged /api/documents (-want +got):\n%s", diff)
	}
}

// TestBadRequests: a caller's mistake is a 400 whose message says what to
// change, in one line, without the store's internals.
func TestBadRequests(t *testing.T) {
	srv, _ := newServer(t)
	for _, tt := range []struct{ path, want string }{
		{"/api/documents?cursor=zz", "bad cursor: pass the \"next\" value of the page before, or none for the first page"},
		{"/api/stories?cursor=-3", "bad cursor: pass the \"next\" value of the page before, or none for the first page"},
		{"/api/search?q=deal&cursor=x", "bad cursor: pass the \"next\" value of the page before, or none for the first page"},
		{"/api/documents?limit=0", "limit must be a positive number"},
		{"/api/quotes?limit=ten", "limit must be a positive number"},
		{"/api/documents?from=March", `dates must be written YYYY-MM-DD, as 2026-03-02; "March" is not`},
		{"/api/documents?from=2026-03-09&to=2026-03-01", "the from date 2026-03-09 is after the to date 2026-03-01"},
		{"/api/documents?from=2026-13-01", `dates must be written YYYY-MM-DD, as 2026-03-02; "2026-13-01" is not`},
	} {
		if got := get(t, srv, tt.path, 400)["error"]; got != tt.want {
			t.Errorf("GET %s error = %q; want %q", tt.path, got, tt.want)
		}
	}
}

func TestExport(t *testing.T) {
	srv, _ := newServer(t)
	for _, tt := range []struct {
		path, ctype string
		lines       int
		first       string
	}{
		{"/api/export?format=jsonl&story=s-1", "application/jsonl", 2, `{"id":"a2"`},
		{"/api/export?format=csv", "text/csv", 4, "id,title,url,date"},
		{"/api/export?q=ceasefire", "application/jsonl", 1, `{"id":"a2"`},
		{"/api/export?kind=quotes&format=csv&speaker=Mara+Quill", "text/csv", 3, "document,date"},
	} {
		resp, err := http.Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.ctype) ||
			len(lines) != tt.lines || !strings.HasPrefix(lines[0], tt.first) {
			t.Errorf("GET %s = %d %s, %d lines starting %q; want %s, %d lines starting %q",
				tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), len(lines), lines[0], tt.ctype, tt.lines, tt.first)
		}
	}
}

func TestIngestNeedsToken(t *testing.T) {
	srv, ingested := newServer(t)
	for _, tt := range []struct {
		auth string
		want int
	}{
		{"", http.StatusUnauthorized},
		{"Bearer wrong", http.StatusUnauthorized},
		{"Bearer " + token, http.StatusOK},
	} {
		req, _ := http.NewRequest("POST", srv.URL+"/api/ingest?id=p1", strings.NewReader("<p>hello</p>"))
		req.Header.Set("Content-Type", "text/html")
		if tt.auth != "" {
			req.Header.Set("Authorization", tt.auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("POST /api/ingest with %q = %d; want %d", tt.auth, resp.StatusCode, tt.want)
		}
	}
	if diff := cmp.Diff([]string{"p1"}, *ingested); diff != "" {
		t.Errorf("pages ingested (-want +got):\n%s", diff)
	}
	resp, err := http.Get(srv.URL + "/api/ingest")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed && resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /api/ingest = %d; want it refused", resp.StatusCode)
	}
}

func TestAccess(t *testing.T) {
	tests := []struct {
		addr      string
		lan, want bool
	}{
		{"127.0.0.1:5000", false, true},
		{"[::1]:5000", false, true},
		{"192.168.1.20:5000", false, false},
		{"192.168.1.20:5000", true, true},
		{"10.0.0.7:1", true, true},
		{"[fd00::1]:1", true, true},
		{"8.8.8.8:53", true, false},
		{"[::ffff:127.0.0.1]:1", false, true},
		{"garbage", true, false},
	}
	for _, tt := range tests {
		if got := (api.Access{LAN: tt.lan}).Allowed(tt.addr); got != tt.want {
			t.Errorf("Access{LAN: %v}.Allowed(%q) = %v; want %v", tt.lan, tt.addr, got, tt.want)
		}
	}
}

func TestFetches(t *testing.T) {
	srv, _ := newServer(t)
	got := get(t, srv, "/api/fetches?url=https://one.example/a1", http.StatusOK)
	if diff := cmp.Diff([]string{"404", "200"}, ids(got, "status")); diff != "" {
		t.Errorf("GET /api/fetches statuses, newest first (-want +got):\n%s", diff)
	}
	if got := get(t, srv, "/api/fetches?url=https://one.example/a1&limit=1", http.StatusOK); len(ids(got, "status")) != 1 {
		t.Errorf("GET /api/fetches&limit=1 gave %d items; want 1", len(ids(got, "status")))
	}
	get(t, srv, "/api/fetches", http.StatusBadRequest)
}

// TestQuotesAcrossNameForms: /api/quotes?speaker= finds a person's quotes
// in every document, whether it names the speaker in full or by surname
// only, unless the surname is shared by two people.
func TestQuotesAcrossNameForms(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "names.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for i, speaker := range []string{"Zalmay Khalilzad", "Khalilzad", "Barack Obama", "Michelle Obama", "Obama"} {
		text := "\"Talks go on,\" the speaker said."
		rec := store.Record{
			Doc: document.Document{ID: fmt.Sprintf("x%d", i+1), Title: "Talks", Date: fmt.Sprintf("2026-03-0%d", i+1), Text: text},
			Quotes: []store.Quote{{Type: "direct", Content: document.Span{Start: 0, End: 14, Text: text[:14]},
				Speaker: speaker}},
		}
		if _, err := st.Put(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	mux := http.NewServeMux()
	api.New(st, api.Options{}).Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	for _, tc := range []struct {
		speaker string
		want    []string
	}{
		{"Zalmay+Khalilzad", []string{"x1", "x2"}},
		{"khalilzad", []string{"x1", "x2"}},
		{"Barack+Obama", []string{"x3"}},
		{"Obama", []string{"x5"}},
		{"Ned+Price", []string{}},
	} {
		t.Run(tc.speaker, func(t *testing.T) {
			got := ids(get(t, srv, "/api/quotes?speaker="+tc.speaker, 200), "document")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("/api/quotes?speaker=%s documents (-want +got):\n%s", tc.speaker, diff)
			}
		})
	}
}

// TestIngestErrors: the client's own mistake is a 400 that says what it
// was; a failure of the server behind the ingester is a 500 that does not
// show its internals.
func TestIngestErrors(t *testing.T) {
	for _, tt := range []struct {
		err      error
		status   int
		response string
	}{
		{fmt.Errorf("%w: empty page", api.ErrBadInput), http.StatusBadRequest, "bad input: empty page"},
		{errors.New("postgres: commit: connection reset"), http.StatusInternalServerError, "internal error"},
	} {
		mux := http.NewServeMux()
		api.New(nil, api.Options{Token: token, Ingest: func(context.Context, io.Reader, string, string, string) ([]api.IngestResult, error) {
			return nil, tt.err
		}}).Register(mux)
		srv := httptest.NewServer(mux)
		req, _ := http.NewRequest("POST", srv.URL+"/api/ingest?id=p1", strings.NewReader("<p>hello</p>"))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body map[string]string
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		srv.Close()
		if resp.StatusCode != tt.status || body["error"] != tt.response {
			t.Errorf("ingest failing with %q = %d %q; want %d %q", tt.err, resp.StatusCode, body["error"], tt.status, tt.response)
		}
	}
}
