// Package worker runs the jobs that a queued ingest published: it pulls
// them from a queue, fetches the page when a job names a URL (Options.Fetch),
// extracts and analyses each page, stores it, and acknowledges the job only
// once it is stored. With a PostgreSQL store it also takes part in story
// grouping: one worker at a time, elected with an advisory lock, assigns
// stories and duplicates to the documents the workers stored without one.
// With an SQLite store (one writer, so one worker process) the worker
// assigns stories itself as it stores each document, as ingest does.
package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/jetstream"
	"github.com/storyline-dev/storyline/internal/pipeline"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/postgres"
)

// Queue is the job queue a worker pulls from; *jetstream.Queue implements
// it. Receive and Stats are called from several goroutines at once.
type Queue interface {
	pipeline.Receiver
	// Stats reads the queue's counters, for the queue gauges and the
	// periodic progress log.
	Stats(ctx context.Context) (jetstream.Stats, error)
}

// Options configures Run. The zero value of every field but Extract means
// the documented default.
type Options struct {
	// Jobs is how many jobs run at once; zero or less means one per core
	// (runtime.GOMAXPROCS).
	Jobs int
	// MaxDeliver is how many attempts the queue makes before it
	// dead-letters a failing job; a job that fails on an earlier attempt is
	// counted as "retry" rather than "failed". Zero or less means 5, the
	// queue's own default.
	MaxDeliver int
	// StatsEvery is how often the queue gauges are refreshed and progress
	// is logged; zero or less means 10s.
	StatsEvery time.Duration
	// LongJob is how long a job may run before the worker logs it as long
	// running (once per job; not while it is held for a store outage);
	// zero or less means 5m. A job that stalls its worker (a bug) holds
	// its slot, and keeps Run from returning, until the process is killed;
	// the job is then delivered again and dead-lettered after MaxDeliver
	// deliveries. The metric storyline_worker_oldest_job_seconds shows it
	// too.
	LongJob time.Duration
	// IdleExit makes Run return once no job has arrived for this long
	// (batch runs, benchmarks); zero runs until ctx is done.
	IdleExit time.Duration
	// NoStories keeps this worker out of story grouping. By default a
	// worker on a PostgreSQL store competes for the grouper lock; on any
	// other store (SQLite, one worker process) the worker assigns stories
	// itself as it stores each document, after restoring the grouper from
	// the store.
	NoStories bool
	// Extract turns a page job, as an ingest.Item, into a Document; a page
	// that cannot be extracted comes back with Error set. It is called from
	// several goroutines at once. Required.
	Extract func(it ingest.Item) document.Document
	// Fetch fetches the page of a fetch job (pipeline.JobFetch) and returns
	// it as an item for Extract, or an error, marked pipeline.Permanent when
	// retrying cannot help (404, disallowed by robots.txt). It is called from
	// several goroutines at once. Nil makes fetch jobs fail permanently.
	Fetch func(ctx context.Context, j pipeline.Job) (ingest.Item, error)
	// Stages builds the analysis stages. Run calls it once to analyse
	// every job (on PostgreSQL its Grouper is not used: jobs are stored
	// without a story) and again each time this worker becomes the grouper, for a fresh
	// grouper that it restores from the store. Nil stores documents without
	// analysis, and this worker then assigns no stories.
	Stages func() (indexer.Options, error)
	// Logger receives progress and job failures; nil discards them.
	Logger *slog.Logger
	// Registerer is where the worker's metrics are registered; nil keeps
	// them unregistered.
	Registerer prometheus.Registerer
}

// metrics are the worker's Prometheus metrics and the totals for its exit
// summary.
type metrics struct {
	jobs     *prometheus.CounterVec
	stage    *prometheus.HistogramVec
	pending  prometheus.Gauge
	inFlight prometheus.Gauge
	dead     prometheus.Gauge
	oldest   prometheus.GaugeFunc
	// settled counts jobs settled by this process, for the exit summary.
	settled atomic.Int64
	// last is when the last job was settled, in Unix nanoseconds.
	last atomic.Int64
	// prepareNs, storeNs and ackNs sum the time spent in each stage.
	prepareNs, storeNs, ackNs atomic.Int64
}

