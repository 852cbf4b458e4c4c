package store

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Migration is one numbered schema change, read from a file named
// NNNN_what_it_does.sql. Backends apply migrations in Version order, each in
// its own transaction, and record the last one applied in schema_version.
type Migration struct {
	// Version is the number the file name starts with.
	Version int
	// Name is the file's base name, for error messages.
	Name string
	// SQL is the file's content.
	SQL string
}

// Migrations reads the *.sql files in dir of fsys (usually an embed.FS) and
// returns them in Version order. A file whose name does not start with its
// number, or two files with one number, is an error.
func Migrations(fsys fs.FS, dir string) ([]Migration, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.sql"))
	if err != nil {
		return nil, fmt.Errorf("list migrations in %s: %w", dir, err)
	}
	out := make([]Migration, 0, len(names))
	for _, name := range names {
		base := path.Base(name)
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number: %w", base, err)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w", base, err)
		}
		out = append(out, Migration{Version: n, Name: base, SQL: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i := 1; i < len(out); i++ {
		if out[i].Version == out[i-1].Version {
			return nil, fmt.Errorf("migrations %s and %s share number %d", out[i-1].Name, out[i].Name, out[i].Version)
		}
	}
	return out, nil
}
