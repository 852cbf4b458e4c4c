package worker

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	natsjs "github.com/nats-io/nats.go/jetstream"

	"github.com/storyline-dev/storyline/internal/integration"
	"github.com/storyline-dev/storyline/internal/jetstream"
	"github.com/storyline-dev/storyline/internal/pipeline"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/postgres"
	"github.com/storyline-dev/storyline/internal/store/sqlite"
)

// TestQueuedPageStoredAsPublished runs a page (large enough for the queue
// to compress it) through a real JetStream queue and a worker into each
// store, and checks that the stored page is the publisher's compressed
// bytes, unchanged (the worker did not compress it again), and that Raw
// gives back the page as published.
func TestQueuedPageStoredAsPublished(t *testing.T) {
	natsURL := integration.NATSURL(t)
	para := "<p>Dock workers in Port Avel extended their strike on Monday, halting container traffic.</p>\n"
	body := page("Harbour strike enters second week", strings.Repeat(para, 600)) // > 32 KiB
	small := page("Ceasefire talks resume", "Envoys met again in the capital on Tuesday to resume talks.")
	tests := []struct {
		name string
		// open returns the store and a function reading a document's
		// stored (compressed) page straight from its table.
		open func(t *testing.T) (store.Store, func(id string) []byte)
	}{
		{"sqlite", func(t *testing.T) (store.Store, func(string) []byte) {
			path := filepath.Join(t.TempDir(), "w.db")
			st, err := sqlite.Open(context.Background(), path, sqlite.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st, func(id string) []byte { return sqliteRaw(t, path, id) }
		}},
		{"postgres", func(t *testing.T) (store.Store, func(string) []byte) {
			url := integration.PostgresURL(t)
			schema := integration.NewSchemaName("storyline_worker_test_")
			ctx := context.Background()
			st, err := postgres.Open(ctx, url, postgres.Options{Schema: schema})
			if err != nil {
				t.Fatal(err)
			}
			integration.DropSchemaAtCleanup(t, url, schema) // after Close below
			t.Cleanup(func() { st.Close() })
			return st, func(id string) []byte {
				conn, err := pgx.Connect(ctx, url)
				if err != nil {
					t.Fatal(err)
				}
				defer conn.Close(ctx)
				var z []byte
				if err := conn.QueryRow(ctx, `SELECT raw FROM `+schema+`.documents WHERE doc_id = $1 AND is_current`, id).Scan(&z); err != nil {
					t.Fatalf("read raw %s: %v", id, err)
				}
				return z
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			st, storedRaw := tc.open(t)
			o, err := jetstream.Named("sl_passthrough_" + strings.TrimPrefix(integration.NewSchemaName(""), "_"))
			if err != nil {
				t.Fatal(err)
			}
			o.URL = natsURL
			q, err := jetstream.Open(ctx, o)
			if err != nil {
				t.Fatalf("open queue: %v", err)
			}
			t.Cleanup(func() { q.Delete(context.Background()) })
			for _, j := range []pipeline.Job{
				{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html", ContentType: "text/html", Body: body},
				{Kind: pipeline.JobExtract, ID: "talks", Source: "talks.html", ContentType: "text/html", Body: small},
			} {
				if err := q.Publish(ctx, j); err != nil {
					t.Fatalf("publish %s: %v", j.ID, err)
				}
			}
			// The big page as the publisher compressed it: the first
			// message's body, read from the stream before a worker runs.
			js, err := natsjs.New(natsConn(t, natsURL))
			if err != nil {
				t.Fatal(err)
			}
			s, err := js.Stream(ctx, o.Stream)
			if err != nil {
				t.Fatal(err)
			}
			msg, err := s.GetMsg(ctx, 1)
			if err != nil {
				t.Fatalf("read published job: %v", err)
			}
			if msg.Header.Get("Storyline-Encoding") != "gzip" {
				t.Fatalf("published page is not compressed (headers %v): the test needs a larger page", msg.Header)
			}
			published := msg.Data

			err = Run(ctx, st, q, Options{Jobs: 1, IdleExit: 500 * time.Millisecond, NoStories: true, Extract: extractHTML})
			if err != nil {
				t.Fatalf("Run = %v", err)
			}
			if got := storedRaw("strike"); !bytes.Equal(got, published) {
				t.Errorf("stored page: %d bytes, not the %d bytes the publisher compressed", len(got), len(published))
			}
			for id, want := range map[string][]byte{"strike": body, "talks": small} {
				got, err := st.Raw(ctx, id)
				if err != nil {
					t.Fatalf("Raw(%s): %v", id, err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("Raw(%s): %d bytes, differ from the %d published", id, len(got), len(want))
				}
			}
		})
	}
}

// natsConn connects to the NATS server at url until the test ends.
func natsConn(t *testing.T, url string) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// TestRunStoresJobsCompressedBody checks that the worker stores a job's
// compressed body (pipeline.Job.BodyGzip) as it is rather than compressing
// the page again. The queue and the indexer both compress at BestSpeed,
// which gives the same bytes, so here the body is compressed differently
// (another level, a header comment): only passing it through stores these
// bytes.
func TestRunStoresJobsCompressedBody(t *testing.T) {
	body := page("Harbour strike enters second week",
		strings.Repeat("Dock workers in Port Avel extended their strike on Monday. ", 50))
	var zbuf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zbuf, gzip.BestCompression)
	zw.Comment = "compressed by the publisher"
	zw.Write(body)
	zw.Close()
	path := filepath.Join(t.TempDir(), "w.db")
	st, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q := &fakeQueue{jobs: []pipeline.Job{
		{Kind: pipeline.JobExtract, ID: "strike", Source: "strike.html", Body: body, BodyGzip: zbuf.Bytes(), Attempt: 1},
	}}
	if err := Run(context.Background(), st, q, Options{Jobs: 1, IdleExit: 200 * time.Millisecond, Extract: extractHTML}); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if z := sqliteRaw(t, path, "strike"); !bytes.Equal(z, zbuf.Bytes()) {
		t.Errorf("stored page: %d bytes, not the job's %d compressed bytes", len(z), zbuf.Len())
	}
	if got, err := st.Raw(context.Background(), "strike"); err != nil || !bytes.Equal(got, body) {
		t.Errorf("Raw = %d bytes, %v; want the %d-byte page", len(got), err, len(body))
	}
}

// sqliteRaw reads a document's stored (compressed) page from the SQLite
// database at path.
func sqliteRaw(t *testing.T, path, id string) []byte {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var z []byte
	if err := db.QueryRow(`SELECT raw FROM documents WHERE doc_id = ? AND current = 1`, id).Scan(&z); err != nil {
		t.Fatalf("read raw %s: %v", id, err)
	}
	return z
}
