// Package indexer is the ingester's core: it takes each page as it arrives,
// skips it when the store already holds that exact content, extracts and
// analyses it (quotes, entities) in parallel, then assigns it to a story and
// marks duplicates in arrival order, and records it all in the store in one
// transaction.
//
// The analysis stages are plugged in through the small Analyzer and Grouper
// interfaces, so that the store schema and the analysis packages stay
// independent of each other; cli wires the real ones.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// Analysis is what the per-document stages found in one document.
type Analysis struct {
	Quotes   []store.Quote
	Entities []store.Entity
}

// Analyzer finds quotes and entities in a document. It must be safe for
// concurrent use: documents are analysed in parallel.
type Analyzer interface {
	Analyze(d document.Document) Analysis
}

// AnalyzerFunc adapts a function to Analyzer.
type AnalyzerFunc func(d document.Document) Analysis

// Analyze calls f(d).
func (f AnalyzerFunc) Analyze(d document.Document) Analysis { return f(d) }

// Grouping is the story and duplicate decision for one document.
type Grouping struct {
	// Story is the story id, empty for none.
	Story string
	// Label is the story's current label; empty keeps the stored one.
	Label string
	// DuplicateOf is the id of an earlier near-identical document.
	DuplicateOf string
}

// Grouper assigns documents to stories online. Group is called once per new
// document, in arrival order, never concurrently. Restore is called, in the
// original arrival order, for each document already stored when an ingester
// starts, so that the grouper's state is as it was before a restart.
type Grouper interface {
	Group(d document.Document) Grouping
	Restore(d store.Document)
}

// Labeler is implemented by a Grouper whose story labels change as stories
// grow; Labels returns the current label of the stories it keeps (it may
// leave out those unchanged since the last Flush). A Grouper may also have
// a Flushed method, called at the end of every Flush.
type Labeler interface {
	Labels() map[string]string
}

// EventSource is implemented by a Grouper that records the developments of
// its stories; Flush writes them to a store that keeps them.
type EventSource interface {
	Events() map[string][]store.StoryEvent
}

// Reserver is implemented by a Grouper that must know every story id in
// the store, including stories Restore does not replay, so that it never
// hands out one of them for a new story.
type Reserver interface {
	Reserve(storyID string)
}

// Options configures an Indexer. Nil fields mean the stage is skipped.
type Options struct {
	// Analyzer finds quotes and entities.
	Analyzer Analyzer
	// Grouper assigns stories and finds duplicates.
	Grouper Grouper
	// RestoreWindow limits Restore to documents published at most this long
	// before the newest stored one (undated documents are replayed when
	// stored after the first such document); zero replays everything. A
	// grouper whose stories close after a period of silence needs no older
	// history.
	RestoreWindow time.Duration
}

// Indexer analyses documents and records them in a store.
type Indexer struct {
	st   store.Store
	opts Options
	// pages compresses raw pages in Prepare, in parallel, rather than
	// leaving it to the store's serial write.
	pages store.PageCodec
}

// New returns an Indexer writing to st.
func New(st store.Store, opts Options) *Indexer {
	return &Indexer{st: st, opts: opts}
}

