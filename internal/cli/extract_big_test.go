//go:build !race

package cli_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExtractBigPages checks that a 50 MB page is extracted in reasonable
// time and that a page past the 64 MiB limit gives a clear error, with the
// other inputs still coming out. Not run under -race, which makes the
// 50 MB parse several times slower and larger.
func TestExtractBigPages(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 115 MB of pages")
	}
	dir := t.TempDir()
	page := func(size int) []byte {
		var b strings.Builder
		b.Grow(size + 200)
		b.WriteString("<!DOCTYPE html><html><head><title>Big</title></head><body><article>\n")
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "<p>Report %d. %s %s</p>\n", i, enPara1, enPara2)
		}
		b.WriteString("</article></body></html>\n")
		return []byte(b.String())
	}
	for name, data := range map[string][]byte{"big.html": page(50 << 20), "huge.html": page(65 << 20), "small.html": []byte(article("", "Talks", enPara1, enPara2))} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	code, recs, stderr := runCLI(t, dir, []string{"big.html", "huge.html", "small.html"}, "")
	elapsed := time.Since(start)
	if code != 0 || len(recs) != 3 {
		t.Fatalf("extract big.html huge.html small.html = exit %d, %d records; want 0, 3\nstderr:\n%s", code, len(recs), stderr)
	}
	if recs[0].Error != "" || len(recs[0].Text) < 45<<20 {
		t.Errorf("big.html: error %q, %d bytes of text; want no error and about 50 MB", recs[0].Error, len(recs[0].Text))
	}
	if !strings.Contains(recs[1].Error, "page larger than 64 MiB") {
		t.Errorf("huge.html error = %q; want it to say the page is larger than 64 MiB", recs[1].Error)
	}
	if recs[2].Error != "" || !strings.Contains(recs[2].Text, enPara1) {
		t.Errorf("small.html = error %q, text %q; want the article", recs[2].Error, recs[2].Text)
	}
	// Generous: it takes about 2 s on an idle 2-core machine.
	if elapsed > 60*time.Second {
		t.Errorf("extracting a 50 MB page took %v; want well under a minute", elapsed)
	}
}
