package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rule names the way the content root was chosen; it is kept as
// provenance on every result.
type Rule string

// The rules, in the order they are tried.
const (
	RuleItemprop Rule = "itemprop-articleBody" // an element marked itemprop="articleBody"
	RuleClass    Rule = "article-class"        // a class or id naming an article body
	RuleArticle  Rule = "article-element"      // the largest <article> or <main>
	RuleScore    Rule = "paragraph-score"      // Readability-style paragraph scoring
	RuleNarrowed Rule = "marked-then-scored"   // scoring inside a marked element, which it nearly fills
	RuleBody     Rule = "body"                 // the whole body, when nothing scores
)

// bodyNames are class/id names (lower-cased, separators removed) that
// article bodies use; a name containing one of them marks a candidate.
var bodyNames = [...]string{
	"articlebody", "articlecontent", "articletext", "articlecopy", "articlemain",
	"storybody", "storycontent", "storytext", "entrycontent", "entrybody",
	"postcontent", "postbody", "posttext", "postentry", "bodytext", "contentbody",
	"blogpost", "richtext", "textcontent", "paywall",
}

// stats holds the lengths of an element's text and of its link text.
type stats struct {
	text, link int
}

// tree holds the per-element lengths computed in one bottom-up pass.
type tree struct {
	stats map[*html.Node]stats
}

func newTree(root *html.Node) *tree {
	t := &tree{stats: make(map[*html.Node]stats, 1024)}
	t.measure(root, false)
	return t
}

func (t *tree) measure(n *html.Node, inLink bool) stats {
	var s stats
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			l := trimmedLen(ch.Data)
			s.text += l
			if inLink {
				s.link += l
			}
		case html.ElementNode:
			cs := t.measure(ch, inLink || ch.DataAtom == atom.A)
			s.text += cs.text
			s.link += cs.link
		}
	}
	if n.Type == html.ElementNode {
		t.stats[n] = s
	}
	return s
}

func (t *tree) linkDensity(n *html.Node) float64 {
	s := t.stats[n]
	if s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// paraText is the length of the non-link text below n; candidates are
// compared by it.
func (t *tree) paraText(n *html.Node) int {
	s := t.stats[n]
	return s.text - s.link
}

// chooseRoot returns the elements that hold the article, in document
// order, and the rule that chose them.
func chooseRoot(body *html.Node, t *tree) ([]*html.Node, Rule) {
	scored, scoredText := scoreRoot(body, t)

	var itemprop, named, article []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			var class, id, prop string
			for _, a := range ch.Attr {
				switch a.Key {
				case "class":
					class = a.Val
				case "id":
					id = a.Val
				case "itemprop":
					prop = a.Val
				}
			}
			if prop == "articleBody" {
				itemprop = append(itemprop, ch)
				continue
			}
			if ch.DataAtom == atom.Article || ch.DataAtom == atom.Main {
				article = append(article, ch)
			}
			if hasBodyName(class) || hasBodyName(id) {
				named = append(named, ch)
				continue
			}
			walk(ch)
		}
	}
	walk(body)

	// A marked candidate is taken when it holds a good share of the text
	// that scoring found; otherwise the scored root wins.
	for _, c := range []struct {
		nodes []*html.Node
		rule  Rule
	}{{itemprop, RuleItemprop}, {named, RuleClass}, {article, RuleArticle}} {
		nodes, text := t.bestGroup(c.nodes, c.rule != RuleArticle)
		// An <article> holding the page's only <h1> and a few paragraphs
		// is the article even when a list of teasers outweighs it.
		ok := len(nodes) > 0 && text >= 200 && 10*text >= 6*scoredText
		if !ok && c.rule == RuleArticle && len(nodes) == 1 && text >= 500 {
			ok = onlyH1(body, nodes[0])
		}
		if ok {
			if len(scored) > 0 && 10*scoredText >= 8*text && within(scored, nodes) {
				return scored, RuleNarrowed
			}
			return t.withLead(nodes), c.rule
		}
	}
	if len(scored) > 0 {
		return scored, RuleScore
	}
	return []*html.Node{body}, RuleBody
}

// leadWords are class words of the summary paragraph that many sites
// put just before the article body.
var leadWords = map[string]bool{
	"summary": true, "lead": true, "intro": true, "standfirst": true, "dek": true,
	"excerpt": true, "subtitle": true, "subheadline": true, "abstract": true,
}

