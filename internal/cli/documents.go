package cli

import (
	"context"
	"fmt"

	"github.com/storyline-dev/storyline/internal/charset"
	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/extract"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/pipeline"
)

// inputOptions says how inputs become Documents.
type inputOptions struct {
	// jobs is the number of parallel workers; 0 means one per core.
	jobs int
	// textAsIs takes a .txt input as the article text exactly as it is, so
	// that offsets computed on it refer to the file (quotes, entities).
	textAsIs bool
	// furniture marks the page furniture left in such a text
	// (Document.Furniture), for a stage that skips it.
	furniture bool
	// progress is "auto" (a progress line on a terminal), "always" or "never";
	// empty means auto.
	progress string
}

// documents reads every input, extracts a Document from each page, and calls
// emit with them in input order. A page that fails becomes a Document with
// Error set. It returns errNothingProcessed when no input succeeded.
func (e *env) documents(ctx context.Context, paths []string, opts inputOptions, emit func(document.Document) error) error {
	if len(paths) == 0 {
		return fmt.Errorf("no input given: name files, folders, WARC or JSONL files, or - for standard input")
	}
	var ok, failed int
	prog, err := e.newProgress(opts.progress)
	if err != nil {
		return err
	}
	defer prog.Finish()
	err = pipeline.Ordered(ctx, opts.jobs,
		func(yield func(ingest.Item) error) error {
			return ingest.Walk(ctx, paths, ingest.Options{Stdin: e.stdin}, yield)
		},
		func(it ingest.Item) document.Document { return toDocument(it, opts) },
		func(d document.Document) error {
			prog.Add(d.Error != "")
			if d.Error != "" {
				failed++
				prog.Clear()
				e.log.Warn("input failed", "id", d.ID, "source", d.Source, "error", d.Error)
			} else {
				ok++
			}
			return emit(d)
		})
	if err != nil {
		return err
	}
	if ok == 0 && failed > 0 {
		return errNothingProcessed
	}
	return nil
}

// guarded runs one analysis stage over the document id, turning a panic
// into an error that names the stage and the document, so that a page that
// trips a rule gets an error record and the run goes on.
func guarded(stage, id string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s %s: internal error: %v", stage, id, r)
		}
	}()
	fn()
	return nil
}

// toDocument turns one ingested item into a Document.
// A panic in a stage is turned into an error record for that input, so
// that one page cannot end a run over millions.
func toDocument(it ingest.Item, opts inputOptions) (out document.Document) {
	defer func() {
		if r := recover(); r != nil {
			out = document.Document{ID: it.ID, Source: it.Source, URL: it.URL,
				Error: fmt.Sprintf("extract %s: internal error: %v", it.Source, r)}
		}
	}()
	fail := func(err error) document.Document {
		return document.Document{ID: it.ID, Source: it.Source, URL: it.URL, Error: err.Error()}
	}
	if it.Err != nil {
		return fail(it.Err)
	}
	var (
		d   document.Document
		err error
	)
	switch it.Kind {
	case ingest.KindDocument:
		return *it.Doc
	case ingest.KindText:
		// Plain text has no <meta>: a BOM, valid UTF-8 or a windows-1252 guess.
		body, _ := charset.ToUTF8(it.Body, it.ContentType)
		if opts.textAsIs {
			d = document.Document{Text: string(body)}
			if opts.furniture {
				d.Furniture = extract.TextFurniture(body)
			}
		} else {
			d, err = extract.Text(body)
		}
	default:
		d, err = extract.HTML(it.Body, extract.Options{URL: it.URL, ContentType: it.ContentType, Fetched: it.Fetched})
	}
	if err != nil {
		return fail(fmt.Errorf("extract %s: %w", it.Source, err))
	}
	d.ID, d.Source = it.ID, it.Source
	if d.URL == "" {
		d.URL = it.URL
	}
	return d
}
