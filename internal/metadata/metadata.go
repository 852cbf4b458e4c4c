// Package metadata finds an article's metadata in its HTML: title, authors,
// site name, language and the publication date with where it came from.
package metadata

import (
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Options describes what is known about the page besides its HTML.
type Options struct {
	// URL is the page's address, if known.
	URL string
	// Fetched is when the page was crawled, if known. No date later than
	// this is taken as the publication date.
	Fetched time.Time
}

// Metadata is what FromHTML finds. Unknown values are empty strings.
type Metadata struct {
	Title      string
	Author     string // authors separated by "; "
	Date       string // YYYY-MM-DD, or RFC 3339 when the time is known
	DateSource string // jsonld, meta, time, url, text...
	Sitename   string
	Language   string // ISO 639-1
	URL        string // canonical URL when the page declares one
}

// FromHTML reads the metadata of the parsed page root.
func FromHTML(root *html.Node, opts Options) Metadata {
	var m Metadata
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "title" && n.FirstChild != nil && m.Title == "" {
			m.Title = strings.TrimSpace(n.FirstChild.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	m.URL = opts.URL
	return m
}
