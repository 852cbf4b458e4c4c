package neardup

import (
	"slices"
	"time"

	"github.com/storyline-dev/storyline/internal/hashtable"
)

// Kind says how an article relates to the earlier ones.
type Kind string

// The kinds of match, from the strongest to none.
const (
	// KindNone means no earlier article shares enough text.
	KindNone Kind = ""
	// KindExact means the same words in the same order as an earlier article.
	KindExact Kind = "exact"
	// KindNear means a copy with small changes: a new headline, byline,
	// dateline or footer, a few edited words or sentences, or a truncation.
	KindNear Kind = "near"
	// KindPartial means some paragraphs were taken from earlier articles
	// while the whole is a different article.
	KindPartial Kind = "partial"
)

// Options tunes an Index. The zero value of every field means its default.
//
// The defaults were chosen on the neardup-dev set (shared/eval/stories):
// ShingleWords 5 and Window 10 (8 gave the same results with 25% more
// fingerprints); the two containment thresholds sit in the wide gap between generated copies (new
// article covered >= 0.8, earlier >= 0.6 for 70% truncations) and different
// articles on the same story (covered < 0.25); see docs/bench/stories.md.
type Options struct {
	// ShingleWords is the number of words per shingle (default 5).
	ShingleWords int
	// Window is the winnowing window in shingles (default 10), applied to
	// each paragraph on its own: any shared run of Window+ShingleWords-1
	// words within a paragraph is guaranteed to be found.
	Window int
	// MinContainment is the least share of the new article's fingerprints
	// found in the earlier one for a near-duplicate (default 0.7).
	MinContainment float64
	// MinReverse is the least share of the earlier article's fingerprints
	// found in the new one for a near-duplicate (default 0.4), so that a
	// short excerpt of a long article is partial reuse, not a copy.
	MinReverse float64
	// MinParagraphShare is the least share of a paragraph's fingerprints
	// found in one earlier article for the paragraph to count as reused
	// (default 0.5); at least two fingerprints must match.
	MinParagraphShare float64
	// Keep is how long an article stays in the index after the newest
	// article's time (default 14 days). Undated articles take the time of
	// the newest dated one.
	Keep time.Duration
	// MaxDocs bounds the number of indexed articles (default 20,000, about
	// 120 MB for articles of 3 kB); the
	// oldest leave first.
	MaxDocs int
	// MaxPostings is how many of the earliest articles are remembered per
	// fingerprint (default 2).
	MaxPostings int
}

func (o Options) withDefaults() Options {
	if o.ShingleWords <= 0 {
		o.ShingleWords = 5
	}
	if o.Window <= 0 {
		o.Window = 10
	}
	if o.MinContainment <= 0 {
		o.MinContainment = 0.7
	}
	if o.MinReverse <= 0 {
		o.MinReverse = 0.4
	}
	if o.MinParagraphShare <= 0 {
		o.MinParagraphShare = 0.5
	}
	if o.Keep <= 0 {
		o.Keep = 14 * 24 * time.Hour
	}
	if o.MaxDocs <= 0 {
		o.MaxDocs = 20_000
	}
	if o.MaxPostings <= 0 {
		o.MaxPostings = 2
	}
	if o.MaxPostings > maxPostings {
		o.MaxPostings = maxPostings
	}
	return o
}

// maxPostings is the capacity of a posting list.
const maxPostings = 2

// Reuse says that a paragraph of the new article comes from an earlier one.
type Reuse struct {
	// Paragraph is the index of the paragraph in the new article.
	Paragraph int `json:"paragraph"`
	// Source is the ID of the earliest article the paragraph was found in.
	Source string `json:"source"`
	// SourceParagraph is the paragraph's index in Source.
	SourceParagraph int `json:"source_paragraph"`
	// Share is the share of the paragraph's fingerprints found in Source.
	Share float64 `json:"share"`
}

