// Package web is storyline's server-rendered user interface: the story
// list, story pages with timeline, sources, collapsed duplicates and quotes
// by speaker, pages for people and organisations, document pages and search,
// with SVG charts drawn on the server.
//
// Pages are html/template files embedded in the binary and all parsed at
// start-up; static assets are embedded and served under content-hash URLs so
// they can be cached forever. Every response carries a strict Content
// Security Policy: no inline scripts, no third-party resources.
package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/storyline-dev/storyline/internal/store"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// reader is what the UI needs from a store.
type reader interface {
	Stats(ctx context.Context) (store.Stats, error)
	Stories(ctx context.Context, q store.StoryQuery) (store.Page[store.StorySummary], error)
	Story(ctx context.Context, id string) (store.Story, error)
	StorySummary(ctx context.Context, id string) (store.StorySummary, error)
	CopiesOf(ctx context.Context, story, id string) ([]store.DocumentSummary, error)
	Document(ctx context.Context, id string) (store.Document, error)
	Versions(ctx context.Context, id string) ([]store.Version, error)
	Raw(ctx context.Context, id string) ([]byte, error)
	Documents(ctx context.Context, q store.DocumentQuery) (store.Page[store.DocumentSummary], error)
	SearchMarked(ctx context.Context, q store.SearchQuery) (store.Page[store.SearchHit], error)
	Quotes(ctx context.Context, q store.QuoteQuery) (store.Page[store.QuoteHit], error)
	SpeakerNames(ctx context.Context, name string) ([]string, error)
	Entities(ctx context.Context, q store.EntityQuery) (store.Page[store.EntitySummary], error)
	Volume(ctx context.Context, q store.DocumentQuery) (store.Volume, error)
}

// pages lists every page template; each is parsed together with layout.html.
// TestTemplatesDeclared fails when a file in templates/ is missing here.
var pages = []string{"home", "story", "entity", "entities", "document", "search", "error"}

// CSP is the Content Security Policy sent with every page.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Options configures the UI.
type Options struct {
	// Log receives errors; nil discards them.
	Log *slog.Logger
}

// UI serves the web interface.
type UI struct {
	st     reader
	log    *slog.Logger
	pages  map[string]*template.Template
	assets map[string]asset // by name
}

type asset struct {
	body        []byte
	hash        string
	contentType string
}

// New parses the templates and loads the static assets.
func New(st reader, opts Options) (*UI, error) {
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	u := &UI{st: st, log: log, pages: map[string]*template.Template{}, assets: map[string]asset{}}
	err := fs.WalkDir(staticFiles, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFiles.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		ct := "application/octet-stream"
		switch path.Ext(p) {
		case ".css":
			ct = "text/css; charset=utf-8"
		case ".js":
			ct = "text/javascript; charset=utf-8"
		case ".svg":
			ct = "image/svg+xml"
		}
		u.assets[path.Base(p)] = asset{body: b, hash: hex.EncodeToString(sum[:6]), contentType: ct}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: load static assets: %w", err)
	}
	funcs := template.FuncMap{
		"asset":  u.assetURL,
		"pathq":  url.PathEscape,
		"day":    dayOf,
		"marked": marked,
		"said":   said,
		"kind":   kind,
		"when":   when,
		"plural": plural,
		"trunc":  trunc,
		"sub":    func(a, b int) int { return a - b },
		"add":    func(a, b int) int { return a + b },
	}
	for _, name := range pages {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: parse template %s: %w", name, err)
		}
		u.pages[name] = t
	}
	return u, nil
}

// Register adds the UI's routes to mux.
func (u *UI) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", u.home)
	// The story list is the home page; /stories is what readers type.
	mux.Handle("GET /stories", http.RedirectHandler("/", http.StatusMovedPermanently))
	mux.Handle("GET /documents", http.RedirectHandler("/search", http.StatusMovedPermanently))
	mux.HandleFunc("/", u.notFound)
	mux.HandleFunc("GET /stories/{id}", u.story)
	mux.HandleFunc("GET /entities", u.entities)
	mux.HandleFunc("GET /entities/{name}", u.entity)
	mux.HandleFunc("GET /documents/{id}", u.document)
	mux.HandleFunc("GET /documents/{id}/raw", u.raw)
	mux.HandleFunc("GET /search", u.search)
	mux.HandleFunc("GET /static/{hash}/{name}", u.static)
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, u.assetURL("favicon.svg"), http.StatusMovedPermanently)
	})
}

