package metadata

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestBylineWithoutName is the regression test for a panic on a body
// paragraph that starts "By on ...": the stop word leaves no name behind.
func TestBylineWithoutName(t *testing.T) {
	for _, body := range []string{
		"<p>By on Tuesday the council had voted.</p>",
		"<p>By in the end nobody came.</p>",
		"<p>By - staff</p>",
		"<p>By </p>",
	} {
		root, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if m := FromHTML(root, Options{}); m.Author != "" {
			t.Errorf("FromHTML(%q).Author = %q; want empty", body, m.Author)
		}
	}
}
