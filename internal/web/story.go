package web

import (
	"net/http"
	"net/url"

	"github.com/storyline-dev/storyline/internal/speaker"
	"github.com/storyline-dev/storyline/internal/store"
)

// docGroup is an original document with the copies of it collapsed under it.
type docGroup struct {
	store.DocumentSummary
	Copies []store.DocumentSummary
}

// dayGroup is one day of a story: its timeline entry and its documents.
type dayGroup struct {
	Date   string
	Entry  *store.TimelineEntry
	Groups []docGroup
	// More counts the day's articles not listed (see maxPerDay).
	More int
}

// maxPerDay bounds the articles listed under one day of a story page; the
// rest are a search away, so that a story of thousands of documents still
// renders quickly.
const maxPerDay = 12

// speakerQuotes is what one speaker said in a story, oldest first.
type speakerQuotes struct {
	Speaker string
	Quotes  []sourcedQuote
}

// sourcedQuote is a quote with every document that carries the same words
// (wire copies repeat them), the earliest first.
type sourcedQuote struct {
	store.QuoteHit
	Also []store.QuoteHit
}

type storyData struct {
	Story    store.Story
	Events   []eventItem
	Days     []dayGroup
	Speakers []speakerQuotes
	Volume   *timeChart
	Outlets  *rowChart
	Copies   int
}

func (u *UI) story(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	st, err := u.st.Story(ctx, r.PathValue("id"))
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d := storyData{Story: st}
	d.Days, d.Copies = groupDays(st)
	days := make([]store.Count, 0, len(st.Timeline))
	for _, e := range st.Timeline {
		days = append(days, store.Count{Key: e.Date, Count: e.Documents})
	}
	d.Volume = newTimeChart(days)
	d.Outlets = newRowChart(st.Outlets, 12, func(site string) string {
		return "/search?story=" + url.QueryEscape(st.ID) + "&site=" + url.QueryEscape(site)
	})
	qs, err := u.st.Quotes(ctx, store.QuoteQuery{Story: st.ID, Limit: 500})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d.Speakers = bySpeaker(qs.Items)
	if es, ok := u.st.(store.EventStore); ok {
		evs, err := es.StoryEvents(ctx, st.ID)
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Events = eventItems(evs, st.Docs)
	}
	u.render(w, r, http.StatusOK, "story", page{Title: st.Label, Data: d})
}

// groupDays puts a story's documents under their days, each copy under the
// original it duplicates when that original is in the story (wherever the
// two fall in date order).
func groupDays(st store.Story) ([]dayGroup, int) {
	entries := map[string]*store.TimelineEntry{}
	for i := range st.Timeline {
		entries[st.Timeline[i].Date] = &st.Timeline[i]
	}
	inStory := map[string]bool{}
	for _, d := range st.Docs {
		inStory[d.ID] = true
	}
	// root follows duplicate links to the original within the story.
	parent := map[string]string{}
	for _, d := range st.Docs {
		if d.DuplicateOf != "" && inStory[d.DuplicateOf] && d.DuplicateOf != d.ID {
			parent[d.ID] = d.DuplicateOf
		}
	}
	root := func(id string) string {
		for range len(st.Docs) {
			p, ok := parent[id]
			if !ok {
				break
			}
			id = p
		}
		return id
	}
	copiesOf := map[string][]store.DocumentSummary{}
	copies := 0
	for _, d := range st.Docs {
		if r := root(d.ID); r != d.ID {
			copiesOf[r] = append(copiesOf[r], d)
			copies++
		}
	}
	var days []dayGroup
	for _, doc := range st.Docs {
		if root(doc.ID) != doc.ID {
			continue
		}
		day := dayOf(doc.Date)
		if len(days) == 0 || days[len(days)-1].Date != day {
			days = append(days, dayGroup{Date: day, Entry: entries[day]})
		}
		dg := &days[len(days)-1]
		if len(dg.Groups) >= maxPerDay {
			dg.More += 1 + len(copiesOf[doc.ID])
			continue
		}
		dg.Groups = append(dg.Groups, docGroup{DocumentSummary: doc, Copies: copiesOf[doc.ID]})
	}
	return days, copies
}

// bySpeaker groups quotes by speaker, the most quoted first; quotes without
// a speaker come last.
func bySpeaker(quotes []store.QuoteHit) []speakerQuotes {
	// Speakers are canonical per document; across the story a bare
	// surname joins the one full name that ends in it.
	names := make([]string, len(quotes))
	for i, q := range quotes {
		names[i] = q.Speaker
	}
	canon := speaker.Canonical(names)
	var out []speakerQuotes
	index := map[string]int{}
	for _, q := range quotes {
		if c, ok := canon[q.Speaker]; ok {
			q.Speaker = c
		}
		i, ok := index[q.Speaker]
		if !ok {
			i = len(out)
			index[q.Speaker] = i
			out = append(out, speakerQuotes{Speaker: q.Speaker})
		}
		out[i].Quotes = addQuote(out[i].Quotes, q)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && less(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func less(a, b speakerQuotes) bool {
	if (a.Speaker == "") != (b.Speaker == "") {
		return b.Speaker == ""
	}
	return len(a.Quotes) > len(b.Quotes)
}

// addQuote appends q to quotes, or to the Also list of an earlier quote with
// the same words (a wire copy repeats them).
func addQuote(quotes []sourcedQuote, q store.QuoteHit) []sourcedQuote {
	for j := range quotes {
		if quotes[j].Content.Text == q.Content.Text && quotes[j].Speaker == q.Speaker {
			quotes[j].Also = append(quotes[j].Also, q)
			return quotes
		}
	}
	return append(quotes, sourcedQuote{QuoteHit: q})
}

// eventItem is a development with the outlet of its source.
type eventItem struct {
	store.StoryEvent
	Day, Site string
}

// maxEvents bounds the developments shown on a story page.
const maxEvents = 40

func eventItems(evs []store.StoryEvent, docs []store.DocumentSummary) []eventItem {
	site := map[string]string{}
	for _, d := range docs {
		site[d.ID] = d.Site
	}
	var out []eventItem
	for _, e := range evs {
		if len(out) == maxEvents {
			break
		}
		out = append(out, eventItem{StoryEvent: e, Day: dayOf(e.Time), Site: site[e.Source]})
	}
	return out
}
