package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/quote"
)

// quotesRecord is the output record of `storyline quotes` (CONTRACT.md).
type quotesRecord struct {
	ID     string        `json:"id"`
	Text   string        `json:"text"`
	Quotes []quote.Quote `json:"quotes"`
	Error  string        `json:"error,omitempty"`
}

func newQuotesCmd(e *env) *cobra.Command {
	opts := inputOptions{textAsIs: true, furniture: true}
	cmd := &cobra.Command{
		Use:   "quotes PATH...",
		Short: "Find who said what: direct, indirect and mixed quotations with their speakers",
		Long: `quotes reads articles and writes one record per document with every quotation
found in its text: the quoted content, the reporting cue ("said", "according
to"), where the speaker is named, and the speaker's canonical name after
resolving pronouns, short names and descriptions ("he", "Khalilzad", "the
envoy" -> "Zalmay Khalilzad").

A content interrupted by its attribution ("“A,” he said, “B.”") keeps the
whole span in start/end/text and lists its parts in "fragments".

PATH is as for extract, plus Document JSONL files. A .txt file is taken as
the article text exactly as it is, so the code point offsets refer to it;
quotations on its lines of page furniture (scrape dates, "Next Story" links,
the teaser headlines after "Latest News") are left out, as extract would
leave those lines out.`,
		Example: `  storyline quotes article.txt
  storyline extract pages/ | storyline quotes -`,
		Args: needPaths,
		RunE: func(cmd *cobra.Command, args []string) error {
			rec, err := entity.New()
			if err != nil {
				return fmt.Errorf("load entity lexicon: %w", err)
			}
			finder := quote.New(rec)
			w := bufio.NewWriterSize(e.stdout, 1<<16)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			err = e.documents(cmd.Context(), args, opts, func(d document.Document) error {
				out := quotesRecord{ID: d.ID, Text: d.Text, Quotes: []quote.Quote{}, Error: d.Error}
				if d.Error == "" {
					err := guarded("quotes", d.ID, func() {
						if qs := finder.Find(d.Text).Quotes; qs != nil {
							out.Quotes = outsideFurniture(qs, d.Furniture)
						}
					})
					if err != nil {
						e.log.Warn("input failed", "id", d.ID, "source", d.Source, "error", err)
						out.Quotes, out.Error = []quote.Quote{}, err.Error()
					}
				}
				return enc.Encode(out)
			})
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			return err
		},
	}
	cmd.Flags().IntVarP(&opts.jobs, "jobs", "j", 0, "parallel workers (default: one per core)")
	return cmd
}

// outsideFurniture drops the quotations whose content starts on a line of
// page furniture (code point ranges, ascending): a scraped page's teasers
// after "Latest News" or "Previous story:" are other stories' headlines,
// not statements of this one.
func outsideFurniture(qs []quote.Quote, furniture [][2]int) []quote.Quote {
	if len(furniture) == 0 {
		return qs
	}
	out := qs[:0]
	for _, q := range qs {
		at := q.Content.Start
		i := sort.Search(len(furniture), func(i int) bool { return furniture[i][1] > at })
		if i < len(furniture) && furniture[i][0] <= at {
			continue
		}
		out = append(out, q)
	}
	return out
}