func newMetrics(slots *slots) *metrics {
	return &metrics{
		oldest: prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "storyline_worker_oldest_job_seconds",
			Help: "How long the oldest job this worker is running has run (0 when idle). It grows steadily when a job stalls its slot or the store is down.",
		}, func() float64 {
			return slots.oldest(time.Now()).Seconds()
		}),
		jobs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storyline_worker_jobs_total",
			Help: "Jobs settled by this worker, by kind and result (added, new_version, unchanged, failed, retry).",
		}, []string{"kind", "result"}),
		stage: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "storyline_worker_stage_seconds",
			Help:    "Time per job spent in each stage: prepare (hash check, extraction, analysis), store (write), ack.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16),
		}, []string{"stage"}),
		pending: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "storyline_queue_pending_jobs",
			Help: "Jobs in the queue not yet handed to any worker (queue lag).",
		}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "storyline_queue_in_flight_jobs",
			Help: "Jobs handed to workers and not yet settled, across all workers.",
		}),
		dead: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "storyline_queue_dead_letters",
			Help: "Jobs kept on the dead-letter subject.",
		}),
	}
}

// register registers the metrics with reg.
func (m *metrics) register(reg prometheus.Registerer) error {
	for _, c := range []prometheus.Collector{m.jobs, m.stage, m.pending, m.inFlight, m.dead, m.oldest} {
		if err := reg.Register(c); err != nil {
			return fmt.Errorf("register worker metrics: %w", err)
		}
	}
	return nil
}

// slots records the job each slot is running and since when, for the
// oldest-job gauge and the long-job warning.
type slots struct {
	mu   sync.Mutex
	jobs []slotJob
}

// slotJob is the job a slot is running.
type slotJob struct {
	id    string
	since time.Time // zero when the slot is idle
	// held is set while the job is held for a store outage (see
	// waitForStore); running is since, or the end of the last hold: a
	// job is long running by its own time, not the store's.
	held    bool
	running time.Time
	warned  bool
}

func newSlots(n int) *slots { return &slots{jobs: make([]slotJob, n)} }

// start marks slot i busy with job id.
func (s *slots) start(i int, id string) {
	s.mu.Lock()
	now := time.Now()
	s.jobs[i] = slotJob{id: id, since: now, running: now}
	s.mu.Unlock()
}

// stop marks slot i idle.
func (s *slots) stop(i int) {
	s.mu.Lock()
	s.jobs[i] = slotJob{}
	s.mu.Unlock()
}

// hold marks the job of slot i as held for a store outage, or not: a held
// job is not reported as long running (the outage is logged instead).
func (s *slots) hold(i int, held bool) {
	s.mu.Lock()
	s.jobs[i].held = held
	if !held {
		s.jobs[i].running = time.Now()
	}
	s.mu.Unlock()
}

// oldest returns how long the oldest job has run; 0 when every slot is
// idle.
func (s *slots) oldest(now time.Time) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	var age time.Duration
	for _, j := range s.jobs {
		if !j.since.IsZero() {
			age = max(age, now.Sub(j.since))
		}
	}
	return age
}

// long returns the jobs running for more than d not reported before, and
// marks them reported.
func (s *slots) long(now time.Time, d time.Duration) []slotJob {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []slotJob
	for i := range s.jobs {
		j := &s.jobs[i]
		if !j.since.IsZero() && !j.held && !j.warned && now.Sub(j.running) > d {
			j.warned = true
			out = append(out, *j)
		}
	}
	return out
}

// worker is one Run's state.
type worker struct {
	opts  Options
	log   *slog.Logger
	st    store.Store
	ix    *indexer.Indexer
	m     *metrics
	slots *slots
	// grouping is set when ix assigns stories at commit (not PostgreSQL);
	// commitMu then serialises commits, and dirty says that story labels
	// changed since the last flush.
	grouping bool
	commitMu sync.Mutex
	dirty    bool
	// stale is set, under commitMu, when a commit failed after the
	// grouper took its document in: the grouper is rebuilt from the store
	// before the next commit (see regroup).
	stale bool
}

