package jetstream

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	// klauspost's gzip, not the standard library's: the same format, and
	// it inflates the aeb pages in 0.83 ms rather than 1.16 ms, on every
	// job a worker takes (docs/bench/scaleout.md).
	"github.com/klauspost/compress/gzip"
	"github.com/nats-io/nats.go"
	js "github.com/nats-io/nats.go/jetstream"

	"github.com/storyline-dev/storyline/internal/pipeline"
)

// Header names set on messages.
const (
	headerEncoding = "Storyline-Encoding"
	headerJob      = "Storyline-Job"
	compressAbove  = 32 << 10
	// publishTimeout bounds one attempt to publish; Publish retries after it.
	publishTimeout = 5 * time.Second
	// ackTimeout bounds the wait for the server's confirmation of an ack.
	ackTimeout = 5 * time.Second
	// maxDecoded bounds a decompressed job, against gzip bombs.
	maxDecoded = 256 << 20
)

// Options configures a Queue. The zero value of every field means the
// documented default.
type Options struct {
	// URL is the NATS server URL, or a comma-separated list of them
	// (default nats://127.0.0.1:4222).
	URL string
	// Name is the connection name shown by the server (default "storyline").
	Name string
	// Stream is the job stream (default STORYLINE_JOBS).
	Stream string
	// Subject is the job subject prefix; jobs go to Subject+"."+kind
	// (default storyline.jobs).
	Subject string
	// DeadStream is the dead-letter stream (default STORYLINE_DEAD).
	DeadStream string
	// DeadSubject is the dead-letter subject (default storyline.dead).
	DeadSubject string
	// Consumer is the durable consumer shared by all workers
	// (default storyline-workers).
	Consumer string
	// AckWait is how long a received job stays reserved for a receiver that
	// has stopped renewing it (default 30s).
	AckWait time.Duration
	// MaxDeliver is how many times a failing job is tried before it is
	// dead-lettered (default 5).
	MaxDeliver int
	// RetryDelay is the delay before the second attempt of a failed job;
	// it doubles with each further attempt (default 2s).
	RetryDelay time.Duration
	// MaxRetryDelay caps the retry delay (default 2m).
	MaxRetryDelay time.Duration
	// DuplicateWindow is how long the server remembers message ids to drop
	// re-published jobs (default 1h).
	DuplicateWindow time.Duration
	// Prefetch is how many jobs a Queue keeps pulled ahead of Receive, so
	// that the next job is usually in hand when a worker asks for it. They
	// are reserved for this process and count as delivered; their
	// reservations are renewed while they wait, as a running job's are, so
	// a long job does not let them expire and go to another worker. If the
	// process dies they come back after AckWait with one more delivery,
	// like the jobs it was running; Close gives them back at once.
	// Default 2.
	Prefetch int
	// PublishOnly opens the queue for publishing and inspection only: Open
	// does not create or reconfigure the shared consumer (whose AckWait and
	// MaxDeliver belong to the workers), and Receive fails.
	PublishOnly bool
	// Logger receives connection events and retries; nil discards them.
	Logger *slog.Logger `json:"-"`
}

