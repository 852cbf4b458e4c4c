// Package demo ships storyline's sample corpus: pages of fictional outlets,
// written for storyline, that cover a few developing stories over some
// weeks — with wire copies, quotes and the usual page furniture — so that
// "storyline demo" has something real-looking to show.
//
// Every person, outlet and place in it is invented.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed corpus
var corpus embed.FS

// Corpus returns the sample pages, one HTML file per article.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}

// WriteTo copies the corpus into dir, which must exist, and returns the
// number of files written.
func WriteTo(dir string) (int, error) {
	n := 0
	err := fs.WalkDir(Corpus(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := fs.ReadFile(Corpus(), p)
		if err != nil {
			return err
		}
		n++
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		return n, fmt.Errorf("write demo corpus to %s: %w", dir, err)
	}
	return n, nil
}
