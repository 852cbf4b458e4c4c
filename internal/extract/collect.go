package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lineKind is the block a line of text came from.
type lineKind uint8

const (
	kindText lineKind = iota
	kindPara
	kindHeading
	kindItem
	kindQuote
	kindCell
	kindTitle // an <h1>
)

// line is one block of text: a paragraph, heading, list item or a run of
// text ended by <br>.
type line struct {
	text string
	kind lineKind
	// link is the length of the line's text inside links.
	link int
	// size is the length of the line's non-space text.
	size int
	// level is the heading rank, 1 to 6, or 0 for other lines.
	level int
}

// dense reports whether the line is mostly link text; long lines, which
// usually are sentences with a linked clause, need more links to count.
func (l line) dense() bool {
	if l.size > 150 {
		return 10*l.link > 7*l.size
	}
	return 2*l.link > l.size
}

// collector flattens elements into lines.
type collector struct {
	// tree, when set, lets the collector skip link clusters nested in
	// paragraphs.
	tree   *tree
	lines  []line
	buf    strings.Builder
	kind   lineKind
	level  int
	link   int
	size   int
	inLink int
	space  bool
	// edge is set at the start and end of a link; last is the last rune
	// written. Browsers show no gap between "アプリ<a>Kindle</a>に", but
	// the gold texts of extraction benchmarks (copied from rendered pages)
	// do, so a space goes where a link meets letters on both sides.
	edge bool
	last rune
}

func (c *collector) flush() {
	if c.size > 0 {
		c.lines = append(c.lines, line{text: c.buf.String(), kind: c.kind, link: c.link, size: c.size, level: c.level})
	}
	c.buf.Reset()
	c.link, c.size, c.space, c.edge = 0, 0, false, false
}

func (c *collector) text(s string) {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && w == 1 {
			r = unicode.ReplacementChar
		}
		s = s[w:]
		if unicode.IsSpace(r) {
			c.space = c.size > 0
			continue
		}
		if c.edge && !c.space && c.size > 0 && isWordRune(c.last) && isWordRune(r) {
			c.space = true
		}
		c.edge = false
		if c.space {
			c.buf.WriteByte(' ')
			c.space = false
		}
		c.buf.WriteRune(r)
		c.last = r
		c.size += w
		if c.inLink > 0 {
			c.link += w
		}
	}
}

func (c *collector) walk(n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			c.text(ch.Data)
		case html.ElementNode:
			c.element(ch)
		}
	}
}

func (c *collector) element(n *html.Node) {
	switch {
	case n.DataAtom == atom.Br:
		c.flush()
		return
	case n.DataAtom == atom.Img:
		return
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		// Cells of a row read as one line, as browsers lay them out.
		c.space = c.size > 0
		c.walk(n)
		c.space = c.size > 0
		return
	case n.DataAtom == atom.A:
		c.inLink++
		c.edge = true
		c.walk(n)
		c.edge = true
		c.inLink--
		return
	case !blockTags[n.DataAtom]:
		if c.tree != nil && c.size > 0 {
			// An inline block of links inside a sentence, such as a
			// pop-up card of related headlines, is not part of it.
			if s := c.tree.stats[n]; s.text > 80 && 10*s.link >= 9*s.text && !hasChild(n, atom.A) {
				return
			}
		}
		c.walk(n)
		return
	}
	c.flush()
	saved, savedLevel := c.kind, c.level
	switch n.DataAtom {
	case atom.P:
		c.kind = kindPara
	case atom.H1:
		c.kind, c.level = kindTitle, 1
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.kind, c.level = kindHeading, int(n.Data[1]-'0')
	case atom.Li, atom.Dd, atom.Dt:
		if c.kind != kindQuote {
			c.kind = kindItem
		}
	case atom.Blockquote:
		c.kind = kindQuote
	case atom.Tr:
		c.kind = kindCell
	}
	c.walk(n)
	c.flush()
	c.kind, c.level = saved, savedLevel
}

