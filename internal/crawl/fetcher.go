package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Sentinel errors of a fetch; callers test with errors.Is. The error
// returned by Fetch wraps one of these (or a *StatusError, or a transport
// error) and names the URL.
var (
	// ErrDisallowed means robots.txt forbids the URL; it was not requested.
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrRobotsUnreachable means the host's robots.txt could not be fetched
	// (server error or network failure), which RFC 9309 treats as a complete
	// disallow; the URL was not requested.
	ErrRobotsUnreachable = errors.New("robots.txt unreachable, host treated as disallowed")
	// ErrTooLarge means the body, after decompression, exceeded MaxBodySize.
	ErrTooLarge = errors.New("response body too large")
	// ErrTimeout means a request took longer than RequestTimeout in total.
	ErrTimeout = errors.New("request timed out")
	// ErrStalled means the server sent no data for ReadTimeout (slow-loris).
	ErrStalled = errors.New("server stalled: no data received within the read timeout")
	// ErrTooManyRedirects means the redirect chain was longer than MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrRedirectLoop means a redirect led back to a URL already visited.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrBadURL means the URL is not an absolute http(s) URL.
	ErrBadURL = errors.New("not an absolute http or https URL")
	// ErrRetryAfterTooLong means the server asked to wait longer than MaxRetryAfter.
	ErrRetryAfterTooLong = errors.New("server asked to retry later than allowed")
)

// StatusError is returned for a final response whose status is neither 2xx
// nor 304.
type StatusError struct {
	// Code is the HTTP status code, for example 404.
	Code int
}

// Error returns "status 404 Not Found".
func (e *StatusError) Error() string {
	return fmt.Sprintf("status %d %s", e.Code, http.StatusText(e.Code))
}

// Validators are the HTTP cache validators of a previously fetched response,
// sent back as If-None-Match and If-Modified-Since to make a conditional GET.
type Validators struct {
	// ETag is the response's ETag header, verbatim, or empty.
	ETag string
	// LastModified is the response's Last-Modified header, verbatim, or empty.
	LastModified string
}

// IsZero reports whether there are no validators.
func (v Validators) IsZero() bool { return v.ETag == "" && v.LastModified == "" }

// FetchRecord describes one fetch, successful or not, for storage and logs.
type FetchRecord struct {
	// URL is the URL requested.
	URL string
	// FinalURL is the URL after redirects (equal to URL when there were none).
	FinalURL string
	// Purpose says why the URL was fetched: "robots", "feed", "sitemap",
	// "source" (a URL given by the user, not yet classified) or "page".
	Purpose string
	// Status is the final HTTP status code, or 0 when no response arrived.
	Status int
	// NotModified is true for a 304 answer to a conditional GET.
	NotModified bool
	// Bytes is the body size after decompression.
	Bytes int64
	// Attempts is the number of HTTP requests made, retries and redirects
	// included; 0 when none was made (for example when disallowed).
	Attempts int
	// Started is when the fetch began.
	Started time.Time
	// Duration is how long the fetch took, waits for politeness included.
	Duration time.Duration
	// Err is the error that ended the fetch, or nil.
	Err error
}

// Response is the outcome of Fetch.
type Response struct {
	// Record describes the fetch; it is always filled in.
	Record FetchRecord
	// Header is the final response's header, nil when none arrived.
	Header http.Header
	// ContentType is the Content-Type header, verbatim (it may name a
	// charset; package charset decodes the body with it).
	ContentType string
	// Body is the decompressed body; nil on error and on 304.
	Body []byte
	// Validators are the ETag and Last-Modified of the final response.
	Validators Validators
}

// Fetcher fetches URLs politely: it obeys robots.txt, spaces out and bounds
// requests per host, retries transient failures with backoff, and bounds
// time and size. It is safe for concurrent use; create one per run and
// share it, since the robots cache and per-host state live in it.
type Fetcher struct {
	opts   Options
	client *http.Client
	polite *politeness
	global chan struct{}
	robots *robotsCache
	log    *slog.Logger
}