// regroup replaces the in-process grouper with a new one restored from the
// store, as at start. Call it with commitMu held. The grouper is stale
// until it succeeds.
func (w *worker) regroup(ctx context.Context) error {
	stages, err := w.opts.Stages()
	if err != nil {
		return fmt.Errorf("rebuild the grouper: %w", err)
	}
	if stages.Grouper == nil {
		return errors.New("rebuild the grouper: Stages returned none")
	}
	t := time.Now()
	n, err := w.ix.ReplaceGrouper(ctx, stages.Grouper)
	if err != nil {
		return fmt.Errorf("rebuild the grouper: %w", err)
	}
	w.stale = false
	w.log.Info("story state rebuilt after a failed store write", "documents", n, "elapsed", time.Since(t).Round(time.Millisecond))
	return nil
}

// flush saves the in-process grouper's story labels when they changed.
func (w *worker) flush(ctx context.Context) error {
	w.commitMu.Lock()
	defer w.commitMu.Unlock()
	if w.stale {
		// The labels of a grouper that holds a document the store lacks
		// are not to be saved.
		if err := w.regroup(ctx); err != nil {
			return err
		}
	}
	if !w.dirty {
		return nil
	}
	// Cleared only once saved, so that a failed save is tried again at the
	// next tick or at exit.
	if err := w.ix.Flush(ctx); err != nil {
		return err
	}
	w.dirty = false
	return nil
}

// Run pulls jobs from q and stores them in st until ctx is done (or, with
// IdleExit, until the queue stays idle), then finishes the jobs in hand,
// lets the grouper assign the stories still missing, logs a summary and
// returns nil. It returns an error when it cannot start or a receive fails
// for good; a failing job is not an error: it is settled (retried or
// dead-lettered by the queue) and logged.
func Run(ctx context.Context, st store.Store, q Queue, opts Options) error {
	if opts.Extract == nil {
		return errors.New("worker: Options.Extract is required")
	}
	if opts.Jobs < 1 {
		opts.Jobs = runtime.GOMAXPROCS(0)
	}
	if opts.MaxDeliver < 1 {
		opts.MaxDeliver = 5
	}
	if opts.StatsEvery <= 0 {
		opts.StatsEvery = 10 * time.Second
	}
	if opts.LongJob <= 0 {
		opts.LongJob = 5 * time.Minute
	}
	sl := newSlots(opts.Jobs)
	w := &worker{opts: opts, log: opts.Logger, st: st, m: newMetrics(sl), slots: sl}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	var stages indexer.Options
	if opts.Stages != nil {
		var err error
		if stages, err = opts.Stages(); err != nil {
			return fmt.Errorf("worker: analysis stages: %w", err)
		}
	}
	// On PostgreSQL, jobs are stored without a story: stories are assigned
	// online in one order, by the one worker elected to group (groupLoop),
	// since workers with separate in-memory groupers would hand out
	// clashing story ids. Any other store (SQLite) has a single writer and
	// one worker process: it groups in process, as ingest does, each
	// document as it is committed (commitMu keeps commits in one order).
	_, onPG := st.(*postgres.Store)
	if onPG || opts.NoStories {
		stages.Grouper = nil
	}
	w.ix = indexer.New(st, stages)
	if stages.Grouper != nil {
		w.grouping = true
		t := time.Now()
		n, err := w.ix.Restore(ctx)
		if err != nil {
			return fmt.Errorf("worker: %w", err)
		}
		w.log.Info("this worker assigns stories; story state restored", "documents", n, "elapsed", time.Since(t).Round(time.Millisecond))
		defer func() {
			if err := w.flush(context.WithoutCancel(ctx)); err != nil {
				w.log.Warn("story labels not saved", "error", err)
			}
		}()
	}
	if opts.Registerer != nil {
		if err := w.m.register(opts.Registerer); err != nil {
			return fmt.Errorf("worker: register metrics: %w", err)
		}
	}
	m := w.m

	start := time.Now()
	var wg sync.WaitGroup
	errc := make(chan error, opts.Jobs)
	for i := range opts.Jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errc <- w.workLoop(ctx, q, i)
		}()
	}
	// drain asks the grouper to assign the stories still missing and stop,
	// once this process has no more jobs.
	drain := make(chan struct{})
	grouped := make(chan struct{})
	if pg, ok := st.(*postgres.Store); ok && !opts.NoStories && opts.Stages != nil {
		go func() { defer close(grouped); w.groupLoop(ctx, pg, drain) }()
	} else {
		close(grouped)
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	// Long jobs are looked for apart from the loop below, whose flush can
	// wait on a commit that a stalled job holds.
	go w.watchLong(done)
	tick := time.NewTicker(opts.StatsEvery)
	defer tick.Stop()
	for {
		select {
		case <-done:
			close(drain)
			<-grouped
			close(errc)
			for err := range errc {
				if err != nil && !errors.Is(err, context.Canceled) {
					return err
				}
			}
			busy := time.Duration(0)
			if l := m.last.Load(); l > 0 {
				busy = time.Unix(0, l).Sub(start).Round(time.Millisecond)
			}
			per := func(ns int64) time.Duration {
				if n := m.settled.Load(); n > 0 {
					return (time.Duration(ns) / time.Duration(n)).Round(10 * time.Microsecond)
				}
				return 0
			}
			w.log.Info("worker stopped", "settled", m.settled.Load(), "until_last_job", busy,
				"elapsed", time.Since(start).Round(time.Millisecond),
				"prepare_per_job", per(m.prepareNs.Load()), "store_per_job", per(m.storeNs.Load()), "ack_per_job", per(m.ackNs.Load()))
			return nil
		case <-tick.C:
			if w.grouping {
				if err := w.flush(ctx); err != nil {
					w.log.Warn("story labels not saved", "error", err)
				}
			}
			sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			s, err := q.Stats(sctx)
			cancel()
			if err != nil {
				w.log.Warn("queue stats", "error", err)
				continue
			}
			m.pending.Set(float64(s.Pending))
			m.inFlight.Set(float64(s.InFlight))
			m.dead.Set(float64(s.Dead))
			w.log.Info("queue", "pending", s.Pending, "in_flight", s.InFlight, "dead", s.Dead)
		}
	}
}

