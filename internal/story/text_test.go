package story

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"talks": "talk", "parties": "party", "losses": "losse", "paris": "paris", "crisis": "crisis",
		"bus": "bus", "glass": "glass", "obama's": "obama", "goes": "goe", "as": "as", "workers": "worker",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestFeatures(t *testing.T) {
	tf, _ := features("Dock strike", "The strike at the port of Halvik goes on, Marta Kovac said.\nUnion leader Marta Kovac", nil)
	for _, k := range []string{"strike", "dock", "port", "halvik", "@halvik", "@marta kovac"} {
		if tf[k] == 0 {
			t.Errorf("features: no %q in %v", k, tf)
		}
	}
	if tf["strike"] != 3 { // twice in the headline, once in the text
		t.Errorf("features: strike counted %v times; want 3", tf["strike"])
	}
	for _, k := range []string{"the", "at", "of", "@the"} {
		if _, ok := tf[k]; ok {
			t.Errorf("features: stop word %q kept", k)
		}
	}
}

func TestSentences(t *testing.T) {
	got := sentences(`He left. "We stay," she said. U.S. forces stayed! Why? Ok.` + "\nNew paragraph")
	want := []string{"He left.", `"We stay," she said.`, "U.S. forces stayed!", "Why?", "Ok.", "New paragraph"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences mismatch (-want +got):\n%s", diff)
	}
}

func FuzzFeatures(f *testing.F) {
	f.Add("Title", "Text with Capital Words. And \"quotes\" said Someone.\nNew para")
	f.Add("", "’’’ -- ' - x")
	f.Add("\xff\xfe", "A\u2019s B")
	f.Fuzz(func(t *testing.T, title, text string) {
		tf, _ := features(title, text, nil)
		for k, v := range tf {
			if k == "" || k == "@" || v <= 0 {
				t.Fatalf("features(%q, %q): bad term %q = %v", title, text, k, v)
			}
			if utf8.ValidString(title+text) && !utf8.ValidString(k) {
				t.Fatalf("invalid UTF-8 term %q", k)
			}
		}
		for _, s := range sentences(text) {
			if strings.TrimSpace(s) != s || s == "" {
				t.Fatalf("sentences(%q): untrimmed or empty %q", text, s)
			}
		}
		r := newRecorder()
		r.add(Input{ID: "x", Title: title, Text: text}, nil, Assignment{})
	})
}

// TestLowerTrim checks the hand-written lower-casing and trimming against
// the standard library.
func TestLowerTrim(t *testing.T) {
	for _, w := range []string{"", "obama", "Obama", "OBAMA's", "Kovač", "Obama’s", "don’t", "x-ray-", "rock'n'roll'", "’", "--", "Ünal’’", "A1-B2"} {
		if got, want := lower(w), strings.ReplaceAll(strings.ToLower(w), "’", "'"); got != want {
			t.Errorf("lower(%q) = %q; want %q", w, got, want)
		}
		if got, want := trimWordEnd(w), strings.TrimRight(w, "'’-"); got != want {
			t.Errorf("trimWordEnd(%q) = %q; want %q", w, got, want)
		}
	}
}
