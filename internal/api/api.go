// Package api serves storyline's JSON API from a store: stories, documents,
// search, quotes, entities, statistics and exports for reading, and an
// ingest endpoint for writing that requires a bearer token.
//
// Every list answers {"items": [...], "next": "cursor"}; pass next back as
// ?cursor= to get the following page, an empty next means the last page.
// Errors answer {"error": "message"} with a 4xx or 5xx status.
package api

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/storyline-dev/storyline/internal/speaker"
	"github.com/storyline-dev/storyline/internal/store"
)

// IngestResult is the outcome for one document sent to the ingest endpoint.
type IngestResult struct {
	ID     string `json:"id"`
	Result string `json:"result,omitempty"`
	Error  string `json:"error,omitempty"`
}

// IngestFunc stores the pages in body: Document JSONL when contentType is
// application/x-ndjson or application/jsonl, otherwise one HTML page whose
// id and URL are given. It must serialise concurrent calls itself, and
// wrap the client's own mistakes (no id, an empty page, malformed JSONL) in
// ErrBadInput; any other error is the server's and is answered with 500.
type IngestFunc func(ctx context.Context, body io.Reader, contentType, id, url string) ([]IngestResult, error)

// ErrBadInput marks an IngestFunc error caused by the request itself.
var ErrBadInput = errors.New("bad input")

// Options configures the API.
type Options struct {
	// Ingest handles POST /api/ingest; nil disables it.
	Ingest IngestFunc
	// Token is the bearer token that write endpoints require; empty
	// disables write endpoints.
	Token string
	// Log receives errors; nil discards them.
	Log *slog.Logger
}

// API is the JSON API over a store.
type API struct {
	st   store.Store
	opts Options
	log  *slog.Logger
}

// New returns the API over st.
func New(st store.Store, opts Options) *API {
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &API{st: st, opts: opts, log: log}
}

// Register adds the API's routes to mux.
func (a *API) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", a.healthz)
	mux.HandleFunc("GET /api/stats", a.stats)
	mux.HandleFunc("GET /api/stories", a.stories)
	mux.HandleFunc("GET /api/stories/{id}", a.story)
	mux.HandleFunc("GET /api/documents", a.documents)
	mux.HandleFunc("GET /api/documents/{id}", a.document)
	mux.HandleFunc("GET /api/documents/{id}/versions", a.versions)
	mux.HandleFunc("GET /api/search", a.search)
	mux.HandleFunc("GET /api/quotes", a.quotes)
	mux.HandleFunc("GET /api/entities", a.entities)
	mux.HandleFunc("GET /api/volume", a.volume)
	mux.HandleFunc("GET /api/export", a.export)
	mux.HandleFunc("GET /api/fetches", a.fetches)
	mux.HandleFunc("POST /api/ingest", a.ingest)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// fail answers an error from the store: 404 for ErrNotFound, 400 for a bad
// request, 500 otherwise.
func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	var bad badRequest
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.As(err, &bad):
		writeError(w, http.StatusBadRequest, bad.msg)
	case errors.Is(err, store.ErrBadCursor):
		writeError(w, http.StatusBadRequest, "bad cursor: pass the \"next\" value of the page before, or none for the first page")
	case errors.Is(err, context.Canceled):
		// The client went away.
	default:
		a.log.Error("api request failed", slog.String("path", r.URL.Path), slog.Any("error", err))
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

// badRequest is the client's mistake; its message says what to change and
// is sent as it is.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

// limit reads ?limit=.
func limit(r *http.Request) (int, error) {
	s := r.URL.Query().Get("limit")
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, badRequest{"limit must be a positive number"}
	}
	return n, nil
}

// FilterFrom reads the document filter parameters from ?from=&to=&site=&entity=&story=.
func FilterFrom(r *http.Request) (store.Filter, error) {
	q := r.URL.Query()
	f := store.Filter{From: q.Get("from"), To: q.Get("to"), Site: q.Get("site"), Entity: q.Get("entity"), Story: q.Get("story")}
	if err := f.Check(); err != nil {
		return f, badRequest{err.Error()}
	}
	return f, nil
}

