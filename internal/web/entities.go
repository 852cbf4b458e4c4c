package web

import (
	"net/http"
	"strings"

	"github.com/storyline-dev/storyline/internal/store"
)

type entitiesData struct {
	Type  string
	Types []string
	Items []store.EntitySummary
	Next  string
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
	d := entitiesData{Type: typ, Types: []string{"PERSON", "ORG", "GPE", "LOC"}, Items: p.Items, Next: p.Next}
	u.render(w, r, http.StatusOK, "entities", page{Title: "People and organisations", Data: d})
}
