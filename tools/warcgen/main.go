// Command warcgen writes a synthetic WARC.gz archive of a given size, for
// measuring storyline's WARC reading (see docs/bench/ingest.md):
//
//	go run ./tools/warcgen -size 100MB -o /tmp/synthetic-100MB.warc.gz
//
// Generated archives are for /tmp only; never commit them.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/storyline-dev/storyline/internal/ingest/warctest"
)

func main() {
	size := flag.String("size", "100MB", "compressed size to reach (KB, MB, GB suffixes)")
	out := flag.String("o", "", "output file (required)")
	seed := flag.Uint64("seed", 1, "content seed")
	flag.Parse()
	n, err := parseSize(*size)
	if err != nil || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: warcgen -size 100MB -o FILE.warc.gz")
		os.Exit(2)
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintf(os.Stderr, "warcgen: %v\n", err)
		os.Exit(1)
	}
	st, err := warctest.Write(f, warctest.Options{Size: n, Seed: *seed})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "warcgen: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "warcgen: %s: %d bytes, %d records, %d HTML pages\n", *out, st.Bytes, st.Records, st.Pages)
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30} {
		if strings.HasSuffix(strings.ToUpper(s), suffix) {
			s, mult = s[:len(s)-2], m
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}
