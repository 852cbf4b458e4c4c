package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/crawl"
	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/pipeline"
	"github.com/storyline-dev/storyline/internal/store"
)

func newIngestCmd(e *env) *cobra.Command {
	var (
		db    string
		queue string
		jobs  int
		quiet bool
		watch time.Duration
		co    crawl.Options
	)
	cmd := &cobra.Command{
		Use:   "ingest --db PATH SOURCE...",
		Short: "Store and analyse pages in a database, skipping what it already holds",
		Long: `ingest reads pages and stores each one, with its analysis, in the database
at --db (an SQLite file, created when missing): the original page
(compressed), the extracted text and metadata, the quotes and entities found
in it, its story and whether it duplicates an earlier page.

SOURCE is as for extract — HTML and text files, folders, WARC archives,
Document JSONL, - for standard input — or a page, feed or sitemap URL, or a
file listing URLs (.urls, one per line). URLs are fetched politely: robots.txt
is obeyed, requests to one host are spaced out, failures are retried.

Re-running ingest on the same inputs adds nothing: a page whose content is
already stored is skipped. A page whose id is known but whose content changed
is stored as a new version; the old one is kept. Each page is written in its
own transaction, so an interrupted ingest loses at most the pages in flight
and can simply be run again. Progress goes to standard error.

Every HTTP fetch (articles, feeds, sitemaps, robots.txt) is recorded in the
store's fetch log with its status, size, timing and error. With --watch,
ingest keeps running after the first pass and polls the URL sources again
at that interval, using conditional GET so an unchanged feed costs one 304;
new articles are stored and grouped as they appear. Stop it with Ctrl-C.

With --queue instead of --db, ingest publishes one job per input to NATS
JetStream for "storyline worker" processes (docs/deployment.md): local pages
travel inside their jobs; for URL sources, feeds and sitemaps are read here
and each article they list — like each line of a URL list — becomes a fetch
job, keyed by its URL so that it is queued once, which a worker fetches
politely and records in the store's fetch log.`,
		Example: `  storyline ingest --db news.db pages/ archive.warc.gz
  storyline ingest --db news.db https://example.org/feed.xml https://example.org/sitemap.xml
  storyline extract pages/ | storyline ingest --db news.db -
  storyline ingest --db news.db --watch 10m https://example.org/feed.xml
  storyline ingest --queue nats://127.0.0.1:4222 pages/ https://example.org/sitemap.xml`,
		Args: needSources,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if queue != "" { // --queue: publish jobs for workers (queue_publish.go)
				if watch > 0 {
					return errors.New("--watch cannot be combined with --queue: re-run ingest --queue instead (articles already queued within the queue's duplicate window are not queued again)")
				}
				return e.ingestQueued(ctx, queue, args, co, quiet)
			}
			st, err := openStore(ctx, db, false)
			if err != nil {
				return err
			}
			defer st.Close()
			progress := e.stderr
			if quiet {
				progress = io.Discard
			}
			sum, err := e.ingestInto(ctx, st, args, ingestOptions{jobs: jobs, progress: progress, crawl: co, watch: watch})
			if err != nil {
				return err
			}
			if sum.failed > 0 && sum.ok() == 0 {
				return errNothingProcessed
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "", "store: SQLite database file (created when missing) or postgres:// URL")
	cmd.Flags().IntVarP(&jobs, "jobs", "j", 0, "parallel workers (default: one per core)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress output")
	cmd.Flags().StringVar(&co.UserAgent, "user-agent", "", "User-Agent for fetching URL sources (default "+crawl.DefaultUserAgent+")")
	cmd.Flags().DurationVar(&co.HostInterval, "host-interval", 0, "least time between two requests to one host (default 1s, or the site's Crawl-delay)")
	cmd.Flags().IntVar(&co.MaxPagesPerSource, "max-pages", 0, "most article pages taken from one feed, sitemap or URL list (0: all)")
	cmd.Flags().DurationVar(&watch, "watch", 0, "keep polling the URL sources at this interval (e.g. 10m) until stopped")
	cmd.Flags().StringVar(&queue, "queue", "", "publish jobs to NATS JetStream at nats://HOST:PORT for workers, instead of --db")
	cmd.MarkFlagsOneRequired("db", "queue")
	cmd.MarkFlagsMutuallyExclusive("db", "queue")
	return cmd
}

type ingestOptions struct {
	jobs     int
	progress io.Writer
	// crawl configures the fetching of URL sources.
	crawl crawl.Options
	// watch, when positive, polls the URL sources again at this interval
	// until the context ends, instead of reading them once.
	watch time.Duration
}

// readSources yields the items of file sources (files, folders, WARC, JSONL,
// standard input) through package ingest, then the pages reached from URL
// sources (pages, feeds, sitemaps, URL-list files) through package crawl.
func readSources(ctx context.Context, sources []string, stdin io.Reader, co crawl.Options, watch time.Duration, yield func(ingest.Item) error) error {
	files, urls := splitSources(sources)
	if len(files) > 0 {
		if err := ingest.Walk(ctx, files, ingest.Options{Stdin: stdin}, yield); err != nil {
			return err
		}
	}
	if len(urls) == 0 {
		return nil
	}
	page := func(p crawl.Page) error { return yield(crawledItem(p)) }
	if watch > 0 {
		return crawl.New(co).Watch(ctx, urls, watch, page)
	}
	return crawl.New(co).Crawl(ctx, urls, page)
}

// fileIDs are the ids that files of one run have taken, with the file
// that took each. A file's id is its base name (CONTRACT.md), so two files
// in different folders ("a/index.html", "b/index.html") would share an id
// and the second would be stored as a new version of the first, by ingest
// now or by a worker later, and ingesting them in two runs would do the
// same. check refuses the second instead, naming both.
type fileIDs map[string]string

func (f fileIDs) check(it ingest.Item) ingest.Item {
	if it.URL != "" || it.Err != nil || it.Source == "" || it.Source == "-" || it.Kind == ingest.KindDocument {
		return it
	}
	// The same file reached by two spellings ("pages/a.html",
	// "./pages/a.html") is one file.
	src := it.Source
	if abs, err := filepath.Abs(src); err == nil {
		src = abs
	}
	if first, ok := f[it.ID]; ok && first != src {
		it.Err = fmt.Errorf("id %q is already taken in this run by %s (a file's id is its base name): rename one of the two files, or give it an id of its own in a Document JSONL record", it.ID, first)
		it.Body = nil
		return it
	}
	f[it.ID] = src
	return it
}

// pageOf is the indexer's page for an ingest item: a document record as it
// is, a page with its raw bytes and its extraction to run, and an item that
// could not be read as a document carrying its error (with the input's URL
// and source).
func pageOf(it ingest.Item) indexer.Page {
	p := indexer.Page{ID: it.ID, Doc: it.Doc}
	switch {
	case it.Err != nil:
		d := toDocument(it, inputOptions{})
		p.Doc = &d
	case it.Kind != ingest.KindDocument:
		p.Raw = it.Body
		p.Extract = func() document.Document { return toDocument(it, inputOptions{}) }
	}
	return p
}

// crawledItem turns a fetched page into an ingest item; its id is the URL
// the page was announced under, as a WARC record's is its target URI.
func crawledItem(p crawl.Page) ingest.Item {
	u := p.FinalURL
	if u == "" {
		u = p.URL
	}
	id := p.URL
	if id == "" {
		id = p.Source
	}
	return ingest.Item{ID: id, Source: p.Source, URL: u, Kind: ingest.KindHTML, Body: p.Body,
		ContentType: p.ContentType, Fetched: p.Fetched, Err: p.Err}
}

// ingestSummary counts what an ingest run did.
type ingestSummary struct {
	read, added, unchanged, versions, failed int
	elapsed                                  time.Duration
}

func (s ingestSummary) ok() int { return s.added + s.unchanged + s.versions }

func (s ingestSummary) String() string {
	rate := 0.0
	if s.elapsed > 0 {
		rate = float64(s.read) / s.elapsed.Seconds()
	}
	return fmt.Sprintf("%d read: %d added, %d new versions, %d unchanged, %d failed (%.1f pages/s)",
		s.read, s.added, s.versions, s.unchanged, s.failed, rate)
}

// ingestInto reads every source and stores each page with its analysis.
func (e *env) ingestInto(ctx context.Context, st store.Store, sources []string, opts ingestOptions) (ingestSummary, error) {
	var sum ingestSummary
	stages, err := analysisStages(time.Now())
	if err != nil {
		return sum, err
	}
	ix := indexer.New(st, stages)
	if log, ok := st.(store.FetchLog); ok && opts.crawl.OnFetch == nil {
		opts.crawl.OnFetch = func(r crawl.FetchRecord) { e.recordFetch(ctx, log, r) }
	}
	start := time.Now()
	if n, err := ix.Restore(ctx); err != nil {
		return sum, err
	} else if n > 0 {
		fmt.Fprintf(opts.progress, "ingest: resumed story state from %d stored documents in %s\n", n, time.Since(start).Round(time.Millisecond))
	}
	start = time.Now()
	lastReport := start
	ids := fileIDs{}
	err = pipeline.Ordered(ctx, opts.jobs,
		func(yield func(ingest.Item) error) error {
			return readSources(ctx, sources, e.stdin, opts.crawl, opts.watch, func(it ingest.Item) error {
				return yield(ids.check(it))
			})
		},
		func(it ingest.Item) indexer.Prepared {
			return ix.Prepare(ctx, pageOf(it))
		},
		func(p indexer.Prepared) error {
			sum.read++
			res, err := ix.Commit(ctx, p)
			switch {
			case errors.Is(err, indexer.ErrFailed):
				sum.failed++
				e.log.Warn("input failed", "id", p.Doc.ID, "source", p.Doc.Source, "error", p.Doc.Error)
			case err != nil:
				return err
			case res == store.PutAdded:
				sum.added++
			case res == store.PutNewVersion:
				sum.versions++
			case res == store.PutUnchanged:
				sum.unchanged++
			}
			// Watching, pages trickle in: make each one's story visible at
			// once rather than after the next thousand.
			if opts.watch > 0 || sum.read%1000 == 0 {
				if err := ix.Flush(ctx); err != nil {
					return err
				}
			}
			if now := time.Now(); now.Sub(lastReport) >= time.Second {
				lastReport = now
				sum.elapsed = now.Sub(start)
				fmt.Fprintf(opts.progress, "ingest: %s\n", sum)
			}
			return nil
		})
	if ferr := ix.Flush(context.WithoutCancel(ctx)); err == nil {
		err = ferr
	}
	sum.elapsed = time.Since(start)
	if opts.watch > 0 && errors.Is(err, context.Canceled) {
		err = nil // stopping is how a watch ends
	}
	if err != nil {
		return sum, err
	}
	fmt.Fprintf(opts.progress, "ingest: done, %s\n", sum)
	return sum, nil
}

// recordFetch keeps one fetch in the store's fetch log. A failure to record
// is logged and does not stop the ingest: the page itself matters more.
func (e *env) recordFetch(ctx context.Context, log store.FetchLog, r crawl.FetchRecord) {
	f := store.Fetch{URL: r.URL, FinalURL: r.FinalURL, Purpose: r.Purpose, Status: r.Status,
		NotModified: r.NotModified, Bytes: r.Bytes, Attempts: r.Attempts, Started: r.Started,
		Duration: r.Duration}
	if r.Err != nil {
		f.Error = r.Err.Error()
	}
	if err := log.RecordFetch(context.WithoutCancel(ctx), f); err != nil {
		e.log.Warn("fetch not recorded", "url", r.URL, "error", err)
	}
}
