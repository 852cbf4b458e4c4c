package web_test

import (
	"context"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
	"github.com/storyline-dev/storyline/internal/web"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	speaker := "Mara Quill"
	put := func(id, date, site, text, dupOf string) {
		content := strings.SplitN(text, ",", 2)[0] + ","
		_, err := st.Put(ctx, store.Record{
			Doc: document.Document{ID: id, URL: "https://" + site + "/" + id, Title: "Envoy <b>" + id + "</b>", Date: date,
				DateSource: "jsonld", Text: text + "\nSecond paragraph."},
			Raw: []byte("<html><script>alert(1)</script><p>" + text + "</p></html>"), Story: "s-1", DuplicateOf: dupOf,
			Quotes: []store.Quote{{Type: "direct", Content: document.Span{Start: 0, End: len([]rune(content)), Text: content},
				Speaker: speaker}},
			Entities: []store.Entity{{Name: "Mara Quill", Type: "PERSON", Mentions: []document.Span{{Start: 30, End: 40, Text: "Mara Quill"}}}},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	put("copy", "2026-03-02", "valley.example", "\"We are close to a deal,\" the envoy Mara Quill said.", "orig")
	put("orig", "2026-03-02T08:00:00Z", "wire.example", "\"We are close to a deal,\" the envoy Mara Quill said.", "")
	put("later", "2026-03-09", "gazette.example", "\"Three days is not peace,\" said Mara Quill about the ceasefire.", "")
	speaker = "Quill" // a page that never gives her full name
	put("brief", "2026-03-10", "gazette.example", "\"The convoy may pass,\" Quill said.", "")
	if err := st.SetStoryEvents(ctx, map[string][]store.StoryEvent{"s-1": {
		{Time: "2026-03-09T10:00:00Z", Text: "A three-day truce took hold around Vell.", Source: "later"}}}); err != nil {
		t.Fatal(err)
	}
	return serve(t, st)
}

// serve starts the UI over st on a loopback listener, with its security
// headers.
func serve(t *testing.T, st *sqlite.Store) *httptest.Server {
	t.Helper()
	ui, err := web.New(st, web.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	ui.Register(mux)
	srv := httptest.NewServer(web.Secure(mux))
	t.Cleanup(srv.Close)
	return srv
}

func fetch(t *testing.T, srv *httptest.Server, path string, want int) (string, http.Header) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("GET %s = %d; want %d\n%s", path, resp.StatusCode, want, b)
	}
	return string(b), resp.Header
}

func TestPages(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{`href="/stories/s-1"`, `<span class="badge updated" title="New articles within two days of the latest news">Updated</span>`, "<svg", "Documents per day",
			`Latest: <a href="/documents/brief">Envoy &lt;b&gt;brief&lt;/b&gt;</a> · gazette.example · 2026-03-10`}},
		{"/stories/s-1", 200, []string{"Developments", "A three-day truce took hold around Vell.", `href="/documents/later">gazette.example`, "Timeline", "2026-03-02", "2026-03-09", "1 copy of this article", "Mara Quill",
			"also <a", "wire.example", `href="/api/export?format=csv&amp;story=s-1"`}},
		{"/entities/Mara%20Quill", 200, []string{"Statements over time", "Three days is not peace", "PERSON",
			"The convoy may pass", `given as <a href="/entities/Quill">Quill</a>`}},
		{"/entities", 200, []string{`href="/entities/Mara%20Quill"`}},
		{"/documents/orig", 200, []string{"the page&#39;s structured data (JSON-LD)", "https://wire.example/orig", "Second paragraph.", "Envoy &lt;b&gt;orig&lt;/b&gt;",
			`<dt>Copied by</dt><dd><a href="/documents/copy">`}},
		{"/documents/copy", 200, []string{`href="/documents/orig">Envoy &lt;b&gt;orig&lt;/b&gt;</a> · wire.example · 2 March 2026, 08:00 UTC`, `datetime="2026-03-02">2 March 2026</time>`}},
		{"/search?q=ceasefire", 200, []string{"<mark>ceasefire</mark>", `href="/documents/later"`}},
		{"/search?site=wire.example", 200, []string{`href="/documents/orig"`, "Documents matching the filters, newest first."}},
		{"/search", 200, []string{"All documents, newest first.", `href="/documents/brief"`, `href="/documents/orig"`}},
		{"/search?entity=Nobody", 200, []string{"No documents match these filters."}},
		{"/search?q=zebra", 200, []string{"No document matches these words."}},
		{"/search?q=deal", 200, []string{`href="/documents/copy"`, `copy of <a href="/documents/orig">`}},
		{"/search?q=deal&story=s-1", 200, []string{`Within the story <a href="/stories/s-1">`, `<a href="/search?q=deal">search every story</a>`}},
		{"/search?q=zebra+OR+ceasefire", 200, []string{`href="/documents/later"`, "<mark>ceasefire</mark>"}},
		{"/search?from=March", 400, []string{"That request cannot be read", "dates must be written YYYY-MM-DD"}},
		{"/search?from=abcd-ef-gh", 400, []string{"&#34;abcd-ef-gh&#34; is not"}},
		{"/search?from=2026-03-09&to=2026-03-01", 400, []string{"the from date 2026-03-09 is after the to date 2026-03-01"}},
		{"/search?q=ceasefire&cursor=abc", 400, []string{"start again from the first page"}},
		{"/stories/nope", 404, []string{"Not here", "nothing here"}},
		{"/no/such/page", 404, []string{"Not here", "Back to the stories"}},
		{"/entities/Nobody", 404, nil},
	}
	for _, tt := range tests {
		body, h := fetch(t, srv, tt.path, tt.status)
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: page lacks %q", tt.path, w)
			}
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: CSP = %q; want a strict policy", tt.path, csp)
		}
	}
	resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Get(srv.URL + "/stories")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/" {
		t.Errorf("GET /stories = %d to %q; want a redirect to the story list at /", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, err := http.Post(srv.URL+"/search", "text/plain", strings.NewReader("x")); err != nil {
		t.Fatal(err)
	} else if resp.Body.Close(); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /search = %d; want 405", resp.StatusCode)
	}
	raw, h := fetch(t, srv, "/documents/orig/raw", 200)
	if !strings.HasPrefix(h.Get("Content-Type"), "text/plain") || !strings.Contains(raw, "<script>") {
		t.Errorf("raw page served as %q; want the original as plain text", h.Get("Content-Type"))
	}
}

