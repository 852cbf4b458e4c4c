package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strings"

	"github.com/storyline-dev/storyline/internal/document"
)

// Hash returns the content hash that makes re-ingesting idempotent: the
// SHA-256 of the raw page when there is one, else of the document record
// (for inputs that arrive already extracted).
func Hash(raw []byte, d document.Document) string {
	h := sha256.New()
	if len(raw) > 0 {
		h.Write([]byte("raw\x00"))
		h.Write(raw)
	} else {
		d.Error = ""
		b, _ := json.Marshal(d) // a struct of strings always marshals
		h.Write([]byte("doc\x00"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Site names a document's outlet: its site name, else its URL's host without
// "www.", else empty.
func Site(d document.Document) string {
	if s := strings.TrimSpace(d.Sitename); s != "" {
		return s
	}
	if u, err := url.Parse(d.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}
