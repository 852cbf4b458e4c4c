// Package store defines how storyline keeps what it has read: documents (raw
// page, extracted text and metadata, in versions), the entities and quotes
// found in them, duplicate links, and stories with their timelines.
//
// Store is the interface every backend implements: store/sqlite (embedded,
// the default) and store/postgres (for several workers). The conformance
// suite in store/storetest states the behaviour both must share; a backend
// is correct when storetest.Run passes against it.
//
// All methods are safe for concurrent use. Writes are atomic per document:
// after a crash a document is either stored with all its analysis or not at
// all.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
)

// MarkOpen and MarkClose enclose the matched words in the snippets of
// SearchMarked: control characters, which extracted text never holds.
const (
	MarkOpen  = "\x02"
	MarkClose = "\x03"
)

// ErrNotFound is returned when a requested document, story or entity does
// not exist.
var ErrNotFound = errors.New("not found")

// ErrSchemaTooNew is returned by a backend's Open when the database's
// schema was migrated by a newer binary than this one: writing to it with
// an older binary would leave out what the newer migrations maintain (for
// example the search rows of new documents).
var ErrSchemaTooNew = errors.New("schema is newer than this binary: upgrade storyline")

// Store keeps documents and their analysis, and answers the queries of the
// API and the web UI.
type Store interface {
	// HasVersion reports whether the document id is stored with the given
	// content hash (in any version), so callers can skip work already done.
	HasVersion(ctx context.Context, id, hash string) (bool, error)
	// Put stores one analysed document in a single transaction. Putting the
	// same id and hash again changes nothing (PutUnchanged); a known id with
	// a new hash becomes a new current version (PutNewVersion), the older
	// ones being kept.
	Put(ctx context.Context, rec Record) (PutResult, error)
	// LabelStories sets the labels of existing stories, by id; unknown ids
	// are ignored.
	LabelStories(ctx context.Context, labels map[string]string) error
	// Each calls fn for every current document in the order they were
	// stored, for example to rebuild in-memory state after a restart.
	Each(ctx context.Context, fn func(Document) error) error
	// EachStoryID calls fn with the id of every story the store has a row
	// for, those left without documents too, so that a new story is never
	// given an id that carries an old story's labels and events.
	EachStoryID(ctx context.Context, fn func(id string) error) error

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Stories lists stories, newest activity first.
	Stories(ctx context.Context, q StoryQuery) (Page[StorySummary], error)
	// Story returns one story with its documents and timeline.
	Story(ctx context.Context, id string) (Story, error)
	// StorySummary is Story without the documents and timeline: what a
	// link to the story needs.
	StorySummary(ctx context.Context, id string) (StorySummary, error)
	// CopiesOf lists the current documents of story marked as copies of
	// the document id, oldest first (a copy is grouped with its original).
	CopiesOf(ctx context.Context, story, id string) ([]DocumentSummary, error)
	// Document returns the current version of a document with its quotes
	// and entities.
	Document(ctx context.Context, id string) (Document, error)
	// Versions lists every stored version of a document, newest first.
	Versions(ctx context.Context, id string) ([]Version, error)
	// Raw returns the original page of the current version, uncompressed;
	// nil when none was kept (for example a JSONL input).
	Raw(ctx context.Context, id string) ([]byte, error)
	// Documents lists current documents, newest publication date first.
	Documents(ctx context.Context, q DocumentQuery) (Page[DocumentSummary], error)
	// Search finds current documents matching a full-text query, best
	// matches first. A backend may rank only the most recent matches of a
	// very common word (sqlite ranks the latest 1,000).
	Search(ctx context.Context, q SearchQuery) (Page[SearchHit], error)
	// SearchMarked is Search with each word the engine matched enclosed in
	// MarkOpen and MarkClose in the snippets, for highlighting exactly what
	// matched.
	SearchMarked(ctx context.Context, q SearchQuery) (Page[SearchHit], error)
	// Quotes lists quotes, oldest first. Within a day a copy comes after
	// the documents that are not copies (the copy's original is the earlier
	// by the duplicate detector's reckoning), and a document dated by day
	// alone after those dated to the minute: "2026-03-02" cannot be ordered
	// against "2026-03-02T08:10:00Z", and the known time is the safer claim
	// to having said it first. Times compare as instants ("12:40+05:30"
	// before "09:00Z").
	Quotes(ctx context.Context, q QuoteQuery) (Page[QuoteHit], error)
	// SpeakerNames lists the distinct speaker names of current documents'
	// quotes whose last word is that of name, ignoring case as Quotes does
	// ("Khalilzad" and "Zalmay Khalilzad" for either), in no particular
	// order. Stored names separate words with single spaces (they are
	// built from tokens), which is all the stores' last-word indexes
	// split on.
	SpeakerNames(ctx context.Context, name string) ([]string, error)
	// Entities lists entities, most mentioned first.
	Entities(ctx context.Context, q EntityQuery) (Page[EntitySummary], error)
	// Volume counts current documents per publication day and per site.
	Volume(ctx context.Context, q DocumentQuery) (Volume, error)
	// Recount compares every story's stored counters (its documents and
	// sites, and the per-site counts behind them) with its current
	// documents and returns the stories that disagree, by id. With repair
	// it also rewrites them all from the documents, in the same
	// transaction, holding off writers while it runs. The counters are
	// moved by every write that changes a story's membership, so they
	// only disagree after a bug or after an older release wrote to the
	// database (see docs/deployment.md).
	Recount(ctx context.Context, repair bool) ([]StoryCount, error)
	// Close releases the store.
	Close() error
}