// withLead adds to a marked root the summary paragraph right before it,
// when its class says it is one ("article__summary", "standfirst").
func (t *tree) withLead(nodes []*html.Node) []*html.Node {
	first := nodes[0]
	prev := first.PrevSibling
	for prev != nil && (prev.Type != html.ElementNode || t.stats[prev].text == 0) {
		prev = prev.PrevSibling
	}
	if prev == nil || t.stats[prev].text < 60 || t.linkDensity(prev) > 0.3 {
		return nodes
	}
	var class string
	for _, a := range prev.Attr {
		if a.Key == "class" {
			class = a.Val
		}
	}
	lead := false
	for _, w := range strings.FieldsFunc(strings.ToLower(class), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		lead = lead || leadWords[w]
	}
	if !lead {
		return nodes
	}
	return append([]*html.Node{prev}, nodes...)
}

// bestGroup picks the candidate with the most paragraph text and adds its
// marked siblings and the other candidates holding at least a third as
// much, as articles split in several marked blocks are common (some sites
// mark every paragraph). Nested candidates are not repeated.
//
// Without group only the best candidate is returned: several <article>
// elements on a page are usually the article and teasers for others.
func (t *tree) bestGroup(cands []*html.Node, group bool) ([]*html.Node, int) {
	if len(cands) == 0 {
		return nil, 0
	}
	texts := make([]int, len(cands))
	best := 0
	for i, c := range cands {
		texts[i] = t.paraText(c)
		if texts[i] > texts[best] {
			best = i
		}
	}
	if !group {
		// Of several <article> elements, the one with the page's <h1> is
		// the article and the others are teasers.
		withH1 := -1
		for i, c := range cands {
			if hasDescendant(c, atom.H1) {
				if withH1 >= 0 {
					withH1 = -1
					break
				}
				withH1 = i
			}
		}
		if withH1 >= 0 && texts[withH1] > 0 {
			best = withH1
		}
	}
	var out []*html.Node
	total := 0
	for i, c := range cands {
		if i != best && (!group || 3*texts[i] < texts[best] && c.Parent != cands[best].Parent) {
			continue
		}
		if len(out) > 0 && isAncestor(out[len(out)-1], c) {
			continue
		}
		out = append(out, c)
		total += texts[i]
	}
	// Blocks marked one by one (live-blog entries, per-paragraph classes)
	// read best from their common ancestor, which also holds the headings
	// between them, unless it holds much more text than they do.
	if len(out) > 1 {
		if lca := commonAncestor(out); lca != nil && 4*t.paraText(lca) <= 5*total {
			return []*html.Node{lca}, t.paraText(lca)
		}
	}
	return out, total
}

// commonAncestor returns the nearest element that contains all nodes.
func commonAncestor(nodes []*html.Node) *html.Node {
	for a := nodes[0].Parent; a != nil; a = a.Parent {
		all := true
		for _, n := range nodes[1:] {
			if !isAncestor(a, n) {
				all = false
				break
			}
		}
		if all {
			return a
		}
	}
	return nil
}

// onlyH1 reports whether n holds an <h1> and no <h1> lies outside it.
func onlyH1(body, n *html.Node) bool {
	count, inside := 0, 0
	var walk func(*html.Node, bool)
	walk = func(x *html.Node, in bool) {
		for ch := x.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if ch.DataAtom == atom.H1 {
				count++
				if in {
					inside++
				}
			}
			walk(ch, in || ch == n)
		}
	}
	walk(body, false)
	return inside == 1 && count == 1
}

func hasDescendant(n *html.Node, a atom.Atom) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && (ch.DataAtom == a || hasDescendant(ch, a)) {
			return true
		}
	}
	return false
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// hasBodyName reports whether a class or id value contains one of
// bodyNames once separators are removed from each of its words.
func hasBodyName(v string) bool {
	if len(v) < 8 {
		return false
	}
	var buf [64]byte
	for _, word := range strings.Fields(v) {
		n := 0
		for i := 0; i < len(word) && n < len(buf); i++ {
			c := word[i]
			switch {
			case c >= 'a' && c <= 'z':
				buf[n] = c
				n++
			case c >= 'A' && c <= 'Z':
				buf[n] = c + 'a' - 'A'
				n++
			}
		}
		w := string(buf[:n])
		for _, b := range bodyNames {
			if strings.Contains(w, b) {
				return true
			}
		}
	}
	return false
}