// NewFetcher returns a Fetcher configured by opts (zero fields take their
// documented defaults).
func NewFetcher(opts Options) *Fetcher {
	opts = opts.withDefaults()
	transport := opts.Transport
	if transport == nil {
		transport = &http.Transport{
			Proxy:       nil, // never send crawl traffic through an env proxy by surprise
			DialContext: (&net.Dialer{Timeout: opts.ReadTimeout, KeepAlive: 30 * time.Second}).DialContext,
			// Waiting for the TLS handshake and the response headers is
			// bounded by the ReadTimeout stall timer of each request.
			MaxIdleConnsPerHost: opts.PerHostConcurrency,
			IdleConnTimeout:     90 * time.Second,
			DisableCompression:  true, // gzip is decoded here, so its size is bounded
		}
	}
	f := &Fetcher{
		opts: opts,
		client: &http.Client{
			Transport: transport,
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse // redirects are followed by Fetch itself
			},
		},
		polite: newPoliteness(opts.Now, opts.Sleep, opts.HostInterval, opts.PerHostConcurrency, opts.MaxCrawlDelay),
		global: make(chan struct{}, opts.Concurrency),
		log:    opts.Logger,
	}
	f.robots = newRobotsCache(f)
	return f
}

// Fetch fetches rawURL with a GET. cond, when not zero, makes it a
// conditional GET; a 304 answer yields NotModified in the record, a nil body
// and a nil error.
//
// Fetch always returns a non-nil Response whose Record describes what
// happened; Body is set only when the error is nil. Robots.txt is consulted
// (and fetched once per host) before the first request and before each
// redirect to another host. Transient failures (429, 5xx, timeouts) are
// retried up to MaxRetries times with exponential backoff and jitter, never
// sooner than a Retry-After header asks. Errors name the URL and wrap one of
// the package's sentinel errors, a *StatusError or the transport error.
// Options.OnFetch, when set, receives the record before Fetch returns.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, cond Validators) (*Response, error) {
	return f.fetch(ctx, rawURL, cond, "page")
}

// fetch is Fetch with a purpose for the record.
func (f *Fetcher) fetch(ctx context.Context, rawURL string, cond Validators, purpose string) (*Response, error) {
	resp := &Response{Record: FetchRecord{URL: rawURL, FinalURL: rawURL, Purpose: purpose, Started: f.opts.Now()}}
	err := f.follow(ctx, rawURL, cond, purpose == "robots", resp)
	resp.Record.Duration = f.opts.Now().Sub(resp.Record.Started)
	if err != nil {
		resp.Body = nil
		err = fmt.Errorf("fetch %s: %w", rawURL, err)
		resp.Record.Err = err
	}
	if f.opts.OnFetch != nil {
		f.opts.OnFetch(resp.Record)
	}
	return resp, err
}

// follow performs the request chain for one fetch, following redirects.
func (f *Fetcher) follow(ctx context.Context, rawURL string, cond Validators, isRobots bool, resp *Response) error {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return err
	}
	maxRedirects := f.opts.MaxRedirects
	if isRobots {
		maxRedirects = 5 // RFC 9309 §2.3.1.2
	}
	visited := map[string]bool{u.String(): true}
	for hop := 0; ; hop++ {
		if !isRobots {
			if err := f.robots.check(ctx, u); err != nil {
				return err
			}
		}
		res, err := f.attempts(ctx, u, cond, resp)
		if err != nil {
			return err
		}
		resp.Record.FinalURL = u.String()
		resp.Record.Status = res.status
		resp.Header = res.header
		if !isRedirect(res.status) {
			return f.finish(res, resp)
		}
		loc := res.header.Get("Location")
		if loc == "" {
			return fmt.Errorf("redirect %d from %s without Location: %w", res.status, u, &StatusError{Code: res.status})
		}
		next, err := u.Parse(loc)
		if err != nil || (next.Scheme != "http" && next.Scheme != "https") {
			return fmt.Errorf("redirect from %s to %q: %w", u, loc, ErrBadURL)
		}
		next.Fragment = ""
		if visited[next.String()] {
			return fmt.Errorf("%w: %s leads back to %s", ErrRedirectLoop, u, next)
		}
		if hop+1 > maxRedirects {
			return fmt.Errorf("%w: more than %d, last to %s", ErrTooManyRedirects, maxRedirects, next)
		}
		visited[next.String()] = true
		u = next
	}
}

