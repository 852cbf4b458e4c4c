package web

import (
	"net/http"
	"net/url"
	"time"

	"github.com/storyline-dev/storyline/internal/store"
)

// storyItem is a story in the list, with what is new about it.
type storyItem struct {
	store.StorySummary
	// Fresh is true for a story first seen in the latest days of the store.
	Fresh bool
	// Active is true for an older story that had news in the latest days.
	Active bool
	// Latest is the newest article of a story of several articles when its
	// headline is not the story's label: a developing story's label is
	// that of its first articles.
	Latest *store.DocumentSummary
}

type homeData struct {
	Stats   store.Stats
	Stories []storyItem
	Next    string
	Latest  string
	Volume  *timeChart
	Outlets *rowChart
}

// latestOf picks a story's latest article from its newest documents
// (newest day first, then in the order stored): of the newest day, an
// original rather than a copy, and the latest time.
func latestOf(docs []store.DocumentSummary) *store.DocumentSummary {
	var best *store.DocumentSummary
	for i := range docs {
		d := &docs[i]
		if store.Day(d.Date) != store.Day(docs[0].Date) {
			break
		}
		switch {
		case best == nil,
			best.DuplicateOf != "" && d.DuplicateOf == "",
			(best.DuplicateOf == "") == (d.DuplicateOf == "") && d.Date > best.Date:
			best = d
		}
	}
	return best
}

// newWindow is how far back from the latest publication day a story counts
// as new or updated (the badges' tooltips in home.html say "two days").
const newWindow = 2 * 24 * time.Hour

func (u *UI) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	stats, err := u.st.Stats(ctx)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	p, err := u.st.Stories(ctx, store.StoryQuery{Limit: 30, Cursor: r.URL.Query().Get("cursor")})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	vol, err := u.st.Volume(ctx, store.DocumentQuery{})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d := homeData{Stats: stats, Next: p.Next}
	if len(vol.Days) > 0 {
		d.Latest = vol.Days[len(vol.Days)-1].Key
	}
	latest, _ := time.Parse("2006-01-02", d.Latest)
	cut := latest.Add(-newWindow).Format("2006-01-02")
	for _, s := range p.Items {
		it := storyItem{StorySummary: s}
		if d.Latest != "" {
			it.Fresh = s.FirstSeen >= cut
			it.Active = !it.Fresh && s.LastSeen >= cut
		}
		if s.Documents > 1 {
			// One indexed query per story listed (30 at most).
			newest, err := u.st.Documents(ctx, store.DocumentQuery{Filter: store.Filter{Story: s.ID}, Limit: 10})
			if err != nil {
				u.fail(w, r, err)
				return
			}
			if l := latestOf(newest.Items); l != nil && l.Title != s.Label {
				it.Latest = l
			}
		}
		d.Stories = append(d.Stories, it)
	}
	d.Volume = newTimeChart(vol.Days)
	d.Outlets = newRowChart(vol.Sites, 12, func(site string) string { return "/search?site=" + url.QueryEscape(site) })
	u.render(w, r, http.StatusOK, "home", page{Title: "Stories", Data: d})
}
