package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/jetstream"
	"github.com/storyline-dev/storyline/internal/pipeline"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/postgres"
)

// workerOptions are the worker command's settings.
type workerOptions struct {
	db, queue   string
	jobs        int
	metricsAddr string
	ackWait     time.Duration
	maxDeliver  int
	statsEvery  time.Duration
	idleExit    time.Duration
	stories     bool
}

func newWorkerCmd(e *env) *cobra.Command {
	var o workerOptions
	cmd := &cobra.Command{
		Use:   "worker --db DB --queue nats://HOST:PORT",
		Short: "Pull ingest jobs from NATS JetStream and store them; runs until stopped",
		Long: `worker takes the jobs that "ingest --queue" published — one per page or
document — from NATS JetStream, extracts and analyses each page, and stores it
in the database at --db (a postgres:// URL, so that many workers can share it;
an SQLite file works for a single worker on one machine).

Any number of workers may run at once, on any machines: each job goes to one
worker at a time. A job is acknowledged only once it is stored, so a worker
that dies loses nothing: its jobs go to other workers after --ack-wait. A page
that cannot be extracted goes at once to the dead-letter subject
(storyline.dead) with its error; a job that fails for other reasons (the
database is down) is retried with a growing delay and dead-lettered after
--max-deliver attempts.

Stories: with a PostgreSQL store, workers store documents without a story,
in parallel, and one worker at a time (elected with a PostgreSQL advisory
lock; another takes over if it dies) assigns stories and duplicates to them
in storage order, as ingest does in one process. With an SQLite store,
workers do not assign stories.

With --metrics-addr the worker serves Prometheus metrics at /metrics.
Stop it with SIGINT or SIGTERM: it finishes the jobs in hand and exits.`,
		Example: `  storyline worker --db postgres://storyline@db/storyline --queue nats://nats:4222
  storyline worker --db news.db --queue nats://127.0.0.1:4222 -j 2 --metrics-addr :9464`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return e.runWorker(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.db, "db", "", "store: postgres:// URL or SQLite file")
	f.StringVar(&o.queue, "queue", "", "NATS server with JetStream, nats://HOST:PORT")
	f.IntVarP(&o.jobs, "jobs", "j", 0, "jobs run at once (default: one per core)")
	f.StringVar(&o.metricsAddr, "metrics-addr", "", "serve Prometheus metrics at HOST:PORT/metrics (default: off)")
	f.DurationVar(&o.ackWait, "ack-wait", 30*time.Second, "how long a job held by a dead worker stays reserved")
	f.IntVar(&o.maxDeliver, "max-deliver", 5, "attempts before a failing job is dead-lettered")
	f.DurationVar(&o.statsEvery, "stats-every", 10*time.Second, "how often to log progress and refresh queue gauges")
	f.BoolVar(&o.stories, "stories", true, "take part in story grouping (PostgreSQL store: one worker at a time groups)")
	f.DurationVar(&o.idleExit, "idle-exit", 0, "exit once no job has arrived for this long (batch runs, benchmarks; default: run until stopped)")
	_ = cmd.MarkFlagRequired("db")
	_ = cmd.MarkFlagRequired("queue")
	return cmd
}

// workerMetrics are the worker's Prometheus metrics, on their own registry.
type workerMetrics struct {
	reg      *prometheus.Registry
	jobs     *prometheus.CounterVec
	stage    *prometheus.HistogramVec
	pending  prometheus.Gauge
	inFlight prometheus.Gauge
	dead     prometheus.Gauge
	// settled counts jobs settled by this process, for the exit summary.
	settled atomic.Int64
	// last is when the last job was settled, in Unix nanoseconds.
	last atomic.Int64
	// prepareNs, storeNs and ackNs sum the time spent in each stage.
	prepareNs, storeNs, ackNs atomic.Int64
}

func newWorkerMetrics() *workerMetrics {
	m := &workerMetrics{
		reg: prometheus.NewRegistry(),
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
	m.reg.MustRegister(m.jobs, m.stage, m.pending, m.inFlight, m.dead,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// runWorker pulls and runs jobs until ctx is done.
func (e *env) runWorker(ctx context.Context, o workerOptions) error {
	if o.jobs < 1 {
		o.jobs = runtime.GOMAXPROCS(0)
	}
	st, err := openStore(ctx, o.db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := e.openQueue(ctx, o.queue, jetstream.Options{
		Name: "storyline-worker", AckWait: o.ackWait, MaxDeliver: o.maxDeliver,
	})
	if err != nil {
		return err
	}
	defer q.Close()

	stages, err := analysisStages(time.Now())
	if err != nil {
		return err
	}
	// Jobs are stored without a story: stories are assigned online in one
	// order, by the one worker elected to group (groupLoop), since workers
	// with separate in-memory groupers would hand out clashing story ids.
	stages.Grouper = nil
	ix := indexer.New(st, stages)
	m := newWorkerMetrics()

	if o.metricsAddr != "" {
		ln, err := net.Listen("tcp", o.metricsAddr)
		if err != nil {
			return fmt.Errorf("metrics listener %s: %w", o.metricsAddr, err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg}))
		mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintln(w, `{"status":"ok"}`)
		})
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
		e.log.Info("serving metrics", "addr", "http://"+ln.Addr().String()+"/metrics")
	}

	e.log.Info("worker started", "queue", o.queue, "db", redactURL(o.db), "jobs", o.jobs)
	start := time.Now()
	var wg sync.WaitGroup
	errc := make(chan error, o.jobs)
	for range o.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errc <- e.workLoop(ctx, q, o, ix, m)
		}()
	}
	// drain asks the grouper to assign the stories still missing and stop,
	// once this process has no more jobs.
	drain := make(chan struct{})
	grouped := make(chan struct{})
	if pg, ok := st.(*postgres.Store); ok && o.stories {
		go func() { defer close(grouped); e.groupLoop(ctx, pg, drain) }()
	} else {
		close(grouped)
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	tick := time.NewTicker(o.statsEvery)
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
			e.log.Info("worker stopped", "settled", m.settled.Load(), "until_last_job", busy,
				"elapsed", time.Since(start).Round(time.Millisecond),
				"prepare_per_job", per(m.prepareNs.Load()), "store_per_job", per(m.storeNs.Load()), "ack_per_job", per(m.ackNs.Load()))
			return nil
		case <-tick.C:
			sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			s, err := q.Stats(sctx)
			cancel()
			if err != nil {
				e.log.Warn("queue stats", "error", err)
				continue
			}
			m.pending.Set(float64(s.Pending))
			m.inFlight.Set(float64(s.InFlight))
			m.dead.Set(float64(s.Dead))
			e.log.Info("queue", "pending", s.Pending, "in_flight", s.InFlight, "dead", s.Dead)
		}
	}
}