// finish turns the final response of a chain into Response fields.
func (f *Fetcher) finish(res *attemptResult, resp *Response) error {
	resp.ContentType = res.header.Get("Content-Type")
	resp.Validators = Validators{ETag: res.header.Get("ETag"), LastModified: res.header.Get("Last-Modified")}
	resp.Record.Bytes = int64(len(res.body))
	switch {
	case res.status == http.StatusNotModified:
		resp.Record.NotModified = true
		return nil
	case res.status >= 200 && res.status < 300:
		resp.Body = res.body
		return nil
	}
	return &StatusError{Code: res.status}
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// attemptResult is one HTTP exchange.
type attemptResult struct {
	status int
	header http.Header
	body   []byte
}

// attempts makes the request for one hop, retrying transient failures.
func (f *Fetcher) attempts(ctx context.Context, u *url.URL, cond Validators, resp *Response) (*attemptResult, error) {
	host := hostKey(u)
	for attempt := 0; ; attempt++ {
		res, err := f.once(ctx, u, cond, host)
		resp.Record.Attempts++
		var wait time.Duration
		switch {
		case err != nil && ctx.Err() != nil:
			return nil, ctx.Err()
		case err != nil:
			if !retryableError(err) || attempt >= f.opts.MaxRetries {
				return nil, err
			}
			wait = backoff(attempt, f.opts.RetryBase, f.opts.RetryMax)
		case retryableStatus(res.status):
			resp.Record.Status = res.status
			after, hasAfter := parseRetryAfter(res.header.Get("Retry-After"), f.opts.Now())
			if hasAfter && after > f.opts.MaxRetryAfter {
				return nil, fmt.Errorf("%w: status %d with Retry-After %s (limit %s)", ErrRetryAfterTooLong, res.status, after, f.opts.MaxRetryAfter)
			}
			if attempt >= f.opts.MaxRetries {
				if attempt > 0 {
					return nil, fmt.Errorf("%w after %d attempts", &StatusError{Code: res.status}, attempt+1)
				}
				return nil, &StatusError{Code: res.status}
			}
			wait = backoff(attempt, f.opts.RetryBase, f.opts.RetryMax)
			if hasAfter && after > wait {
				wait = after
			}
		default:
			return res, nil
		}
		f.log.DebugContext(ctx, "retrying fetch", slog.String("url", u.String()), slog.Int("attempt", attempt+1), slog.Duration("wait", wait))
		// Hold the whole host, not just this URL: a 429 or 503 is about the server.
		f.polite.holdUntil(host, f.opts.Now().Add(wait))
	}
}

// once makes a single HTTP request and reads its body within the limits.
func (f *Fetcher) once(ctx context.Context, u *url.URL, cond Validators, host string) (*attemptResult, error) {
	release, err := f.polite.acquire(ctx, host)
	if err != nil {
		return nil, err
	}
	defer release()
	select {
	case f.global <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-f.global }()

	reqCtx, cancelTotal := context.WithTimeoutCause(ctx, f.opts.RequestTimeout, ErrTimeout)
	defer cancelTotal()
	reqCtx, cancelStall := context.WithCancelCause(reqCtx)
	defer cancelStall(nil)
	stall := time.AfterFunc(f.opts.ReadTimeout, func() { cancelStall(ErrStalled) })
	defer stall.Stop()

	req, err := http.NewRequestWithContext(reqCtx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8")
	req.Header.Set("Accept-Encoding", "gzip")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	httpResp, err := f.client.Do(req)
	f.polite.done(host, f.opts.Now())
	if err != nil {
		return nil, causeOf(reqCtx, err)
	}
	defer httpResp.Body.Close()
	stall.Reset(f.opts.ReadTimeout)
	res := &attemptResult{status: httpResp.StatusCode, header: httpResp.Header}
	if httpResp.StatusCode < 200 || httpResp.StatusCode >= 300 {
		// Error and redirect bodies are not used; drain a little so the
		// connection can be reused.
		_, _ = io.CopyN(io.Discard, httpResp.Body, 64<<10)
		return res, nil
	}
	var body io.Reader = &stallReader{r: httpResp.Body, timer: stall, d: f.opts.ReadTimeout}
	switch enc := strings.ToLower(strings.TrimSpace(httpResp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("gunzip body: %w", causeOf(reqCtx, err))
		}
		defer zr.Close()
		body = zr
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(max(httpResp.ContentLength, 0)+1, 1<<20)))
	n, err := buf.ReadFrom(io.LimitReader(body, f.opts.MaxBodySize+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", causeOf(reqCtx, err))
	}
	if n > f.opts.MaxBodySize {
		return nil, fmt.Errorf("%w: more than %d bytes after decompression", ErrTooLarge, f.opts.MaxBodySize)
	}
	res.body = buf.Bytes()
	return res, nil
}

// causeOf replaces a context error caused by one of our own deadlines with
// the sentinel that says which deadline it was.
func causeOf(ctx context.Context, err error) error {
	if ctx.Err() == nil {
		return err
	}
	if cause := context.Cause(ctx); errors.Is(cause, ErrTimeout) || errors.Is(cause, ErrStalled) {
		return cause
	}
	return err
}

// stallReader re-arms the stall timer after every read that made progress,
// so a server that stops sending (or trickles slower than one read per
// ReadTimeout) is cut off.
type stallReader struct {
	r     io.Reader
	timer *time.Timer
	d     time.Duration
}

func (s *stallReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if n > 0 {
		s.timer.Reset(s.d)
	}
	return n, err
}

// parseHTTPURL parses an absolute http(s) URL.
func parseHTTPURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, ErrBadURL
	}
	u.Fragment = ""
	return u, nil
}

