// Package ingest turns command-line inputs — files, folders, WARC archives,
// Document JSONL files and standard input — into a stream of Items, one per
// page or document, in a stable order.
//
// Reading is streaming: a folder is walked lazily and an archive is read one
// record at a time, so memory stays flat whatever the size of the input.
// A broken input yields an Item with Err set; the stream goes on.
package ingest

import (
	"bufio"
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
	// Err is set when the input could not be read; the other fields then
	// identify the input as far as possible.
	Err error
}

// Options configures Walk.
type Options struct {
	// Stdin is read when a path is "-". Nil means no standard input.
	Stdin io.Reader
	// StdinKind is the kind of page read from standard input; HTML by default.
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
			if err := readStdin(opts, yield); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
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

func walkDir(ctx context.Context, root string, yield func(Item) error) error {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, path) // reported when read
			return nil
		}
		name := d.Name()
		if path != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && d.Type().IsRegular() && isPageFile(name) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("walk %s: %w", root, err)
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
	if kindOf(path) == "text" {
		it.Kind = KindText
	}
	it.Body, it.Err = readLimited(path)
	return yield(it)
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxPageSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > MaxPageSize {
		return nil, fmt.Errorf("read %s: %w", path, ErrTooLarge)
	}
	return b, nil
}

// ErrTooLarge reports a page larger than MaxPageSize.
var ErrTooLarge = fmt.Errorf("page larger than %d MiB", MaxPageSize>>20)

func readStdin(opts Options, yield func(Item) error) error {
	it := Item{ID: "-", Source: "-", Kind: opts.StdinKind}
	if opts.Stdin == nil {
		it.Err = errors.New("read -: no standard input")
		return yield(it)
	}
	b, err := io.ReadAll(io.LimitReader(opts.Stdin, MaxPageSize+1))
	switch {
	case err != nil:
		it.Err = fmt.Errorf("read -: %w", err)
	case len(b) > MaxPageSize:
		it.Err = fmt.Errorf("read -: %w", ErrTooLarge)
	default:
		it.Body = b
	}
	return yield(it)
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
// source and line number.
func ReadJSONL(ctx context.Context, r io.Reader, source string, yield func(Item) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxPageSize)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return err
		}
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var d document.Document
		it := Item{Source: source, Kind: KindDocument}
		if err := json.Unmarshal(b, &d); err != nil {
			it.ID = fmt.Sprintf("%s:%d", source, line)
			it.Err = fmt.Errorf("%s line %d: %w", source, line, err)
		} else {
			if d.Source == "" {
				d.Source = source
			}
			it.ID, it.URL, it.Doc = d.ID, d.URL, &d
		}
		if err := yield(it); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return yield(Item{ID: fmt.Sprintf("%s:%d", source, line+1), Source: source, Err: fmt.Errorf("%s line %d: %w", source, line+1, err)})
	}
	return nil
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
