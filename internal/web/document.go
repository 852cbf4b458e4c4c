package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/storyline-dev/storyline/internal/store"
)

type documentData struct {
	Doc        store.Document
	Paragraphs []string
	Versions   []store.Version
	DateSource string
	Story      *store.StorySummary
	HasRaw     bool
	// Original is the document this one copies, when it is one.
	Original *store.Document
	// Copies are the later documents that copy this one.
	Copies []store.DocumentSummary
}

// dateSources explains, for readers, where a publication date was found.
var dateSources = map[string]string{
	"jsonld":    "the page's structured data (JSON-LD)",
	"meta":      "the page's meta tags",
	"microdata": "the page's microdata",
	"time":      "a <time> element in the article",
	"url":       "the page's URL",
	"text":      "the article text",
	"header":    "the HTTP headers",
}

func (u *UI) document(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	doc, err := u.st.Document(ctx, r.PathValue("id"))
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d := documentData{Doc: doc, Paragraphs: strings.Split(doc.Text, "\n")}
	if doc.DateSource != "" {
		d.DateSource = dateSources[doc.DateSource]
		if d.DateSource == "" {
			d.DateSource = doc.DateSource
		}
	}
	if d.Versions, err = u.st.Versions(ctx, doc.ID); err != nil {
		u.fail(w, r, err)
		return
	}
	if doc.Story != "" {
		// Only the link's label and size: not the story's documents.
		if d.Story, err = optional(u.st.StorySummary(ctx, doc.Story)); err != nil {
			u.fail(w, r, err)
			return
		}
	}
	if doc.DuplicateOf != "" {
		// Named by its title and outlet, not its id alone.
		if d.Original, err = optional(u.st.Document(ctx, doc.DuplicateOf)); err != nil {
			u.fail(w, r, err)
			return
		}
	}
	if doc.Story != "" && doc.DuplicateOf == "" {
		if d.Copies, err = u.st.CopiesOf(ctx, doc.Story, doc.ID); err != nil {
			u.fail(w, r, err)
			return
		}
	}
	raw, err := u.st.Raw(ctx, doc.ID)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d.HasRaw = len(raw) > 0
	u.render(w, r, http.StatusOK, "document", page{Title: doc.Title, Data: d})
}

// optional is a store lookup whose absence is no error: v's address, nil
// when the store has no such thing, or the error.
func optional[T any](v T, err error) (*T, error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil, nil
	case err != nil:
		return nil, err
	}
	return &v, nil
}

// raw serves the stored original page as plain text: a third-party page is
// never rendered as HTML on this origin.
func (u *UI) raw(w http.ResponseWriter, r *http.Request) {
	b, err := u.st.Raw(r.Context(), r.PathValue("id"))
	if err != nil {
		u.fail(w, r, err)
		return
	}
	if b == nil {
		u.fail(w, r, store.ErrNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; sandbox")
	w.Write(b)
}
