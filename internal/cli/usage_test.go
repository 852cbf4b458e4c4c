package cli_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/storyline-dev/storyline/internal/cli"
)

// TestUsageErrors: a mistake on the command line is answered with what to
// do instead, on standard error, and nothing on standard output.
func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"extract"}, "extract needs at least one PATH: a page, a folder"},
		{[]string{"quotes"}, "quotes needs at least one PATH"},
		{[]string{"ingest", "--db", "x.db"}, "ingest needs at least one SOURCE"},
		{[]string{"extract", "-j", "-3", "page.html"}, "--jobs -3: give 0 (one per core) or a positive count"},
		{[]string{"stories", "--jobs=-1", "docs.jsonl"}, "--jobs -1"},
		{[]string{"serve", "--db", "postgress://db/news"}, "--db postgress://db/news: give a SQLite file path or a postgres:// URL"},
		{[]string{"ingest", "--db", "sqlite://news.db", "page.html"}, "give a SQLite file path or a postgres:// URL"},
	} {
		var stdout, stderr bytes.Buffer
		code := cli.Main(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
		if code == 0 || stdout.Len() != 0 || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("storyline %s = exit %d, stdout %q, stderr %q; want a failure saying %q",
				strings.Join(tt.args, " "), code, stdout.String(), stderr.String(), tt.want)
		}
	}
}
