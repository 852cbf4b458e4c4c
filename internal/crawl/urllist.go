package crawl

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// maxURLListLine is the longest line read from a URL list.
const maxURLListLine = 64 << 10

// ParseURLList reads a URL list: one absolute http(s) URL per line; blank
// lines and lines starting with "#" are ignored, as is a " #" comment after
// a URL. It returns the URLs in order. Lines that are not URLs do not stop
// the reading: they are reported together in the error (errors.Join, each
// naming its line number), next to the URLs that were good.
func ParseURLList(r io.Reader) ([]string, error) {
	var (
		urls []string
		errs []error
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxURLListLine)
	for line := 1; sc.Scan(); line++ {
		s := urlListLine(sc.Text())
		if s == "" {
			continue
		}
		u, err := parseHTTPURL(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d %q: %w", line, truncate(s, 80), err))
			continue
		}
		urls = append(urls, u.String())
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("read url list: %w", err))
	}
	return urls, errors.Join(errs...)
}

// urlListLine strips comments and space from one line of a URL list.
func urlListLine(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "#") {
		return ""
	}
	// A "#" preceded by space starts a comment; a "#" inside a URL is a fragment.
	for i := 1; i < len(s); i++ {
		if s[i] == '#' && unicode.IsSpace(rune(s[i-1])) {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// IsURL reports whether source is an absolute http or https URL, which a
// Crawler fetches (and which extract-style inputs are not).
func IsURL(source string) bool {
	_, err := parseHTTPURL(source)
	return err == nil
}

// IsURLList reports whether the local file at path is a URL list: a file
// named *.urls, or a *.txt file whose first 64 KiB hold at least one URL and
// nothing but URLs, blank lines and "#" comments. A .txt file that is not a
// URL list is a scraped page for extract. Unreadable files report false.
func IsURLList(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".txt" && ext != ".urls" {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.IsDir() {
		return false
	}
	if ext == ".urls" {
		return true
	}
	sc := bufio.NewScanner(io.LimitReader(f, 64<<10))
	sc.Buffer(make([]byte, 0, 4096), maxURLListLine)
	n := 0
	for sc.Scan() {
		s := urlListLine(sc.Text())
		if s == "" {
			continue
		}
		if !IsURL(s) {
			return false
		}
		n++
	}
	return n > 0
}

// IsSource reports whether source is for a Crawler rather than for the
// file readers of package ingest: an http(s) URL or a URL-list file.
func IsSource(source string) bool {
	return IsURL(source) || IsURLList(source)
}
