package web

import (
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/storyline-dev/storyline/internal/store"
)

type searchData struct {
	Q      string
	Filter store.Filter
	// Filtered is set when any filter is, so that an empty list can say
	// the filters found nothing rather than ask for a search.
	Filtered bool
	// StoryLabel names the story a search is limited to, and
	// AllStoriesURL is the same search without that limit.
	StoryLabel    string
	AllStoriesURL string
	Hits          []store.SearchHit
	Docs          []store.DocumentSummary
	Next          string
	NextURL       string
	// Export is the query string for the export links: url.Values.Encode
	// output, trusted as a URL part so that the template does not escape
	// its "=" and "&" again.
	Export template.URL
	Volume *timeChart
	Sites  []store.Count
}

// search runs a full-text search, or lists documents when only filters are
// given, with date, site, entity and story filters.
func (u *UI) search(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	f := store.Filter{From: q.Get("from"), To: q.Get("to"), Site: q.Get("site"), Entity: q.Get("entity"), Story: q.Get("story")}
	if err := f.Check(); err != nil {
		u.fail(w, r, badRequest{err.Error()})
		return
	}
	d := searchData{Q: strings.TrimSpace(q.Get("q")), Filter: f, Filtered: f != store.Filter{}}
	// The export links carry the query and the filters, nothing else (not
	// the cursor, nor an export's own format).
	exp := url.Values{}
	for _, k := range []string{"q", "from", "to", "site", "entity", "story"} {
		if v := q.Get(k); v != "" {
			exp.Set(k, v)
		}
	}
	d.Export = template.URL(exp.Encode())
	if f.Story != "" {
		st, err := optional(u.st.StorySummary(ctx, f.Story))
		if err != nil {
			u.fail(w, r, err)
			return
		}
		if st != nil {
			d.StoryLabel = st.Label
		}
		all := r.URL.Query()
		all.Del("story")
		all.Del("cursor")
		d.AllStoriesURL = "/search?" + all.Encode()
	}
	cursor := q.Get("cursor")
	switch {
	case d.Q != "":
		p, err := u.st.SearchMarked(ctx, store.SearchQuery{Text: d.Q, Filter: f, Limit: 25, Cursor: cursor})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Hits, d.Next = p.Items, p.Next
	default:
		// Filters alone, or nothing at all: the documents, newest first.
		p, err := u.st.Documents(ctx, store.DocumentQuery{Filter: f, Limit: 25, Cursor: cursor})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Docs, d.Next = p.Items, p.Next
	}
	if d.Next != "" {
		d.NextURL = nextURL(r, d.Next)
	}
	if f != (store.Filter{}) {
		vol, err := u.st.Volume(ctx, store.DocumentQuery{Filter: f})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Volume = newTimeChart(vol.Days)
	}
	title := "Search"
	if d.Q != "" {
		title = d.Q + " – search"
	}
	u.render(w, r, http.StatusOK, "search", page{Title: title, Query: d.Q, Data: d})
}

// nextURL is the current URL with cursor set.
func nextURL(r *http.Request, cursor string) string {
	q := r.URL.Query()
	q.Set("cursor", cursor)
	return r.URL.Path + "?" + q.Encode()
}
