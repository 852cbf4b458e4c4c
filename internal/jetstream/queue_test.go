package jetstream_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nats-io/nats.go"
	natsjs "github.com/nats-io/nats.go/jetstream"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/integration"
	"github.com/storyline-dev/storyline/internal/jetstream"
	"github.com/storyline-dev/storyline/internal/pipeline"
	"github.com/storyline-dev/storyline/internal/store"
)

// testOptions gives each test its own streams, subjects and consumer.
func testOptions(t *testing.T, url string) jetstream.Options {
	t.Helper()
	b := make([]byte, 4)
	rand.Read(b)
	id := strings.ToUpper(hex.EncodeToString(b))
	o := jetstream.Options{
		URL:         url,
		Stream:      "STORYLINE_TEST_JOBS_" + id,
		Subject:     "storyline_test." + id + ".jobs",
		DeadStream:  "STORYLINE_TEST_DEAD_" + id,
		DeadSubject: "storyline_test." + id + ".dead",
		Consumer:    "workers_" + id,
		AckWait:     2 * time.Second,
		MaxDeliver:  3,
		RetryDelay:  50 * time.Millisecond,
	}
	t.Cleanup(func() {
		nc, err := nats.Connect(url)
		if err != nil {
			t.Logf("cleanup: %v", err)
			return
		}
		defer nc.Close()
		j, _ := natsjs.New(nc)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		for _, s := range []string{o.Stream, o.DeadStream} {
			if err := j.DeleteStream(ctx, s); err != nil && !errors.Is(err, natsjs.ErrStreamNotFound) {
				t.Logf("cleanup: delete stream %s: %v", s, err)
			}
		}
	})
	return o
}

func open(t *testing.T, o jetstream.Options) *jetstream.Queue {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := jetstream.Open(ctx, o)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func timeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func page(id, body string) pipeline.Job {
	return pipeline.Job{Kind: pipeline.JobExtract, ID: id, Source: "pages/" + id + ".html",
		ContentType: "text/html", Body: []byte(body)}
}

func receive(t *testing.T, q *jetstream.Queue, d time.Duration) (pipeline.Job, pipeline.AckFunc) {
	t.Helper()
	j, ack, err := q.Receive(timeout(t, d))
	if err != nil {
		t.Fatalf("Receive: %v", err)
	}
	return j, ack
}

func expectEmpty(t *testing.T, q *jetstream.Queue, d time.Duration) {
	t.Helper()
	j, ack, err := q.Receive(timeout(t, d))
	if err == nil {
		ack(context.Background(), nil)
		t.Fatalf("Receive = job %q (attempt %d); want nothing", j.ID, j.Attempt)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Receive error = %v; want deadline exceeded", err)
	}
}

func stats(t *testing.T, q *jetstream.Queue) jetstream.Stats {
	t.Helper()
	s, err := q.Stats(timeout(t, 5*time.Second))
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return s
}

func TestRoundTrip(t *testing.T) {
	q := open(t, testOptions(t, integration.NATSURL(t)))
	big := strings.Repeat("<p>A long paragraph of an article that compresses well.</p>\n", 4000) // > 32 KiB: gzip path
	jobs := []pipeline.Job{
		page("small", "<html><title>t</title><p>x</p></html>"),
		page("big", big),
		{Kind: pipeline.JobDocument, ID: "d1", Source: "docs.jsonl",
			Doc: &document.Document{ID: "d1", Title: "T", Text: "para one\npara two"}},
		{Kind: pipeline.JobFetch, Source: "https://example.org/feed", URL: "https://example.org/feed"},
		{Kind: pipeline.JobExtract, ID: "t", Source: "t.txt", Format: "text", Body: []byte("plain text")},
	}
	ctx := timeout(t, 10*time.Second)
	for _, j := range jobs {
		if err := q.Publish(ctx, j); err != nil {
			t.Fatalf("Publish(%s): %v", j.Source, err)
		}
	}
	for i, want := range jobs {
		got, ack := receive(t, q, 5*time.Second)
		want.Version, want.Attempt = 1, 1
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(pipeline.Job{}, "BodyGzip")); diff != "" {
			t.Errorf("job %d (-want +got):\n%s", i, diff)
		}
		// A page that travelled compressed keeps its compressed form, for
		// the store; it must give back exactly Body.
		if compressed := want.Kind == pipeline.JobExtract && len(want.Body) > 32<<10; compressed != (got.BodyGzip != nil) {
			t.Errorf("job %d: BodyGzip set = %v; want %v", i, got.BodyGzip != nil, compressed)
		} else if compressed {
			if b, err := store.DecompressPage(got.BodyGzip); err != nil || !bytes.Equal(b, want.Body) {
				t.Errorf("job %d: DecompressPage(BodyGzip) = %d bytes, %v; want Body's %d", i, len(b), err, len(want.Body))
			}
		}
		if err := ack(ctx, nil); err != nil {
			t.Fatalf("ack: %v", err)
		}
		if err := ack(ctx, nil); !errors.Is(err, pipeline.ErrSettled) {
			t.Errorf("second ack = %v; want ErrSettled", err)
		}
	}
	if s := stats(t, q); s.Pending != 0 || s.InFlight != 0 || s.Dead != 0 {
		t.Errorf("Stats after acking all = %+v; want all zero", s)
	}
}

