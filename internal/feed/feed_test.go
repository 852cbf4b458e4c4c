package feed

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// feedURLs are the URLs the fixtures pretend to have been fetched from.
var feedURLs = map[string]string{
	"rss2.xml":      "https://news.example.org/world/rss.xml",
	"atom.xml":      "https://blog.example.net/atom.xml",
	"rdf.xml":       "https://old.example.com/index.rdf",
	"jsonfeed.json": "https://json.example.com/feed.json",
}

func TestParseGolden(t *testing.T) {
	for name, feedURL := range feedURLs {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			got, err := Parse(data, feedURL)
			if err != nil {
				t.Fatalf("Parse(%s) error: %v", name, err)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(name, filepath.Ext(name))+".golden.json")
			if *update {
				out, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(golden, append(out, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			raw, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			var want Feed
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Parse(%s) (-want +got):\n%s", name, diff)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, true},
		{"\ufeff  <feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", true},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>`, true},
		{`<?xml version="1.0"?><!-- ` + strings.Repeat("x", 5000) + ` --><rss></rss>`, true},
		{`{"version": "https://jsonfeed.org/version/1", "items": []}`, true},
		{`{"id": "not a feed"}`, false},
		{`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`, false},
		{`<!DOCTYPE html><html><body>rss</body></html>`, false},
		{"", false},
	}
	for _, tc := range tests {
		if got := Detect([]byte(tc.in)); got != tc.want {
			t.Errorf("Detect(%.60q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

func TestParseNotFeed(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "not_a_feed.html"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parse(data, "https://example.invalid/")
	if !errors.Is(err, ErrNotFeed) || !strings.Contains(err.Error(), "https://example.invalid/") {
		t.Errorf("Parse(html) error = %v; want ErrNotFeed naming the URL", err)
	}
}

func FuzzParse(f *testing.F) {
	for name := range feedURLs {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<rss><channel><item><link>//x</link></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fd, err := Parse(data, "https://base.example/feed")
		if err != nil {
			return
		}
		for _, e := range fd.Entries {
			if !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
				t.Fatalf("entry URL %q is not http(s)", e.URL)
			}
		}
	})
}
