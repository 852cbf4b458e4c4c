package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/document"
)

var updateText = flag.Bool("update-text", false, "rewrite testdata/text/*.golden.json from the current Text output")

// seedsDir holds the scraped plain-text seed pages, outside the repository.
const seedsDir = "../../../shared/seeds"

// TestTextGolden runs Text on the fixtures in testdata/text (pages written
// for these tests, modelled on scraped news pages) and compares the whole
// Document with the golden file next to each.
func TestTextGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/text/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata/text: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			page, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Text(page)
			if err != nil {
				t.Fatalf("Text(%s): %v", f, err)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *updateText {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestTextGolden -update-text)", err)
			}
			var want document.Document
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Text(%s) mismatch (-want +got):\n%s", f, diff)
			}
		})
	}
}

type seedAnnotation struct {
	Title      string   `json:"title"`
	Date       string   `json:"date"`
	DateSource string   `json:"date_source"`
	Present    []string `json:"present"`
	Absent     []string `json:"absent"`
}

// TestTextSeeds checks Text on the scraped seed pages against our own
// annotation in testdata/text/seeds.json: the title, the date, the first
// words of every article paragraph and the furniture lines that must go.
// The seed pages stay outside the repository; the test skips without them.
func TestTextSeeds(t *testing.T) {
	b, err := os.ReadFile("testdata/text/seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	var ann map[string]json.RawMessage
	if err := json.Unmarshal(b, &ann); err != nil {
		t.Fatal(err)
	}
	for name, raw := range ann {
		if strings.HasPrefix(name, "_") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			var want seedAnnotation
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			page, err := os.ReadFile(filepath.Join(seedsDir, name))
			if errors.Is(err, os.ErrNotExist) {
				t.Skipf("seed %s not available", name)
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := Text(page)
			if err != nil {
				t.Fatalf("Text(%s): %v", name, err)
			}
			if got.Title != want.Title {
				t.Errorf("title = %q; want %q", got.Title, want.Title)
			}
			if got.Date != want.Date || got.DateSource != want.DateSource {
				t.Errorf("date = %q (%q); want %q (%q)", got.Date, got.DateSource, want.Date, want.DateSource)
			}
			lines := strings.Split(got.Text, "\n")
			has := func(prefix string) bool {
				for _, l := range lines {
					if strings.HasPrefix(l, prefix) {
						return true
					}
				}
				return false
			}
			for _, p := range want.Present {
				if !has(p) {
					t.Errorf("paragraph %q... missing", p)
				}
			}
			for _, p := range want.Absent {
				if has(p) {
					t.Errorf("furniture %q... kept", p)
				}
			}
			if n := len(lines); n != len(want.Present) {
				t.Errorf("got %d paragraphs; want %d", n, len(want.Present))
			}
		})
	}
}

