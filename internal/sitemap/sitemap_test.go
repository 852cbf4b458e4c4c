package sitemap

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// result is what a golden file holds.
type result struct {
	Kind    string
	Entries []Entry
}

// testLimit stands in for MaxSize, which is too slow to reach under -race.
const testLimit = 2 << 20

func parseAll(t testing.TB, r io.Reader) (result, error) {
	t.Helper()
	var res result
	kind, err := parse(r, testLimit, func(e Entry) error {
		res.Entries = append(res.Entries, e)
		return nil
	})
	res.Kind = kind.String()
	return res, err
}

func gzipped(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestParseGolden(t *testing.T) {
	for _, name := range []string{"urlset.xml", "news.xml", "index.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", strings.TrimSuffix(name, ".xml")+".golden.json")
		// The gzip variant must give exactly the same result.
		for _, variant := range []struct {
			suffix string
			data   []byte
		}{{"", data}, {".gz", gzipped(t, data)}} {
			t.Run(name+variant.suffix, func(t *testing.T) {
				got, err := parseAll(t, bytes.NewReader(variant.data))
				if err != nil {
					t.Fatalf("Parse(%s) error: %v", name, err)
				}
				if *update && variant.suffix == "" {
					out, _ := json.MarshalIndent(got, "", "  ")
					if err := os.WriteFile(golden, append(out, '\n'), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				raw, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("read golden (run with -update to create): %v", err)
				}
				var want result
				if err := json.Unmarshal(raw, &want); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Parse(%s%s) (-want +got):\n%s", name, variant.suffix, diff)
				}
			})
		}
	}
}

func TestParseErrors(t *testing.T) {
	bomb := func() []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc></url><!--`))
		chunk := bytes.Repeat([]byte("x"), 1<<20)
		for range 3 {
			zw.Write(chunk)
		}
		zw.Write([]byte(`--></urlset>`))
		zw.Close()
		return buf.Bytes()
	}()
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"html", []byte("<!DOCTYPE html><html><body></body></html>"), ErrNotSitemap},
		{"rss", []byte(`<rss version="2.0"></rss>`), ErrNotSitemap},
		{"empty", nil, ErrNotSitemap},
		{"gzip bomb", bomb, ErrTooLarge}, // 3 MiB against a 2 MiB limit
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseAll(t, bytes.NewReader(tc.in))
			if !errors.Is(err, tc.want) {
				t.Errorf("Parse(%s) error = %v; want %v", tc.name, err, tc.want)
			}
		})
	}
}

func TestParseStopsOnYieldError(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "urlset.xml"))
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	n := 0
	_, err = Parse(bytes.NewReader(data), func(Entry) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Parse with failing yield: err %v after %d entries; want stop after 1", err, n)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in   []byte
		want Kind
	}{
		{[]byte(`<?xml version="1.0"?><urlset></urlset>`), KindURLSet},
		{[]byte(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`), KindIndex},
		{gzipped(t, []byte(`<sitemapindex></sitemapindex>`)), KindIndex},
		{[]byte(`<feed></feed>`), KindUnknown},
		{[]byte("plain text"), KindUnknown},
		{[]byte{0x1f, 0x8b, 0, 0}, KindUnknown},
	}
	for _, tc := range tests {
		if got := Detect(bytes.NewReader(tc.in)); got != tc.want {
			t.Errorf("Detect(%.40q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"urlset.xml", "news.xml", "index.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("\x1f\x8b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Parse(bytes.NewReader(data), func(e Entry) error {
			if !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
				t.Fatalf("entry URL %q is not http(s)", e.URL)
			}
			return nil
		})
	})
}
