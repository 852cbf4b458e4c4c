package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/storyline-dev/storyline/internal/crawl"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/jetstream"
	"github.com/storyline-dev/storyline/internal/pipeline"
)

// publishInFlight is how many publishes wait for their acknowledgement at
// once.
const publishInFlight = 64

// publishSummary counts what a queued ingest published.
type publishSummary struct {
	published, failed int
	elapsed           time.Duration
}

// openQueue opens the job queue named by --queue (nats://HOST:PORT, with an
// optional ?name=NAME).
func (e *env) openQueue(ctx context.Context, queueURL string, opts jetstream.Options) (*jetstream.Queue, error) {
	if !strings.HasPrefix(queueURL, "nats://") && !strings.HasPrefix(queueURL, "tls://") {
		return nil, fmt.Errorf("--queue %q: want nats://HOST:PORT", queueURL)
	}
	// ?name=NAME keeps a separate set of streams for one deployment or
	// benchmark: streams NAME_JOBS and NAME_DEAD, subjects name.jobs.* and
	// name.dead, consumer name-workers.
	if i := strings.IndexByte(queueURL, '?'); i >= 0 {
		v, err := url.ParseQuery(queueURL[i+1:])
		if err != nil {
			return nil, fmt.Errorf("--queue %q: %w", queueURL, err)
		}
		queueURL = queueURL[:i]
		if n := v.Get("name"); n != "" {
			named, err := jetstream.Named(n)
			if err != nil {
				return nil, fmt.Errorf("--queue %q: %w", queueURL, err)
			}
			opts.Stream, opts.DeadStream = named.Stream, named.DeadStream
			opts.Subject, opts.DeadSubject, opts.Consumer = named.Subject, named.DeadSubject, named.Consumer
		}
	}
	opts.URL = queueURL
	if opts.Logger == nil {
		opts.Logger = e.log
	}
	q, err := jetstream.Open(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("open queue: %w", err)
	}
	return q, nil
}

// jobOf turns one ingested item into a job; it returns an error for an
// input that cannot travel as a job (an unreadable file).
func jobOf(it ingest.Item) (pipeline.Job, error) {
	if it.Err != nil {
		return pipeline.Job{}, it.Err
	}
	j := pipeline.Job{ID: it.ID, Source: it.Source, URL: it.URL, ContentType: it.ContentType}
	switch it.Kind {
	case ingest.KindDocument:
		j.Kind, j.Doc = pipeline.JobDocument, it.Doc
	case ingest.KindText:
		j.Kind, j.Format, j.Body = pipeline.JobExtract, "text", it.Body
	default:
		j.Kind, j.Format, j.Body = pipeline.JobExtract, "html", it.Body
	}
	return j, nil
}

// publishSources reads every source as ingest does and publishes one job per
// page or document on the queue, returning once JetStream has accepted all
// of them: a page or extract job for each local input, a fetch job for each
// article page reached from a URL source (queue_fetch.go). An input that
// cannot be read or published is reported and counted, and publishing goes
// on.
func (e *env) publishSources(ctx context.Context, q pipeline.Publisher, sources []string, co crawl.Options, progress io.Writer) (publishSummary, error) {
	var sum publishSummary
	start := time.Now()
	lastReport := start
	sources, urls := splitSources(sources)
	var err error
	if len(sources) > 0 {
		err = e.publishFiles(ctx, q, sources, &sum, progress, &lastReport)
	}
	if err == nil && len(urls) > 0 {
		err = e.publishURLSources(ctx, q, urls, co, &sum)
	}
	sum.elapsed = time.Since(start)
	if err != nil {
		return sum, err
	}
	fmt.Fprintf(progress, "ingest: done, %d jobs accepted by the queue, %d inputs failed (%s)\n",
		sum.published, sum.failed, sum.elapsed.Round(time.Millisecond))
	return sum, nil
}

// publishFiles publishes a job for each page or document read from the
// local sources.
func (e *env) publishFiles(ctx context.Context, q pipeline.Publisher, sources []string, sum *publishSummary, progress io.Writer, lastReport *time.Time) error {
	// Publishes wait for JetStream's acknowledgement; publishInFlight of
	// them run at once so that the round trips overlap.
	type outcome struct {
		it  ingest.Item
		err error
	}
	ids := fileIDs{}
	return pipeline.Ordered(ctx, publishInFlight,
		func(yield func(ingest.Item) error) error {
			return ingest.Walk(ctx, sources, ingest.Options{Stdin: e.stdin}, func(it ingest.Item) error {
				return yield(ids.check(it))
			})
		},
		func(it ingest.Item) outcome {
			j, err := jobOf(it)
			if err == nil {
				err = q.Publish(ctx, j)
			}
			it.Body, it.Doc = nil, nil // not needed any more
			return outcome{it, err}
		},
		func(o outcome) error {
			switch {
			case o.err == nil:
				sum.published++
			case ctx.Err() != nil || errors.Is(o.err, pipeline.ErrClosed):
				return o.err
			default:
				sum.failed++
				e.log.Warn("input not queued", "id", o.it.ID, "source", o.it.Source, "error", o.err)
			}
			if now := time.Now(); now.Sub(*lastReport) >= time.Second {
				*lastReport = now
				fmt.Fprintf(progress, "ingest: %d queued, %d failed\n", sum.published, sum.failed)
			}
			return nil
		})
}

// ingestQueued is ingest --queue: it publishes the sources as jobs and
// returns once JetStream has accepted them all.
func (e *env) ingestQueued(ctx context.Context, queueURL string, sources []string, co crawl.Options, quiet bool) error {
	q, err := e.openQueue(ctx, queueURL, jetstream.Options{Name: "storyline-ingest", PublishOnly: true})
	if err != nil {
		return err
	}
	defer q.Close()
	progress := e.stderr
	if quiet {
		progress = io.Discard
	}
	sum, err := e.publishSources(ctx, q, sources, co, progress)
	if err != nil {
		return err
	}
	if sum.published == 0 && sum.failed > 0 {
		return errNothingProcessed
	}
	return nil
}
