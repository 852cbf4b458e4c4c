// Package extract turns a web page into a Document: the article's main text
// without page furniture, and its metadata.
package extract

import (
	"bytes"
	"errors"
	"strings"

	"golang.org/x/net/html"

	"github.com/storyline-dev/storyline/internal/document"
)

// Options describes what is known about a page besides its bytes.
type Options struct {
	// URL is the page's address, if known; it helps with dates and site names.
	URL string
	// ContentType is the declared media type, possibly with a charset.
	ContentType string
}

// ErrEmpty reports a page with no text to extract.
var ErrEmpty = errors.New("empty page")

// HTML extracts the article from an HTML page. The returned Document has
// no ID or Source; the caller sets them.
func HTML(page []byte, opts Options) (document.Document, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return document.Document{}, ErrEmpty
	}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return document.Document{}, err
	}
	var paras []string
	var title string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "nav", "footer", "header", "aside":
				return
			case "title":
				title = strings.TrimSpace(textOf(n))
				return
			case "p":
				if t := strings.Join(strings.Fields(textOf(n)), " "); t != "" {
					paras = append(paras, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return document.Document{URL: opts.URL, Title: title, Text: strings.Join(paras, "\n")}, nil
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