// workLoop receives and settles jobs one at a time until ctx is done.
func (e *env) workLoop(ctx context.Context, q pipeline.Receiver, o workerOptions, ix *indexer.Indexer, m *workerMetrics) error {
	for {
		rctx, cancel := ctx, context.CancelFunc(func() {})
		if o.idleExit > 0 {
			rctx, cancel = context.WithTimeout(ctx, o.idleExit)
		}
		j, ack, err := q.Receive(rctx)
		cancel()
		if err != nil {
			if ctx.Err() != nil || (o.idleExit > 0 && errors.Is(err, context.DeadlineExceeded)) {
				return nil
			}
			return err
		}
		// A job in hand is finished even when the worker is asked to stop,
		// so that its acknowledgement is not lost.
		jctx := context.WithoutCancel(ctx)
		result, jobErr := runJob(jctx, ix, j, m)
		t := time.Now()
		aerr := ack(jctx, jobErr)
		m.stage.WithLabelValues("ack").Observe(time.Since(t).Seconds())
		m.ackNs.Add(int64(time.Since(t)))
		if jobErr != nil && !pipeline.IsPermanent(jobErr) && j.Attempt < o.maxDeliver {
			result = "retry"
		}
		m.jobs.WithLabelValues(string(j.Kind), result).Inc()
		m.settled.Add(1)
		m.last.Store(time.Now().UnixNano())
		switch {
		case aerr != nil:
			e.log.Warn("ack failed; the job will be redelivered", "id", j.ID, "source", j.Source, "error", aerr)
		case jobErr != nil:
			e.log.Warn("job failed", "id", j.ID, "source", j.Source, "attempt", j.Attempt, "result", result, "error", jobErr)
		}
	}
}

