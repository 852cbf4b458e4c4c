// Package feed reads RSS, Atom and JSON Feed documents into the list of
// article links they announce, with each entry's title, date and author kept
// as hints for extraction.
//
// Parsing is delegated to github.com/mmcdole/gofeed, which copes with the
// many dialects of RSS (0.9x, 1.0/RDF, 2.0) and Atom found in the wild; this
// package only turns its result into storyline's small Entry type, resolving
// relative links against the feed's own URL. It does no I/O: fetching is the
// job of package crawl.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// ErrNotFeed is returned by Parse when the data is not a recognisable feed.
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// Feed is a parsed feed.
type Feed struct {
	// Title is the feed's title, or empty.
	Title string
	// Entries are the feed's items in document order. Entries without a
	// usable http(s) link are left out.
	Entries []Entry
}

// Entry is one item of a feed: the article it links to plus hints.
type Entry struct {
	// URL is the absolute http(s) URL of the article.
	URL string
	// Title is the entry's title, or empty.
	Title string
	// Published is the entry's publication time, or its update time when no
	// publication time is given; zero when the feed gives neither.
	Published time.Time
	// Author is the first author's name, or empty.
	Author string
}

// Detect reports whether data looks like a feed: an XML document whose root
// element is rss, rdf:RDF or feed, or a JSON object naming the JSON Feed
// version URL. It looks only at the start of the document.
func Detect(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	trimmed := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return bytes.Contains(trimmed, []byte("jsonfeed.org/version"))
	}
	switch gofeed.DetectFeedType(bytes.NewReader(head)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	}
	// The root may lie beyond the first 4 KiB (long comments, DOCTYPE).
	if len(data) > len(head) {
		t := gofeed.DetectFeedType(bytes.NewReader(data))
		return t == gofeed.FeedTypeRSS || t == gofeed.FeedTypeAtom
	}
	return false
}

// Parse parses a feed. feedURL is the URL the feed was fetched from; relative
// entry links are resolved against it (it may be empty when unknown, and
// then relative links are dropped). The returned error wraps ErrNotFeed when
// data is not a feed at all.
func Parse(data []byte, feedURL string) (*Feed, error) {
	if !Detect(data) {
		return nil, fmt.Errorf("parse feed %s: %w", feedURL, ErrNotFeed)
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parse feed %s: %w", feedURL, err)
	}
	var base *url.URL
	if feedURL != "" {
		base, _ = url.Parse(feedURL)
	}
	if parsed.Link != "" && base == nil {
		base, _ = url.Parse(parsed.Link)
	}
	out := &Feed{Title: strings.TrimSpace(parsed.Title)}
	for _, it := range parsed.Items {
		if it == nil {
			continue
		}
		link := entryLink(it, base)
		if link == "" {
			continue
		}
		e := Entry{URL: link, Title: strings.TrimSpace(it.Title)}
		switch {
		case it.PublishedParsed != nil:
			e.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			e.Published = it.UpdatedParsed.UTC()
		}
		for _, p := range append([]*gofeed.Person{it.Author}, it.Authors...) { //nolint:staticcheck // Author is the fallback for old feeds.
			if p != nil && strings.TrimSpace(p.Name) != "" {
				e.Author = strings.TrimSpace(p.Name)
				break
			}
		}
		out.Entries = append(out.Entries, e)
	}
	return out, nil
}

// entryLink returns the entry's first absolute http(s) link: its link, its
// other links, or a GUID that is a permalink URL.
func entryLink(it *gofeed.Item, base *url.URL) string {
	for _, c := range append([]string{it.Link}, it.Links...) {
		if u := absHTTP(strings.TrimSpace(c), base); u != "" {
			return u
		}
	}
	// A GUID is only a link when it is an absolute URL (RSS 2.0 isPermaLink).
	return absHTTP(strings.TrimSpace(it.GUID), nil)
}

// absHTTP resolves ref against base and returns it when it is an http(s) URL
// with a host, else "".
func absHTTP(ref string, base *url.URL) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}
