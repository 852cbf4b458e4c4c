package quote

import (
	"fmt"
	"os"
	"testing"

	"github.com/storyline-dev/storyline/internal/entity"
)

func TestDebugText(t *testing.T) {
	s := os.Getenv("QDEBUG")
	if s == "" {
		t.Skip()
	}
	rec, _ := entity.New()
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
