package store

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestParseQuery(t *testing.T) {
	// w is a term written as text, with its words (by default the text
	// lower-cased, for one word).
	w := func(text string, words ...string) Term {
		if len(words) == 0 {
			words = []string{strings.ToLower(text)}
		}
		return Term{Words: words, Text: text}
	}
	for _, tt := range []struct {
		in   string
		want Query
	}{
		{"ceasefire talks", Query{Groups: [][]Term{{w("ceasefire")}, {w("talks")}}}},
		{"Ceasefire OR truce talks", Query{Groups: [][]Term{{w("Ceasefire"), w("truce")}, {w("talks")}}}},
		{`"line of control" -Strike`, Query{Groups: [][]Term{{w("line of control", "line", "of", "control")}}, Not: []Term{w("Strike")}}},
		{"U.S. envoy", Query{Groups: [][]Term{{w("U.S.", "u", "s")}, {w("envoy")}}}},
		{"Quill's", Query{Groups: [][]Term{{w("Quill's", "quill", "s")}}}},
		{"OR talks OR", Query{Groups: [][]Term{{w("talks")}}}},
		{"talks or truce", Query{Groups: [][]Term{{w("talks")}, {w("or")}, {w("truce")}}}}, // only OR in capitals
		{`"unclosed phrase`, Query{Groups: [][]Term{{w("unclosed phrase", "unclosed", "phrase")}}}},
		{"- talks -", Query{Groups: [][]Term{{w("talks")}}}},
		{"-OR", Query{Not: []Term{w("OR")}}},
		{`"" * ( )`, Query{}},
	} {
		if diff := cmp.Diff(tt.want, ParseQuery(tt.in)); diff != "" {
			t.Errorf("ParseQuery(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// FuzzParseQuery: whatever the input, every word of the parsed query is
// letters and digits only, which the backends rely on to quote them, and
// there are at most MaxTerms terms.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`a OR "b c" -d`, `"`, "-", "OR", "U.S.", "\xff\"OR-", strings.Repeat("-a ", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q := ParseQuery(in)
		if n := q.terms(); n > MaxTerms {
			t.Fatalf("ParseQuery(%q): %d terms, more than %d", in, n, MaxTerms)
		}
		for _, g := range append(q.Groups, q.Not) {
			for _, term := range g {
				if len(term.Words) == 0 {
					t.Fatalf("ParseQuery(%q): an empty term", in)
				}
				for _, w := range term.Words {
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

func TestQueryWrite(t *testing.T) {
	s := Syntax{Term: func(t Term) string { return strings.Join(t.Words, "_") }, Or: " | ", And: " & ", AndNot: " &! "}
	for in, want := range map[string]string{
		`ceasefire OR truce "line of control" -strike -vell`: "(((ceasefire | truce) & (line_of_control)) &! strike &! vell)",
		"talks":  "(((talks)))",
		"-talks": "",
	} {
		if got := ParseQuery(in).Write(s); got != want {
			t.Errorf("ParseQuery(%q).Write = %q; want %q", in, got, want)
		}
	}
}
