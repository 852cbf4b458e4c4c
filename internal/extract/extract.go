package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/storyline-dev/storyline/internal/charset"
	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/metadata"
)

// Options describes what is known about a page besides its bytes.
type Options struct {
	// URL is the page's address, if known; it helps with dates and site names.
	URL string
	// ContentType is the declared media type, possibly with a charset.
	ContentType string
	// Fetched is when the page was crawled, if known; no later date is
	// taken as the publication date. The zero value means unknown.
	Fetched time.Time
}

// ErrEmpty reports a page with no article text to extract.
var ErrEmpty = errors.New("no article text found")

// Result is an extraction with the provenance of its text.
type Result struct {
	// Document is the extracted article.
	Document document.Document
	// Rule says how the content root was chosen.
	Rule Rule
	// Lines is the number of text lines kept, and Dropped the number of
	// lines found under the root and dropped as furniture.
	Lines, Dropped int
	// Removed is the number of elements removed as furniture before the
	// root was chosen.
	Removed int
}

// HTML extracts the article from an HTML page. The returned Document has
// no ID or Source; the caller sets them. A page without article text gives
// an error wrapping ErrEmpty.
func HTML(page []byte, opts Options) (document.Document, error) {
	r, err := Extract(page, opts)
	return r.Document, err
}

// Extract is HTML with the provenance of the result.
func Extract(page []byte, opts Options) (Result, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return Result{}, inPage(opts, "", fmt.Errorf("%w: the page is blank", ErrEmpty))
	}
	utf8Page, err := charset.ToUTF8(page, opts.ContentType)
	if err != nil {
		return Result{}, inPage(opts, "decode", err)
	}
	root, err := html.Parse(bytes.NewReader(stripCode(utf8Page)))
	if err != nil {
		return Result{}, inPage(opts, "parse", err)
	}
	meta := metadata.FromHTML(root, metadata.Options{URL: opts.URL, Fetched: opts.Fetched})
	doc := document.Document{
		URL:        meta.URL,
		Title:      meta.Title,
		Author:     meta.Author,
		Date:       meta.Date,
		DateSource: meta.DateSource,
		Sitename:   meta.Sitename,
		Language:   meta.Language,
	}
	if doc.URL == "" {
		doc.URL = opts.URL
	}
	res := mainText(root, meta.Title)
	res.Document = doc
	res.Document.Text = res.text
	if res.text == "" {
		return res.Result, inPage(opts, "", ErrEmpty)
	}
	return res.Result, nil
}

type textResult struct {
	Result
	text string
}

// mainText finds the article text in a parsed page. It modifies the tree.
func mainText(root *html.Node, title string) textResult {
	body := findBody(root)
	if body == nil {
		return textResult{}
	}
	c := newCleaner(body)
	c.clean(body)
	t := newTree(body)
	nodes, rule := chooseRoot(body, t)
	col := collector{tree: t}
	for _, n := range nodes {
		col.element(n)
		col.flush()
	}
	all := len(col.lines)
	lines := filter(col.lines, title, rule != RuleScore && rule != RuleBody)
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	return textResult{Result: Result{Rule: rule, Lines: len(lines), Dropped: all - len(lines), Removed: c.removed}, text: b.String()}
}

func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if b := findBody(ch); b != nil {
			return b
		}
	}
	return nil
}

// inPage wraps err with the step that failed and the page's URL when known;
// the caller, which knows the input's name, adds it.
func inPage(opts Options, step string, err error) error {
	switch {
	case opts.URL != "" && step != "":
		return fmt.Errorf("%s %s: %w", step, opts.URL, err)
	case opts.URL != "":
		return fmt.Errorf("%s: %w", opts.URL, err)
	case step != "":
		return fmt.Errorf("%s: %w", step, err)
	}
	return err
}
