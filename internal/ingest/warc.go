package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	// klauspost's gzip inflates archives faster than the standard
	// library's, with the same Reset and Multistream for reading member by
	// member (docs/bench/ingest.md).
	"github.com/klauspost/compress/gzip"
)

// WARC reading.
//
// The reader is storyline's own, written from the WARC 1.1 specification
// (ISO 28500:2017, https://iipc.github.io/warc-specifications/) and RFC 9112
// for the HTTP message inside a response record. The WARC libraries served
// to us were weighed and one was measured (docs/bench/ingest.md):
// internetarchive/gowarc and its fork CorentinB/warc are crawler toolkits
// whose module pulls in a TLS fingerprinting stack, a DNS client and SOCKS
// proxies. nlnwa/gowarc/v3 is a good reader: on the same 100 MB archive it
// read the 8,685 pages in 0.79-1.10 s with 16-18 MB peak RSS, where this
// reader took 0.85-0.90 s with 14-15 MB. It hands back the raw HTTP
// payload, though, so chunked transfer coding and gzip content coding
// (most of the work here) would still be ours, and it adds three modules.
// This reader needs no module beyond the standard library but for
// klauspost/compress's faster gzip, names the gzip member offset of a truncated
// record, and never holds more than one page (at most MaxPageSize) plus
// fixed buffers, whatever Content-Length values the archive claims.

// ErrTruncated reports a WARC record that ends before its Content-Length.
var ErrTruncated = errors.New("truncated record")

// ErrNotWARC reports bytes where a WARC record header was expected.
var ErrNotWARC = errors.New("not a WARC record")

const (
	// warcBufSize is the read buffer of the (decompressed) WARC stream and
	// the longest header line accepted.
	warcBufSize = 64 << 10
	// maxHeaderLines bounds the header lines read per WARC or HTTP header.
	maxHeaderLines = 1000
	// sniffLen is how much of an undeclared payload is looked at to decide
	// whether it is HTML.
	sniffLen = 512
	// maxMembersKept bounds the gzip member starts remembered for error
	// messages, against archives of many tiny members.
	maxMembersKept = 4096
)

// readWARCFile yields one Item per HTML response record of a WARC file.
func readWARCFile(ctx context.Context, path string, yield func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return yield(Item{ID: baseID(path), Source: path, Err: fmt.Errorf("open %s: %w", path, err)})
	}
	defer f.Close()
	return ReadWARC(ctx, f, path, yield)
}

// ReadWARC reads a WARC archive, plain or gzip-compressed (one gzip member
// per record, or a single gzip stream), from r, and calls yield with one
// Item per response record whose HTTP payload is an HTML page, in archive
// order. Requests, metadata, warcinfo, revisit records, non-2xx responses
// and non-HTML payloads are skipped without being held in memory.
//
// The Item's ID and URL are the record's WARC-Target-URI, its ContentType
// the HTTP Content-Type and Fetched the WARC-Date. Chunked transfer coding
// and gzip or deflate content coding are undone. A payload larger than
// MaxPageSize yields an Item with ErrTooLarge. A record cut short, or a
// stream that is not WARC, yields a final Item whose Err names source and
// the record's offset; every complete record before it has been yielded.
//
// Memory use is bounded by one page plus fixed buffers, whatever the
// archive size or the Content-Length values it claims. ReadWARC returns
// only yield's error or ctx.Err().
func ReadWARC(ctx context.Context, r io.Reader, source string, yield func(Item) error) error {
	wr, err := newWARCReader(r)
	if err != nil {
		return yield(Item{ID: baseID(source), Source: source, Err: fmt.Errorf("%s: %w", source, err)})
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		it, err := wr.next(source)
		if errors.Is(err, io.EOF) {
			if n == 1 {
				return yield(Item{ID: baseID(source), Source: source, Err: fmt.Errorf("%s: %w", source, ErrEmptyFile)})
			}
			return nil
		}
		if err != nil {
			id := it.ID
			if id == "" {
				id = fmt.Sprintf("%s@%d", baseID(source), wr.recStart)
			}
			return yield(Item{ID: id, Source: source, URL: it.URL, Fetched: it.Fetched,
				Err: fmt.Errorf("%s: record %d at %s: %w", source, n, wr.where(), err)})
		}
		if it.skip {
			continue
		}
		if it.Err != nil {
			it.Err = fmt.Errorf("%s: record %d at %s: %w", source, n, wr.where(), it.Err)
		}
		if err := yield(it.Item); err != nil {
			return err
		}
	}
}

