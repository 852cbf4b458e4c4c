package cli_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-dev/storyline/internal/cli"
	"github.com/storyline-dev/storyline/internal/integration"
	"github.com/storyline-dev/storyline/internal/jetstream"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
)

// testQueue returns a --queue URL naming streams of the test's own, and
// their name; the streams are deleted when the test ends.
func testQueue(t *testing.T, natsURL string) (queue, name string) {
	t.Helper()
	b := make([]byte, 4)
	rand.Read(b)
	name = "clitest_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		opts, _ := jetstream.Named(name)
		opts.URL = natsURL
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if q, err := jetstream.Open(ctx, opts); err == nil {
			q.Delete(ctx)
		}
	})
	return natsURL + "?name=" + name, name
}

func queuedPage(title string, paras ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>%s</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>%s</h1>", title, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString("</article><footer>(c) Example Media</footer></body></html>")
	return b.String()
}

func runQueueCmd(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	code = cli.Main(ctx, args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// TestQueuedIngest publishes pages with ingest --queue (twice), drains them
// with worker into an SQLite store, and checks that every page was stored
// once and the page without an article went to the dead letters.
func TestQueuedIngest(t *testing.T) {
	natsURL := integration.NATSURL(t)
	queue, name := testQueue(t, natsURL)

	dir := t.TempDir()
	pages := map[string]string{
		"harbour.html": queuedPage("Harbour strike enters second week",
			"Dock workers in Port Avel extended their strike on Monday, halting container traffic for a second week.",
			"Union leaders said talks with the port authority had stalled over pay and night shifts."),
		"talks.html": queuedPage("Ceasefire talks resume",
			"Envoys from both sides met again in the capital on Tuesday to resume ceasefire talks after a month-long pause.",
			"Officials described the first session as constructive but cautioned that major differences remained."),
		"budget.html": queuedPage("City council passes budget",
			"The city council approved next year's budget late on Wednesday after a six-hour debate over transport spending.",
			"The final plan adds two bus lines and delays the renovation of the central library by a year."),
		"empty.html": "<html><head><title>x</title></head><body></body></html>",
		"docs.jsonl": `{"id":"wire-1","source":"feed","url":"https://example.org/wire-1","title":"Rail strike called off","author":"","date":"2026-03-04","date_source":"meta","sitename":"Example Wire","language":"en","text":"The rail union called off Friday's strike after a late offer from the operator."}` + "\n",
	}
	for name, body := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 { // the second publication must not add jobs
		if _, stderr, code := runQueueCmd(t, "ingest", "--queue", queue, dir); code != 0 {
			t.Fatalf("ingest --queue exit %d: %s", code, stderr)
		}
	}
	db := filepath.Join(t.TempDir(), "queued.db")
	_, stderr, code := runQueueCmd(t, "worker", "--db", db, "--queue", queue, "-j", "2", "--idle-exit", "2s")
	if code != 0 {
		t.Fatalf("worker exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "settled=5") {
		t.Errorf("worker summary does not report 5 settled jobs:\n%s", stderr)
	}

	ctx := context.Background()
	st, err := sqlite.Open(ctx, db, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stories := map[string]bool{}
	for _, id := range []string{"harbour", "talks", "budget", "wire-1"} {
		vs, err := st.Versions(ctx, id)
		if err != nil || len(vs) != 1 {
			t.Errorf("Versions(%s) = %d, %v; want 1 stored version", id, len(vs), err)
		}
		// A worker on SQLite assigns stories itself.
		if d, err := st.Document(ctx, id); err != nil || d.Story == "" {
			t.Errorf("Document(%s).Story = %q, %v; want a story", id, d.Story, err)
		} else {
			stories[d.Story] = true
		}
	}
	if len(stories) < 3 {
		t.Errorf("4 documents on 3 or 4 subjects in %d stories; want them kept apart", len(stories))
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Documents != 4 {
		t.Errorf("Stats().Documents = %d, %v; want 4", stats.Documents, err)
	}
	if d, err := st.Document(ctx, "wire-1"); err != nil || d.Title != "Rail strike called off" || d.Sitename != "Example Wire" {
		t.Errorf("Document(wire-1) = title %q sitename %q, %v; want the JSONL record as published", d.Title, d.Sitename, err)
	}

	opts, _ := jetstream.Named(name)
	opts.URL = natsURL
	q, err := jetstream.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || !dead[0].Permanent || !strings.Contains(dead[0].Error, "empty.html") {
		t.Errorf("dead letters = %+v; want one permanent failure of empty.html", dead)
	}
}

func TestQueueFlagErrors(t *testing.T) {
	tests := [][]string{
		{"ingest", "--queue", "http://127.0.0.1:4222", "x.html"},
		{"ingest", "--queue", "nats://127.0.0.1:4222?name=bad.name", "x.html"},
		{"ingest", "--db", "a.db", "--queue", "nats://127.0.0.1:4222", "x.html"},
		{"worker", "--db", "a.db"},
		{"worker", "--db", filepath.Join(t.TempDir(), "a.db"), "--queue", "nats://127.0.0.1:4222", "--prefetch", "0"},
		{"ingest", "--queue", "nats://127.0.0.1:4222", "--watch", "1m", "https://example.org/feed.xml"},
	}
	for _, args := range tests {
		if _, _, code := runQueueCmd(t, args...); code == 0 {
			t.Errorf("storyline %s: exit 0; want an error", strings.Join(args, " "))
		}
	}
}

// TestQueuedIngestPostgresStories runs two workers at once against one
// PostgreSQL store: every page is stored once and gets a story, and the
// copy of a page is marked as its duplicate.
func TestQueuedIngestPostgresStories(t *testing.T) {
	natsURL := integration.NATSURL(t)
	db := integration.PostgresSchemaURL(t, "storyline_clitest_")
	queue, _ := testQueue(t, natsURL)
	dir := t.TempDir()
	strike := queuedPage("Harbour strike enters second week",
		"Dock workers in Port Avel extended their strike on Monday, halting container traffic for a second week.",
		"Union leaders said talks with the port authority had stalled over pay and night shifts.")
	pages := map[string]string{
		"strike.html":      strike,
		"strike-copy.html": strike,
		"budget.html": queuedPage("City council passes budget",
			"The city council approved next year's budget late on Wednesday after a six-hour debate over transport spending.",
			"The final plan adds two bus lines and delays the renovation of the central library by a year."),
	}
	for name, body := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, stderr, code := runQueueCmd(t, "ingest", "--queue", queue, dir); code != 0 {
		t.Fatalf("ingest --queue exit %d: %s", code, stderr)
	}
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, stderr, code := runQueueCmd(t, "worker", "--db", db, "--queue", queue, "-j", "1", "--idle-exit", "2s"); code != 0 {
				t.Errorf("worker exit %d: %s", code, stderr)
			}
		}()
	}
	wg.Wait()

	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT doc_id, story_id, duplicate_of FROM documents ORDER BY doc_id`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{}
	for rows.Next() {
		var id, story, dup string
		if err := rows.Scan(&id, &story, &dup); err != nil {
			t.Fatal(err)
		}
		if _, seen := got[id]; seen {
			t.Errorf("document %s stored twice", id)
		}
		got[id] = [2]string{story, dup}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("stored %d documents; want 3: %v", len(got), got)
	}
	for id, g := range got {
		if g[0] == "" {
			t.Errorf("document %s has no story", id)
		}
	}
	s1, s2 := got["strike"], got["strike-copy"]
	if s1[0] != s2[0] || (s1[1] != "strike-copy" && s2[1] != "strike") {
		t.Errorf("strike = %v, strike-copy = %v; want one story, one a duplicate of the other", s1, s2)
	}
	if got["budget"][0] == s1[0] {
		t.Errorf("budget joined the strike story %s", s1[0])
	}
}
