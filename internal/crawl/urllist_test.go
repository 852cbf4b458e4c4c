package crawl

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseURLList(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string
		wantErr string // substring of the error, or "" for none
	}{
		{"plain", "https://a.example/1\nhttp://b.example/2\n", []string{"https://a.example/1", "http://b.example/2"}, ""},
		{"comments and blanks", "# my feeds\n\n  https://a.example/feed.xml  # daily\n\t\n", []string{"https://a.example/feed.xml"}, ""},
		{"fragment kept out, hash in URL kept", "https://a.example/p#frag\n", []string{"https://a.example/p"}, ""},
		{"crlf and bom", "\ufeffhttps://a.example/1\r\nhttps://a.example/2\r\n", []string{"https://a.example/1", "https://a.example/2"}, ""},
		{"bad lines reported, good kept", "https://a.example/1\nnot a url\nftp://x/y\nhttps://a.example/2\n", []string{"https://a.example/1", "https://a.example/2"}, "line 2"},
		{"second bad line named", "nope\nftp://x/y\n", nil, "line 2 \"ftp://x/y\""},
		{"empty", "", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseURLList(strings.NewReader(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseURLList(%q) (-want +got):\n%s", tc.in, diff)
			}
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("ParseURLList(%q) error = %v; want none", tc.in, err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("ParseURLList(%q) error = %v; want it to mention %q", tc.in, err, tc.wantErr)
			case tc.wantErr != "" && !errors.Is(err, ErrBadURL):
				t.Errorf("ParseURLList(%q) error = %v; want it to wrap ErrBadURL", tc.in, err)
			}
		})
	}
}

func TestIsSource(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		source string
		want   bool
	}{
		{"https://example.invalid/feed.xml", true},
		{"HTTP://EXAMPLE.INVALID/", true},
		{"ftp://example.invalid/", false},
		{write("list.txt", "# feeds\nhttps://a.example/rss\n"), true},
		{write("article.txt", "The minister said on Tuesday that\nhttps://a.example/ was down.\n"), false},
		{write("only-comments.txt", "# nothing yet\n"), false},
		{write("list.urls", "https://a.example/rss\nbroken line\n"), true},
		{write("page.html", "https://a.example/rss\n"), false},
		{filepath.Join(dir, "missing.txt"), false},
		{dir, false},
	}
	for _, tc := range tests {
		if got := IsSource(tc.source); got != tc.want {
			t.Errorf("IsSource(%q) = %v; want %v", tc.source, got, tc.want)
		}
	}
}

func FuzzParseURLList(f *testing.F) {
	f.Add("https://a.example/1\n# c\nhttp://b.example/x?y=1#z  # note\n")
	f.Add("\ufeff\r\n\r\nnot a url\n")
	f.Fuzz(func(t *testing.T, in string) {
		urls, _ := ParseURLList(strings.NewReader(in))
		for _, u := range urls {
			if !IsURL(u) {
				t.Fatalf("ParseURLList returned %q, which is not an http(s) URL", u)
			}
			if strings.ContainsAny(u, " \t\n#") {
				t.Fatalf("ParseURLList returned %q with space, newline or fragment", u)
			}
		}
	})
}