func TestPublishInvalid(t *testing.T) {
	q := open(t, testOptions(t, integration.NATSURL(t)))
	ctx := timeout(t, 5*time.Second)
	if err := q.Publish(ctx, pipeline.Job{Kind: "nonsense", Source: "x"}); err == nil {
		t.Error("Publish(unknown kind) = nil; want error")
	}
	// Random bytes do not compress: a body over max_payload is refused.
	huge := make([]byte, 2<<20)
	rand.Read(huge)
	err := q.Publish(ctx, page("huge", string(huge)))
	if !errors.Is(err, pipeline.ErrTooLarge) {
		t.Errorf("Publish(2 MiB random page) = %v; want ErrTooLarge", err)
	}
}

func TestPublishDedup(t *testing.T) {
	q := open(t, testOptions(t, integration.NATSURL(t)))
	ctx := timeout(t, 10*time.Second)
	a := page("a", "<p>same page</p>")
	for range 3 {
		if err := q.Publish(ctx, a); err != nil {
			t.Fatalf("Publish: %v", err)
		}
	}
	// A second connection re-publishing the same input is deduplicated too.
	q2 := open(t, q.Options())
	if err := q2.Publish(ctx, a); err != nil {
		t.Fatalf("Publish from second connection: %v", err)
	}
	if got := stats(t, q).Pending; got != 1 {
		t.Errorf("Pending after publishing one page 4 times = %d; want 1", got)
	}
	changed := page("a", "<p>same page, updated</p>")
	if err := q.Publish(ctx, changed); err != nil {
		t.Fatalf("Publish: %v", err)
	}
	if got := stats(t, q).Pending; got != 2 {
		t.Errorf("Pending after publishing a changed page = %d; want 2", got)
	}
}

func TestRetryThenDeadLetter(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	q := open(t, o)
	ctx := timeout(t, 20*time.Second)
	if err := q.Publish(ctx, page("flaky", "<p>x</p>")); err != nil {
		t.Fatal(err)
	}
	for want := 1; want <= o.MaxDeliver; want++ {
		j, ack := receive(t, q, 5*time.Second)
		if j.Attempt != want {
			t.Errorf("Attempt = %d; want %d", j.Attempt, want)
		}
		if err := ack(ctx, fmt.Errorf("store unavailable (try %d)", want)); err != nil {
			t.Fatalf("ack: %v", err)
		}
	}
	expectEmpty(t, q, time.Second)
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 {
		t.Fatalf("DeadLetters = %d records; want 1", len(dead))
	}
	d := dead[0]
	if d.Error != "store unavailable (try 3)" || d.Attempts != 3 || d.Permanent {
		t.Errorf("dead letter = error %q attempts %d permanent %v; want the last error, 3, false", d.Error, d.Attempts, d.Permanent)
	}
	var j pipeline.Job
	if err := json.Unmarshal(d.Job, &j); err != nil || j.ID != "flaky" {
		t.Errorf("dead letter job = %s (%v); want the original job", d.Job, err)
	}
	if s := stats(t, q); s.Pending != 0 || s.InFlight != 0 || s.Dead != 1 {
		t.Errorf("Stats = %+v; want 0 pending, 0 in flight, 1 dead", s)
	}
}

