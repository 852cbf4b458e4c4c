package analysis

import (
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/store"
)

// TestStoryGrouperKeepsStoredIDs restores documents stored under ids the
// clusterer would not give them, then groups new ones: a follow-up joins
// the stored story, and a new story gets an id no stored story has.
func TestStoryGrouperKeepsStoredIDs(t *testing.T) {
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	doc := func(id, date, title, text string) document.Document {
		return document.Document{ID: id, Date: date, Title: title, Text: text, URL: "https://news.example/" + id}
	}
	talks := "Negotiators for Estrava and the Dunmoor council met in Saint Oren on Monday for ceasefire talks mediated by the envoy Mara Quill, who said a truce was possible."
	strike := "Dockworkers at Port Avel voted to strike over the harbour authority's automation plan, the union leader Tomas Brenner said on Wednesday."
	g := newStoryGrouper(Options{
		Date: func(s string) time.Time {
			t, err := time.Parse("2006-01-02", s)
			if err != nil || t.After(now) {
				return time.Time{}
			}
			return t
		},
		Host: func(string) string { return "news.example" },
	})
	// As stored by an earlier run whose numbering differed.
	g.Restore(store.Document{Document: doc("a", "2026-03-02", "Ceasefire talks open in Saint Oren", talks), Story: "s-7"})
	g.Restore(store.Document{Document: doc("b", "2026-03-04", "Port Avel dockworkers vote to strike", strike), Story: "s-1"})

	follow := g.Group(doc("c", "2026-03-05", "Ceasefire talks in Saint Oren resume",
		"Ceasefire talks between Estrava and the Dunmoor council resumed in Saint Oren on Thursday, the envoy Mara Quill said, after a truce was agreed."))
	if follow.Story != "s-7" {
		t.Errorf("follow-up of the talks story grouped into %q; want the stored s-7", follow.Story)
	}
	fresh := g.Group(doc("d", "2026-03-06", "Lune football club wins the cup final",
		"Lune football club won the cup final on Sunday with two goals in the last ten minutes, and supporters celebrated in the stadium until midnight."))
	if fresh.Story == "s-7" || fresh.Story == "s-1" || fresh.Story == "" {
		t.Errorf("a new story got id %q; want one no stored story has", fresh.Story)
	}
	labels := g.Labels()
	for id := range labels {
		if id != "s-7" && id != "s-1" && id != fresh.Story {
			t.Errorf("Labels() has id %q, which is not a store id", id)
		}
	}
}

// TestStoryGrouperLabelsOnlyTouched checks that after Flushed, Labels and
// Events give the stories grouped into since, and no other.
func TestStoryGrouperLabelsOnlyTouched(t *testing.T) {
	g := newStoryGrouper(Options{})
	doc := func(id, title, text string) document.Document {
		return document.Document{ID: id, Title: title, Text: text, URL: "https://news.example/" + id}
	}
	talks := g.Group(doc("a", "Ceasefire talks open in Saint Oren",
		"Negotiators for Estrava and the Dunmoor council met in Saint Oren on Monday for ceasefire talks mediated by the envoy Mara Quill."))
	strike := g.Group(doc("b", "Port Avel dockworkers vote to strike",
		"Dockworkers at Port Avel voted to strike over the harbour authority's automation plan, the union leader Tomas Brenner said."))
	if talks.Story == strike.Story {
		t.Fatalf("talks and strike grouped together in %q", talks.Story)
	}
	if got := g.Labels(); len(got) != 2 {
		t.Errorf("before any flush Labels() = %v; want both stories", got)
	}
	g.Flushed()
	if got := g.Labels(); len(got) != 0 {
		t.Errorf("right after Flushed, Labels() = %v; want none", got)
	}
	g.Group(doc("c", "Port Avel strike enters second day",
		"The strike by dockworkers at Port Avel entered its second day, and the union leader Tomas Brenner said the harbour authority must drop its automation plan."))
	got := g.Labels()
	if _, ok := got[strike.Story]; !ok || len(got) != 1 {
		t.Errorf("after a strike follow-up, Labels() = %v; want only the strike story %q", got, strike.Story)
	}
	if ev := g.Events(); len(ev) != 1 || ev[strike.Story] == nil {
		t.Errorf("after a strike follow-up, Events() has stories %v; want only %q", slices.Collect(maps.Keys(ev)), strike.Story)
	}
}

// TestStoryGrouperSharedStoreID restores two unrelated documents stored
// under one story id (as after a replay that split a stored story): the
// label flushed for that id must be the same every time, the later
// story's, as when labels were taken from Stories in order.
func TestStoryGrouperSharedStoreID(t *testing.T) {
	doc := func(id, title, text string) document.Document {
		return document.Document{ID: id, Title: title, Text: text, URL: "https://news.example/" + id}
	}
	for i := range 30 {
		g := newStoryGrouper(Options{})
		g.Restore(store.Document{Document: doc("a", "Ceasefire talks open in Saint Oren",
			"Negotiators for Estrava and the Dunmoor council met in Saint Oren on Monday for ceasefire talks mediated by the envoy Mara Quill."), Story: "s-1"})
		g.Restore(store.Document{Document: doc("b", "Port Avel dockworkers vote to strike",
			"Dockworkers at Port Avel voted to strike over the harbour authority's automation plan, the union leader Tomas Brenner said."), Story: "s-1"})
		if got, want := g.Labels()["s-1"], "Port Avel dockworkers vote to strike"; got != want {
			t.Fatalf("run %d: label of s-1 = %q; want the later story's %q", i, got, want)
		}
	}
}
