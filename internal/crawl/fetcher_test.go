package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// gzipOf compresses n zero bytes: a gzip bomb when n is large.
func gzipOf(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	chunk := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, len(chunk))
		if _, err := zw.Write(chunk[:k]); err != nil {
			t.Fatal(err)
		}
		n -= k
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// waitOrDone sleeps d unless the client goes away first.
func waitOrDone(r *http.Request, d time.Duration) bool {
	select {
	case <-time.After(d):
		return true
	case <-r.Context().Done():
		return false
	}
}

func TestFetchFailures(t *testing.T) {
	bomb := gzipOf(t, 24<<20) // 24 MiB of zeros in about 24 KiB
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<p>fine</p>") })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) })
	mux.HandleFunc("/private/page", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { waitOrDone(r, 10*time.Second) })
	mux.HandleFunc("/loris", func(w http.ResponseWriter, r *http.Request) {
		// Slow-loris: headers at once, then one byte every 100ms, forever.
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		for waitOrDone(r, 100*time.Millisecond) {
			w.Write([]byte("x"))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/stall", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("<html><body>partial"))
		w.(http.Flusher).Flush()
		waitOrDone(r, 10*time.Second)
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		w.Write(bomb)
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/chain/"), "%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/later", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	srv := newTestServer(t, mux)

	opts := testOptions()
	opts.RequestTimeout = 600 * time.Millisecond
	opts.ReadTimeout = 300 * time.Millisecond
	opts.MaxBodySize = 1 << 20
	opts.MaxRedirects = 3
	opts.MaxRetries = 1
	f := NewFetcher(opts)

	tests := []struct {
		path     string
		want     error // sentinel, or nil for a StatusError
		status   int
		attempts int
	}{
		{path: "/missing", status: 404, attempts: 1},
		{path: "/broken", status: 500, attempts: 2},
		{path: "/private/page", want: ErrDisallowed, attempts: 0},
		{path: "/slow", want: ErrStalled, attempts: 2}, // no headers within ReadTimeout
		{path: "/loris", want: ErrTimeout, attempts: 2},
		{path: "/stall", want: ErrStalled, attempts: 2},
		{path: "/bomb", want: ErrTooLarge, attempts: 1},
		{path: "/loop/a", want: ErrRedirectLoop, attempts: 2},
		{path: "/chain/0", want: ErrTooManyRedirects, attempts: 4},
		{path: "/later", want: ErrRetryAfterTooLong, attempts: 1},
	}
	// All failures are fetched concurrently, with a good URL among them:
	// no failure may stop or delay the others beyond its own limits.
	var wg sync.WaitGroup
	errs := make([]error, len(tests))
	resps := make([]*Response, len(tests))
	for i, tc := range tests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resps[i], errs[i] = f.Fetch(t.Context(), srv.URL+tc.path, Validators{})
		}()
	}
	okResp, okErr := f.Fetch(t.Context(), srv.URL+"/ok", Validators{})
	wg.Wait()
	if okErr != nil || string(okResp.Body) != "<p>fine</p>" {
		t.Errorf("Fetch(/ok) = %q, %v; want the page", okResp.Body, okErr)
	}
	for i, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			err := errs[i]
			if err == nil {
				t.Fatalf("Fetch(%s) succeeded; want an error", tc.path)
			}
			if !strings.Contains(err.Error(), srv.URL+tc.path) {
				t.Errorf("error %q does not name the URL", err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("Fetch(%s) error = %v; want %v", tc.path, err, tc.want)
			}
			var se *StatusError
			if tc.status != 0 && (!errors.As(err, &se) || se.Code != tc.status) {
				t.Errorf("Fetch(%s) error = %v; want status %d", tc.path, err, tc.status)
			}
			rec := resps[i].Record
			if rec.Err == nil || rec.URL != srv.URL+tc.path || rec.Attempts != tc.attempts {
				t.Errorf("record = %+v; want Err set, URL %s, %d attempts", rec, srv.URL+tc.path, tc.attempts)
			}
			if resps[i].Body != nil {
				t.Errorf("Body = %q; want nil on error", resps[i].Body)
			}
		})
	}
	if n := srv.count("/private/page"); n != 0 {
		t.Errorf("disallowed path requested %d times", n)
	}
	if n := srv.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt requested %d times; want 1", n)
	}
}

