package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-dev/storyline/internal/cli"
)

// TestQuotesSkipFurniture runs `storyline quotes` on a scraped page saved
// as text: the teasers after "Latest News" and after "Next Story" are
// other stories' headlines, not statements of this one, and the offsets
// of what is kept still refer to the file. A teaser's cut-off opening of
// its story ("The council said that it is ready to “put the levy to a
// vote” ... The mayor backed the") is not one.
func TestQuotesSkipFurniture(t *testing.T) {
	page := "Envoy says talks will resume\n\nToday: 3 June 2025\n4 mins read\n\n" +
		"The envoy said talks would resume in Doha on Monday.\n\n" +
		"“We are close,” Khalilzad told reporters.\n\n" +
		"Next Story\n\nKremlin says talks are possible\n\n" +
		"Latest News\n\n- UN says famine confirmed in five more areas of Sudan\n- Kenya to lead new peace push, says Ruto\n\n" +
		"Don't Miss\n\nMill Town Votes on Levy\n\nThe council said that it is ready to “put the levy to a vote” to settle the matter…reports Valley Wire The mayor backed the\n"
	dir := t.TempDir()
	path := filepath.Join(dir, "page.txt")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := cli.Main(context.Background(), []string{"quotes", path}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("quotes exit %d: %s", code, stderr.String())
	}
	var rec struct {
		Text   string `json:"text"`
		Quotes []struct {
			Content struct {
				Start, End int
				Text       string
			} `json:"content"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &rec); err != nil {
		t.Fatalf("output is no record: %v\n%s", err, stdout.String())
	}
	runes := []rune(page)
	var got []string
	for _, q := range rec.Quotes {
		if s := string(runes[q.Content.Start:q.Content.End]); s != q.Content.Text {
			t.Errorf("content %q at [%d,%d) is %q in the file", q.Content.Text, q.Content.Start, q.Content.End, s)
		}
		got = append(got, q.Content.Text)
	}
	want := []string{"talks will resume", "talks would resume in Doha on Monday", "“We are close,”"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quotations = %q; want %q", got, want)
	}
}
