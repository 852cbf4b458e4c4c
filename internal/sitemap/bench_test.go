package sitemap

import (
	"bytes"
	"fmt"
	"testing"
)

// BenchmarkParse50k parses a sitemap with the protocol's maximum of 50,000
// URLs, plain and gzip-compressed.
func BenchmarkParse50k(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range 50000 {
		fmt.Fprintf(&buf, "<url><loc>https://news.example.org/2021/08/%02d/story-%d.html</loc><lastmod>2021-08-04T09:15:00+02:00</lastmod></url>\n", i%28+1, i)
	}
	buf.WriteString("</urlset>")
	plain := buf.Bytes()
	for _, v := range []struct {
		name string
		data []byte
	}{{"plain", plain}, {"gzip", gzipped(b, plain)}} {
		b.Run(v.name, func(b *testing.B) {
			b.SetBytes(int64(len(plain)))
			for b.Loop() {
				n := 0
				if _, err := Parse(bytes.NewReader(v.data), func(Entry) error { n++; return nil }); err != nil || n != 50000 {
					b.Fatalf("Parse: %d entries, %v", n, err)
				}
			}
		})
	}
}
