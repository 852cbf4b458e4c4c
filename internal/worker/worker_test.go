package worker

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/extract"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/jetstream"
	"github.com/storyline-dev/storyline/internal/pipeline"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
)

// fakeQueue hands out its jobs in order, then blocks until ctx is done,
// and records how each job was settled.
type fakeQueue struct {
	mu    sync.Mutex
	jobs  []pipeline.Job
	acks  []ackRecord
	stats jetstream.Stats
}

type ackRecord struct {
	ID, Result string // Result is "ok", "permanent" or "retry"
}

func (q *fakeQueue) Receive(ctx context.Context) (pipeline.Job, pipeline.AckFunc, error) {
	q.mu.Lock()
	if len(q.jobs) == 0 {
		q.mu.Unlock()
		<-ctx.Done()
		return pipeline.Job{}, nil, ctx.Err()
	}
	j := q.jobs[0]
	q.jobs = q.jobs[1:]
	q.mu.Unlock()
	return j, func(_ context.Context, err error) error {
		r := ackRecord{ID: j.ID, Result: "ok"}
		switch {
		case pipeline.IsPermanent(err):
			r.Result = "permanent"
		case err != nil:
			r.Result = "retry"
		}
		q.mu.Lock()
		q.acks = append(q.acks, r)
		q.mu.Unlock()
		return nil
	}, nil
}

func (q *fakeQueue) Stats(context.Context) (jetstream.Stats, error) { return q.stats, nil }

// extractHTML is a minimal Options.Extract for the tests.
func extractHTML(it ingest.Item) document.Document {
	d, err := extract.HTML(it.Body, extract.Options{URL: it.URL, ContentType: it.ContentType})
	if err != nil {
		return document.Document{ID: it.ID, Source: it.Source, Error: err.Error()}
	}
	d.ID, d.Source = it.ID, it.Source
	return d
}

func page(title, text string) []byte {
	return fmt.Appendf(nil, "<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>",
		title, title, text, text)
}

// downStore fails every write, as a store whose database is down.
type downStore struct{ store.Store }

func (downStore) Put(context.Context, store.Record) (store.PutResult, error) {
	return 0, errors.New("database down")
}

// jobCounts reads storyline_worker_jobs_total by "kind/result".
func jobCounts(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	return gathered(t, reg, "storyline_worker_jobs_total", func(labels map[string]string) string {
		return labels["kind"] + "/" + labels["result"]
	})
}

// gathered reads the values of one metric family, keyed by key(labels).
func gathered(t *testing.T, reg *prometheus.Registry, name string, key func(map[string]string) string) map[string]float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			v := m.GetCounter().GetValue() + m.GetGauge().GetValue()
			out[key(labels)] = v
		}
	}
	return out
}

