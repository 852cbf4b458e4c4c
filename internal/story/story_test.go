package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func day(d int) time.Time { return time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC).AddDate(0, 0, d) }

// The Halvik port strike: three articles from different outlets, and one
// unrelated article.
var halvik = []Input{
	{ID: "a", Outlet: "Wire One", Time: day(0), Title: "Halvik dock workers strike as pay talks collapse",
		Text: "Dock workers at the port of Halvik began an indefinite strike on Monday after talks between the union and the port authority broke down.\n" +
			"The union, which represents about 4,000 crane operators and stevedores, said the offer of a 3 percent raise did not cover living costs.\n" +
			"\"Patience does not pay the rent,\" union leader Marta Kovac told reporters outside the terminal gates in Halvik."},
	{ID: "b", Outlet: "Daily Two", Time: day(1), Title: "Halvik port strike enters second day as government urges mediation",
		Text: "The strike by dock workers at the port of Halvik entered its second day on Tuesday, and lorries queued along the coastal motorway.\n" +
			"Transport Minister Jonas Eber said the government was ready to appoint a mediator between the union and the port authority.\n" +
			"Marta Kovac, the union leader, said the dock workers would stay out until the port authority improved its pay offer."},
	{ID: "c", Outlet: "Wire One", Time: day(2), Title: "Halvik port authority raises pay offer to striking dock workers",
		Text: "The port authority of Halvik raised its pay offer to striking dock workers to 4.5 percent on Wednesday.\n" +
			"Union leader Marta Kovac said the dock workers would vote on the offer on Thursday, as the strike at the port entered its third day."},
	{ID: "d", Outlet: "Daily Two", Time: day(2), Title: "Orchestra announces summer season of Baroque operas",
		Text: "The city orchestra will open its summer season with two Baroque operas and a cycle of cantatas, its artistic director announced.\n" +
			"Tickets for the concerts in the cathedral go on sale next month."},
}

func TestStoryRecord(t *testing.T) {
	var closed []Story
	c := New(Options{OnClose: func(s Story) { closed = append(closed, s) }})
	var as []Assignment
	for _, in := range halvik {
		as = append(as, c.Add(in))
	}
	got := map[string]string{}
	for _, a := range as {
		got[a.ID] = a.Story
	}
	want := map[string]string{"a": "s-1", "b": "s-1", "c": "s-1", "d": "s-2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("stories mismatch (-want +got):\n%s", diff)
	}
	if !as[0].New || as[1].New || as[1].Score < as[1].Threshold {
		t.Errorf("decisions: a new=%v, b new=%v score %.3f threshold %.3f", as[0].New, as[1].New, as[1].Score, as[1].Threshold)
	}
	var evidence []string
	for _, e := range as[1].Evidence {
		evidence = append(evidence, e.Term)
	}
	if !slices.Contains(evidence, "halvik") {
		t.Errorf("evidence for b = %v; want the shared name halvik", evidence)
	}

	ss := c.Stories()
	if len(ss) != 2 {
		t.Fatalf("Stories() = %d stories; want 2", len(ss))
	}
	s := ss[0]
	if !strings.Contains(s.Label, "Halvik") {
		t.Errorf("Label = %q; want a Halvik headline", s.Label)
	}
	if !s.FirstSeen.Equal(day(0)) || !s.LastSeen.Equal(day(2)) {
		t.Errorf("FirstSeen, LastSeen = %v, %v; want %v, %v", s.FirstSeen, s.LastSeen, day(0), day(2))
	}
	if diff := cmp.Diff([]string{"Wire One", "Daily Two"}, s.Outlets); diff != "" {
		t.Errorf("Outlets mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "b", "c"}, s.Documents); diff != "" {
		t.Errorf("Documents mismatch (-want +got):\n%s", diff)
	}
	if len(s.People) == 0 || s.People[0] != "Marta Kovac" {
		t.Errorf("People = %v; want Marta Kovac first", s.People)
	}
	if !slices.Contains(s.Places, "Halvik") {
		t.Errorf("Places = %v; want Halvik", s.Places)
	}
	// Each article's lead is a new fact, with its own source and date.
	if len(s.Timeline) < 3 || s.Timeline[0].Source != "a" || !s.Timeline[0].Time.Equal(day(0)) {
		t.Errorf("Timeline = %+v; want leads of a, b, c", s.Timeline)
	}
	speakers := map[string]string{}
	for _, st := range s.Statements {
		if _, ok := speakers[st.Speaker]; !ok {
			speakers[st.Speaker] = st.Source
		}
	}
	if speakers["Marta Kovac"] != "a" || speakers["Jonas Eber"] != "b" {
		t.Errorf("first statements by speaker = %v; want Marta Kovac in a, Jonas Eber in b", speakers)
	}
	if len(closed) != 0 {
		t.Errorf("%d stories closed within three days", len(closed))
	}
	// Five weeks later the Halvik story has gone quiet and is closed.
	c.Add(Input{ID: "e", Time: day(40), Title: "Unrelated", Text: "Something else entirely happened somewhere."})
	if len(closed) != 2 || closed[0].ID != "s-1" {
		t.Errorf("closed after 40 days = %d stories; want s-1 and s-2", len(closed))
	}
}

func TestBadInput(t *testing.T) {
	absurd := []time.Time{
		time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2999, 1, 1, 0, 0, 0, 0, time.UTC),
		{},
	}
	for _, tc := range []struct {
		name string
		in   []Input
	}{
		{"empty texts", []Input{{ID: "1"}, {ID: "2"}, {ID: "3", Title: "  \n "}}},
		{"one word", []Input{{ID: "1", Text: "Breaking"}, {ID: "2", Text: "Breaking"}, {ID: "3", Title: "x"}}},
		{"punctuation only", []Input{{ID: "1", Text: "... --- !!!"}, {ID: "2", Text: "\"\"\n\n"}}},
		{"absurd dates", []Input{{ID: "1", Time: absurd[0], Text: halvik[0].Text}, {ID: "2", Time: absurd[1], Text: halvik[1].Text}, {ID: "3", Time: absurd[2], Text: halvik[2].Text}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Options{})
			for _, in := range tc.in {
				a := c.Add(in)
				if a.Story == "" || a.ID != in.ID {
					t.Errorf("Add(%q) = %+v; want a story", in.ID, a)
				}
			}
		})
	}
	// A date in 2999 must not move the clock: the next real article still
	// finds its story open.
	c := New(Options{Now: func() time.Time { return day(10) }})
	c.Add(halvik[0])
	bad := halvik[2]
	bad.ID, bad.Time = "typo", absurd[1]
	c.Add(bad)
	next := halvik[1]
	if a := c.Add(next); a.Story != "s-1" {
		t.Errorf("after a 2999 date: Add(b) = %+v; want s-1", a)
	}
}

