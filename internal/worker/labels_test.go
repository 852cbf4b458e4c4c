package worker

import (
	"context"
	"testing"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/integration"
	"github.com/storyline-dev/storyline/internal/pipeline"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/store/postgres"
)

// openPostgres opens a store in a schema of its own on the test server,
// dropped when the test ends; the test is skipped without a server.
func openPostgres(ctx context.Context, t *testing.T) *postgres.Store {
	t.Helper()
	url := integration.PostgresURL(t)
	schema := integration.NewSchemaName("storyline_worker_test_")
	st, err := postgres.Open(ctx, url, postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	integration.DropSchemaAtCleanup(t, url, schema) // after Close below
	t.Cleanup(func() { st.Close() })
	return st
}

// labelGrouper is a titleGrouper whose story labels are the latest title;
// Labels returns the stories changed since the last Flushed, as the real
// grouper does.
type labelGrouper struct {
	titleGrouper
	labels  map[string]string
	touched map[string]bool
	flushed int
}

func (g *labelGrouper) Group(d document.Document) indexer.Grouping {
	gr := g.titleGrouper.Group(d)
	g.labels[gr.Story], g.touched[gr.Story] = "Latest: "+d.Title, true
	return gr
}

// Restore marks the restored story changed, as the real grouper does, so
// that its label is saved at the next flush.
func (g *labelGrouper) Restore(d store.Document) {
	g.titleGrouper.Restore(d)
	g.labels[d.Story], g.touched[d.Story] = "Latest: "+d.Title, true
}

func (g *labelGrouper) Labels() map[string]string {
	out := map[string]string{}
	for id := range g.touched {
		out[id] = g.labels[id]
	}
	return out
}

func (g *labelGrouper) Flushed() { clear(g.touched); g.flushed++ }

// TestGrouperFlushesLabels: the worker that groups on PostgreSQL saves the
// story labels and then tells its grouper so (Flushed), so that later
// flushes write only the stories changed since.
func TestGrouperFlushesLabels(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	st := openPostgres(ctx, t)
	var groupers []*labelGrouper
	opts := Options{Jobs: 1, IdleExit: 300 * time.Millisecond, Extract: extractHTML,
		Stages: func() (indexer.Options, error) {
			g := &labelGrouper{titleGrouper: titleGrouper{stories: map[string]string{}},
				labels: map[string]string{}, touched: map[string]bool{}}
			groupers = append(groupers, g)
			return indexer.Options{Grouper: g}, nil
		}}
	q := &fakeQueue{jobs: []pipeline.Job{
		{Kind: pipeline.JobExtract, ID: "strike-1", Source: "strike-1.html", Attempt: 1,
			Body: page("Strike halts the port", "Dock workers in Port Avel stopped work on Monday, halting container traffic.")},
		{Kind: pipeline.JobExtract, ID: "strike-2", Source: "strike-2.html", Attempt: 1,
			Body: page("Strike enters its second week", "The dock strike in Port Avel entered its second week on Monday.")},
	}}
	if err := Run(ctx, st, q, opts); err != nil {
		t.Fatal(err)
	}
	// groupers[0] analyses the jobs; the others group (one per election).
	flushed := 0
	for _, g := range groupers[1:] {
		flushed += g.flushed
	}
	if flushed == 0 {
		t.Errorf("the grouper was never told its labels were saved (Flushed): every flush rewrites every story")
	}
	s, err := st.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Latest: Strike enters its second week"; s.Label != want {
		t.Errorf("story s1 label = %q; want %q", s.Label, want)
	}
}

// TestTakeoverSavesLabels: a grouper that takes over saves the labels of
// the stories it restored, even when no new document comes, since the
// one before may have stopped with labels not yet saved (they are saved
// at most once a second).
func TestTakeoverSavesLabels(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	st := openPostgres(ctx, t)
	opts := Options{Jobs: 1, IdleExit: 300 * time.Millisecond, Extract: extractHTML,
		Stages: func() (indexer.Options, error) {
			return indexer.Options{Grouper: &labelGrouper{titleGrouper: titleGrouper{stories: map[string]string{}},
				labels: map[string]string{}, touched: map[string]bool{}}}, nil
		}}
	q := &fakeQueue{jobs: []pipeline.Job{
		{Kind: pipeline.JobExtract, ID: "strike-1", Source: "strike-1.html", Attempt: 1,
			Body: page("Strike halts the port", "Dock workers in Port Avel stopped work on Monday, halting container traffic.")},
	}}
	if err := Run(ctx, st, q, opts); err != nil {
		t.Fatal(err)
	}
	// As if the grouper had stopped before saving its latest labels.
	if err := st.LabelStories(ctx, map[string]string{"s1": "unsaved"}); err != nil {
		t.Fatal(err)
	}
	if err := Run(ctx, st, &fakeQueue{}, opts); err != nil {
		t.Fatal(err)
	}
	s, err := st.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Latest: Strike halts the port"; s.Label != want {
		t.Errorf("after a takeover with no new document, story s1 label = %q; want %q", s.Label, want)
	}
}
