// Package cli is storyline's command line: it parses flags, wires the
// components together and reports to the user. It is the only package that
// reads flags and environment, and the only one that writes to the terminal.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// Version is the storyline version, set at build time with
// -ldflags "-X github.com/storyline-dev/storyline/internal/cli.Version=v1.2.3".
var Version = "dev"

// env is what every command gets from the process: its streams and logger.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
	// stopProfile ends the CPU profile that --cpuprofile started; nil
	// when none runs.
	stopProfile func() error
}

// errNothingProcessed marks a run in which no input at all could be processed; the
// per-input errors were already reported as records.
var errNothingProcessed = errors.New("no input could be processed")

// Main runs storyline with the given arguments (without the program name)
// and returns the process exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	root := newRoot(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if e.stopProfile != nil {
		if perr := e.stopProfile(); perr != nil && err == nil {
			err = perr
		}
	}
	if errors.Is(err, errCountsDisagree) {
		fmt.Fprintf(stderr, "storyline: %v\n", err)
		return 2
	}
	if err != nil {
		if !errors.Is(err, errNothingProcessed) {
			fmt.Fprintf(stderr, "storyline: %v\n", err)
		} else {
			fmt.Fprintln(stderr, "storyline: no input could be processed")
		}
		return 1
	}
	return 0
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "storyline",
		Short: "Turn piles and streams of news pages into stories, timelines and who said what",
		Long: `storyline reads news pages — HTML files and folders, WARC archives, scraped
text pages — and turns them into knowledge you can trust: clean article text
with its real publication date, the people and organisations in it, every
quote attributed to a named speaker, and stories grouped as they develop.

Every record is JSON Lines on standard output; progress and diagnostics go to
standard error, so the output can be piped into the next stage.`,
		Example: `  # Extract clean text and metadata from a folder of pages
  storyline extract pages/ > docs.jsonl

  # Who said what, with canonical speaker names
  storyline quotes docs.jsonl

  # Group articles into stories, in publication order
  storyline stories docs.jsonl`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       Version,
	}
	var cpuProfile string
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a Go CPU profile of the run to `FILE` (for \"go tool pprof\")")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		// Every command with --jobs reads 0 as one per core; a negative
		// count is a mistake, not a request for the default.
		if n, err := cmd.Flags().GetInt("jobs"); err == nil && n < 0 {
			return fmt.Errorf("--jobs %d: give 0 (one per core) or a positive count", n)
		}
		if cpuProfile == "" {
			return nil
		}
		stop, err := startCPUProfile(cpuProfile)
		e.stopProfile = stop
		return err
	}
	root.AddCommand(
		newExtractCmd(e),
		newQuotesCmd(e),
		newEntitiesCmd(e),
		newStoriesCmd(e),
		newIngestCmd(e),
		newServeCmd(e),
		newDemoCmd(e),
		newWorkerCmd(e),
		newCheckCmd(e),
		newVersionCmd(),
	)
	return root
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the storyline version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "storyline %s\n", Version)
			return err
		},
	}
}

// startCPUProfile starts a Go CPU profile written to path and returns the
// function that ends it and closes the file. Performance work on the worker
// and the pipeline needs a profile of one real process among several (the
// database, the queue server), which a benchmark in a test binary cannot
// give.
func startCPUProfile(path string) (func() error, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			return fmt.Errorf("cpu profile %s: %w", path, err)
		}
		return nil
	}, nil
}

// needPaths and needSources are the Args checks of the commands that read
// inputs: with none, they say what an input may be rather than count
// arguments.
var (
	needPaths   = needArgs("PATH: a page, a folder, a .warc(.gz) archive, a .jsonl file, or - for standard input")
	needSources = needArgs("SOURCE: a page, a folder, an archive, a feed, sitemap or page URL, or a URL-list file")
)

func needArgs(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return fmt.Errorf("%s needs at least one %s (see %s --help)", cmd.Name(), what, cmd.CommandPath())
		}
		return nil
	}
}
