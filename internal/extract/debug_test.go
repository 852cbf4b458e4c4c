package extract

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDebugPage logs the cleaning and root decisions for the page named by
// DEBUG_PAGE (a development aid: DEBUG_PAGE=path go test -v -run Debug).
func TestDebugPage(t *testing.T) {
	path := os.Getenv("DEBUG_PAGE")
	if path == "" {
		t.Skip("DEBUG_PAGE not set")
	}
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := html.Parse(bytes.NewReader(page))
	body := findBody(root)
	c := newCleaner(body)
	c.debug = func(n *html.Node, why string) {
		if l := textLen(n); l > 150 {
			t.Logf("removed %s %s len=%d: %.100q", describe(n), why, l, strings.Join(strings.Fields(innerText(n)), " "))
		}
	}
	c.clean(body)
	tr := newTree(body)
	nodes, rule := chooseRoot(body, tr)
	t.Logf("rule %s", rule)
	for _, n := range nodes {
		t.Logf("root %s path=%s para=%d text=%d", describe(n), path2(n), tr.paraText(n), tr.stats[n].text)
	}
}

func innerText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func describe(n *html.Node) string {
	s := n.Data
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			s += fmt.Sprintf("[%s=%.40s]", a.Key, a.Val)
		}
	}
	return s
}

func path2(n *html.Node) string {
	var parts []string
	for p := n; p != nil && p.Type == html.ElementNode; p = p.Parent {
		parts = append([]string{describe(p)}, parts...)
	}
	return strings.Join(parts, " > ")
}

// TestDebugLines logs the lines under the root of DEBUG_PAGE and marks
// the ones the filter keeps (+) and drops (-); DEBUG_TITLE sets the title.
func TestDebugLines(t *testing.T) {
	path := os.Getenv("DEBUG_PAGE")
	if path == "" {
		t.Skip("DEBUG_PAGE not set")
	}
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := html.Parse(bytes.NewReader(page))
	body := findBody(root)
	newCleaner(body).clean(body)
	tr := newTree(body)
	nodes, rule := chooseRoot(body, tr)
	col := collector{tree: tr}
	for _, n := range nodes {
		col.element(n)
		col.flush()
	}
	all := append([]line(nil), col.lines...)
	kept := map[string]bool{}
	for _, l := range filter(col.lines, os.Getenv("DEBUG_TITLE"), rule != RuleScore && rule != RuleBody) {
		kept[l.text] = true
	}
	for _, l := range all {
		mark := "-"
		if kept[l.text] {
			mark = "+"
		}
		t.Logf("%s k=%d size=%d link=%d %.120q", mark, l.kind, l.size, l.link, l.text)
	}
}
