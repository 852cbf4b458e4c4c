package extract

import (
	"strings"

	"github.com/storyline-dev/storyline/internal/document"
)

// Text extracts the article from a plain-text page, such as a scraped
// article saved as text.
func Text(page []byte) (document.Document, error) {
	t := strings.TrimSpace(string(page))
	if t == "" {
		return document.Document{}, ErrEmpty
	}
	return document.Document{Text: t}, nil
}