// watchLong logs, once per job, the jobs that have run longer than
// Options.LongJob, until done is closed.
func (w *worker) watchLong(done <-chan struct{}) {
	tick := time.NewTicker(min(w.opts.StatsEvery, w.opts.LongJob))
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case now := <-tick.C:
			for _, j := range w.slots.long(now, w.opts.LongJob) {
				w.log.Warn("job running for a long time; if it has stalled, it also keeps this worker from stopping: kill it (kill -9), and the job comes back to another worker and is dead-lettered after its last delivery",
					"id", j.id, "running", now.Sub(j.running).Round(time.Second))
			}
		}
	}
}

// workLoop runs jobs one at a time until ctx is done. A stored job's
// acknowledgement, a round trip to the queue server, overlaps the next
// job: at most one is in flight, and workLoop waits for it before it
// returns. Failed jobs are settled before the next one starts.
func (w *worker) workLoop(ctx context.Context, q pipeline.Receiver, slot int) error {
	o := w.opts
	var acking sync.WaitGroup
	defer acking.Wait()
	for {
		rctx, cancel := ctx, context.CancelFunc(func() {})
		if o.IdleExit > 0 {
			rctx, cancel = context.WithTimeout(ctx, o.IdleExit)
		}
		j, ack, err := q.Receive(rctx)
		cancel()
		if err != nil {
			if ctx.Err() != nil || (o.IdleExit > 0 && errors.Is(err, context.DeadlineExceeded)) {
				return nil
			}
			return err
		}
		// A job in hand is finished even when the worker is asked to stop,
		// so that its acknowledgement is not lost.
		jctx := context.WithoutCancel(ctx)
		w.slots.start(slot, j.ID)
		result, jobErr := w.runJob(jctx, j)
		for jobErr != nil && !pipeline.IsPermanent(jobErr) {
			w.slots.hold(slot, true)
			h := w.waitForStore(ctx, j, jobErr)
			w.slots.hold(slot, false)
			if h == holdStopped {
				// Stopped while the store was down: the job is not to
				// blame, and settling it would use up a delivery (or
				// dead-letter a good page at its last attempt). Leave it
				// unsettled: its reservation is no longer renewed once
				// the queue is closed, and it comes back after AckWait.
				w.log.Warn("stopped while the store is down; the held job is left to come back", "id", j.ID, "source", j.Source, "error", jobErr)
				w.slots.stop(slot)
				return nil
			}
			if h != holdRetry {
				break
			}
			result, jobErr = w.runJob(jctx, j)
		}
		w.slots.stop(slot)
		acking.Wait() // the previous job's acknowledgement
		if jobErr != nil {
			w.settle(jctx, j, ack, result, jobErr)
			continue
		}
		acking.Add(1)
		go func() {
			defer acking.Done()
			w.settle(jctx, j, ack, result, nil)
		}()
	}
}

