package web

import (
	"net/http"
	"strings"

	"github.com/storyline-dev/storyline/internal/speaker"
	"github.com/storyline-dev/storyline/internal/store"
)

type entitiesData struct {
	Type  string
	Types []string
	Items []entityRow
	Next  string
}

// entityRow is one line of the entities table: an entity, with the
// surname-only rows of the same person folded into it.
type entityRow struct {
	store.EntitySummary
	// AlsoAs lists the other forms of the name folded into this row
	// ("Khalilzad" for Zalmay Khalilzad).
	AlsoAs []string
}

// entities lists the people, organisations and places, most mentioned first.
func (u *UI) entities(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	typ := strings.ToUpper(q.Get("type"))
	p, err := u.st.Entities(r.Context(), store.EntityQuery{Type: typ, Limit: 100, Cursor: q.Get("cursor")})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d := entitiesData{Type: typ, Types: []string{"PERSON", "ORG", "GPE", "LOC"}, Items: foldPeople(p.Items), Next: p.Next}
	u.render(w, r, http.StatusOK, "entities", page{Title: "People and organisations", Data: d})
}

// foldPeople folds a person named by surname alone in some documents
// ("Khalilzad", where a page never gives the full name) into the row of
// the one person on the same page whose name ends in it, as quote
// listings do (speaker.Canonical). Counts are added: a document
// holds one form or the other, since names are merged within a document.
// Rows on other pages of the listing are not looked at.
func foldPeople(items []store.EntitySummary) []entityRow {
	var people []string
	for _, e := range items {
		if e.Type == "PERSON" {
			people = append(people, e.Name)
		}
	}
	canon := speaker.Canonical(people)
	at := map[string]int{} // full name -> its row
	var rows []entityRow
	for _, e := range items {
		if e.Type == "PERSON" {
			if _, ok := canon[e.Name]; !ok {
				at[strings.ToLower(e.Name)] = len(rows)
			}
		}
		rows = append(rows, entityRow{EntitySummary: e})
	}
	folded := make([]bool, len(rows))
	for k, row := range rows {
		full, ok := canon[row.Name]
		i, found := at[strings.ToLower(full)]
		if row.Type != "PERSON" || !ok || !found {
			continue
		}
		f := &rows[i]
		f.Documents += row.Documents
		f.Mentions += row.Mentions
		f.Quotes += row.Quotes
		f.AlsoAs = append(f.AlsoAs, row.Name)
		folded[k] = true
	}
	out := make([]entityRow, 0, len(rows))
	for k, row := range rows {
		if !folded[k] {
			out = append(out, row)
		}
	}
	return out
}