func (o *Options) setDefaults() {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	defd := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.URL, nats.DefaultURL)
	def(&o.Name, "storyline")
	def(&o.Stream, "STORYLINE_JOBS")
	def(&o.Subject, "storyline.jobs")
	def(&o.DeadStream, "STORYLINE_DEAD")
	def(&o.DeadSubject, "storyline.dead")
	def(&o.Consumer, "storyline-workers")
	defd(&o.AckWait, 30*time.Second)
	defd(&o.RetryDelay, 2*time.Second)
	defd(&o.MaxRetryDelay, 2*time.Minute)
	defd(&o.DuplicateWindow, time.Hour)
	if o.MaxDeliver <= 0 {
		o.MaxDeliver = 5
	}
	if o.Prefetch <= 0 {
		o.Prefetch = 2
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// Queue is a pipeline.Queue over NATS JetStream. It is safe for concurrent
// use.
type Queue struct {
	opts     Options
	nc       *nats.Conn
	js       js.JetStream
	consumer js.Consumer
	closed   atomic.Bool
	// gzw and gzr reuse gzip writers and readers across jobs.
	gzw, gzr sync.Pool
	// pfMu guards pf, the prefetcher every Receive takes jobs from,
	// started by the first Receive.
	pfMu sync.Mutex
	pf   *prefetcher
	// doneMu guards done: the stream sequences of the jobs this process
	// settled lately (acknowledged or dead-lettered), so that a later
	// delivery of one of them is dropped, not run again or dead-lettered
	// as never settled (see Receive).
	doneMu sync.Mutex
	done   map[uint64]bool
}

// maxDone bounds Queue.done: it is cleared when it grows this big. A job
// expires and comes back well before so many later jobs are settled.
const maxDone = 4096

// settled records that the job at stream sequence seq was settled.
func (q *Queue) settled(seq uint64) {
	if seq == 0 {
		return
	}
	q.doneMu.Lock()
	defer q.doneMu.Unlock()
	if q.done == nil || len(q.done) >= maxDone {
		q.done = make(map[uint64]bool)
	}
	q.done[seq] = true
}

// wasSettled reports whether settled(seq) was called.
func (q *Queue) wasSettled(seq uint64) bool {
	q.doneMu.Lock()
	defer q.doneMu.Unlock()
	return q.done[seq]
}

var _ pipeline.Queue = (*Queue)(nil)

// Open connects to the server in opts.URL and makes sure the job stream,
// the dead-letter stream and the shared consumer exist with opts' settings.
func Open(ctx context.Context, opts Options) (*Queue, error) {
	opts.setDefaults()
	log := opts.Logger
	nc, err := nats.Connect(opts.URL,
		nats.Name(opts.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(500*time.Millisecond),
		nats.ReconnectJitter(250*time.Millisecond, time.Second),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected", "error", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) {
			log.Info("nats reconnected", "server", c.ConnectedUrlRedacted())
		}),
	)
	if err != nil {
		return nil, fmt.Errorf("connect to nats %s: %w", opts.URL, err)
	}
	q := &Queue{opts: opts, nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	j, err := js.New(q.nc)
	if err != nil {
		return fmt.Errorf("jetstream on %s: %w", q.opts.URL, err)
	}
	q.js = j
	o := q.opts
	if _, err := j.CreateOrUpdateStream(ctx, js.StreamConfig{
		Name:        o.Stream,
		Description: "storyline jobs (one message per input; deleted when a worker acknowledges it)",
		Subjects:    []string{o.Subject + ".>"},
		Retention:   js.WorkQueuePolicy,
		Storage:     js.FileStorage,
		Duplicates:  o.DuplicateWindow,
	}); err != nil {
		return fmt.Errorf("create stream %s: %w", o.Stream, err)
	}
	if _, err := j.CreateOrUpdateStream(ctx, js.StreamConfig{
		Name:        o.DeadStream,
		Description: "storyline jobs that failed for good, with their error",
		Subjects:    []string{o.DeadSubject},
		Retention:   js.LimitsPolicy,
		Storage:     js.FileStorage,
		Duplicates:  o.DuplicateWindow,
	}); err != nil {
		return fmt.Errorf("create stream %s: %w", o.DeadStream, err)
	}
	if o.PublishOnly {
		return nil
	}
	c, err := j.CreateOrUpdateConsumer(ctx, o.Stream, js.ConsumerConfig{
		Durable:       o.Consumer,
		Description:   "storyline workers",
		FilterSubject: o.Subject + ".>",
		AckPolicy:     js.AckExplicitPolicy,
		AckWait:       o.AckWait,
		// No limit on the server: the receiver enforces MaxDeliver itself
		// and dead-letters a job before dropping it (package doc), so a job
		// can never be left undelivered and unrecorded.
		MaxDeliver:    -1,
		DeliverPolicy: js.DeliverAllPolicy,
		MaxAckPending: 1000,
	})
	if err != nil {
		return fmt.Errorf("create consumer %s on %s: %w", o.Consumer, o.Stream, err)
	}
	q.consumer = c
	return nil
}

// Options returns the queue's options with defaults filled in.
func (q *Queue) Options() Options { return q.opts }

// Close closes the connection. Jobs received and not acknowledged are
// redelivered to other workers after AckWait; prefetched jobs not yet
// handed out are given back at once.
func (q *Queue) Close() error {
	if q.closed.Swap(true) {
		return nil
	}
	// Stop pulling and give back the prefetched jobs nobody took.
	q.pfMu.Lock()
	pf := q.pf
	q.pfMu.Unlock()
	if pf != nil {
		pf.stop(pullWait + 2*time.Second)
	}
	q.nc.Close()
	return nil
}

// Publish implements pipeline.Publisher.
func (q *Queue) Publish(ctx context.Context, j pipeline.Job) error {
	if q.closed.Load() {
		return pipeline.ErrClosed
	}
	if err := j.Validate(); err != nil {
		return err
	}
	j.Version = 1
	msg, err := q.encode(j)
	if err != nil {
		return err
	}
	key := j.Key()
	return q.publish(ctx, msg, key, "publish job "+j.Source)
}

// publish sends msg with message id key, retrying transient failures with
// the same id until ctx is done.
func (q *Queue) publish(ctx context.Context, msg *nats.Msg, key, what string) error {
	delay := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, publishTimeout)
		_, err := q.js.PublishMsg(actx, msg, js.WithMsgID(key))
		cancel()
		if err == nil {
			return nil
		}
		switch {
		case q.closed.Load() || errors.Is(err, nats.ErrConnectionClosed):
			return fmt.Errorf("%s: %w", what, pipeline.ErrClosed)
		case errors.Is(err, nats.ErrMaxPayload):
			return fmt.Errorf("%s: %w: %w", what, pipeline.ErrTooLarge, err)
		case ctx.Err() != nil:
			return fmt.Errorf("%s: %w (last error: %w)", what, ctx.Err(), err)
		}
		q.opts.Logger.Warn("publish failed, retrying", "subject", msg.Subject, "attempt", attempt, "error", err)
		if err := sleep(ctx, delay); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		delay = min(2*delay, 5*time.Second)
	}
}

