// Command compare runs storyline's extractor (and, with -with, other
// extractors) over a folder of HTML pages and writes one JSON line per page
// and extractor, so that the evaluation scorers can rank them side by side.
//
// Usage:
//
//	go run ./tools/compare -dir ../shared/eval/extraction/aeb/html \
//		-gold ../shared/eval/extraction/aeb/ground-truth.json \
//		-with trafilatura,trafilatura-fallback -out /tmp/cmp
//
// writes /tmp/cmp/storyline.jsonl (and trafilatura.jsonl ... with -with)
// and prints pages per second and, with -gold, the AEB precision, recall
// and F1 of each extractor on stderr.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline-dev/storyline/internal/extract"
)

// record is one extractor's output for one page, in the Document JSONL
// shape the scorers read, plus the rule that chose the content root.
type record struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Error string `json:"error,omitempty"`
	Rule  string `json:"rule,omitempty"`
}

// extractor turns one page into text; rule is optional provenance.
type extractor func(page []byte, url string) (text, rule string, err error)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	dir := fs.String("dir", "", "folder of .html pages")
	out := fs.String("out", ".", "folder for the <extractor>.jsonl outputs")
	with := fs.String("with", "", "comma-separated other extractors: "+strings.Join(otherNames(), ", "))
	goldPath := fs.String("gold", "", "AEB ground-truth JSON; when set, each extractor is scored")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *dir == "" {
		fmt.Fprintln(stderr, "compare: -dir is required")
		return 2
	}
	files, err := filepath.Glob(filepath.Join(*dir, "*.html"))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(stderr, "compare: no .html pages in %s\n", *dir)
		return 1
	}
	pages := make([][]byte, len(files))
	for i, f := range files {
		if pages[i], err = os.ReadFile(f); err != nil {
			fmt.Fprintf(stderr, "compare: %v\n", err)
			return 1
		}
	}
	var gold map[string]string
	if *goldPath != "" {
		if gold, err = loadGold(*goldPath); err != nil {
			fmt.Fprintf(stderr, "compare: %v\n", err)
			return 1
		}
	}
	names := []string{"storyline"}
	if *with != "" {
		names = append(names, strings.Split(*with, ",")...)
	}
	for _, name := range names {
		ex, ok := extractors()[name]
		if !ok {
			fmt.Fprintf(stderr, "compare: unknown extractor %q\n", name)
			return 2
		}
		if err := runOne(name, ex, files, pages, *out, gold, stderr); err != nil {
			fmt.Fprintf(stderr, "compare: %v\n", err)
			return 1
		}
	}
	return 0
}

func runOne(name string, ex extractor, files []string, pages [][]byte, outDir string, gold map[string]string, stderr io.Writer) error {
	recs := make([]record, len(files))
	start := time.Now()
	for i, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		text, rule, err := ex(pages[i], "")
		recs[i] = record{ID: id, Text: text, Rule: rule}
		if err != nil {
			recs[i].Error = err.Error()
		}
	}
	elapsed := time.Since(start)
	path := filepath.Join(outDir, name+".jsonl")
	w, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return errors.Join(err, w.Close())
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%-20s %d pages in %v: %.1f pages/s (one goroutine) -> %s\n",
		name, len(files), elapsed.Round(time.Millisecond), float64(len(files))/elapsed.Seconds(), path)
	if gold != nil {
		pred := make(map[string]string, len(recs))
		for _, r := range recs {
			pred[r.ID] = r.Text
		}
		s := scoreAll(gold, pred)
		fmt.Fprintf(stderr, "%-20s precision %.4f recall %.4f F1 %.3f\n", name, s.Precision, s.Recall, s.F1)
	}
	return nil
}

func storyline(page []byte, url string) (string, string, error) {
	r, err := extract.Extract(page, extract.Options{URL: url})
	return r.Document.Text, string(r.Rule), err
}
