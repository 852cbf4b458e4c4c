package cli

import (
	"fmt"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/quote"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/story"
)

// analysisStages returns the analysis stages the ingester runs on every
// document: quotes and entities (in parallel) and stories with duplicates
// (in arrival order). now bounds plausible publication dates.
func analysisStages(now time.Time) (indexer.Options, error) {
	rec, err := entity.New()
	if err != nil {
		return indexer.Options{}, fmt.Errorf("load entity lexicon: %w", err)
	}
	return indexer.Options{
		Analyzer: quoteAnalyzer{quote.New(rec)},
		Grouper:  &storyGrouper{c: story.New(story.Options{}), now: now},
	}, nil
}

// quoteAnalyzer adapts quote.Finder, which also recognises the entities it
// resolves speakers with, to indexer.Analyzer.
type quoteAnalyzer struct{ f *quote.Finder }

func (a quoteAnalyzer) Analyze(d document.Document) indexer.Analysis {
	res := a.f.Find(d.Text)
	var out indexer.Analysis
	for _, q := range res.Quotes {
		out.Quotes = append(out.Quotes, store.Quote{Type: string(q.Type), Content: q.Content, Cue: q.Cue,
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
type storyGrouper struct {
	c   *story.Clusterer
	now time.Time
}

func (g *storyGrouper) input(d document.Document) story.Input {
	outlet := d.Sitename
	if outlet == "" {
		outlet = hostOf(d.URL)
	}
	return story.Input{ID: d.ID, Title: d.Title, Text: d.Text, Outlet: outlet, Time: parseDocDate(d.Date, g.now)}
}

func (g *storyGrouper) Group(d document.Document) indexer.Grouping {
	a := g.c.Add(g.input(d))
	gr := indexer.Grouping{Story: a.Story, DuplicateOf: a.DuplicateOf}
	if a.New {
		gr.Label = d.Title
	}
	return gr
}

func (g *storyGrouper) Restore(d store.Document) {
	g.c.Add(g.input(d.Document))
}

// Labels returns the labels of the open stories.
func (g *storyGrouper) Labels() map[string]string {
	out := map[string]string{}
	for _, s := range g.c.Stories() {
		out[s.ID] = s.Label
	}
	return out
}