// encode turns j into a message on its subject. A page travels as the
// message body, with the rest of the job as JSON in the Storyline-Job
// header; other jobs travel as their JSON. Bodies above compressAbove are
// gzip-compressed.
func (q *Queue) encode(j pipeline.Job) (*nats.Msg, error) {
	msg := nats.NewMsg(q.opts.Subject + "." + string(j.Kind))
	var data []byte
	if j.Kind == pipeline.JobExtract && len(j.Body) > 0 {
		meta := j
		meta.Body = nil
		h, err := json.Marshal(meta)
		if err != nil {
			return nil, fmt.Errorf("encode job %s: %w", j.Source, err)
		}
		msg.Header.Set(headerJob, string(h))
		data = j.Body
	} else {
		var err error
		if data, err = json.Marshal(j); err != nil {
			return nil, fmt.Errorf("encode job %s: %w", j.Source, err)
		}
	}
	if len(data) > compressAbove {
		data = q.gzip(data)
		msg.Header.Set(headerEncoding, "gzip")
	}
	// Leave room for the headers and protocol line.
	size := len(data) + len(msg.Header.Get(headerJob))
	if limit := q.nc.MaxPayload() - 1024; limit > 0 && int64(size) > limit {
		return nil, fmt.Errorf("job %s: %d bytes encoded, server max_payload %d: %w",
			j.Source, size, q.nc.MaxPayload(), pipeline.ErrTooLarge)
	}
	msg.Data = data
	return msg, nil
}

// gzip compresses data with a pooled writer.
func (q *Queue) gzip(data []byte) []byte {
	var buf bytes.Buffer
	zw, ok := q.gzw.Get().(*gzip.Writer)
	if !ok {
		zw, _ = gzip.NewWriterLevel(&buf, gzip.BestSpeed) // a valid level
	} else {
		zw.Reset(&buf)
	}
	zw.Write(data) // writes to a bytes.Buffer do not fail
	zw.Close()
	q.gzw.Put(zw)
	return buf.Bytes()
}

func (q *Queue) decode(m js.Msg) (pipeline.Job, error) {
	data := m.Data()
	gz := m.Headers().Get(headerEncoding) == "gzip"
	if gz {
		var err error
		zr, ok := q.gzr.Get().(*gzip.Reader)
		if ok {
			err = zr.Reset(bytes.NewReader(data))
		} else {
			zr, err = gzip.NewReader(bytes.NewReader(data))
		}
		if err != nil {
			return pipeline.Job{}, fmt.Errorf("gunzip job: %w", err)
		}
		// The gzip trailer gives the size (mod 2^32): read into a buffer
		// of that size rather than grow one from 512 bytes.
		buf := bytes.NewBuffer(make([]byte, 0, gunzippedSize(data)+bytes.MinRead))
		_, err = buf.ReadFrom(io.LimitReader(zr, maxDecoded+1))
		data = buf.Bytes()
		q.gzr.Put(zr)
		if err != nil {
			return pipeline.Job{}, fmt.Errorf("gunzip job: %w", err)
		}
		if len(data) > maxDecoded {
			return pipeline.Job{}, fmt.Errorf("job decompresses to more than %d bytes", maxDecoded)
		}
	}
	var j pipeline.Job
	if h := m.Headers().Get(headerJob); h != "" {
		if err := json.Unmarshal([]byte(h), &j); err != nil {
			return pipeline.Job{}, fmt.Errorf("decode job header: %w", err)
		}
		j.Body = data
		if gz {
			// The page's compressed form, kept for the store (see
			// pipeline.Job.BodyGzip): it was just decompressed whole
			// into Body, so it is valid gzip of exactly Body.
			j.BodyGzip = m.Data()
		}
	} else if err := json.Unmarshal(data, &j); err != nil {
		return pipeline.Job{}, fmt.Errorf("decode job: %w", err)
	}
	if err := j.Validate(); err != nil {
		return pipeline.Job{}, err
	}
	return j, nil
}

