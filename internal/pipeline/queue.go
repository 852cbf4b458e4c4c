package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/storyline-dev/storyline/internal/document"
)

// This file is the contract between the stages and a job queue that spreads
// work over processes and machines (internal/jetstream implements it over
// NATS JetStream). The model is at-least-once delivery with explicit
// acknowledgement, after benthos' Input.Read/AckFunc: a job is handed to a
// consumer, and stays owned by the queue until the consumer acknowledges it.
// A job that is not acknowledged in time, or whose consumer dies, is handed
// out again, so every job must be safe to run twice: the store's writes are
// idempotent by content hash.

// JobKind says what a worker must do with a Job.
type JobKind string

const (
	// JobExtract carries a page in Body: the worker extracts a Document from
	// it (as HTML, or as text when Format is "text") and stores it.
	JobExtract JobKind = "extract"
	// JobDocument carries an already extracted Document in Doc (from Document
	// JSONL input): the worker stores and analyses it.
	JobDocument JobKind = "document"
	// JobFetch names an article page's URL in URL: the worker fetches it
	// politely (robots.txt, a per-host rate limit) and then handles it as
	// a JobExtract. ID is the URL as announced (by a feed, a sitemap or a
	// URL list) and Source the SOURCE it was reached from; feeds and
	// sitemaps are expanded into fetch jobs by the publisher.
	JobFetch JobKind = "fetch"
)

// Job is one unit of work on a Queue. Its JSON form (version 1) is how jobs
// are shown and kept outside the queue, for example in dead letters; a
// queue may carry them differently (internal/jetstream sends a page as the
// raw message body):
//
//	{"v":1, "kind":"extract", "id":"page", "source":"pages/page.html",
//	 "url":"https://...", "content_type":"text/html; charset=utf-8",
//	 "format":"html", "body":"<base64 of the raw page>"}
//	{"v":1, "kind":"document", "id":"...", "source":"docs.jsonl", "doc":{Document}}
//	{"v":1, "kind":"fetch", "id":"https://...", "source":"https://.../feed.xml", "url":"https://..."}
//
// A page travels inside the job rather than as a path, so that a worker
// needs no shared file system with the publisher; a queue may refuse a job
// whose page is too large (ErrTooLarge).
type Job struct {
	// Version is the wire format version; 0 or 1 both mean 1.
	Version int `json:"v"`
	// Kind says what to do; see JobKind.
	Kind JobKind `json:"kind"`
	// ID is the document id (CONTRACT.md): a file's base name without
	// extension, a WARC record's target URI, a JSONL record's id.
	ID string `json:"id"`
	// Source is the path or URL the input was read from.
	Source string `json:"source"`
	// URL is the page's URL when known.
	URL string `json:"url,omitempty"`
	// ContentType is the declared media type of Body, which may name a charset.
	ContentType string `json:"content_type,omitempty"`
	// Format is "html" (the default) or "text" for JobExtract.
	Format string `json:"format,omitempty"`
	// Body is the raw page for JobExtract.
	Body []byte `json:"body,omitempty"`
	// BodyGzip, when set on a received job, is Body as the queue carried
	// it: one gzip stream that decompresses to exactly Body (the queue
	// decompressed it to fill Body). It is the format store.DecompressPage
	// reads, so a worker stores it as the page's compressed copy
	// (indexer.Page.RawGzip) instead of compressing Body again. Publishers
	// leave it empty; it is not sent and not part of Key.
	BodyGzip []byte `json:"-"`
	// Doc is the Document for JobDocument.
	Doc *document.Document `json:"doc,omitempty"`

	// Attempt is set by the queue on a received job: 1 on its first
	// delivery, 2 on the first redelivery, and so on. It is not sent.
	Attempt int `json:"-"`
}

