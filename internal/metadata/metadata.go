// Package metadata finds an article's metadata in its HTML: title, authors,
// site name, language, canonical URL and the publication date with where it
// came from.
//
// It reads the parsed tree once, gathering JSON-LD (schema.org), <meta>
// tags, microdata, <time> elements, headings and bylines, and then chooses
// among them with fixed priorities. The date rules follow the order that
// htmldate (Barbaresi, "htmldate: A Python package to extract publication
// dates from web pages", JOSS 2020) found to work: structured data first,
// then markup, then the URL, then the visible text, always preferring the
// original over the updated date. The code is our own and avoids htmldate's
// exhaustive scans, which cost milliseconds a page.
package metadata

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Options describes what is known about the page besides its HTML.
type Options struct {
	// URL is the page's address, if known. It resolves a relative canonical
	// link, names the site when the page does not, and may hold the date.
	URL string
	// Fetched is when the page was crawled, if known. No date later than
	// this (plus one day for time zones) is taken as the publication date.
	Fetched time.Time
}

// Metadata is what FromHTML finds. Unknown values are empty strings.
type Metadata struct {
	Title      string
	Author     string // authors separated by "; "
	Date       string // YYYY-MM-DD, or RFC 3339 when the time is known
	DateSource string // jsonld, meta, time, url, text or modified
	Sitename   string
	Language   string // ISO 639-1
	URL        string // canonical URL when the page declares one, else Options.URL
}

// Date sources, as written to Metadata.DateSource.
const (
	SourceJSONLD = "jsonld"
	SourceMeta   = "meta"
	SourceTime   = "time"
	SourceURL    = "url"
	SourceText   = "text"
	// SourceModified marks a last-modified date, used only when the page
	// gives no publication date at all.
	SourceModified = "modified"
)

// modifiedMeta are the <meta> names of a last-modified date.
var modifiedMeta = []string{
	"article:modified_time", "og:updated_time", "datemodified", "microdata:datemodified",
	"dcterms.modified", "date.modified", "last-modified", "lastmod",
}

// FromHTML reads the metadata of the parsed page root.
func FromHTML(root *html.Node, opts Options) Metadata {
	p := collect(root)
	ld := parseLD(p.ldScripts)
	var m Metadata
	m.URL = p.canonicalURL(ld, opts.URL)
	m.Sitename = p.sitename(ld, m.URL)
	m.Title = p.pickTitle(ld, m.Sitename, m.URL)
	m.Author = strings.Join(p.pickAuthors(ld, m.Sitename), "; ")
	if d, src := p.pickDate(ld, m.URL, opts); !d.IsZero() {
		m.Date, m.DateSource = d.String(), src
	}
	m.Language = p.language(ld)
	return m
}

// publishedMeta are the <meta> names and properties that hold the original
// publication date, best first.
var publishedMeta = []string{
	"article:published_time", "og:article:published_time", "article_published_time",
	"datepublished", "microdata:datepublished", "published_time", "og:published_time",
	"article:published", "pubdate", "publishdate", "publish-date", "publish_date",
	"pub_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.date", "prism.publicationdate", "citation_publication_date",
	"citation_date", "date.available", "published", "date", "article.published",
	"release_date", "date.created", "datecreated", "microdata:datecreated", "dcterms.created",
}