// hostKey identifies a host for politeness and robots: scheme, host and port.
func hostKey(u *url.URL) string {
	return strings.ToLower(u.Scheme + "://" + u.Host)
}

// robotsCache holds one Robots per host, fetched once and kept until it
// expires. Concurrent first requests to a host wait for a single fetch.
type robotsCache struct {
	f  *Fetcher
	mu sync.Mutex
	m  map[string]*robotsEntry
}

type robotsEntry struct {
	ready   chan struct{}
	robots  *Robots
	err     error // ErrRobotsUnreachable-wrapped when the fetch failed
	expires time.Time
}

func newRobotsCache(f *Fetcher) *robotsCache {
	return &robotsCache{f: f, m: map[string]*robotsEntry{}}
}

// check returns nil when u may be fetched, else an error wrapping
// ErrDisallowed or ErrRobotsUnreachable.
func (c *robotsCache) check(ctx context.Context, u *url.URL) error {
	if c.f.opts.IgnoreRobots {
		return nil
	}
	e, err := c.get(ctx, u)
	if err != nil {
		return err
	}
	if e.err != nil {
		return e.err
	}
	if !e.robots.Allowed(u) {
		return fmt.Errorf("%w: %s", ErrDisallowed, u.EscapedPath())
	}
	return nil
}

// get returns the cache entry for u's host, fetching robots.txt if needed.
func (c *robotsCache) get(ctx context.Context, u *url.URL) (*robotsEntry, error) {
	host := hostKey(u)
	c.mu.Lock()
	e := c.m[host]
	if e != nil {
		select {
		case <-e.ready:
			if c.f.opts.Now().After(e.expires) {
				e = nil
			}
		default:
		}
	}
	if e == nil {
		e = &robotsEntry{ready: make(chan struct{})}
		c.m[host] = e
		c.mu.Unlock()
		c.load(ctx, host, e)
		close(e.ready)
		return e, nil
	}
	c.mu.Unlock()
	select {
	case <-e.ready:
		return e, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// load fetches and parses host's robots.txt into e, applying RFC 9309
// §2.3.1: 2xx is parsed; 4xx means no restrictions; 5xx, 429 and network
// failure mean complete disallow, kept only for a short time.
func (c *robotsCache) load(ctx context.Context, host string, e *robotsEntry) {
	now := c.f.opts.Now()
	e.expires = now.Add(c.f.opts.RobotsTTL)
	resp, err := c.f.fetch(ctx, host+"/robots.txt", Validators{}, "robots")
	var se *StatusError
	switch {
	case err == nil:
		e.robots = ParseRobots(resp.Body, c.f.opts.UserAgent)
		if e.robots.CrawlDelay > 0 {
			c.f.polite.setCrawlDelay(host, e.robots.CrawlDelay)
		}
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != http.StatusTooManyRequests:
		e.robots = AllowAll()
	case errors.Is(err, ErrTooLarge):
		// The RFC lets a crawler stop parsing past its size limit; the
		// fetch keeps no part of an oversize body, and fetching again for a
		// prefix is not worth it, so an oversize file counts as empty.
		e.robots = AllowAll()
	case se != nil:
		e.robots = DisallowAll()
		e.err = fmt.Errorf("%w (%w)", ErrRobotsUnreachable, err)
		e.expires = now.Add(min(c.f.opts.RobotsTTL, 10*time.Minute))
	default:
		// No answer at all: say so first, as the host is what is down.
		e.robots = DisallowAll()
		e.err = fmt.Errorf("host %s unreachable (%w): %w", host, err, ErrRobotsUnreachable)
		e.expires = now.Add(min(c.f.opts.RobotsTTL, 10*time.Minute))
	}
	if ctx.Err() != nil {
		// A cancelled fetch says nothing about the host; do not cache it.
		e.expires = now
	}
}