// Match is what the index found for a new article.
type Match struct {
	// Kind is the relation to earlier articles.
	Kind Kind `json:"kind,omitempty"`
	// Of is the ID of the original (earliest) article for KindExact and KindNear.
	Of string `json:"of,omitempty"`
	// Containment is the share of the new article's fingerprints found in Of.
	Containment float64 `json:"containment,omitempty"`
	// Reverse is the share of Of's fingerprints found in the new article.
	Reverse float64 `json:"reverse,omitempty"`
	// Reused lists paragraphs taken from earlier articles (KindPartial).
	Reused []Reuse `json:"reused,omitempty"`
}

// fp is one winnowed fingerprint of an indexed article.
type fp struct {
	hash uint64
	para int32
}

// entry is one indexed article.
type entry struct {
	id    string
	seq   uint64
	t     time.Time
	exact uint64
	fps   []fp // sorted by hash, unique
}

// Index remembers the fingerprints of recent articles. It is not safe for
// concurrent use.
type Index struct {
	opts     Options
	postings *hashtable.Table[[maxPostings]uint64] // fingerprint -> earliest seqs, 0 = empty
	exact    map[uint64]uint64                     // exact hash -> seq
	docs     []*entry                              // in insertion order; docs[i].seq == base+i
	head     int                                   // docs[:head] have left the index
	swept    int                                   // articles that left since the last sweep
	base     uint64
	nextSeq  uint64
	now      time.Time

	// scratch space reused between calls
	toks   []token
	sh     []shingle
	win    []shingle
	hits   map[uint64]int
	phits  map[paraSeq]int
	pcount []int
}

type paraSeq struct {
	para int
	seq  uint64
}

// New returns an empty Index.
func New(opts Options) *Index {
	return &Index{
		opts:     opts.withDefaults(),
		postings: hashtable.New[[maxPostings]uint64](),
		exact:    make(map[uint64]uint64),
		base:     1,
		nextSeq:  1,
		hits:     make(map[uint64]int),
		phits:    make(map[paraSeq]int),
	}
}

// Len returns the number of articles in the index.
func (x *Index) Len() int { return len(x.docs) - x.head }

// Fingerprints returns the number of distinct fingerprints in the index,
// counting those of articles that left it since the last sweep.
func (x *Index) Fingerprints() int { return x.postings.Len() }

func (x *Index) lookup(seq uint64) *entry {
	if seq < x.base+uint64(x.head) || seq >= x.base+uint64(len(x.docs)) {
		return nil
	}
	return x.docs[seq-x.base]
}

// Add compares an article with the indexed ones and then indexes it, unless
// it is an exact or near copy (the original stands for it). t is the
// article's publication time, zero when unknown. IDs should be unique.
func (x *Index) Add(id string, t time.Time, text string) Match {
	if !t.IsZero() && t.After(x.now) {
		x.now = t
	}
	if t.IsZero() {
		t = x.now
	}
	defer x.expire()

	x.toks, _ = tokenize(x.toks[:0], text)
	if len(x.toks) == 0 {
		return Match{}
	}
	ex := exactHash(x.toks)
	if seq, ok := x.exact[ex]; ok {
		if e := x.lookup(seq); e != nil {
			return Match{Kind: KindExact, Of: e.id, Containment: 1, Reverse: 1}
		}
	}
	x.sh = shingles(x.sh[:0], x.toks, x.opts.ShingleWords)
	// Winnow each paragraph on its own, so that a paragraph's fingerprints
	// do not depend on the paragraphs around it.
	x.win = x.win[:0]
	for i := 0; i < len(x.sh); {
		j := i + 1
		for j < len(x.sh) && x.sh[j].para == x.sh[i].para {
			j++
		}
		x.win = winnow(x.win, x.sh[i:j], x.opts.Window)
		i = j
	}
	fps := make([]fp, len(x.win))
	for i, s := range x.win {
		fps[i] = fp{hash: s.hash, para: int32(s.para)}
	}
	// By hash, then paragraph: a fingerprint found in several paragraphs
	// keeps its first one.
	slices.SortFunc(fps, func(a, b fp) int {
		switch {
		case a.hash < b.hash:
			return -1
		case a.hash > b.hash:
			return 1
		}
		return int(a.para - b.para)
	})
	fps = slices.CompactFunc(fps, func(a, b fp) bool { return a.hash == b.hash })

	m := x.compare(fps)
	if m.Kind == KindNear {
		return m
	}
	x.insert(&entry{id: id, t: t, exact: ex, fps: fps})
	return m
}

