package crawl

import (
	"context"
	"log/slog"
	"net/http"
	"time"
)

// Options configures a Fetcher and a Crawler. The zero value of every field
// means the documented default.
type Options struct {
	// UserAgent is sent with every request; its product token (the part
	// before "/") is what robots.txt groups are matched against. Default
	// "storyline/dev (+https://github.com/storyline-dev/storyline)".
	UserAgent string
	// HostInterval is the minimum time between the starts of two requests to
	// the same host. A longer robots.txt Crawl-delay wins. Default 1s.
	HostInterval time.Duration
	// MaxCrawlDelay caps the Crawl-delay honoured from robots.txt, so that a
	// site asking for an hour between requests does not stall a run.
	// Default 30s.
	MaxCrawlDelay time.Duration
	// PerHostConcurrency is the number of requests in flight to one host.
	// Default 2.
	PerHostConcurrency int
	// Concurrency is the number of requests in flight in total, and the
	// number of article pages a Crawler fetches at once. Default 8.
	Concurrency int
	// RequestTimeout bounds one HTTP request, body included. Default 30s.
	RequestTimeout time.Duration
	// ReadTimeout is the longest wait for the connection, the response
	// headers or the next chunk of the body; a server silent for longer is
	// cut off (ErrStalled). Default 10s.
	ReadTimeout time.Duration
	// MaxBodySize is the largest body accepted, counted after
	// decompression (ErrTooLarge beyond). Default 16 MiB.
	MaxBodySize int64
	// MaxRedirects is the longest redirect chain followed. Default 10.
	MaxRedirects int
	// MaxRetries is how often a transient failure (429, 5xx, timeout) is
	// retried. Default 3; set NoRetries to disable retries.
	MaxRetries int
	// NoRetries disables retries (MaxRetries is then ignored).
	NoRetries bool
	// RetryBase is the backoff before the first retry, doubled for each
	// further one. Default 1s.
	RetryBase time.Duration
	// RetryMax caps the backoff between retries. Default 30s.
	RetryMax time.Duration
	// MaxRetryAfter is the longest Retry-After honoured; a server asking for
	// more fails the fetch at once (ErrRetryAfterTooLong). Default 2m.
	MaxRetryAfter time.Duration
	// RobotsTTL is how long a host's robots.txt is cached. Default 24h, the
	// longest RFC 9309 §2.4 recommends.
	RobotsTTL time.Duration
	// IgnoreRobots disables robots.txt. Only for tests and sites you own.
	IgnoreRobots bool
	// MaxSitemapDepth is how many levels of sitemap indexes a Crawler
	// follows below a sitemap given as a source. Default 3.
	MaxSitemapDepth int
	// MaxPagesPerSource caps the article pages taken from one feed, sitemap
	// or URL list; 0 means no cap.
	MaxPagesPerSource int

	// Validators stores HTTP validators between runs so that feeds,
	// sitemaps and pages that have not changed cost a 304 only. Nil means a
	// Crawler keeps them in memory for its own lifetime.
	Validators ValidatorStore
	// Skip, when set, is asked before an article page is fetched; returning
	// true skips it (for example because the store already holds it).
	// source is the SOURCE argument the page was reached from. It is called
	// from several goroutines at once.
	Skip func(ctx context.Context, source, url string) bool
	// MaxRemembered bounds the article URLs a Crawler remembers having
	// fetched, so that a watch running for months keeps a bounded memory;
	// default 1,000,000 (about 100 bytes of memory each, more with the
	// in-memory validators).
	MaxRemembered int
	// OnFetch, when set, receives the record of every fetch, robots.txt,
	// feeds and sitemaps included. It is called from several goroutines.
	OnFetch func(FetchRecord)
	// Logger receives debug messages about retries and skipped inputs; nil
	// discards them.
	Logger *slog.Logger
	// Transport is the HTTP transport; nil means a transport built from the
	// timeouts above, without proxy and without transparent decompression.
	Transport http.RoundTripper
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Sleep waits for d or until ctx is done; nil means a timer-based sleep.
	Sleep func(ctx context.Context, d time.Duration) error
}

// DefaultUserAgent is the User-Agent used when Options.UserAgent is empty.
const DefaultUserAgent = "storyline/dev (+https://github.com/storyline-dev/storyline)"

// withDefaults returns o with zero fields replaced by their defaults.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.HostInterval <= 0 {
		o.HostInterval = time.Second
	}
	if o.MaxRemembered <= 0 {
		o.MaxRemembered = maxRemembered
	}
	if o.MaxCrawlDelay <= 0 {
		o.MaxCrawlDelay = 30 * time.Second
	}
	if o.PerHostConcurrency <= 0 {
		o.PerHostConcurrency = 2
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 8
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = 30 * time.Second
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = 10 * time.Second
	}
	if o.MaxBodySize <= 0 {
		o.MaxBodySize = 16 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 10
	}
	switch {
	case o.NoRetries:
		o.MaxRetries = 0
	case o.MaxRetries <= 0:
		o.MaxRetries = 3
	}
	if o.RetryBase <= 0 {
		o.RetryBase = time.Second
	}
	if o.RetryMax <= 0 {
		o.RetryMax = 30 * time.Second
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = 2 * time.Minute
	}
	if o.RobotsTTL <= 0 {
		o.RobotsTTL = 24 * time.Hour
	}
	if o.MaxSitemapDepth <= 0 {
		o.MaxSitemapDepth = 3
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = sleepContext
	}
	return o
}

// sleepContext waits for d or until ctx is done.
func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// ValidatorStore keeps HTTP validators between runs, keyed by the URL that
// was requested. Implementations must be safe for concurrent use. A lookup
// error is treated as "no validators"; a save error is logged and ignored,
// since it only costs a full download next time.
type ValidatorStore interface {
	// Validators returns the validators saved for url; zero when none.
	Validators(ctx context.Context, url string) (Validators, error)
	// SaveValidators records v for url.
	SaveValidators(ctx context.Context, url string, v Validators) error
}