// Validate reports whether j is well formed for its kind.
func (j Job) Validate() error {
	switch j.Kind {
	case JobExtract:
		if j.Format != "" && j.Format != "html" && j.Format != "text" {
			return fmt.Errorf("job %q: unknown format %q", j.Source, j.Format)
		}
	case JobDocument:
		if j.Doc == nil {
			return fmt.Errorf("job %q: kind document without doc", j.Source)
		}
	case JobFetch:
		if j.URL == "" {
			return fmt.Errorf("job %q: kind fetch without url", j.Source)
		}
	default:
		return fmt.Errorf("job %q: unknown kind %q", j.Source, j.Kind)
	}
	if j.Version > 1 {
		return fmt.Errorf("job %q: wire version %d is newer than this worker understands", j.Source, j.Version)
	}
	return nil
}

// Key is the job's idempotency key: a SHA-256 over its kind, identity and
// content, in hex. Publishing the same input twice gives the same key, so a
// queue can drop the second copy; a changed page gives a new key. A fetch
// job's key is its URL's alone, so that an article announced by two feeds,
// or by a feed and a URL list, is fetched once.
func (j Job) Key() string {
	h := sha256.New()
	fields := []string{string(j.Kind), j.ID, j.Source, j.URL, j.Format, j.ContentType}
	if j.Kind == JobFetch {
		fields = []string{string(j.Kind), j.URL}
	}
	for _, s := range fields {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write(j.Body)
	if j.Doc != nil {
		b, _ := json.Marshal(j.Doc) // a Document always marshals
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// AckFunc settles a received job; it must be called exactly once per job.
//
// With err == nil the job is done and the queue forgets it. With a permanent
// error (see Permanent) the job is moved to the queue's dead letters at once,
// with err's text kept beside it. With any other error the job is handed out
// again later, after a delay that grows with each attempt, until the queue's
// delivery limit is reached; it then goes to the dead letters too.
//
// AckFunc returns an error when the queue could not record the outcome (for
// example the connection is down); the job will then be redelivered, which
// is safe because jobs are idempotent. Calling it twice returns ErrSettled.
type AckFunc func(ctx context.Context, err error) error

// Publisher puts jobs on a queue.
type Publisher interface {
	// Publish hands j to the queue and returns once the queue has durably
	// accepted it, or ctx is done. Publishing a job whose Key the queue has
	// seen recently succeeds without adding a second copy. Publish retries
	// transient failures (a reconnecting connection) until ctx is done. It
	// returns an error wrapping ErrTooLarge when j cannot be carried, and
	// ErrClosed after Close. It is safe for concurrent use.
	Publish(ctx context.Context, j Job) error
}

// Receiver takes jobs off a queue.
type Receiver interface {
	// Receive blocks until a job is available, ctx is done (it then returns
	// ctx.Err()), or the queue is closed (ErrClosed). The returned Job is
	// owned by the caller; the AckFunc must be called once the job has been
	// handled, successfully or not. Until then the queue keeps the job
	// reserved for this receiver, extending the reservation while the
	// receiver is alive. Connection losses are retried inside Receive and are
	// not returned. Jobs that cannot be decoded go to the dead letters
	// without being returned. It is safe for concurrent use: run one
	// Receive loop per worker goroutine.
	Receive(ctx context.Context) (Job, AckFunc, error)
}

// Queue is a durable, at-least-once job queue shared by publishers and any
// number of workers.
type Queue interface {
	Publisher
	Receiver
	// Close releases the queue's connection; jobs received and not yet
	// acknowledged are handed out again to other receivers.
	Close() error
}

var (
	// ErrClosed is returned by a Queue's methods after Close.
	ErrClosed = errors.New("queue closed")
	// ErrTooLarge means a job is larger than the queue can carry.
	ErrTooLarge = errors.New("job too large for the queue")
	// ErrSettled is returned by an AckFunc called a second time.
	ErrSettled = errors.New("job already acknowledged")
)

// permanentError marks an error that retrying will not cure.
type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }
func (e permanentError) Unwrap() error { return e.err }

// Permanent marks err as permanent: the input itself is bad (undecodable,
// unsupported, empty), so retrying it cannot succeed and an AckFunc sends the
// job straight to the dead letters. Permanent(nil) is nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanentError{err}
}

// IsPermanent reports whether err, or an error it wraps, was marked with
// Permanent.
func IsPermanent(err error) bool {
	var p permanentError
	return errors.As(err, &p)
}
