package cli_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver, to inspect the store from outside
)

// buildStoryline compiles the storyline binary into a temporary folder.
func buildStoryline(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not on PATH; cannot build the binary")
	}
	bin := filepath.Join(t.TempDir(), "storyline")
	cmd := exec.Command(gobin, "build", "-o", bin, "github.com/storyline-dev/storyline/cmd/storyline")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeCorpus writes n distinct pages, variations of the demo pages.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	src := demoPages(t)
	files, err := filepath.Glob(filepath.Join(src, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("demo pages: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		b, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			t.Fatal(err)
		}
		page := strings.Replace(string(b), "</p>", fmt.Sprintf("</p>\n<p>Correspondents filed update number %d from the region on the day.</p>", i), 1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page-%04d.html", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var summaryRE = regexp.MustCompile(`done, (\d+) read: (\d+) added, (\d+) new versions, (\d+) unchanged, (\d+) failed`)

// TestIngestSurvivesKill kills the ingester with SIGKILL at random moments,
// restarts it each time, and then checks that the database is sound, that
// every page is stored exactly once and that the last run resumed rather
// than starting over.
func TestIngestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("kill test skipped in -short mode")
	}
	bin := buildStoryline(t)
	const pages = 2000
	corpus := writeCorpus(t, pages)
	db := filepath.Join(t.TempDir(), "kill.db")
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	// Kill runs until one completes on its own, at least minKills times.
	const minKills = 6
	kills, midway := 0, 0
	var counts []int
	for round := 0; round < 40; round++ {
		cmd := exec.Command(bin, "ingest", "--db", db, "-j", "2", corpus)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wait := time.Duration(50+rng.IntN(450)) * time.Millisecond
		if kills >= minKills {
			wait = time.Minute // let this one finish
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("round %d: ingest failed: %v\n%s", round, err, stderr.String())
			}
			if kills >= minKills {
				round = 40
			}
		case <-time.After(wait):
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			<-done
			kills++
			n := countDocuments(t, db)
			counts = append(counts, n)
			if n > 0 && n < pages {
				midway++
			}
		}
	}
	t.Logf("documents stored at each kill: %v", counts)
	if midway < 3 {
		t.Errorf("%d kills happened midway through the corpus; want at least 3", midway)
	}
	if kills < minKills {
		t.Fatalf("the ingester was killed %d times; want %d (the corpus is too small for this machine)", kills, minKills)
	}

	// Finish the job.
	out, err := exec.Command(bin, "ingest", "--db", db, corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	m := summaryRE.FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("final ingest printed no summary:\n%s", out)
	}
	added, _ := strconv.Atoi(m[2])
	unchanged, _ := strconv.Atoi(m[4])
	if versions, _ := strconv.Atoi(m[3]); versions != 0 {
		t.Errorf("final ingest made %d new versions of unchanged pages", versions)
	}
	if added+unchanged != pages || added != 0 {
		t.Errorf("final ingest: %d added, %d unchanged; want all %d unchanged (the runs before resumed and finished)", added, unchanged, pages)
	}
	t.Logf("%d kills before a run finished; the check run added %d and skipped %d", kills, added, unchanged)

	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx := context.Background()
	var check string
	if err := conn.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v; want ok", check, err)
	}
	queries := []struct {
		what  string
		query string
		want  int
	}{
		{"documents", "SELECT COUNT(*) FROM documents WHERE current = 1", pages},
		{"rows (no doubles, no spurious versions)", "SELECT COUNT(*) FROM documents", pages},
		{"distinct ids", "SELECT COUNT(DISTINCT doc_id) FROM documents", pages},
		{"documents without a story", "SELECT COUNT(*) FROM documents WHERE story_id = ''", 0},
		{"story counts that disagree with their documents",
			`SELECT COUNT(*) FROM stories s WHERE s.documents <> (SELECT COUNT(*) FROM documents d WHERE d.story_id = s.id AND d.current = 1)`, 0},
	}
	if _, err := conn.ExecContext(ctx, "INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')"); err != nil {
		t.Errorf("full-text index integrity check: %v", err)
	}
	for _, q := range queries {
		var got int
		if err := conn.QueryRowContext(ctx, q.query).Scan(&got); err != nil {
			t.Fatalf("%s: %v", q.what, err)
		}
		if got != q.want {
			t.Errorf("%s = %d; want %d", q.what, got, q.want)
		}
	}
}

// countDocuments counts the stored documents, 0 when the database does not
// exist yet.
func countDocuments(t *testing.T, db string) int {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRow("SELECT COUNT(*) FROM documents").Scan(&n); err != nil {
		return 0 // killed before the schema was created
	}
	return n
}
