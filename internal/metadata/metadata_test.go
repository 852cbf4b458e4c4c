package metadata

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite testdata/pages/*.golden.json from the current output")

// pageOptions are the Options each fixture page is read with.
var pageOptions = map[string]Options{
	"jsonld_graph.html": {URL: "https://courier.example/news/2024/05/02/council-cycle-lanes/?utm=x"},
	"url_date.html":     {URL: "https://fete.example/2021/07/11/village-fete-record/"},
	"future_date.html":  {Fetched: time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)},
}

// TestFromHTMLGolden reads the fixture pages in testdata/pages (written for
// these tests) and compares the Metadata with the golden file of each.
func TestFromHTMLGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			root, err := html.Parse(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			got := FromHTML(root, pageOptions[filepath.Base(f)])
			golden := strings.TrimSuffix(f, ".html") + ".golden.json"
			if *update {
				out, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(golden, append(out, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wb, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			var want Metadata
			if err := json.Unmarshal(wb, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("FromHTML(%s) mismatch (-want +got):\n%s", f, diff)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // Date.String(), "" for no date
	}{
		{"2021-08-04", "2021-08-04"},
		{"2021-08-04T10:00:00Z", "2021-08-04T10:00:00Z"},
		{"2021-08-04T10:00:00+02:00", "2021-08-04T10:00:00+02:00"},
		{"2024-04-30 16:38:37 +02:00", "2024-04-30T16:38:37+02:00"},
		{"2023-08-30T16:45+0100", "2023-08-30T16:45:00+01:00"},
		{"2023-06-26T12:00:29.055", "2023-06-26"},
		{"2024-04-28T10:00:00.000-04:00", "2024-04-28T10:00:00-04:00"},
		{"2023-04-28T18:23:00+0000", "2023-04-28T18:23:00Z"},
		{"2024-11-22 16:55:35", "2024-11-22"},
		{"2021/08/04", "2021-08-04"},
		{"20210804", "2021-08-04"},
		{"1750680000000", "2025-06-23T12:00:00Z"},
		{"1750680000", "2025-06-23T12:00:00Z"},
		{"May 15th, 2023", "2023-05-15"},
		{"January 11th, 2024", "2024-01-11"},
		{"4 August 2021", "2021-08-04"},
		{"Wed, 04 Aug 2021 10:00:00 GMT", "2021-08-04"},
		{"Aug. 4, 2021", "2021-08-04"},
		{"2021-02-29", ""},
		{"2021-13-01", ""},
		{"04/08/2021", ""},
		{"yesterday", ""},
		{"4 foo August 2021", ""},
		{"", ""},
		{"2021-08-04T25:00:00Z", "2021-08-04"},
	}
	for _, tt := range tests {
		d, ok := ParseDate(tt.in)
		if got := d.String(); got != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestDateInURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.example/news/2021/08/04/story-slug/", "2021-08-04"},
		{"https://a.example/2021-08-04-story", "2021-08-04"},
		{"https://a.example/story_20210804.html", "2021-08-04"},
		{"https://a.example/2021/08/story", ""},
		{"https://a.example/story?d=2021/08/04", ""},
		{"https://a.example/id/202108041234", ""},
		{"https://2021-08-04.example/", ""},
		{"not a url", ""},
	}
	for _, tt := range tests {
		d, _ := DateInURL(tt.in)
		if got := d.String(); got != tt.want {
			t.Errorf("DateInURL(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateInText(t *testing.T) {
	tests := []struct{ in, want, span string }{
		{"Published 4 August 2021 by staff", "2021-08-04", "4 August 2021"},
		{"Latest NewsToday: 3 June 2025", "2025-06-03", "3 June 2025"},
		{"Posted on Aug. 4th, 2021 at 10am", "2021-08-04", "Aug. 4th, 2021"},
		{"updated 2021-08-04T10:00", "2021-08-04", "2021-08-04"},
		{"In May the council met", "", ""},
		{"31 June 2021", "", ""},
	}
	for _, tt := range tests {
		d, s, e, ok := DateInText(tt.in)
		span := ""
		if ok {
			span = tt.in[s:e]
		}
		if d.String() != tt.want || span != tt.span {
			t.Errorf("DateInText(%q) = %q %q; want %q %q", tt.in, d.String(), span, tt.want, tt.span)
		}
	}
}

func TestPlausible(t *testing.T) {
	fetched := time.Date(2025, 6, 3, 23, 0, 0, 0, time.UTC)
	tests := []struct {
		d    Date
		want bool
	}{
		{Date{Year: 2025, Month: 6, Day: 3}, true},
		{Date{Year: 2025, Month: 6, Day: 4}, true}, // a time zone ahead
		{Date{Year: 2025, Month: 6, Day: 5}, false},
		{Date{Year: 1989, Month: 12, Day: 31}, false},
		{Date{Year: 1990, Month: 1, Day: 1}, true},
		{mustParse(t, "2025-06-03T23:00:00Z"), true},
		{mustParse(t, "2025-06-03T23:00:01Z"), false},
		{mustParse(t, "2025-06-04T08:00:00+10:00"), true}, // the same day seen from UTC
	}
	for _, tt := range tests {
		if got := tt.d.plausible(fetched); got != tt.want {
			t.Errorf("%v.plausible(%v) = %v; want %v", tt.d, fetched, got, tt.want)
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct{ title, site, host, want string }{
		{"Story headline here | AP News", "AP News", "apnews", "Story headline here"},
		{"King's speech summary: five policies | Politics News | Metro News", "Metro", "metro", "King's speech summary: five policies"},
		{"Russia hits Kyiv with missile - National | Globalnews.ca", "Global News", "globalnews", "Russia hits Kyiv with missile"},
		{"BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors", "TimesLIVE", "timeslive", "BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors"},
		{"Protesters throw stones as 3 cops injured - updates", "Mirror", "mirror", "Protesters throw stones as 3 cops injured - updates"},
		{"Solar streetlights boost businesses - Daily News", "Daily News", "dailynews", "Solar streetlights boost businesses"},
		{"Home | Site", "Site", "site", "Home | Site"},
		{"Zelensky considers firing top general * The Gateway Pundit * by Paul Serran", "The Gateway Pundit", "thegatewaypundit", "Zelensky considers firing top general"},
	}
	for _, tt := range tests {
		if got := stripSite(tt.title, tt.site, tt.host); got != tt.want {
			t.Errorf("stripSite(%q, %q, %q) = %q; want %q", tt.title, tt.site, tt.host, got, tt.want)
		}
	}
}

func TestCleanAuthors(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"By Jane Doe"}, []string{"Jane Doe"}},
		{[]string{"Mamokete Modiba, Claire Benit-Gbaffou, Sarah Charlton and Tanya Zack"}, []string{"Mamokete Modiba", "Claire Benit-Gbaffou", "Sarah Charlton", "Tanya Zack"}},
		{[]string{"You, Xiaoying"}, []string{"Xiaoying You"}},
		{[]string{"AFP, MANILA"}, []string{"AFP", "MANILA"}},
		{[]string{"https://www.example.com/authors/jane-doe/"}, nil},
		{[]string{"Jane Doe", "jane doe", "John Roe"}, []string{"Jane Doe", "John Roe"}},
		{[]string{"Mathatisi Sebusi/Mohalenyane Phakela"}, []string{"Mathatisi Sebusi", "Mohalenyane Phakela"}},
		{[]string{"This is a long sentence that is not a name at all really"}, nil},
		{[]string{"新間"}, []string{"新間"}},
		{[]string{"TOM KRISHER; AP Auto Writer"}, []string{"TOM KRISHER"}},
		{[]string{"Guardian staff reporter"}, []string{"Guardian staff reporter"}},
		{[]string{"Ilana Muhlstein, MS, RDN"}, []string{"Ilana Muhlstein"}},
		{[]string{"Analysis by Chris Cillizza, CNN Editor-at-large"}, []string{"Chris Cillizza", "CNN Editor-at-large"}},
		{[]string{"By"}, nil},
		{[]string{"AFP"}, []string{"AFP"}},
	}
	for _, tt := range tests {
		if got := cleanAuthors(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("cleanAuthors(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"By Jane Doe and John Roe | Staff Reporters", []string{"Jane Doe", "John Roe"}},
		{"by Jane Doe, John Roe", []string{"Jane Doe", "John Roe"}},
		{"By Jane Doe in Lisbon", []string{"Jane Doe"}},
		{"By AFP", []string{"AFP"}},
		{"By the time the ferry arrived, the storm had passed.", nil},
		{"Byline", nil},
		{"Jane Doe", nil},
	}
	for _, tt := range tests {
		if got := Byline(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("Byline(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council said that the new lanes were approved and it is expected to start work this year.", "en"},
		{"Der Rat hat die neuen Radwege genehmigt und die Arbeiten sollen in diesem Jahr beginnen, sagte die Stadt auf ihrer Sitzung.", "de"},
		{"Le conseil a approuvé les nouvelles pistes et les travaux doivent commencer dans les prochains mois pour la ville.", "fr"},
		{"El consejo aprobó los nuevos carriles y las obras comenzarán este año, según el alcalde de la ciudad con sus concejales.", "es"},
		{"De gemeenteraad heeft het plan voor de nieuwe fietspaden goedgekeurd en het werk zal dit jaar beginnen, maar niet voor de zomer.", "nl"},
		{"市議会は新しい自転車レーンを承認し、工事は今年始まる予定だと発表しました。", "ja"},
		{"Городской совет одобрил новые велосипедные дорожки, работы начнутся в этом году.", "ru"},
		{"ok", ""},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// FuzzParseDate checks that the date parsers never panic and only return
// valid calendar dates.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2021-08-04T10:00:00+02:00", "May 15th, 2023", "1750680000000", "20210804",
		"2021-08-04 10:00:00 +02:00", "Wed, 04 Aug 2021", "4 August 2021", "2023-08-30T16:45+0100", "9999-12-31T23:59:60-14:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(d Date, ok bool, fn string) {
			if !ok {
				if !d.IsZero() {
					t.Fatalf("%s(%q) = %v with ok false", fn, s, d)
				}
				return
			}
			if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
				t.Fatalf("%s(%q) = invalid date %+v", fn, s, d)
			}
			if out := d.String(); len(out) < 10 {
				t.Fatalf("%s(%q).String() = %q", fn, s, out)
			}
		}
		d, ok := ParseDate(s)
		check(d, ok, "ParseDate")
		d, st, en, ok := DateInText(s)
		check(d, ok, "DateInText")
		if ok && (st < 0 || en > len(s) || st >= en) {
			t.Fatalf("DateInText(%q) span [%d,%d)", s, st, en)
		}
		d, ok = DateInURL(s)
		check(d, ok, "DateInURL")
	})
}

// FuzzFromHTML checks that metadata extraction never panics on arbitrary
// markup, including broken JSON-LD.
func FuzzFromHTML(f *testing.F) {
	if files, err := filepath.Glob("testdata/pages/*.html"); err == nil {
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":{"@id":"x"},"datePublished":1700000000}],"@id":"x"}</script>`)
	f.Fuzz(func(t *testing.T, page string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		m := FromHTML(root, Options{URL: "https://example.com/2021/08/04/x"})
		if m.Date != "" && m.DateSource == "" {
			t.Fatalf("date %q without a source", m.Date)
		}
	})
}

func mustParse(t *testing.T, s string) Date {
	t.Helper()
	d, ok := ParseDate(s)
	if !ok {
		t.Fatalf("ParseDate(%q) failed", s)
	}
	return d
}