// compare finds the earlier articles that share fingerprints with fps.
func (x *Index) compare(fps []fp) Match {
	clear(x.hits)
	clear(x.phits)
	maxPara := 0
	for _, f := range fps {
		if int(f.para) > maxPara {
			maxPara = int(f.para)
		}
		p, ok := x.postings.Get(f.hash)
		if !ok {
			continue
		}
		for _, seq := range p {
			if seq == 0 {
				break
			}
			if seq < x.firstSeq() {
				continue // left the index; the sweep will drop it
			}
			x.hits[seq]++
			x.phits[paraSeq{int(f.para), seq}]++
		}
	}
	if len(x.hits) == 0 {
		return Match{}
	}
	// Candidates by number of shared fingerprints, earliest first on ties.
	type cand struct {
		seq  uint64
		hits int
	}
	cands := make([]cand, 0, len(x.hits))
	for seq, h := range x.hits {
		if h >= 2 {
			cands = append(cands, cand{seq, h})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.hits != b.hits {
			return b.hits - a.hits
		}
		if a.seq < b.seq {
			return -1
		}
		return 1
	})
	const verify = 8
	var best Match
	var bestSeq uint64
	for i, c := range cands {
		if i == verify {
			break
		}
		e := x.lookup(c.seq)
		if e == nil {
			continue
		}
		inter := intersect(fps, e.fps)
		cNew := float64(inter) / float64(len(fps))
		cOld := float64(inter) / float64(len(e.fps))
		// Two shared fingerprints at least: texts too short for that
		// (a headline) are copies only when exact.
		if inter >= 2 && cNew >= x.opts.MinContainment && cOld >= x.opts.MinReverse {
			// The earliest qualifying article is the original.
			if bestSeq == 0 || c.seq < bestSeq {
				best = Match{Kind: KindNear, Of: e.id, Containment: cNew, Reverse: cOld}
				bestSeq = c.seq
			}
		}
	}
	if best.Kind == KindNear {
		return best
	}
	return x.partial(fps, maxPara)
}

// partial attributes paragraphs of the new article to earlier articles.
func (x *Index) partial(fps []fp, maxPara int) Match {
	if cap(x.pcount) < maxPara+1 {
		x.pcount = make([]int, maxPara+1)
	}
	x.pcount = x.pcount[:maxPara+1]
	clear(x.pcount)
	for _, f := range fps {
		x.pcount[f.para]++
	}
	type src struct {
		seq  uint64
		hits int
	}
	best := make(map[int]src)
	for ps, h := range x.phits {
		b, ok := best[ps.para]
		if !ok || h > b.hits || (h == b.hits && ps.seq < b.seq) {
			best[ps.para] = src{ps.seq, h}
		}
	}
	var m Match
	for para, b := range best {
		share := float64(b.hits) / float64(x.pcount[para])
		if b.hits < 2 || share < x.opts.MinParagraphShare {
			continue
		}
		e := x.lookup(b.seq)
		if e == nil {
			continue
		}
		m.Reused = append(m.Reused, Reuse{
			Paragraph:       para,
			Source:          e.id,
			SourceParagraph: sourcePara(fps, para, e.fps),
			Share:           share,
		})
	}
	if len(m.Reused) == 0 {
		return Match{}
	}
	slices.SortFunc(m.Reused, func(a, b Reuse) int { return a.Paragraph - b.Paragraph })
	m.Kind = KindPartial
	return m
}

