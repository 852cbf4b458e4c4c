package story

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestSweep prints scores over a grid of model constants. It runs only with
// STORYLINE_SWEEP=1; it is how the fixed constants were chosen.
func TestSweep(t *testing.T) {
	if os.Getenv("STORYLINE_SWEEP") == "" {
		t.Skip("set STORYLINE_SWEEP=1 to run")
	}
	sets := map[string][]devDoc{}
	golds := map[string]map[string]string{}
	for _, set := range []string{"wikiref220", "mstream-news", "neardup-dev"} {
		sets[set] = readJSONL(t, filepath.Join(devRoot, set, "docs.jsonl"))
		golds[set] = map[string]string{}
		for _, g := range readJSONL(t, filepath.Join(devRoot, set, "gold.jsonl")) {
			golds[set][g.ID] = g.Story
		}
	}
	for _, floor := range []float64{0.06, 0.07, 0.08} {
		for _, lb := range []int{800, 1200, 1500, 2000} {
			for _, short := range []float64{0} {
				bonus, eb, mr, ms, passes, hl, mm := 0.0, 2.0, 1.0, 2, 0, 14*24*time.Hour, 0.25
				line := ""
				for _, set := range []string{"wikiref220", "neardup-dev"} {
					c := New(Options{})
					c.tune = &tuning{floor: floor, short: short, halfLife: hl, mergeRatio: mr, mergeMin: mm, entityBoost: eb, entityBonus: bonus, minShared: ms, leadBytes: lb}
					var as []Assignment
					for _, d := range sets[set] {
						var tm time.Time
						if d.Date != "" {
							tm, _ = time.Parse("2006-01-02", d.Date)
						}
						as = append(as, c.Add(Input{ID: d.ID, Title: d.Title, Text: d.Text, Time: tm}))
					}
					_ = passes
					pred := finalStories(as)
					for id := range pred {
						if sid, ok := c.Current(id); ok {
							pred[id] = sid
						}
					}
					pw, bc := scores(golds[set], pred)
					line += " " + set[:4] + " " + f3(pw) + "/" + f3(bc)
				}
				t.Logf("lb %d ms %d bonus %.2f short %.2f hl %v passes %d eb %.1f mr %.2f mm %.2f floor %.2f :%s", lb, ms, bonus, short, hl, passes, eb, mr, mm, floor, line)
			}
		}
	}
}

func f3(x float64) string {
	return string([]byte{byte('0' + int(x)), '.', byte('0' + int(x*10)%10), byte('0' + int(x*100)%10), byte('0' + int(x*1000)%10)})
}
