package store

import (
	"bytes"
	"fmt"
	"io"
	"sync"

	// klauspost's gzip, not the standard library's: the same format, and on
	// the aeb pages it compresses a page at BestSpeed in 1.02 ms instead of
	// 1.67 ms, to the same size (docs/bench/ingest.md).
	"github.com/klauspost/compress/gzip"
)

// PageCodec gzips raw pages for storage, reusing compressors: a new flate
// compressor allocates and clears about a megabyte, which dominated the cost
// of storing small pages. The zero value is ready to use; it is safe for
// concurrent use. Backends keep one each.
type PageCodec struct {
	pool sync.Pool // of *gzip.Writer at gzip.BestSpeed
}

// Compress returns page gzip-compressed.
func (c *PageCodec) Compress(page []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(page) / 3)
	zw, ok := c.pool.Get().(*gzip.Writer)
	if ok {
		zw.Reset(&buf)
	} else {
		zw, _ = gzip.NewWriterLevel(&buf, gzip.BestSpeed) // the level is valid
	}
	defer c.pool.Put(zw)
	if _, err := zw.Write(page); err != nil {
		return nil, fmt.Errorf("compress page: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress page: %w", err)
	}
	return buf.Bytes(), nil
}

// DecompressPage reverses Compress; an empty input (no page kept) gives nil.
// It reads any gzip stream (one or more members, any compression level, any
// header fields), so a page compressed elsewhere — by the indexer, or by the
// publisher for the job queue (pipeline.Job.BodyGzip) — is stored as it
// came, and pages written before stay readable.
func DecompressPage(z []byte) ([]byte, error) {
	if len(z) == 0 {
		return nil, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("decompress page: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decompress page: %w", err)
	}
	return b, nil
}
