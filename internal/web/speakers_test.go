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

// TestSaid: a quote is shown with the verb the article used and, when the
// article does not name the speaker, the words it does use, so that a
// denial is not read as a claim nor a spokesman's words as the minister's.
func TestSaid(t *testing.T) {
	span := func(s string) *document.Span { return &document.Span{Text: s} }
	for _, tt := range []struct {
		q    store.Quote
		want string
	}{
		{store.Quote{Cue: span("denied"), SpeakerMention: span("Estrava's Defence Ministry"), Speaker: "Defence Ministry"}, "denied"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("A spokesman for Quill"), Speaker: "Mara Quill"}, "said, as “A spokesman for Quill”"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("an aide to Mara Quill"), Speaker: "Mara Quill"}, "said, as “an aide to Mara Quill”"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Secretary of State Antony Blinken"), Speaker: "Antony Blinken"}, ""},
		{store.Quote{Cue: span("said"), SpeakerMention: span("US Afghan envoy Zalmay Khalilzad"), Speaker: "Zalmay Khalilzad"}, ""},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Quill's office"), Speaker: "Mara Quill"}, "said, as “Quill's office”"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Mara Quill’s spokesman"), Speaker: "Mara Quill"}, "said, as “Mara Quill’s spokesman”"},
		{store.Quote{Cue: span("told"), SpeakerMention: span("a Quill aide"), Speaker: "Mara Quill"}, "told, as “a Quill aide”"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("the Quill campaign"), Speaker: "Mara Quill"}, "said, as “the Quill campaign”"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Quillen"), Speaker: "Mara Quill"}, "said, as “Quillen”"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Xi"), Speaker: "Xi Jinping"}, ""},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Kennedy"), Speaker: "Robert F. Kennedy Jr."}, ""},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Robert F. Kennedy Jr."), Speaker: "Robert F. Kennedy Jr."}, ""},
		{store.Quote{Cue: span("said"), SpeakerMention: span("a Kennedy aide"), Speaker: "Robert F. Kennedy Jr."}, "said, as “a Kennedy aide”"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Ilse Varga, the authority's chief executive"), Speaker: "Ilse Varga"}, ""},
		{store.Quote{Cue: span("told"), SpeakerMention: span("the envoy"), Speaker: "Zalmay Khalilzad"}, "told, as “the envoy”"},
		{store.Quote{Cue: span("added"), SpeakerMention: span("he"), Speaker: "Zalmay Khalilzad"}, "added"},
		{store.Quote{Cue: span("said"), SpeakerMention: span("Ambassador Khalilzad"), Speaker: "Zalmay Khalilzad"}, ""},
		{store.Quote{SpeakerMention: span("the minister"), Speaker: ""}, ""},
		{store.Quote{}, ""},
	} {
		if got := said(tt.q); got != tt.want {
			t.Errorf("said(%+v) = %q; want %q", tt.q, got, tt.want)
		}
	}
}

// TestLatestOf: of a story's newest day, the original published last,
// whatever the order the documents were stored in.
func TestLatestOf(t *testing.T) {
	docs := []store.DocumentSummary{
		{ID: "morning", Date: "2026-03-20T08:00:00Z"},
		{ID: "copy", Date: "2026-03-20T19:00:00Z", DuplicateOf: "evening"},
		{ID: "evening", Date: "2026-03-20T18:00:00Z"},
		{ID: "yesterday", Date: "2026-03-19T23:00:00Z"},
	}
	if got := latestOf(docs); got == nil || got.ID != "evening" {
		t.Errorf("latestOf = %+v; want the evening original", got)
	}
	if got := latestOf(nil); got != nil {
		t.Errorf("latestOf(nil) = %+v; want nil", got)
	}
}
