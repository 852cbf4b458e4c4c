// Package analysis plugs the pure analysis packages into the indexer: it
// adapts quote.Finder (with the entities it recognises) to indexer.Analyzer
// and story.Clusterer to indexer.Grouper, converting their results to store
// records. The analysis packages themselves stay free of the store; this
// package is where the two meet.
package analysis

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/quote"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/story"
)

// Options says how the story grouper reads a document's date and outlet.
// The zero value leaves every document undated and without an outlet unless
// it has a site name.
type Options struct {
	// Date reads a Document's date field; the zero time means the date is
	// unknown or implausible. Nil treats every document as undated.
	Date func(date string) time.Time
	// Host names the outlet of a document without a site name, from its
	// URL. Nil leaves such a document without an outlet.
	Host func(url string) string
}

// Stages returns the analysis stages an ingester runs on every document:
// quotes and entities (in parallel) and stories with duplicates (in arrival
// order). Each call returns a fresh grouper with no stories.
func Stages(opts Options) (indexer.Options, error) {
	rec, err := entity.New()
	if err != nil {
		return indexer.Options{}, fmt.Errorf("load entity lexicon: %w", err)
	}
	return indexer.Options{
		Analyzer: quoteAnalyzer{quote.New(rec)},
		Grouper:  newStoryGrouper(opts),
		// Stories close after 30 silent days (story.Options.CloseAfter);
		// twice that much history rebuilds every story still open.
		RestoreWindow: 60 * 24 * time.Hour,
	}, nil
}

// quoteAnalyzer adapts quote.Finder, which also recognises the entities it
// resolves speakers with, to indexer.Analyzer.
type quoteAnalyzer struct{ f *quote.Finder }

func (a quoteAnalyzer) Analyze(d document.Document) indexer.Analysis {
	res := a.f.Find(d.Text)
	var out indexer.Analysis
	for _, q := range res.Quotes {
		out.Quotes = append(out.Quotes, store.Quote{Type: string(q.Type), Content: q.Content.Span, Cue: q.Cue,
			SpeakerMention: q.SpeakerMention, Speaker: q.Speaker})
	}
	if res.Entities == nil || res.Text == nil {
		return out
	}
	for _, en := range res.Entities.Entities {
		e := store.Entity{Name: en.Name, Type: string(en.Type)}
		for _, m := range en.Mentions {
			e.Mentions = append(e.Mentions, document.Span{Start: res.Text.Runes(m.Start), End: res.Text.Runes(m.End), Text: d.Text[m.Start:m.End]})
		}
		out.Entities = append(out.Entities, e)
	}
	return out
}

// storyGrouper adapts story.Clusterer to indexer.Grouper. Unlike the stories
// command, which sorts a finished batch by date, an ingester sees documents
// in arrival order.
//
// Story ids are the store's: a restarted ingester replays the stored
// documents, and the clusterer's ids for the stories it rebuilds need not be
// the ones stored (a document stored in two versions is replayed once, so
// the clusterer's numbering can shift). The grouper therefore maps each
// clusterer id to the stored id of the first replayed document it holds,
// and gives a story opened after the restart an id no stored story has.
type storyGrouper struct {
	c    *story.Clusterer
	opts Options
	// alias maps clusterer ids to store ids.
	alias map[string]string
	// used holds every store id handed out or seen.
	used map[string]bool
	// next is the highest number in a used "s-N" id.
	next int
	// touched holds the clusterer ids of stories changed since the last
	// flush; only their labels and events are written.
	touched map[string]bool
}

func newStoryGrouper(opts Options) *storyGrouper {
	return &storyGrouper{c: story.New(story.Options{}), opts: opts, alias: map[string]string{}, used: map[string]bool{},
		touched: map[string]bool{}}
}

func (g *storyGrouper) input(d document.Document) story.Input {
	outlet := d.Sitename
	if outlet == "" && g.opts.Host != nil {
		outlet = g.opts.Host(d.URL)
	}
	in := story.Input{ID: d.ID, Title: d.Title, Text: d.Text, Outlet: outlet}
	if g.opts.Date != nil {
		in.Time = g.opts.Date(d.Date)
	}
	return in
}

// use records a store id as taken.
func (g *storyGrouper) use(id string) {
	g.used[id] = true
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "s-")); err == nil && strings.HasPrefix(id, "s-") && n > g.next {
		g.next = n
	}
}

// storeID returns the store id for a clusterer id, minting one if needed.
func (g *storyGrouper) storeID(cid string) string {
	if id, ok := g.alias[cid]; ok {
		return id
	}
	id := cid
	for g.used[id] {
		g.next++
		id = "s-" + strconv.Itoa(g.next)
	}
	g.alias[cid] = id
	g.use(id)
	return id
}

func (g *storyGrouper) Group(d document.Document) indexer.Grouping {
	a := g.c.Add(g.input(d))
	g.touched[a.Story] = true
	gr := indexer.Grouping{Story: g.storeID(a.Story), DuplicateOf: a.DuplicateOf}
	if a.New {
		gr.Label = d.Title
	}
	return gr
}

func (g *storyGrouper) Restore(d store.Document) {
	a := g.c.Add(g.input(d.Document))
	g.touched[a.Story] = true
	if d.Story == "" {
		return
	}
	if _, ok := g.alias[a.Story]; !ok {
		g.alias[a.Story] = d.Story
	}
	g.use(d.Story)
}

// Events returns the developments of the open stories changed since the
// last flush, by store id.
func (g *storyGrouper) Events() map[string][]store.StoryEvent {
	out := map[string][]store.StoryEvent{}
	// Only the touched stories: building every open story's record on
	// each flush made the flush cost grow with the working set.
	for _, sid := range g.touchedInOrder() {
		id, ok := g.alias[sid]
		if !ok {
			continue
		}
		s, ok := g.c.Story(sid)
		if !ok {
			continue
		}
		evs := make([]store.StoryEvent, 0, len(s.Timeline))
		for _, e := range s.Timeline {
			ev := store.StoryEvent{Text: e.Text, Source: e.Source}
			if !e.Time.IsZero() {
				ev.Time = e.Time.UTC().Format(time.RFC3339)
			}
			evs = append(evs, ev)
		}
		out[id] = evs
	}
	return out
}

// touchedInOrder returns the stories changed since the last flush in the
// order the clusterer opened them. Two of them can share a store id (a
// replay that split a stored story): the later one's label and events
// are kept, every time, as when the flush went through Stories.
func (g *storyGrouper) touchedInOrder() []string {
	ids := slices.Collect(maps.Keys(g.touched))
	g.c.SortOpened(ids)
	return ids
}

// Flushed forgets which stories changed: their state is in the store.
func (g *storyGrouper) Flushed() { clear(g.touched) }

// Reserve marks a stored story id as taken.
func (g *storyGrouper) Reserve(id string) { g.use(id) }

// Labels returns the labels of the open stories changed since the last
// flush, by store id.
func (g *storyGrouper) Labels() map[string]string {
	out := map[string]string{}
	for _, sid := range g.touchedInOrder() {
		id, ok := g.alias[sid]
		if !ok {
			continue
		}
		if l, ok := g.c.Label(sid); ok {
			out[id] = l
		}
	}
	return out
}
