package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// warcRecord builds one WARC/1.1 record with the given type, target URI
// and block.
func warcRecord(typ, uri, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-0000-0000-000000000000>\r\n", typ, len(uri)+len(block))
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: 2024-03-05T10:11:12Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// httpResponse builds an HTTP/1.1 response message.
func httpResponse(status int, headers string, body []byte) []byte {
	return append([]byte(fmt.Sprintf("HTTP/1.1 %d X\r\n%s\r\n", status, headers)), body...)
}

func response(uri string, status int, headers string, body []byte) []byte {
	return warcRecord("response", uri, "application/http; msgtype=response", httpResponse(status, headers, body))
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}

// corruptGzip is b gzipped with its deflate data overwritten.
func corruptGzip(b []byte) []byte {
	z := gzipBytes(b)
	for i := 10; i < 20 && i < len(z); i++ {
		z[i] = 0xff
	}
	return z
}

func chunked(b []byte, size int) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(size, len(b))
		fmt.Fprintf(&out, "%x\r\n%s\r\n", n, b[:n])
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

const (
	page1 = "<!DOCTYPE html><html><head><title>One</title></head><body><p>First page.</p></body></html>"
	page2 = "<html><body><p>Second page, sent chunked.</p></body></html>"
	page3 = "<html><body><p>Third page, gzip content coding.</p></body></html>"
	page4 = "<!doctype html><p>Fourth page, no content type."
)

// testRecords is an archive's records, as a crawler writes them.
func testRecords() [][]byte {
	return [][]byte{
		warcRecord("warcinfo", "", "application/warc-fields", []byte("software: test\r\n")),
		warcRecord("request", "https://example.org/1", "application/http; msgtype=request", []byte("GET /1 HTTP/1.1\r\nHost: example.org\r\n\r\n")),
		response("https://example.org/1", 200, "Content-Type: text/html; charset=utf-8\r\n", []byte(page1)),
		warcRecord("metadata", "https://example.org/1", "application/warc-fields", []byte("outlinks: x\r\n")),
		response("https://example.org/logo.png", 200, "Content-Type: image/png\r\n", []byte("\x89PNG\r\n\x1a\n\x00\x00")),
		response("https://example.org/moved", 301, "Content-Type: text/html\r\nLocation: /1\r\n", []byte("<p>Moved</p>")),
		response("https://example.org/missing", 404, "Content-Type: text/html\r\n", []byte("<p>Not found</p>")),
		response("https://example.org/2", 200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked([]byte(page2), 7)),
		response("https://example.org/3", 200, "Content-Type: text/html; charset=ISO-8859-1\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked(gzipBytes([]byte(page3)), 16)),
		response("https://example.org/4", 200, "Server: x\r\n", []byte(page4)),
		warcRecord("revisit", "https://example.org/1", "application/http; msgtype=response", []byte("HTTP/1.1 200 OK\r\n\r\n")),
	}
}

var testFetched = time.Date(2024, 3, 5, 10, 11, 12, 0, time.UTC)

func wantItems(source string) []Item {
	item := func(n int, ctype, body string) Item {
		u := fmt.Sprintf("https://example.org/%d", n)
		return Item{ID: u, URL: u, Source: source, Kind: KindHTML, ContentType: ctype, Body: []byte(body), Fetched: testFetched}
	}
	return []Item{
		item(1, "text/html; charset=utf-8", page1),
		item(2, "text/html", page2),
		item(3, "text/html; charset=ISO-8859-1", page3),
		item(4, "", page4),
	}
}

// archive lays records out as a plain WARC, one gzip member per record,
// or a single gzip stream.
func archive(layout string, recs [][]byte) []byte {
	var b bytes.Buffer
	for _, r := range recs {
		if layout == "members" {
			b.Write(gzipBytes(r))
		} else {
			b.Write(r)
		}
	}
	if layout == "stream" {
		return gzipBytes(b.Bytes())
	}
	return b.Bytes()
}

func readAll(t *testing.T, data []byte) []Item {
	t.Helper()
	var got []Item
	err := ReadWARC(context.Background(), bytes.NewReader(data), "a.warc.gz", func(it Item) error {
		got = append(got, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadWARC: %v", err)
	}
	return got
}

// errText compares errors by message in cmp.Diff.
var errText = cmp.Comparer(func(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
})

func TestReadWARC(t *testing.T) {
	recs := testRecords()
	members := archive("members", recs)
	plain := archive("plain", recs)
	// Offsets of record 10 (the fourth page) in both layouts.
	memberOff := len(archive("members", recs[:9]))
	plainOff := len(archive("plain", recs[:9]))

	full := wantItems("a.warc.gz")
	withErr := func(items []Item, err string) []Item {
		return append(append([]Item(nil), items...), Item{ID: "https://example.org/4", URL: "https://example.org/4", Source: "a.warc.gz", Fetched: testFetched, Err: errors.New(err)})
	}
	tests := []struct {
		name string
		data []byte
		want []Item
	}{
		{"plain", plain, full},
		{"gzip member per record", members, full},
		{"single gzip stream", archive("stream", recs), full},
		{"gzip truncated in a record", members[:memberOff+len(gzipBytes(recs[9]))-30],
			withErr(full[:3], fmt.Sprintf("a.warc.gz: record 10 at offset %d (gzip member): truncated record", memberOff))},
		{"plain truncated in a block", plain[:plainOff+len(recs[9])-20],
			withErr(full[:3], fmt.Sprintf("a.warc.gz: record 10 at offset %d: truncated record", plainOff))},
		{"lying content length", append(plain[:plainOff:plainOff], bytes.Replace(recs[9], []byte("Content-Length: "), []byte("Content-Length: 9"), 1)...),
			withErr(full[:3], fmt.Sprintf("a.warc.gz: record 10 at offset %d: truncated record", plainOff))},
		{"corrupt gzip payload, then a good page", archive("members", [][]byte{
			response("https://example.org/bad", 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", corruptGzip([]byte(page3))),
			response("https://example.org/bin", 200, "X: y\r\n", append([]byte("\x00\x01binary"), make([]byte, 2000)...)),
			recs[2],
		}), []Item{
			{ID: "https://example.org/bad", URL: "https://example.org/bad", Source: "a.warc.gz", Fetched: testFetched, ContentType: "text/html", Err: errors.New("a.warc.gz: record 1 at offset 0 (gzip member): http body: flate: corrupt input before offset 1")},
			full[0],
		}},
		{"empty", nil, []Item{{ID: "a", Source: "a.warc.gz", Err: errors.New("a.warc.gz: empty file")}}},
		{"not warc", []byte("<html><p>hello</p></html>"), []Item{{ID: "a@0", Source: "a.warc.gz", Err: errors.New(`a.warc.gz: record 1 at offset 0: not a WARC record: starts with "<html><p>hello</p></"`)}}},
		{"garbage after records", append(append([]byte(nil), plain...), "junk\r\n"...),
			append(append([]Item(nil), full...), Item{ID: fmt.Sprintf("a@%d", len(plain)), Source: "a.warc.gz", Err: fmt.Errorf(`a.warc.gz: record 12 at offset %d: not a WARC record: starts with "junk"`, len(plain))})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAll(t, tt.data)
			if diff := cmp.Diff(tt.want, got, errText); diff != "" {
				t.Errorf("ReadWARC items (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadWARCTooLarge(t *testing.T) {
	big := strings.Repeat("<p>x</p>", MaxPageSize/8+1)
	data := archive("members", [][]byte{
		response("https://example.org/big", 200, "Content-Type: text/html\r\n", []byte(big)),
		response("https://example.org/1", 200, "Content-Type: text/html; charset=utf-8\r\n", []byte(page1)),
	})
	got := readAll(t, data)
	if len(got) != 2 || !errors.Is(got[0].Err, ErrTooLarge) || got[1].Err != nil || string(got[1].Body) != page1 {
		t.Fatalf("ReadWARC(big page, small page) = %d items, first err %v; want ErrTooLarge then the small page", len(got), got[0].Err)
	}
}

// FuzzWARC checks that the reader never panics, never yields a page larger
// than MaxPageSize, and always ends.
func FuzzWARC(f *testing.F) {
	recs := testRecords()
	f.Add(archive("plain", recs))
	f.Add(archive("members", recs[:4]))
	f.Add(archive("stream", recs[2:3]))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffff\r\n"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: -1\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		err := ReadWARC(context.Background(), bytes.NewReader(data), "f.warc", func(it Item) error {
			n++
			if len(it.Body) > MaxPageSize {
				t.Fatalf("page of %d bytes", len(it.Body))
			}
			if it.Err == nil && it.Kind != KindHTML {
				t.Fatalf("item without error of kind %v", it.Kind)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadWARC: %v", err)
		}
		if n > len(data)/10+1 {
			t.Fatalf("%d items from %d bytes", n, len(data))
		}
	})
}

// TestReadWARCLyingLengths checks that huge Content-Length and chunk sizes
// claimed by a small input do not make the reader allocate for them.
func TestReadWARCLyingLengths(t *testing.T) {
	inputs := map[string][]byte{
		"warc length": []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 4611686018427387904\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>"),
		"chunk size":  response("https://x.org/", 200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", []byte("7fffffffffffffff\r\n<p>x</p>")),
		"gzip body":   response("https://x.org/", 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzipBytes([]byte("<p>x</p>"))[:12]),
	}
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			n := 0
			err := ReadWARC(context.Background(), bytes.NewReader(data), "lie.warc", func(it Item) error {
				n++
				return nil
			})
			runtime.ReadMemStats(&after)
			if err != nil || n != 1 {
				t.Fatalf("ReadWARC = %v after %d items; want nil after 1", err, n)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
				t.Errorf("ReadWARC allocated %d bytes for a %d-byte input", alloc, len(data))
			}
		})
	}
}