// settle acknowledges job j (or, when jobErr is set, has the queue retry or
// dead-letter it), and counts and logs the outcome.
func (w *worker) settle(ctx context.Context, j pipeline.Job, ack pipeline.AckFunc, result string, jobErr error) {
	m := w.m
	t := time.Now()
	aerr := ack(ctx, jobErr)
	m.stage.WithLabelValues("ack").Observe(time.Since(t).Seconds())
	m.ackNs.Add(int64(time.Since(t)))
	if jobErr != nil && !pipeline.IsPermanent(jobErr) && j.Attempt < w.opts.MaxDeliver {
		result = "retry"
	}
	m.jobs.WithLabelValues(string(j.Kind), result).Inc()
	m.settled.Add(1)
	m.last.Store(time.Now().UnixNano())
	switch {
	case aerr != nil:
		w.log.Warn("ack failed; the job will be redelivered", "id", j.ID, "source", j.Source, "error", aerr)
	case jobErr != nil:
		w.log.Warn("job failed", "id", j.ID, "source", j.Source, "attempt", j.Attempt, "result", result, "error", jobErr)
	}
}

// pinger is a store that can tell whether its server answers
// (*postgres.Store).
type pinger interface {
	Ping(ctx context.Context) error
}

// hold is what waitForStore found.
type hold int

const (
	// holdNo: the store answers (or cannot be asked); the failure is the
	// job's own.
	holdNo hold = iota
	// holdRetry: the store was down and answers again; run the job again.
	holdRetry
	// holdStopped: the store was down and ctx ended before it came back.
	holdStopped
)

// waitForStore is called after job j failed with jobErr. If the store's
// server does not answer (it is restarting, the network is down), the job is
// not to blame: rather than settle it, which would use up one of its
// deliveries and, over a long outage, send good pages to the dead letters,
// waitForStore holds it (the queue keeps renewing its reservation), pulls no
// other job, and returns holdRetry once the store answers again, for the job
// to be run again. It returns holdNo at once when the store answers (jobErr
// is the job's own failure) or cannot be asked, and holdStopped when ctx
// ends while the store is down.
func (w *worker) waitForStore(ctx context.Context, j pipeline.Job, jobErr error) hold {
	p, ok := w.st.(pinger)
	if !ok {
		return holdNo
	}
	ping := func() error {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		return p.Ping(pctx)
	}
	err := ping()
	if err == nil {
		return holdNo
	}
	if ctx.Err() != nil {
		return holdStopped
	}
	w.log.Warn("store unavailable; holding the job until it answers", "id", j.ID, "error", err, "job_error", jobErr)
	start := time.Now()
	delay := 250 * time.Millisecond
	for {
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return holdStopped
		case <-t.C:
		}
		if err := ping(); err == nil {
			w.log.Info("store answers again; running the held job", "id", j.ID, "waited", time.Since(start).Round(time.Millisecond))
			return holdRetry
		}
		// Capped low: a held worker should resume within about a second
		// of the store's return.
		delay = min(2*delay, maxHoldPing)
	}
}

// maxHoldPing is the longest wait between two pings of a store that is down.
const maxHoldPing = time.Second

