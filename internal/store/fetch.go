package store

import (
	"context"
	"time"
)

// Fetch is one HTTP fetch made while ingesting URL sources — an article, a
// feed, a sitemap or a robots.txt — kept so that every stored page can be
// traced to the request that produced it, and failures can be read later.
type Fetch struct {
	URL         string        `json:"url"`
	FinalURL    string        `json:"final_url"`
	Purpose     string        `json:"purpose"` // robots, feed, sitemap, source, page
	Status      int           `json:"status"`  // 0 when no response arrived
	NotModified bool          `json:"not_modified"`
	Bytes       int64         `json:"bytes"`
	Attempts    int           `json:"attempts"`
	Started     time.Time     `json:"started"`
	Duration    time.Duration `json:"duration_ns"`
	Error       string        `json:"error,omitempty"`
}

// FetchLog is implemented by stores that keep the fetch log. Like
// EventStore it is not part of Store: callers check for it.
type FetchLog interface {
	// RecordFetch appends one fetch to the log.
	RecordFetch(ctx context.Context, f Fetch) error
	// Fetches returns the logged fetches of url (requested or final URL),
	// newest first, at most limit of them (all when limit <= 0).
	Fetches(ctx context.Context, url string, limit int) ([]Fetch, error)
}
