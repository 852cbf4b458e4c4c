package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// Synthetic generates a large, deterministic store content for benchmarks:
// documents whose words follow a Zipf distribution over a fixed vocabulary,
// spread over a year, grouped into stories of uneven size, each with a
// quote and a few entities.
type Synthetic struct {
	vocab    []string
	speakers []string
	sites    []string
	stories  int
}

// NewSynthetic returns a generator for n documents.
func NewSynthetic(n int) *Synthetic {
	rng := rand.New(rand.NewPCG(1, 2))
	syll := []string{"ka", "lo", "mi", "ren", "ta", "vos", "er", "an", "dul", "pe", "sar", "ti", "nor", "be", "qu", "ix"}
	g := &Synthetic{stories: max(n/20, 1)}
	seen := map[string]bool{}
	for len(g.vocab) < 8000 {
		var b strings.Builder
		for range 2 + rng.IntN(3) {
			b.WriteString(syll[rng.IntN(len(syll))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	for i := range 500 {
		g.speakers = append(g.speakers, fmt.Sprintf("%s %s", strings.ToUpper(g.vocab[i][:1])+g.vocab[i][1:],
			strings.ToUpper(g.vocab[i+500][:1])+g.vocab[i+500][1:]))
	}
	for i := range 60 {
		g.sites = append(g.sites, fmt.Sprintf("%s.example", g.vocab[1000+i]))
	}
	return g
}

// Word returns the vocabulary word of frequency rank r (0 is the most
// common).
func (g *Synthetic) Word(r int) string { return g.vocab[r%len(g.vocab)] }

// StoryID returns the id of story k.
func (g *Synthetic) StoryID(k int) string { return fmt.Sprintf("s-%d", k+1) }

// Record returns document i.
func (g *Synthetic) Record(i int) store.Record {
	rng := rand.New(rand.NewPCG(uint64(i), 7))
	zipf := rand.NewZipf(rng, 1.1, 1, uint64(len(g.vocab)-1))
	// Story sizes are skewed: low story numbers are big.
	story := int(rand.NewZipf(rng, 1.05, 4, uint64(g.stories-1)).Uint64())
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (story*7+rng.IntN(30))%365)
	var paras []string
	for range 3 {
		words := make([]string, 50)
		for j := range words {
			words[j] = g.vocab[zipf.Uint64()]
		}
		paras = append(paras, strings.Join(words, " ")+".")
	}
	speaker := g.speakers[(story*3+rng.IntN(3))%len(g.speakers)]
	quote := fmt.Sprintf("%q %s said.", paras[0][:60], speaker)
	text := quote + "\n" + strings.Join(paras, "\n")
	qlen := len([]rune(fmt.Sprintf("%q", paras[0][:60])))
	site := g.sites[rng.IntN(len(g.sites))]
	id := fmt.Sprintf("doc-%07d", i)
	rec := store.Record{
		Doc: document.Document{ID: id, Source: id + ".html", URL: "https://" + site + "/" + id,
			Title: strings.Join(strings.Fields(paras[1])[:8], " "), Date: day.Format("2006-01-02"),
			DateSource: "meta", Language: "en", Text: text},
		Story: g.StoryID(story),
		Quotes: []store.Quote{{Type: "direct", Content: document.Span{Start: 0, End: qlen, Text: quote[:qlen]},
			Speaker: speaker}},
		Entities: []store.Entity{
			{Name: speaker, Type: "PERSON", Mentions: []document.Span{{Start: qlen + 1, End: qlen + 1 + len(speaker), Text: speaker}}},
			{Name: g.sites[story%len(g.sites)], Type: "ORG"},
		},
		IngestedAt: day.Add(time.Hour).Format(time.RFC3339),
	}
	if i%7 == 0 && i > 0 {
		rec.DuplicateOf = fmt.Sprintf("doc-%07d", i-1)
	}
	return rec
}

// Speaker returns the name of speaker k.
func (g *Synthetic) Speaker(k int) string { return g.speakers[k%len(g.speakers)] }

// Fill stores documents 0 to n-1 through putBatch, a thousand at a time.
func (g *Synthetic) Fill(ctx context.Context, n int, putBatch func(context.Context, []store.Record) error) error {
	batch := make([]store.Record, 0, 1000)
	for i := range n {
		batch = append(batch, g.Record(i))
		if len(batch) == cap(batch) || i == n-1 {
			if err := putBatch(ctx, batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return nil
}
