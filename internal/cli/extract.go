package cli

import (
	"bufio"
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/document"
)

func newExtractCmd(e *env) *cobra.Command {
	var opts inputOptions
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract article text and metadata from pages as Document JSONL",
		Long: `extract reads pages and writes one Document record per page: the article's
main text without navigation, teasers or comments, and its title, author,
site name, language and publication date (with where the date came from).

PATH is an HTML file, a scraped page saved as .txt, a folder (walked
recursively), a .warc or .warc.gz archive, a .jsonl file of Document records
(passed through, to re-check them), or - for standard input, read as HTML
unless it starts like Document JSONL or a WARC archive.
A page that cannot be read gives a record with an "error" field; the others
still come out, in input order.`,
		Example: `  storyline extract page.html
  storyline extract -j 2 crawl/ archive.warc.gz > docs.jsonl
  curl -s https://example.org/news/1 | storyline extract -`,
		Args: needPaths,
		RunE: func(cmd *cobra.Command, args []string) error {
			w := bufio.NewWriterSize(e.stdout, 1<<16)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			err := e.documents(cmd.Context(), args, opts, func(d document.Document) error {
				return enc.Encode(d)
			})
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			return err
		},
	}
	cmd.Flags().IntVarP(&opts.jobs, "jobs", "j", 0, "parallel workers (default: one per core)")
	cmd.Flags().StringVar(&opts.progress, "progress", "auto", "progress line on stderr: auto (on a terminal, for long runs), always or never")
	return cmd
}
