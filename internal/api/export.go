package api

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// exportRecord is a document as exported: the CONTRACT Document record plus
// its story and duplicate link.
type exportRecord struct {
	document.Document
	Site        string `json:"site"`
	Story       string `json:"story"`
	DuplicateOf string `json:"duplicate_of"`
	Version     int    `json:"version"`
}

var exportColumns = []string{"id", "title", "url", "date", "date_source", "site", "author", "language", "story", "duplicate_of", "version", "text"}

// export streams the documents matching the filter (?from&to&site&entity&story,
// and ?q= for a search)
// as JSON Lines (?format=jsonl, the default) or CSV (?format=csv), or the
// quotes (?kind=quotes) of a speaker or story.
func (a *API) export(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "jsonl"
	}
	if format != "jsonl" && format != "csv" {
		writeError(w, http.StatusBadRequest, "format must be jsonl or csv")
		return
	}
	f, err := FilterFrom(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	name := "storyline-documents"
	var speakers []string
	if q.Get("kind") == "quotes" {
		name = "storyline-quotes"
		// before the headers, so that a failure can still answer 5xx
		if speakers, err = sameSpeaker(r.Context(), a.st, q.Get("speaker")); err != nil {
			a.fail(w, r, err)
			return
		}
	}
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	} else {
		w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.jsonl"`)
	}
	ctx := r.Context()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	cw := csv.NewWriter(w)
	defer cw.Flush()

	if q.Get("kind") == "quotes" {
		if format == "csv" {
			_ = cw.Write([]string{"document", "date", "site", "story", "speaker", "type", "content", "start", "end"})
		}
		cursor := ""
		for {
			p, err := a.st.Quotes(ctx, store.QuoteQuery{Speaker: q.Get("speaker"), Speakers: speakers, Story: f.Story, Limit: store.MaxLimit, Cursor: cursor})
			if err != nil {
				a.log.Error("export failed", "error", err)
				return
			}
			for _, h := range p.Items {
				if format == "csv" {
					_ = cw.Write([]string{h.Document, h.Date, h.Site, h.Story, h.Speaker, h.Type, h.Content.Text,
						strconv.Itoa(h.Content.Start), strconv.Itoa(h.Content.End)})
				} else if err := enc.Encode(h); err != nil {
					return
				}
			}
			if cursor = p.Next; cursor == "" {
				return
			}
		}
	}

	if format == "csv" {
		_ = cw.Write(exportColumns)
	}
	cursor := ""
	for {
		var ids []string
		var next string
		if text := q.Get("q"); text != "" {
			p, err := a.st.Search(ctx, store.SearchQuery{Text: text, Filter: f, Limit: store.MaxLimit, Cursor: cursor})
			if err != nil {
				a.log.Error("export failed", "error", err)
				return
			}
			for _, h := range p.Items {
				ids = append(ids, h.ID)
			}
			next = p.Next
		} else {
			p, err := a.st.Documents(ctx, store.DocumentQuery{Filter: f, Limit: store.MaxLimit, Cursor: cursor})
			if err != nil {
				a.log.Error("export failed", "error", err)
				return
			}
			for _, d := range p.Items {
				ids = append(ids, d.ID)
			}
			next = p.Next
		}
		for _, id := range ids {
			d, err := a.st.Document(ctx, id)
			if err != nil {
				a.log.Error("export failed", "id", id, "error", err)
				return
			}
			rec := exportRecord{Document: d.Document, Site: d.Site, Story: d.Story, DuplicateOf: d.DuplicateOf, Version: d.Version}
			if format == "csv" {
				_ = cw.Write([]string{d.ID, d.Title, d.URL, d.Date, d.DateSource, d.Site, d.Author, d.Language,
					d.Story, d.DuplicateOf, strconv.Itoa(d.Version), d.Text})
			} else if err := enc.Encode(rec); err != nil {
				return
			}
		}
		if cursor = next; cursor == "" {
			return
		}
	}
}
