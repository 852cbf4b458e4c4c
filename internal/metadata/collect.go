package metadata

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page holds the raw metadata candidates gathered in one walk over the tree.
type page struct {
	lang      string
	metas     map[string][]string // lowercased name/property/itemprop -> contents, in page order
	ldScripts []string
	title     string
	h1        []string
	times     []timeTag
	canonical string
	bylines   []string
	// byText holds short body texts that start with "By " and name-only
	// bold paragraphs ("<p><strong>Jane Doe</strong></p>"), bylines that
	// carry no markup of their own.
	byText []string
	// longTexts counts body text nodes of article-paragraph length seen so
	// far; unmarked bylines are only looked for before the article body.
	longTexts int
	// stamps are short body texts near the top that hold a digit: date
	// stamp candidates for pages without date markup.
	stamps []string
	// sample holds the first paragraph-length body texts, for guessing
	// the language of pages that do not declare it.
	sample []string
}

// timeTag is a <time datetime> element and whether its markup marks it as
// the publication time (pubdate, itemprop or a "publish" class).
type timeTag struct {
	datetime  string
	published bool
	modified  bool
}

const (
	maxH1      = 4
	maxTimes   = 32
	maxBylines = 8
	maxLDBytes = 1 << 20
)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// collect walks the tree once and gathers the candidates.
func collect(root *html.Node) *page {
	p := &page{metas: make(map[string][]string, 64)}
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && inBody {
				// Formatting white space between tags is not text.
				n := len(c.Data)
				if n >= 60 {
					n = len(strings.TrimSpace(c.Data))
				}
				if n >= 150 {
					p.longTexts++
				}
				if n >= 60 && len(p.sample) < 8 {
					p.sample = append(p.sample, c.Data)
				}
				p.addByText(c.Data)
				if p.longTexts <= 5 && len(p.stamps) < 24 && len(c.Data) <= 120 && strings.ContainsAny(c.Data, "0123456789") {
					p.stamps = append(p.stamps, c.Data)
				}
			}
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Html:
				if p.lang == "" {
					p.lang = attr(c, "lang")
					if p.lang == "" {
						p.lang = attr(c, "xml:lang")
					}
				}
			case atom.Body:
				walk(c, true)
				continue
			case atom.Meta:
				p.addMeta(c)
				continue
			case atom.Link:
				if p.canonical == "" && strings.EqualFold(attr(c, "rel"), "canonical") {
					p.canonical = strings.TrimSpace(attr(c, "href"))
				}
				continue
			case atom.Title:
				if p.title == "" && !inBody {
					p.title = clean(textOf(c, 1024))
				}
				continue
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil {
					if s := c.FirstChild.Data; len(s) <= maxLDBytes {
						p.ldScripts = append(p.ldScripts, s)
					}
				}
				continue
			case atom.Style, atom.Noscript, atom.Template, atom.Svg:
				continue
			case atom.H1:
				if len(p.h1) < maxH1 {
					if t := clean(textOf(c, 1024)); t != "" {
						p.h1 = append(p.h1, t)
					}
				}
				continue
			case atom.Time:
				p.addTime(c)
			case atom.P:
				if inBody {
					p.addBoldByline(c)
				}
			}
			var itemprop, class, rel string
			for _, a := range c.Attr {
				switch a.Key {
				case "itemprop":
					itemprop = a.Val
				case "class":
					class = a.Val
				case "rel":
					rel = a.Val
				}
			}
			if itemprop != "" {
				p.addItemprop(c, itemprop)
			}
			if inBody && len(p.bylines) < maxBylines {
				p.addByline(c, class, rel, itemprop)
			}
			walk(c, inBody)
		}
	}
	walk(root, false)
	return p
}

func (p *page) addMeta(n *html.Node) {
	content, ok := "", false
	for _, a := range n.Attr {
		if a.Key == "content" {
			content, ok = a.Val, true
		}
	}
	if !ok {
		if l := attr(n, "http-equiv"); strings.EqualFold(l, "content-language") {
			p.metas["content-language"] = append(p.metas["content-language"], attr(n, "content"))
		}
		return
	}
	content = strings.TrimSpace(content)
	if content == "" {
		return
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "itemprop", "http-equiv":
			k := strings.ToLower(strings.TrimSpace(a.Val))
			if k != "" && len(p.metas[k]) < 16 {
				p.metas[k] = append(p.metas[k], content)
			}
		}
	}
}

// addItemprop records microdata dates and authors on ordinary elements
// (<span itemprop="datePublished" content=...>, <time itemprop=...>).
func (p *page) addItemprop(n *html.Node, itemprop string) {
	k := strings.ToLower(itemprop)
	switch k {
	case "headline":
		if len(p.metas["microdata:headline"]) == 0 {
			if t := clean(textOf(n, 1024)); t != "" {
				p.metas["microdata:headline"] = []string{t}
			}
		}
	case "datepublished", "datecreated", "datemodified":
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "content")
		}
		if v == "" {
			v = clean(textOf(n, 128))
		}
		if v != "" && len(p.metas["microdata:"+k]) < 4 {
			p.metas["microdata:"+k] = append(p.metas["microdata:"+k], v)
		}
	}
}

