package cli_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheck runs check on a store whose story counts agree, then disagree
// (changed behind the store's back), then after --repair.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	pages := filepath.Join(dir, "pages")
	if err := os.MkdirAll(pages, 0o755); err != nil {
		t.Fatal(err)
	}
	page := queuedPage("Harbour strike enters second week",
		"Dock workers in Port Avel extended their strike on Monday, halting container traffic for a second week.",
		"Union leaders said talks with the port authority had stalled over pay and night shifts.")
	if err := os.WriteFile(filepath.Join(pages, "strike.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runQueueCmd(t, "ingest", "--db", db, pages); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if out, stderr, code := runQueueCmd(t, "check", "--db", db); code != 0 || out != "" {
		t.Fatalf("check of a fresh store: exit %d, output %q: %s", code, out, stderr)
	}
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	_, err = raw.Exec(`UPDATE stories SET documents = documents + 4`)
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}
	out, _, code := runQueueCmd(t, "check", "--db", db)
	if code != 2 || !strings.Contains(out, `"documents":5,"counted_documents":1`) {
		t.Errorf("check of a broken count: exit %d, output %q; want exit 2 and the story's counts", code, out)
	}
	if out, stderr, code := runQueueCmd(t, "check", "--db", db, "--repair"); code != 0 || !strings.Contains(out, `"counted_documents":1`) {
		t.Errorf("check --repair: exit %d, output %q: %s; want exit 0 and the story corrected", code, out, stderr)
	}
	if out, stderr, code := runQueueCmd(t, "check", "--db", db); code != 0 || out != "" {
		t.Errorf("check after --repair: exit %d, output %q: %s; want exit 0 and nothing", code, out, stderr)
	}
	// A mistyped path is an error, not a new empty store, for every command
	// that reads one.
	missing := filepath.Join(dir, "typo.db")
	for _, cmd := range []string{"check", "serve"} {
		if _, stderr, code := runQueueCmd(t, cmd, "--db", missing); code != 1 || !strings.Contains(stderr, "no store at "+missing) {
			t.Errorf("%s of a missing file: exit %d, %q; want exit 1 naming it", cmd, code, stderr)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Errorf("%s of a missing file created it", cmd)
		}
	}
}
