package web

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/storyline-dev/storyline/internal/speaker"
	"github.com/storyline-dev/storyline/internal/store"
)

type entityData struct {
	Name      string
	Entity    *store.EntitySummary
	Quotes    []sourcedQuote
	MoreQuote bool
	// AlsoAs lists the other forms of the name the quotes were found
	// under ("Khalilzad" for Zalmay Khalilzad).
	AlsoAs    []string
	Documents []store.DocumentSummary
	Volume    *timeChart
	Outlets   *rowChart
}

// entity is the page of a person, organisation or place: what they said
// over time, and where they appear.
func (u *UI) entity(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := r.PathValue("name")
	d := entityData{Name: name}
	ents, err := u.st.Entities(ctx, store.EntityQuery{Name: name, Limit: 1})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	if len(ents.Items) > 0 {
		d.Entity = &ents.Items[0]
		d.Name = d.Entity.Name
	}
	// a person's or an organisation's quotes in every document, whatever
	// form of the name each used ("Khalilzad" where the full name never
	// appears); not for a place, whose name may end a person's ("Jordan",
	// "Michael Jordan")
	var same []string
	if d.Entity == nil || d.Entity.Type == "PERSON" || d.Entity.Type == "ORG" {
		names, err := u.st.SpeakerNames(ctx, name)
		if err != nil {
			u.fail(w, r, err)
			return
		}
		same = speaker.Same(name, names)
	}
	qs, err := u.st.Quotes(ctx, store.QuoteQuery{Speaker: name, Speakers: same, Limit: 500})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	for _, q := range qs.Items {
		d.Quotes = addQuote(d.Quotes, q)
		if !strings.EqualFold(q.Speaker, d.Name) && !slices.ContainsFunc(d.AlsoAs, func(s string) bool { return strings.EqualFold(s, q.Speaker) }) {
			d.AlsoAs = append(d.AlsoAs, q.Speaker)
		}
	}
	d.MoreQuote = qs.Next != ""
	if d.Entity == nil && len(d.Quotes) == 0 {
		u.fail(w, r, store.ErrNotFound)
		return
	}
	if d.Entity != nil {
		docs, err := u.st.Documents(ctx, store.DocumentQuery{Filter: store.Filter{Entity: name}, Limit: 50})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Documents = docs.Items
		vol, err := u.st.Volume(ctx, store.DocumentQuery{Filter: store.Filter{Entity: name}})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Volume = newTimeChart(vol.Days)
		d.Outlets = newRowChart(vol.Sites, 8, func(site string) string {
			return "/search?entity=" + url.QueryEscape(name) + "&site=" + url.QueryEscape(site)
		})
	}
	u.render(w, r, http.StatusOK, "entity", page{Title: d.Name, Data: d})
}
