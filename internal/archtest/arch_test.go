package archtest

import (
	"bytes"
	"encoding/json"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/storyline-dev/storyline"

// analysis packages turn values into values. They must stay free of I/O
// back-ends, logging and the layers above them, so that they can run
// anywhere (CLI, worker, benchmark) and be tested without fixtures.
var analysis = []string{
	"internal/document",
	"internal/extract",
	"internal/metadata",
	"internal/charset",
	"internal/sentence",
	"internal/entity",
	"internal/quote",
	"internal/speaker",
	"internal/hashtable",
	"internal/neardup",
	"internal/story",
}

// forbidden lists imports no analysis package may depend on, directly or not.
var forbidden = []string{
	"database/sql",
	"net/http",
	"log/slog",
	"log",
	"os/exec",
	"github.com/nats-io/nats.go",
	"github.com/jackc/pgx/v5",
	"modernc.org/sqlite",
	"github.com/spf13/cobra",
	module + "/internal/store",
	module + "/internal/cli",
	module + "/internal/api",
	module + "/internal/web",
	module + "/internal/pipeline",
	module + "/internal/ingest",
	module + "/internal/crawl",
}

type listed struct {
	ImportPath string
	Dir        string
	Deps       []string
	Error      *struct{ Err string }
}

func goList(t *testing.T, pattern string) []listed {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not on PATH")
	}
	cmd := exec.Command("go", "list", "-e", "-json", pattern)
	cmd.Dir = repoRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %s: %v", pattern, err)
	}
	var pkgs []listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p listed
		if err := dec.Decode(&p); err != nil {
			t.Fatalf("decode go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestAnalysisPackagesStayPure(t *testing.T) {
	for _, p := range goList(t, "./...") {
		rel := strings.TrimPrefix(p.ImportPath, module+"/")
		if !isAnalysis(rel) {
			continue
		}
		for _, dep := range p.Deps {
			for _, bad := range forbidden {
				if dep == bad || strings.HasPrefix(dep, bad+"/") {
					t.Errorf("%s depends on %s; analysis packages must not", rel, dep)
				}
			}
		}
	}
}

// servers may import, of storyline's own packages, only these: they read
// what the store holds and never run a stage of the pipe themselves.
var servers = map[string][]string{
	"internal/api": {"internal/store", "internal/document", "internal/speaker"},
	"internal/web": {"internal/store", "internal/document", "internal/speaker"},
}

func TestServersReadTheStoreOnly(t *testing.T) {
	for _, p := range goList(t, "./internal/...") {
		rel := strings.TrimPrefix(p.ImportPath, module+"/")
		allowed, ok := servers[rel]
		if !ok {
			continue
		}
		for _, dep := range p.Deps {
			own, ok := strings.CutPrefix(dep, module+"/")
			if !ok {
				continue
			}
			if !slices.ContainsFunc(allowed, func(a string) bool { return own == a || strings.HasPrefix(own, a+"/") }) {
				t.Errorf("%s depends on %s; a server reads only %v", rel, own, allowed)
			}
		}
	}
}

func isAnalysis(rel string) bool {
	for _, a := range analysis {
		if rel == a || strings.HasPrefix(rel, a+"/") {
			return true
		}
	}
	return false
}

// TestPackageDocs requires exactly one package doc comment in every package,
// in the manner of tailscale's pkgdoc_test.
func TestPackageDocs(t *testing.T) {
	for _, p := range goList(t, "./...") {
		if p.Dir == "" {
			continue
		}
		files, err := filepath.Glob(filepath.Join(p.Dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		var docs []string
		fset := token.NewFileSet()
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			af, err := parser.ParseFile(fset, f, src, parser.PackageClauseOnly|parser.ParseComments)
			if err != nil {
				continue // a broken file is go vet's business
			}
			if af.Doc != nil && strings.TrimSpace(af.Doc.Text()) != "" {
				docs = append(docs, filepath.Base(f))
			}
		}
		switch {
		case len(docs) == 0:
			t.Errorf("no package doc in %s", p.ImportPath)
		case len(docs) > 1:
			t.Errorf("multiple files with package doc in %s: %v", p.ImportPath, docs)
		}
	}
}