// StoryCount is a story whose stored counters disagree with its current
// documents (see Store.Recount): the stored and the counted numbers.
type StoryCount struct {
	Story            string `json:"story"`
	Documents        int    `json:"documents"`
	CountedDocuments int    `json:"counted_documents"`
	Sites            int    `json:"sites"`
	CountedSites     int    `json:"counted_sites"`
	// SiteRows is how many of the story's per-site counts are wrong,
	// missing or left over.
	SiteRows int `json:"site_rows"`
}

// Record is one analysed document as the ingester hands it to Put.
type Record struct {
	// Doc is the extracted document; Doc.ID identifies it.
	Doc document.Document
	// Hash identifies the content (see Hash); equal hashes mean the same page.
	Hash string
	// Raw is the original page, kept compressed; may be nil.
	Raw []byte
	// RawGzip, when set, is Raw already gzip-compressed by the caller (for
	// example in parallel, off the serial write path, or by the publisher of
	// a queued job), in any form DecompressPage reads, and decompresses to
	// exactly Raw; a backend that keeps pages gzipped may store it as it is.
	// Hash is still computed from Raw.
	RawGzip []byte
	// Quotes found in Doc.Text.
	Quotes []Quote
	// Entities found in Doc.Text, with their mentions.
	Entities []Entity
	// Story is the id of the story the document belongs to; empty if none.
	Story string
	// StoryLabel is the story's current label; empty keeps the old label or,
	// for a new story, uses the document title.
	StoryLabel string
	// DuplicateOf is the id of an earlier near-identical document, or empty.
	DuplicateOf string
	// IngestedAt is when the document was stored, RFC 3339; empty means now.
	IngestedAt string
}

// PutResult says what Put did.
type PutResult int

const (
	// PutAdded means the document id was new.
	PutAdded PutResult = iota + 1
	// PutUnchanged means this id and content were already stored.
	PutUnchanged
	// PutNewVersion means the id was known with other content; the new
	// content is now the current version.
	PutNewVersion
)

// String names the result for progress output.
func (r PutResult) String() string {
	switch r {
	case PutAdded:
		return "added"
	case PutUnchanged:
		return "unchanged"
	case PutNewVersion:
		return "new version"
	}
	return "unknown"
}

