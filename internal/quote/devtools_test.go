package quote

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-dev/storyline/internal/entity"
)

// TestDebugText prints the sentences, entities and quotations of $QDEBUG; a
// development aid for error analysis. Skipped unless QDEBUG is set.
func TestDebugText(t *testing.T) {
	s := os.Getenv("QDEBUG")
	if s == "" {
		t.Skip("QDEBUG not set")
	}
	rec, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	res := New(rec).Find(s)
	for _, se := range res.Text.Sentences {
		fmt.Printf("SENT %q\n", s[se.Start:se.End])
	}
	for _, e := range res.Entities.Entities {
		fmt.Printf("ENT %s %s %v %c n=%d\n", e.Name, e.Type, e.Roles, e.Gender, len(e.Mentions))
	}
	for _, q := range res.Quotes {
		fmt.Printf("Q %s %q cue=%v sp=%v => %s\n", q.Type, q.Content.Text, q.Cue, q.SpeakerMention, q.Speaker)
	}
}

// TestPredictDir writes `storyline quotes`-style records for every .txt in
// $QPRED_DIR to $QPRED_OUT; a development aid for scoring while the CLI
// cannot be built. Skipped unless both are set.
func TestPredictDir(t *testing.T) {
	dir, outPath := os.Getenv("QPRED_DIR"), os.Getenv("QPRED_OUT")
	if dir == "" || outPath == "" {
		t.Skip("QPRED_DIR and QPRED_OUT not set")
	}
	rec, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	f := New(rec)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	out, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, p := range files {
		b, _ := os.ReadFile(p)
		qs := f.Find(string(b)).Quotes
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		if err := enc.Encode(map[string]any{"id": id, "text": string(b), "quotes": qs}); err != nil {
			t.Fatal(err)
		}
	}
}