// TestUndatedHead: an undated article at the head of the input (a scraped
// page without a date) opens a story that the dated articles after it can
// still join; before the stream's clock started, its story's last activity
// was the zero time, and the first dated article closed it.
func TestUndatedHead(t *testing.T) {
	c := New(Options{})
	undated := halvik[0]
	undated.Time = time.Time{}
	first := c.Add(undated)
	if a := c.Add(halvik[1]); a.Story != first.Story {
		t.Errorf("Add(b) after an undated a = story %q (score %.3f); want %q", a.Story, a.Score, first.Story)
	}
	if a := c.Add(halvik[3]); a.Story == first.Story {
		t.Errorf("Add(d) joined the strike story %q; want a story of its own", a.Story)
	}
}

// TestFloodOfCopies: 10,000 copies of one article join its story as
// duplicates, in bounded time, with one open story.
func TestFloodOfCopies(t *testing.T) {
	c := New(Options{})
	c.Add(halvik[0])
	start := time.Now()
	for i := range 10_000 {
		in := halvik[0]
		in.ID = "copy"
		in.Time = day(0).Add(time.Duration(i) * time.Second)
		if i%2 == 1 {
			in.Text = "By a reporter\n" + in.Text
		}
		a := c.Add(in)
		if a.Story != "s-1" || a.DuplicateOf != "a" {
			t.Fatalf("copy %d: Add = story %q duplicate_of %q; want s-1, a", i, a.Story, a.DuplicateOf)
		}
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("10,000 copies took %v", d)
	}
	if n := c.OpenStories(); n != 1 {
		t.Errorf("OpenStories() = %d; want 1", n)
	}
	if s := c.Stories()[0]; s.Size != 10_001 || len(s.Documents) > maxMembers || len(s.Timeline) > 3 {
		t.Errorf("story record: size %d, %d documents kept, %d events; want 10001, <= %d, a few", s.Size, len(s.Documents), len(s.Timeline), maxMembers)
	}
}

// TestWorkingSetBounded streams 40 days of synthetic news and checks that
// stories close and the working set stays bounded.
func TestWorkingSetBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	closed := 0
	c := New(Options{OnClose: func(Story) { closed++ }, MaxVocab: 50_000})
	g := newSynth(2, 150)
	maxOpen := 0
	for range 36 * 150 {
		c.Add(g.next())
		maxOpen = max(maxOpen, c.OpenStories())
	}
	if closed == 0 {
		t.Errorf("no story closed in 40 days")
	}
	// 30 days (CloseAfter) x 150 a day is the ceiling.
	if maxOpen > 30*150 {
		t.Errorf("max open stories = %d", maxOpen)
	}
	if n := c.vocab.size(); n > 50_000 {
		t.Errorf("vocabulary = %d terms; want <= 50,000", n)
	}
}

