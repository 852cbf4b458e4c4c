package quote

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline-dev/storyline/internal/speaker"
)

// Doc is one document's quotations, as input to Statements.
type Doc struct {
	// ID identifies the document.
	ID string
	// Date is the publication date (YYYY-MM-DD or RFC 3339); empty when unknown.
	Date string
	// Quotes are the document's quotations in text order.
	Quotes []Quote
}

// Statement is one quotation of an actor, located in its document.
type Statement struct {
	// Doc is the document's ID.
	Doc string
	// Date is the document's publication date.
	Date string
	// Index is the quotation's position among the document's quotations.
	Index int
	// Quote is the quotation itself.
	Quote Quote
}

// Actor is everything one speaker said across documents.
type Actor struct {
	// Name is the canonical speaker name.
	Name string
	// Documents is the number of distinct documents the actor is quoted in.
	Documents int
	// Statements are ordered by date (unknown dates last), then by document
	// order in the input, then by position in the document.
	Statements []Statement
}

// Unnamed reports whether a speaker is an unnamed source given by its
// description ("a senior official", "two people familiar with the talks",
// "U.S. officials briefed on the plan") or a group quoted together
// ("analysts", "some critics"), which names someone only within its
// document: the finder writes those with the lower-case indefinite article,
// number, quantifier or group noun that opens them, or as a plural source
// noun and what they know.
func Unnamed(speaker string) bool {
	words := strings.Fields(speaker)
	if len(words) == 0 {
		return false
	}
	if first := words[0]; indefinites[first] && first[0] >= 'a' && first[0] <= 'z' {
		return true
	}
	if first := words[0]; crowdNouns[first] || crowdQuantifiers[first] {
		return true // "analysts", "some critics": a group of this document's
	}
	for i, w := range words {
		// "U.S. officials", "industry observers", "diplomats in Brussels"
		if crowdNouns[strings.ToLower(w)] && (i+1 == len(words) || words[i+1] == "in" || words[i+1] == "of" || words[i+1] == "at" || words[i+1] == "for" || words[i+1] == "from") {
			return true
		}
	}
	for i := 0; i+1 < len(words); i++ {
		if unnamedNouns[strings.ToLower(words[i])] && sourcePostmods[words[i+1]] {
			return true
		}
	}
	return false
}

// Statements groups the quotations of docs by canonical speaker: what each
// actor said, in which documents and in what order. Quotations without a
// speaker are left out. Speaker names are compared case-insensitively with
// whitespace collapsed, and a one-word name joins the one longer name that
// ends in it (see speaker.Canonical); the first spelling seen names the
// actor. Unnamed sources (see Unnamed) are actors of their document only.
// Actors are ordered by number of statements, most first, then by name.
func Statements(docs []Doc) []Actor {
	var names []string
	for _, d := range docs {
		for _, q := range d.Quotes {
			names = append(names, q.Speaker)
		}
	}
	canon := speaker.Canonical(names)
	type acc struct {
		actor Actor
		order []int
		docs  map[string]bool
	}
	byKey := map[string]*acc{}
	var keys []string
	for di, d := range docs {
		for qi, q := range d.Quotes {
			if q.Speaker == "" {
				continue
			}
			name := q.Speaker
			if c, ok := canon[name]; ok {
				name = c
			}
			k := strings.ToLower(strings.Join(strings.Fields(name), " "))
			if Unnamed(name) {
				k += "\x00" + d.ID // "a senior official" here is not the one of another story
			}
			a, ok := byKey[k]
			if !ok {
				a = &acc{actor: Actor{Name: name}, docs: map[string]bool{}}
				byKey[k] = a
				keys = append(keys, k)
			}
			a.actor.Statements = append(a.actor.Statements, Statement{Doc: d.ID, Date: d.Date, Index: qi, Quote: q})
			a.order = append(a.order, di)
			a.docs[d.ID] = true
		}
	}
	out := make([]Actor, 0, len(keys))
	for _, k := range keys {
		a := byKey[k]
		idx := make([]int, len(a.actor.Statements))
		for i := range idx {
			idx[i] = i
		}
		st := a.actor.Statements
		slices.SortStableFunc(idx, func(x, y int) int {
			dx, dy := st[x].Date, st[y].Date
			switch {
			case dx == "" && dy != "":
				return 1
			case dx != "" && dy == "":
				return -1
			}
			if c := cmp.Compare(dx, dy); c != 0 {
				return c
			}
			if c := cmp.Compare(a.order[x], a.order[y]); c != 0 {
				return c
			}
			return cmp.Compare(st[x].Index, st[y].Index)
		})
		sorted := make([]Statement, len(st))
		for i, j := range idx {
			sorted[i] = st[j]
		}
		a.actor.Statements = sorted
		a.actor.Documents = len(a.docs)
		out = append(out, a.actor)
	}
	slices.SortStableFunc(out, func(x, y Actor) int {
		if c := cmp.Compare(len(y.Statements), len(x.Statements)); c != 0 {
			return c
		}
		return cmp.Compare(x.Name, y.Name)
	})
	return out
}