// filter drops the lines that are not article text and returns the rest.
//
// When the root was found by article markup (confident), a link-dense
// line is kept if it stands alone between text lines: such lines are
// linked subheads or source credits, while furniture comes as runs of
// links; capitalised lines that are one link from end to end are teasers
// for other articles, and one-word links are controls ("Report"). Otherwise every link-dense line goes.
func filter(lines []line, title string, confident bool) []line {
	f := lineFilter{
		lines:     lines,
		dense:     make([]bool, len(lines)),
		normTitle: normalize(title),
		confident: confident,
	}
	for i, l := range lines {
		f.dense[i] = l.dense()
	}
	// A list of short items that are a third links or more is a list of
	// links to other pages, even where each item also has some text.
	for i := 0; i < len(lines); {
		j, link, size := i, 0, 0
		for j < len(lines) && lines[j].kind == kindItem {
			link += lines[j].link
			size += lines[j].size
			j++
		}
		if n := j - i; n >= 3 && 20*link >= 7*size && size < 120*n {
			for k := i; k < j; k++ {
				f.dense[k] = true
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	type kept struct {
		line
		// beforeDropped says the raw line right after this one was dropped.
		beforeDropped bool
	}
	out := make([]kept, 0, len(lines))
	last := -1
	for i, l := range lines {
		if !f.keep(i) {
			if last >= 0 && last == i-1 {
				out[len(out)-1].beforeDropped = true
			}
			continue
		}
		out = append(out, kept{line: l})
		last = i
	}
	// A heading introduces the text after it. One followed by nothing, by
	// a heading of the same or a higher rank, or by dropped furniture
	// introduced furniture ("Related", "Don't Miss"); so did a short label
	// line followed by dropped furniture.
	res := lines[:0]
	for i, l := range out {
		if l.kind == kindTitle && len(res) == 0 {
			// An <h1> before any text is the headline, whatever the
			// title metadata says.
			continue
		}
		if l.level == 0 && l.kind != kindQuote && l.beforeDropped && isLabel(l.text) {
			continue
		}
		if l.level > 0 {
			if i+1 == len(out) || l.beforeDropped {
				continue
			}
			if next := out[i+1]; next.level > 0 && next.level <= l.level {
				continue
			}
		}
		res = append(res, l.line)
	}
	return res
}

// lineFilter holds what filter knows about the lines while it decides.
type lineFilter struct {
	lines     []line
	dense     []bool
	normTitle string
	confident bool
}

// denseNeighbour reports whether the nearest line before (step -1) or
// after (step 1) line i that is not a furniture phrase is link-dense;
// a "Close" or "Share" control next to a paragraph does not make it part
// of a link list.
func (f *lineFilter) denseNeighbour(i, step int) bool {
	for j := i + step; j >= 0 && j < len(f.lines); j += step {
		if f.dense[j] && isBoilerLine(f.lines[j]) {
			continue
		}
		return f.dense[j]
	}
	return false
}

// keep decides about line i.
func (f *lineFilter) keep(i int) bool {
	l := f.lines[i]
	if f.dense[i] && l.kind != kindQuote {
		whole := l.link >= l.size && (!hasLower(l.text) || l.size < 12)
		run := f.denseNeighbour(i, -1) || f.denseNeighbour(i, 1)
		if !f.confident || whole || run {
			return false
		}
	}
	if !f.confident && l.size < 200 && i > 0 && i+1 < len(f.lines) && f.dense[i-1] && f.dense[i+1] {
		// A short text between two links, in a page without article
		// markup, is the blurb of a teaser list.
		return false
	}
	if isBoilerLine(l) {
		return false
	}
	if f.normTitle != "" && l.size < 3*len(f.normTitle)+20 && l.kind != kindQuote {
		if nl := normalize(l.text); nl == f.normTitle || (len(nl) > 20 && (strings.HasPrefix(f.normTitle, nl) || strings.HasSuffix(f.normTitle, nl))) {
			return false
		}
	}
	return true
}

// boilerPrefixesText start short lines that are page furniture rather
// than article text.
var boilerPrefixesText = [...]string{
	"advertisement", "sponsored", "share this", "share on", "share:", "follow us",
	"sign up", "subscribe", "read more", "related:", "related articles", "related stories",
	"click here", "image copyright", "image caption", "image:", "photo:", "photograph:",
	"copyright", "©", "all rights reserved", "getty images", "recommended",
	"more from", "see also", "also read", "by ", "posted ", "published", "updated",
	"last updated", "filed under", "tags:", "topics:", "continue reading", "story continues",
	"loading", "comments", "leave a comment", "skip to", "print", "email",
	"advert", "related", "first published", "post comment", "explore further", "citation:",
	"this slideshow requires", "you may also like", "you might also like", "reading time",
	"tempo de leitura", "temps de lecture", "tiempo de lectura", "lesezeit", "posted by", "image credit", "photo credit", "credit:",
	"picture:", "pictured:", "source:",
}

// boilerWordsText anywhere in a short line mark it as furniture.
var boilerWordsText = [...]string{
	"newsletter", "subscribe", "subscription", "sign up for", "follow us", "follow her on", "follow him on",
	"may be reached at", "all rights reserved", "click here", "©", "photo by", "photos by",
	"photograph by", "photographs by", "getty images", "min read", "minute read", "minutes read",
}

// isBoilerLine reports whether a short line is a furniture phrase.
func isBoilerLine(l line) bool {
	if l.kind == kindQuote {
		return false
	}
	if l.size > 100 {
		return l.size <= 300 && isPromo(strings.ToLower(l.text))
	}
	if startsWithDate(l.text) || onlyNumbers(l.text) || isShortcode(l.text) {
		return true
	}
	lower := strings.ToLower(l.text)
	if uiWords[lower] {
		return true
	}
	for _, w := range boilerWordsText {
		if strings.Contains(lower, w) {
			return true
		}
	}
	if socialNames(lower) >= 2 && strings.Contains(lower, "follow") {
		return true
	}
	if isDateline(lower) {
		return true
	}
	for _, p := range boilerPrefixesText {
		if strings.HasPrefix(lower, p) {
			if p == "by " && l.size > 60 {
				continue
			}
			return true
		}
	}
	return false
}

// startsWithDate reports whether s begins with a numeric date such as
// 12/06/2022, 2022-06-12 or 12.06.2022: in a short line that is a
// dateline, not article text.
func startsWithDate(s string) bool {
	digits, seps := 0, 0
	for i := 0; i < len(s) && i < 12; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '/' || c == '-' || c == '.':
			if digits == 0 {
				return false
			}
			seps++
		default:
			return digits >= 6 && seps == 2
		}
	}
	return digits >= 6 && seps == 2
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// socialNames counts the social networks a lower-case line names; a
// short line naming several asks readers to follow the site.
func socialNames(lower string) int {
	n := 0
	for _, s := range [...]string{"facebook", "twitter", "instagram", "youtube", "linkedin", "pinterest", "whatsapp", "telegram"} {
		if strings.Contains(lower, s) {
			n++
		}
	}
	return n
}

func hasChild(n *html.Node, a atom.Atom) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && ch.DataAtom == a {
			return true
		}
	}
	return false
}

