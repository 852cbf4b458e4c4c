package neardup

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var update = flag.Bool("update", false, "rewrite golden files")

const original = `Floods force thousands from homes in river valley
Heavy rain over the weekend pushed the Marne river over its banks, forcing more than 3,000 residents of the valley to leave their homes on Sunday.
Emergency services said four people had been rescued from the roofs of cars and that no deaths had been reported so far.
The regional prefect said the water level was expected to peak on Monday evening and urged residents not to return before Wednesday.
Schools in eleven towns will stay closed on Monday, and the main railway line to the coast has been cut at two places.
Farmers warned that the flooding came only weeks before the harvest and could destroy much of the season's wheat.
Forecasters said more rain was expected on Tuesday, although in smaller amounts than over the weekend.`

// sameStory is a different article on the same story: it shares names and
// a phrase or two, not text.
const sameStory = `River Marne peaks as evacuees wait to go home
The Marne reached its highest level in thirty years on Monday evening, the regional prefect said, as more than 3,000 evacuated residents waited in sports halls and hotels.
Rescue teams in boats checked streets in the lower town house by house, and the army sent two helicopters to carry supplies to isolated farms.
Insurers said early estimates put the damage at several hundred million euros.
The prefect urged residents not to return before Wednesday, when engineers will have inspected the bridges.`

func TestAdd(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC) }
	paras := strings.Split(original, "\n")
	tests := []struct {
		name string
		text string
		want Match
	}{
		{"exact copy, other spacing and case", strings.ToUpper(strings.ReplaceAll(original, "\n", "\n\n")),
			Match{Kind: KindExact, Of: "orig", Containment: 1, Reverse: 1}},
		{"wire copy with new headline, byline, dateline and footer",
			"UPDATE 1-Thousands flee as Marne bursts its banks\nBy Staff Reporter\nPARIS (Reuters) - " +
				strings.Join(paras[1:], "\n") + "\n(Reporting by A. Writer; Editing by B. Editor)\nCopyright 2024 Reuters.",
			Match{Kind: KindNear, Of: "orig"}},
		{"truncated copy", strings.Join(paras[:4], "\n") + "\nRead more...", Match{Kind: KindNear, Of: "orig"}},
		{"edited copy", strings.NewReplacer("said", "stated", "Heavy", "Torrential", "Schools in eleven towns will stay closed on Monday, and ", "").Replace(original) +
			"\nThis article has been updated.", Match{Kind: KindNear, Of: "orig"}},
		{"different article on the same story", sameStory, Match{}},
		{"empty", "", Match{}},
		{"one word", "Flood", Match{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := New(Options{})
			x.Add("orig", day(1), original)
			got := x.Add("new", day(2), tc.text)
			// Similarities are checked by kind only; their values are
			// reported for explanation.
			if got.Kind == KindNear && (got.Containment < 0.7 || got.Reverse < 0.4) {
				t.Errorf("Add(%s) near-duplicate with containment %.2f/%.2f below thresholds", tc.name, got.Containment, got.Reverse)
			}
			opts := cmpopts.IgnoreFields(Match{}, "Containment", "Reverse")
			if tc.want.Kind == KindExact {
				opts = nil
			}
			if diff := cmp.Diff(tc.want, got, opts); diff != "" {
				t.Errorf("Add(%s) mismatch (-want +got):\n%s", tc.name, diff)
			}
		})
	}
}