func openSQLite(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestRunSettlesJobs runs a worker over a queue of jobs of every kind and
// outcome and checks how each was acknowledged and counted.
func TestRunSettlesJobs(t *testing.T) {
	strike := page("Harbour strike enters second week",
		"Dock workers in Port Avel extended their strike on Monday, halting container traffic for a second week.")
	talks := page("Ceasefire talks resume",
		"Envoys from both sides met again in the capital on Tuesday to resume ceasefire talks after a month-long pause.")
	wire := &document.Document{ID: "wire-1", Source: "feed", Title: "Rail strike called off",
		Text: "The rail union called off Friday's strike after a late offer from the operator."}
	tests := []struct {
		name     string
		down     bool // the store fails every write
		jobs     []pipeline.Job
		wantAcks []ackRecord
		want     map[string]float64
	}{
		{
			name: "stored",
			jobs: []pipeline.Job{
				{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html", Body: strike, Attempt: 1},
				{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html", Body: strike, Attempt: 1},
				{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html", Body: talks, Attempt: 1},
				{Kind: pipeline.JobDocument, ID: "wire-1", Source: "feed", Doc: wire, Attempt: 1},
				{Kind: pipeline.JobExtract, ID: "empty", Source: "empty.html", Body: []byte("<html><body></body></html>"), Attempt: 1},
				{Kind: pipeline.JobFetch, ID: "fetch", Source: "https://news.example/a", URL: "https://news.example/a", Attempt: 1},
			},
			wantAcks: []ackRecord{
				{"strike", "ok"}, {"strike", "ok"}, {"strike", "ok"}, {"wire-1", "ok"},
				{"empty", "permanent"}, {"fetch", "permanent"},
			},
			want: map[string]float64{
				"extract/added": 1, "extract/unchanged": 1, "extract/new_version": 1,
				"document/added": 1, "extract/failed": 1, "fetch/failed": 1,
			},
		},
		{
			name: "store down",
			down: true,
			jobs: []pipeline.Job{
				{Kind: pipeline.JobExtract, ID: "first", Source: "first.html", Body: strike, Attempt: 1},
				{Kind: pipeline.JobExtract, ID: "last", Source: "last.html", Body: talks, Attempt: 5},
			},
			wantAcks: []ackRecord{{"first", "retry"}, {"last", "retry"}},
			// The queue's default delivery limit is 5: the fifth failure
			// is the last.
			want: map[string]float64{"extract/retry": 1, "extract/failed": 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var st store.Store = openSQLite(t)
			if tc.down {
				st = downStore{st}
			}
			q := &fakeQueue{jobs: tc.jobs}
			reg := prometheus.NewRegistry()
			var logs bytes.Buffer
			err := Run(context.Background(), st, q, Options{
				Jobs: 1, IdleExit: 200 * time.Millisecond, Extract: extractHTML,
				Logger:     slog.New(slog.NewTextHandler(&logs, nil)),
				Registerer: reg,
			})
			if err != nil {
				t.Fatalf("Run = %v; want nil", err)
			}
			if diff := cmp.Diff(tc.wantAcks, q.acks); diff != "" {
				t.Errorf("acks (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.want, jobCounts(t, reg)); diff != "" {
				t.Errorf("storyline_worker_jobs_total (-want +got):\n%s", diff)
			}
			if want := fmt.Sprintf("settled=%d", len(tc.jobs)); !strings.Contains(logs.String(), want) {
				t.Errorf("log has no %s:\n%s", want, logs.String())
			}
		})
	}
}

// TestRunRefreshesQueueGauges checks that the queue gauges follow the
// queue's stats while the worker runs.
func TestRunRefreshesQueueGauges(t *testing.T) {
	q := &fakeQueue{stats: jetstream.Stats{Pending: 7, InFlight: 3, Dead: 2}}
	reg := prometheus.NewRegistry()
	err := Run(context.Background(), openSQLite(t), q, Options{
		Jobs: 1, IdleExit: 200 * time.Millisecond, StatsEvery: 20 * time.Millisecond,
		Extract: extractHTML, Registerer: reg,
	})
	if err != nil {
		t.Fatalf("Run = %v; want nil", err)
	}
	got := map[string]float64{}
	for _, name := range []string{"storyline_queue_pending_jobs", "storyline_queue_in_flight_jobs", "storyline_queue_dead_letters"} {
		for _, v := range gathered(t, reg, name, func(map[string]string) string { return name }) {
			got[name] = v
		}
	}
	want := map[string]float64{"storyline_queue_pending_jobs": 7, "storyline_queue_in_flight_jobs": 3, "storyline_queue_dead_letters": 2}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("queue gauges (-want +got):\n%s", diff)
	}
}

// TestLongJob checks that a job running longer than LongJob is logged once,
// with its id, and shows in storyline_worker_oldest_job_seconds while it
// runs (and 0 once the worker is idle).
func TestLongJob(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{})
	slow := func(it ingest.Item) document.Document {
		if it.ID == "slow" {
			close(started)
			<-release
		}
		return extractHTML(it)
	}
	q := &fakeQueue{jobs: []pipeline.Job{{Kind: pipeline.JobExtract, ID: "slow", Source: "slow.html",
		Body: page("Harbour strike", "Dock workers in Port Avel extended their strike on Monday."), Attempt: 1}}}
	reg := prometheus.NewRegistry()
	var logs syncBuffer
	st := openSQLite(t)
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), st, q, Options{
			Jobs: 1, IdleExit: 300 * time.Millisecond, StatsEvery: 10 * time.Millisecond, LongJob: 50 * time.Millisecond,
			Extract: slow, Logger: slog.New(slog.NewTextHandler(&logs, nil)), Registerer: reg,
		})
	}()
	select {
	case <-started:
	case err := <-done:
		t.Fatalf("Run = %v before the slow job started", err)
	}
	time.Sleep(150 * time.Millisecond)
	oldest := func() float64 {
		v := gathered(t, reg, "storyline_worker_oldest_job_seconds", func(map[string]string) string { return "" })
		return v[""]
	}
	if age := oldest(); age < 0.1 {
		t.Errorf("oldest job age while the slow job runs = %.3fs; want at least 0.1s", age)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatalf("Run = %v; want nil", err)
	}
	if age := oldest(); age != 0 {
		t.Errorf("oldest job age once idle = %.3fs; want 0", age)
	}
	out := logs.String()
	if n := strings.Count(out, "job running for a long time"); n != 1 || !strings.Contains(out, "id=slow") {
		t.Errorf("%d long-job warnings in the log; want one, naming id=slow:\n%s", n, out)
	}
}