// runJob stores one job's page or document. It returns the result label
// for metrics and an error marked permanent when the input itself is bad.
func (w *worker) runJob(ctx context.Context, j pipeline.Job) (string, error) {
	ix, m := w.ix, w.m
	var p indexer.Page
	switch j.Kind {
	case pipeline.JobExtract:
		it := ingest.Item{ID: j.ID, Source: j.Source, URL: j.URL, ContentType: j.ContentType, Body: j.Body, Kind: ingest.KindHTML}
		if j.Format == "text" {
			it.Kind = ingest.KindText
		}
		// The queue's compressed body is the stored copy: the page is
		// compressed once, by the publisher.
		p = indexer.Page{ID: j.ID, Raw: j.Body, RawGzip: j.BodyGzip, Extract: func() document.Document { return w.opts.Extract(it) }}
	case pipeline.JobFetch:
		if w.opts.Fetch == nil {
			return "failed", pipeline.Permanent(fmt.Errorf("job %s: this worker does not fetch URLs", j.URL))
		}
		it, err := w.opts.Fetch(ctx, j)
		if err != nil {
			return "failed", err
		}
		p = indexer.Page{ID: it.ID, Raw: it.Body, Extract: func() document.Document { return w.opts.Extract(it) }}
	case pipeline.JobDocument:
		p = indexer.Page{ID: j.ID, Doc: j.Doc}
	default:
		return "failed", pipeline.Permanent(fmt.Errorf("job %s: kind %q is not supported by this worker", j.Source, j.Kind))
	}
	t := time.Now()
	prep := ix.Prepare(ctx, p)
	m.stage.WithLabelValues("prepare").Observe(time.Since(t).Seconds())
	m.prepareNs.Add(int64(time.Since(t)))
	t = time.Now()
	var res store.PutResult
	var err error
	if w.grouping {
		w.commitMu.Lock()
		// A failed store write leaves its document in the grouper, which
		// would group it again when the job is retried (and find it a
		// duplicate of itself): rebuild the grouper from the store first.
		if w.stale {
			err = w.regroup(ctx)
		}
		if err == nil {
			res, err = ix.Commit(ctx, prep)
			if err != nil && !errors.Is(err, indexer.ErrFailed) {
				w.stale = true
				if rerr := w.regroup(ctx); rerr != nil {
					w.log.Warn("story state not rebuilt yet; retrying before the next commit", "error", rerr)
				}
			}
		}
		w.dirty = w.dirty || err == nil && res != store.PutUnchanged
		w.commitMu.Unlock()
	} else {
		res, err = ix.Commit(ctx, prep)
	}
	m.stage.WithLabelValues("store").Observe(time.Since(t).Seconds())
	m.storeNs.Add(int64(time.Since(t)))
	switch {
	case errors.Is(err, indexer.ErrFailed):
		return "failed", pipeline.Permanent(err)
	case err != nil:
		return "failed", fmt.Errorf("store %s: %w", j.Source, err)
	}
	switch res {
	case store.PutAdded:
		return "added", nil
	case store.PutNewVersion:
		return "new_version", nil
	default:
		return "unchanged", nil
	}
}

// grouperLock names the PostgreSQL advisory lock held by the one worker
// that assigns stories.
const grouperLock = "storyline-story-grouper"

// groupLoop competes for the grouper lock and, while holding it, assigns
// stories to the documents workers stored without one. It returns when ctx
// is done or drain is closed.
func (w *worker) groupLoop(ctx context.Context, st *postgres.Store, drain <-chan struct{}) {
	for ctx.Err() == nil {
		lock, err := st.TryLock(ctx, grouperLock)
		switch {
		case err != nil:
			w.log.Warn("grouper lock", "error", err)
		case lock != nil:
			w.log.Info("this worker now assigns stories")
			err := w.group(ctx, st, lock, drain)
			lock.Unlock(context.WithoutCancel(ctx))
			if err != nil && ctx.Err() == nil {
				w.log.Warn("story grouping stopped; retrying", "error", err)
			}
		}
		select {
		case <-drain:
			// No more jobs here: if we were the grouper we have drained;
			// if another worker holds the lock it groups what is left.
			return
		default:
		}
		t := time.NewTimer(2 * time.Second)
		select {
		case <-ctx.Done():
		case <-drain:
		case <-t.C:
		}
		t.Stop()
	}
}