func TestRobotsUnreachable(t *testing.T) {
	tests := []struct {
		name   string
		robots func(w http.ResponseWriter, r *http.Request)
		want   error // nil means the page is fetched
	}{
		{"404 allows all", http.NotFound, nil},
		{"403 allows all", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(403) }, nil},
		{"500 disallows all", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) }, ErrRobotsUnreachable},
		{"redirected robots", func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Get("moved") == "" {
				http.Redirect(w, r, "/robots.txt?moved=1", http.StatusMovedPermanently)
				return
			}
			fmt.Fprint(w, "User-agent: storyline\nDisallow: /page\n")
		}, ErrDisallowed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mux := http.NewServeMux()
			mux.HandleFunc("/robots.txt", tc.robots)
			mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello") })
			srv := newTestServer(t, mux)
			f := NewFetcher(testOptions())
			_, err := f.Fetch(t.Context(), srv.URL+"/page", Validators{})
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("Fetch(/page) error = %v; want %v", err, tc.want)
			}
			if got, want := srv.count("/page"), map[bool]int{true: 1, false: 0}[tc.want == nil]; got != want {
				t.Errorf("/page requested %d times; want %d", got, want)
			}
		})
	}
}

// TestHostDown: when a host answers nothing at all, the error says the
// host is unreachable first, and still wraps ErrRobotsUnreachable.
func TestHostDown(t *testing.T) {
	srv := newTestServer(t, http.NewServeMux())
	url := srv.URL
	srv.Close()
	opts := testOptions()
	opts.MaxRetries = 0
	opts.NoRetries = true
	_, err := NewFetcher(opts).Fetch(t.Context(), url+"/page", Validators{})
	if !errors.Is(err, ErrRobotsUnreachable) || !strings.Contains(err.Error(), "host "+url+" unreachable (") {
		t.Errorf("Fetch from a closed server: %v; want it to say the host is unreachable", err)
	}
}

func TestRateLimit(t *testing.T) {
	tests := []struct {
		name     string
		interval time.Duration
		robots   string
		perHost  int
		wantGap  time.Duration
	}{
		{"host interval", 200 * time.Millisecond, "", 4, 200 * time.Millisecond},
		{"crawl-delay wins", 20 * time.Millisecond, "User-agent: *\nCrawl-delay: 0.3\n", 4, 300 * time.Millisecond},
		{"one per host", 100 * time.Millisecond, "", 1, 100 * time.Millisecond},
	}
	// Arrival times are taken on the server, after the request crossed the
	// loopback; scheduling on a loaded machine can bring two arrivals a
	// little closer than their starts, hence the tolerance. Only a lower
	// bound is asserted: a slow machine may space requests further.
	const tolerance = 25 * time.Millisecond
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mux := http.NewServeMux()
			mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
				if tc.robots == "" {
					http.NotFound(w, r)
					return
				}
				fmt.Fprint(w, tc.robots)
			})
			mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "page") })
			srv := newTestServer(t, mux)
			opts := testOptions()
			opts.HostInterval = tc.interval
			opts.PerHostConcurrency = tc.perHost
			f := NewFetcher(opts)
			var wg sync.WaitGroup
			for i := range 5 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := f.Fetch(t.Context(), fmt.Sprintf("%s/p%d", srv.URL, i), Validators{}); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
			gap, n := srv.minGap()
			if n != 6 { // robots.txt + 5 pages
				t.Fatalf("server saw %d requests; want 6", n)
			}
			if gap < tc.wantGap-tolerance {
				t.Errorf("closest requests %v apart; want at least %v", gap, tc.wantGap)
			}
			t.Logf("min gap %v (limit %v)", gap, tc.wantGap)
		})
	}
}

func TestConcurrencyLimits(t *testing.T) {
	var inFlight, maxInFlight atomic.Int64
	perServer := make([]atomic.Int64, 3)
	perServerMax := make([]atomic.Int64, 3)
	var servers []*testServer
	for i := range 3 {
		mux := http.NewServeMux()
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			n := inFlight.Add(1)
			k := perServer[i].Add(1)
			for m := maxInFlight.Load(); n > m && !maxInFlight.CompareAndSwap(m, n); m = maxInFlight.Load() {
			}
			for m := perServerMax[i].Load(); k > m && !perServerMax[i].CompareAndSwap(m, k); m = perServerMax[i].Load() {
			}
			waitOrDone(r, 100*time.Millisecond)
			perServer[i].Add(-1)
			inFlight.Add(-1)
		})
		servers = append(servers, newTestServer(t, mux))
	}
	opts := testOptions()
	opts.PerHostConcurrency = 2
	opts.Concurrency = 3
	f := NewFetcher(opts)
	var wg sync.WaitGroup
	for _, srv := range servers {
		for i := range 6 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := f.Fetch(t.Context(), fmt.Sprintf("%s/p%d", srv.URL, i), Validators{}); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
	if got := maxInFlight.Load(); got > 3 {
		t.Errorf("max requests in flight = %d; want <= 3 (Concurrency)", got)
	}
	for i := range perServerMax {
		if got := perServerMax[i].Load(); got > 2 {
			t.Errorf("server %d: max in flight = %d; want <= 2 (PerHostConcurrency)", i, got)
		}
	}
}

