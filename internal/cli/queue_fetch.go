package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/storyline-dev/storyline/internal/crawl"
	"github.com/storyline-dev/storyline/internal/feed"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/pipeline"
	"github.com/storyline-dev/storyline/internal/sitemap"
	"github.com/storyline-dev/storyline/internal/store"
)

// Fetch jobs: a queued ingest of URL sources publishes one fetch job per
// article page, and the workers fetch the pages. The publisher reads URL
// lists itself and expands feeds and sitemaps itself (one fetch each, with
// the polite crawler), so that re-running "ingest --queue FEED" reads the
// feed again while its articles, whose jobs are keyed by URL, are not queued
// twice within the queue's duplicate window. A URL given as a SOURCE that
// turns out to be an article page is queued as a fetch job too: its worker
// fetches it again, so that every stored page's fetch is in the store's
// fetch log.

// fetchJob is the job that fetches the article page at u, reached from
// source; its document id is u, as for a page crawled by ingest --db.
func fetchJob(source, u string) pipeline.Job {
	return pipeline.Job{Kind: pipeline.JobFetch, ID: u, Source: source, URL: u}
}

// publishURLSources publishes fetch jobs for the URL sources: the lines of
// URL-list files as they are, and the articles of feeds and sitemaps, which
// are fetched here to be expanded. A source that cannot be read is reported
// and counted as failed.
func (e *env) publishURLSources(ctx context.Context, q pipeline.Publisher, sources []string, co crawl.Options, sum *publishSummary) error {
	publish := func(j pipeline.Job) error {
		err := q.Publish(ctx, j)
		switch {
		case err == nil:
			sum.published++
		case ctx.Err() != nil || errors.Is(err, pipeline.ErrClosed):
			return err
		default:
			sum.failed++
			e.log.Warn("input not queued", "id", j.ID, "source", j.Source, "error", err)
		}
		return nil
	}
	var urls []string
	for _, src := range sources {
		if crawl.IsURL(src) {
			urls = append(urls, src)
			continue
		}
		// A URL list.
		f, err := os.Open(src)
		if err != nil {
			sum.failed++
			e.log.Warn("input not queued", "source", src, "error", err)
			continue
		}
		list, err := crawl.ParseURLList(f)
		f.Close()
		if err != nil { // bad lines are reported; the good ones are queued
			sum.failed++
			e.log.Warn("url list", "source", src, "error", err)
		}
		for _, u := range list {
			if err := publish(fetchJob(src, u)); err != nil {
				return err
			}
		}
	}
	if len(urls) == 0 {
		return nil
	}
	// Page, feed and sitemap URLs: one crawler, so that robots.txt is read
	// once per host and requests to a host are spaced across sources,
	// fetches each to see which it is, follows feeds and sitemaps (and
	// sitemap indexes) to their articles, and asks Skip before fetching
	// each article: Skip queues it instead. Skip runs on several goroutines
	// at once and the page callback on another, hence the lock; the first
	// publish that fails for good stops the crawl.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu   sync.Mutex
		stop error
		n    = map[string]int{} // articles queued per source, for --max-pages
	)
	o := co
	o.Skip = func(_ context.Context, src, u string) bool {
		mu.Lock()
		defer mu.Unlock()
		if stop == nil && (co.MaxPagesPerSource <= 0 || n[src] < co.MaxPagesPerSource) {
			if stop = publish(fetchJob(src, u)); stop != nil {
				cancel()
			}
			n[src]++
		}
		return true
	}
	err := crawl.New(o).Crawl(ctx, urls, func(p crawl.Page) error {
		mu.Lock()
		defer mu.Unlock()
		if p.Err != nil {
			sum.failed++
			e.log.Warn("source not read", "source", p.Source, "url", p.URL, "error", p.Err)
			return nil
		}
		// The source is itself an article page.
		return publish(fetchJob(p.Source, p.URL))
	})
	mu.Lock()
	defer mu.Unlock()
	if stop != nil {
		return stop
	}
	return err
}

// jobFetcher returns the worker's fetch function (worker.Options.Fetch). One
// Fetcher serves all the worker's jobs, so robots.txt is read once per host
// and requests to a host are spaced out across jobs; with several worker
// processes each keeps its own pace. Every fetch, robots.txt included, goes
// to the store's fetch log when it has one. The fetcher retries a transient
// failure once in place; after that the queue retries the job with its own
// growing delay and finally dead-letters it, so that a failing host does
// not hold a worker.
func (e *env) jobFetcher(st store.Store, co crawl.Options) func(ctx context.Context, j pipeline.Job) (ingest.Item, error) {
	if log, ok := st.(store.FetchLog); ok && co.OnFetch == nil {
		co.OnFetch = func(r crawl.FetchRecord) { e.recordFetch(context.Background(), log, r) }
	}
	if co.MaxRetries == 0 && !co.NoRetries {
		co.MaxRetries = 1
	}
	if co.RetryBase == 0 {
		co.RetryBase = 500 * time.Millisecond
	}
	f := crawl.NewFetcher(co)
	return func(ctx context.Context, j pipeline.Job) (ingest.Item, error) {
		resp, err := f.Fetch(ctx, j.URL, crawl.Validators{})
		if err != nil {
			if permanentFetchError(err) {
				return ingest.Item{}, pipeline.Permanent(err)
			}
			return ingest.Item{}, err
		}
		if feed.Detect(resp.Body) || sitemap.Detect(bytes.NewReader(resp.Body)) != sitemap.KindUnknown {
			return ingest.Item{}, pipeline.Permanent(fmt.Errorf("fetch %s: a feed or sitemap, not an article page: give it to ingest --queue as a SOURCE of its own", j.URL))
		}
		id := j.ID
		if id == "" {
			id = j.URL
		}
		return ingest.Item{ID: id, Source: j.Source, URL: resp.Record.FinalURL, Kind: ingest.KindHTML,
			Body: resp.Body, ContentType: resp.ContentType, Fetched: resp.Record.Started}, nil
	}
}

// permanentFetchError reports whether a failed fetch cannot succeed on a
// later attempt: robots.txt forbids it, the URL is bad, the page is too
// large or redirects badly, or the server answered with a status other than
// 408, 429 and 5xx.
func permanentFetchError(err error) bool {
	for _, p := range []error{crawl.ErrDisallowed, crawl.ErrBadURL, crawl.ErrTooLarge, crawl.ErrTooManyRedirects, crawl.ErrRedirectLoop} {
		if errors.Is(err, p) {
			return true
		}
	}
	var se *crawl.StatusError
	if errors.As(err, &se) {
		return se.Code != 408 && se.Code != 429 && se.Code < 500
	}
	return false
}

// splitSources separates URL sources (page, feed and sitemap URLs, URL-list
// files), which the crawler reads, from the inputs package ingest reads.
func splitSources(sources []string) (files, urls []string) {
	for _, s := range sources {
		if s != "-" && crawl.IsSource(s) {
			urls = append(urls, s)
		} else {
			files = append(files, s)
		}
	}
	return files, urls
}