// StoryEvent is one development of a story: a fact first reported by one of
// its documents.
type StoryEvent struct {
	// Time is the publication time of Source, RFC 3339, or empty.
	Time string `json:"time"`
	// Text is the sentence that reported it.
	Text string `json:"text"`
	// Source is the id of the earliest document that reported it.
	Source string `json:"source"`
}

// EventStore is implemented by stores that keep story events. It is not
// part of Store: callers check for it, and a backend without it simply has
// no events to show.
type EventStore interface {
	// SetStoryEvents replaces the events of the given stories.
	SetStoryEvents(ctx context.Context, events map[string][]StoryEvent) error
	// StoryEvents returns a story's events in the order they were reported.
	StoryEvents(ctx context.Context, id string) ([]StoryEvent, error)
}

// Quote is a quotation with its speaker, offsets in code points into the
// document text as in CONTRACT.md.
type Quote struct {
	Type           string         `json:"type"`
	Content        document.Span  `json:"content"`
	Cue            *document.Span `json:"cue"`
	SpeakerMention *document.Span `json:"speaker_mention"`
	Speaker        string         `json:"speaker"`
}

// Entity is a named entity with its mentions in one document.
type Entity struct {
	Name     string          `json:"name"`
	Type     string          `json:"type"`
	Mentions []document.Span `json:"mentions"`
}

// Document is a stored document with its analysis.
type Document struct {
	document.Document
	// Version counts the stored versions of this id, 1 for the first.
	Version int `json:"version"`
	// Hash identifies the content of this version.
	Hash string `json:"hash"`
	// Site is the outlet: the site name, or else the URL's host.
	Site string `json:"site"`
	// Story is the id of the document's story, or empty.
	Story string `json:"story"`
	// DuplicateOf is the id of an earlier near-identical document, or empty.
	DuplicateOf string `json:"duplicate_of"`
	// IngestedAt is when this version was stored, RFC 3339.
	IngestedAt string `json:"ingested_at"`
	// Quotes found in the text.
	Quotes []Quote `json:"quotes"`
	// Entities found in the text.
	Entities []Entity `json:"entities"`
}

// Version describes one stored version of a document.
type Version struct {
	Version    int    `json:"version"`
	Hash       string `json:"hash"`
	Title      string `json:"title"`
	Date       string `json:"date"`
	IngestedAt string `json:"ingested_at"`
	Current    bool   `json:"current"`
}

// DocumentSummary is a document in a list.
type DocumentSummary struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	URL         string `json:"url"`
	Date        string `json:"date"`
	Site        string `json:"site"`
	Story       string `json:"story"`
	DuplicateOf string `json:"duplicate_of"`
}

// SearchHit is a document matching a search.
type SearchHit struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	URL     string `json:"url"`
	Date    string `json:"date"`
	Site    string `json:"site"`
	Snippet string `json:"snippet"`
	Story   string `json:"story"`
	// DuplicateOf is the id of the document this one copies, if it is a
	// copy: searchers want the original.
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// StorySummary is a story in a list.
type StorySummary struct {
	ID        string `json:"id"`
	Label     string `json:"label"`
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
	Documents int    `json:"documents"`
	Sites     int    `json:"sites"`
	// UpdatedAt is when the story last received a document, RFC 3339.
	UpdatedAt string `json:"updated_at"`
}

// Story is a story with its documents (oldest first) and timeline.
type Story struct {
	StorySummary
	Docs     []DocumentSummary `json:"documents"` // in JSON, replaces the count
	Timeline []TimelineEntry   `json:"timeline"`
	Outlets  []Count           `json:"outlets"`
}

// TimelineEntry is one day of a story: how many documents appeared and the
// first original (non-duplicate) one, which gives the day its headline.
type TimelineEntry struct {
	Date      string `json:"date"`
	Documents int    `json:"documents"`
	Headline  string `json:"headline"`
	Document  string `json:"document"`
	Site      string `json:"site"`
}