func TestPermanentErrorDeadLettersAtOnce(t *testing.T) {
	q := open(t, testOptions(t, integration.NATSURL(t)))
	ctx := timeout(t, 10*time.Second)
	if err := q.Publish(ctx, page("empty", "")); err != nil {
		t.Fatal(err)
	}
	_, ack := receive(t, q, 5*time.Second)
	if err := ack(ctx, pipeline.Permanent(errors.New("extract pages/empty.html: empty page"))); err != nil {
		t.Fatal(err)
	}
	expectEmpty(t, q, time.Second)
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []jetstream.DeadLetter{{Error: "extract pages/empty.html: empty page", Permanent: true, Attempts: 1}}
	if diff := cmp.Diff(want, dead, cmpopts.IgnoreFields(jetstream.DeadLetter{}, "Subject", "Key", "FailedAt", "Job")); diff != "" {
		t.Errorf("dead letters (-want +got):\n%s", diff)
	}
}

func TestUndecodableJobIsDeadLettered(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	q := open(t, o)
	nc, err := nats.Connect(o.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	j, _ := natsjs.New(nc)
	ctx := timeout(t, 10*time.Second)
	if _, err := j.Publish(ctx, o.Subject+".extract", []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	if err := q.Publish(ctx, page("good", "<p>ok</p>")); err != nil {
		t.Fatal(err)
	}
	got, ack := receive(t, q, 5*time.Second)
	if got.ID != "good" {
		t.Errorf("Receive = %q; want the good job after the broken one", got.ID)
	}
	ack(ctx, nil)
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || !dead[0].Permanent || !strings.Contains(dead[0].Error, "decode job") {
		t.Errorf("dead letters = %+v; want one permanent decode error", dead)
	}
}

// TestRedeliveryAfterKill runs a worker in a child process that receives a
// job and is killed with SIGKILL before acknowledging it: the job must come
// back, to another worker, once AckWait has passed.
func TestRedeliveryAfterKill(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	q := open(t, o)
	ctx := timeout(t, 30*time.Second)
	if err := q.Publish(ctx, page("victim", "<p>x</p>")); err != nil {
		t.Fatal(err)
	}
	cfg, _ := json.Marshal(o)
	cmd := exec.Command(os.Args[0], "-test.run=^TestChildWorker$")
	cmd.Env = append(os.Environ(), "STORYLINE_JETSTREAM_CHILD="+string(cfg))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "received victim") {
		cmd.Process.Kill()
		t.Fatalf("child said %q, %v; want it to receive the job", line, err)
	}
	killed := time.Now()
	cmd.Process.Kill() // SIGKILL: no ack, no clean close
	cmd.Wait()

	got, ack := receive(t, q, 15*time.Second)
	// The attempt is the server's delivery count. nats-server before 2.10
	// could roll that count back when a redelivery failed, here most likely
	// to the killed child's pull request still registered for a second
	// job, so the next delivery said 1 again (fixed in nats-server #4472,
	// #5305 and #5338). Debian 12 ships 2.9.10; two full-suite runs here
	// (2026-12-04 and 2026-12-05) saw 1.
	want := []int{2}
	if serverBefore(t, o.URL, 2, 10) {
		want = []int{1, 2}
	}
	if got.ID != "victim" || !slices.Contains(want, got.Attempt) {
		t.Errorf("redelivered job %q attempt %d; want victim attempt %v", got.ID, got.Attempt, want)
	}
	if waited := time.Since(killed); waited > o.AckWait+3*time.Second {
		t.Errorf("redelivery took %v; want about AckWait (%v)", waited, o.AckWait)
	}
	if err := ack(ctx, nil); err != nil {
		t.Fatal(err)
	}
	expectEmpty(t, q, time.Second)
}

// serverBefore reports whether the NATS server at url is older than
// major.minor.
func serverBefore(t *testing.T, url string, major, minor int) bool {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatalf("connect to %s: %v", url, err)
	}
	defer nc.Close()
	var ma, mi int
	if _, err := fmt.Sscanf(nc.ConnectedServerVersion(), "%d.%d", &ma, &mi); err != nil {
		t.Fatalf("server version %q: %v", nc.ConnectedServerVersion(), err)
	}
	return ma < major || ma == major && mi < minor
}

// TestChildWorker is the child process of TestRedeliveryAfterKill.
func TestChildWorker(t *testing.T) {
	cfg := os.Getenv("STORYLINE_JETSTREAM_CHILD")
	if cfg == "" {
		t.Skip("child process of TestRedeliveryAfterKill")
	}
	var o jetstream.Options
	if err := json.Unmarshal([]byte(cfg), &o); err != nil {
		t.Fatal(err)
	}
	q := open(t, o)
	j, _ := receive(t, q, 10*time.Second)
	fmt.Printf("received %s\n", j.ID)
	time.Sleep(time.Minute) // killed long before this ends
}

