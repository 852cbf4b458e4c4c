package cli

import (
	"bufio"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/neardup"
	"github.com/storyline-dev/storyline/internal/story"
)

// storyRecord is the stories command's output for one document: the
// contract's id/story/duplicate_of plus the evidence behind the decision.
type storyRecord struct {
	ID          string           `json:"id"`
	Story       string           `json:"story"`
	DuplicateOf string           `json:"duplicate_of"`
	New         bool             `json:"new,omitempty"`
	Score       float64          `json:"score"`
	Threshold   float64          `json:"threshold"`
	Evidence    []story.Evidence `json:"evidence,omitempty"`
	RunnerUp    string           `json:"runner_up,omitempty"`
	RunnerScore float64          `json:"runner_up_score,omitempty"`
	Merged      []string         `json:"merged,omitempty"`
	MergeCosine float64          `json:"merge_cosine,omitempty"`
	MergeRest   float64          `json:"merge_rest,omitempty"`
	NameClash   []string         `json:"name_clash,omitempty"`
	Reuse       *neardup.Match   `json:"reuse,omitempty"`
	Error       string           `json:"error,omitempty"`
}

func newStoriesCmd(e *env) *cobra.Command {
	opts := inputOptions{textAsIs: true}
	cmd := &cobra.Command{
		Use:   "stories PATH...",
		Short: "Group documents into stories and mark near-duplicates",
		Long: `stories reads documents and groups them into stories online, in publication
date order (ties, and undated documents, in input order), as a long-running
ingester would see them. Each document joins the open story it is most
similar to (TF-IDF words and capitalised names, damped by the time since the
story was last active) or opens a new one; copies of an earlier document
(exact, or with a new headline, byline, footer, small edits or truncation)
are marked with duplicate_of and join its story.

In a dated stream a document joins the story of its event: a fire, the
arrests and the inquiry that follow it are one story, another fire in the
same city that week is another. In an undated collection (and before the
first dated document) a document joins the story of its topic, since
without dates nothing tells two events on one subject apart; such stories
are broader (every article on one person), and the threshold each decision
reports is lower for them. The threshold also falls as an event's story
grows (copies not counted), because the later articles of a long-running
event drift in wording from its first reports.

One record per input document, in input order: id, story, duplicate_of, plus
the score, the threshold it had to reach, the shared terms that decided it,
the runner-up story, stories merged into this one at this step, surnames
left out because they belong to different people here and in the story
(name_clash: Barack Obama here, Michelle Obama there), and what
duplicate detection found (including paragraphs reused from earlier
documents). The story is the one the document belongs to after the last
input, as a store would show it (stories merge when they turn out to be
one). A date before 1980 or more than two days in the future is taken
as unknown.`,
		Example: `  storyline extract pages/ > docs.jsonl && storyline stories docs.jsonl
  storyline stories a.jsonl b.jsonl | jq -c '{id, story, duplicate_of}'`,
		Args: needPaths,
		RunE: func(cmd *cobra.Command, args []string) error {
			var docs []document.Document
			err := e.documents(cmd.Context(), args, opts, func(d document.Document) error {
				docs = append(docs, d)
				return nil
			})
			if err != nil && len(docs) == 0 {
				return err
			}
			recs := clusterDocuments(docs, time.Now())
			w := bufio.NewWriterSize(e.stdout, 1<<16)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			for _, r := range recs {
				if werr := enc.Encode(r); werr != nil {
					return werr
				}
			}
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			return err
		},
	}
	cmd.Flags().IntVarP(&opts.jobs, "jobs", "j", 0, "parallel workers for reading inputs (default: one per core)")
	return cmd
}

// clusterDocuments runs the story clusterer over docs in publication order
// and returns one record per document in input order. now bounds plausible
// dates.
func clusterDocuments(docs []document.Document, now time.Time) []storyRecord {
	times := make([]time.Time, len(docs))
	keys := make([]time.Time, len(docs))
	var last time.Time
	for i, d := range docs {
		times[i] = parseDocDate(d.Date, now)
		if !times[i].IsZero() {
			last = times[i]
		}
		// An undated document keeps its place after the dated one before it.
		keys[i] = last
		if !times[i].IsZero() {
			keys[i] = times[i]
		}
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return keys[a].Compare(keys[b]) })

	c := story.New(story.Options{Now: func() time.Time { return now }})
	recs := make([]storyRecord, len(docs))
	into := map[string]string{} // merged story -> the story it went into
	for _, i := range order {
		d := docs[i]
		if d.Error != "" {
			recs[i] = storyRecord{ID: d.ID, Error: d.Error}
			continue
		}
		outlet := d.Sitename
		if outlet == "" {
			outlet = hostOf(d.URL)
		}
		a := c.Add(story.Input{ID: d.ID, Title: d.Title, Text: d.Text, Outlet: outlet, Time: times[i]})
		r := storyRecord{ID: d.ID, Story: a.Story, DuplicateOf: a.DuplicateOf, New: a.New,
			Score: round3(a.Score), Threshold: round3(a.Threshold), Evidence: a.Evidence,
			RunnerUp: a.RunnerUp, RunnerScore: round3(a.RunnerUpScore), Merged: a.Merged,
			MergeCosine: a.MergeCosine, MergeRest: a.MergeRest, NameClash: a.NameClash}
		for _, m := range a.Merged {
			into[m] = a.Story
		}
		if a.Reuse.Kind != neardup.KindNone {
			m := a.Reuse
			r.Reuse = &m
		}
		recs[i] = r
	}
	// Report the final state, as a store would show it after the last
	// document: articles follow their story's merges.
	for i := range recs {
		r := &recs[i]
		if r.Error != "" {
			continue
		}
		if sid, ok := c.Current(r.ID); ok {
			r.Story = sid
			continue
		}
		for range len(into) {
			n, ok := into[r.Story]
			if !ok {
				break
			}
			r.Story = n
		}
	}
	return recs
}

// round3 rounds a score to three decimals for the explanation records.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// parseDocDate reads a Document date (YYYY-MM-DD or RFC 3339); dates before
// 1980 or more than two days after now are implausible and count as unknown.
func parseDocDate(s string, now time.Time) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	var t time.Time
	var err error
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err = time.Parse(layout, s); err == nil {
			break
		}
	}
	if err != nil {
		return time.Time{}
	}
	if t.Year() < 1980 || t.After(now.Add(48*time.Hour)) {
		return time.Time{}
	}
	return t.UTC()
}

// hostOf returns the host of a URL, without "www.".
func hostOf(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimPrefix(u, "www.")
}