func (a *API) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := a.st.Stats(r.Context()); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (a *API) stats(w http.ResponseWriter, r *http.Request) {
	st, err := a.st.Stats(r.Context())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// page writes a list, never with a null items array.
func page[T any](w http.ResponseWriter, p store.Page[T]) {
	if p.Items == nil {
		p.Items = []T{}
	}
	writeJSON(w, http.StatusOK, p)
}

func (a *API) stories(w http.ResponseWriter, r *http.Request) {
	n, err := limit(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	p, err := a.st.Stories(r.Context(), store.StoryQuery{Limit: n, Cursor: r.URL.Query().Get("cursor")})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	page(w, p)
}

func (a *API) story(w http.ResponseWriter, r *http.Request) {
	st, err := a.st.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if st.Docs == nil {
		st.Docs = []store.DocumentSummary{}
	}
	out := storyWithEvents{Story: st}
	if es, ok := a.st.(store.EventStore); ok {
		if out.Events, err = es.StoryEvents(r.Context(), st.ID); err != nil {
			a.fail(w, r, err)
			return
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// storyWithEvents is a story as /api/stories/{id} answers it: with its
// developments when the store keeps them.
type storyWithEvents struct {
	store.Story
	Events []store.StoryEvent `json:"events,omitempty"`
}

func (a *API) documents(w http.ResponseWriter, r *http.Request) {
	f, err := FilterFrom(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	n, err := limit(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	p, err := a.st.Documents(r.Context(), store.DocumentQuery{Filter: f, Limit: n, Cursor: r.URL.Query().Get("cursor")})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	page(w, p)
}

func (a *API) document(w http.ResponseWriter, r *http.Request) {
	d, err := a.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (a *API) versions(w http.ResponseWriter, r *http.Request) {
	vs, err := a.st.Versions(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, store.Page[store.Version]{Items: vs})
}

// fetches lists the logged HTTP fetches of ?url=, newest first: how the
// page (or feed, or sitemap) was fetched, when, and with what result.
func (a *API) fetches(w http.ResponseWriter, r *http.Request) {
	log, ok := a.st.(store.FetchLog)
	if !ok {
		writeError(w, http.StatusNotImplemented, "this store keeps no fetch log")
		return
	}
	u := r.URL.Query().Get("url")
	if u == "" {
		writeError(w, http.StatusBadRequest, "missing ?url= of the fetched page, feed or sitemap")
		return
	}
	n, err := limit(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if n == 0 {
		n = 100
	}
	fs, err := log.Fetches(r.Context(), u, n)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, store.Page[store.Fetch]{Items: fs})
}

func (a *API) search(w http.ResponseWriter, r *http.Request) {
	f, err := FilterFrom(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	n, err := limit(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	if strings.TrimSpace(q.Get("q")) == "" {
		writeError(w, http.StatusBadRequest, "missing ?q= search text")
		return
	}
	p, err := a.st.Search(r.Context(), store.SearchQuery{Text: q.Get("q"), Filter: f, Limit: n, Cursor: q.Get("cursor")})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	page(w, p)
}

func (a *API) quotes(w http.ResponseWriter, r *http.Request) {
	n, err := limit(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	names, err := sameSpeaker(r.Context(), a.st, q.Get("speaker"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	p, err := a.st.Quotes(r.Context(), store.QuoteQuery{Speaker: q.Get("speaker"), Speakers: names, Document: q.Get("document"),
		Story: q.Get("story"), Limit: n, Cursor: q.Get("cursor")})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	page(w, p)
}

// sameSpeaker returns every name under which the store holds the quotes
// of the speaker called name, across documents: for "Zalmay Khalilzad",
// that name and "Khalilzad" from a page that never gives his full name
// (speaker.Same). None for an empty name. The names are worked out again
// for each page of a listing; a document stored between two pages can
// change them, as it can shift the pages' offsets.
func sameSpeaker(ctx context.Context, st store.Store, name string) ([]string, error) {
	if strings.TrimSpace(name) == "" {
		return nil, nil
	}
	names, err := st.SpeakerNames(ctx, name)
	return speaker.Same(name, names), err
}

func (a *API) entities(w http.ResponseWriter, r *http.Request) {
	n, err := limit(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	p, err := a.st.Entities(r.Context(), store.EntityQuery{Name: q.Get("name"), Type: strings.ToUpper(q.Get("type")),
		Limit: n, Cursor: q.Get("cursor")})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	page(w, p)
}

func (a *API) volume(w http.ResponseWriter, r *http.Request) {
	f, err := FilterFrom(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	v, err := a.st.Volume(r.Context(), store.DocumentQuery{Filter: f})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if v.Days == nil {
		v.Days = []store.Count{}
	}
	if v.Sites == nil {
		v.Sites = []store.Count{}
	}
	writeJSON(w, http.StatusOK, v)
}

func (a *API) ingest(w http.ResponseWriter, r *http.Request) {
	if a.opts.Token == "" || a.opts.Ingest == nil {
		writeError(w, http.StatusForbidden, "writing is disabled: start the server with a token (--token or STORYLINE_TOKEN)")
		return
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(a.opts.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="storyline"`)
		writeError(w, http.StatusUnauthorized, "a valid bearer token is required")
		return
	}
	q := r.URL.Query()
	body := http.MaxBytesReader(w, r.Body, 64<<20)
	res, err := a.opts.Ingest(r.Context(), body, r.Header.Get("Content-Type"), q.Get("id"), q.Get("url"))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, err.Error())
			return
		}
		if errors.Is(err, ErrBadInput) {
			err = badRequest{err.Error()}
		}
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, store.Page[IngestResult]{Items: res})
}
