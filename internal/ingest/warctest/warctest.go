// Package warctest writes synthetic WARC archives, for tests and
// benchmarks of WARC reading at any size without storing real crawls.
//
// An archive is laid out as crawlers such as Heritrix and wget write them:
// a warcinfo record, then for each URL a request, a response and a
// metadata record, each record in its own gzip member. Responses are
// mostly HTML news pages (some sent with chunked transfer coding or gzip
// content coding), with some images among them. Content is pseudo-random
// from a seed, so the same options give the same archive.
package warctest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Options configures Write. The zero value of each field means its
// documented default.
type Options struct {
	// Size is the compressed size to reach, in bytes: Write stops after the
	// first record that reaches it. 10 MB.
	Size int64
	// Seed makes the content; 1.
	Seed uint64
	// Level is the gzip level; gzip.BestSpeed.
	Level int
}

// Stats tells what Write wrote.
type Stats struct {
	// Bytes is the compressed size of the archive.
	Bytes int64
	// Records is the number of WARC records, and Pages the number of HTML
	// response records among them.
	Records, Pages int
}

// Write writes an archive to w.
func Write(w io.Writer, opts Options) (Stats, error) {
	if opts.Size == 0 {
		opts.Size = 10 << 20
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.Level == 0 {
		opts.Level = gzip.BestSpeed
	}
	cw := &countingWriter{w: bufio.NewWriterSize(w, 1<<20)}
	g := &generator{rnd: rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))}
	zw, err := gzip.NewWriterLevel(cw, opts.Level)
	if err != nil {
		return Stats{}, fmt.Errorf("warctest: %w", err)
	}
	var st Stats
	var rec bytes.Buffer
	put := func(typ, uri, ctype string, block []byte, date time.Time) error {
		rec.Reset()
		fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%016x-0000-4000-8000-%012x>\r\nWARC-Date: %s\r\n",
			typ, g.rnd.Uint64(), st.Records, date.Format(time.RFC3339))
		if uri != "" {
			fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", uri)
		}
		fmt.Fprintf(&rec, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ctype, len(block))
		rec.Write(block)
		rec.WriteString("\r\n\r\n")
		zw.Reset(cw)
		if _, err := zw.Write(rec.Bytes()); err != nil {
			return err
		}
		st.Records++
		return zw.Close()
	}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := put("warcinfo", "", "application/warc-fields", []byte("software: storyline warctest\r\nformat: WARC File Format 1.1\r\n"), start); err != nil {
		return st, fmt.Errorf("warctest: %w", err)
	}
	for n := 0; cw.n < opts.Size; n++ {
		date := start.Add(time.Duration(n) * 7 * time.Second)
		uri := fmt.Sprintf("https://news%d.example.org/%d/%02d/story-%d.html", n%17, 2024, 1+n%12, n)
		var body []byte
		headers := "Server: nginx\r\nDate: " + date.Format(time.RFC1123) + "\r\n"
		if n%10 == 9 {
			uri = strings.Replace(uri, ".html", ".jpg", 1)
			body = g.bytes(20<<10 + g.rnd.IntN(80<<10))
			headers += "Content-Type: image/jpeg\r\n"
		} else {
			body = g.page(n, date)
			headers += "Content-Type: text/html; charset=utf-8\r\n"
			st.Pages++
			if n%5 == 2 {
				body = gzipBytes(body)
				headers += "Content-Encoding: gzip\r\n"
			}
			if n%7 == 3 {
				body = chunked(body, 8192)
				headers += "Transfer-Encoding: chunked\r\n"
			} else {
				headers += fmt.Sprintf("Content-Length: %d\r\n", len(body))
			}
		}
		req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: example.org\r\nUser-Agent: warctest\r\n\r\n", uri)
		if err := put("request", uri, "application/http; msgtype=request", []byte(req), date); err != nil {
			return st, fmt.Errorf("warctest: %w", err)
		}
		resp := append([]byte("HTTP/1.1 200 OK\r\n"+headers+"\r\n"), body...)
		if err := put("response", uri, "application/http; msgtype=response", resp, date); err != nil {
			return st, fmt.Errorf("warctest: %w", err)
		}
		if err := put("metadata", uri, "application/warc-fields", []byte("fetchTimeMs: 120\r\noutlink: https://example.org/\r\n"), date); err != nil {
			return st, fmt.Errorf("warctest: %w", err)
		}
	}
	if err := cw.w.Flush(); err != nil {
		return st, fmt.Errorf("warctest: %w", err)
	}
	st.Bytes = cw.n
	return st, nil
}

type countingWriter struct {
	w *bufio.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	k, err := c.w.Write(p)
	c.n += int64(k)
	return k, err
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}

func chunked(b []byte, size int) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(size, len(b))
		fmt.Fprintf(&out, "%x\r\n", n)
		out.Write(b[:n])
		out.WriteString("\r\n")
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

type generator struct {
	rnd *rand.Rand
}

var words = strings.Fields(`the a of to in and said on for that with was is by at from as his her
government minister president officials talks agreement week year city police court report
people country election party vote economy market prices company workers union strike health
hospital school students water energy climate border security military forces attack peace
council mayor budget tax plan law bill parliament senate leader opposition protest crowd
statement spokesman interview percent million billion according new first last after before
during while under over against between about because however although would could should
will may might also still more most many several some other another Tuesday Monday Friday
morning evening capital region province district village coast river bridge road train
airport flight storm flood fire rescue victims families children women men residents`)

func (g *generator) sentence() string {
	n := 8 + g.rnd.IntN(22)
	var b strings.Builder
	for i := range n {
		w := words[g.rnd.IntN(len(words))]
		if i == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteByte('.')
	return b.String()
}

// page is a news article page of 10 to 90 KB, published up to three days
// before it was fetched.
func (g *generator) page(n int, fetched time.Time) []byte {
	var b bytes.Buffer
	title := g.sentence()
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>\n", title)
	published := fetched.Add(-time.Duration(1+g.rnd.IntN(72)) * time.Hour)
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n", published.Format(time.RFC3339))
	b.WriteString("<script>window.dataLayer=[];" + strings.Repeat("function f(){return 1}", 20+g.rnd.IntN(200)) + "</script>\n")
	b.WriteString("<style>body{font-family:serif}" + strings.Repeat(".c{margin:0}", 20+g.rnd.IntN(200)) + "</style></head>\n<body>\n<nav><ul>")
	for i := range 20 {
		fmt.Fprintf(&b, "<li><a href=\"/section/%d\">%s</a></li>", i, words[g.rnd.IntN(len(words))])
	}
	fmt.Fprintf(&b, "</ul></nav>\n<article><h1>%s</h1>\n<p class=\"byline\">By Staff Reporter</p>\n", title)
	for range 5 + g.rnd.IntN(30) {
		b.WriteString("<p>")
		for range 2 + g.rnd.IntN(5) {
			b.WriteString(g.sentence())
			b.WriteByte(' ')
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("</article>\n<aside><h2>Latest News</h2><ul>")
	for i := range 10 {
		fmt.Fprintf(&b, "<li><a href=\"/story/%d\">%s</a></li>", n+i, g.sentence())
	}
	b.WriteString("</ul></aside>\n<footer><p>© Example News. All rights reserved.</p></footer>\n</body></html>\n")
	return b.Bytes()
}

func (g *generator) bytes(n int) []byte {
	b := make([]byte, n)
	for i := 0; i+8 <= n; i += 8 {
		v := g.rnd.Uint64()
		for j := range 8 {
			b[i+j] = byte(v >> (8 * j))
		}
	}
	copy(b, "\xff\xd8\xff\xe0")
	return b
}
