package demo_test

import (
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storyline-dev/storyline/internal/demo"
	"github.com/storyline-dev/storyline/internal/extract"
	"github.com/storyline-dev/storyline/internal/story"
)

// demoStories is how a reader of the sample corpus groups it: three
// developing stories that run for weeks, a flood that arrives late and
// shares places and people with the ceasefire story, and two one-off
// pieces (a regatta, a museum reopening) that share a country and a port
// with the others but are news of their own. The corpus was written with
// these distractors on purpose: a clusterer that leans on shared place
// names alone puts them in the wrong story.
var demoStories = map[string][]string{
	"ceasefire": {
		"meridian-estrava-dunmoor-talks-open", "valley-talks-begin-saint-oren",
		"gazette-quill-sets-out-terms", "ledger-dunmoor-delegation-walks-out",
		"meridian-talks-resume-after-walkout", "coast-vell-truce-talks-back-on",
		"ledger-first-convoy-reaches-vell", "gazette-ceasefire-draft-agreed",
		"meridian-ceasefire-signed-saint-oren", "valley-ceasefire-signed",
		"coast-what-the-dunmoor-ceasefire-says",
	},
	"port strike": {
		"gazette-dockers-vote-strike", "ledger-port-strike-begins",
		"meridian-port-avel-strike-trade-impact", "valley-strike-strands-exports",
		"coast-varga-offers-guarantee", "ledger-dock-strike-ends",
	},
	"inflation": {
		"meridian-calvera-bank-raises-rates", "coast-rate-rise-mortgages",
		"gazette-food-prices-inflation", "ledger-halvorsen-warns-parliament",
		"valley-halvorsen-inflation-summer",
	},
	"floods": {
		"coast-kessel-river-bursts-banks", "meridian-kessel-floods-monitors",
		"gazette-flood-defences-questions", "ledger-kessel-waters-recede",
	},
	"regatta": {"gazette-calvera-regatta"},
	"museum":  {"coast-harbour-museum-reopens"},
}

// TestDemoStories clusters the sample corpus as "storyline demo" does and
// compares the grouping with demoStories by pairwise precision and recall:
// the demo is the first thing a new user sees, and a story page that mixes
// a flood into a ceasefire is the first thing they would distrust.
func TestDemoStories(t *testing.T) {
	gold := make(map[string]string) // file stem without its date → story
	for s, stems := range demoStories {
		for _, stem := range stems {
			gold[stem] = s
		}
	}
	type page struct {
		stem string
		in   story.Input
	}
	var pages []page
	err := fs.WalkDir(demo.Corpus(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(demo.Corpus(), p)
		if err != nil {
			return err
		}
		doc, err := extract.HTML(b, extract.Options{})
		if err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
		when, err := time.Parse("2006-01-02", doc.Date[:min(len(doc.Date), 10)])
		if err != nil {
			t.Fatalf("%s: date %q: %v", p, doc.Date, err)
		}
		// Names are YYYY-MM-DD-HHMM-outlet-slug.html.
		stem := strings.TrimSuffix(path.Base(p), ".html")[16:]
		pages = append(pages, page{stem, story.Input{ID: stem, Title: doc.Title, Text: doc.Text, Outlet: doc.Sitename, Time: when}})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != len(gold) {
		t.Fatalf("corpus has %d pages, the gold %d", len(pages), len(gold))
	}
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].in.Time.Before(pages[j].in.Time) })

	c := story.New(story.Options{})
	got := make(map[string]string)
	for _, p := range pages {
		if _, ok := gold[p.stem]; !ok {
			t.Fatalf("page %s is not in the gold", p.stem)
		}
		got[p.stem] = c.Add(p.in).Story
	}
	// Later merges rename stories: resolve each page's final story.
	for stem := range got {
		if sid, ok := c.Current(stem); ok {
			got[stem] = sid
		}
	}

	var tp, fp, fn int
	stems := make([]string, 0, len(got))
	for s := range got {
		stems = append(stems, s)
	}
	sort.Strings(stems)
	for i, a := range stems {
		for _, b := range stems[i+1:] {
			same, want := got[a] == got[b], gold[a] == gold[b]
			switch {
			case same && want:
				tp++
			case same:
				fp++
				t.Logf("wrongly together: %s (%s) and %s (%s)", a, gold[a], b, gold[b])
			case want:
				fn++
			}
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("pairwise P %.3f R %.3f (%d pairs together, %d wrongly, %d missed)", p, r, tp+fp, fp, fn)
	// One wrong page costs a handful of pairs; a whole distractor story
	// merged into another costs dozens. The aim was precision >= 0.9 with
	// recall >= 0.8. At the topic-level threshold the flood joined the
	// ceasefire story and the one-off pieces the port strike (precision
	// 0.601); with the event-level threshold for dated articles only the
	// museum piece still joins the strike, which shares its port
	// (P 0.935, R 1.000; docs/bench/stories.md, twenty-fourth session).
	const minPrecision, minRecall = 0.9, 0.9
	if p < minPrecision || r < minRecall {
		t.Errorf("pairwise precision %.3f (floor %.2f, aim 0.9), recall %.3f (floor %.2f)", p, minPrecision, r, minRecall)
	}
}
