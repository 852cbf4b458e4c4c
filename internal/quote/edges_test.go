package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParagraphEdges runs the finder on every word prefix and suffix of
// paragraphs of the written articles: a text that ends right after a cue,
// a particle or an article ("... Smith told", "shared widely on",
// "according to two people") must give spans inside the text, never a
// read past its end. (A review found four such reads; the fuzzer had not.)
// Every fourth article by default; all of them with STORYLINE_EDGES_ALL=1.
func TestParagraphEdges(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	step := 4
	if os.Getenv("STORYLINE_EDGES_ALL") != "" {
		step = 1
	}
	fd := newFinder(t)
	for i := 0; i < len(files); i += step {
		b, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n") {
			words := strings.Fields(p)
			for n := 1; n <= len(words); n++ {
				for _, s := range []string{strings.Join(words[:n], " "), strings.Join(words[len(words)-n:], " ")} {
					func() {
						defer func() {
							if r := recover(); r != nil {
								t.Fatalf("Find(%q) panicked: %v", s, r)
							}
						}()
						checkSpans(t, s, fd.Find(s).Quotes)
					}()
				}
			}
		}
	}
}