// warcItem is what next returns: an Item, or a record to skip.
type warcItem struct {
	Item
	skip bool
}

// warcReader reads WARC records one after the other.
type warcReader struct {
	src *countingReader // the archive's own bytes
	mr  *memberReader   // nil unless gzip
	r   *bufio.Reader   // the decompressed WARC stream
	hb  *bufio.Reader   // reused for each record's HTTP message

	consumed int64 // uncompressed bytes of the stream consumed by r's callers
	recStart int64 // uncompressed offset of the current record
	memStart int64 // compressed offset of the gzip member the record starts in, or -1
}

func newWARCReader(r io.Reader) (*warcReader, error) {
	src := &countingReader{br: bufio.NewReaderSize(r, warcBufSize)}
	wr := &warcReader{src: src, memStart: -1}
	magic, _ := src.br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		mr, err := newMemberReader(src)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		wr.mr = mr
		wr.r = bufio.NewReaderSize(mr, warcBufSize)
	} else {
		wr.r = bufio.NewReaderSize(src, warcBufSize)
	}
	wr.hb = bufio.NewReaderSize(nil, 16<<10)
	return wr, nil
}

// where describes the current record's position for an error message.
func (wr *warcReader) where() string {
	if wr.mr == nil {
		return fmt.Sprintf("offset %d", wr.recStart)
	}
	if wr.memStart >= 0 {
		return fmt.Sprintf("offset %d (gzip member)", wr.memStart)
	}
	return fmt.Sprintf("offset %d (uncompressed)", wr.recStart)
}

// position records where the record about to be read starts.
func (wr *warcReader) position() {
	wr.recStart = wr.consumed
	wr.memStart = -1
	if wr.mr != nil {
		wr.memStart = wr.mr.memberAt(wr.recStart)
	}
}

// readLine reads one header line, without its line ending, counting it.
func (wr *warcReader) readLine() ([]byte, error) {
	line, err := wr.r.ReadSlice('\n')
	wr.consumed += int64(len(line))
	if errors.Is(err, bufio.ErrBufferFull) {
		return nil, fmt.Errorf("header line longer than %d bytes", warcBufSize)
	}
	if err != nil && !(errors.Is(err, io.EOF) && len(line) > 0) {
		return nil, err
	}
	return bytes.TrimRight(line, "\r\n"), nil
}

// next reads the next record. It returns io.EOF at the clean end of the
// archive.
func (wr *warcReader) next(source string) (warcItem, error) {
	var it warcItem
	// Skip the blank lines that end the previous record.
	for {
		b, err := wr.r.Peek(1)
		if len(b) == 0 {
			if err == nil || errors.Is(err, io.EOF) {
				return it, io.EOF
			}
			wr.position()
			return it, err
		}
		if b[0] != '\r' && b[0] != '\n' {
			break
		}
		_, _ = wr.r.ReadByte()
		wr.consumed++
	}
	wr.position()
	line, err := wr.readLine()
	if err != nil {
		return it, eofIsTruncation(err)
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return it, fmt.Errorf("%w: starts with %q", ErrNotWARC, clip(line, 20))
	}
	length := int64(-1)
	var typ, ctype string
	for i := 0; ; i++ {
		line, err := wr.readLine()
		if err != nil {
			return it, eofIsTruncation(err)
		}
		if len(line) == 0 {
			break
		}
		if i >= maxHeaderLines {
			return it, fmt.Errorf("more than %d header lines", maxHeaderLines)
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			continue
		}
		value = bytes.TrimSpace(value)
		switch strings.ToLower(string(bytes.TrimSpace(name))) {
		case "content-length":
			n, err := strconv.ParseInt(string(value), 10, 64)
			if err != nil || n < 0 {
				return it, fmt.Errorf("bad Content-Length %q", clip(value, 30))
			}
			length = n
		case "warc-type":
			typ = strings.ToLower(string(value))
		case "warc-target-uri":
			// WARC 1.0 examples wrap the URI in angle brackets.
			it.URL = strings.Trim(string(value), "<>")
			it.ID = it.URL
		case "warc-date":
			if t, err := time.Parse(time.RFC3339Nano, string(value)); err == nil {
				it.Fetched = t.UTC()
			}
		case "content-type":
			ctype = strings.ToLower(string(value))
		}
	}
	if length < 0 {
		return it, errors.New("no Content-Length")
	}
	it.Source = source
	block := &io.LimitedReader{R: wr.r, N: length}
	it.skip = true
	if typ == "response" && (ctype == "" || strings.HasPrefix(ctype, "application/http")) {
		it.Item, it.skip = wr.readResponse(block, it.Item)
	}
	// Drain what is left of the block, so the stream is at the next record.
	_, derr := io.Copy(io.Discard, block)
	wr.consumed += length - block.N
	if block.N > 0 {
		if derr != nil && !errors.Is(derr, io.EOF) && !errors.Is(derr, io.ErrUnexpectedEOF) {
			return it, derr // a corrupt stream rather than a short one
		}
		return it, ErrTruncated
	}
	return it, nil
}