// QuoteHit is a quote with the document it appeared in.
type QuoteHit struct {
	Quote
	Document string `json:"document"`
	Title    string `json:"title"`
	Date     string `json:"date"`
	Site     string `json:"site"`
	Story    string `json:"story"`
}

// EntitySummary is an entity across the store.
type EntitySummary struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	Documents int    `json:"documents"`
	Mentions  int    `json:"mentions"`
	Quotes    int    `json:"quotes"`
}

// Stats counts what is stored. Documents counts distinct ids, not versions.
type Stats struct {
	Documents int `json:"documents"`
	Stories   int `json:"stories"`
	Quotes    int `json:"quotes"`
	Entities  int `json:"entities"`
}

// Count is a labelled number, for charts.
type Count struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// Volume is document counts per publication day (oldest first) and per site
// (largest first).
type Volume struct {
	Days  []Count `json:"days"`
	Sites []Count `json:"sites"`
}

// Page is one page of a list; Next is the cursor for the following page,
// empty on the last one.
type Page[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next"`
}

// Filter narrows documents by publication date, site and entity. Empty
// fields do not filter.
type Filter struct {
	// From and To bound the publication date, inclusive, YYYY-MM-DD.
	From, To string
	// Site is an outlet as in Document.Site, in any case.
	Site string
	// Entity is an entity name mentioned in the document.
	Entity string
	// Story is a story id.
	Story string
}

// Day is the YYYY-MM-DD day of a publication date, or "" for an empty or
// malformed one: what lists are ordered and filtered by.
func Day(date string) string {
	if len(date) >= 10 && date[4] == '-' && date[7] == '-' {
		return date[:10]
	}
	return ""
}

// Check reports what makes f unusable, in words a reader of an error page
// can act on: a date not written YYYY-MM-DD, or From after To.
func (f Filter) Check() error {
	for _, d := range []string{f.From, f.To} {
		if d != "" && !isDay(d) {
			return fmt.Errorf("dates must be written YYYY-MM-DD, as 2026-03-02; %q is not", d)
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return fmt.Errorf("the from date %s is after the to date %s", f.From, f.To)
	}
	return nil
}

// isDay reports a real calendar day written YYYY-MM-DD (not 2026-13-01).
func isDay(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// StoryQuery selects stories.
type StoryQuery struct {
	Limit  int
	Cursor string
}

// DocumentQuery selects documents.
type DocumentQuery struct {
	Filter
	Limit  int
	Cursor string
}

// SearchQuery is a full-text search. Text is taken as words that must all
// occur; it has no operator syntax.
type SearchQuery struct {
	Text string
	Filter
	Limit  int
	Cursor string
}

// QuoteQuery selects quotes. Speaker matches the canonical speaker name
// exactly, ignoring case; Speakers matches any of its names, ignoring
// case (with both set, a quote matches either). SQLite ignores ASCII case
// only ("özdemir" does not match "Özdemir"); PostgreSQL folds all case. Callers that want one
// person across documents, whatever form of the name each used, pass the
// names speaker.Same picks from SpeakerNames.
type QuoteQuery struct {
	Speaker  string
	Speakers []string
	Document string
	Story    string
	Limit    int
	Cursor   string
}

// Names returns the speaker names q matches, Speaker first; none means
// any speaker.
func (q QuoteQuery) Names() []string {
	if q.Speaker == "" {
		return q.Speakers
	}
	return append([]string{q.Speaker}, q.Speakers...)
}

// EntityQuery selects entities. Name matches exactly, ignoring case; Type
// is PERSON, ORG, GPE or LOC.
type EntityQuery struct {
	Name   string
	Type   string
	Limit  int
	Cursor string
}

// DefaultLimit is the page size when a query's Limit is zero; MaxLimit caps it.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// ClampLimit applies DefaultLimit and MaxLimit to a requested page size.
func ClampLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}