// Secure adds the security headers every response carries.
func Secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", CSP)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

func (u *UI) assetURL(name string) string {
	a, ok := u.assets[name]
	if !ok {
		return "/static/missing/" + name
	}
	return "/static/" + a.hash + "/" + name
}

func (u *UI) static(w http.ResponseWriter, r *http.Request) {
	a, ok := u.assets[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", a.contentType)
	if r.PathValue("hash") == a.hash {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	w.Write(a.body)
}

// page is what every template gets: the page data and the search box state.
type page struct {
	Title string
	Query string
	Data  any
}

// render executes a page template into a buffer first, so that a template
// error becomes a clean 500 rather than half a page.
func (u *UI) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := u.pages[name].Execute(&buf, p); err != nil {
		u.log.Error("render page", slog.String("page", name), slog.Any("error", err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fail renders the error page for err.
func (u *UI) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "Something went wrong reading the store."
	var bad badRequest
	switch {
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, "There is nothing here."
	case errors.As(err, &bad):
		status, msg = http.StatusBadRequest, bad.msg
	case errors.Is(err, store.ErrBadCursor):
		status, msg = http.StatusBadRequest, "This link asks for a page of results that does not exist; start again from the first page."
	case errors.Is(err, context.Canceled):
		return
	default:
		u.log.Error("page failed", slog.String("path", r.URL.Path), slog.Any("error", err))
	}
	u.render(w, r, status, "error", page{Title: http.StatusText(status), Data: errorData{Status: status, Message: msg}})
}

// errorData is what the error page shows: a heading chosen by status and
// what went wrong.
type errorData struct {
	Status  int
	Message string
}

// badRequest is the reader's mistake (a malformed date, say); its message
// says what to change and is shown as it is.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

// notFound answers every request no route takes: the site's own 404 page
// for a page that is not there; 405 for any other method, since the UI's
// pages are read only.
func (u *UI) notFound(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	u.fail(w, r, fmt.Errorf("web: %s: %w", r.URL.Path, store.ErrNotFound))
}

func dayOf(date string) string {
	if len(date) >= 10 {
		return date[:10]
	}
	if date == "" {
		return "undated"
	}
	return date
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	if strings.HasSuffix(word, "y") && !strings.HasSuffix(word, "ey") {
		return fmt.Sprintf("%d %sies", n, word[:len(word)-1])
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// marked escapes a snippet and turns the search engine's marks around the
// words it matched (store.MarkOpen, store.MarkClose) into <mark>: the words
// highlighted are the words that matched, whole, as the engine split them.
func marked(snippet string) template.HTML {
	var b strings.Builder
	for {
		i := strings.Index(snippet, store.MarkOpen)
		if i < 0 {
			break
		}
		j := strings.Index(snippet[i:], store.MarkClose)
		if j < 0 {
			break
		}
		b.WriteString(template.HTMLEscapeString(snippet[:i]))
		b.WriteString("<mark>" + template.HTMLEscapeString(snippet[i+len(store.MarkOpen):i+j]) + "</mark>")
		snippet = snippet[i+j+len(store.MarkClose):]
	}
	b.WriteString(template.HTMLEscapeString(strings.NewReplacer(store.MarkOpen, "", store.MarkClose, "").Replace(snippet)))
	return template.HTML(b.String())
}

// said is how the article attributes q, for a reader to check that the
// words are the speaker's own claim: the cue as written ("denied",
// "declined", "according to") and, when the article names the speaker
// otherwise than by name ("a spokesman for Quill", "the envoy"), that
// mention. Empty when the text gives neither.
func said(q store.Quote) string {
	var cue, as string
	if q.Cue != nil {
		cue = q.Cue.Text
	}
	if m := q.SpeakerMention; m != nil && q.Speaker != "" && !namesSpeaker(m.Text, q.Speaker) {
		as = "as “" + m.Text + "”"
	}
	switch {
	case as == "":
		switch strings.ToLower(cue) {
		case "said", "says", "say":
			// The default verb alone is left out, so that the others
			// stand out.
			return ""
		}
		return cue
	case cue == "":
		return as
	}
	return cue + ", " + as
}

// namesSpeaker reports whether a mention is the speaker's name (with a
// title or a description before it, or a description after a comma) or a
// pronoun for them: either says nothing the speaker's name does not.
// Someone speaking for the speaker is shown: "a spokesman for Quill", "an
// aide to Quill" (the name after a preposition), "Quill's office" (a
// possessive), "a Quill aide", "the Quill campaign" (the name before a
// noun).
func namesSpeaker(mention, speaker string) bool {
	m := strings.ToLower(strings.TrimSpace(mention))
	switch m {
	case "he", "she", "they", "it", "i", "we", "who", "which":
		return true
	}
	name := strings.Fields(strings.ToLower(speaker))
	// Any word of the name may stand for it ("Kennedy" for "Robert F.
	// Kennedy Jr.", "Xi" for "Xi Jinping"), but for initials and suffixes.
	for k := len(name) - 1; k >= 0; k-- {
		w := strings.TrimSuffix(name[k], ".")
		switch w {
		case "jr", "sr", "ii", "iii", "iv":
			continue
		}
		if len(w) > 1 && namedBy(m, w, name) {
			return true
		}
	}
	return false
}

// namedBy reports whether the mention m holds the word w of the speaker's
// name as their name, not as an owner or attribute: not followed by a
// possessive or a noun (a comma may follow), nor preceded by a preposition
// before the name's other words.
func namedBy(m, w string, name []string) bool {
	at := -1
	for i := 0; i+len(w) <= len(m); {
		k := strings.Index(m[i:], w)
		if k < 0 {
			break
		}
		k += i
		before := k == 0 || !isWordByte(m[k-1])
		after := k+len(w) == len(m) || !isWordByte(m[k+len(w)])
		if before && after {
			at = k
		}
		i = k + len(w)
	}
	if at < 0 {
		return false
	}
	rest := strings.TrimSpace(m[at+len(w):])
	for _, later := range name {
		// the name's later words and suffixes may follow: "Kennedy Jr."
		if t, ok := strings.CutPrefix(rest, later); ok && (t == "" || !isWordByte(t[0])) {
			rest = strings.TrimSpace(strings.TrimPrefix(t, "."))
		}
	}
	if rest != "" && !strings.HasPrefix(rest, ",") {
		return false // a possessive or a noun after the name
	}
	words := strings.Fields(m[:at])
	for len(words) > 0 && slices.Contains(name, words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) > 0 {
		switch words[len(words)-1] {
		case "for", "to", "of", "from", "with", "near":
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 || c == '-'
}

// kind names a quote's type for readers: only a direct quote gives the
// speaker's own words throughout.
func kind(typ string) string {
	switch typ {
	case "direct":
		return "direct quote"
	case "indirect":
		return "paraphrase"
	case "mixed":
		return "paraphrase with quoted words"
	}
	return typ
}

// when writes a publication date for readers: "5 March 2026, 16:45 UTC"
// for a time, "5 March 2026" for a day; anything else as it is.
func when(date string) string {
	if t, err := time.Parse(time.RFC3339, date); err == nil {
		return t.Format("2 January 2006, 15:04 MST")
	}
	if t, err := time.Parse(time.DateOnly, date); err == nil {
		return t.Format("2 January 2006")
	}
	return date
}

// trunc shortens s to at most n characters, marking the cut with "…".
func trunc(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Pages returns the names of the page templates parsed at start-up.
func Pages() []string { return slices.Clone(pages) }
