// Package speaker decides when two speaker names found in different
// documents are the same actor ("Khalilzad" and "Zalmay Khalilzad"). It is
// a leaf of pure functions on names, so that the quote finder's statement
// lists and the servers' per-speaker listings share one rule.
package speaker

import (
	"slices"
	"strings"
)

// Canonical maps speaker names that are one word ("Khalilzad") to
// the one longer name among names that ends in that word ("Zalmay
// Khalilzad"), so that a person quoted by surname in one document and by
// full name in another is one actor. Canonical speakers are resolved per
// document (an article that names Zalmay Khalilzad once calls him
// Khalilzad after that), but an article may never give the full name at
// all: seed 000 names him in a headline line that extraction drops as a
// duplicate headline.
//
// A word that ends two different longer names ("Obama": Barack Obama and
// Michelle Obama) is ambiguous and left alone, as is every name that is
// not one word. Names compare case-insensitively, spaces collapsed. The
// result holds only the names it changes.
func Canonical(names []string) map[string]string {
	full := map[string]string{} // last word -> the longer name, "" when ambiguous
	seen := map[string]string{} // normalised longer name -> first spelling
	for _, n := range names {
		f := strings.Fields(n)
		if len(f) < 2 {
			continue
		}
		key := strings.ToLower(strings.Join(f, " "))
		if _, ok := seen[key]; ok {
			continue
		}
		seen[key] = strings.Join(f, " ")
		last := strings.ToLower(f[len(f)-1])
		if prev, ok := full[last]; ok && prev != key {
			full[last] = ""
			continue
		}
		full[last] = key
	}
	out := map[string]string{}
	for _, n := range names {
		f := strings.Fields(n)
		if len(f) != 1 {
			continue
		}
		if key := full[strings.ToLower(f[0])]; key != "" {
			out[n] = seen[key]
		}
	}
	return out
}

// Same returns the names among names that are the same actor as
// name by Canonical's rule: for "Zalmay Khalilzad", "Khalilzad"
// when no other longer name in names ends in it; for "Khalilzad", the one
// longer name ending in it. Names equal to name (ignoring case and spacing)
// are returned too.
func Same(name string, names []string) []string {
	canon := Canonical(append(slices.Clone(names), name))
	key := func(n string) string {
		if c, ok := canon[n]; ok {
			n = c
		}
		return strings.ToLower(strings.Join(strings.Fields(n), " "))
	}
	want := key(name)
	var out []string
	for _, n := range names {
		if key(n) == want {
			out = append(out, n)
		}
	}
	return out
}
