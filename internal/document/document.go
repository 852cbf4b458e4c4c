// Package document defines the Document record, the common currency between
// storyline's stages (see CONTRACT.md), and the small value types that carry
// provenance: spans of text and the rule or score that produced a result.
//
// It depends on the standard library only, so every other package may use it.
package document

// Document is one article: where it came from, its metadata and its main text.
//
// Every field is always present in JSON; unknown values are empty strings.
// Error is set (and the other fields may be empty) when the input could not
// be processed; it is omitted otherwise.
type Document struct {
	// ID identifies the document within a run: a file's base name without
	// extension, a WARC record's target URI, or a JSONL record's own id.
	ID string `json:"id"`
	// Source is the path or URL the document was read from.
	Source string `json:"source"`
	// URL is the page's canonical URL when known.
	URL string `json:"url"`
	// Title is the article headline.
	Title string `json:"title"`
	// Author lists the authors, separated by "; ".
	Author string `json:"author"`
	// Date is the publication date, YYYY-MM-DD or RFC 3339 when the time is known.
	Date string `json:"date"`
	// DateSource says where Date was found: jsonld, meta, time, url, text...
	DateSource string `json:"date_source"`
	// Sitename is the publication's name.
	Sitename string `json:"sitename"`
	// Language is the ISO 639-1 code of the text's language.
	Language string `json:"language"`
	// Text is the main article text, paragraphs separated by "\n".
	Text string `json:"text"`
	// Error describes why the input could not be processed.
	Error string `json:"error,omitempty"`
	// Furniture lists the code point ranges [start, end) of page furniture
	// left in Text when a plain-text page is taken as it is, so that its
	// offsets still refer to the file: scrape dates, "Previous story"
	// links, teaser lists. Extracted text has none.
	Furniture [][2]int `json:"furniture,omitempty"`
}

// Span is a half-open range [Start, End) of Unicode code points in a text,
// with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