// readResponse reads the HTTP response in a response record's block and
// fills in it; it reads from block only. skip is true when the payload is not an HTML page. A
// payload-level problem (too large, undecodable) is returned in it.Err;
// whether the archive itself is cut short is for the caller to tell.
func (wr *warcReader) readResponse(block *io.LimitedReader, it Item) (Item, bool) {
	hb := wr.hb
	hb.Reset(block)
	status, err := hb.ReadSlice('\n')
	if err != nil {
		return it, true
	}
	code, ok := httpStatus(status)
	if !ok || code < 200 || code > 299 || code == 204 {
		return it, true
	}
	var ctype, tenc, cenc string
	for i := 0; ; i++ {
		line, err := hb.ReadSlice('\n')
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return it, true
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 || i >= maxHeaderLines {
			break
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			continue
		}
		v := strings.TrimSpace(string(value))
		switch strings.ToLower(string(bytes.TrimSpace(name))) {
		case "content-type":
			ctype = v
		case "transfer-encoding":
			tenc = strings.ToLower(v)
		case "content-encoding":
			cenc = strings.ToLower(v)
		}
	}
	if ctype != "" && !isHTMLType(ctype) {
		return it, true
	}
	it.Kind = KindHTML
	it.ContentType = ctype
	var body io.Reader = hb
	if strings.Contains(tenc, "chunked") && looksChunked(hb) {
		body = &chunkedReader{r: hb}
	}
	switch cenc {
	case "", "identity", "none":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			it.Err = fmt.Errorf("content-encoding gzip: %w", err)
			return it, false
		}
		body = zr
	case "deflate":
		// "deflate" is meant to be zlib-wrapped, but servers send raw
		// deflate too; look at the zlib header to tell.
		br := bufio.NewReader(body)
		if h, _ := br.Peek(2); len(h) == 2 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 && h[0]&0x0f == 8 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				it.Err = fmt.Errorf("content-encoding deflate: %w", err)
				return it, false
			}
			body = zr
		} else {
			body = flate.NewReader(br)
		}
	default:
		it.Err = fmt.Errorf("unsupported content-encoding %q", cenc)
		return it, false
	}
	br := bufio.NewReaderSize(body, sniffLen)
	if ctype == "" {
		// Undeclared: look before reading, so binaries are skipped unread.
		if head, _ := br.Peek(sniffLen); !sniffHTML(head) {
			return it, true
		}
	}
	page, err := io.ReadAll(io.LimitReader(br, MaxPageSize+1))
	switch {
	case err != nil:
		// A payload problem (a chunk or gzip body cut short or corrupt);
		// the caller finds out whether the archive itself is cut short.
		it.Err = fmt.Errorf("http body: %w", err)
		return it, false
	case len(page) > MaxPageSize:
		it.Err = ErrTooLarge
		return it, false
	}
	it.Body = page
	return it, false
}

// httpStatus parses the status code of an HTTP/1.x status line.
func httpStatus(line []byte) (int, bool) {
	f := bytes.Fields(line)
	if len(f) < 2 || !bytes.HasPrefix(f[0], []byte("HTTP/")) {
		return 0, false
	}
	code, err := strconv.Atoi(string(f[1]))
	return code, err == nil
}

// isHTMLType reports whether a Content-Type names an HTML document.
func isHTMLType(ctype string) bool {
	mt, _, _ := strings.Cut(ctype, ";")
	switch strings.ToLower(strings.TrimSpace(mt)) {
	case "text/html", "application/xhtml+xml", "application/xhtml":
		return true
	}
	return false
}