// TestPoisonThatKillsWorkers: a job whose workers all die without settling
// it is dead-lettered, without being run again, once it comes round after
// MaxDeliver deliveries.
//
// nats-server before 2.10 (Debian 12 ships 2.9.10) can roll the delivery
// count back when a redelivery goes to a dead worker's pull request still
// registered on the server (nats-server #4472, #5305, #5338), so the job
// may come round again with a low count, or one delivery may be spent on
// the dead pull. There the test asserts the weaker property the server
// allows: the job still reaches the dead-letter subject, after at most
// twice MaxDeliver deliveries to workers. Clean-clone CI runs on
// 2026-12-05 saw both ("gave up after 3 deliveries"; attempt 1 again).
func TestPoisonThatKillsWorkers(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	o.AckWait = time.Second
	o.MaxDeliver = 2
	q := open(t, o)
	ctx := timeout(t, 60*time.Second)
	if err := q.Publish(ctx, page("poison", "<p>crashes the parser</p>")); err != nil {
		t.Fatal(err)
	}
	old := serverBefore(t, o.URL, 2, 10)
	limit := o.MaxDeliver
	if old {
		limit = 2 * o.MaxDeliver
	}
	deliveries := 0
	for deliveries < limit {
		w := open(t, o)
		j, _, err := w.Receive(timeout(t, 10*time.Second))
		if err != nil {
			w.Close()
			if deliveries >= o.MaxDeliver && errors.Is(err, context.DeadlineExceeded) {
				break // dead-lettered: nothing comes round any more
			}
			t.Fatalf("delivery %d: Receive: %v", deliveries+1, err)
		}
		deliveries++
		if !old && j.Attempt != deliveries {
			t.Errorf("Attempt = %d; want %d", j.Attempt, deliveries)
		}
		w.Close() // the worker dies holding the job
		if deliveries >= o.MaxDeliver && !old {
			break
		}
	}
	expectEmpty(t, q, 4*time.Second)
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || dead[0].Job == nil || !strings.Contains(dead[0].Error, "deliveries") {
		t.Fatalf("dead letters = %+v; want the poison job", dead)
	}
	if want := fmt.Sprintf("gave up after %d deliveries", o.MaxDeliver); !old && (dead[0].Attempts != o.MaxDeliver+1 || !strings.Contains(dead[0].Error, want)) {
		t.Errorf("dead letter %+v; want %q, attempt %d", dead[0], want, o.MaxDeliver+1)
	}
	if deliveries > limit {
		t.Errorf("workers got the poison job %d times; want at most %d", deliveries, limit)
	}
}

// TestReconnect cuts the client's TCP connections (through a proxy) while it
// publishes and receives: the client must reconnect, nothing may be lost and
// nothing doubled. It then closes the client and opens a new one (a worker
// restart) to drain the rest.
func TestReconnect(t *testing.T) {
	url := integration.NATSURL(t)
	p := newProxy(t, strings.TrimPrefix(url, "nats://"))
	o := testOptions(t, url)
	po := o
	po.URL = "nats://" + p.addr()
	po.Logger = slog.New(slog.NewTextHandler(testWriter{t}, nil))
	q := open(t, po)
	ctx := timeout(t, 60*time.Second)

	const n = 20
	for i := range n {
		if i == 5 || i == 12 {
			p.cut()
		}
		if err := q.Publish(ctx, page(fmt.Sprintf("p%02d", i), fmt.Sprintf("<p>%d</p>", i))); err != nil {
			t.Fatalf("Publish %d: %v", i, err)
		}
	}
	seen := map[string]int{}
	for i := range n / 2 {
		if i == 3 {
			p.cut()
		}
		j, ack := receive(t, q, 15*time.Second)
		if err := ack(ctx, nil); err != nil {
			// The ack was lost with the connection: the job comes back.
			t.Logf("ack %s: %v", j.ID, err)
			continue
		}
		seen[j.ID]++
	}
	q.Close()

	q2 := open(t, o)
	for {
		j, ack, err := q2.Receive(timeout(t, o.AckWait+2*time.Second))
		if errors.Is(err, context.DeadlineExceeded) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := ack(ctx, nil); err != nil {
			t.Fatal(err)
		}
		seen[j.ID]++
	}
	for i := range n {
		id := fmt.Sprintf("p%02d", i)
		if seen[id] != 1 {
			t.Errorf("job %s acknowledged %d times; want 1", id, seen[id])
		}
	}
	if s := stats(t, q2); s.Pending != 0 || s.Dead != 0 {
		t.Errorf("Stats = %+v; want nothing left", s)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}

// proxy forwards TCP connections to a NATS server and can cut them all.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	go p.serve()
	t.Cleanup(func() { ln.Close(); p.cut() })
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, s)
		p.mu.Unlock()
		go func() { io.Copy(s, c); s.Close() }()
		go func() { io.Copy(c, s); c.Close() }()
	}
}

