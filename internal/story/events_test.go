package story

import (
	"math"
	"path/filepath"
	"testing"
	"time"
)

// TestEventSets clusters the event-level sets in testdata/events: dated
// streams written for this test (each events.md lists the events and the
// other events each was written to be confused with: same city, agency or
// person in the same week). The sets named large-* hold three events of
// 15-25 articles over weeks. The sets chose the threshold's floors
// (Threshold); some were first scored before a choice and some after
// (docs/bench/stories.md, twenty-fourth session), so the floors here are
// regression floors under what the code reaches, not an unseen measure.
func TestEventSets(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "events", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no event sets in testdata/events (%v)", err)
	}
	var sum float64
	for _, dir := range dirs {
		docs := readJSONL(t, filepath.Join(dir, "docs.jsonl"))
		gold := map[string]string{}
		for _, g := range readJSONL(t, filepath.Join(dir, "gold.jsonl")) {
			gold[g.ID] = g.Story
		}
		c := New(Options{})
		var as []Assignment
		for _, d := range docs {
			tm, err := time.Parse("2006-01-02", d.Date)
			if err != nil {
				t.Fatalf("%s: %s: %v", dir, d.ID, err)
			}
			as = append(as, c.Add(Input{ID: d.ID, Title: d.Title, Text: d.Text, Outlet: d.Site, Time: tm}))
		}
		pw, bc := scores(gold, finalStories(as))
		sum += pw
		t.Logf("%s (%d articles): pairwise F1 %.3f  BCubed F1 %.3f", filepath.Base(dir), len(docs), pw, bc)
		if pw < 0.6 {
			t.Errorf("%s: pairwise F1 %.3f; want >= 0.6", filepath.Base(dir), pw)
		}
	}
	mean := sum / float64(len(dirs))
	t.Logf("mean pairwise F1 %.3f over %d sets", mean, len(dirs))
	if mean < 0.8 {
		t.Errorf("mean pairwise F1 %.3f; want >= 0.8", mean)
	}
}

// TestThreshold checks the bar of each granularity: undated articles the
// topic floor whatever the story's size; dated ones the event floor for a
// story of one, falling as size^(-1/4) to eventFloorMin.
func TestThreshold(t *testing.T) {
	for _, tc := range []struct {
		size  int
		dated bool
		want  float64
	}{
		{1, false, topicFloor},
		{50, false, topicFloor},
		{0, true, eventFloor},
		{1, true, eventFloor},
		{4, true, eventFloor / math.Sqrt2},
		{9, true, eventFloor / math.Sqrt(3)},
		{16, true, eventFloorMin},
		{1000, true, eventFloorMin},
	} {
		if got := Threshold(200, tc.size, tc.dated); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("Threshold(200, %d, %v) = %v; want %v", tc.size, tc.dated, got, tc.want)
		}
	}
}

// TestThresholdByDate checks that the decision records which granularity
// applied: the event floor for a dated article, the topic floor for an
// undated one or one whose date cannot be a publication time.
func TestThresholdByDate(t *testing.T) {
	for _, tc := range []struct {
		name string
		when time.Time
		want float64
	}{
		{"dated", day(0), eventFloor},
		{"undated", time.Time{}, topicFloor},
		{"placeholder date", time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), topicFloor},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := New(Options{}).Add(Input{ID: "a", Title: "Harbour crane collapses", Text: "A crane collapsed at the harbour on Monday.", Time: tc.when})
			if a.Threshold != tc.want {
				t.Errorf("Threshold = %v; want %v", a.Threshold, tc.want)
			}
		})
	}
}