// gunzippedSize is the size a gzip member says it decompresses to, as a
// hint for the buffer: 0 if it is missing, above maxDecoded, or more than
// deflate can expand len(z) bytes to (a forged trailer).
func gunzippedSize(z []byte) int {
	if len(z) < 18 { // header 10 + trailer 8
		return 0
	}
	// Compared before converting: as an int the trailer's value could be
	// negative on a 32-bit build, and make would panic.
	n := uint64(binary.LittleEndian.Uint32(z[len(z)-4:]))
	if n > uint64(maxDecoded) || n > 1032*uint64(len(z)) {
		return 0
	}
	return int(n)
}

// Receive implements pipeline.Receiver.
func (q *Queue) Receive(ctx context.Context) (pipeline.Job, pipeline.AckFunc, error) {
	if q.consumer == nil {
		return pipeline.Job{}, nil, errors.New("receive: queue opened with PublishOnly")
	}
	q.pfMu.Lock()
	if q.pf == nil && !q.closed.Load() {
		q.pf = newPrefetcher(q)
	}
	pf := q.pf
	q.pfMu.Unlock()
	if pf == nil {
		return pipeline.Job{}, nil, pipeline.ErrClosed
	}
	for {
		if q.closed.Load() {
			return pipeline.Job{}, nil, pipeline.ErrClosed
		}
		m, err := pf.take(ctx)
		if err != nil {
			return pipeline.Job{}, nil, err
		}
		attempt := 1
		var seq uint64
		if md, err := m.Metadata(); err == nil {
			attempt, seq = int(md.NumDelivered), md.Sequence.Stream
		}
		if seq != 0 && q.wasSettled(seq) {
			// A second delivery of a job this process already settled:
			// its acknowledgement was lost, or an earlier delivery's
			// reservation lapsed (a renewal lost on a cut connection),
			// it was delivered again, and ran. Drop this one rather than
			// run the job twice or dead-letter it as never settled.
			_ = m.Ack()
			continue
		}
		if attempt > q.opts.MaxDeliver {
			err := fmt.Errorf("gave up after %d deliveries: the last was never settled (the job kills or stalls its worker)", attempt-1)
			if derr := q.settleDead(ctx, m, attempt, err); derr != nil {
				q.opts.Logger.Error("dead-letter failed; the job will be delivered again", "subject", m.Subject(), "error", derr)
			}
			continue
		}
		j, err := q.decode(m)
		if err != nil {
			if derr := q.settleDead(ctx, m, attempt, pipeline.Permanent(err)); derr != nil {
				q.opts.Logger.Error("dead-letter failed; the job will be delivered again", "subject", m.Subject(), "error", derr)
			}
			continue
		}
		j.Attempt = attempt
		return j, q.ackFunc(m, seq, attempt), nil
	}
}

// ackFunc returns the AckFunc for m and starts renewing its reservation
// until the AckFunc is called.
func (q *Queue) ackFunc(m js.Msg, seq uint64, attempt int) pipeline.AckFunc {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(q.opts.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if q.closed.Load() {
					return
				}
				_ = m.InProgress() // a lost renewal only risks a duplicate run
			}
		}
	}()
	var settled atomic.Bool
	return func(ctx context.Context, jobErr error) error {
		if settled.Swap(true) {
			return pipeline.ErrSettled
		}
		close(stop)
		wg.Wait()
		switch {
		case jobErr == nil:
			if err := q.doubleAck(ctx, m); err != nil {
				return fmt.Errorf("ack %s: %w", m.Subject(), err)
			}
			q.settled(seq)
			return nil
		case pipeline.IsPermanent(jobErr) || attempt >= q.opts.MaxDeliver:
			err := q.settleDead(ctx, m, attempt, jobErr)
			if err == nil {
				q.settled(seq)
			}
			return err
		default:
			d := q.retryDelay(attempt)
			if err := m.NakWithDelay(d); err != nil {
				return fmt.Errorf("nak %s: %w", m.Subject(), err)
			}
			return nil
		}
	}
}

