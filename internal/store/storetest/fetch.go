package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/store"
)

// testFetchLog checks the fetch log of backends that keep one: fetches come
// back newest first, found by requested or final URL, with every field.
func testFetchLog(t *testing.T, s store.Store) {
	log, ok := s.(store.FetchLog)
	if !ok {
		t.Skip("backend keeps no fetch log")
	}
	ctx := context.Background()
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	fetches := []store.Fetch{
		{URL: "http://a.example/1", FinalURL: "http://a.example/one", Purpose: "page", Status: 200,
			Bytes: 1234, Attempts: 2, Started: t0, Duration: 250 * time.Millisecond},
		{URL: "http://a.example/1", FinalURL: "http://a.example/one", Purpose: "page", Status: 304,
			NotModified: true, Attempts: 1, Started: t0.Add(time.Hour), Duration: 10 * time.Millisecond},
		{URL: "http://b.example/feed", Purpose: "feed", Started: t0, Error: "http://b.example/feed: timeout"},
	}
	for _, f := range fetches {
		if err := log.RecordFetch(ctx, f); err != nil {
			t.Fatalf("RecordFetch(%s): %v", f.URL, err)
		}
	}
	tests := []struct {
		url   string
		limit int
		want  []store.Fetch
	}{
		{"http://a.example/1", 0, []store.Fetch{fetches[1], fetches[0]}},
		{"http://a.example/one", 1, []store.Fetch{fetches[1]}},
		{"http://b.example/feed", 0, []store.Fetch{fetches[2]}},
		{"http://c.example/", 0, []store.Fetch{}},
	}
	for _, tt := range tests {
		got, err := log.Fetches(ctx, tt.url, tt.limit)
		if err != nil {
			t.Fatalf("Fetches(%s): %v", tt.url, err)
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
			t.Errorf("Fetches(%q, %d) (-want +got):\n%s", tt.url, tt.limit, diff)
		}
	}
}
