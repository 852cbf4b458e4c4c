//go:build linux

package scaleouttest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-dev/storyline/internal/cli"
	"github.com/storyline-dev/storyline/internal/integration"
	"github.com/storyline-dev/storyline/internal/jetstream"
)

// childEnv carries a worker child's command line, as JSON, to the re-run
// test binary (TestWorkerProcess).
const childEnv = "STORYLINE_SCALEOUT_WORKER"

// TestWorkerProcess is the worker process of TestRealRestarts: the test
// binary run again with the worker's arguments in childEnv, so that the
// worker can be killed with SIGKILL without building the storyline binary.
// It is skipped in a normal run.
func TestWorkerProcess(t *testing.T) {
	raw := os.Getenv(childEnv)
	if raw == "" {
		t.Skip("the worker process of TestRealRestarts")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		t.Fatal(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, args, strings.NewReader(""), os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// workerProc is one worker process.
type workerProc struct {
	n    int
	cmd  *exec.Cmd
	log  string
	done chan error
}

func startWorker(t *testing.T, n int, dir string, args ...string) *workerProc {
	t.Helper()
	raw, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestWorkerProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+string(raw))
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	w := &workerProc{n: n, cmd: cmd, log: filepath.Join(dir, fmt.Sprintf("worker.%d.log", n)), done: make(chan error, 1)}
	f, err := os.Create(w.log)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	go func() { w.done <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() })
	return w
}

// count returns how many lines of the worker's log contain s.
func (w *workerProc) count(s string) int {
	b, _ := os.ReadFile(w.log)
	return bytes.Count(b, []byte(s))
}

func (w *workerProc) summary() string {
	b, _ := os.ReadFile(w.log)
	if i := bytes.Index(b, []byte("settled=")); i >= 0 {
		line := b[i:]
		if j := bytes.IndexByte(line, '\n'); j >= 0 {
			line = line[:j]
		}
		return string(line)
	}
	return "no summary"
}

// drillPage writes the i-th page of the drill: a short news article about
// one of a few developing stories, different in its numbers and places from
// every other page.
func drillPage(i int) string {
	cities := []string{"Port Avel", "Dunmoor", "Saint Oren", "Calvera", "Vell", "Kessel Bridge", "Marrow", "Halden"}
	city := cities[(i/4)%len(cities)]
	var title, lead, more string
	switch i % 4 {
	case 0:
		title = fmt.Sprintf("Dock strike in %s enters day %d", city, 2+i)
		lead = fmt.Sprintf("Dock workers in %s extended their strike for a %dth day on Monday, halting container traffic at the port.", city, 2+i)
		more = fmt.Sprintf("Union leader Mara Quill said talks with the port authority had stalled over pay and night shifts, and %d ships were waiting offshore.", 3+i)
	case 1:
		title = fmt.Sprintf("Flood warnings raised along the Kessel near %s", city)
		lead = fmt.Sprintf("Water levels on the Kessel river rose by %d centimetres overnight near %s, and the regional authority raised its flood warning.", 10+i, city)
		more = fmt.Sprintf("Emergency services moved %d families from low-lying streets, and volunteers filled sandbags through the night.", 4+i)
	case 2:
		title = fmt.Sprintf("Rate rise weighs on %s lenders", city)
		lead = fmt.Sprintf("Banks in %s raised mortgage rates after the central bank lifted its policy rate for the %dth time this cycle.", city, 2+i)
		more = fmt.Sprintf("Governor Ilse Halvorsen told parliament that inflation would fall by summer, and %d economists surveyed agreed.", 5+i)
	default:
		title = fmt.Sprintf("Ceasefire talks resume in %s", city)
		lead = fmt.Sprintf("Envoys met in %s on Tuesday for round %d of ceasefire talks after a pause of several weeks.", city, 2+i)
		more = fmt.Sprintf("Mediator Oren Varga said both delegations had accepted a draft agenda, and %d observers attended the opening session.", 6+i)
	}
	return fmt.Sprintf(`<!DOCTYPE html><html><head><title>%s</title>
<meta property="article:published_time" content="2026-03-%02dT09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>%s</h1><p>%s</p><p>%s</p>
<p>Report number %d of the drill, filed from %s, gives the figure %d for the record.</p></article>
<footer>(c) Drill Media</footer></body></html>`, title, 1+i%28, title, lead, more, i, city, i*13+5)
}

// poisonPages are readable pages from which no article can be extracted:
// their jobs must fail permanently and go to the dead letters.
var poisonPages = map[string]string{
	"poison-blank.html":  `<html><head><title>x</title></head><body></body></html>`,
	"poison-script.html": `<html><body><script>var a = 1;</script></body></html>`,
	"poison-nav.html":    `<html><body><nav><a href="/">Home</a></nav></body></html>`,
}

// TestRealRestarts is the failure drill of issue 7 against real servers
// restarted for real: while two worker processes drain pages from a
// private NATS JetStream server into a private PostgreSQL server, it kills
// one worker with SIGKILL and starts another, kills nats-server with SIGKILL
// and starts it again on the same store, and stops PostgreSQL as by a
// crash (immediate shutdown) and starts it again, which runs crash recovery.
// Afterwards every page must be stored exactly once, with a story, and the
// poison pages must be in the dead-letter stream with their error.
func TestRealRestarts(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and restarts private NATS and PostgreSQL servers")
	}
	ns := integration.StartNATS(t)
	pg := integration.StartPostgres(t)
	work := t.TempDir()

	n := 1500
	if s := os.Getenv("STORYLINE_DRILL_PAGES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	pages := filepath.Join(work, "pages")
	if err := os.Mkdir(pages, 0o755); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for i := range n {
		id := fmt.Sprintf("drill-%04d", i)
		want[id] = true
		if err := os.WriteFile(filepath.Join(pages, id+".html"), []byte(drillPage(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, body := range poisonPages {
		if err := os.WriteFile(filepath.Join(pages, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	queue := ns.URL() + "?name=drill"
	var out, errb bytes.Buffer
	if code := cli.Main(ctx, []string{"ingest", "-q", "--queue", queue, pages}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("ingest --queue: exit %d\n%s", code, errb.String())
	}

	// Three deliveries at most: a job whose first attempt fails is tried
	// again 2s and 6s later, and dead-lettered if those fail too.
	// PostgreSQL is down for longer than that, so the drill also checks
	// that a store outage does not use up the deliveries of the jobs in
	// hand. (Two would do for that, but a job of the killed worker whose
	// acknowledgement is then lost to the NATS restart has used two
	// deliveries without a fault of its own.)
	workerArgs := []string{"worker", "--db", pg.URL(), "--queue", queue, "-j", "2",
		"--ack-wait", "3s", "--max-deliver", "3", "--stats-every", "1h"}
	start := time.Now()
	w1 := startWorker(t, 1, work, workerArgs...)
	w2 := startWorker(t, 2, work, workerArgs...)

	// The drill: each fault is injected once the workers have stored a
	// given share of the pages, so that it hits the middle of the drain
	// whatever the machine's speed.
	stored := func() (docs, grouped int, err error) {
		qctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		c, err := pgx.Connect(qctx, pg.URL())
		if err != nil {
			return 0, 0, err
		}
		defer c.Close(qctx)
		err = c.QueryRow(qctx, `SELECT count(*), count(*) FILTER (WHERE story_id <> '') FROM documents`).Scan(&docs, &grouped)
		return docs, grouped, err
	}
	waitStored := func(share float64) int {
		t.Helper()
		for {
			docs, _, err := stored()
			if err == nil && float64(docs) >= share*float64(n) {
				return docs
			}
			if ctx.Err() != nil {
				t.Fatalf("waiting for %.0f%% of the pages to be stored: %v (last: %d, %v)", share*100, ctx.Err(), docs, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	fault := func(what string, docs int) {
		t.Logf("%5.1fs %d/%d stored: %s", time.Since(start).Seconds(), docs, n, what)
		if docs >= n {
			t.Errorf("%s after the drain had ended: the drill proves nothing about it (raise STORYLINE_DRILL_PAGES)", what)
		}
	}

	fault("kill -9 worker 1, start worker 3", waitStored(0.15))
	w1.cmd.Process.Kill()
	<-w1.done
	w3 := startWorker(t, 3, work, workerArgs...)

	fault("kill -9 nats-server, restart it after 1s", waitStored(0.35))
	ns.Kill()
	time.Sleep(time.Second)
	ns.Start()
	// How long the workers take to get going again: a pull that was in
	// flight when the server died must not keep them idle.
	restarted := time.Now()
	before, _, _ := stored()
	for {
		if docs, _, err := stored(); err == nil && docs >= before+100 || time.Since(restarted) > 20*time.Second {
			t.Logf("%5.1fs 100 more pages stored %.1fs after nats-server came back", time.Since(start).Seconds(), time.Since(restarted).Seconds())
			break
		}
		time.Sleep(20 * time.Millisecond)
	}

	fault("immediate shutdown of PostgreSQL, restart it after 7s", waitStored(0.55))
	pg.Crash()
	time.Sleep(7 * time.Second)
	pg.Start()
	t.Logf("%5.1fs servers back; waiting for the drain", time.Since(start).Seconds())

	// Drained: every page stored and grouped, nothing left in the queue.
	qopts, _ := jetstream.Named("drill")
	qopts.URL, qopts.PublishOnly = ns.URL(), true
	q, err := jetstream.Open(ctx, qopts)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	for {
		docs, grouped, err := stored()
		s, serr := q.Stats(ctx)
		// With the queue empty no more documents can come; the checks
		// below say what is missing, if anything.
		if err == nil && serr == nil && grouped == docs && s.Pending == 0 && s.InFlight == 0 {
			t.Logf("%5.1fs drained: %d stored, %d grouped, queue %+v", time.Since(start).Seconds(), docs, grouped, s)
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("not drained: %d stored (%v), %d grouped, queue %+v (%v)", docs, err, grouped, s, serr)
		}
		time.Sleep(200 * time.Millisecond)
	}
	for _, w := range []*workerProc{w2, w3} {
		w.cmd.Process.Signal(syscall.SIGTERM)
		if err := <-w.done; err != nil {
			t.Errorf("worker %d: %v\n%s", w.n, err, w.summary())
		}
	}
	for _, w := range []*workerProc{w1, w2, w3} {
		if t.Failed() || testing.Verbose() && os.Getenv("STORYLINE_DRILL_LOGS") != "" {
			b, _ := os.ReadFile(w.log)
			t.Logf("worker %d log:\n%s", w.n, b)
		}
		t.Logf("worker %d: %d lost acks, %d failed attempts, %d jobs held through a store outage, %d NATS reconnects, %d grouper terms; %s",
			w.n, w.count("ack failed"), w.count("job failed"), w.count("store answers again"),
			w.count("nats reconnected"), w.count("now assigns stories"), w.summary())
	}

	// Every page exactly once, each with a story.
	c, err := pgx.Connect(ctx, pg.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	rows, err := c.Query(ctx, `SELECT doc_id, version, story_id FROM documents`)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for rows.Next() {
		var id, story string
		var version int
		if err := rows.Scan(&id, &version, &story); err != nil {
			t.Fatal(err)
		}
		seen[id]++
		if !want[id] {
			t.Errorf("stored %s, which is not an input page", id)
		}
		if version != 1 {
			t.Errorf("%s stored as version %d; want 1", id, version)
		}
		if story == "" {
			t.Errorf("%s has no story", id)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var wrong []string
	for id := range want {
		if seen[id] != 1 {
			wrong = append(wrong, fmt.Sprintf("%s×%d", id, seen[id]))
		}
	}
	if len(wrong) > 0 {
		sort.Strings(wrong)
		t.Errorf("%d pages not stored exactly once, e.g. %v", len(wrong), wrong[:min(10, len(wrong))])
	}
	if len(seen) != n {
		t.Errorf("%d distinct documents stored; want %d", len(seen), n)
	}

	// The poison pages, and nothing else, in the dead letters, each with
	// its error.
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, dl := range dead {
		var j struct{ Source string }
		json.Unmarshal(dl.Job, &j)
		name := filepath.Base(j.Source)
		if _, ok := poisonPages[name]; (!ok || !dl.Permanent || !strings.Contains(dl.Error, name)) && len(got) < 10 {
			t.Errorf("dead letter %s: permanent %v, error %q; want only the poison pages, failed for good with their error", j.Source, dl.Permanent, dl.Error)
		}
		got[name] = true
	}
	if len(dead) != len(poisonPages) || len(got) != len(poisonPages) {
		t.Errorf("%d dead letters for %d inputs; want one for each of the %d poison pages", len(dead), len(got), len(poisonPages))
	}
	if !t.Failed() {
		t.Logf("%d pages stored exactly once with a story; the %d poison pages dead-lettered with their error", len(seen), len(dead))
	}
}
