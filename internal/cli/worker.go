package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/crawl"
	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/jetstream"
	"github.com/storyline-dev/storyline/internal/worker"
)

// workerOptions are the worker command's settings.
type workerOptions struct {
	db, queue   string
	jobs        int
	metricsAddr string
	ackWait     time.Duration
	maxDeliver  int
	prefetch    int
	statsEvery  time.Duration
	idleExit    time.Duration
	longJob     time.Duration
	stories     bool
	crawl       crawl.Options
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
in storage order, as ingest does in one process. With an SQLite store, run
one worker process (more jobs with -j): it assigns stories itself as it
stores each document, after restoring the story state from the store, as
ingest does; a second process on the same file would hand out clashing
story ids, so give it --stories=false.

Fetch jobs (URL sources given to "ingest --queue"): the worker fetches the
article page politely — robots.txt is obeyed and requests to one host are
spaced --host-interval apart, within this worker process — records the fetch
in the store's fetch log, and then handles the page like a queued file. A page
that robots.txt forbids or that answers 404 is dead-lettered at once; a server
error or timeout is retried like any failing job.

With --metrics-addr the worker serves Prometheus metrics at /metrics. The
worker runs Go's garbage collector at GOGC=400 (less CPU, a peak heap of
about five times the live one) unless the GOGC environment variable says
otherwise; GOMEMLIMIT caps its memory.

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
	f.IntVar(&o.prefetch, "prefetch", 2, "jobs pulled ahead of the slots (reserved and renewed while they wait), so the next job is in hand; more hides round trips, but jobs waiting here are held from other workers")
	f.DurationVar(&o.statsEvery, "stats-every", 10*time.Second, "how often to log progress and refresh queue gauges")
	f.BoolVar(&o.stories, "stories", true, "take part in story grouping (PostgreSQL: one worker at a time groups; SQLite: this worker groups)")
	f.StringVar(&o.crawl.UserAgent, "user-agent", "", "User-Agent for fetch jobs (default "+crawl.DefaultUserAgent+")")
	f.DurationVar(&o.crawl.HostInterval, "host-interval", 0, "least time between two requests of this worker to one host (default 1s, or the site's Crawl-delay)")
	f.DurationVar(&o.longJob, "long-job", 5*time.Minute, "log a job still running after this long, once per job (a stalled job keeps the worker from stopping: kill -9 it, and the job goes to another worker)")
	f.DurationVar(&o.idleExit, "idle-exit", 0, "exit once no job has arrived for this long (batch runs, benchmarks; default: run until stopped)")
	_ = cmd.MarkFlagRequired("db")
	_ = cmd.MarkFlagRequired("queue")
	return cmd
}

// workerGCPercent is the worker's garbage collection target (GOGC) unless
// the GOGC environment variable sets one. A worker's live heap is small
// (the story state, and the pages in hand) while each page allocates
// several times its size as it is parsed, so at Go's default of 100 the
// collector ran every few pages and took about a tenth of the worker's
// CPU. At 400 the worker's CPU per page on the aeb pages fell from 9.8-12.4
// ms to 8.6-8.9 ms, for a peak heap of five times the live one
// (docs/bench/scaleout.md); GOMEMLIMIT caps it where memory is short.
const workerGCPercent = 400

// runWorker opens the store and the queue, serves the metrics if asked, and
// runs the worker (worker.Run) until ctx is done.
func (e *env) runWorker(ctx context.Context, o workerOptions) error {
	if o.jobs < 1 {
		o.jobs = runtime.GOMAXPROCS(0)
	}
	if o.prefetch < 1 {
		return fmt.Errorf("--prefetch %d: must be at least 1", o.prefetch)
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(workerGCPercent))
	}
	st, err := openStore(ctx, o.db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := e.openQueue(ctx, o.queue, jetstream.Options{
		Name: "storyline-worker", AckWait: o.ackWait, MaxDeliver: o.maxDeliver,
		Prefetch: o.prefetch,
	})
	if err != nil {
		return err
	}
	defer q.Close()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if o.metricsAddr != "" {
		ln, err := net.Listen("tcp", o.metricsAddr)
		if err != nil {
			return fmt.Errorf("metrics listener %s: %w", o.metricsAddr, err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
		mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintln(w, `{"status":"ok"}`)
		})
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go func() {
			// The worker goes on without its metrics, but says so.
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				e.log.Error("metrics server stopped", "addr", ln.Addr().String(), "error", err)
			}
		}()
		defer srv.Close()
		e.log.Info("serving metrics", "addr", "http://"+ln.Addr().String()+"/metrics")
	}

	e.log.Info("worker started", "queue", o.queue, "db", redactURL(o.db), "jobs", o.jobs)
	return worker.Run(ctx, st, q, worker.Options{
		Jobs:       o.jobs,
		MaxDeliver: o.maxDeliver,
		StatsEvery: o.statsEvery,
		IdleExit:   o.idleExit,
		LongJob:    o.longJob,
		NoStories:  !o.stories,
		Extract:    func(it ingest.Item) document.Document { return toDocument(it, inputOptions{}) },
		Fetch:      e.jobFetcher(st, o.crawl),
		Stages:     func() (indexer.Options, error) { return analysisStages(time.Now()) },
		Logger:     e.log,
		Registerer: reg,
	})
}