// runJob stores one job's page or document. It returns the result label
// for metrics and an error marked permanent when the input itself is bad.
func runJob(ctx context.Context, ix *indexer.Indexer, j pipeline.Job, m *workerMetrics) (string, error) {
	var p indexer.Page
	switch j.Kind {
	case pipeline.JobExtract:
		it := ingest.Item{ID: j.ID, Source: j.Source, URL: j.URL, ContentType: j.ContentType, Body: j.Body, Kind: ingest.KindHTML}
		if j.Format == "text" {
			it.Kind = ingest.KindText
		}
		p = indexer.Page{ID: j.ID, Raw: j.Body, Extract: func() document.Document { return toDocument(it, inputOptions{}) }}
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
	res, err := ix.Commit(ctx, prep)
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

// grouperLock names the advisory lock held by the one worker that assigns
// stories.
const grouperLock = "storyline-story-grouper"

// groupLoop competes for the grouper lock and, while holding it, assigns
// stories to the documents workers stored without one. It returns when ctx
// is done.
func (e *env) groupLoop(ctx context.Context, st *postgres.Store, drain <-chan struct{}) {
	for ctx.Err() == nil {
		lock, err := st.TryLock(ctx, grouperLock)
		switch {
		case err != nil:
			e.log.Warn("grouper lock", "error", err)
		case lock != nil:
			e.log.Info("this worker now assigns stories")
			err := e.group(ctx, st, lock, drain)
			lock.Unlock(context.WithoutCancel(ctx))
			if err != nil && ctx.Err() == nil {
				e.log.Warn("story grouping stopped; retrying", "error", err)
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
func (e *env) group(ctx context.Context, st *postgres.Store, lock *postgres.Lock, drain <-chan struct{}) error {
	stages, err := analysisStages(time.Now())
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
	e.log.Info("story state restored", "documents", n, "elapsed", time.Since(start).Round(time.Millisecond))
	flush := func() error {
		if l, ok := g.(indexer.Labeler); ok {
			return st.LabelStories(context.WithoutCancel(ctx), l.Labels())
		}
		return nil
	}
	dirty := false
	for {
		if !lock.Held(ctx) {
			if ctx.Err() != nil {
				return flush()
			}
			return errors.New("lost the grouper lock")
		}
		// Always from the start: a document whose transaction committed
		// late may sit before ones already grouped.
		batch, err := st.Ungrouped(ctx, 0, 500)
		if err != nil {
			if ctx.Err() != nil {
				return flush()
			}
			return err
		}
		for _, p := range batch {
			gr := g.Group(p.Doc.Document)
			if _, err := st.AssignStory(ctx, p.Seq, gr.Story, gr.Label, gr.DuplicateOf); err != nil {
				return err
			}
			dirty = true
		}
		if len(batch) > 0 {
			continue
		}
		if dirty {
			if err := flush(); err != nil {
				return err
			}
			dirty = false
		}
		select {
		case <-drain:
			return nil // nothing left to group and no more jobs here
		default:
		}
		t := time.NewTimer(500 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-drain:
		case <-t.C:
		}
		t.Stop()
	}
}
