package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/storyline-dev/storyline/internal/feed"
	"github.com/storyline-dev/storyline/internal/sitemap"
)

// SourceKind says what a fetched source turned out to be.
type SourceKind string

// Source kinds, as recorded in Page.SourceKind.
const (
	// SourcePage is a URL that was itself an article page.
	SourcePage SourceKind = "page"
	// SourceFeed is an RSS, Atom or JSON feed.
	SourceFeed SourceKind = "feed"
	// SourceSitemap is a sitemap or sitemap index.
	SourceSitemap SourceKind = "sitemap"
	// SourceURLList is a local file of URLs.
	SourceURLList SourceKind = "urllist"
	// SourceUnknown is a URL source that could not be fetched, so what it
	// is remains unknown.
	SourceUnknown SourceKind = "unknown"
)

// Hints are what a feed or sitemap says about an article before it is
// fetched. They are hints only: extraction may find better values.
type Hints struct {
	// Title is the entry's title, or empty.
	Title string
	// Published is the announced publication time, or zero.
	Published time.Time
	// Author is the entry's author, or empty.
	Author string
}

// Page is an article page fetched by a Crawler, or the failure to get one.
type Page struct {
	// Source is the SOURCE argument the page was reached from.
	Source string
	// SourceKind is what that source (or the feed or sitemap between it and
	// the page) turned out to be.
	SourceKind SourceKind
	// URL is the article URL as announced (or given).
	URL string
	// FinalURL is the URL after redirects.
	FinalURL string
	// Body is the raw, decompressed body, not decoded to UTF-8.
	Body []byte
	// ContentType is the response's Content-Type header, verbatim.
	ContentType string
	// Fetched is when the fetch started.
	Fetched time.Time
	// Record describes the fetch of this page.
	Record FetchRecord
	// Hints are the feed or sitemap hints for this page.
	Hints Hints
	// Validators are the page's HTTP validators; the Crawler saves them to
	// Options.Validators once yield has accepted the page.
	Validators Validators
	// Err is set when the page, or the source itself (an unreachable feed,
	// an unreadable URL list), could not be read; Body is then nil.
	Err error
}

// Crawler turns SOURCE arguments (page, feed and sitemap URLs, URL-list
// files) into fetched article pages. It is safe for concurrent use; each
// article URL is fetched at most once, so Watch does not refetch what
// earlier rounds have yielded, of the latest Options.MaxRemembered URLs (an
// older one announced again is fetched again, and the store finds it
// unchanged).
type Crawler struct {
	f    *Fetcher
	opts Options

	mu   sync.Mutex
	seen *recent[struct{}]
}

// maxRemembered is the default of Options.MaxRemembered, and the bound of
// NewMemoryValidators: far more URLs than feeds and news sitemaps announce
// at once (a news sitemap holds at most 1,000), and about 350 MB for the
// URLs and their validators together at the limit (measured in a review
// with URLs of about 95 bytes).
const maxRemembered = 1_000_000

// New returns a Crawler (with its own Fetcher) configured by opts.
func New(opts Options) *Crawler {
	f := NewFetcher(opts)
	c := &Crawler{f: f, opts: f.opts, seen: newRecent[struct{}](f.opts.MaxRemembered)}
	if c.opts.Validators == nil {
		c.opts.Validators = newMemoryValidators(c.opts.MaxRemembered)
	}
	return c
}

// Fetcher returns the Crawler's Fetcher, for fetching single URLs under the
// same politeness rules.
func (c *Crawler) Fetcher() *Fetcher { return c.f }

// Crawl reads every source and calls yield once for each article page
// reached, and once for each failure (Page.Err set) — of a page, a feed, a
// sitemap or a URL list — so that one bad input never stops the others.
// Sources are http(s) URLs (fetched and sniffed: a feed or sitemap is
// followed to its articles, anything else is itself an article page) and
// URL-list files (see ParseURLList), whose lines are sources in turn.
//
// Pages are fetched concurrently (Options.Concurrency) and yielded in the
// order they complete; yield is never called concurrently. Pages answered
// with 304 Not Modified, and pages Options.Skip rejects, are not yielded.
// A page's validators are saved once yield accepts it; a feed's or
// sitemap's once the whole run has finished and none of its pages failed
// transiently, so that an interrupted run is picked up again next time.
// Crawl returns the first error of yield, or ctx's error, and otherwise nil.
func (c *Crawler) Crawl(ctx context.Context, sources []string, yield func(Page) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &run{c: c, jobs: make(chan job), results: make(chan Page), pending: map[string]Validators{}}

	var producers sync.WaitGroup
	producers.Add(1)
	go func() {
		defer producers.Done()
		defer close(r.jobs)
		// Sources are expanded a few at a time: each expansion mostly
		// waits on one host's politeness.
		sem := make(chan struct{}, max(1, c.opts.Concurrency/2))
		var wg sync.WaitGroup
		for _, src := range sources {
			if !send(ctx, sem, struct{}{}) {
				break
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				r.expand(ctx, src)
			}()
		}
		wg.Wait()
	}()

	var workers sync.WaitGroup
	for range c.opts.Concurrency {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for j := range r.jobs {
				if p, ok := r.fetchPage(ctx, j); ok && !send(ctx, r.results, p) {
					return
				}
			}
		}()
	}
	go func() {
		producers.Wait()
		workers.Wait()
		close(r.results)
	}()

	var yieldErr error
	for p := range r.results {
		if yieldErr != nil {
			continue // drain so that every goroutine finishes
		}
		if err := yield(p); err != nil {
			yieldErr = err
			cancel()
			continue
		}
		if p.Err == nil {
			c.saveValidators(ctx, p.URL, p.Validators)
		}
	}
	if yieldErr != nil {
		return yieldErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for u, v := range r.pending {
		c.saveValidators(ctx, u, v)
	}
	return nil
}

