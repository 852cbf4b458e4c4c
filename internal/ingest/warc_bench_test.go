package ingest

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline-dev/storyline/internal/ingest/warctest"
)

var benchWARCSize = flag.Int64("warc.size", 32<<20, "compressed size of the synthetic archive BenchmarkReadWARC streams")

// TestReadWARCSynthetic reads a generated crawl-like archive and checks
// that every HTML page comes out, decoded, and nothing else.
func TestReadWARCSynthetic(t *testing.T) {
	var buf bytes.Buffer
	st, err := warctest.Write(&buf, warctest.Options{Size: 4 << 20})
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	err = ReadWARC(context.Background(), &buf, "synthetic.warc.gz", func(it Item) error {
		pages++
		if it.Err != nil {
			t.Errorf("item %s: %v", it.ID, it.Err)
		}
		if !bytes.HasPrefix(it.Body, []byte("<!DOCTYPE html>")) || !bytes.HasSuffix(it.Body, []byte("</html>\n")) {
			t.Errorf("item %s body is not a whole decoded page: %q...", it.ID, it.Body[:min(len(it.Body), 40)])
		}
		if it.Fetched.IsZero() || it.ContentType != "text/html; charset=utf-8" {
			t.Errorf("item %s: Fetched %v, ContentType %q", it.ID, it.Fetched, it.ContentType)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages != st.Pages {
		t.Errorf("ReadWARC gave %d pages; the archive has %d", pages, st.Pages)
	}
}

// BenchmarkReadWARC streams a synthetic archive of -warc.size bytes,
// generated on the fly through a pipe so that nothing is held in memory,
// and reports the throughput and the process's peak RSS (VmHWM), which
// must not grow with the archive size:
//
//	go test ./internal/ingest -run XXX -bench ReadWARC -benchtime 1x -warc.size 1073741824
func BenchmarkReadWARC(b *testing.B) {
	for range b.N {
		pr, pw := io.Pipe()
		go func() {
			_, err := warctest.Write(pw, warctest.Options{Size: *benchWARCSize})
			pw.CloseWithError(err)
		}()
		var pages, bytesOut int64
		err := ReadWARC(context.Background(), pr, "synthetic.warc.gz", func(it Item) error {
			pages++
			bytesOut += int64(len(it.Body))
			return it.Err
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(pages), "pages/op")
		b.SetBytes(*benchWARCSize)
	}
	if hwm := peakRSS(); hwm > 0 {
		b.ReportMetric(float64(hwm)/(1<<20), "peak-RSS-MB")
	}
}

// peakRSS returns the process's peak resident set size in bytes, from
// /proc/self/status (Linux), or 0.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}

// BenchmarkReadWARCFile reads a synthetic archive of -warc.size bytes
// written to a file before the timer starts, so that MB/s is the reader's
// own speed (gunzip, record and HTTP parsing, charset), unlike
// BenchmarkReadWARC, whose generator runs alongside it:
//
//	go test ./internal/ingest -run XXX -bench ReadWARCFile -benchtime 3x
func BenchmarkReadWARCFile(b *testing.B) {
	path := b.TempDir() + "/synthetic.warc.gz"
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := warctest.Write(f, warctest.Options{Size: *benchWARCSize}); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		pages := 0
		err = ReadWARC(context.Background(), f, path, func(it Item) error {
			pages++
			return it.Err
		})
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(pages), "pages/op")
	}
}