// TestPartialReuse mimics seed 000: a spun page made of paragraphs lifted
// from several earlier wire articles, plus a little text of its own.
func TestPartialReuse(t *testing.T) {
	x := New(Options{})
	start := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	for i, name := range []string{"wire-a", "wire-b", "wire-c"} {
		b, err := os.ReadFile(filepath.Join("testdata", "reuse", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if m := x.Add(name, start.AddDate(0, 0, i), string(b)); m.Kind != KindNone {
			t.Fatalf("Add(%s) = %+v; want no match between different wires", name, m)
		}
	}
	b, err := os.ReadFile(filepath.Join("testdata", "reuse", "spun.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := x.Add("spun", start.AddDate(0, 0, 3), string(b))
	golden := filepath.Join("testdata", "reuse", "spun.golden.json")
	if *update {
		out, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(golden, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wb, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	var want Match
	if err := json.Unmarshal(wb, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Add(spun) mismatch (-want +got):\n%s", diff)
	}
	// Independent of the golden file: paragraphs 2-5 come from the three
	// wires, in this order, and the page's own lines are not attributed.
	wantSrc := map[int]string{2: "wire-a", 3: "wire-a", 4: "wire-b", 5: "wire-c"}
	if got.Kind != KindPartial || len(got.Reused) != len(wantSrc) {
		t.Fatalf("Add(spun) = %+v; want partial reuse of %d paragraphs", got, len(wantSrc))
	}
	for _, r := range got.Reused {
		if wantSrc[r.Paragraph] != r.Source {
			t.Errorf("paragraph %d attributed to %q; want %q", r.Paragraph, r.Source, wantSrc[r.Paragraph])
		}
	}
}

// TestFloodOfCopies checks that 10,000 copies of one article stay cheap:
// each is an exact or near copy of the first and none is indexed.
func TestFloodOfCopies(t *testing.T) {
	x := New(Options{})
	x.Add("orig", time.Time{}, original)
	start := time.Now()
	for i := range 10_000 {
		text := original
		if i%2 == 1 {
			text = "By Reporter " + string(rune('A'+i%26)) + "\n" + original
		}
		m := x.Add("copy", time.Time{}, text)
		if m.Of != "orig" {
			t.Fatalf("copy %d: Add = %+v; want a copy of orig", i, m)
		}
	}
	if x.Len() != 1 {
		t.Errorf("Len() = %d after copies; want 1", x.Len())
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("10,000 copies took %v", d)
	}
}

// TestExpiry checks that the index forgets articles outside its window.
func TestExpiry(t *testing.T) {
	x := New(Options{Keep: 48 * time.Hour, MaxDocs: 100})
	day := func(d int) time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	x.Add("orig", day(0), original)
	x.Add("other", day(5), sameStory)
	if m := x.Add("late copy", day(5), original); m.Kind != KindNone {
		t.Errorf("copy after the window: Add = %+v; want no match", m)
	}
	for i := range 300 {
		x.Add("filler", day(5), strings.Repeat("word ", i+3)+string(rune('a'+i%26)))
	}
	if x.Len() > 100 {
		t.Errorf("Len() = %d; want <= MaxDocs 100", x.Len())
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("", "")
	f.Add(original, sameStory)
	f.Add("a\n\n\nb", "a b")
	f.Add("Ünïcödé ’quotes’ — dashes\n", "’")
	f.Fuzz(func(t *testing.T, a, b string) {
		x := New(Options{})
		x.Add("a", time.Time{}, a)
		m := x.Add("b", time.Time{}, b)
		if m.Kind == KindExact && m.Of != "a" {
			t.Fatalf("exact match of unknown article %q", m.Of)
		}
		for _, r := range m.Reused {
			if r.Share <= 0 || r.Share > 1 {
				t.Fatalf("share %v out of range", r.Share)
			}
		}
	})
}

// TestSweep streams far more articles than the index keeps: the postings
// must stay bounded and never name an article that left.
func TestSweep(t *testing.T) {
	const keep = 40
	x := New(Options{MaxDocs: keep})
	peak := 0
	for i := range 1_000 {
		var b strings.Builder
		for j := range 60 {
			fmt.Fprintf(&b, "w%d ", (i*7919+j*104729)%100_003)
		}
		x.Add(fmt.Sprint(i), time.Time{}, b.String())
		peak = max(peak, x.Fingerprints())
		if x.Len() > keep {
			t.Fatalf("after %d articles Len() = %d; want <= %d", i+1, x.Len(), keep)
		}
	}
	// About 11 fingerprints an article (60 words, window 10); the sweep
	// runs once a quarter of MaxDocs has left.
	if limit := 20 * keep * 5 / 4; peak > limit {
		t.Errorf("postings peaked at %d fingerprints; want <= %d", peak, limit)
	}
	x.sweep()
	x.postings.Keep(func(h uint64, p [maxPostings]uint64) ([maxPostings]uint64, bool) {
		for _, seq := range p {
			if seq != 0 && x.lookup(seq) == nil {
				t.Errorf("fingerprint %x still lists article %d, which left", h, seq)
			}
		}
		return p, true
	})
}
