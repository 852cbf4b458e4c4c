// Package ingest turns command-line inputs — files, folders, WARC archives,
// Document JSONL files and standard input — into a stream of Items, one per
// page or document, in a stable order.
//
// Reading is streaming: a folder's paths are listed and sorted first, then
// each file is read when its turn comes, and an archive is read one record
// at a time, so memory stays flat whatever the size of the pages.
// A broken input yields an Item with Err set; the stream goes on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
)

// Kind says how an Item's body is to be read.
type Kind int

const (
	// KindHTML is an HTML page.
	KindHTML Kind = iota
	// KindText is a plain-text page, such as a scraped article saved as text.
	KindText
	// KindDocument is an already extracted Document (from JSONL input).
	KindDocument
)

// MaxPageSize is the largest page body read from a single file or record.
// Larger inputs are reported as errors rather than read into memory.
const MaxPageSize = 64 << 20

// Item is one page or document read from an input.
type Item struct {
	// ID is the document id (see CONTRACT.md).
	ID string
	// Source is the path, "-" or URL the item came from.
	Source string
	// URL is the page's URL when the input knows it (WARC, JSONL).
	URL string
	// Kind says how Body is to be interpreted.
	Kind Kind
	// Body is the raw page (KindHTML, KindText).
	Body []byte
	// ContentType is the declared media type with parameters, if known
	// (for example from a WARC record's HTTP header); it may name a charset.
	ContentType string
	// Doc is the decoded record for KindDocument.
	Doc *document.Document
	// Fetched is when the page was crawled (a WARC record's WARC-Date), or
	// zero when unknown. It is never a publication date.
	Fetched time.Time
	// Err is set when the input could not be read; the other fields then
	// identify the input as far as possible.
	Err error
}

// Options configures Walk.
type Options struct {
	// Stdin is read when a path is "-". Nil means no standard input.
	Stdin io.Reader
	// StdinKind is the kind of page read from standard input; HTML by
	// default. With KindHTML, input whose first non-blank byte is "{" is
	// taken as Document JSONL, and input that starts with a WARC record
	// (plain or gzipped) as a WARC archive; KindDocument always reads JSONL.
	StdinKind Kind
}

// Walk reads every path in order and calls yield for each item found.
// Folders are walked recursively in lexical order; hidden files are skipped.
// Walk stops early when yield returns an error or ctx is done, and returns
// that error; unreadable inputs are reported through Item.Err instead.
func Walk(ctx context.Context, paths []string, opts Options, yield func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := readStdin(ctx, opts, yield); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			// "open X: no such file or directory", not "open X: stat X: ...".
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			if err := yield(Item{ID: baseID(p), Source: p, Err: fmt.Errorf("open %s: %w", p, err)}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := readFile(ctx, p, yield); err != nil {
				return err
			}
			continue
		}
		if err := walkDir(ctx, p, yield); err != nil {
			return err
		}
	}
	return nil
}

// walkDir reads the pages below root in path order. A root that is a
// link to a folder is walked; links to files below it are read, links to
// folders are not followed (they can loop). A folder with no page in it
// yields an error item, so that a wrong path does not pass in silence.
func walkDir(ctx context.Context, root string, yield func(Item) error) error {
	var files []string
	skipped := 0
	// A trailing separator makes WalkDir descend into a root that is a link.
	err := filepath.WalkDir(root+string(filepath.Separator), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, path) // reported when read
			return nil
		}
		name := d.Name()
		if path != root+string(filepath.Separator) && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		regular := d.Type().IsRegular()
		if d.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			regular = err == nil && info.Mode().IsRegular()
		}
		if regular && isPageFile(name) {
			files = append(files, path)
		} else {
			skipped++
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("walk %s: %w", root, err)
	}
	if len(files) == 0 {
		others := fmt.Sprintf("%d other files", skipped)
		if skipped == 1 {
			others = "1 other file"
		}
		return yield(Item{ID: baseID(root), Source: root,
			Err: fmt.Errorf("%s: no pages found (%s; pages are HTML, .txt, WARC or JSONL files)", root, others)})
	}
	sort.Strings(files)
	for _, f := range files {
		if err := readFile(ctx, f, yield); err != nil {
			return err
		}
	}
	return nil
}

