package web

import (
	"strconv"
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
