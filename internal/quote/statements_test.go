package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/document"
)

func TestStatements(t *testing.T) {
	q := func(speaker, content string) Quote {
		return Quote{Type: Indirect, Content: Content{Span: document.Span{Text: content}}, Speaker: speaker}
	}
	docs := []Doc{
		{ID: "b", Date: "2021-08-04", Quotes: []Quote{q("Zalmay Khalilzad", "far apart"), q("Ned Price", "pariahs"), q("zalmay  khalilzad", "no legitimacy")}},
		{ID: "a", Date: "2019-02-10", Quotes: []Quote{q("Khalilzad", "early stages"), q("", "unattributed")}},
		{ID: "c", Quotes: []Quote{q("Ned Price", "undated"), q("a senior official", "talks resume")}},
		{ID: "d", Quotes: []Quote{q("a senior official", "talks stalled"), q("a senior official", "no date"), q("people familiar with the matter", "deal near")}},
		{ID: "e", Quotes: []Quote{q("people familiar with the matter", "deal off")}},
	}
	type row struct {
		Name      string
		Documents int
		Said      []string
	}
	var got []row
	for _, a := range Statements(docs) {
		r := row{Name: a.Name, Documents: a.Documents}
		for _, s := range a.Statements {
			r.Said = append(r.Said, s.Doc+":"+s.Quote.Content.Text)
		}
		got = append(got, r)
	}
	want := []row{
		{"Zalmay Khalilzad", 2, []string{"a:early stages", "b:far apart", "b:no legitimacy"}},
		{"Ned Price", 2, []string{"b:pariahs", "c:undated"}},
		// unnamed sources of different documents are not one actor
		{"a senior official", 1, []string{"d:talks stalled", "d:no date"}},
		{"a senior official", 1, []string{"c:talks resume"}},
		{"people familiar with the matter", 1, []string{"d:deal near"}},
		{"people familiar with the matter", 1, []string{"e:deal off"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Statements mismatch (-want +got):\n%s", diff)
	}
}

// TestUnnamed: descriptions of unnamed sources and groups are actors of
// their own document only; names are not.
func TestUnnamed(t *testing.T) {
	for _, tc := range []struct {
		speaker string
		want    bool
	}{
		{"a senior official", true},
		{"two people familiar with the talks", true},
		{"analysts", true},
		{"some critics", true},
		{"diplomats in Port Sabel", true},
		{"U.S. officials", true},
		{"industry observers", true},
		{"Doctors Without Borders", false},
		{"Zalmay Khalilzad", false},
		{"Kent Police", false},
		{"Halvorsen", false},
		{"", false},
	} {
		if got := Unnamed(tc.speaker); got != tc.want {
			t.Errorf("Unnamed(%q) = %v; want %v", tc.speaker, got, tc.want)
		}
	}
}
