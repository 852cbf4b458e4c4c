package web

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// TestBySpeakerMergesSurnames: a story page lists a speaker named only by
// surname in one document and in full in another as one speaker.
func TestBySpeakerMergesSurnames(t *testing.T) {
	hit := func(doc, speaker, words string) store.QuoteHit {
		return store.QuoteHit{Document: doc, Quote: store.Quote{Speaker: speaker, Content: document.Span{Text: words}}}
	}
	got := bySpeaker([]store.QuoteHit{
		hit("a", "Khalilzad", "We are at the early stages"),
		hit("b", "Zalmay Khalilzad", "They are far apart"),
		hit("b", "Ned Price", "international pariahs"),
		hit("c", "", "a framework of peace"),
	})
	var rows []string
	for _, s := range got {
		rows = append(rows, s.Speaker+": "+strconv.Itoa(len(s.Quotes)))
	}
	if diff := cmp.Diff([]string{"Zalmay Khalilzad: 2", "Ned Price: 1", ": 1"}, rows); diff != "" {
		t.Errorf("bySpeaker (-want +got):\n%s", diff)
	}
}

// TestFoldPeople: the entities table folds a surname-only person into the
// one person on the page whose name ends in it (either order), adding the
// counts, and leaves shared surnames and other types alone.
func TestFoldPeople(t *testing.T) {
	in := []store.EntitySummary{
		{Name: "Khalilzad", Type: "PERSON", Documents: 1, Mentions: 5, Quotes: 13},
		{Name: "Taliban", Type: "ORG", Documents: 2, Mentions: 9},
		{Name: "Zalmay Khalilzad", Type: "PERSON", Documents: 1, Mentions: 4, Quotes: 8},
		{Name: "Obama", Type: "PERSON", Documents: 1, Mentions: 2},
		{Name: "Barack Obama", Type: "PERSON", Documents: 1, Mentions: 1},
		{Name: "Michelle Obama", Type: "PERSON", Documents: 1, Mentions: 1},
		{Name: "Afghan Taliban", Type: "ORG", Documents: 1, Mentions: 1},
	}
	var got []string
	for _, r := range foldPeople(in) {
		got = append(got, r.Name+" "+strconv.Itoa(r.Documents)+"/"+strconv.Itoa(r.Mentions)+"/"+strconv.Itoa(r.Quotes)+" "+strings.Join(r.AlsoAs, ","))
	}
	want := []string{"Taliban 2/9/0 ", "Zalmay Khalilzad 2/9/21 Khalilzad", "Obama 1/2/0 ", "Barack Obama 1/1/0 ", "Michelle Obama 1/1/0 ", "Afghan Taliban 1/1/0 "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("foldPeople (-want +got):\n%s", diff)
	}
}
