package story

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// synth generates a synthetic news stream: topics that live a few days,
// articles mixing a topic's words and names with common background words,
// wire copies of earlier articles with a new headline and byline, and a
// long tail of one-off articles. It is deterministic for a seed.
type synth struct {
	rng      *rand.Rand
	zipf     *rand.Zipf
	perDay   int
	n        int
	start    time.Time
	topics   []synthTopic
	nextTop  int
	recent   []Input // recent originals, for wire copies
	sentence []string
}

type synthTopic struct {
	id    int
	words []string
	names []string
	until int // article number after which the topic is over
}

// syllables build pronounceable pseudo-words, so the generated text goes
// through the same tokeniser paths as real text.
var syllables = strings.Fields("ka lo mi ne ru sa te vo pi da ge hu zo be fa ri no tu le ma")

func pseudoWord(i int) string {
	var b strings.Builder
	for {
		b.WriteString(syllables[i%len(syllables)])
		i /= len(syllables)
		if i == 0 {
			break
		}
	}
	return b.String()
}

func newSynth(seed uint64, perDay int) *synth {
	rng := rand.New(rand.NewPCG(seed, 1))
	return &synth{
		rng:    rng,
		zipf:   rand.NewZipf(rng, 1.1, 2, 30_000),
		perDay: perDay,
		start:  time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
	}
}

func (g *synth) topic() *synthTopic {
	// Retire finished topics, keep about 40 live ones.
	live := g.topics[:0]
	for _, t := range g.topics {
		if t.until > g.n {
			live = append(live, t)
		}
	}
	g.topics = live
	for len(g.topics) < 40 {
		g.nextTop++
		t := synthTopic{id: g.nextTop, until: g.n + g.perDay/4 + g.rng.IntN(g.perDay*5)}
		for range 40 {
			t.words = append(t.words, pseudoWord(40_000+g.rng.IntN(400_000)))
		}
		for range 4 {
			t.names = append(t.names, titleCase(pseudoWord(500_000+g.rng.IntN(100_000))+" "+pseudoWord(600_000+g.rng.IntN(100_000))))
		}
		g.topics = append(g.topics, t)
	}
	return &g.topics[g.rng.IntN(len(g.topics))]
}

// next returns the next article of the stream.
func (g *synth) next() Input {
	g.n++
	id := "a" + strconv.Itoa(g.n)
	t := g.start.Add(time.Duration(g.n) * 24 * time.Hour / time.Duration(g.perDay))
	r := g.rng.Float64()
	switch {
	case r < 0.15 && len(g.recent) > 0:
		// Wire copy of a recent article.
		src := g.recent[g.rng.IntN(len(g.recent))]
		return Input{ID: id, Time: t, Outlet: "outlet" + strconv.Itoa(g.rng.IntN(50)),
			Title: "UPDATE 1-" + src.Title, Text: "By Staff\n" + src.Text + "\n(c) Wire service"}
	case r < 0.45:
		// One-off article on a topic of its own.
		words := make([]string, 40)
		for i := range words {
			words[i] = pseudoWord(700_000 + g.rng.IntN(1_000_000))
		}
		in := g.article(id, t, &synthTopic{words: words, names: []string{titleCase(words[0] + " " + words[1])}})
		return in
	default:
		in := g.article(id, t, g.topic())
		if len(g.recent) < 200 {
			g.recent = append(g.recent, in)
		} else {
			g.recent[g.rng.IntN(len(g.recent))] = in
		}
		return in
	}
}

// article writes ~450 words in 6 paragraphs: a third topic words and names.
func (g *synth) article(id string, t time.Time, tp *synthTopic) Input {
	var b strings.Builder
	var title []string
	for range 8 {
		title = append(title, g.word(tp))
	}
	for p := range 6 {
		if p > 0 {
			b.WriteByte('\n')
		}
		for s := range 4 {
			if s > 0 {
				b.WriteByte(' ')
			}
			g.sentence = g.sentence[:0]
			for range 18 {
				g.sentence = append(g.sentence, g.word(tp))
			}
			if g.rng.IntN(3) == 0 {
				g.sentence = append(g.sentence, "said", tp.names[g.rng.IntN(len(tp.names))])
			}
			g.sentence[0] = titleCase(g.sentence[0])
			b.WriteString(strings.Join(g.sentence, " "))
			b.WriteByte('.')
		}
	}
	return Input{ID: id, Time: t, Outlet: "outlet" + strconv.Itoa(g.rng.IntN(50)),
		Title: titleCase(strings.Join(title, " ")), Text: b.String()}
}

func (g *synth) word(tp *synthTopic) string {
	switch r := g.rng.IntN(12); {
	case r < 3:
		return tp.words[g.rng.IntN(len(tp.words))]
	case r < 4:
		return tp.names[g.rng.IntN(len(tp.names))]
	default:
		return pseudoWord(int(g.zipf.Uint64()))
	}
}
