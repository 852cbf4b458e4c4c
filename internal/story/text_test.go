package story

import (
	"slices"
	"strings"
	"testing"
	"unicode"
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

func TestLocativeCounts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]float64
	}{
		{"Talks resumed in Saint Oren on Monday, said Mara Quill.", map[string]float64{"@saint oren": 1}},
		{"Families fled from the Kessel valley to Harn.", map[string]float64{"@kessel": 1}}, // not "to": "spoke to Quill"
		{"Crews met at the Port Avel Harbour and near Vell.", map[string]float64{"@port avel harbour": 1, "@vell": 1}},
		{"The wife of Barack Obama spoke with Samsung.", map[string]float64{}},
	} {
		loc := map[string]float64{}
		featuresInto(map[string]float64{}, loc, "", tc.text, nil, 0)
		if diff := cmp.Diff(tc.want, loc); diff != "" {
			t.Errorf("%q: locative counts (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestPlaceWeight(t *testing.T) {
	// A phrase always seen as a place ends up weighing about as a plain
	// word of the same document frequency; a person keeps the boost.
	v := newVocab(1000)
	for range 20 {
		v.weighObserved(nil, map[string]float64{"@harn": 1, "@mara quill": 1, "talk": 1}, map[string]float64{"@harn": 1}, 10, 2)
	}
	vec := v.weighObserved(nil, map[string]float64{"@harn": 1, "@mara quill": 1, "talk": 1}, map[string]float64{"@harn": 1}, 10, 2)
	w := map[string]float64{}
	for _, x := range vec {
		w[v.names[x.id]] = x.w
	}
	if r := w["@harn"] / w["talk"]; r > 1.1 {
		t.Errorf("place weighs %.2f x a word; want about 1", r)
	}
	if r := w["@mara quill"] / w["talk"]; r != 2 {
		t.Errorf("person weighs %.2f x a word; want 2", r)
	}
}

func TestSentences(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{`He left. "We stay," she said. U.S. forces stayed! Why? Ok.` + "\nNew paragraph",
			[]string{"He left.", `"We stay," she said.`, "U.S. forces stayed!", "Why?", "Ok.", "New paragraph"}},
		// A quotation of two sentences stays whole, straight or curly.
		{`"Three days is not peace. It is a test," she said. Talks resume.`,
			[]string{`"Three days is not peace. It is a test," she said.`, "Talks resume."}},
		{"“Three days is not peace. It is a test.” The talks resume. “We go on.” He left.",
			[]string{"“Three days is not peace. It is a test.”", "The talks resume.", "“We go on.”", "He left."}},
		// Titles and initials end no sentence.
		{"Mr. Quill met Gen. Arnaud. The U.S. Army agreed. Robert F. Kennedy spoke.",
			[]string{"Mr. Quill met Gen. Arnaud.", "The U.S. Army agreed.", "Robert F. Kennedy spoke."}},
		// Inch marks open no quotation.
		{`The 12" pipe burst. Officials said the 6" one held. Repairs began.`,
			[]string{`The 12" pipe burst.`, `Officials said the 6" one held.`, "Repairs began."}},
		// A quotation left open runs on into the next paragraph: cut as
		// if unquoted.
		{"“We will stay. We will rebuild. Nobody leaves.\n“Not one house.”",
			[]string{"“We will stay.", "We will rebuild.", "Nobody leaves.", "“Not one house.”"}},
	} {
		got := slices.Collect(sentences(tt.text))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("sentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
	// The iterator stops when asked to.
	for s := range sentences("One. Two. Three.") {
		if s != "One." {
			t.Fatalf("sentences went on after break: %q", s)
		}
		break
	}
}

func TestDropDateline(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"SAINT OREN (Meridian Wire) - Talks opened on Monday.", "Talks opened on Monday."},
		{"KABUL, Aug 4 (Reuters) – The Taliban advanced.", "The Taliban advanced."},
		{"LONDON: Prices rose again.", "Prices rose again."},
		{"WASHINGTON (AP) — The Senate voted.", "The Senate voted."},
		{"NEW YORK, Aug. 4 (Reuters) - Stocks fell.", "Stocks fell."},
		{"ST. LOUIS (AP) — The river rose.", "The river rose."},
		{"SÃO PAULO (Reuters) - Brazil's central bank held rates.", "Brazil's central bank held rates."},
		{"WHO chief: the pandemic is not over yet.", "WHO chief: the pandemic is not over yet."},
		{"NATO allies agree: spending must rise.", "NATO allies agree: spending must rise."},
		// Not datelines.
		{"The mayor said - at last - that the bridge would open.", "The mayor said - at last - that the bridge would open."},
		{"US envoy: talks will go on.", "US envoy: talks will go on."},
		{"Dr. NO - a film.", "Dr. NO - a film."},
		{"US - a film.", "US - a film."},
		{"NATO - ", "NATO - "},
		{"A", "A"},
	} {
		if got := dropDateline(tt.in); got != tt.want {
			t.Errorf("dropDateline(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestFirstEventWithoutDateline: an article's first development is its
// first sentence without the dateline, abbreviations in the place
// included ("ST. LOUIS (AP) —"), which the sentence splitter would cut.
func TestFirstEventWithoutDateline(t *testing.T) {
	for _, text := range []string{
		"ST. LOUIS (AP) — The river rose two metres overnight. Officials said the levees held.",
		"SAINT OREN (Meridian Wire) - The river rose two metres overnight. Officials said the levees held.",
	} {
		r := newRecorder()
		r.add(Input{ID: "x", Title: "River rises", Text: text}, nil)
		if len(r.events) == 0 || r.events[0].Text != "The river rose two metres overnight." {
			t.Errorf("first event of %q = %+v; want the first sentence without its dateline", text, r.events)
		}
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
		for s := range sentences(text) {
			if strings.TrimSpace(s) != s || s == "" {
				t.Fatalf("sentences(%q): untrimmed or empty %q", text, s)
			}
		}
		r := newRecorder()
		r.add(Input{ID: "x", Title: title, Text: text}, nil)
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

// splitWordsByRune is the plain rune-by-rune form of splitWords, the
// reference its byte-table fast path must agree with.
func splitWordsByRune(text string) []word {
	var dst []word
	start := -1
	sentenceStart := true
	emit := func(end int) {
		if start < 0 {
			return
		}
		if w := trimWordEnd(text[start:end]); w != "" {
			r, _ := utf8.DecodeRuneInString(w)
			dst = append(dst, word{lower: lower(w), capital: unicode.IsUpper(r), sentenceStart: sentenceStart})
			sentenceStart = false
		}
		start = -1
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’' || r == '-') && start >= 0:
		default:
			emit(i)
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == '"' || r == '“' {
				sentenceStart = true
			}
		}
	}
	emit(len(text))
	return dst
}

var splitWordsCases = []string{
	"",
	"The strike at the port of Halvik goes on, Marta Kovac said.\nUnion leader Marta Kovac",
	"“We won’t stop,” said Zoë Ødegaard-Lund. O'Brien's U.S.-led plan: rock-'n'-roll -",
	"Ünver met Émile in İzmir; 3,000 people — ‘quietly’ — left. Ελλάδα and Москва too!",
	"bad \xff\xfe utf8 'quoted' --- end'",
	"日本語の文章。English after it? Yes: 42nd",
}

func TestSplitWordsFastPath(t *testing.T) {
	for _, text := range splitWordsCases {
		if diff := cmp.Diff(splitWordsByRune(text), splitWords(nil, text), cmp.AllowUnexported(word{})); diff != "" {
			t.Errorf("%q (-by rune +fast):\n%s", text, diff)
		}
	}
}

func FuzzSplitWords(f *testing.F) {
	for _, text := range splitWordsCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if diff := cmp.Diff(splitWordsByRune(text), splitWords(nil, text), cmp.AllowUnexported(word{})); diff != "" {
			t.Errorf("%q (-by rune +fast):\n%s", text, diff)
		}
	})
}

func BenchmarkSplitWords(b *testing.B) {
	text := strings.Repeat("Talks between the United States and the Taliban resumed in Doha on Monday, "+
		"US envoy Zalmay Khalilzad said. State Department spokesman Ned Price told reporters the "+
		"sides had agreed on a timetable. \"We are not there yet,\" he added.\n", 20)
	var dst []word
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		dst = splitWords(dst[:0], text)
	}
}
