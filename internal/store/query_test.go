package store

import (
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestParseQuery(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Query
	}{
		{"ceasefire talks", Query{Groups: [][]Term{{{"ceasefire"}}, {{"talks"}}}}},
		{"Ceasefire OR truce talks", Query{Groups: [][]Term{{{"ceasefire"}, {"truce"}}, {{"talks"}}}}},
		{`"line of control" -Strike`, Query{Groups: [][]Term{{{"line", "of", "control"}}}, Not: []Term{{"strike"}}}},
		{"U.S. envoy", Query{Groups: [][]Term{{{"u", "s"}}, {{"envoy"}}}}},
		{"Quill's", Query{Groups: [][]Term{{{"quill", "s"}}}}},
		{"OR talks OR", Query{Groups: [][]Term{{{"talks"}}}}},
		{"talks or truce", Query{Groups: [][]Term{{{"talks"}}, {{"or"}}, {{"truce"}}}}}, // only OR in capitals
		{`"unclosed phrase`, Query{Groups: [][]Term{{{"unclosed", "phrase"}}}}},
		{"- talks -", Query{Groups: [][]Term{{{"talks"}}}}},
		{"-OR", Query{Not: []Term{{"or"}}}},
		{`"" * ( )`, Query{}},
	} {
		if diff := cmp.Diff(tt.want, ParseQuery(tt.in)); diff != "" {
			t.Errorf("ParseQuery(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// FuzzParseQuery: whatever the input, every word of the parsed query is
// letters and digits only, which the backends rely on to quote them.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`a OR "b c" -d`, `"`, "-", "OR", "U.S.", "\xff\"OR-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q := ParseQuery(in)
		for _, g := range append(q.Groups, q.Not) {
			for _, term := range g {
				if len(term) == 0 {
					t.Fatalf("ParseQuery(%q): an empty term", in)
				}
				for _, w := range term {
					for _, r := range w {
						if w == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
							t.Fatalf("ParseQuery(%q): word %q is not letters and digits", in, w)
						}
					}
				}
			}
		}
	})
}