// Watch runs Crawl over sources every interval until ctx is done, for
// `ingest --watch`. Feeds and sitemaps are fetched with conditional GET
// (validators are kept in memory when Options.Validators is nil), so an
// unchanged feed costs one 304, and articles already yielded are not
// fetched again. Watch returns nil when ctx is cancelled, or the first error
// of yield.
func (c *Crawler) Watch(ctx context.Context, sources []string, interval time.Duration, yield func(Page) error) error {
	for {
		if err := c.Crawl(ctx, sources, yield); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if err := c.opts.Sleep(ctx, interval); err != nil {
			return nil
		}
	}
}

// claim marks url as seen and reports whether it was new.
func (c *Crawler) claim(url string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.seen.get(url); ok {
		return false
	}
	c.seen.set(url, struct{}{})
	return true
}

// unclaim forgets url after a failed fetch, so a later Watch round retries it.
func (c *Crawler) unclaim(url string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seen.delete(url)
}

// isSeen reports whether url was claimed.
func (c *Crawler) isSeen(url string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.seen.get(url)
	return ok
}

// send delivers v on ch unless ctx is done first.
func send[T any](ctx context.Context, ch chan<- T, v T) bool {
	select {
	case ch <- v:
		return true
	case <-ctx.Done():
		return false
	}
}

// run is the state of one Crawl call.
type run struct {
	c       *Crawler
	jobs    chan job
	results chan Page

	mu      sync.Mutex
	pending map[string]Validators // feed and sitemap validators to save at the end
}

// job is one article page to fetch.
type job struct {
	source string     // the SOURCE argument
	kind   SourceKind // what announced the page
	parent string     // the feed or sitemap URL that announced it
	url    string
	hints  Hints
}

// expand reads one source and emits its article jobs; a source that is
// itself an article page goes straight to results.
func (r *run) expand(ctx context.Context, src string) {
	if IsURL(src) {
		r.expandURL(ctx, src, src, 0, new(int))
		return
	}
	fail := func(err error) {
		send(ctx, r.results, Page{Source: src, SourceKind: SourceURLList, Err: fmt.Errorf("read url list %s: %w", src, err)})
	}
	f, err := os.Open(src)
	if err != nil {
		fail(err)
		return
	}
	urls, err := ParseURLList(f)
	f.Close()
	if err != nil {
		fail(err) // bad lines are reported; the good ones are still crawled
	}
	count := 0
	for _, u := range urls {
		if ctx.Err() != nil {
			return
		}
		r.expandURL(ctx, src, u, 0, &count)
	}
}

// expandURL fetches a URL source and follows it according to what it is.
// count is the number of article jobs emitted so far for the SOURCE.
func (r *run) expandURL(ctx context.Context, src, u string, depth int, count *int) {
	c := r.c
	// An article URL already fetched (from another feed, or an earlier
	// Watch round) is not fetched again just to classify it. Feeds and
	// sitemaps are never claimed, so they are re-read every round.
	if r.capped(*count) || c.isSeen(u) {
		return
	}
	resp, err := c.f.fetch(ctx, u, c.validators(ctx, u), "source")
	fail := func(kind SourceKind, err error) {
		send(ctx, r.results, Page{Source: src, SourceKind: kind, URL: u, FinalURL: resp.Record.FinalURL, Fetched: resp.Record.Started, Record: resp.Record, Err: err})
	}
	if err != nil {
		if ctx.Err() == nil {
			fail(SourceUnknown, err)
		}
		return
	}
	if resp.Record.NotModified {
		return // unchanged feed, sitemap or page: nothing new behind it
	}
	body := resp.Body
	switch {
	case feed.Detect(body):
		fd, err := feed.Parse(body, resp.Record.FinalURL)
		if err != nil {
			fail(SourceFeed, err)
			return
		}
		r.setPending(u, resp.Validators)
		for _, e := range fd.Entries {
			if r.capped(*count) || ctx.Err() != nil {
				break
			}
			if r.emit(ctx, job{source: src, kind: SourceFeed, parent: u, url: e.URL, hints: Hints{Title: e.Title, Published: e.Published, Author: e.Author}}) {
				*count++
			}
		}
	case sitemap.Detect(bytes.NewReader(body)) != sitemap.KindUnknown:
		var entries []sitemap.Entry
		kind, err := sitemap.Parse(bytes.NewReader(body), func(e sitemap.Entry) error {
			if len(entries) >= 50000 {
				return errors.New("more than 50,000 entries, the protocol's limit")
			}
			entries = append(entries, e)
			return nil
		})
		switch {
		case err != nil:
			// Keep what was read before the error, but report it.
			fail(SourceSitemap, fmt.Errorf("parse sitemap %s: %w", resp.Record.FinalURL, err))
		case kind == sitemap.KindURLSet:
			// An index's validators are not kept: it is small, and a 304 for
			// it would hide a child whose pages failed this time.
			r.setPending(u, resp.Validators)
		}
		if kind == sitemap.KindIndex && depth >= c.opts.MaxSitemapDepth {
			fail(SourceSitemap, fmt.Errorf("sitemap index %s: nested deeper than %d levels, %d sitemaps not followed", u, c.opts.MaxSitemapDepth, len(entries)))
			return
		}
		for _, e := range entries {
			if r.capped(*count) || ctx.Err() != nil {
				return
			}
			if kind == sitemap.KindIndex {
				r.expandURL(ctx, src, e.URL, depth+1, count)
				continue
			}
			if r.emit(ctx, job{source: src, kind: SourceSitemap, parent: u, url: e.URL, hints: Hints{Title: e.Title, Published: e.Published}}) {
				*count++
			}
		}
	default:
		if !c.claim(u) {
			return
		}
		send(ctx, r.results, Page{
			Source: src, SourceKind: SourcePage, URL: u, FinalURL: resp.Record.FinalURL,
			Body: body, ContentType: resp.ContentType, Fetched: resp.Record.Started,
			Record: resp.Record, Validators: resp.Validators,
		})
	}
}

