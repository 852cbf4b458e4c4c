package metadata

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// fundusDir is the fundus metadata gold set in the shared evaluation data,
// relative to this package's directory.
const fundusDir = "../../../shared/eval/extraction/fundus"

type fundusGold struct {
	ID      string   `json:"id"`
	URL     string   `json:"url"`
	Title   string   `json:"title"`
	Authors []string `json:"authors"`
	Date    string   `json:"date"`
}

type fundusPage struct {
	gold fundusGold
	html []byte
}

func loadFundus(tb testing.TB) []fundusPage {
	tb.Helper()
	f, err := os.Open(filepath.Join(fundusDir, "gold.jsonl"))
	if err != nil {
		tb.Skipf("fundus gold set not available: %v", err)
	}
	defer f.Close()
	var pages []fundusPage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var g fundusGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			tb.Fatalf("gold.jsonl: %v", err)
		}
		b, err := os.ReadFile(filepath.Join(fundusDir, "html", g.ID+".html"))
		if err != nil {
			tb.Fatalf("read page %s: %v", g.ID, err)
		}
		pages = append(pages, fundusPage{g, b})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("gold.jsonl: %v", err)
	}
	return pages
}

// normTitle approximates score_metadata.py's normalisation: casefold,
// straight quotes, plain dashes, collapsed white space.
func normTitle(s string) string {
	r := strings.NewReplacer("‘", "'", "’", "'", "‚", "'", "‛", "'", "“", `"`, "”", `"`, "„", `"`,
		"«", `"`, "»", `"`, "–", "-", "—", "-", "−", "-", "\u00a0", " ")
	return strings.Join(strings.Fields(strings.ToLower(r.Replace(s))), " ")
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' }) {
		m[w] = true
	}
	return m
}

// TestFundus measures date, title and author accuracy on the fundus gold
// set (the metadata alone, independent of text extraction) and fails below
// the levels reached when it was written.
func TestFundus(t *testing.T) {
	pages := loadFundus(t)
	var dateOK, titleOK, authorOK, authorN int
	for _, p := range pages {
		root, err := html.Parse(bytes.NewReader(p.html))
		if err != nil {
			t.Fatalf("parse %s: %v", p.gold.ID, err)
		}
		m := FromHTML(root, Options{URL: p.gold.URL})
		if len(m.Date) >= 10 && m.Date[:10] == p.gold.Date {
			dateOK++
		} else {
			t.Logf("date   %s: got %q (%s), want %s", p.gold.ID, m.Date, m.DateSource, p.gold.Date)
		}
		if normTitle(m.Title) == normTitle(p.gold.Title) {
			titleOK++
		} else {
			t.Logf("title  %s: got %q, want %q", p.gold.ID, m.Title, p.gold.Title)
		}
		if len(p.gold.Authors) > 0 {
			authorN++
			got := wordSet(m.Author)
			found := false
			for _, a := range p.gold.Authors {
				w := strings.FieldsFunc(strings.ToLower(a), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
				if len(w) > 0 && got[w[len(w)-1]] {
					found = true
				}
			}
			if found {
				authorOK++
			} else {
				t.Logf("author %s: got %q, want %q", p.gold.ID, m.Author, p.gold.Authors)
			}
		}
	}
	n := float64(len(pages))
	dateAcc, titleAcc, authorRec := float64(dateOK)/n, float64(titleOK)/n, float64(authorOK)/float64(authorN)
	t.Logf("fundus %d pages: date_acc %.4f title_acc %.4f author_recall %.4f", len(pages), dateAcc, titleAcc, authorRec)
	if dateAcc < 0.95 || titleAcc < 0.85 || authorRec < 0.90 {
		t.Errorf("fundus: date_acc %.4f (want >= 0.95), title_acc %.4f (want >= 0.85), author_recall %.4f (want >= 0.90)", dateAcc, titleAcc, authorRec)
	}
}