// TestTextLines covers single furniture rules.
func TestTextLines(t *testing.T) {
	tests := []struct {
		name, page  string
		title, date string
		text        string
		author      string
	}{
		{
			name:  "glued scrape date is not the publication date",
			page:  "Latest NewsToday: 3 June 2025\nStorm closes port\nThe port closed on Monday after a storm.",
			title: "Storm closes port",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name:  "date line after the headline",
			page:  "Storm closes port\nMonday, 2 June 2025 10:30 am\nThe port closed on Monday after a storm.",
			title: "Storm closes port",
			date:  "2025-06-02",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name:  "date after the scrape date is refused",
			page:  "Today: 3 June 2025\nStorm closes port\n9 June 2025\nThe port closed on Monday after a storm.",
			title: "Storm closes port",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name:  "reading time badges and relative stamps",
			page:  "Storm closes port\n5 min read\nReading time: 2 minutes\nThe port closed on Monday after a storm.\nUpdated 3 hours ago",
			title: "Storm closes port",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name:  "next story title goes, subheading stays",
			page:  "Storm closes port\nThe port closed on Monday after a storm.\nWhat comes next\nRepairs will take a week.\nNext Story\nMayor opens new library",
			title: "Storm closes port",
			text:  "The port closed on Monday after a storm.\nWhat comes next\nRepairs will take a week.",
		},
		{
			name:  "teaser heading ends the article",
			page:  "Storm closes port\nThe port closed on Monday after a storm.\nMore from World News\nFloods in the north\nRivers burst their banks.",
			title: "Storm closes port",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name:  "also read and credit lines",
			page:  "Storm closes port\nThe port closed on Monday after a storm.\nALSO READ: Ferries cancelled\nHarbour at dawn Photo: Jane Roe\nRepairs will take a week.",
			title: "Storm closes port",
			text:  "The port closed on Monday after a storm.\nRepairs will take a week.",
		},
		{
			name:  "duplicate paragraphs kept once",
			page:  "Storm closes port\nThe port closed on Monday after a storm.\nThe port closed on Monday after a storm.",
			title: "Storm closes port",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name:  "publication date in a byline stamp",
			page:  "Storm closes port\nBy Jane Roe | Published 2 June 2025\nThe port closed on Monday after a storm.",
			title: "Storm closes port",
			date:  "2025-06-02",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name:  "a date inside a sentence is not the publication date",
			page:  "Storm closes port\nThe report, published 4 August 2021, found the pier unsafe.",
			title: "Storm closes port",
			text:  "The report, published 4 August 2021, found the pier unsafe.",
		},
		{
			name:  "furniture glued to the scrape stamp, captions and counters",
			page:  "Go toTopToday: 3 June 2025\nStorm closes port\nThe port closed on Monday after a storm.\nRepresentative image\nPost Views: 1,204\nLike this:\nLoading...",
			title: "Storm closes port",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name:  "a label word inside a sentence is not a label",
			page:  "Storm closes port\nRelated-party deals were cleared by the board.\nWatch-makers in the town said sales fell.",
			title: "Storm closes port",
			text:  "Related-party deals were cleared by the board.\nWatch-makers in the town said sales fell.",
		},
		{
			name:  "date and reading time on one line",
			page:  "Storm closes port\n4 August 2021 | 4 mins read\nThe port closed on Monday after a storm.",
			title: "Storm closes port",
			date:  "2021-08-04",
			text:  "The port closed on Monday after a storm.",
		},
		{
			name: "no headline",
			page: "The port closed on Monday after a storm.\nRepairs will take a week.",
			text: "The port closed on Monday after a storm.\nRepairs will take a week.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text([]byte(tt.page))
			if err != nil {
				t.Fatalf("Text(%q): %v", tt.page, err)
			}
			if got.Title != tt.title {
				t.Errorf("title = %q; want %q", got.Title, tt.title)
			}
			if len(got.Date) < 10 && tt.date != "" || len(got.Date) >= 10 && got.Date[:10] != tt.date || got.Date == "" && tt.date != "" {
				t.Errorf("date = %q; want %q", got.Date, tt.date)
			}
			if tt.date == "" && got.Date != "" {
				t.Errorf("date = %q; want none", got.Date)
			}
			if got.Author != tt.author {
				t.Errorf("author = %q; want %q", got.Author, tt.author)
			}
			if got.Text != tt.text {
				t.Errorf("text = %q; want %q", got.Text, tt.text)
			}
		})
	}
}

func TestTextEmpty(t *testing.T) {
	for _, page := range []string{"", "  \n\n ", "Today: 3 June 2025\n4 mins read"} {
		if _, err := Text([]byte(page)); !errors.Is(err, ErrEmpty) {
			t.Errorf("Text(%q) error = %v; want ErrEmpty", page, err)
		}
	}
}

// FuzzText checks that Text never panics and keeps its output invariants:
// valid UTF-8 text without empty lines.
func FuzzText(f *testing.F) {
	if files, err := filepath.Glob("testdata/text/*.txt"); err == nil {
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("Latest NewsToday: 3 June 2025\nNext Story\n"))
	f.Add([]byte("By\n31 February 2021\n4 mins read\n\xff\xfe"))
	f.Fuzz(func(t *testing.T, page []byte) {
		n, last := utf8.RuneCountInString(strings.ToValidUTF8(string(page), "\uFFFD")), 0
		for _, r := range TextFurniture(page) {
			if r[0] < last || r[1] <= r[0] || r[1] > n {
				t.Fatalf("TextFurniture(%q) range %v out of order or of the page (%d code points)", page, r, n)
			}
			last = r[1]
		}
		d, err := Text(page)
		if err != nil {
			return
		}
		for _, l := range strings.Split(d.Text, "\n") {
			if strings.TrimSpace(l) == "" {
				t.Fatalf("Text(%q) has an empty line: %q", page, d.Text)
			}
		}
		if d.Date != "" && len(d.Date) < 10 {
			t.Fatalf("Text(%q) date %q", page, d.Date)
		}
	})
}