// doubleAck acknowledges m and waits for the server to confirm, at most
// ackTimeout: an acknowledgement written to a connection that was being
// cut (a prefetched job received before a reconnect) is never answered,
// and the job is then redelivered, which idempotent jobs tolerate.
func (q *Queue) doubleAck(ctx context.Context, m js.Msg) error {
	ctx, cancel := context.WithTimeout(ctx, ackTimeout)
	defer cancel()
	return m.DoubleAck(ctx)
}

// retryDelay is the delay after the attempt-th failed attempt.
func (q *Queue) retryDelay(attempt int) time.Duration {
	d := q.opts.RetryDelay
	for i := 1; i < attempt && d < q.opts.MaxRetryDelay; i++ {
		d *= 2
	}
	return min(d, q.opts.MaxRetryDelay)
}

// DeadLetter is a job that failed for good, as kept on the dead-letter
// subject.
type DeadLetter struct {
	// Error is the text of the last error.
	Error string `json:"error"`
	// Permanent says the error was marked permanent (not retried).
	Permanent bool `json:"permanent"`
	// Attempts is how many times the job was delivered.
	Attempts int `json:"attempts"`
	// Subject is the job's original subject.
	Subject string `json:"subject"`
	// Key is the job's message id (its idempotency key).
	Key string `json:"key"`
	// FailedAt is when the job was dead-lettered.
	FailedAt time.Time `json:"failed_at"`
	// Job is the job in its JSON form (see pipeline.Job), or null when the
	// message could not be decoded.
	Job json.RawMessage `json:"job"`
	// Omitted is the size of the page or message left out of Job because
	// the dead letter would not fit the server's max_payload with it; the
	// input can be queued again from Job's source.
	Omitted int `json:"omitted_bytes,omitempty"`
}

// settleDead publishes m with err to the dead-letter subject and then
// acknowledges it. If the dead letter cannot be published, m is left for
// redelivery.
func (q *Queue) settleDead(ctx context.Context, m js.Msg, attempt int, jobErr error) error {
	key := m.Headers().Get(js.MsgIDHeader)
	dl := DeadLetter{
		Error:     jobErr.Error(),
		Permanent: pipeline.IsPermanent(jobErr),
		Attempts:  attempt,
		Subject:   m.Subject(),
		Key:       key,
		FailedAt:  time.Now().UTC(),
		Job:       json.RawMessage("null"),
	}
	room := q.nc.MaxPayload() - 4096 - int64(len(dl.Error))
	if j, err := q.decode(m); err == nil {
		j.Version = 1
		b, _ := json.Marshal(j) // a decoded job always marshals
		if int64(len(b)) > room {
			dl.Omitted = len(j.Body)
			j.Body = nil
			b, _ = json.Marshal(j)
		}
		dl.Job = b
	} else if b, _ := json.Marshal(m.Data()); int64(len(b)) <= room { // base64 of the raw message
		dl.Job = b
	} else {
		dl.Omitted = len(m.Data())
	}
	data, err := json.Marshal(dl)
	if err != nil {
		return fmt.Errorf("encode dead letter for %s: %w", m.Subject(), err)
	}
	msg := nats.NewMsg(q.opts.DeadSubject)
	msg.Data = data
	msg.Header.Set("Storyline-Error", firstLine(dl.Error))
	deadKey := key + ".dead"
	if key == "" {
		if md, err := m.Metadata(); err == nil {
			deadKey = q.opts.Stream + "." + strconv.FormatUint(md.Sequence.Stream, 10) + ".dead"
		}
	}
	if _, err := q.js.PublishMsg(ctx, msg, js.WithMsgID(deadKey)); err != nil {
		// Try again on a later delivery.
		_ = m.NakWithDelay(q.retryDelay(attempt))
		return fmt.Errorf("dead-letter %s: %w", m.Subject(), err)
	}
	// Logged once the dead letter is kept, not before: a failed publish is
	// no dead letter.
	q.opts.Logger.Warn("job dead-lettered", "subject", m.Subject(), "attempts", attempt, "error", dl.Error)
	if err := q.doubleAck(ctx, m); err != nil {
		return fmt.Errorf("ack dead-lettered %s: %w", m.Subject(), err)
	}
	return nil
}

