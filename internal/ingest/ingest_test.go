package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// summary is what the tests compare of an Item.
type summary struct {
	ID   string
	Kind Kind
	Body string
	Err  string
}

func summarize(items []Item) []summary {
	var out []summary
	for _, it := range items {
		s := summary{ID: it.ID, Kind: it.Kind, Body: string(it.Body)}
		if it.Err != nil {
			s.Err = it.Err.Error()
		}
		if it.Doc != nil {
			s.Body = it.Doc.Text
		}
		out = append(out, s)
	}
	return out
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"a.html":          []byte("<p>a</p>"),
		"b.txt":           []byte("plain b"),
		"c.html.gz":       gzipBytes([]byte("<p>c</p>")),
		"d.png":           []byte("\x89PNG\r\n\x1a\n\x00"),
		"e.html":          nil,
		"f.html":          []byte("<p>f\x00\x00\x00</p>"),
		"g.html":          []byte("\xff\xfe<\x00p\x00>\x00"), // UTF-16 with BOM: text, not binary
		"docs.jsonl":      []byte(`{"id":"j1","text":"one"}` + "\n"),
		"sub/h.htm":       []byte("<p>h</p>"),
		"sub/notes.md":    []byte("skipped in a folder"),
		".hidden/i.html":  []byte("<p>i</p>"),
		"MZ-letter.html":  []byte("MZ is how the letter starts"),
		"zero-width.html": []byte("   \n  "),
	}
	files["renamed.dat"] = gzipBytes(warcRecord("response", "https://x.org/r", "application/http", httpResponse(200, "Content-Type: text/html\r\n", []byte("<p>r</p>"))))
	files["arch.warc"] = warcRecord("response", "https://x.org/w", "application/http", httpResponse(200, "Content-Type: text/html\r\n", []byte("<p>w</p>")))
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []Item
	err := Walk(context.Background(), []string{dir, filepath.Join(dir, "d.png"), filepath.Join(dir, "renamed.dat"), "-", filepath.Join(dir, "nope.html")},
		Options{Stdin: strings.NewReader("  <p>stdin</p>")}, func(it Item) error {
			got = append(got, it)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	want := []summary{
		{ID: "MZ-letter", Body: "MZ is how the letter starts"},
		{ID: "a", Body: "<p>a</p>"},
		{ID: "https://x.org/w", Body: "<p>w</p>"},
		{ID: "b", Kind: KindText, Body: "plain b"},
		{ID: "c", Body: "<p>c</p>"},
		{ID: "j1", Kind: KindDocument, Body: "one"},
		{ID: "e", Err: "read " + p("e.html") + ": empty file"},
		{ID: "f", Err: "read " + p("f.html") + ": binary file, not a page"},
		{ID: "g", Body: "\xff\xfe<\x00p\x00>\x00"},
		{ID: "h", Body: "<p>h</p>"},
		{ID: "zero-width", Err: "read " + p("zero-width.html") + ": empty file"},
		{ID: "d", Err: "read " + p("d.png") + ": binary file, not a page (PNG image)"},
		{ID: "https://x.org/r", Body: "<p>r</p>"},
		{ID: "-", Body: "  <p>stdin</p>"},
		{ID: "nope", Err: "open " + p("nope.html") + ": no such file or directory"},
	}
	if diff := cmp.Diff(want, summarize(got)); diff != "" {
		t.Errorf("Walk items (-want +got):\n%s", diff)
	}
}

// TestWalkLinksAndEmptyFolders: a folder named through a link is walked and
// links to files in it are read; a folder without pages is an error item,
// not silence.
func TestWalkLinksAndEmptyFolders(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"pages/a.html": "<p>a</p>", "elsewhere/b.html": "<p>b</p>", "pics/c.png": "\x89PNG\r\n"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "pages"), filepath.Join(dir, "link")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "elsewhere", "b.html"), filepath.Join(dir, "pages", "b.html")); err != nil {
		t.Fatal(err)
	}
	var got []Item
	err := Walk(context.Background(), []string{filepath.Join(dir, "link"), filepath.Join(dir, "empty"), filepath.Join(dir, "pics")}, Options{}, func(it Item) error {
		got = append(got, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []summary{
		{ID: "a", Body: "<p>a</p>"},
		{ID: "b", Body: "<p>b</p>"},
		{ID: "empty", Err: filepath.Join(dir, "empty") + ": no pages found (0 other files; pages are HTML, .txt, WARC or JSONL files)"},
		{ID: "pics", Err: filepath.Join(dir, "pics") + ": no pages found (1 other file; pages are HTML, .txt, WARC or JSONL files)"},
	}
	if diff := cmp.Diff(want, summarize(got)); diff != "" {
		t.Errorf("Walk items (-want +got):\n%s", diff)
	}
}

func TestReadJSONL(t *testing.T) {
	long := `{"id":"long","text":"` + strings.Repeat("x", MaxPageSize) + `"}`
	tests := []struct {
		name  string
		input string
		want  []summary
	}{
		{"records and blank lines", "{\"id\":\"a\",\"text\":\"one\"}\n\n  \r\n{\"id\":\"b\",\"text\":\"two\"}", []summary{
			{ID: "a", Kind: KindDocument, Body: "one"}, {ID: "b", Kind: KindDocument, Body: "two"}}},
		{"bad lines go on", "{\"id\":\"a\"}\n{oops\nnull\n\"s\"\n{\"text\":\"no id\"}\n", []summary{
			{ID: "a", Kind: KindDocument},
			{ID: "in:2", Kind: KindDocument, Err: "in line 2: invalid character 'o' looking for beginning of object key string"},
			{ID: "in:3", Kind: KindDocument, Err: "in line 3: not a JSON object"},
			{ID: "in:4", Kind: KindDocument, Err: "in line 4: not a JSON object"},
			{ID: "in:5", Kind: KindDocument, Body: "no id"}}},
		{"line past MaxPageSize is skipped", long + "\n{\"id\":\"after\"}\n", []summary{
			{ID: "in:1", Kind: KindDocument, Err: "in line 1: " + ErrTooLarge.Error()},
			{ID: "after", Kind: KindDocument}}},
		{"bom and crlf", "\ufeff{\"id\":\"a\"}\r\n", []summary{{ID: "a", Kind: KindDocument}}},
		{"invalid utf-8 in a string", "{\"id\":\"a\",\"text\":\"caf\xe9\"}\n", []summary{{ID: "a", Kind: KindDocument, Body: "caf\uFFFD"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Item
			if err := ReadJSONL(context.Background(), strings.NewReader(tt.input), "in", func(it Item) error {
				got = append(got, it)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarize(got)); diff != "" {
				t.Errorf("ReadJSONL (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadJSONLStopsOnYieldError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := ReadJSONL(context.Background(), strings.NewReader("{}\n{}\n{}\n"), "in", func(Item) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("ReadJSONL with failing yield = %v after %d items; want stop after 1", err, n)
	}
}

// FuzzReadJSONL checks that every non-blank line gives exactly one Item,
// with a Document or an error, and that reading never panics.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"one"}` + "\n{bad\n\n[1]\n"))
	f.Add([]byte("{\"id\":\"\xff\"}\r\n\ufeff{}"))
	f.Add([]byte(`{"id":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 0
		for l := range bytes.SplitSeq(data, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		n := 0
		err := ReadJSONL(context.Background(), bytes.NewReader(data), "f", func(it Item) error {
			n++
			if (it.Doc == nil) == (it.Err == nil) {
				t.Fatalf("item %q: Doc %v, Err %v; want exactly one", it.ID, it.Doc, it.Err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n != lines {
			t.Fatalf("%d items from %d non-blank lines", n, lines)
		}
	})
}