// sourcePara returns the paragraph of src that holds most of the
// fingerprints of paragraph para of fps.
func sourcePara(fps []fp, para int, src []fp) int {
	votes := make(map[int32]int)
	for _, f := range fps {
		if int(f.para) != para {
			continue
		}
		i, ok := slices.BinarySearchFunc(src, f.hash, func(e fp, h uint64) int {
			switch {
			case e.hash < h:
				return -1
			case e.hash > h:
				return 1
			}
			return 0
		})
		if ok {
			votes[src[i].para]++
		}
	}
	best, bestN := int32(0), -1
	for p, n := range votes {
		if n > bestN || (n == bestN && p < best) {
			best, bestN = p, n
		}
	}
	return int(best)
}

// intersect counts the hashes two sorted, unique fingerprint lists share.
func intersect(a, b []fp) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].hash < b[j].hash:
			i++
		case a[i].hash > b[j].hash:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func (x *Index) insert(e *entry) {
	e.seq = x.nextSeq
	x.nextSeq++
	x.docs = append(x.docs, e)
	if _, ok := x.exact[e.exact]; !ok {
		x.exact[e.exact] = e.seq
	}
	first := x.firstSeq()
	for _, f := range e.fps {
		p, _ := x.postings.Get(f.hash)
		if p[x.opts.MaxPostings-1] != 0 && p[0] < first {
			p = live(p, first)
		}
		for i := 0; i < x.opts.MaxPostings; i++ {
			if p[i] == 0 {
				p[i] = e.seq
				x.postings.Put(f.hash, p)
				break
			}
		}
	}
}

// firstSeq is the sequence number of the oldest article still indexed.
func (x *Index) firstSeq() uint64 { return x.base + uint64(x.head) }

// live returns p without the sequence numbers below first, in order.
func live(p [maxPostings]uint64, first uint64) [maxPostings]uint64 {
	var q [maxPostings]uint64
	k := 0
	for _, s := range p {
		if s >= first {
			q[k] = s
			k++
		}
	}
	return q
}

// expire drops the articles that fell out of the time window or beyond
// MaxDocs. Their posting entries are not looked up one by one (a random
// access into a map of millions of fingerprints each, a third of the
// index's time): lookups skip them by sequence number, insert reuses
// their slots, and once a quarter of MaxDocs has left, one sequential
// sweep over the postings deletes them. The postings so hold at most
// 1.25 x MaxDocs articles' fingerprints.
func (x *Index) expire() {
	limit := x.now.Add(-x.opts.Keep)
	for x.head < len(x.docs) {
		e := x.docs[x.head]
		if x.Len() <= x.opts.MaxDocs && (e.t.IsZero() || !e.t.Before(limit)) {
			break
		}
		if x.exact[e.exact] == e.seq {
			delete(x.exact, e.exact)
		}
		x.docs[x.head] = nil
		x.head++
		x.swept++
	}
	if x.swept > 0 && (x.swept >= max(x.opts.MaxDocs/4, 1) || x.Len() == 0) {
		x.sweep()
	}
	// Compact the queue once half of it is dead.
	if x.head > 1024 && x.head*2 > len(x.docs) {
		n := copy(x.docs, x.docs[x.head:])
		clear(x.docs[n:])
		x.docs = x.docs[:n]
		x.base += uint64(x.head)
		x.head = 0
	}
}

// sweep deletes the posting entries of the articles that left the index.
func (x *Index) sweep() {
	first := x.firstSeq()
	x.postings.Keep(func(_ uint64, p [maxPostings]uint64) ([maxPostings]uint64, bool) {
		if p[0] >= first {
			return p, true // lists are in insertion order: the oldest is first
		}
		p = live(p, first)
		return p, p[0] != 0
	})
	x.swept = 0
}