// scoreRoot follows Mozilla Readability's candidate scoring: every
// paragraph scores by its length and commas, the score flows to its
// parent, grandparent and (diminishing) further ancestors, and each
// candidate's score is scaled by its share of non-link text. Siblings of
// the best candidate that score well, or are long plain paragraphs, join
// it. It returns the chosen elements and their paragraph text length.
func scoreRoot(body *html.Node, t *tree) ([]*html.Node, int) {
	scores := &candidates{index: make(map[*html.Node]int, 256)}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			switch ch.DataAtom {
			case atom.P, atom.Pre, atom.Td:
				scorePara(ch.Parent, t.stats[ch].text, countCommas(ch), t, scores)
				continue
			case atom.Div, atom.Section:
				if !hasBlockChild(ch) {
					scorePara(ch.Parent, t.stats[ch].text, countCommas(ch), t, scores)
					continue
				}
				// Text directly inside a block with block children counts
				// as a paragraph of that block, as Readability wraps such
				// runs in <p>.
				if l, commas := directText(ch); l > 0 {
					scorePara(ch, l, commas, t, scores)
				}
			}
			walk(ch)
		}
	}
	walk(body)

	var top *html.Node
	topScore := 0.0
	for i := range scores.list {
		c := &scores.list[i]
		c.score *= 1 - t.linkDensity(c.node)
		if c.score > topScore {
			top, topScore = c.node, c.score
		}
	}
	if top == nil {
		return nil, 0
	}
	// Readability moves up while the parent holds the same text: a lone
	// child wrapper adds nothing.
	for top.Parent != nil && top.Parent.DataAtom != atom.Body && top.Parent.Type == html.ElementNode {
		if t.stats[top.Parent].text > t.stats[top].text+t.stats[top].text/10 {
			break
		}
		top = top.Parent
	}
	parent := top.Parent
	if parent == nil {
		return []*html.Node{top}, t.paraText(top)
	}
	threshold := topScore * 0.2
	if threshold < 10 {
		threshold = 10
	}
	var out []*html.Node
	text := 0
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		keep := s == top
		if !keep {
			if i, ok := scores.index[s]; ok && scores.list[i].score >= threshold {
				keep = true
			} else if s.DataAtom == atom.P || ((s.DataAtom == atom.Div || s.DataAtom == atom.Section) && !hasBlockChild(s)) {
				st := t.stats[s]
				ld := t.linkDensity(s)
				keep = (st.text > 80 && ld < 0.25) || (st.text > 0 && ld == 0 && endsSentence(s))
			}
		}
		if keep {
			out = append(out, s)
			text += t.paraText(s)
		}
	}
	return out, text
}

// candidates are the scored elements in the order they were first seen,
// so that ties resolve the same way on every run.
type candidates struct {
	index map[*html.Node]int
	list  []candidate
}

type candidate struct {
	node  *html.Node
	score float64
}

// scorePara adds the score of a paragraph of the given length and commas
// to parent, the paragraph's parent, and further ancestors.
func scorePara(parent *html.Node, length, commas int, t *tree, scores *candidates) {
	if length < 25 {
		return
	}
	s := 1 + float64(commas) + min(float64(length)/100, 3)
	level := 0
	for a := parent; a != nil && a.Type == html.ElementNode && level < 5; a = a.Parent {
		i, ok := scores.index[a]
		if !ok {
			i = len(scores.list)
			scores.index[a] = i
			scores.list = append(scores.list, candidate{node: a, score: baseScore(a)})
		}
		switch level {
		case 0:
			scores.list[i].score += s
		case 1:
			scores.list[i].score += s / 2
		default:
			scores.list[i].score += s / float64(level*3)
		}
		level++
	}
}

// baseScore is a candidate's starting score from its tag and names.
func baseScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Form, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Address:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	var class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	worst, positive := classify(class, id)
	if positive {
		s += 25
	}
	if worst != nameNeutral {
		s -= 25
	}
	return s
}

// directText returns the length and commas of the text nodes directly
// below n.
func directText(n *html.Node) (length, commas int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.TextNode {
			length += trimmedLen(ch.Data)
			commas += strings.Count(ch.Data, ",")
		}
	}
	return length, commas
}

func countCommas(n *html.Node) int {
	c := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			c += strings.Count(ch.Data, ",")
		case html.ElementNode:
			c += countCommas(ch)
		}
	}
	return c
}

// endsSentence reports whether the last text below n ends with a full stop.
func endsSentence(n *html.Node) bool {
	for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
		switch ch.Type {
		case html.TextNode:
			s := strings.TrimRight(ch.Data, " \t\r\n")
			if s == "" {
				continue
			}
			return strings.HasSuffix(s, ".")
		case html.ElementNode:
			return endsSentence(ch)
		}
	}
	return false
}

// blockTags break lines when text is collected.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figure: true, atom.Figcaption: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Ul: true, atom.Caption: true,
}

func hasBlockChild(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && blockTags[ch.DataAtom] {
			return true
		}
	}
	return false
}

func within(inner, outer []*html.Node) bool {
	for _, n := range inner {
		ok := false
		for _, o := range outer {
			if n == o || isAncestor(o, n) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