func (p *page) pickDate(ld ldInfo, canonical string, opts Options) (Date, string) {
	ok := func(s string) (Date, bool) {
		d, found := ParseDate(s)
		if !found || !d.plausible(opts.Fetched) {
			return Date{}, false
		}
		return d, true
	}
	if d, found := ok(ld.published); found {
		return d, SourceJSONLD
	}
	for _, k := range publishedMeta {
		for _, v := range p.metas[k] {
			if d, found := ok(v); found {
				return d, SourceMeta
			}
		}
	}
	if d, found := ok(ld.created); found {
		return d, SourceJSONLD
	}
	for _, t := range p.times {
		if t.published && !t.modified {
			if d, found := ok(t.datetime); found {
				return d, SourceTime
			}
		}
	}
	if len(p.times) > 0 && !p.times[0].modified {
		if d, found := ok(p.times[0].datetime); found {
			return d, SourceTime
		}
	}
	for _, u := range []string{canonical, opts.URL} {
		if d, found := DateInURL(u); found && d.plausible(opts.Fetched) {
			return d, SourceURL
		}
	}
	for _, s := range p.stamps {
		if d, kind, found := DateStamp(clean(s)); found && kind == StampPublished && d.plausible(opts.Fetched) {
			return d, SourceText
		}
	}
	// Last resort: the page says when it was modified and nothing else.
	if d, found := ok(ld.modified); found {
		return d, SourceModified
	}
	for _, k := range modifiedMeta {
		for _, v := range p.metas[k] {
			if d, found := ok(v); found {
				return d, SourceModified
			}
		}
	}
	for _, t := range p.times {
		if !t.modified {
			continue
		}
		if d, found := ok(t.datetime); found {
			return d, SourceModified
		}
	}
	return Date{}, ""
}

// DateInURL finds a date in a URL path: /2021/08/04/, /2021-08-04-, /20210804/.
// A year and month alone (/2021/08/) are not a date.
func DateInURL(u string) (Date, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return Date{}, false
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for i := 0; i+9 <= len(u); i++ {
		if u[i] != '/' && u[i] != '-' && u[i] != '_' {
			continue
		}
		s := u[i+1:]
		y, n := digits(s)
		if n == 4 && len(s) >= 10 && (s[4] == '/' || s[4] == '-' || s[4] == '_') {
			sep := s[4]
			m, nm := digits(s[5:])
			if nm != 2 || len(s) < 10 || s[7] != sep {
				continue
			}
			d, nd := digits(s[8:])
			if nd != 2 || (len(s) > 10 && isDigit(s[10])) {
				continue
			}
			if date, ok := makeDate(y, m, d); ok && date.Year >= minYear {
				return date, true
			}
		}
		if n == 8 && (len(s) == 8 || s[8] == '/' || s[8] == '-' || s[8] == '_' || s[8] == '.') {
			if date, ok := makeDate(y/10000, y/100%100, y%100); ok && date.Year >= minYear {
				return date, true
			}
		}
	}
	return Date{}, false
}

func (p *page) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range p.metas[k] {
			if v = clean(html.UnescapeString(v)); v != "" {
				return v
			}
		}
	}
	return ""
}

func (p *page) canonicalURL(ld ldInfo, pageURL string) string {
	for _, c := range []string{p.canonical, p.first("og:url"), ld.url} {
		if c == "" {
			continue
		}
		u, err := url.Parse(c)
		if err != nil {
			continue
		}
		if !u.IsAbs() {
			base, err := url.Parse(pageURL)
			if err != nil || !base.IsAbs() {
				continue
			}
			u = base.ResolveReference(u)
		}
		if u.Scheme == "http" || u.Scheme == "https" {
			return u.String()
		}
	}
	return pageURL
}

func (p *page) sitename(ld ldInfo, canonical string) string {
	for _, s := range []string{p.first("og:site_name", "application-name", "apple-mobile-web-app-title"), ld.publisher} {
		if s == "" {
			continue
		}
		if strings.Contains(s, "://") {
			// Some sites put their address here; keep its host.
			if u, err := url.Parse(s); err == nil && u.Host != "" {
				return strings.TrimPrefix(u.Hostname(), "www.")
			}
			continue
		}
		return s
	}
	if s := p.first("twitter:site"); s != "" && !strings.Contains(s, "/") {
		return strings.TrimPrefix(s, "@")
	}
	if u, err := url.Parse(canonical); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

func (p *page) language(ld ldInfo) string {
	for _, c := range []string{p.lang, p.first("content-language", "og:locale", "dc.language", "language"), ld.language} {
		if l := iso639(c); l != "" {
			return l
		}
	}
	return DetectLanguage(strings.Join(p.sample, " "))
}

// iso639 returns the two-letter primary language subtag of a BCP 47 or
// POSIX locale ("en-GB", "en_US", "EN"), or "" when there is none.
func iso639(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 {
		return ""
	}
	s = strings.ToLower(s)
	if s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}
