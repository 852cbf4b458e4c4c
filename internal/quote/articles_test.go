package quote

import (
	"bufio"
	"cmp"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writtenArticle is one record of testdata/articles/gold.jsonl: an article
// written for these tests (fictional people and places, in the layouts of
// a wire story, a council report, a British paper, a feature, a business
// story, an aggregated page, a South Asian agency story, a court report, a
// match report, a press release, a live blog, an analysis, a European wire,
// a police story, a science story, a diplomacy story and a culture story)
// with its quotations as a careful reader marks them. Offsets are code
// points.
type writtenArticle struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Quotes []struct {
		Type    Type `json:"type"`
		Content struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
		} `json:"content"`
		Speaker string `json:"speaker"`
	} `json:"quotes"`
}

// TestWrittenArticles measures the finder on articles it was not written
// against: how many marked quotations it finds (word overlap ≥ 0.5, one
// to one, as score_quotes.py matches) and how many of those it gives to
// the right canonical speaker. Helpers wrote and marked 221 sets of about
// five articles (2026-12-04 to 2026-12-06) in the layouts of wires,
// councils, courts, sport, live blogs, features, agencies from South Asia
// and Africa, aggregated and scraped pages, tabloids and press briefings;
// the rules were fixed on the first, and every later set was scored before
// any change for it and then fixed where the fault was general (the arrival
// scores are in docs/bench/quotes.md). Helpers marked by slightly different
// conventions, which count against the finder here: sets 56-87 split a
// quotation broken by its attribution (`"A," he said. "B."`) into two
// (sets 88 on mark one, as PolNeAR does), and all mark a quotation running
// over paragraphs once per paragraph, which the finder joins; some name an unnamed body's
// description without its article or a group by its noun alone; one marks
// attributions nested inside others, which the finder leaves out.
func TestWrittenArticles(t *testing.T) {
	gold, found, rightSpeaker := scoreWritten(t, filepath.Join("testdata", "articles"))
	recall := float64(found) / float64(max(gold, 1))
	speakers := float64(rightSpeaker) / float64(max(found, 1))
	t.Logf("%d marked quotations, %d found (recall %.3f), %d with the right speaker (%.3f)", gold, found, recall, rightSpeaker, speakers)
	// Floors a little under the measured values (recall 0.934, speakers
	// 0.866 with sets 1-223). Recall fell from 0.918 with sets 76-87, whose
	// misses are mostly the split and per-paragraph quotations above (148 of
	// the 200 misses of sets 76-83 lie inside a quotation the finder
	// returns).
	if recall < 0.9 || speakers < 0.85 {
		t.Errorf("recall %.3f (floor 0.90), speaker accuracy %.3f (floor 0.85)", recall, speakers)
	}
}

// TestBatteries measures the finder on the batteries in testdata/batteries:
// articles written and marked by helpers in PolNeAR's manner (attitudes,
// noun-phrase contents, sourceless attributions, no nested attributions;
// testdata/batteries/README.md), each set scored before any change made
// for it. Their speakers follow the helpers' conventions (a company
// without "Inc.", a document's author), which count against the finder.
func TestBatteries(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "batteries", "*"))
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			gold, found, right := scoreWritten(t, dir)
			recall := float64(found) / float64(max(gold, 1))
			speakers := float64(right) / float64(max(found, 1))
			t.Logf("%d marked, %d found (recall %.3f), %d with the right speaker (%.3f)", gold, found, recall, right, speakers)
			// floors under every set's measured values (recall 0.88-0.96,
			// speakers 0.65-0.76 on 2026-12-07; the helpers leave unnamed
			// sources without a speaker, where the finder names them by
			// their description)
			if recall < 0.85 || speakers < 0.6 {
				t.Errorf("recall %.3f (floor 0.85), speaker accuracy %.3f (floor 0.60)", recall, speakers)
			}
		})
	}
}

// scoreWritten runs the finder over dir's gold.jsonl and its articles and
// returns how many quotations are marked, how many it finds (word overlap
// ≥ 0.5, one to one, as score_quotes.py matches) and how many of those it
// gives to the marked canonical speaker.
func scoreWritten(t *testing.T, dir string) (gold, found, rightSpeaker int) {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fd := newFinder(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a writtenArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s/gold.jsonl: %v", dir, err)
		}
		b, err := os.ReadFile(filepath.Join(dir, a.ID+".txt"))
		if err != nil || string(b) != a.Text {
			t.Fatalf("%s.txt is missing or differs from its gold text (%v)", a.ID, err)
		}
		got := fd.Find(a.Text).Quotes
		checkSpans(t, a.Text, got)
		words := wordSpans(a.Text)
		type pair struct {
			j    float64
			g, p int
		}
		var pairs []pair
		for gi, g := range a.Quotes {
			gw := words.in(g.Content.Start, g.Content.End)
			for pi, q := range got {
				pw := map[int]bool{}
				for _, fr := range q.fragments() {
					for k := range words.in(fr[0], fr[1]) {
						pw[k] = true
					}
				}
				if j := jaccard(gw, pw); j > 0 {
					pairs = append(pairs, pair{j, gi, pi})
				}
			}
		}
		slices.SortStableFunc(pairs, func(x, y pair) int { return cmp.Compare(y.j, x.j) })
		gUsed, pUsed := map[int]bool{}, map[int]bool{}
		for _, p := range pairs {
			if gUsed[p.g] || pUsed[p.p] || p.j < 0.5 {
				continue
			}
			gUsed[p.g], pUsed[p.p] = true, true
			found++
			g, q := a.Quotes[p.g], got[p.p]
			if strings.EqualFold(g.Speaker, q.Speaker) {
				rightSpeaker++
			} else {
				t.Logf("%s: %q by %q; marked %q", a.ID, g.Content.Text, q.Speaker, g.Speaker)
			}
		}
		for gi, g := range a.Quotes {
			if !gUsed[gi] {
				t.Logf("%s: not found: %q (%s)", a.ID, g.Content.Text, g.Speaker)
			}
		}
		gold += len(a.Quotes)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return gold, found, rightSpeaker
}

// fragments returns the parts of q's content: its fragments, or the whole
// span.
func (q Quote) fragments() [][2]int {
	if len(q.Content.Fragments) > 0 {
		return q.Content.Fragments
	}
	return [][2]int{{q.Content.Start, q.Content.End}}
}