func TestConditionalGet(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Wed, 21 Oct 2015 07:28:00 GMT"
	mux := http.NewServeMux()
	mux.HandleFunc("/etag", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		fmt.Fprint(w, "etag body")
	})
	mux.HandleFunc("/lastmod", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", lastMod)
		fmt.Fprint(w, "lastmod body")
	})
	srv := newTestServer(t, mux)
	tests := []struct {
		path string
		want Validators
	}{
		{"/etag", Validators{ETag: etag}},
		{"/lastmod", Validators{LastModified: lastMod}},
	}
	f := NewFetcher(testOptions())
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			first, err := f.Fetch(t.Context(), srv.URL+tc.path, Validators{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, first.Validators); diff != "" {
				t.Errorf("validators (-want +got):\n%s", diff)
			}
			if first.Record.NotModified || len(first.Body) == 0 {
				t.Errorf("first fetch: NotModified=%v body=%q; want a full body", first.Record.NotModified, first.Body)
			}
			second, err := f.Fetch(t.Context(), srv.URL+tc.path, first.Validators)
			if err != nil {
				t.Fatal(err)
			}
			if !second.Record.NotModified || second.Body != nil || second.Record.Status != 304 {
				t.Errorf("second fetch: record %+v body %q; want 304 not modified, no body", second.Record, second.Body)
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		name       string
		retryAfter string
		status     int
		wantGap    time.Duration
	}{
		{"429 seconds", "1", http.StatusTooManyRequests, time.Second},
		{"503 http-date", "", http.StatusServiceUnavailable, time.Second}, // filled in below
		{"500 backoff only", "", http.StatusInternalServerError, 10 * time.Millisecond / 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int64
			mux := http.NewServeMux()
			mux.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) == 1 {
					ra := tc.retryAfter
					if tc.name == "503 http-date" {
						ra = time.Now().Add(2 * time.Second).UTC().Format(http.TimeFormat)
					}
					if ra != "" {
						w.Header().Set("Retry-After", ra)
					}
					w.WriteHeader(tc.status)
					return
				}
				fmt.Fprint(w, "ok")
			})
			srv := newTestServer(t, mux)
			f := NewFetcher(testOptions())
			resp, err := f.Fetch(t.Context(), srv.URL+"/x", Validators{})
			if err != nil {
				t.Fatal(err)
			}
			if resp.Record.Attempts != 2 || string(resp.Body) != "ok" {
				t.Errorf("record %+v body %q; want 2 attempts and the body", resp.Record, resp.Body)
			}
			var at []time.Time
			for _, r := range srv.requests() {
				if r.path == "/x" {
					at = append(at, r.at)
				}
			}
			if len(at) != 2 {
				t.Fatalf("server saw %d requests for /x; want 2", len(at))
			}
			// An HTTP-date has one-second resolution, so allow up to 1s less.
			want := tc.wantGap
			if gap := at[1].Sub(at[0]); gap < want-20*time.Millisecond {
				t.Errorf("retry came %v after the first request; want at least %v", gap, want)
			}
		})
	}
}

func TestFetchCancelled(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { waitOrDone(r, 10*time.Second) })
	srv := newTestServer(t, mux)
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := NewFetcher(testOptions()).Fetch(ctx, srv.URL+"/slow", Validators{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Fetch with cancelled ctx: error %v; want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Fetch returned after %v; want soon after cancellation", d)
	}
}

func TestBadURL(t *testing.T) {
	for _, raw := range []string{"ftp://example.invalid/x", "/relative", "http://", "::"} {
		resp, err := NewFetcher(testOptions()).Fetch(t.Context(), raw, Validators{})
		if !errors.Is(err, ErrBadURL) || resp.Record.Attempts != 0 {
			t.Errorf("Fetch(%q) = %+v, %v; want ErrBadURL without a request", raw, resp.Record, err)
		}
	}
}

func TestRedirectObeysTargetRobots(t *testing.T) {
	other := http.NewServeMux()
	other.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: storyline\nDisallow: /closed\n")
	})
	other.HandleFunc("/closed", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "no") })
	target := newTestServer(t, other)
	mux := http.NewServeMux()
	mux.HandleFunc("/go", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/closed", http.StatusFound)
	})
	srv := newTestServer(t, mux)
	resp, err := NewFetcher(testOptions()).Fetch(t.Context(), srv.URL+"/go", Validators{})
	if !errors.Is(err, ErrDisallowed) {
		t.Fatalf("Fetch(/go) error = %v; want ErrDisallowed from the redirect target's robots.txt", err)
	}
	if n := target.count("/closed"); n != 0 {
		t.Errorf("redirect target requested %d times; want 0", n)
	}
	if resp.Record.Attempts != 1 {
		t.Errorf("Attempts = %d; want 1 (the redirect)", resp.Record.Attempts)
	}
}