// TestMaxOpen: with a tiny working set, stories are pushed out (never the
// one just opened) and every article still gets a story.
func TestMaxOpen(t *testing.T) {
	closed := 0
	c := New(Options{MaxOpen: 5, OnClose: func(Story) { closed++ }})
	g := newSynth(3, 1000)
	for range 500 {
		if a := c.Add(g.next()); a.Story == "" {
			t.Fatalf("Add gave no story")
		}
		if n := c.OpenStories(); n > 5 {
			t.Fatalf("OpenStories() = %d; want <= 5", n)
		}
	}
	if closed == 0 {
		t.Errorf("no story closed")
	}
}

// TestTermIDs streams articles through a small vocabulary, so that terms
// are forgotten and their IDs reused many times, and checks that every ID
// in an open centroid or posting list still names the term it was given
// for.
func TestTermIDs(t *testing.T) {
	c := New(Options{MaxVocab: 2_000, MaxOpen: 50})
	g := newSynth(4, 500)
	for i := range 3_000 {
		c.Add(g.next())
		if i%500 != 499 {
			continue
		}
		dead := map[int32]bool{}
		for _, id := range c.vocab.dead {
			dead[id] = true
		}
		for _, s := range c.open {
			for id := range s.centroid {
				if dead[id] {
					continue // forgotten, not yet purged, not reused
				}
				name := c.vocab.names[id]
				if got, ok := c.vocab.id(name); !ok || got != id {
					t.Fatalf("article %d: story %s holds term ID %d (%q), which the vocabulary maps to %d, %v", i, s.id, id, name, got, ok)
				}
			}
		}
		for id, list := range c.postings {
			for _, s := range list {
				if _, ok := s.centroid[int32(id)]; ok && c.vocab.names[id] == "" && !dead[int32(id)] {
					t.Fatalf("article %d: story %s is listed under forgotten term ID %d", i, s.id, id)
				}
			}
		}
	}
	if c.purges == 0 {
		t.Errorf("no purge: the test checks nothing")
	}
}

// TestHasCue: the prefilter must pass every sentence that reported accepts.
func TestHasCue(t *testing.T) {
	for v := range reportingVerbs {
		for _, sent := range []string{
			"The minister " + v + " on Monday.",
			strings.ToUpper(v[:1]) + v[1:] + " Jonas Eber, to reporters.",
			"\"We will not move,\" " + v + " Marta Kovac.",
			"PORT STRIKE GOES ON, UNION " + strings.ToUpper(v),
		} {
			_, want := reported(splitWords(nil, sent))
			if want && !hasCue(sent) {
				t.Errorf("hasCue(%q) = false; reported finds a cue", sent)
			}
		}
	}
	for _, sent := range []string{"The strike at the port of Halvik goes on.", "Dockers stay out", ""} {
		if hasCue(sent) {
			t.Errorf("hasCue(%q) = true; want false", sent)
		}
	}
}

// TestStoryAndLabelMatchStories checks that the one-story accessors give what
// Stories gives for that story, and report a story that is not open.
func TestStoryAndLabelMatchStories(t *testing.T) {
	c := New(Options{})
	for _, in := range halvik {
		c.Add(in)
	}
	all := c.Stories()
	if len(all) < 2 {
		t.Fatalf("got %d open stories from the Halvik set; want the strike and the orchestra apart", len(all))
	}
	for _, want := range all {
		got, ok := c.Story(want.ID)
		if !ok {
			t.Errorf("Story(%q): not found, but Stories lists it", want.ID)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Story(%q) differs from Stories (-Stories +Story):\n%s", want.ID, diff)
		}
		if l, ok := c.Label(want.ID); !ok || l != want.Label {
			t.Errorf("Label(%q) = %q, %v; want %q, true", want.ID, l, ok, want.Label)
		}
	}
	ids := []string{"no-such-story"}
	for i := len(all) - 1; i >= 0; i-- {
		ids = append(ids, all[i].ID)
	}
	c.SortOpened(ids)
	want := []string{}
	for _, s := range all {
		want = append(want, s.ID)
	}
	want = append(want, "no-such-story")
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("SortOpened (-want +got):\n%s", diff)
	}
	if _, ok := c.Story("no-such-story"); ok {
		t.Error("Story of an unknown id reported found")
	}
	if _, ok := c.Label("no-such-story"); ok {
		t.Error("Label of an unknown id reported found")
	}
}
