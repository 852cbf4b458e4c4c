package metadata

import (
	"bytes"
	"testing"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// The tests in this file compare FromHTML's dates with go-htmldate (a Go
// port of Barbaresi's htmldate, already in the module graph through
// go-trafilatura), to show why storyline keeps its own date rules: on the
// fundus pages go-htmldate is less accurate (it takes an image's
// datePublished, the live blog's update time and a legacy "first
// published" meta over the article's JSON-LD date), and its extensive mode
// costs several times more than all of FromHTML.

// TestCompareHTMLDate logs both date accuracies on the fundus gold set and
// fails if FromHTML falls below go-htmldate.
func TestCompareHTMLDate(t *testing.T) {
	pages := loadFundus(t)
	var ours, theirs int
	for _, p := range pages {
		root, err := html.Parse(bytes.NewReader(p.html))
		if err != nil {
			t.Fatal(err)
		}
		if m := FromHTML(root, Options{URL: p.gold.URL}); len(m.Date) >= 10 && m.Date[:10] == p.gold.Date {
			ours++
		}
		r, err := htmldate.FromDocument(root, htmldate.Options{URL: p.gold.URL, UseOriginalDate: true})
		if err == nil && r.DateTime.Format("2006-01-02") == p.gold.Date {
			theirs++
		} else {
			t.Logf("go-htmldate %s: got %s, want %s", p.gold.ID, r.DateTime.Format("2006-01-02"), p.gold.Date)
		}
	}
	n := float64(len(pages))
	t.Logf("fundus %d pages date_acc: FromHTML %.4f, go-htmldate %.4f", len(pages), float64(ours)/n, float64(theirs)/n)
	if ours < theirs {
		t.Errorf("FromHTML dates %d/%d correct, below go-htmldate's %d", ours, len(pages), theirs)
	}
}

// BenchmarkHTMLDateFast is go-htmldate without its text search, date only.
func BenchmarkHTMLDateFast(b *testing.B) {
	benchHTMLDate(b, true)
}

// BenchmarkHTMLDateExtensive is go-htmldate's default mode, date only.
func BenchmarkHTMLDateExtensive(b *testing.B) {
	benchHTMLDate(b, false)
}

func benchHTMLDate(b *testing.B, skipExtensive bool) {
	roots, size := benchPages(b)
	b.SetBytes(size / int64(len(roots)))
	b.ReportAllocs()
	b.ResetTimer()
	start, n := processCPU(), 0
	for i := 0; b.Loop(); i++ {
		htmldate.FromDocument(roots[i%len(roots)], htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: skipExtensive})
		n++
	}
	reportCPU(b, start, n)
}
