// Package storetest is the conformance suite every store.Store backend must
// pass: Run it from the backend's tests with a function that opens a fresh,
// empty store.
package storetest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// Run runs the conformance suite. newStore must return a fresh, empty store
// each time it is called; Run closes it.
func Run(t *testing.T, newStore func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutIsIdempotent", testIdempotent},
		{"NewVersion", testNewVersion},
		{"DocumentRoundTrip", testRoundTrip},
		{"Stories", testStories},
		{"StoryAggregates", testStoryAggregates},
		{"Search", testSearch},
		{"Quotes", testQuotes},
		{"Entities", testEntities},
		{"Paging", testPaging},
		{"NotFound", testNotFound},
		{"Each", testEach},
		{"FetchLog", testFetchLog},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

func span(text string, start int, sub string) *document.Span {
	r := []rune(text)
	sr := []rune(sub)
	for i := start; i+len(sr) <= len(r); i++ {
		if string(r[i:i+len(sr)]) == sub {
			return &document.Span{Start: i, End: i + len(sr), Text: sub}
		}
	}
	panic(fmt.Sprintf("%q not in %q", sub, text))
}

// sample returns a record of a fictional article, n distinguishing it.
func sample(id, story, date, site string) store.Record {
	text := fmt.Sprintf("The envoy Mara Quill arrived in Port Avel on %s.\n\"We are close to a deal,\" Quill said.", date)
	content := span(text, 0, "We are close to a deal,")
	return store.Record{
		Doc: document.Document{ID: id, Source: id + ".html", URL: "https://" + site + "/news/" + id,
			Title: "Talks in Port Avel " + id, Author: "Ann Reporter", Date: date, DateSource: "meta",
			Sitename: "", Language: "en", Text: text},
		Raw:   []byte("<html><body><p>" + text + "</p></body></html>"),
		Story: story,
		Quotes: []store.Quote{{Type: "direct", Content: *content, Cue: span(text, 0, "said"),
			SpeakerMention: span(text, content.End, "Quill"), Speaker: "Mara Quill"}},
		Entities: []store.Entity{
			{Name: "Mara Quill", Type: "PERSON", Mentions: []document.Span{*span(text, 0, "Mara Quill"), *span(text, 20, "Quill")}},
			{Name: "Port Avel", Type: "GPE", Mentions: []document.Span{*span(text, 0, "Port Avel")}},
		},
	}
}

func put(t *testing.T, s store.Store, rec store.Record, want store.PutResult) {
	t.Helper()
	got, err := s.Put(context.Background(), rec)
	if err != nil {
		t.Fatalf("Put(%s) error: %v", rec.Doc.ID, err)
	}
	if got != want {
		t.Fatalf("Put(%s) = %v; want %v", rec.Doc.ID, got, want)
	}
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func testIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	rec := sample("a1", "s-1", "2026-03-02", "example.org")
	rec.Hash = store.Hash(rec.Raw, rec.Doc)
	if ok, err := s.HasVersion(ctx, "a1", rec.Hash); err != nil || ok {
		t.Fatalf("HasVersion before Put = %v, %v; want false, nil", ok, err)
	}
	put(t, s, rec, store.PutAdded)
	put(t, s, rec, store.PutUnchanged)
	if ok, err := s.HasVersion(ctx, "a1", rec.Hash); err != nil || !ok {
		t.Fatalf("HasVersion after Put = %v, %v; want true, nil", ok, err)
	}
	want := store.Stats{Documents: 1, Stories: 1, Quotes: 1, Entities: 2}
	if diff := cmp.Diff(want, stats(t, s)); diff != "" {
		t.Errorf("Stats after putting twice (-want +got):\n%s", diff)
	}
}

func testNewVersion(t *testing.T, s store.Store) {
	ctx := context.Background()
	v1 := sample("a1", "s-1", "2026-03-02", "example.org")
	put(t, s, v1, store.PutAdded)
	v2 := sample("a1", "s-1", "2026-03-02", "example.org")
	v2.Raw = append(v2.Raw, []byte("<!-- corrected -->")...)
	v2.Doc.Title = "Talks in Port Avel (corrected)"
	v2.Quotes = nil
	put(t, s, v2, store.PutNewVersion)
	put(t, s, v1, store.PutUnchanged) // an old version is not re-added

	d, err := s.Document(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != v2.Doc.Title || d.Version != 2 || len(d.Quotes) != 0 {
		t.Errorf("Document(a1) = title %q version %d quotes %d; want %q, 2, 0", d.Title, d.Version, len(d.Quotes), v2.Doc.Title)
	}
	vs, err := s.Versions(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || !vs[0].Current || vs[1].Current || vs[0].Version != 2 {
		t.Errorf("Versions(a1) = %+v; want 2 then 1, only 2 current", vs)
	}
	want := store.Stats{Documents: 1, Stories: 1, Quotes: 0, Entities: 2}
	if diff := cmp.Diff(want, stats(t, s)); diff != "" {
		t.Errorf("Stats after a new version (-want +got):\n%s", diff)
	}
	raw, err := s.Raw(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != string(v2.Raw) {
		t.Errorf("Raw(a1) = %q; want %q", raw, v2.Raw)
	}
	// A page the caller compressed already comes back the same.
	v3 := sample("a1", "s-1", "2026-03-02", "example.org")
	v3.Raw = []byte("<html><p>third version</p></html>")
	var zbuf bytes.Buffer
	zw := gzip.NewWriter(&zbuf)
	zw.Write(v3.Raw)
	zw.Close()
	v3.RawGzip = zbuf.Bytes()
	put(t, s, v3, store.PutNewVersion)
	if raw, err := s.Raw(ctx, "a1"); err != nil || string(raw) != string(v3.Raw) {
		t.Errorf("Raw(a1) of a pre-compressed page = %q, %v; want %q", raw, err, v3.Raw)
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	rec := sample("a1", "s-1", "2026-03-02T10:00:00Z", "www.example.org")
	rec.DuplicateOf = "a0"
	put(t, s, rec, store.PutAdded)
	d, err := s.Document(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rec.Doc, d.Document); diff != "" {
		t.Errorf("Document(a1) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(rec.Quotes, d.Quotes); diff != "" {
		t.Errorf("Document(a1).Quotes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(rec.Entities, d.Entities); diff != "" {
		t.Errorf("Document(a1).Entities (-want +got):\n%s", diff)
	}
	if d.Site != "example.org" || d.Story != "s-1" || d.DuplicateOf != "a0" || d.Version != 1 || d.IngestedAt == "" {
		t.Errorf("Document(a1) site %q story %q duplicate_of %q version %d ingested %q", d.Site, d.Story, d.DuplicateOf, d.Version, d.IngestedAt)
	}
}

func testStories(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, sample("a1", "s-1", "2026-03-02", "one.example"), store.PutAdded)
	put(t, s, sample("a2", "s-1", "2026-03-04", "two.example"), store.PutAdded)
	dup := sample("a3", "s-1", "2026-03-04", "three.example")
	dup.DuplicateOf = "a2"
	put(t, s, dup, store.PutAdded)
	put(t, s, sample("b1", "s-2", "2026-03-03", "one.example"), store.PutAdded)
	put(t, s, sample("c1", "", "2026-03-05", "one.example"), store.PutAdded)

	p, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range p.Items {
		got = append(got, fmt.Sprintf("%s %s..%s docs=%d sites=%d", st.ID, st.FirstSeen, st.LastSeen, st.Documents, st.Sites))
	}
	want := []string{"s-1 2026-03-02..2026-03-04 docs=3 sites=3", "s-2 2026-03-03..2026-03-03 docs=1 sites=1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Stories (-want +got):\n%s", diff)
	}
	st, err := s.Story(ctx, "s-1")
	if err != nil {
		t.Fatal(err)
	}
	if st.Label != "Talks in Port Avel a1" {
		t.Errorf("Story(s-1).Label = %q; want the first document's title", st.Label)
	}
	wantTL := []store.TimelineEntry{
		{Date: "2026-03-02", Documents: 1, Headline: "Talks in Port Avel a1", Document: "a1", Site: "one.example"},
		{Date: "2026-03-04", Documents: 2, Headline: "Talks in Port Avel a2", Document: "a2", Site: "two.example"},
	}
	if diff := cmp.Diff(wantTL, st.Timeline); diff != "" {
		t.Errorf("Story(s-1).Timeline (-want +got):\n%s", diff)
	}
	if err := s.LabelStories(ctx, map[string]string{"s-1": "Port Avel talks", "nope": "x"}); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Story(ctx, "s-1"); err != nil || st.Label != "Port Avel talks" {
		t.Errorf("Story(s-1).Label after LabelStories = %q, %v; want %q", st.Label, err, "Port Avel talks")
	} else if sum, err := s.StorySummary(ctx, "s-1"); err != nil || sum != st.StorySummary {
		t.Errorf("StorySummary(s-1) = %+v, %v; want Story's own %+v", sum, err, st.StorySummary)
	}

	// A story whose only document moves to another with a new version is
	// left empty: no longer listed, but its id is still taken.
	m := sample("mover", "s-9", "2026-03-05", "one.example")
	put(t, s, m, store.PutAdded)
	m.Raw = append(m.Raw, []byte("<!-- updated -->")...)
	m.Story = "s-10"
	put(t, s, m, store.PutNewVersion)
	var ids []string
	if err := s.EachStoryID(ctx, func(id string) error { ids = append(ids, id); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ids, "s-9") || !slices.Contains(ids, "s-10") || !slices.Contains(ids, "s-1") {
		t.Errorf("EachStoryID = %q; want s-1, s-9 (now empty) and s-10", ids)
	}
	if _, err := s.StorySummary(ctx, "s-9"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("StorySummary(s-9) of an emptied story: %v; want ErrNotFound", err)
	}
	if len(st.Docs) != 3 || st.Docs[2].DuplicateOf != "a2" {
		t.Errorf("Story(s-1).Docs = %+v; want 3, the last a duplicate of a2", st.Docs)
	}
	// Moving a document to another story through a new version updates both.
	moved := sample("a1", "s-2", "2026-03-02", "one.example")
	moved.Raw = []byte("moved")
	put(t, s, moved, store.PutNewVersion)
	st2, err := s.Story(ctx, "s-2")
	if err != nil {
		t.Fatal(err)
	}
	if st2.Documents != 2 || st2.FirstSeen != "2026-03-02" {
		t.Errorf("Story(s-2) after move = %d docs from %s; want 2 from 2026-03-02", st2.Documents, st2.FirstSeen)
	}
	st1, err := s.Story(ctx, "s-1")
	if err != nil {
		t.Fatal(err)
	}
	if st1.Documents != 2 || st1.FirstSeen != "2026-03-04" {
		t.Errorf("Story(s-1) after move = %d docs from %s; want 2 from 2026-03-04", st1.Documents, st1.FirstSeen)
	}
}

// testStoryAggregates checks a story's document count, sites and first
// and last day against a model of its current documents, through a long
// run of new documents and new versions that move between stories and
// sites, lose or gain a date, or leave every story: the stores keep these
// as counters moved by each write, so a missed case shows as drift.
func testStoryAggregates(t *testing.T, s store.Store) {
	ctx := context.Background()
	type cur struct{ story, site, day string }
	current := map[string]cur{}
	stories := []string{"s-1", "s-2", "s-3", ""}
	sites := []string{"one.example", "two.example", "three.example", ""}
	days := []string{"2026-03-01", "2026-03-04", "2026-03-09", ""}
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(step int) {
		t.Helper()
		for _, id := range stories[:3] {
			n, first, last := 0, "", ""
			seen := map[string]bool{}
			for _, c := range current {
				if c.story != id {
					continue
				}
				n++
				if c.site != "" { // a document without a site counts, its site does not
					seen[c.site] = true
				}
				if c.day != "" && (first == "" || c.day < first) {
					first = c.day
				}
				if c.day > last {
					last = c.day
				}
			}
			st, err := s.Story(ctx, id)
			if n == 0 {
				if err == nil && st.Documents != 0 {
					t.Errorf("step %d: Story(%s) has %d documents; want none", step, id, st.Documents)
				}
				continue
			}
			if err != nil {
				t.Fatalf("step %d: Story(%s): %v", step, id, err)
			}
			if st.Documents != n || st.Sites != len(seen) {
				t.Errorf("step %d: Story(%s) docs=%d sites=%d; want %d, %d", step, id, st.Documents, st.Sites, n, len(seen))
			}
			// A story without a dated document may fall back to its
			// ingestion days; only dated stories are compared.
			if first != "" && (st.FirstSeen != first || st.LastSeen != last) {
				t.Errorf("step %d: Story(%s) %s..%s; want %s..%s", step, id, st.FirstSeen, st.LastSeen, first, last)
			}
		}
	}
	for step := range 80 {
		id := fmt.Sprintf("d%d", rng.IntN(12))
		c := cur{story: stories[rng.IntN(len(stories))], site: sites[rng.IntN(len(sites))], day: days[rng.IntN(len(days))]}
		rec := sample(id, c.story, c.day, c.site)
		rec.Raw = fmt.Appendf(nil, "<p>version %d</p>", step) // a new hash each time
		want := store.PutAdded
		if _, ok := current[id]; ok {
			want = store.PutNewVersion
		}
		put(t, s, rec, want)
		current[id] = c
		if step%10 == 9 {
			check(step)
		}
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := sample("a1", "s-1", "2026-03-02", "one.example")
	a.Doc.Text = "Ceasefire talks resumed in Port Avel on Monday."
	a.Quotes, a.Entities = nil, []store.Entity{{Name: "Port Avel", Type: "GPE"}, {Name: "Mara Quill", Type: "PERSON"}}
	b := sample("b1", "s-2", "2026-03-09", "two.example")
	b.Doc.Text = "The harbour strike entered its second week; talks stalled."
	b.Quotes, b.Entities = nil, nil
	c := sample("c1", "s-3", "2026-03-10", "three.example")
	c.Doc.Title, c.Doc.Text = "Rules to ease", "The U.S. envoy said COVID-19 rules would ease by 9/11."
	c.Quotes, c.Entities = nil, nil
	put(t, s, a, store.PutAdded)
	put(t, s, b, store.PutAdded)
	put(t, s, c, store.PutAdded)
	ids := func(q store.SearchQuery) []string {
		t.Helper()
		p, err := s.Search(ctx, q)
		if err != nil {
			t.Fatalf("Search(%+v): %v", q, err)
		}
		out := []string{}
		for _, h := range p.Items {
			out = append(out, h.ID)
		}
		return out
	}
	tests := []struct {
		q    store.SearchQuery
		want []string
	}{
		{store.SearchQuery{Text: "ceasefire"}, []string{"a1"}},
		{store.SearchQuery{Text: "Talks"}, []string{"a1", "b1"}},
		{store.SearchQuery{Text: "talks strike"}, []string{"b1"}},
		// The query syntax of store.Query: OR, "phrases", -exclusions;
		// stray quotes and operators are read as words or dropped.
		{store.SearchQuery{Text: "ceasefire OR strike"}, []string{"a1", "b1"}},
		{store.SearchQuery{Text: "talks ceasefire OR stalled"}, []string{"a1", "b1"}},
		{store.SearchQuery{Text: "strike ceasefire OR resumed"}, []string{}},
		{store.SearchQuery{Text: `"talks resumed"`}, []string{"a1"}},
		{store.SearchQuery{Text: `"resumed talks"`}, []string{}},
		{store.SearchQuery{Text: "talks -strike"}, []string{"a1"}},
		{store.SearchQuery{Text: `talks -"second week"`}, []string{"a1"}},
		{store.SearchQuery{Text: "-talks"}, []string{}},
		{store.SearchQuery{Text: "OR ceasefire OR"}, []string{"a1"}},
		{store.SearchQuery{Text: `talks" OR "x`}, []string{"a1", "b1"}},
		{store.SearchQuery{Text: `NOT AND NEAR ( ) * ^ : ' "`}, []string{}}, // engines' own syntax is only words
		// Other forms of a word match ("talk" the "talks" of both, "resume"
		// the "resumed" of a1), in phrases too.
		{store.SearchQuery{Text: "talk"}, []string{"a1", "b1"}},
		{store.SearchQuery{Text: "resume -stall"}, []string{"a1"}},
		{store.SearchQuery{Text: `"talk resume"`}, []string{"a1"}},
		{store.SearchQuery{Text: "rule eased"}, []string{"c1"}},
		{store.SearchQuery{Text: "entering -resumes"}, []string{"b1"}},
		// Words with punctuation inside match as they were written.
		{store.SearchQuery{Text: "U.S."}, []string{"c1"}},
		{store.SearchQuery{Text: "covid-19 OR strike"}, []string{"b1", "c1"}},
		{store.SearchQuery{Text: "9/11"}, []string{"c1"}},
		{store.SearchQuery{Text: "envoy -COVID-19"}, []string{}},
		// A query of hundreds of terms is cut, not refused.
		{store.SearchQuery{Text: "talks" + strings.Repeat(" -x", 300)}, []string{"a1", "b1"}},
		{store.SearchQuery{Text: strings.Repeat("x OR ", 300) + "ceasefire"}, []string{}},
		{store.SearchQuery{Text: "talks", Filter: store.Filter{From: "2026-03-05"}}, []string{"b1"}},
		{store.SearchQuery{Text: "talks", Filter: store.Filter{To: "2026-03-05"}}, []string{"a1"}},
		{store.SearchQuery{Text: "talks", Filter: store.Filter{Site: "two.example"}}, []string{"b1"}},
		{store.SearchQuery{Text: "talks", Filter: store.Filter{Entity: "port avel"}}, []string{"a1"}},
		{store.SearchQuery{Text: "  "}, []string{}},
		{store.SearchQuery{Text: "example"}, []string{}}, // sites are not text
		{store.SearchQuery{Text: "Quill"}, []string{}},   // nor are entity names
		{store.SearchQuery{Text: "site_two_example"}, []string{}},
		{store.SearchQuery{Text: "talks", Filter: store.Filter{Entity: "Mara Quill"}}, []string{"a1"}},
		{store.SearchQuery{Text: "talks", Filter: store.Filter{Entity: "Mara"}}, []string{}},
		{store.SearchQuery{Text: "talks", Filter: store.Filter{Site: "example"}}, []string{}},
		{store.SearchQuery{Text: "talks", Filter: store.Filter{Site: "TWO.Example"}}, []string{"b1"}},
	}
	for _, tt := range tests {
		got := ids(tt.q)
		if len(tt.want) == 2 && len(got) == 2 && got[0] == tt.want[1] {
			got[0], got[1] = got[1], got[0] // rank order between equals is free
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Search(%+v) (-want +got):\n%s", tt.q, diff)
		}
	}
	p, err := s.Search(ctx, store.SearchQuery{Text: "ceasefire"})
	if err != nil {
		t.Fatal(err)
	}
	if h := p.Items[0]; h.Snippet == "" || h.Story != "s-1" || h.Date != "2026-03-02" || h.DuplicateOf != "" {
		t.Errorf("Search hit = %+v; want a snippet, story s-1, date 2026-03-02, no copy", h)
	}
	// A copy says whose.
	cp := c
	cp.Doc.ID, cp.DuplicateOf = "c2", "c1"
	put(t, s, cp, store.PutAdded)
	p, err = s.Search(ctx, store.SearchQuery{Text: "COVID-19"})
	dup := map[string]string{}
	for _, h := range p.Items {
		dup[h.ID] = h.DuplicateOf
	}
	if want := map[string]string{"c1": "", "c2": "c1"}; err != nil || !maps.Equal(dup, want) {
		t.Errorf("Search(COVID-19) copies = %v, %v; want %v", dup, err, want)
	}
}

func testQuotes(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, sample("late", "s-1", "2026-03-09", "one.example"), store.PutAdded)
	put(t, s, sample("early", "s-1", "2026-03-01", "two.example"), store.PutAdded)
	p, err := s.Quotes(ctx, store.QuoteQuery{Speaker: "mara quill"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range p.Items {
		got = append(got, q.Document+" "+q.Date+" "+q.Type+" "+q.Content.Text)
	}
	want := []string{"early 2026-03-01 direct We are close to a deal,", "late 2026-03-09 direct We are close to a deal,"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Quotes(speaker=mara quill) (-want +got):\n%s", diff)
	}
	p, err = s.Quotes(ctx, store.QuoteQuery{Speaker: "Nobody"})
	if err != nil || len(p.Items) != 0 {
		t.Errorf("Quotes(Nobody) = %d items, %v; want none", len(p.Items), err)
	}

	// A third document names the speaker by surname only, and a fourth
	// quotes another Quill and a one-word organisation.
	surname := sample("surname", "s-1", "2026-03-05", "three.example")
	surname.Quotes[0].Speaker = "Quill"
	put(t, s, surname, store.PutAdded)
	other := sample("other", "s-1", "2026-03-06", "three.example")
	other.Quotes[0].Speaker = "Dana  QUILL"
	other.Quotes = append(other.Quotes, other.Quotes[0])
	other.Quotes[1].Speaker = "Quillen"
	put(t, s, other, store.PutAdded)
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Mara Quill", []string{"Dana  QUILL", "Mara Quill", "Quill"}},
		{"quill", []string{"Dana  QUILL", "Mara Quill", "Quill"}},
		{"  Zed   Quillen ", []string{"Quillen"}},
		{"Nobody", nil},
		{"", nil},
	} {
		names, err := s.SpeakerNames(ctx, tc.name)
		slices.Sort(names)
		if err != nil || !slices.Equal(names, tc.want) {
			t.Errorf("SpeakerNames(%q) = %q, %v; want %q", tc.name, names, err, tc.want)
		}
	}
	p, err = s.Quotes(ctx, store.QuoteQuery{Speakers: []string{"mara quill", "QUILL"}})
	got = got[:0]
	for _, q := range p.Items {
		got = append(got, q.Document+" "+q.Speaker)
	}
	want = []string{"early Mara Quill", "surname Quill", "late Mara Quill"}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("Quotes(speakers=mara quill, QUILL) = %q, %v; want %q", got, err, want)
	}
	// A new version of "surname" names another speaker: the old version's
	// name is gone.
	surname.Raw = append(surname.Raw, []byte("<!-- corrected -->")...)
	surname.Quotes[0].Speaker = "Lev Quillon"
	put(t, s, surname, store.PutNewVersion)
	names, err := s.SpeakerNames(ctx, "Mara Quill")
	slices.Sort(names)
	if want := []string{"Dana  QUILL", "Mara Quill"}; err != nil || !slices.Equal(names, want) {
		t.Errorf("SpeakerNames(Mara Quill) after a new version = %q, %v; want %q", names, err, want)
	}

	// Within a day: a copy dated by day alone, stored first, comes after
	// its original dated to the minute (the string "2026-03-20" sorts
	// before "2026-03-20T08:10:00Z", but the original said it first); of
	// two articles that are not copies, the one with a time comes first.
	cp := sample("copy", "s-2", "2026-03-20", "valley.example")
	cp.DuplicateOf = "orig"
	put(t, s, cp, store.PutAdded)
	put(t, s, sample("orig", "s-2", "2026-03-20T08:10:00Z", "wire.example"), store.PutAdded)
	put(t, s, sample("dayonly", "s-3", "2026-03-19", "valley.example"), store.PutAdded)
	put(t, s, sample("timed", "s-3", "2026-03-19T12:40:00Z", "ledger.example"), store.PutAdded)
	// Times compare as instants: 12:40 in Delhi is 07:10 UTC, before 09:00 UTC.
	put(t, s, sample("utc", "s-4", "2026-03-21T09:00:00Z", "wire.example"), store.PutAdded)
	put(t, s, sample("delhi", "s-4", "2026-03-21T12:40:00+05:30", "delhi.example"), store.PutAdded)
	// A date no engine can read as a time is listed, not an error.
	put(t, s, sample("garbled", "s-5", "2026-03-22T99:99 soon", "odd.example"), store.PutAdded)
	if p, err := s.Quotes(ctx, store.QuoteQuery{Story: "s-5"}); err != nil || len(p.Items) != 1 {
		t.Errorf("Quotes(story s-5) with a garbled date = %d items, %v; want 1", len(p.Items), err)
	}
	if copies, err := s.CopiesOf(ctx, "s-2", "orig"); err != nil || len(copies) != 1 || copies[0].ID != "copy" {
		t.Errorf("CopiesOf(s-2, orig) = %+v, %v; want the one copy", copies, err)
	}
	if copies, err := s.CopiesOf(ctx, "s-2", "copy"); err != nil || len(copies) != 0 {
		t.Errorf("CopiesOf(s-2, copy) = %+v, %v; want none", copies, err)
	}
	for story, want := range map[string][]string{"s-2": {"orig", "copy"}, "s-3": {"timed", "dayonly"}, "s-4": {"delhi", "utc"}} {
		p, err := s.Quotes(ctx, store.QuoteQuery{Story: story})
		var got []string
		for _, q := range p.Items {
			got = append(got, q.Document)
		}
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("Quotes(story %s) = %q, %v; want %q", story, got, err, want)
		}
	}
}

func testEntities(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, sample("a1", "s-1", "2026-03-01", "one.example"), store.PutAdded)
	b := sample("b1", "s-1", "2026-03-02", "one.example")
	b.Entities = b.Entities[:1]
	put(t, s, b, store.PutAdded)
	p, err := s.Entities(ctx, store.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.EntitySummary{
		{Name: "Mara Quill", Type: "PERSON", Documents: 2, Mentions: 4, Quotes: 2},
		{Name: "Port Avel", Type: "GPE", Documents: 1, Mentions: 1, Quotes: 0},
	}
	if diff := cmp.Diff(want, p.Items); diff != "" {
		t.Errorf("Entities (-want +got):\n%s", diff)
	}
	p, err = s.Entities(ctx, store.EntityQuery{Type: "GPE"})
	if err != nil || len(p.Items) != 1 || p.Items[0].Name != "Port Avel" {
		t.Errorf("Entities(type GPE) = %+v, %v; want Port Avel", p.Items, err)
	}
	v, err := s.Volume(ctx, store.DocumentQuery{Filter: store.Filter{Entity: "Port Avel"}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(store.Volume{Days: []store.Count{{Key: "2026-03-01", Count: 1}}, Sites: []store.Count{{Key: "one.example", Count: 1}}}, v); diff != "" {
		t.Errorf("Volume(entity Port Avel) (-want +got):\n%s", diff)
	}
	// An outlet filter matches whatever the case.
	p2, err := s.Documents(ctx, store.DocumentQuery{Filter: store.Filter{Site: "ONE.example"}})
	if err != nil || len(p2.Items) != 2 {
		t.Errorf("Documents(site ONE.example) = %d documents, %v; want 2", len(p2.Items), err)
	}
}

func testPaging(t *testing.T, s store.Store) {
	ctx := context.Background()
	for i := range 7 {
		put(t, s, sample(fmt.Sprintf("d%d", i), fmt.Sprintf("s-%d", i), fmt.Sprintf("2026-03-%02d", i+1), "one.example"), store.PutAdded)
	}
	var docs, stories []string
	cursor := ""
	for {
		p, err := s.Documents(ctx, store.DocumentQuery{Limit: 3, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range p.Items {
			docs = append(docs, d.ID)
		}
		if cursor = p.Next; cursor == "" {
			break
		}
	}
	for {
		p, err := s.Stories(ctx, store.StoryQuery{Limit: 4, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range p.Items {
			stories = append(stories, st.ID)
		}
		if cursor = p.Next; cursor == "" {
			break
		}
	}
	if diff := cmp.Diff([]string{"d6", "d5", "d4", "d3", "d2", "d1", "d0"}, docs); diff != "" {
		t.Errorf("Documents pages (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s-6", "s-5", "s-4", "s-3", "s-2", "s-1", "s-0"}, stories); diff != "" {
		t.Errorf("Stories pages (-want +got):\n%s", diff)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nope) error = %v; want ErrNotFound", err)
	}
	if _, err := s.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story(nope) error = %v; want ErrNotFound", err)
	}
	if _, err := s.StorySummary(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("StorySummary(nope) error = %v; want ErrNotFound", err)
	}
	if _, err := s.Raw(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Raw(nope) error = %v; want ErrNotFound", err)
	}
}

func testEach(t *testing.T, s store.Store) {
	put(t, s, sample("x", "s-1", "2026-03-02", "one.example"), store.PutAdded)
	put(t, s, sample("y", "s-1", "2026-03-01", "one.example"), store.PutAdded)
	v2 := sample("x", "s-1", "2026-03-02", "one.example")
	v2.Raw = []byte("v2")
	put(t, s, v2, store.PutNewVersion)
	var got []string
	err := s.Each(context.Background(), func(d store.Document) error {
		got = append(got, fmt.Sprintf("%s v%d", d.ID, d.Version))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"y v1", "x v2"}, got); diff != "" {
		t.Errorf("Each (-want +got):\n%s", diff)
	}
}

// Recount checks Store.Recount on s: nothing to report on a consistent
// store; after exec has run SQL that breaks the counters behind the
// store's back (exec runs one statement on s's tables), the stories
// concerned are reported, and repaired by Recount(ctx, true).
func Recount(t *testing.T, s store.Store, exec func(query string) error) {
	ctx := context.Background()
	put(t, s, sample("a", "s-1", "2026-03-01", "one.example"), store.PutAdded)
	put(t, s, sample("b", "s-1", "2026-03-02", "two.example"), store.PutAdded)
	put(t, s, sample("c", "s-2", "2026-03-03", "one.example"), store.PutAdded)
	if got, err := s.Recount(ctx, false); err != nil || len(got) != 0 {
		t.Fatalf("Recount of a consistent store = %+v, %v; want nothing", got, err)
	}
	for _, q := range []string{
		`UPDATE stories SET documents = documents + 3 WHERE id = 's-1'`,
		`DELETE FROM story_sites WHERE story_id = 's-2'`,
	} {
		if err := exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	want := []store.StoryCount{
		{Story: "s-1", Documents: 5, CountedDocuments: 2, Sites: 2, CountedSites: 2},
		{Story: "s-2", Documents: 1, CountedDocuments: 1, Sites: 1, CountedSites: 1, SiteRows: 1},
	}
	for _, repair := range []bool{false, true} {
		got, err := s.Recount(ctx, repair)
		if err != nil {
			t.Fatalf("Recount(repair=%v): %v", repair, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Recount(repair=%v) (-want +got):\n%s", repair, diff)
		}
	}
	if got, err := s.Recount(ctx, false); err != nil || len(got) != 0 {
		t.Errorf("Recount after the repair = %+v, %v; want nothing", got, err)
	}
	st, err := s.Story(ctx, "s-1")
	if err != nil || st.Documents != 2 || st.Sites != 2 {
		t.Errorf("Story(s-1) after the repair: %d documents, %d sites, %v; want 2, 2", st.Documents, st.Sites, err)
	}
	// The repaired per-site counts move with the next write as before.
	put(t, s, sample("d", "s-2", "2026-03-04", "two.example"), store.PutAdded)
	if got, err := s.Recount(ctx, false); err != nil || len(got) != 0 {
		t.Errorf("Recount after a write = %+v, %v; want nothing", got, err)
	}
}
