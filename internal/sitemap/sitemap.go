// Package sitemap reads XML sitemaps and sitemap indexes
// (https://www.sitemaps.org/protocol.html), including gzip-compressed ones
// and Google News sitemaps, as a stream of entries.
//
// The XML is decoded token by token, so a 50 MB sitemap is never held in
// memory; the decompressed size is capped (MaxSize) so a gzip bomb stops
// early. The package does no network I/O: package crawl fetches sitemaps and
// follows indexes.
package sitemap

import (
	"bufio"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// MaxSize is the largest decompressed sitemap read, as set by the sitemaps
// protocol (50 MB uncompressed). Larger input fails with ErrTooLarge.
const MaxSize = 50 << 20

// Sentinel errors; callers test with errors.Is.
var (
	// ErrNotSitemap means the root element is neither urlset nor sitemapindex.
	ErrNotSitemap = errors.New("not a sitemap: root is neither urlset nor sitemapindex")
	// ErrTooLarge means the decompressed sitemap exceeds MaxSize.
	ErrTooLarge = errors.New("sitemap larger than 50 MB decompressed")
)

// Kind says whether a sitemap lists pages or other sitemaps.
type Kind int

const (
	// KindUnknown is returned when the document is not a sitemap.
	KindUnknown Kind = iota
	// KindURLSet is a <urlset>: its entries are pages.
	KindURLSet
	// KindIndex is a <sitemapindex>: its entries are further sitemaps.
	KindIndex
)

// String returns "urlset", "sitemapindex" or "unknown".
func (k Kind) String() string {
	switch k {
	case KindURLSet:
		return "urlset"
	case KindIndex:
		return "sitemapindex"
	}
	return "unknown"
}

// Entry is one <url> of a urlset or one <sitemap> of an index.
type Entry struct {
	// URL is the absolute http(s) URL from <loc>.
	URL string
	// LastMod is <lastmod>, zero when absent or unparsable.
	LastMod time.Time
	// Published is <news:publication_date> of a Google News sitemap, zero
	// when absent or unparsable.
	Published time.Time
	// Title is <news:title>, or empty.
	Title string
}

// IsGzip reports whether data starts with the gzip magic number.
func IsGzip(data []byte) bool {
	return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b
}

// Detect reports the kind of sitemap that r holds by reading up to its root
// element; gzip input is decompressed first. It returns KindUnknown for
// anything that is not a sitemap.
func Detect(r io.Reader) Kind {
	br := bufio.NewReader(r)
	src, err := maybeGunzip(br)
	if err != nil {
		return KindUnknown
	}
	dec := xml.NewDecoder(io.LimitReader(src, 1<<20))
	dec.Strict = false
	kind, _ := root(dec)
	return kind
}

// Parse decodes a sitemap or sitemap index from r, calling yield for each
// entry with a valid absolute http(s) <loc> in document order, and returns
// the sitemap's kind. Gzip input is detected by its magic number and
// decompressed. Relative or non-http locations are skipped, as the protocol
// requires absolute URLs. Parse stops at the first error from yield and
// returns it. Errors name what went wrong; the caller adds the sitemap URL.
func Parse(r io.Reader, yield func(Entry) error) (Kind, error) {
	return parse(r, MaxSize, yield)
}

// parse is Parse with a size limit, so tests can exercise it cheaply.
func parse(r io.Reader, limit int64, yield func(Entry) error) (Kind, error) {
	br := bufio.NewReader(r)
	src, err := maybeGunzip(br)
	if err != nil {
		return KindUnknown, err
	}
	lim := &limitReader{r: src, n: limit}
	dec := xml.NewDecoder(lim)
	dec.Strict = false
	kind, err := root(dec)
	if err != nil {
		return KindUnknown, err
	}
	item := "url"
	if kind == KindIndex {
		item = "sitemap"
	}
	var (
		cur   *Entry
		field string
		text  strings.Builder
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return kind, nil
		}
		if err != nil {
			if lim.n < 0 {
				return kind, ErrTooLarge
			}
			return kind, fmt.Errorf("decode %s: %w", kind, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			switch {
			case name == item && cur == nil:
				cur = &Entry{}
			case cur != nil:
				field = name
				text.Reset()
			}
		case xml.CharData:
			if cur != nil && field != "" && text.Len() < 8192 {
				text.Write(t)
			}
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			switch {
			case cur != nil && name == item:
				if cur.URL != "" {
					if err := yield(*cur); err != nil {
						return kind, err
					}
				}
				cur, field = nil, ""
			case cur != nil && name == field:
				setField(cur, t.Name, text.String())
				field = ""
			}
		}
	}
}

// setField stores the text of one child element of <url> or <sitemap>.
func setField(e *Entry, name xml.Name, value string) {
	value = strings.TrimSpace(value)
	switch strings.ToLower(name.Local) {
	case "loc":
		// Only the sitemap-namespace (or unqualified) <loc> is the page URL;
		// extensions such as <image:loc> name other resources.
		if e.URL == "" && (name.Space == "" || strings.Contains(name.Space, "sitemaps.org")) {
			e.URL = absHTTP(value)
		}
	case "lastmod":
		e.LastMod = parseW3CDate(value)
	case "publication_date":
		e.Published = parseW3CDate(value)
	case "title":
		if isNews(name) {
			e.Title = value
		}
	}
}

// isNews reports whether an element is in the Google News sitemap namespace.
func isNews(name xml.Name) bool {
	return strings.Contains(name.Space, "sitemap-news") || name.Space == "news"
}

// root advances dec to the document's root element and classifies it.
func root(dec *xml.Decoder) (Kind, error) {
	for {
		tok, err := dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return KindUnknown, ErrNotSitemap
			}
			return KindUnknown, fmt.Errorf("decode sitemap root: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch strings.ToLower(se.Name.Local) {
			case "urlset":
				return KindURLSet, nil
			case "sitemapindex":
				return KindIndex, nil
			}
			return KindUnknown, fmt.Errorf("root <%s>: %w", se.Name.Local, ErrNotSitemap)
		}
	}
}

// maybeGunzip returns a decompressing reader when br starts with the gzip
// magic number, else br itself.
func maybeGunzip(br *bufio.Reader) (io.Reader, error) {
	magic, _ := br.Peek(2)
	if !IsGzip(magic) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("gunzip sitemap: %w", err)
	}
	return zr, nil
}

// limitReader reads at most n bytes and then fails, leaving n negative, so
// that truncation is an error rather than a silently shorter document.
type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, ErrTooLarge
	}
	return n, err
}

// parseW3CDate parses a W3C Datetime value
// (https://www.w3.org/TR/NOTE-datetime, the profiles sitemaps use, plus two
// common deviations without a zone); it returns zero on failure.
func parseW3CDate(s string) time.Time {
	layouts := [...]string{
		time.RFC3339Nano,
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05",
		"2006-01-02 15:04:05",
		"2006-01-02",
		"2006-01",
		"2006",
	}
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// absHTTP returns s when it is an absolute http(s) URL with a host, else "".
func absHTTP(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