func (r *run) capped(count int) bool {
	return r.c.opts.MaxPagesPerSource > 0 && count >= r.c.opts.MaxPagesPerSource
}

func (r *run) setPending(u string, v Validators) {
	if v.IsZero() {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pending[u] = v
}

// emit queues an article job unless its URL was seen or Skip rejects it.
func (r *run) emit(ctx context.Context, j job) bool {
	if !r.c.claim(j.url) {
		return false
	}
	if r.c.opts.Skip != nil && r.c.opts.Skip(ctx, j.source, j.url) {
		return false
	}
	return send(ctx, r.jobs, j)
}

// fetchPage fetches one article page; ok is false when there is nothing to
// yield (not modified, or cancelled). A transient failure un-marks the page
// and its feed, so that the next run or Watch round tries again.
func (r *run) fetchPage(ctx context.Context, j job) (Page, bool) {
	resp, err := r.c.f.fetch(ctx, j.url, r.c.validators(ctx, j.url), "page")
	p := Page{
		Source: j.source, SourceKind: j.kind, URL: j.url, FinalURL: resp.Record.FinalURL,
		Body: resp.Body, ContentType: resp.ContentType, Fetched: resp.Record.Started,
		Record: resp.Record, Hints: j.hints, Validators: resp.Validators, Err: err,
	}
	if err != nil {
		if transient(err) {
			r.c.unclaim(j.url)
			r.mu.Lock()
			delete(r.pending, j.parent)
			r.mu.Unlock()
		}
		return p, ctx.Err() == nil
	}
	return p, !resp.Record.NotModified
}

// transient reports whether a failed fetch may succeed later.
func transient(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return retryableStatus(se.Code)
	}
	return retryableError(err) || errors.Is(err, ErrRobotsUnreachable) || errors.Is(err, ErrRetryAfterTooLong)
}

// validators looks up url's saved validators; errors count as none.
func (c *Crawler) validators(ctx context.Context, url string) Validators {
	if c.opts.Validators == nil {
		return Validators{}
	}
	v, err := c.opts.Validators.Validators(ctx, url)
	if err != nil {
		c.opts.Logger.WarnContext(ctx, "validator lookup failed", slog.String("url", url), slog.Any("error", err))
		return Validators{}
	}
	return v
}

// saveValidators stores v for url; errors are logged only.
func (c *Crawler) saveValidators(ctx context.Context, url string, v Validators) {
	if c.opts.Validators == nil || v.IsZero() {
		return
	}
	if err := c.opts.Validators.SaveValidators(ctx, url, v); err != nil {
		c.opts.Logger.WarnContext(ctx, "validator save failed", slog.String("url", url), slog.Any("error", err))
	}
}

// MemoryValidators is a ValidatorStore in memory, safe for concurrent use.
type MemoryValidators struct {
	mu sync.Mutex
	m  *recent[Validators]
}

// NewMemoryValidators returns an empty MemoryValidators. It keeps the
// validators of the latest million URLs saved.
func NewMemoryValidators() *MemoryValidators { return newMemoryValidators(maxRemembered) }

func newMemoryValidators(limit int) *MemoryValidators {
	return &MemoryValidators{m: newRecent[Validators](limit)}
}

// Validators implements ValidatorStore.
func (m *MemoryValidators) Validators(_ context.Context, url string) (Validators, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, _ := m.m.get(url)
	return v, nil
}

// SaveValidators implements ValidatorStore.
func (m *MemoryValidators) SaveValidators(_ context.Context, url string, v Validators) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m.set(url, v)
	return nil
}