// syncBuffer is a bytes.Buffer safe for a logger and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestRunStops checks that Run returns once ctx is done, and that it
// refuses to start without what it needs.
func TestRunStops(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := Run(ctx, openSQLite(t), &fakeQueue{}, Options{Extract: extractHTML}); err != nil {
		t.Errorf("Run after ctx done = %v; want nil", err)
	}

	if err := Run(context.Background(), openSQLite(t), &fakeQueue{}, Options{}); err == nil {
		t.Error("Run without Extract = nil; want an error")
	}
	stagesErr := errors.New("no lexicon")
	err := Run(context.Background(), openSQLite(t), &fakeQueue{}, Options{Extract: extractHTML,
		Stages: func() (indexer.Options, error) { return indexer.Options{}, stagesErr }})
	if !errors.Is(err, stagesErr) {
		t.Errorf("Run with failing Stages = %v; want %v", err, stagesErr)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(newMetrics(newSlots(1)).jobs)
	if err := Run(context.Background(), openSQLite(t), &fakeQueue{}, Options{Extract: extractHTML, Registerer: reg}); err == nil {
		t.Error("Run with its metrics already registered = nil; want an error")
	}
}

// titleGrouper puts documents whose titles share their first word in one
// story, numbering stories in order of appearance; it counts the documents
// it was restored from.
type titleGrouper struct {
	stories  map[string]string
	restored int
}

func (g *titleGrouper) story(title string) string {
	w, _, _ := strings.Cut(title, " ")
	if g.stories[w] == "" {
		g.stories[w] = fmt.Sprintf("s%d", len(g.stories)+1)
	}
	return g.stories[w]
}

func (g *titleGrouper) Group(d document.Document) indexer.Grouping {
	return indexer.Grouping{Story: g.story(d.Title), Label: d.Title}
}

func (g *titleGrouper) Restore(d store.Document) {
	g.restored++
	g.stories[strings.Fields(d.Title)[0]] = d.Story
}

// TestRunGroupsOnSQLite: a worker on an SQLite store assigns stories as it
// stores, and a worker started later on the same store carries on from the
// stories already there.
func TestRunGroupsOnSQLite(t *testing.T) {
	st := openSQLite(t)
	var groupers []*titleGrouper
	opts := Options{Jobs: 2, IdleExit: 200 * time.Millisecond, Extract: extractHTML,
		Stages: func() (indexer.Options, error) {
			g := &titleGrouper{stories: map[string]string{}}
			groupers = append(groupers, g)
			return indexer.Options{Grouper: g}, nil
		}}
	job := func(id, title, text string) pipeline.Job {
		return pipeline.Job{Kind: pipeline.JobExtract, ID: id, Source: id + ".html", Body: page(title, text), Attempt: 1}
	}
	first := &fakeQueue{jobs: []pipeline.Job{
		job("strike-1", "Strike halts the port", "Dock workers in Port Avel stopped work on Monday, halting container traffic."),
		job("talks-1", "Talks resume in the capital", "Envoys from both sides met again in the capital on Tuesday to resume talks."),
	}}
	if err := Run(context.Background(), st, first, opts); err != nil {
		t.Fatal(err)
	}
	second := &fakeQueue{jobs: []pipeline.Job{
		job("strike-2", "Strike enters its second week", "The dock strike in Port Avel entered its second week on Monday, with ships waiting."),
	}}
	if err := Run(context.Background(), st, second, opts); err != nil {
		t.Fatal(err)
	}
	if len(groupers) != 2 || groupers[1].restored != 2 {
		t.Fatalf("groupers %d, the second restored from %v documents; want 2 and 2", len(groupers), groupers)
	}
	got := map[string]string{}
	for _, id := range []string{"strike-1", "talks-1", "strike-2"} {
		d, err := st.Document(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		got[id] = d.Story
	}
	want := map[string]string{"strike-1": "s1", "talks-1": "s2", "strike-2": "s1"}
	if got["talks-1"] == "s1" { // the two first jobs ran in either order
		want["talks-1"], want["strike-1"], want["strike-2"] = "s1", "s2", "s2"
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
}

// outageStore is a store whose server is down until up is set: writes fail
// and Ping reports the outage.
type outageStore struct {
	store.Store
	up    atomic.Bool
	pings atomic.Int64
}

func (s *outageStore) Put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	if !s.up.Load() {
		return 0, errors.New("connection refused")
	}
	return s.Store.Put(ctx, rec)
}

func (s *outageStore) Ping(context.Context) error {
	if s.pings.Add(1) == 3 {
		s.up.Store(true) // the server is back from the third ping on
	}
	if !s.up.Load() {
		return errors.New("connection refused")
	}
	return nil
}

// TestRunHoldsJobsThroughStoreOutage: a job that fails because the store
// does not answer is held and run again once it does, rather than settled
// as failed, so an outage uses up no delivery.
func TestRunHoldsJobsThroughStoreOutage(t *testing.T) {
	st := &outageStore{Store: openSQLite(t)}
	q := &fakeQueue{jobs: []pipeline.Job{{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html",
		Body: page("Harbour strike", "Dock workers in Port Avel extended their strike on Monday."), Attempt: 1}}}
	var logs bytes.Buffer
	err := Run(context.Background(), st, q, Options{Jobs: 1, IdleExit: 200 * time.Millisecond, Extract: extractHTML,
		StatsEvery: 10 * time.Millisecond, LongJob: 100 * time.Millisecond, // the hold lasts longer
		Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(logs.String(), "job running for a long time") {
		t.Errorf("a job held for a store outage was logged as long running:\n%s", logs.String())
	}
	if diff := cmp.Diff([]ackRecord{{"strike", "ok"}}, q.acks); diff != "" {
		t.Errorf("acks (-want +got):\n%s", diff)
	}
	if n := st.pings.Load(); n != 3 {
		t.Errorf("%d pings; want 3 (down, down, up)", n)
	}
	if !strings.Contains(logs.String(), "store unavailable; holding the job") {
		t.Errorf("no log of the held job:\n%s", logs.String())
	}
	if d, err := st.Document(context.Background(), "strike"); err != nil || d.Title != "Harbour strike" {
		t.Errorf("Document(strike) = %q, %v; want it stored", d.Title, err)
	}
}

// timedOutageStore is a store whose server is down until the time upAt.
type timedOutageStore struct {
	store.Store
	upAt time.Time
}

func (s *timedOutageStore) Put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	if time.Now().Before(s.upAt) {
		return 0, errors.New("connection refused")
	}
	return s.Store.Put(ctx, rec)
}

func (s *timedOutageStore) Ping(context.Context) error {
	if time.Now().Before(s.upAt) {
		return errors.New("connection refused")
	}
	return nil
}

// TestHeldJobResumesPromptly: after a store outage of a few seconds, the
// held job runs within about a second of the store's return (the pings back
// off to at most maxHoldPing, not to several seconds).
func TestHeldJobResumesPromptly(t *testing.T) {
	const outage = 4 * time.Second
	st := &timedOutageStore{Store: openSQLite(t), upAt: time.Now().Add(outage)}
	q := &fakeQueue{jobs: []pipeline.Job{{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html",
		Body: page("Harbour strike", "Dock workers in Port Avel extended their strike on Monday."), Attempt: 1}}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, st, q, Options{Jobs: 1, Extract: extractHTML, Logger: slog.New(slog.DiscardHandler)})
	}()
	for {
		if _, err := st.Store.Document(context.Background(), "strike"); err == nil {
			break
		}
		if time.Now().After(st.upAt.Add(maxHoldPing + 500*time.Millisecond)) {
			t.Fatalf("the held job was not stored %v after the store came back; want within about %v", time.Since(st.upAt), maxHoldPing)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// failOnceStore fails the first write of each document, as a store write
// that hits a transient error (a busy database, a full disk freed since).
type failOnceStore struct {
	store.Store
	mu     sync.Mutex
	failed map[string]bool
}

func (s *failOnceStore) Put(ctx context.Context, rec store.Record) (store.PutResult, error) {
	s.mu.Lock()
	first := !s.failed[rec.Doc.ID]
	s.failed[rec.Doc.ID] = true
	s.mu.Unlock()
	if first {
		return 0, errors.New("database is locked")
	}
	return s.Store.Put(ctx, rec)
}

// dupGrouper marks a document with the title of an earlier one as its
// duplicate, as neardup does on an exact match, and counts how many times
// it grouped each document.
type dupGrouper struct {
	first   map[string]string // title -> first document id
	grouped map[string]int
}

func (g *dupGrouper) Group(d document.Document) indexer.Grouping {
	g.grouped[d.ID]++
	dup, ok := g.first[d.Title]
	if !ok {
		g.first[d.Title] = d.ID
	}
	return indexer.Grouping{Story: "s-" + d.Title, DuplicateOf: dup}
}

func (g *dupGrouper) Restore(d store.Document) {
	if _, ok := g.first[d.Title]; !ok {
		g.first[d.Title] = d.ID
	}
}

// TestRetryAfterFailedWriteIsNotItsOwnDuplicate: on SQLite, a job whose
// store write failed is retried; the grouper must not still hold the
// document from the failed attempt (it would be grouped twice and stored as
// a duplicate of itself), so the worker rebuilds it from the store.
func TestRetryAfterFailedWriteIsNotItsOwnDuplicate(t *testing.T) {
	st := &failOnceStore{Store: openSQLite(t), failed: map[string]bool{}}
	var groupers []*dupGrouper
	opts := Options{Jobs: 1, IdleExit: 200 * time.Millisecond, Extract: extractHTML,
		Stages: func() (indexer.Options, error) {
			g := &dupGrouper{first: map[string]string{}, grouped: map[string]int{}}
			groupers = append(groupers, g)
			return indexer.Options{Grouper: g}, nil
		}}
	job := pipeline.Job{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html",
		Body: page("Harbour strike", "Dock workers in Port Avel extended their strike on Monday."), Attempt: 1}
	retry := job
	retry.Attempt = 2
	q := &fakeQueue{jobs: []pipeline.Job{job, retry}}
	if err := Run(context.Background(), st, q, opts); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]ackRecord{{"strike", "retry"}, {"strike", "ok"}}, q.acks); diff != "" {
		t.Errorf("acks (-want +got):\n%s", diff)
	}
	d, err := st.Document(context.Background(), "strike")
	if err != nil {
		t.Fatal(err)
	}
	if d.DuplicateOf != "" {
		t.Errorf("stored duplicate_of = %q; want none", d.DuplicateOf)
	}
	if g := groupers[len(groupers)-1]; len(groupers) < 2 || g.grouped["strike"] != 1 {
		t.Errorf("%d groupers built, the one in use grouped the document %d times; want a rebuilt grouper that grouped it once",
			len(groupers), g.grouped["strike"])
	}
}

// TestStopDuringOutageLeavesJobUnsettled: a worker stopped while it holds a
// job through a store outage neither retries (Nak) nor dead-letters it: the
// failure is the store's, and settling would use up a delivery or, at the
// last attempt, dead-letter a good page.
func TestStopDuringOutageLeavesJobUnsettled(t *testing.T) {
	st := &timedOutageStore{Store: openSQLite(t), upAt: time.Now().Add(time.Hour)}
	q := &fakeQueue{jobs: []pipeline.Job{{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html",
		Body: page("Harbour strike", "Dock workers in Port Avel extended their strike on Monday."), Attempt: 5}}}
	ctx, cancel := context.WithTimeout(context.Background(), 600*time.Millisecond)
	defer cancel()
	if err := Run(ctx, st, q, Options{Jobs: 1, MaxDeliver: 5, Extract: extractHTML}); err != nil {
		t.Fatal(err)
	}
	if len(q.acks) != 0 {
		t.Errorf("acks = %v; want none (the job left to come back)", q.acks)
	}
}

// slowAckQueue is a fakeQueue whose first acknowledgement is answered only
// once the next job has been handed out (or after a timeout), as a queue
// server's confirmation that takes a while.
type slowAckQueue struct {
	fakeQueue
	received   atomic.Int32
	next       chan struct{} // closed when the second job is handed out
	overlapped atomic.Bool   // the first ack saw the second job start
}

func (q *slowAckQueue) Receive(ctx context.Context) (pipeline.Job, pipeline.AckFunc, error) {
	j, ack, err := q.fakeQueue.Receive(ctx)
	if err != nil {
		return j, ack, err
	}
	n := q.received.Add(1)
	if n == 2 {
		close(q.next)
	}
	if n != 1 {
		return j, ack, nil
	}
	return j, func(ctx context.Context, err error) error {
		select {
		case <-q.next:
			q.overlapped.Store(true)
		case <-time.After(5 * time.Second):
		}
		return ack(ctx, err)
	}, nil
}

// TestAckOverlapsNextJob: a stored job's acknowledgement does not hold up
// the next job, and Run returns only once every acknowledgement is done.
func TestAckOverlapsNextJob(t *testing.T) {
	st := openSQLite(t)
	q := &slowAckQueue{next: make(chan struct{}), fakeQueue: fakeQueue{jobs: []pipeline.Job{
		{Kind: pipeline.JobExtract, ID: "a", Source: "a.html", Attempt: 1, Body: page("Strike halts the port", "Dock workers in Port Avel stopped work on Monday.")},
		{Kind: pipeline.JobExtract, ID: "b", Source: "b.html", Attempt: 1, Body: page("Regatta postponed", "The Port Avel regatta was postponed by a week because of the storm.")},
	}}}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := Run(ctx, st, q, Options{Jobs: 1, IdleExit: 200 * time.Millisecond, Extract: extractHTML}); err != nil {
		t.Fatal(err)
	}
	if !q.overlapped.Load() {
		t.Error("the first job's acknowledgement held up the next job")
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.acks) != 2 {
		t.Errorf("Run returned with %d of 2 jobs acknowledged: %v", len(q.acks), q.acks)
	}
}