// isPageFile reports whether a file met while walking a folder is an input:
// pages, archives and JSONL, but not notes, images or stylesheets that sit
// beside them. Files named on the command line are always read.
func isPageFile(name string) bool {
	name = strings.ToLower(name)
	if kindOf(name) != "html" {
		return true
	}
	switch filepath.Ext(strings.TrimSuffix(name, ".gz")) {
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", "":
		return true
	}
	return false
}

// kindOf tells from a file name how the file is to be read.
func kindOf(path string) string {
	name := strings.ToLower(path)
	switch {
	case strings.HasSuffix(name, ".warc"), strings.HasSuffix(name, ".warc.gz"):
		return "warc"
	case strings.HasSuffix(name, ".jsonl"), strings.HasSuffix(name, ".ndjson"):
		return "jsonl"
	case strings.HasSuffix(name, ".txt"):
		return "text"
	default:
		return "html"
	}
}

func readFile(ctx context.Context, path string, yield func(Item) error) error {
	switch kindOf(path) {
	case "warc":
		return readWARCFile(ctx, path, yield)
	case "jsonl":
		return readJSONLFile(ctx, path, yield)
	}
	it := Item{ID: baseID(path), Source: path, Kind: KindHTML}
	if kindOf(strings.TrimSuffix(strings.ToLower(path), ".gz")) == "text" {
		it.Kind = KindText
	}
	f, err := os.Open(path)
	if err != nil {
		it.Err = fmt.Errorf("open %s: %w", path, err)
		return yield(it)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	if isWARC(br) {
		// A WARC under another name, such as /dev/fd/63 from <(curl ...).
		return ReadWARC(ctx, br, path, yield)
	}
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	it.Body, it.Err = readPage(br, size, path)
	return yield(it)
}

// isWARC tells whether br starts with a WARC record, plain or gzipped.
func isWARC(br *bufio.Reader) bool {
	b, _ := br.Peek(5)
	if bytes.Equal(b, []byte("WARC/")) {
		return true
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		return false
	}
	p, _ := br.Peek(br.Size())
	zr, err := gzip.NewReader(bytes.NewReader(p))
	if err != nil {
		return false
	}
	h := make([]byte, 5)
	n, _ := io.ReadFull(zr, h)
	return bytes.Equal(h[:n], []byte("WARC/"))
}

// readPage reads a page whole from br, refusing pages larger than
// MaxPageSize, empty inputs and binary files. A gzip-compressed page
// (page.html.gz) is decompressed. size is the input's size if known, or -1.
func readPage(br *bufio.Reader, size int64, name string) ([]byte, error) {
	if size > MaxPageSize {
		return nil, fmt.Errorf("read %s: %w", name, ErrTooLarge)
	}
	expect := size + 1 // +1 so that ReadFrom sees EOF without growing
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("read %s: gzip: %w", name, err)
		}
		defer zr.Close()
		r, expect = zr, 4*expect
	}
	b, err := readAllLimited(r, expect)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if err := checkPage(b); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return b, nil
}

// readAllLimited reads r to its end into a buffer of the expected size,
// failing with ErrTooLarge past MaxPageSize.
func readAllLimited(r io.Reader, expect int64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(max(expect, 512), MaxPageSize+1)))
	_, err := buf.ReadFrom(io.LimitReader(r, MaxPageSize+1))
	if err != nil {
		return nil, err
	}
	if buf.Len() > MaxPageSize {
		return nil, ErrTooLarge
	}
	return buf.Bytes(), nil
}

// ErrTooLarge reports a page larger than MaxPageSize.
var ErrTooLarge = fmt.Errorf("page larger than %d MiB", MaxPageSize>>20)

// ErrEmptyFile reports an input with no bytes (or only white space).
var ErrEmptyFile = errors.New("empty file")

// ErrBinary reports an input that is not text, such as an image or a program.
var ErrBinary = errors.New("binary file, not a page")

