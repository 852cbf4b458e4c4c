package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropTags never hold article text and are removed with their subtrees.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Video: true, atom.Audio: true, atom.Canvas: true, atom.Map: true,
	atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Label: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Menu: true, atom.Dialog: true,
	atom.Figcaption: true, atom.Head: true, atom.Link: true, atom.Meta: true,
}

// boilerRoles are ARIA roles of page furniture.
var boilerRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"menu": true, "menubar": true, "search": true, "dialog": true, "alert": true,
	"toolbar": true, "tablist": true,
}

// cleaner removes furniture from a parsed page.
type cleaner struct {
	// total is the length of all paragraph text on the page; furniture
	// holding more than half of it is kept, as it is likely a wrapper.
	total int
	// byText says total counts all text, as the page has too little
	// paragraph text to go by.
	byText bool
	// removed counts removed elements, for provenance.
	removed int
	// debug, when set, is told about each removed element and why.
	debug func(n *html.Node, why string)
}

// newCleaner measures the page below body.
func newCleaner(body *html.Node) *cleaner {
	c := &cleaner{total: paraText(body)}
	if c.total < 500 {
		c.total, c.byText = textLen(body), true
	}
	return c
}

// clean removes furniture below n. The element n itself is kept.
func (c *cleaner) clean(n *html.Node) {
	for ch := n.FirstChild; ch != nil; {
		next := ch.NextSibling
		switch ch.Type {
		case html.CommentNode:
			n.RemoveChild(ch)
		case html.ElementNode:
			if why := c.drop(ch); why != "" {
				if c.debug != nil {
					c.debug(ch, why)
				}
				n.RemoveChild(ch)
				c.removed++
			} else {
				c.clean(ch)
			}
		}
		ch = next
	}
}

// drop reports why element n is furniture, or "" when it is not.
func (c *cleaner) drop(n *html.Node) string {
	if dropTags[n.DataAtom] {
		return "tag"
	}
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return ""
	}
	var class, id string
	boilerRole := false
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "hidden":
			return "hidden"
		case "aria-hidden":
			// aria-hidden hides from screen readers only; sites put it on
			// icons and duplicate menus, but also on paywalled paragraphs.
			if a.Val == "true" && n.DataAtom != atom.Span && !(n.DataAtom == atom.P && textLen(n) >= 100) && !longParagraphs(n, 1, 100) {
				return "aria-hidden"
			}
		case "role":
			boilerRole = boilerRoles[a.Val]
		case "style":
			if hiddenStyle(a.Val) {
				return "style"
			}
		case "itemprop":
			if a.Val == "articleBody" {
				return ""
			}
		}
	}
	if hiddenClass(class) {
		return "hidden-class"
	}
	if boilerRole && 2*c.share(n) < c.total {
		return "role"
	}
	if class == "" && id == "" || n.DataAtom == atom.Tr || n.DataAtom == atom.Td || n.DataAtom == atom.Tbody {
		// Rows and cells carry data classes ("player-2020"), not layout.
		return ""
	}
	worst, positive := classify(class, id)
	if worst != nameNeutral && inlineTags[n.DataAtom] && inRunningText(n) {
		// A link or span inside a sentence is part of the sentence,
		// whatever its class says (sites tag keywords as links).
		return ""
	}
	switch worst {
	case nameStrong:
		// State flags such as "comments-enabled" sit on article wrappers;
		// a comment thread never holds the page's headline.
		if hasDescendant(n, atom.H1) {
			return ""
		}
		return "strong-name"
	case nameBoiler:
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			return ""
		}
		if 2*c.share(n) >= c.total {
			return ""
		}
		// A name such as "content-with-sidebar" names a content wrapper
		// as much as furniture: keep it when it holds paragraphs. Any
		// element holding several long paragraphs is kept, as sites split
		// articles into blocks with layout names ("sidebar-grid").
		if positive && longParagraphs(n, 2, 100) || longParagraphs(n, 3, 150) {
			return ""
		}
		return "name"
	}
	return ""
}

// share measures n the way total measures the page.
func (c *cleaner) share(n *html.Node) int {
	if c.byText {
		return textLen(n)
	}
	return paraText(n)
}

// inlineTags are phrasing elements that may sit inside running text.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Span: true, atom.B: true, atom.I: true, atom.Em: true, atom.Strong: true,
	atom.Small: true, atom.Sup: true, atom.Sub: true, atom.Abbr: true, atom.Time: true,
	atom.Mark: true, atom.U: true, atom.Font: true, atom.Cite: true, atom.Q: true, atom.Code: true,
}

// inRunningText reports whether an inline element has text beside it
// within its parent.
func inRunningText(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.TextNode && trimmedLen(s.Data) > 0 {
			return true
		}
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && trimmedLen(s.Data) > 0 {
			return true
		}
	}
	return false
}

// hiddenClasses are whole class names that CSS frameworks use to hide an
// element (not the responsive "hidden-xs" kind, which hide it only on
// some screens).
var hiddenClasses = map[string]bool{
	"hidden": true, "is-hidden": true, "d-none": true, "hide": true, "invisible": true,
	"visually-hidden": true, "visuallyhidden": true, "sr-only": true, "screen-reader-text": true,
	"u-hidden": true, "js-hidden": true, "element-hidden": true, "display-none": true,
}

// hiddenClass reports whether a class attribute holds a hiding class.
func hiddenClass(class string) bool {
	for len(class) > 0 {
		i := strings.IndexAny(class, " \t\n\r\f")
		word := class
		if i >= 0 {
			word, class = class[:i], class[i+1:]
		} else {
			class = ""
		}
		if len(word) >= 4 && len(word) <= 18 && hiddenClasses[word] {
			return true
		}
	}
	return false
}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(s string) bool {
	i := strings.Index(s, "display")
	if i < 0 {
		return strings.Contains(s, "visibility:hidden") || strings.Contains(s, "visibility: hidden")
	}
	rest := strings.TrimLeft(s[i+len("display"):], " :")
	return strings.HasPrefix(rest, "none")
}

// longParagraphs reports whether at least want <p> elements below n hold
// minLen bytes of text or more.
func longParagraphs(n *html.Node, want, minLen int) bool {
	found := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode || dropTags[ch.DataAtom] {
				continue
			}
			if ch.DataAtom == atom.P {
				if textLen(ch) >= minLen {
					found++
					if found >= want {
						return true
					}
				}
				continue
			}
			if walk(ch) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// paraText returns the length of the text inside <p> elements below n.
func paraText(n *html.Node) int {
	total := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode {
			continue
		}
		if ch.DataAtom == atom.P {
			total += textLen(ch)
		} else if !dropTags[ch.DataAtom] {
			total += paraText(ch)
		}
	}
	return total
}

// textLen returns the number of bytes of non-space text below n.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return trimmedLen(n.Data)
	}
	total := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && dropTags[ch.DataAtom] {
			continue
		}
		total += textLen(ch)
	}
	return total
}

// trimmedLen counts the bytes of s that are not ASCII white space.
func trimmedLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			n++
		}
	}
	return n
}