// sniffHTML tells whether an undeclared payload starts like an HTML page,
// after the manner of the WHATWG MIME sniffing standard's HTML patterns.
func sniffHTML(page []byte) bool {
	p := bytes.TrimLeft(page[:min(len(page), sniffLen)], "\ufeff\t\n\f\r ")
	p = bytes.ToLower(p[:min(len(p), 16)])
	for _, prefix := range []string{"<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<!--", "<p", "<div", "<h1"} {
		if bytes.HasPrefix(p, []byte(prefix)) {
			return true
		}
	}
	return false
}

// looksChunked tells whether the body really starts with a chunk size
// line: some archivers store the decoded body but keep the header.
func looksChunked(br *bufio.Reader) bool {
	b, _ := br.Peek(20)
	i := 0
	for i < len(b) && isHex(b[i]) {
		i++
	}
	return i > 0 && i < len(b) && (b[i] == '\r' || b[i] == '\n' || b[i] == ';' || b[i] == ' ')
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// chunkedReader undoes HTTP/1.1 chunked transfer coding (RFC 9112 §7.1).
// Trailers after the last chunk are ignored.
type chunkedReader struct {
	r    *bufio.Reader
	n    int64 // bytes left in the current chunk
	done bool
}

func (c *chunkedReader) Read(p []byte) (int, error) {
	if c.done {
		return 0, io.EOF
	}
	if c.n == 0 {
		line, err := c.r.ReadSlice('\n')
		if err != nil {
			if errors.Is(err, io.EOF) {
				return 0, io.ErrUnexpectedEOF
			}
			return 0, fmt.Errorf("chunk size: %w", err)
		}
		size, _, _ := bytes.Cut(bytes.TrimSpace(line), []byte(";"))
		n, err := strconv.ParseInt(string(bytes.TrimSpace(size)), 16, 64)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad chunk size %q", clip(line, 20))
		}
		if n == 0 {
			c.done = true
			return 0, io.EOF
		}
		c.n = n
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	k, err := c.r.Read(p)
	c.n -= int64(k)
	if c.n == 0 && err == nil {
		// The CRLF after the chunk data.
		if _, err := c.r.ReadSlice('\n'); err != nil && !errors.Is(err, io.EOF) {
			return k, fmt.Errorf("chunk end: %w", err)
		}
	}
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return k, err
}

// eofIsTruncation turns an end of stream met inside a record into
// ErrTruncated.
func eofIsTruncation(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: %w", ErrTruncated, err)
	}
	return err
}

func clip(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// countingReader counts the bytes read from a buffered reader. It is an
// io.ByteReader, so compress/flate reads from it directly, without a
// buffer of its own, and the count is exact at gzip member boundaries.
type countingReader struct {
	br *bufio.Reader
	n  int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.br.Read(p)
	c.n += int64(k)
	return k, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// memberReader decompresses a gzip stream member by member, remembering
// where each member starts so errors can name a record's offset in the
// archive.
type memberReader struct {
	src *countingReader
	z   *gzip.Reader
	out int64 // decompressed bytes produced
	// starts holds recent members' starts: decompressed offset and
	// compressed offset, oldest first. Only the members not yet passed by
	// the reader above (a buffer's worth) are kept.
	starts [][2]int64
}

func newMemberReader(src *countingReader) (*memberReader, error) {
	z, err := gzip.NewReader(src)
	if err != nil {
		return nil, err
	}
	z.Multistream(false)
	return &memberReader{src: src, z: z, starts: [][2]int64{{0, 0}}}, nil
}

func (m *memberReader) Read(p []byte) (int, error) {
	for {
		k, err := m.z.Read(p)
		m.out += int64(k)
		if !errors.Is(err, io.EOF) {
			return k, err
		}
		// End of a member: is another one next?
		if _, perr := m.src.br.Peek(1); perr != nil {
			return k, io.EOF
		}
		at := m.src.n
		if err := m.z.Reset(m.src); err != nil {
			return k, fmt.Errorf("gzip member at offset %d: %w", at, err)
		}
		m.z.Multistream(false)
		if len(m.starts) >= maxMembersKept {
			m.starts = m.starts[1:]
		}
		m.starts = append(m.starts, [2]int64{m.out, at})
		if k > 0 {
			return k, nil
		}
	}
}

// memberAt returns the compressed offset of the member whose first
// decompressed byte is at uncompressed offset u, or -1 when u is inside a
// member, and forgets the members before u.
func (m *memberReader) memberAt(u int64) int64 {
	i := 0
	for i+1 < len(m.starts) && m.starts[i+1][0] <= u {
		i++
	}
	m.starts = m.starts[i:]
	if m.starts[0][0] == u {
		return m.starts[0][1]
	}
	return -1
}
