package main

import (
	"bytes"
	"net/url"
	"sort"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// extractors lists the extractors compare knows by name.
func extractors() map[string]extractor {
	return map[string]extractor{
		"storyline":            storyline,
		"trafilatura":          trafilaturaExtractor(false),
		"trafilatura-fallback": trafilaturaExtractor(true),
	}
}

func otherNames() []string {
	var names []string
	for n := range extractors() {
		if n != "storyline" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// trafilaturaExtractor runs go-trafilatura with its default options, with
// or without its readability/dom-distiller fallback.
func trafilaturaExtractor(fallback bool) extractor {
	return func(page []byte, pageURL string) (string, string, error) {
		opts := trafilatura.Options{EnableFallback: fallback}
		if pageURL != "" {
			opts.OriginalURL, _ = url.Parse(pageURL)
		}
		res, err := trafilatura.Extract(bytes.NewReader(page), opts)
		if err != nil {
			return "", "", err
		}
		return res.ContentText, "", nil
	}
}