// DeadLetters returns up to limit dead letters, oldest first (all of them
// when limit <= 0).
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]DeadLetter, error) {
	s, err := q.js.Stream(ctx, q.opts.DeadStream)
	if err != nil {
		return nil, fmt.Errorf("open stream %s: %w", q.opts.DeadStream, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("stream info %s: %w", q.opts.DeadStream, err)
	}
	var out []DeadLetter
	if info.State.Msgs == 0 {
		return nil, nil
	}
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq; seq++ {
		if limit > 0 && len(out) >= limit {
			break
		}
		raw, err := s.GetMsg(ctx, seq)
		if errors.Is(err, js.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("read dead letter %d: %w", seq, err)
		}
		var dl DeadLetter
		if err := json.Unmarshal(raw.Data, &dl); err != nil {
			return out, fmt.Errorf("decode dead letter %d: %w", seq, err)
		}
		out = append(out, dl)
	}
	return out, nil
}

// Stats is a snapshot of the queue, for monitoring.
type Stats struct {
	// Pending is the number of jobs not yet handed to any worker.
	Pending uint64
	// InFlight is the number of jobs handed out and not yet settled.
	InFlight int
	// Redelivered is the number of in-flight jobs handed out more than once.
	Redelivered int
	// Dead is the number of dead letters kept.
	Dead uint64
	// Bytes is the size of the job stream on the server.
	Bytes uint64
}

// Stats reads the queue's counters from the server.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	jobs, err := q.js.Stream(ctx, q.opts.Stream)
	if err != nil {
		return st, fmt.Errorf("open stream %s: %w", q.opts.Stream, err)
	}
	ji, err := jobs.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("stream info %s: %w", q.opts.Stream, err)
	}
	st.Bytes, st.Pending = ji.State.Bytes, ji.State.Msgs
	c := q.consumer
	if c == nil { // publish-only: look at the workers' consumer if there is one
		c, err = q.js.Consumer(ctx, q.opts.Stream, q.opts.Consumer)
		if errors.Is(err, js.ErrConsumerNotFound) {
			c, err = nil, nil
		}
		if err != nil {
			return st, fmt.Errorf("consumer %s: %w", q.opts.Consumer, err)
		}
	}
	if c != nil {
		ci, err := c.Info(ctx)
		if err != nil {
			return st, fmt.Errorf("consumer info %s: %w", q.opts.Consumer, err)
		}
		st.Pending, st.InFlight, st.Redelivered = ci.NumPending, ci.NumAckPending, ci.NumRedelivered
	}
	s, err := q.js.Stream(ctx, q.opts.DeadStream)
	if err != nil {
		return st, fmt.Errorf("open stream %s: %w", q.opts.DeadStream, err)
	}
	si, err := s.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("stream info %s: %w", q.opts.DeadStream, err)
	}
	st.Dead = si.State.Msgs
	return st, nil
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func firstLine(s string) string {
	if i := bytes.IndexAny([]byte(s), "\r\n"); i >= 0 {
		s = s[:i]
	}
	if len(s) > 512 {
		s = s[:512]
	}
	return s
}

// Named returns the options for a separate set of streams called name (for
// one deployment, tenant or benchmark): streams NAME_JOBS and NAME_DEAD,
// subjects name.jobs.<kind> and name.dead, consumer name-workers. name must
// be letters, digits, '-' and '_'.
func Named(name string) (Options, error) {
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return Options{}, fmt.Errorf("queue name %q: want letters, digits, - and _", name)
		}
	}
	if name == "" || len(name) > 64 {
		return Options{}, fmt.Errorf("queue name %q: want 1 to 64 characters", name)
	}
	lower, upper := strings.ToLower(name), strings.ToUpper(name)
	return Options{
		Stream: upper + "_JOBS", DeadStream: upper + "_DEAD",
		Subject: lower + ".jobs", DeadSubject: lower + ".dead",
		Consumer: lower + "-workers",
	}, nil
}

// Delete removes the queue's streams, with every job and dead letter in
// them, and closes the queue.
func (q *Queue) Delete(ctx context.Context) error {
	var errs []error
	for _, s := range []string{q.opts.Stream, q.opts.DeadStream} {
		if err := q.js.DeleteStream(ctx, s); err != nil && !errors.Is(err, js.ErrStreamNotFound) {
			errs = append(errs, fmt.Errorf("delete stream %s: %w", s, err))
		}
	}
	q.Close()
	return errors.Join(errs...)
}
