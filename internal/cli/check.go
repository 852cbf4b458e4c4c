package cli

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

// errCountsDisagree ends check with status 2 when stories' counters
// disagree with their documents and were not repaired (1 is for errors).
var errCountsDisagree = errors.New("story counts disagree with the documents; run again with --repair")

func newCheckCmd(e *env) *cobra.Command {
	var (
		db     string
		repair bool
	)
	cmd := &cobra.Command{
		Use:   "check --db PATH|URL [--repair]",
		Short: "Check the store's story counts against its documents, and repair them",
		Long: `check compares each story's stored counts — its documents, its sites and
the per-site counts behind them, which every write moves instead of
recounting — with the store's current documents, and writes one JSON line
per story that disagrees: {"story", "documents", "counted_documents",
"sites", "counted_sites", "site_rows"} (site_rows: per-site counts wrong,
missing or left over). It exits 0 when all agree, 2 when any disagree, and
1 on an error (no store at PATH, the database cannot be read). Opening the
store brings an older schema up to date, as every command does.

With --repair it recounts every story from its documents in one
transaction, holding off writers (workers and ingest wait) while it runs,
lists what it corrected and exits 0. The counts only disagree after a bug,
or after an older release wrote to a PostgreSQL store upgraded under it
(docs/deployment.md).`,
		Example: `  storyline check --db news.db
  storyline check --db postgres://storyline@db.internal/news --repair`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			st, err := openExisting(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			bad, err := st.Recount(ctx, repair)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(e.stdout)
			for _, c := range bad {
				if err := enc.Encode(c); err != nil {
					return err
				}
			}
			switch {
			case len(bad) == 0:
				fmt.Fprintln(e.stderr, "storyline: check: every story's counts agree with its documents")
			case repair:
				fmt.Fprintf(e.stderr, "storyline: check: recounted; %d stories corrected\n", len(bad))
			default:
				fmt.Fprintf(e.stderr, "storyline: check: %d stories disagree\n", len(bad))
				return errCountsDisagree
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "", "SQLite database file or postgres:// URL")
	cmd.Flags().BoolVar(&repair, "repair", false, "recount every story from its documents, in one transaction, and list those corrected")
	_ = cmd.MarkFlagRequired("db")
	return cmd
}