// cut closes every proxied connection, as a network failure or a server
// restart would.
func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// TestPublishOnly: a publisher must not reconfigure the workers' consumer.
func TestPublishOnly(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	o.AckWait = 3 * time.Second
	worker := open(t, o)
	po := o
	po.AckWait, po.MaxDeliver, po.PublishOnly = 0, 0, true // defaults: 30s, 5
	pub := open(t, po)
	ctx := timeout(t, 10*time.Second)
	if err := pub.Publish(ctx, page("p", "<p>x</p>")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := pub.Receive(ctx); err == nil {
		t.Error("Receive on a publish-only queue = nil error; want an error")
	}
	if s := stats(t, pub); s.Pending != 1 {
		t.Errorf("publish-only Stats().Pending = %d; want 1", s.Pending)
	}
	nc, err := nats.Connect(o.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	j, _ := natsjs.New(nc)
	c, err := j.Consumer(ctx, o.Stream, o.Consumer)
	if err != nil {
		t.Fatal(err)
	}
	ci, err := c.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ci.Config.AckWait != 3*time.Second {
		t.Errorf("consumer AckWait %v after a publisher opened; want the workers' 3s", ci.Config.AckWait)
	}
	got, ack := receive(t, worker, 5*time.Second)
	if got.ID != "p" {
		t.Errorf("worker received %q; want p", got.ID)
	}
	ack(ctx, nil)
}

// TestReceiveStopsOnCancel: a stopping worker must not wait out a pull.
func TestReceiveStopsOnCancel(t *testing.T) {
	q := open(t, testOptions(t, integration.NATSURL(t)))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	_, _, err := q.Receive(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Receive after cancel = %v; want context.Canceled", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Receive returned %v after cancel; want well under the 5 s pull", d)
	}
}

// TestDeadLetterOfLargePage: a page that fits the queue but whose dead
// letter would not (base64 in JSON) is dead-lettered without its body.
func TestDeadLetterOfLargePage(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	q := open(t, o)
	nc, err := nats.Connect(o.URL)
	if err != nil {
		t.Fatal(err)
	}
	max := nc.MaxPayload()
	nc.Close()
	body := make([]byte, max*8/10) // random: gzip cannot shrink it
	rand.Read(body)
	ctx := timeout(t, 20*time.Second)
	if err := q.Publish(ctx, page("big", string(body))); err != nil {
		t.Fatalf("Publish(%d-byte page): %v", len(body), err)
	}
	got, ack := receive(t, q, 10*time.Second)
	if len(got.Body) != len(body) {
		t.Fatalf("received body of %d bytes; want %d", len(got.Body), len(body))
	}
	if err := ack(ctx, pipeline.Permanent(errors.New("not a page"))); err != nil {
		t.Fatalf("ack: %v", err)
	}
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || dead[0].Omitted != len(body) {
		t.Fatalf("dead letters = %d, omitted %v; want one with the body omitted", len(dead), dead)
	}
	var j pipeline.Job
	if err := json.Unmarshal(dead[0].Job, &j); err != nil || j.ID != "big" || j.Body != nil {
		t.Errorf("dead letter job = %+v, %v; want the job without its body", j, err)
	}
}

// TestCloseGivesBackPrefetched checks that jobs a receiver prefetched but
// did not hand out go to the next receiver at once, not after AckWait, and
// are run once each.
func TestCloseGivesBackPrefetched(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	o.AckWait = 20 * time.Second
	o.Prefetch = 4
	q := open(t, o)
	ctx := timeout(t, 10*time.Second)
	for i := range 4 {
		if err := q.Publish(ctx, page(fmt.Sprint("p", i), "<p>x</p>")); err != nil {
			t.Fatal(err)
		}
	}
	first, ack := receive(t, q, 5*time.Second)
	if err := ack(ctx, nil); err != nil {
		t.Fatal(err)
	}
	// The pull is asynchronous: give it a moment to fill the buffer.
	for deadline := time.Now().Add(2 * time.Second); stats(t, q).InFlight == 0; {
		if time.Now().After(deadline) {
			t.Fatalf("nothing prefetched (stats %+v): the test cannot show that Close gives jobs back", stats(t, q))
		}
		time.Sleep(20 * time.Millisecond)
	}
	q.Close()

	q2 := open(t, o)
	seen := map[string]bool{first.ID: true}
	start := time.Now()
	for range 3 {
		j, ack := receive(t, q2, 5*time.Second) // well before AckWait
		if seen[j.ID] {
			t.Errorf("job %s received again", j.ID)
		}
		seen[j.ID] = true
		if err := ack(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the prefetched jobs came back after %v; want them given back at Close", d)
	}
	expectEmpty(t, q2, 500*time.Millisecond)
}

// TestStalePrefetchedNotRun checks that a job that waited in the prefetch
// buffer while the receiver held another job for longer than AckWait (its
// reservation expired and it was delivered again) is run once, not once per
// delivery, and is not dead-lettered as "never settled" though MaxDeliver
// deliveries were used up by the buffering, not by runs.
func TestStalePrefetchedNotRun(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	o.AckWait = time.Second
	o.MaxDeliver = 1
	o.Prefetch = 4
	q := open(t, o)
	ctx := timeout(t, 20*time.Second)
	for i := range 3 {
		if err := q.Publish(ctx, page(fmt.Sprint("p", i), "<p>x</p>")); err != nil {
			t.Fatal(err)
		}
	}
	first, ack := receive(t, q, 5*time.Second)
	time.Sleep(5 * o.AckWait / 2) // the held job is renewed; the buffered ones expire
	if err := ack(ctx, nil); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{first.ID: 1}
	for {
		j, ack, err := q.Receive(timeout(t, 2*time.Second))
		if errors.Is(err, context.DeadlineExceeded) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		seen[j.ID]++
		if j.Attempt != 1 {
			t.Errorf("job %s handed out as attempt %d; want 1 (it never ran before)", j.ID, j.Attempt)
		}
		if err := ack(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 3 {
		if id := fmt.Sprint("p", i); seen[id] != 1 {
			t.Errorf("job %s run %d times; want once", id, seen[id])
		}
	}
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 0 {
		t.Errorf("%d dead letters; want none: %v", len(dead), dead)
	}
}

// TestPrefetchedRenewed checks that jobs waiting in a receiver's prefetch
// buffer, while it runs a job for several times AckWait, stay reserved
// for it: another receiver gets none of them, and they are handed out
// later as first deliveries.
func TestPrefetchedRenewed(t *testing.T) {
	o := testOptions(t, integration.NATSURL(t))
	o.AckWait = time.Second
	o.Prefetch = 2
	q := open(t, o)
	ctx := timeout(t, 30*time.Second)
	for i := range 2 {
		if err := q.Publish(ctx, page(fmt.Sprint("p", i), "<p>x</p>")); err != nil {
			t.Fatal(err)
		}
	}
	first, ack := receive(t, q, 5*time.Second) // p1 waits in the buffer
	for deadline := time.Now().Add(3 * time.Second); stats(t, q).InFlight < 2; {
		if time.Now().After(deadline) {
			t.Fatalf("the other jobs were not prefetched (stats %+v): the test cannot show their renewal", stats(t, q))
		}
		time.Sleep(20 * time.Millisecond)
	}
	// A second worker, while the first holds its job for 3 x AckWait.
	other := open(t, o)
	if j, oack, err := other.Receive(timeout(t, 3*o.AckWait)); err == nil {
		oack(ctx, nil)
		t.Fatalf("another receiver got %s (attempt %d) while it waited in the first one's buffer", j.ID, j.Attempt)
	} else if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatal(err)
	}
	if err := ack(ctx, nil); err != nil {
		t.Fatal(err)
	}
	j, ack := receive(t, q, 5*time.Second)
	if j.ID == first.ID || j.Attempt != 1 {
		t.Errorf("job %s (attempt %d) handed out again or not as a first delivery", j.ID, j.Attempt)
	}
	if err := ack(ctx, nil); err != nil {
		t.Fatal(err)
	}
	expectEmpty(t, q, 500*time.Millisecond)
}
