package store

import (
	"bytes"
	stdgzip "compress/gzip"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/document"
)

func TestMigrations(t *testing.T) {
	tests := []struct {
		name    string
		files   fstest.MapFS
		want    []int
		wantErr bool
	}{
		{"ordered by number, not by name", fstest.MapFS{
			"m/0010_later.sql": {Data: []byte("B")},
			"m/0002_first.sql": {Data: []byte("A")},
			"m/README.md":      {Data: []byte("not a migration")},
		}, []int{2, 10}, false},
		{"unnumbered file", fstest.MapFS{"m/init.sql": {Data: []byte("A")}}, nil, true},
		{"two files, one number", fstest.MapFS{
			"m/0001_a.sql": {Data: []byte("A")},
			"m/1_b.sql":    {Data: []byte("B")},
		}, nil, true},
		{"none", fstest.MapFS{}, []int{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := Migrations(tt.files, "m")
			if (err != nil) != tt.wantErr {
				t.Fatalf("Migrations() error = %v; want error %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			got := []int{}
			for _, m := range ms {
				got = append(got, m.Version)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Migrations() versions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEntityGroups(t *testing.T) {
	var g EntityGroups
	if got := g.Entities(); got == nil || len(got) != 0 {
		t.Fatalf("empty EntityGroups.Entities() = %#v; want empty non-nil", got)
	}
	g.Add("Zalmay Khalilzad", "PERSON", document.Span{Start: 0, End: 9, Text: "Khalilzad"})
	g.Add("Taliban", "ORG", document.Span{Start: -1})
	g.Add("Zalmay Khalilzad", "PERSON", document.Span{Start: 20, End: 22, Text: "he"})
	want := []Entity{
		{Name: "Zalmay Khalilzad", Type: "PERSON", Mentions: []document.Span{{Start: 0, End: 9, Text: "Khalilzad"}, {Start: 20, End: 22, Text: "he"}}},
		{Name: "Taliban", Type: "ORG", Mentions: []document.Span{}},
	}
	if diff := cmp.Diff(want, g.Entities()); diff != "" {
		t.Errorf("Entities() (-want +got):\n%s", diff)
	}
}

func TestPaging(t *testing.T) {
	tests := []struct {
		items      []int
		off, limit int
		wantItems  []int
		wantNext   string
	}{
		{[]int{1, 2, 3}, 0, 2, []int{1, 2}, "2"},
		{[]int{5, 6}, 4, 2, []int{5, 6}, ""},
		{[]int{}, 0, 2, []int{}, ""},
	}
	for _, tt := range tests {
		p := PageOf(tt.items, tt.off, tt.limit)
		if diff := cmp.Diff(tt.wantItems, p.Items); diff != "" || p.Next != tt.wantNext {
			t.Errorf("PageOf(%v, %d, %d) = %v next %q; want %v next %q", tt.items, tt.off, tt.limit, p.Items, p.Next, tt.wantItems, tt.wantNext)
		}
		if p.Next == "" {
			continue
		}
		if off, err := ParseCursor(p.Next); err != nil || off != tt.off+tt.limit {
			t.Errorf("ParseCursor(%q) = %d, %v; want %d", p.Next, off, err, tt.off+tt.limit)
		}
	}
	for _, bad := range []string{"x", "-1", "1.5"} {
		if _, err := ParseCursor(bad); err == nil {
			t.Errorf("ParseCursor(%q) = nil error; want an error", bad)
		}
	}
}

func TestPageCodecRoundTrip(t *testing.T) {
	var c PageCodec
	for _, page := range []string{"<html><body><p>One page.</p></body></html>", strings.Repeat("x", 1<<16)} {
		z, err := c.Compress([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecompressPage(z)
		if err != nil || string(got) != page {
			t.Errorf("DecompressPage(Compress(%.20q...)) = %.20q..., %v", page, got, err)
		}
	}
	if got, err := DecompressPage(nil); got != nil || err != nil {
		t.Errorf("DecompressPage(nil) = %q, %v; want nil, nil", got, err)
	}
	if _, err := DecompressPage([]byte("not gzip")); err == nil {
		t.Error("DecompressPage(garbage) = nil error; want an error")
	}
}

// TestDecompressPageOtherWriters checks that pages compressed elsewhere
// still read back: by the standard library (as stores written before the
// codec changed library hold them), at any level, and as several gzip
// members one after the other.
func TestDecompressPageOtherWriters(t *testing.T) {
	page := strings.Repeat("<p>Talks resumed in Port Avel on Monday.</p>", 200)
	gz := func(level int, parts ...string) []byte {
		var buf bytes.Buffer
		for _, p := range parts {
			zw, err := stdgzip.NewWriterLevel(&buf, level)
			if err != nil {
				t.Fatal(err)
			}
			zw.Write([]byte(p))
			zw.Close()
		}
		return buf.Bytes()
	}
	tests := []struct {
		name string
		z    []byte
	}{
		{"standard library, best speed", gz(stdgzip.BestSpeed, page)},
		{"standard library, best compression", gz(stdgzip.BestCompression, page)},
		{"two members", gz(stdgzip.DefaultCompression, page[:1000], page[1000:])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecompressPage(tt.z)
			if err != nil || string(got) != page {
				t.Errorf("DecompressPage = %d bytes, %v; want the %d-byte page", len(got), err, len(page))
			}
		})
	}
}