func TestStaticAssets(t *testing.T) {
	srv := newServer(t)
	home, _ := fetch(t, srv, "/", 200)
	for _, re := range []string{`/static/[0-9a-f]+/style\.css`, `/static/[0-9a-f]+/app\.js`} {
		u := regexp.MustCompile(re).FindString(home)
		if u == "" {
			t.Fatalf("home page links no asset matching %s", re)
		}
		_, h := fetch(t, srv, u, 200)
		if !strings.Contains(h.Get("Cache-Control"), "immutable") {
			t.Errorf("GET %s Cache-Control = %q; want immutable", u, h.Get("Cache-Control"))
		}
	}
}

// TestTemplatesDeclared fails when a template file is not parsed at start-up
// and when a template holds an inline script or style, which the CSP forbids.
func TestTemplatesDeclared(t *testing.T) {
	files, err := fs.Glob(os.DirFS("templates"), "*.html")
	if err != nil {
		t.Fatal(err)
	}
	declared := append(slices.Clone(web.Pages()), "layout")
	inline := regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]|<style|\sstyle=|\son[a-z]+=`)
	for _, f := range files {
		name := strings.TrimSuffix(f, ".html")
		if !slices.Contains(declared, name) {
			t.Errorf("templates/%s is not declared in pages", f)
		}
		b, err := os.ReadFile(filepath.Join("templates", f))
		if err != nil {
			t.Fatal(err)
		}
		if m := inline.Find(b); m != nil {
			t.Errorf("templates/%s has inline script or style %q", f, m)
		}
	}
}

// TestLinksCarryValues: links put values with spaces and filters into
// their query strings once encoded, so the pages and exports they lead to
// are filtered as the link says (not double-encoded to "Mara%2bQuill", nor
// "q%3dceasefire").
func TestLinksCarryValues(t *testing.T) {
	srv := newServer(t)
	body, _ := fetch(t, srv, "/entities/Mara%20Quill", 200)
	for _, w := range []string{`href="/search?entity=Mara%20Quill"`, `speaker=Mara%20Quill`} {
		if !strings.Contains(body, w) {
			t.Errorf("entity page lacks %q", w)
		}
	}
	body, _ = fetch(t, srv, "/search?q=ceasefire&story=s-1", 200)
	if w := `href="/api/export?format=jsonl&amp;q=ceasefire&amp;story=s-1"`; !strings.Contains(body, w) {
		t.Errorf("search page lacks %q", w)
	}
}

// TestSearchHighlightsWholeWords: the snippet marks the words the search
// engine matched, whole, not every place their letters occur ("a" inside
// "are", "s" inside "close").
func TestSearchHighlightsWholeWords(t *testing.T) {
	srv := newServer(t)
	body, _ := fetch(t, srv, "/search?q=a+deal", 200)
	snippets := regexp.MustCompile(`(?s)<p class="snippet">(.*?)</p>`).FindAllStringSubmatch(body, -1)
	if len(snippets) == 0 {
		t.Fatal("no snippets on the page")
	}
	for _, m := range snippets {
		sn := m[1]
		if !strings.Contains(sn, "<mark>deal</mark>") || !strings.Contains(sn, "<mark>a</mark>") {
			t.Errorf("snippet %q does not mark the matched words", sn)
		}
		if strings.Contains(sn, "<mark>a</mark>re") || strings.Contains(sn, "</mark>re ") {
			t.Errorf("snippet %q marks letters inside a word", sn)
		}
	}
}

// TestSearchPages: the "More results" link of a search leads to the next
// page, not the first again.
func TestSearchPages(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "pages.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for i := range 30 {
		id := fmt.Sprintf("d%02d", i)
		if _, err := st.Put(ctx, store.Record{Doc: document.Document{ID: id, Title: "Harbour " + id,
			Date: fmt.Sprintf("2026-03-%02d", i%28+1), Text: "The harbour strike went on."}}); err != nil {
			t.Fatal(err)
		}
	}
	srv := serve(t, st)
	docs := regexp.MustCompile(`href="/documents/(d\d\d)"`)
	first, _ := fetch(t, srv, "/search?q=harbour", 200)
	next := regexp.MustCompile(`class="more" href="([^"]+)"`).FindStringSubmatch(first)
	if next == nil {
		t.Fatal("the first page of 30 hits has no link to more results")
	}
	second, _ := fetch(t, srv, html.UnescapeString(next[1]), 200)
	seen := map[string]bool{}
	for _, m := range docs.FindAllStringSubmatch(first, -1) {
		seen[m[1]] = true
	}
	for _, m := range docs.FindAllStringSubmatch(second, -1) {
		if seen[m[1]] {
			t.Errorf("document %s is on both pages", m[1])
		}
	}
	if n := len(docs.FindAllStringSubmatch(second, -1)); n == 0 {
		t.Error("the second page lists no documents")
	}
}