// BenchmarkText measures Text over the text fixtures and, when present,
// the seed pages; ns/op is per page.
func BenchmarkText(b *testing.B) {
	files, _ := filepath.Glob("testdata/text/*.txt")
	seeds, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	var pages [][]byte
	for _, f := range append(files, seeds...) {
		p, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		b.Skip("no text pages")
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Text(pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTextFurniture checks the furniture ranges of pages taken as they
// are: the lines Text drops, in code points, and the teasers after a
// mid-article "Related Stories" box but not the article after them.
func TestTextFurniture(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string // the furniture lines, by their text
	}{
		{
			name: "stamps, badges and a teaser list at the end",
			page: "Today: 3 June 2025\nEnvoy says talks will resume\n\n4 mins read\n\nThe envoy said talks would resume on Monday, the ministry said.\n\nLatest News\n\n- UN says famine confirmed in Sudan\n- Kenya to lead new peace push, says Ruto\n",
			want: []string{"Today: 3 June 2025", "4 mins read", "Latest News", "- UN says famine confirmed in Sudan", "- Kenya to lead new peace push, says Ruto"},
		},
		{
			name: "a story link and the title after it; a related box mid-article",
			page: "Minister resigns\n\nThe minister resigned on Friday, aides said.\n\nRelated Stories\nRival says coalition will hold\n\nThe party said it would choose a successor next week.\n\nNext Story\n\nKremlin says talks are possible\n",
			want: []string{"Related Stories", "Rival says coalition will hold", "Next Story", "Kremlin says talks are possible"},
		},
		{
			name: "a paragraph opening with a year after a related box is no teaser",
			page: "Council cuts budget\n\nThe council cut its budget by a tenth, officials said.\n\nRead more\nMayor says cuts are fair\n2024 was a hard year for the town, Ms Cole said.\n",
			want: []string{"Read more", "Mayor says cuts are fair"},
		},
		{
			name: "teaser titles with the cut-off openings of their stories",
			page: "Port strike ends\n\nDockers returned to work on Monday, the union said.\n\nLatest from Top News\n\nMill Town Votes on Levy\n\nThe council said that it would put the levy to a vote…reports Valley Wire The mayor backed the\n\nFerry Fares Rise\n\nFares will rise by a tenth from May, the operator announced on\n",
			want: []string{"Latest from Top News", "Mill Town Votes on Levy", "The council said that it would put the levy to a vote…reports Valley Wire The mayor backed the", "Ferry Fares Rise", "Fares will rise by a tenth from May, the operator announced on"},
		},
		{
			name: "a whole paragraph after a related box is the article's",
			page: "Minister resigns\n\nThe minister resigned on Friday, aides said.\n\nRelated Stories\nRival says coalition will hold\nThe party said it would choose a successor next week, and that the vote was \"a formality.\"\n",
			want: []string{"Related Stories", "Rival says coalition will hold"},
		},
		{
			name: "an article with none; code points, not bytes",
			page: "Ministerin tritt zurück\n\n„Es reicht“, sagte die Ministerin am Freitag.\n",
			want: nil,
		},
		{
			name: "code points after non-ASCII text",
			page: "Ministerin tritt zurück – „Es reicht“\n\n„Es reicht“, sagte die Ministerin am Freitag in Köln.\n\nMost read\nKöln: Stadt sagt Fest ab\n",
			want: []string{"Most read", "Köln: Stadt sagt Fest ab"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runes := []rune(tt.page)
			var got []string
			for _, r := range TextFurniture([]byte(tt.page)) {
				got = append(got, string(runes[r[0]:r[1]]))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("TextFurniture() lines (-want +got):\n%s", diff)
			}
		})
	}
}
