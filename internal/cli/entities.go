package cli

import (
	"bufio"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// entitiesRecord is the output record of `storyline entities` (CONTRACT.md).
type entitiesRecord struct {
	ID       string         `json:"id"`
	Entities []entityRecord `json:"entities"`
	Error    string         `json:"error,omitempty"`
}

type entityRecord struct {
	Name     string          `json:"name"`
	Type     entity.Type     `json:"type"`
	Roles    []string        `json:"roles,omitempty"`
	Mentions []document.Span `json:"mentions"`
}

func newEntitiesCmd(e *env) *cobra.Command {
	opts := inputOptions{textAsIs: true}
	cmd := &cobra.Command{
		Use:   "entities PATH...",
		Short: "List the people, organisations and places of each document with their mentions",
		Long: `entities reads articles and writes one record per document with the people,
organisations, countries and places it names. Mentions of one entity are
merged ("Zalmay Khalilzad", "Khalilzad", "Ambassador Khalilzad", "the
envoy") under a canonical name, and titles and roles are kept as "roles".

PATH is as for quotes; offsets are code points into the document text.`,
		Example: `  storyline entities article.txt
  storyline extract pages/ | storyline entities -`,
		Args: needPaths,
		RunE: func(cmd *cobra.Command, args []string) error {
			rec, err := entity.New()
			if err != nil {
				return fmt.Errorf("load entity lexicon: %w", err)
			}
			w := bufio.NewWriterSize(e.stdout, 1<<16)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			err = e.documents(cmd.Context(), args, opts, func(d document.Document) error {
				out := entitiesRecord{ID: d.ID, Entities: []entityRecord{}, Error: d.Error}
				if d.Error == "" {
					err := guarded("entities", d.ID, func() {
						t := sentence.Analyze(d.Text)
						res := rec.Analyze(t)
						for _, en := range res.Entities {
							er := entityRecord{Name: en.Name, Type: en.Type, Roles: en.Roles}
							for _, m := range en.Mentions {
								er.Mentions = append(er.Mentions, document.Span{Start: t.Runes(m.Start), End: t.Runes(m.End), Text: d.Text[m.Start:m.End]})
							}
							out.Entities = append(out.Entities, er)
						}
					})
					if err != nil {
						e.log.Warn("input failed", "id", d.ID, "source", d.Source, "error", err)
						out.Entities, out.Error = []entityRecord{}, err.Error()
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