// binaryMagic lists the leading bytes of common binary formats met among
// crawled files, with a name for the error message.
var binaryMagic = []struct{ magic, name string }{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"RIFF", "RIFF media"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x7fELF", "ELF executable"},
	{"MZ", "Windows executable"},
	{"\x00asm", "WebAssembly module"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"BZh", "bzip2 archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"wOFF", "web font"},
	{"wOF2", "web font"},
}

// checkPage rejects empty and binary inputs with a clear error. Binary is
// a known file signature, or a NUL byte among the first 8000 bytes — the
// rule git uses to tell binary files (buffer_is_binary in xdiff-interface.c)
// — unless a UTF-16 or UTF-32 byte-order mark announces NUL-rich text.
func checkPage(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return ErrEmptyFile
	}
	if bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe")) {
		return nil
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(b, []byte(m.magic)) {
			if m.magic == "MZ" && !bytes.Contains(b[:min(len(b), 512)], []byte("This program")) {
				continue // "MZ" alone may start a text
			}
			return fmt.Errorf("%w (%s)", ErrBinary, m.name)
		}
	}
	if bytes.IndexByte(b[:min(len(b), 8000)], 0) >= 0 {
		return ErrBinary
	}
	return nil
}

func readStdin(ctx context.Context, opts Options, yield func(Item) error) error {
	it := Item{ID: "-", Source: "-", Kind: opts.StdinKind}
	if opts.Stdin == nil {
		it.Err = errors.New("read -: no standard input")
		return yield(it)
	}
	br := bufio.NewReaderSize(opts.Stdin, 64<<10)
	if opts.StdinKind == KindDocument || (opts.StdinKind == KindHTML && startsJSON(br)) {
		return ReadJSONL(ctx, br, "-", yield)
	}
	if opts.StdinKind == KindHTML && isWARC(br) {
		return ReadWARC(ctx, br, "-", yield)
	}
	it.Body, it.Err = readPage(br, -1, "-")
	return yield(it)
}

// startsJSON tells whether the first non-blank byte of br is "{".
func startsJSON(br *bufio.Reader) bool {
	b, _ := br.Peek(br.Size())
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

func readJSONLFile(ctx context.Context, path string, yield func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return yield(Item{ID: baseID(path), Source: path, Err: fmt.Errorf("open %s: %w", path, err)})
	}
	defer f.Close()
	return ReadJSONL(ctx, f, path, yield)
}

// ReadJSONL reads Document records, one JSON object per line, from r.
// A line that is not a valid record yields an Item with Err naming the
// source and line number, and reading goes on with the next line; a line
// longer than MaxPageSize is skipped in the same way without being held in
// memory. A record without an id is given "source:line".
func ReadJSONL(ctx context.Context, r io.Reader, source string, yield func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, tooLong, err := readLine(br, buf[:0])
		buf = b
		if len(bytes.TrimSpace(b)) > 0 || tooLong {
			if yerr := yield(jsonlItem(b, tooLong, source, line)); yerr != nil {
				return yerr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return yield(Item{ID: fmt.Sprintf("%s:%d", source, line), Source: source, Err: fmt.Errorf("%s line %d: %w", source, line, err)})
		}
	}
}

// readLine appends the next line of br to buf, without its line ending.
// Past MaxPageSize the rest of the line is discarded and tooLong is set.
func readLine(br *bufio.Reader, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > MaxPageSize+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

// jsonlItem decodes one JSONL line into an Item.
func jsonlItem(b []byte, tooLong bool, source string, line int) Item {
	it := Item{ID: fmt.Sprintf("%s:%d", source, line), Source: source, Kind: KindDocument}
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))
	var d document.Document
	switch {
	case tooLong:
		it.Err = fmt.Errorf("%s line %d: %w", source, line, ErrTooLarge)
	case len(b) == 0 || b[0] != '{':
		it.Err = fmt.Errorf("%s line %d: not a JSON object", source, line)
	default:
		if err := json.Unmarshal(b, &d); err != nil {
			it.Err = fmt.Errorf("%s line %d: %w", source, line, err)
			return it
		}
		if d.Source == "" {
			d.Source = source
		}
		if d.ID == "" {
			d.ID = it.ID
		}
		it.ID, it.URL, it.Doc = d.ID, d.URL, &d
	}
	return it
}

// baseID is a file's base name without its extension, as CONTRACT.md asks.
func baseID(path string) string {
	b := filepath.Base(path)
	for _, ext := range []string{".warc.gz", ".html.gz"} {
		if strings.HasSuffix(strings.ToLower(b), ext) {
			return b[:len(b)-len(ext)]
		}
	}
	return strings.TrimSuffix(b, filepath.Ext(b))
}