// Restore replays the stored documents through the grouper, in storage
// order, and reserves every stored story id with a Reserver. Call it once
// before the first Commit of a run that continues an existing store. It
// returns the number of documents replayed.
func (ix *Indexer) Restore(ctx context.Context) (int, error) {
	g := ix.opts.Grouper
	if g == nil {
		return 0, nil
	}
	if r, ok := g.(Reserver); ok {
		err := ix.st.EachStoryID(ctx, func(id string) error {
			r.Reserve(id)
			return nil
		})
		if err != nil {
			return 0, fmt.Errorf("restore story ids: %w", err)
		}
	}
	cutoff := ""
	if ix.opts.RestoreWindow > 0 {
		newest, err := ix.st.Documents(ctx, store.DocumentQuery{Limit: 1})
		if err != nil {
			return 0, fmt.Errorf("restore story state: %w", err)
		}
		if len(newest.Items) > 0 {
			if t, err := time.Parse("2006-01-02", store.Day(newest.Items[0].Date)); err == nil {
				cutoff = t.Add(-ix.opts.RestoreWindow).Format("2006-01-02")
			}
		}
	}
	n := 0
	// Within a window, an undated document stored before the first
	// document replayed is of unknown age, and most likely old: the
	// documents stored around it were. Replayed, it would open a story
	// that takes the window's first date as its last activity and stays
	// open to new articles. Undated documents stored later are replayed
	// where they stand, as they were first grouped.
	started := cutoff == ""
	err := ix.st.Each(ctx, func(d store.Document) error {
		dd := store.Day(d.Date)
		if cutoff != "" && (dd != "" && dd < cutoff || dd == "" && !started) {
			return nil
		}
		started = true
		g.Restore(d)
		n++
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("restore story state: %w", err)
	}
	return n, nil
}

// Page is one input as the ingester reads it.
type Page struct {
	// ID is the document id (CONTRACT.md).
	ID string
	// Raw is the original page; nil for already extracted documents.
	Raw []byte
	// RawGzip, when set, is Raw already gzip-compressed, in the format
	// store.DecompressPage reads (a job queue's compressed body, see
	// pipeline.Job.BodyGzip); it is stored as it is instead of compressing
	// Raw again. The caller guarantees it decompresses to exactly Raw.
	RawGzip []byte
	// Doc is the document when it arrives already extracted.
	Doc *document.Document
	// Extract turns Raw into a Document; called only when the content is
	// not already stored.
	Extract func() document.Document
}

// Prepared is a page after the parallel stages, ready for Commit.
type Prepared struct {
	// Doc is the extracted document; Doc.Error is set when it failed.
	Doc document.Document
	// Known is true when the store already holds this content: nothing
	// else was done and Commit will do nothing.
	Known bool
	rec   store.Record
	err   error
}

// Prepare runs the parallel part of ingesting one page: the idempotency
// check, extraction and analysis. It is safe for concurrent use.
func (ix *Indexer) Prepare(ctx context.Context, p Page) Prepared {
	var d document.Document
	if p.Doc != nil {
		d = *p.Doc
	}
	if d.ID == "" {
		d.ID = p.ID
	}
	hash := store.Hash(p.Raw, d)
	if p.Doc == nil && d.ID != "" {
		known, err := ix.st.HasVersion(ctx, d.ID, hash)
		if err != nil {
			return Prepared{Doc: d, err: err}
		}
		if known {
			return Prepared{Doc: d, Known: true}
		}
	}
	if p.Doc == nil && p.Extract != nil {
		d = p.Extract()
	}
	if d.Error != "" {
		return Prepared{Doc: d}
	}
	if p.Doc != nil {
		known, err := ix.st.HasVersion(ctx, d.ID, hash)
		if err != nil {
			return Prepared{Doc: d, err: err}
		}
		if known {
			return Prepared{Doc: d, Known: true}
		}
	}
	rec := store.Record{Doc: d, Hash: hash, Raw: p.Raw}
	switch {
	case len(p.RawGzip) > 0:
		rec.RawGzip = p.RawGzip
	case len(p.Raw) > 0:
		// Compress here, in parallel, rather than in the serial write.
		rec.RawGzip = ix.compress(p.Raw)
	}
	if ix.opts.Analyzer != nil {
		a, err := analyse(ix.opts.Analyzer, d)
		if err != nil {
			d.Error = err.Error()
			return Prepared{Doc: d}
		}
		rec.Quotes, rec.Entities = a.Quotes, a.Entities
	}
	return Prepared{Doc: d, rec: rec}
}

// analyse runs an on d and turns a panic into an error naming the
// document: a rule that trips on one page must not end a run over
// millions, nor, in a worker, kill every worker the job is handed to.
func analyse(an Analyzer, d document.Document) (a Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analyse %s: internal error: %v", d.ID, r)
		}
	}()
	return an.Analyze(d), nil
}

// ErrFailed reports a page whose extraction or analysis failed; its
// Doc.Error says why.
var ErrFailed = errors.New("page could not be processed")

// Commit runs the sequential part: story assignment and the store write.
// Call it in arrival order. It returns store.PutUnchanged for known content
// and ErrFailed (wrapped) for a page that failed earlier.
func (ix *Indexer) Commit(ctx context.Context, p Prepared) (store.PutResult, error) {
	if p.err != nil {
		return 0, p.err
	}
	if p.Known {
		return store.PutUnchanged, nil
	}
	if p.Doc.Error != "" {
		return 0, fmt.Errorf("%s: %w: %s", p.Doc.ID, ErrFailed, p.Doc.Error)
	}
	rec := p.rec
	if ix.opts.Grouper != nil {
		g := ix.opts.Grouper.Group(rec.Doc)
		rec.Story, rec.StoryLabel, rec.DuplicateOf = g.Story, g.Label, g.DuplicateOf
		if rec.DuplicateOf == rec.Doc.ID {
			// The grouper already holds this document (a Commit whose
			// store write failed, then a retry): it is not a duplicate
			// of itself.
			rec.DuplicateOf = ""
		}
	}
	return ix.st.Put(ctx, rec)
}

// ReplaceGrouper makes g the grouper and restores its state from the store
// (see Restore). Call it, never concurrently with Commit, after a Commit
// whose store write failed: the old grouper holds the document the store
// does not, and would group it a second time when it is retried. It returns
// the number of documents replayed.
func (ix *Indexer) ReplaceGrouper(ctx context.Context, g Grouper) (int, error) {
	ix.opts.Grouper = g
	return ix.Restore(ctx)
}

// Flush writes state that Commit leaves in memory — the grouper's current
// story labels, and its story events when both grouper and store keep
// them — to the store. Call it at the end of a run and from time to
// time during a long one.
func (ix *Indexer) Flush(ctx context.Context) error {
	if l, ok := ix.opts.Grouper.(Labeler); ok {
		if err := ix.st.LabelStories(ctx, l.Labels()); err != nil {
			return fmt.Errorf("flush story labels: %w", err)
		}
	}
	src, ok := ix.opts.Grouper.(EventSource)
	es, ok2 := ix.st.(store.EventStore)
	if ok && ok2 {
		if err := es.SetStoryEvents(ctx, src.Events()); err != nil {
			return fmt.Errorf("flush story events: %w", err)
		}
	}
	if f, ok := ix.opts.Grouper.(interface{ Flushed() }); ok {
		f.Flushed()
	}
	return nil
}

// compress gzips a page with the indexer's pooled compressors; nil if
// compression fails, in which case the store compresses Raw itself.
func (ix *Indexer) compress(page []byte) []byte {
	z, err := ix.pages.Compress(page)
	if err != nil {
		return nil
	}
	return z
}
