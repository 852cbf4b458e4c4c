package pipeline

import (
	"errors"
	"fmt"
	"testing"

	"github.com/storyline-dev/storyline/internal/document"
)

func TestJobKey(t *testing.T) {
	base := Job{Kind: JobExtract, ID: "a", Source: "pages/a.html", Body: []byte("<p>x</p>")}
	same := base
	same.Attempt = 3 // delivery state is not identity
	same.Version = 1
	tests := []struct {
		name  string
		job   Job
		equal bool
	}{
		{"same input", same, true},
		{"other body", Job{Kind: JobExtract, ID: "a", Source: "pages/a.html", Body: []byte("<p>y</p>")}, false},
		{"other id", Job{Kind: JobExtract, ID: "b", Source: "pages/a.html", Body: []byte("<p>x</p>")}, false},
		{"fields do not run together", Job{Kind: JobExtract, ID: "", Source: "apages/a.html", Body: []byte("<p>x</p>")}, false},
		{"as text", Job{Kind: JobExtract, ID: "a", Source: "pages/a.html", Format: "text", Body: []byte("<p>x</p>")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.job.Key() == base.Key(); got != tt.equal {
				t.Errorf("Key() equal to base = %v; want %v", got, tt.equal)
			}
		})
	}
	d1 := Job{Kind: JobDocument, ID: "d", Doc: &document.Document{ID: "d", Text: "one"}}
	d2 := Job{Kind: JobDocument, ID: "d", Doc: &document.Document{ID: "d", Text: "two"}}
	if d1.Key() == d2.Key() {
		t.Error("documents with different text have the same Key")
	}
	// A fetch job is its URL: the same article from two sources is one job.
	f1 := Job{Kind: JobFetch, ID: "https://a.example/x", Source: "https://a.example/feed.xml", URL: "https://a.example/x"}
	f2 := Job{Kind: JobFetch, ID: "https://a.example/x", Source: "urls.txt", URL: "https://a.example/x"}
	f3 := Job{Kind: JobFetch, ID: "https://a.example/y", Source: "urls.txt", URL: "https://a.example/y"}
	if f1.Key() != f2.Key() || f1.Key() == f3.Key() {
		t.Error("fetch job keys: want one per URL, whatever the source")
	}
}

func TestJobValidate(t *testing.T) {
	tests := []struct {
		job Job
		ok  bool
	}{
		{Job{Kind: JobExtract, Source: "a.html"}, true},
		{Job{Kind: JobExtract, Source: "a.txt", Format: "text"}, true},
		{Job{Kind: JobExtract, Source: "a.pdf", Format: "pdf"}, false},
		{Job{Kind: JobDocument, Source: "d.jsonl"}, false},
		{Job{Kind: JobDocument, Source: "d.jsonl", Doc: &document.Document{}}, true},
		{Job{Kind: JobFetch, Source: "x"}, false},
		{Job{Kind: JobFetch, Source: "x", URL: "https://example.org/"}, true},
		{Job{Kind: "", Source: "x"}, false},
		{Job{Version: 2, Kind: JobExtract, Source: "a.html"}, false},
	}
	for _, tt := range tests {
		if err := tt.job.Validate(); (err == nil) != tt.ok {
			t.Errorf("Validate(%+v) = %v; want ok=%v", tt.job, err, tt.ok)
		}
	}
}

func TestPermanent(t *testing.T) {
	base := errors.New("empty page")
	p := fmt.Errorf("extract a.html: %w", Permanent(base))
	if !IsPermanent(p) || !errors.Is(p, base) {
		t.Errorf("IsPermanent(%v) = %v, errors.Is base = %v; want both true", p, IsPermanent(p), errors.Is(p, base))
	}
	if IsPermanent(base) || IsPermanent(nil) || Permanent(nil) != nil {
		t.Error("unmarked errors must not be permanent, and Permanent(nil) must be nil")
	}
}