// isDateline reports a short lower-case line such as "Jane Doe | Published
// 4 months ago" or "Updated: 19 November 2019, 09:01 AM": a publishing
// word with a number or "ago", and no full stop at the end.
func isDateline(lower string) bool {
	if len(lower) <= 60 && agoSuffix(lower) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(lower); len(lower) > 100 || strings.ContainsRune(".!?\"”", r) {
		return false
	}
	if !strings.Contains(lower, "published") && !strings.Contains(lower, "updated") && !strings.Contains(lower, "posted") {
		return false
	}
	return strings.Contains(lower, " ago") || strings.ContainsAny(lower, "0123456789")
}

// agoSuffix reports whether a line ends in a relative time such as
// "2 minutes ago" or "an hour ago".
func agoSuffix(lower string) bool {
	rest, ok := strings.CutSuffix(lower, " ago")
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(rest, "s")
	for _, unit := range [...]string{" second", " sec", " minute", " min", " hour", " hr", " day", " week", " month", " year"} {
		if strings.HasSuffix(rest, unit) {
			return true
		}
	}
	return false
}

// isPromo reports a paragraph that asks the reader to sign up for
// something delivered to them ("Sign up for ... to get the free daily
// newsletter delivered to your inbox").
func isPromo(lower string) bool {
	if !strings.Contains(lower, "sign up") && !strings.Contains(lower, "subscribe") {
		return false
	}
	return strings.Contains(lower, "newsletter") || strings.Contains(lower, "inbox")
}

// isShortcode reports a line that is a CMS shortcode left unrendered, such
// as "[button link=...]Send us your review[/button]".
func isShortcode(s string) bool {
	return strings.HasPrefix(s, "[") && strings.Contains(s, "[/") && strings.HasSuffix(s, "]")
}

// isLabel reports whether s is short and does not end like a sentence.
func isLabel(s string) bool {
	if len(s) > 60 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;\"”’)…", r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// onlyNumbers reports whether s has digits but no letters, like a
// timestamp or a counter.
func onlyNumbers(s string) bool {
	digit := false
	for _, r := range s {
		if unicode.IsLetter(r) || r == '_' {
			return false
		}
		digit = digit || unicode.IsDigit(r)
	}
	return digit
}

// uiWords are whole lines that label controls rather than say anything.
var uiWords = map[string]bool{
	"caption": true, "close": true, "expand": true, "hide caption": true, "toggle caption": true,
	"open": true, "menu": true, "search": true, "back to top": true, "play": true, "play video": true,
	"watch": true, "next": true, "previous": true, "prev": true, "more": true, "show more": true,
	"back to video": true, "watch now": true, "more about": true, "getty": true, "getty images": true,
	"epa": true, "afp": true, "reuters": true, "ap": true, "ap photo": true, "pa": true, "shutterstock": true,
	"alamy": true, "istock": true,
	"enlarge": true, "zoom": true, "fullscreen": true, "ad": true, "share": true, "tweet": true,
	"facebook": true, "twitter": true, "whatsapp": true, "linkedin": true, "pinterest": true, "reddit": true,
}

// normalize lower-cases s and keeps only letters and digits, so that
// headlines compare equal across punctuation and spacing.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