func (p *page) addTime(n *html.Node) {
	if len(p.times) >= maxTimes {
		return
	}
	dt := attr(n, "datetime")
	if dt == "" {
		return
	}
	var sig strings.Builder
	sig.WriteString(strings.ToLower(attr(n, "class")))
	sig.WriteByte(' ')
	sig.WriteString(strings.ToLower(attr(n, "itemprop")))
	for _, a := range n.Attr {
		if a.Key == "pubdate" {
			sig.WriteString(" pubdate")
		}
	}
	if par := n.Parent; par != nil && par.Type == html.ElementNode {
		sig.WriteByte(' ')
		sig.WriteString(strings.ToLower(attr(par, "class")))
	}
	s := sig.String()
	p.times = append(p.times, timeTag{
		datetime:  dt,
		published: strings.Contains(s, "publish") || strings.Contains(s, "pubdate") || strings.Contains(s, "created"),
		modified:  strings.Contains(s, "modif") || strings.Contains(s, "updat"),
	})
}

// addByline records the text of elements that name the author in the page
// body: rel="author", itemprop="author" and byline/author classes.
func (p *page) addByline(n *html.Node, class, rel, itemprop string) {
	switch n.DataAtom {
	case atom.A, atom.Span, atom.Div, atom.P, atom.Address, atom.Li, atom.Strong, atom.B, atom.Em:
	default:
		return
	}
	mark := strings.EqualFold(rel, "author") || strings.EqualFold(itemprop, "author")
	// A fast case-sensitive pre-check keeps the folding scans off the
	// great majority of elements.
	if !mark && class != "" && (strings.Contains(class, "uthor") || strings.Contains(class, "yline") ||
		strings.Contains(class, "UTHOR") || strings.Contains(class, "YLINE")) {
		mark = containsFold(class, "byline") || containsFold(class, "author-name") ||
			containsFold(class, "author__name") || containsFold(class, "authorname") ||
			hasClassFold(class, "author")
	}
	if !mark {
		return
	}
	if t := clean(textOf(n, 256)); t != "" && len(t) < 200 {
		p.bylines = append(p.bylines, t)
	}
}

// containsFold reports whether s contains the lowercase ASCII word sub,
// ignoring ASCII case, without allocating.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for ; j < len(sub); j++ {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// hasClassFold reports whether the space-separated class list holds name.
func hasClassFold(classes, name string) bool {
	for len(classes) > 0 {
		i := strings.IndexByte(classes, ' ')
		if i < 0 {
			i = len(classes)
		}
		if strings.EqualFold(classes[:i], name) {
			return true
		}
		classes = strings.TrimLeft(classes[i:], " ")
	}
	return false
}

// addByText records a body text such as "By Jane Doe," or "By AFP".
func (p *page) addByText(s string) {
	if len(p.byText) >= maxBylines || len(s) > 160 || p.longTexts > 3 {
		return
	}
	s = strings.TrimLeft(s, " \t\r\n")
	if !strings.HasPrefix(s, "By ") {
		return
	}
	if i := strings.IndexAny(s, "\n|·"); i >= 0 {
		s = s[:i]
	}
	for _, stop := range []string{" in ", " on ", " - ", " – ", " — "} {
		if i := strings.Index(s, stop); i >= 0 {
			s = s[:i]
		}
	}
	if len(s) <= len("By ") {
		return // "By on Tuesday ...": no name before the stop word
	}
	name := strings.TrimRight(clean(s[3:]), " ,")
	if nameLike(name) {
		p.byText = append(p.byText, name)
	}
}

// addBoldByline records a paragraph whose only content is bold text that
// looks like names.
func (p *page) addBoldByline(n *html.Node) {
	if len(p.byText) >= maxBylines || p.longTexts > 3 {
		return
	}
	var bold *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B) && bold == nil:
			bold = c
		default:
			return
		}
	}
	if bold == nil {
		return
	}
	if t := clean(textOf(bold, 128)); nameLike(t) {
		p.byText = append(p.byText, t)
	}
}

// nameLike reports whether s reads like one or a few names: two to eight
// capitalised words, joined by commas, slashes, "and" or "&".
func nameLike(s string) bool {
	w := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' || r == ',' || r == '&' })
	if len(w) == 0 || len(w) > 8 {
		return false
	}
	for _, x := range w {
		if x == "and" {
			continue
		}
		r := []rune(x)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

// textOf returns the text under n, at most max bytes, skipping scripts.
func textOf(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() < max; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				case atom.Br:
					b.WriteByte(' ')
				}
				walk(c)
				if c.DataAtom == atom.Div || c.DataAtom == atom.P || c.DataAtom == atom.Li {
					b.WriteByte(' ')
				}
			}
		}
	}
	walk(n)
	return b.String()
}

// clean collapses white space (including no-break spaces) and trims.
func clean(s string) string {
	if s == "" {
		return ""
	}
	simple := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == '\f' || (c == ' ' && prevSpace) {
			simple = false
			break
		}
		prevSpace = c == ' '
	}
	if simple && !prevSpace {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x2007, 0x202f, 0x200b, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}
