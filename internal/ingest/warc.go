package ingest

import (
	"context"
	"errors"
)

// readWARCFile yields one Item per HTML response record of a WARC file.
func readWARCFile(ctx context.Context, path string, yield func(Item) error) error {
	return yield(Item{ID: baseID(path), Source: path, Err: errors.New("warc: not implemented yet")})
}
