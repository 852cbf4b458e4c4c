package story

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// devRoot is where the shared development sets live, relative to this package.
const devRoot = "../../../shared/eval/stories"

type devDoc struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	Date  string `json:"date"`
	Site  string `json:"sitename"`
	Story string `json:"story"`
	A     string `json:"a"`
	B     string `json:"b"`
	Label int    `json:"label"`
}

func readJSONL(t testing.TB, path string) []devDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("dev set not available: %v", err)
	}
	defer f.Close()
	var out []devDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d devDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// scores computes pairwise and BCubed F1 from a contingency table, as
// shared/eval/score_stories.py does.
func scores(gold, pred map[string]string) (pw, bc float64) {
	type key struct{ g, p string }
	cont := map[key]int{}
	a, b := map[string]int{}, map[string]int{}
	for id, g := range gold {
		p, ok := pred[id]
		if !ok || p == "" {
			p = "singleton:" + id
		}
		cont[key{g, p}]++
		a[g]++
		b[p]++
	}
	c2 := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, gp, pp, bp, br float64
	for k, v := range cont {
		tp += c2(v)
		bp += float64(v*v) / float64(b[k.p])
		br += float64(v*v) / float64(a[k.g])
	}
	for _, v := range a {
		gp += c2(v)
	}
	for _, v := range b {
		pp += c2(v)
	}
	f := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	n := float64(len(gold))
	return f(tp/pp, tp/gp), f(bp/n, br/n)
}

// runDev clusters a dev set in its order; undated drops the documents'
// dates.
func runDev(t testing.TB, set string, undated bool) (docs []devDoc, pred map[string]Assignment) {
	docs = readJSONL(t, filepath.Join(devRoot, set, "docs.jsonl"))
	c := New(Options{})
	pred = map[string]Assignment{}
	for _, d := range docs {
		var tm time.Time
		if d.Date != "" && !undated {
			tm, _ = time.Parse("2006-01-02", d.Date)
		}
		pred[d.ID] = c.Add(Input{ID: d.ID, Title: d.Title, Text: d.Text, Outlet: d.Site, Time: tm})
	}
	return docs, pred
}

// TestDevSets checks the clustering quality targets of issue 5 on the shared
// development sets (skipped when they are absent).
func TestDevSets(t *testing.T) {
	for _, tc := range []struct {
		set          string
		minPW, minBC float64
	}{
		// Regression floors just under what the fixed parameters reach
		// (docs/bench/stories.md). The target for wikiref220 is
		// 0.95 for both and is asserted as is; for mstream-news it is a
		// pairwise F1 of 0.80, not reached yet. neardup-dev's gold is
		// wikiref220's topics and its dates are synthetic (one month at
		// random): run as storyline runs it, with its dates, its articles
		// are grouped by event (floors 0.80, 0.80); its topic grouping is
		// checked without them, as undated text.
		{"wikiref220", 0.95, 0.95},
		{"mstream-news", 0.755, 0.79},
		{"neardup-dev", 0.80, 0.80},
	} {
		t.Run(tc.set, func(t *testing.T) {
			docs, pred := runDev(t, tc.set, false)
			gold := map[string]string{}
			for _, g := range readJSONL(t, filepath.Join(devRoot, tc.set, "gold.jsonl")) {
				gold[g.ID] = g.Story
			}
			var as []Assignment
			for _, a := range pred {
				as = append(as, a)
			}
			ps := finalStories(as)
			stories := map[string]bool{}
			for _, s := range ps {
				stories[s] = true
			}
			if dir := os.Getenv("STORYLINE_PRED_DIR"); dir != "" {
				var b []byte
				for _, d := range docs {
					line, _ := json.Marshal(map[string]string{"id": d.ID, "story": ps[d.ID], "duplicate_of": pred[d.ID].DuplicateOf})
					b = append(append(b, line...), '\n')
				}
				if err := os.WriteFile(filepath.Join(dir, "pred-"+tc.set+".jsonl"), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tc.set == "neardup-dev" {
				checkDups(t, pred)
				_, undated := runDev(t, tc.set, true)
				var as []Assignment
				for _, a := range undated {
					as = append(as, a)
				}
				pw, bc := scores(gold, finalStories(as))
				t.Logf("neardup-dev without its dates: pairwise F1 %.3f  BCubed F1 %.3f", pw, bc)
				if pw < 0.95 || bc < 0.94 {
					t.Errorf("neardup-dev without its dates: pairwise F1 %.3f, BCubed F1 %.3f; want >= 0.95, 0.94", pw, bc)
				}
			}
			pw, bc := scores(gold, ps)
			t.Logf("%s: pairwise F1 %.3f  BCubed F1 %.3f  stories %d", tc.set, pw, bc, len(stories))
			if pw < tc.minPW || bc < tc.minBC {
				t.Errorf("%s: pairwise F1 %.3f, BCubed F1 %.3f; want >= %.2f, %.2f", tc.set, pw, bc, tc.minPW, tc.minBC)
			}
		})
	}
}

// finalStories maps article IDs to their story after all merges.
func finalStories(as []Assignment) map[string]string {
	into := map[string]string{}
	for _, a := range as {
		for _, m := range a.Merged {
			into[m] = a.Story
		}
	}
	out := map[string]string{}
	for _, a := range as {
		s := a.Story
		for {
			n, ok := into[s]
			if !ok {
				break
			}
			s = n
		}
		out[a.ID] = s
	}
	return out
}

// checkDups scores duplicate_of links against pairs.jsonl as
// score_stories.py --dups does: pairs within connected components.
func checkDups(t *testing.T, pred map[string]Assignment) {
	pairs := readJSONL(t, filepath.Join(devRoot, "neardup-dev", "pairs.jsonl"))
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	union := func(a, b string) { parent[find(a)] = find(b) }
	gold := map[[2]string]bool{}
	ids := map[string]bool{}
	for _, p := range pairs {
		ids[p.A], ids[p.B] = true, true
		if p.Label == 1 {
			union(p.A, p.B)
		}
	}
	groups := map[string][]string{}
	for id := range ids {
		groups[find(id)] = append(groups[find(id)], id)
	}
	for _, g := range groups {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				gold[key2(g[i], g[j])] = true
			}
		}
	}
	parent = map[string]string{}
	for id, a := range pred {
		if a.DuplicateOf != "" {
			union(id, a.DuplicateOf)
		}
	}
	groups = map[string][]string{}
	for id := range ids {
		groups[find(id)] = append(groups[find(id)], id)
	}
	var tp, pp int
	for _, g := range groups {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pp++
				if gold[key2(g[i], g[j])] {
					tp++
				}
			}
		}
	}
	neg := 0
	for _, p := range pairs {
		if p.Label == 0 && find(p.A) == find(p.B) {
			neg++
		}
	}
	prec, rec := float64(tp)/float64(max(pp, 1)), float64(tp)/float64(max(len(gold), 1))
	f1 := 2 * prec * rec / (prec + rec)
	t.Logf("duplicates: P %.3f R %.3f F1 %.3f, hard negatives linked %d", prec, rec, f1, neg)
	if f1 < 0.97 || neg > 0 {
		t.Errorf("duplicates: F1 %.3f, hard negatives linked %d; want >= 0.97 and 0", f1, neg)
	}
}

func key2(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}