// group restores the grouper from the documents that have stories, then
// assigns stories to the others in storage order until ctx is done or the
// lock is lost.
func (w *worker) group(ctx context.Context, st *postgres.Store, lock *postgres.Lock, drain <-chan struct{}) error {
	stages, err := w.opts.Stages()
	if err != nil {
		return err
	}
	g := stages.Grouper
	if g == nil {
		return errors.New("no story grouper configured")
	}
	start := time.Now()
	n := 0
	if err := st.EachGrouped(ctx, func(d store.Document) error { g.Restore(d); n++; return nil }); err != nil {
		return err
	}
	w.log.Info("story state restored", "documents", n, "elapsed", time.Since(start).Round(time.Millisecond))
	flush := func() error {
		l, ok := g.(indexer.Labeler)
		if !ok {
			return nil
		}
		if err := st.LabelStories(context.WithoutCancel(ctx), l.Labels()); err != nil {
			return err
		}
		// Tell the grouper its labels are saved (as indexer.Flush does), so
		// that the next flush writes only the stories changed since; else
		// every flush rewrites every story touched since this worker
		// became the grouper, a cost that grows with the run.
		if f, ok := g.(interface{ Flushed() }); ok {
			f.Flushed()
		}
		return nil
	}
	// The restored stories count as changed: labels a grouper computed but
	// did not save before it stopped (they are saved at most once a
	// second) are saved by the next one, even if no new document comes.
	dirty := n > 0
	lastFlush := time.Now()
	for {
		if !lock.Held(ctx) {
			if ctx.Err() != nil {
				return flush()
			}
			return errors.New("lost the grouper lock")
		}
		// Always from the start: a document whose transaction committed
		// late may sit before ones already grouped.
		batch, err := st.Ungrouped(ctx, 0, groupBatch)
		if err != nil {
			if ctx.Err() != nil {
				return flush()
			}
			return err
		}
		// The batch's decisions are recorded in one transaction. If it
		// fails, the grouper's state is ahead of the store: the error makes
		// groupLoop start over with a grouper restored from the store.
		as := make([]postgres.Assignment, 0, len(batch))
		for _, p := range batch {
			gr := g.Group(p.Doc.Document)
			as = append(as, postgres.Assignment{Seq: p.Seq, Story: gr.Story, Label: gr.Label, DuplicateOf: gr.DuplicateOf})
		}
		if len(as) > 0 {
			if _, err := st.AssignStories(ctx, as); err != nil {
				return err
			}
			dirty = true
		}
		if len(batch) == groupBatch {
			continue // a backlog: no pause
		}
		draining := false
		select {
		case <-drain:
			draining = true
		default:
		}
		// Draining and nothing left: this process has no more jobs, and
		// every stored document has its story.
		final := draining && len(batch) == 0
		if dirty && (final || time.Since(lastFlush) >= groupLabelEvery) {
			if err := flush(); err != nil {
				return err
			}
			dirty, lastFlush = false, time.Now()
		}
		if final {
			return nil
		}
		pause := groupPause
		if len(batch) == 0 {
			pause = groupIdlePause
		}
		// Once drain is closed it would end every pause at once; other
		// workers may still be storing, so pause all the same.
		wake := drain
		if draining {
			wake = nil
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			if dirty {
				return flush()
			}
			return nil
		case <-wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// The grouper's pace. Each poll of the store costs a query and, when it
// finds documents, a transaction that refreshes every story it touched. At
// a steady stream, polling again at once found a page or two each time,
// and that overhead, with the labels recomputed and saved after each poll,
// was a tenth of the worker's CPU (docs/bench/scaleout.md). A short pause
// after a partial batch lets a few hundred milliseconds of pages gather,
// and labels are saved at most once a second; a document still gets its
// story within about a second of being stored.
const (
	// groupBatch is the most documents grouped per poll.
	groupBatch = 500
	// groupPause is the wait after a poll that found some documents but
	// not a full batch.
	groupPause = 250 * time.Millisecond
	// groupIdlePause is the wait after a poll that found none.
	groupIdlePause = 500 * time.Millisecond
	// groupLabelEvery is the least time between two saves of the labels
	// of changed stories; they are also saved when the worker drains.
	groupLabelEvery = time.Second
)
