package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/demo"
)

func newDemoCmd(e *env) *cobra.Command {
	var opts serveOptions
	var keep bool
	cmd := &cobra.Command{
		Use:   "demo [--addr HOST:PORT]",
		Short: "Ingest the bundled sample news pages into a fresh store and serve it",
		Long: `demo ingests the sample corpus shipped with storyline — pages of fictional
outlets covering a few developing stories over some weeks, with wire copies,
quotes and page furniture — into a fresh store in a temporary folder, and
serves it as serve does. It prints the URL to open on standard error. The
store is removed on exit unless --keep is given.`,
		Example: `  storyline demo
  go run ./cmd/storyline demo --addr 127.0.0.1:9000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			dir, err := os.MkdirTemp("", "storyline-demo-")
			if err != nil {
				return fmt.Errorf("create demo folder: %w", err)
			}
			if !keep {
				defer os.RemoveAll(dir)
			}
			pages := filepath.Join(dir, "pages")
			if err := os.Mkdir(pages, 0o755); err != nil {
				return fmt.Errorf("create demo folder: %w", err)
			}
			n, err := demo.WriteTo(pages)
			if err != nil {
				return err
			}
			db := filepath.Join(dir, "demo.db")
			fmt.Fprintf(e.stderr, "storyline demo: ingesting %d sample pages into %s\n", n, db)
			st, err := openStore(ctx, db, false)
			if err != nil {
				return err
			}
			defer st.Close()
			if _, err := e.ingestInto(ctx, st, []string{pages}, ingestOptions{progress: e.stderr}); err != nil {
				return err
			}
			if opts.lan && !cmd.Flags().Changed("addr") {
				// Opening reads to the network means listening on it too.
				opts.addr = "0.0.0.0:8080"
			}
			opts.ready = func(url string) {
				fmt.Fprintf(e.stderr, "storyline demo: open %s\n", url)
			}
			return e.serve(ctx, st, opts)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().BoolVar(&opts.lan, "lan", false, "answer read requests from the local network too (listens on 0.0.0.0:8080 unless --addr is given)")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the demo store and pages after exit")
	return cmd
}
