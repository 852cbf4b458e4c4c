package crawl

import (
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"testing"
	"time"
)

// testServer is a loopback HTTP server that records every request it gets.
type testServer struct {
	*httptest.Server
	mu   sync.Mutex
	reqs []seenRequest
}

// seenRequest is one request as the server saw it.
type seenRequest struct {
	path   string
	at     time.Time
	header http.Header
}

// newTestServer starts a server on 127.0.0.1 serving mux; it is closed when
// the test ends.
func newTestServer(t *testing.T, mux http.Handler) *testServer {
	t.Helper()
	return newTestServerTB(t, mux)
}

// newTestServerTB is newTestServer for tests and benchmarks.
func newTestServerTB(t testing.TB, mux http.Handler) *testServer {
	t.Helper()
	s := &testServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.reqs = append(s.reqs, seenRequest{path: r.URL.RequestURI(), at: time.Now(), header: r.Header.Clone()})
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// paths returns the request paths in arrival order.
func (s *testServer) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, len(s.reqs))
	for i, r := range s.reqs {
		out[i] = r.path
	}
	return out
}

// requests returns a copy of the recorded requests.
func (s *testServer) requests() []seenRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]seenRequest(nil), s.reqs...)
}

// count returns how often path was requested.
func (s *testServer) count(path string) int {
	n := 0
	for _, p := range s.paths() {
		if p == path {
			n++
		}
	}
	return n
}

// minGap returns the smallest time between two consecutive request
// arrivals, and the number of requests.
func (s *testServer) minGap() (time.Duration, int) {
	reqs := s.requests()
	sort.Slice(reqs, func(i, j int) bool { return reqs[i].at.Before(reqs[j].at) })
	gap := time.Duration(1<<62 - 1)
	for i := 1; i < len(reqs); i++ {
		if d := reqs[i].at.Sub(reqs[i-1].at); d < gap {
			gap = d
		}
	}
	return gap, len(reqs)
}

// testOptions are fast options for tests: short intervals and backoffs.
func testOptions() Options {
	return Options{
		UserAgent:      "storyline/test (+https://example.invalid/contact)",
		HostInterval:   time.Millisecond,
		RetryBase:      10 * time.Millisecond,
		RetryMax:       50 * time.Millisecond,
		MaxRetries:     2,
		RequestTimeout: 5 * time.Second,
		ReadTimeout:    2 * time.Second,
	}
}
