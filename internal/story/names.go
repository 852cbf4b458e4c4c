package story

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/storyline-dev/storyline/internal/entity"
)

// Name clashes.
//
// Family members share a surname: Barack and Michelle Obama, Hillary and
// Bill Clinton, Joe and Jill Biden. An article about one of them shares
// the surname with a story about another, and on full text that word is
// often most of the score: articles about Barack Obama joined a story
// about Michelle Obama on "Obama" alone (wikiref220, docs/bench/stories.md).
//
// The rule: for a word the article shares with a story, take the
// article's strongest person name ending in it and the story's strongest
// one (by weight in its vector and centroid; equal weights go to the
// name first in alphabetical order, so that decisions do not depend on
// map order). A person name is a capitalised phrase whose second-to-last
// word is a given name of the entity lexicon ("President Barack Obama").
// When both exist and differ and the article never names the story's
// person, the shared terms ending in that word (the word itself,
// "@obama", "@barack obama") do not count towards the score or the
// shared-terms rule, and the decision records the clash. An article that
// names both ("Michelle Obama stressed Barack Obama's values") is not
// affected, nor is one that names nobody in full. A story that mentions
// the article's person in passing (a Michelle Obama story naming her
// husband) still clashes: it is about its leading person, and an article
// about the other one must join it on other words. (Letting such a story
// pass cost neardup-dev one decision, pairwise F1 0.955 -> 0.949.) The rule is looked at only for stories the article
// would join without it, which is all a decision needs.
//
// The same holds for other names with a common last word (the FA Cup and
// the World Cup, Leeds and Manchester United), but capitalised runs in
// headlines ("Missing MH370", "Flight MH370") cannot be told from such
// names without types, and discounting "mh370" there would break a true
// story; so the rule is kept to people, whose given names are known.

// givenNames is the entity lexicon, for its given names: embedded and
// read-only, so it is read once and shared.
var givenNames = sync.OnceValues(entity.NewLexicon)

// nameParts returns, for an entity phrase term ("@president barack
// obama's"), its head, the stemmed last word without a possessive
// ("obama"), and, when the word before it is a given name, its key: the
// last two words folded to plain letters ("barack obama"). Plain terms
// have neither.
func nameParts(t string) (head, key string) {
	if len(t) < 2 || t[0] != '@' {
		return "", ""
	}
	f := strings.Fields(t[1:])
	if len(f) == 0 {
		return "", ""
	}
	// lower has already made a curly apostrophe straight.
	last := strings.TrimSuffix(f[len(f)-1], "'s")
	if last == "" {
		return "", ""
	}
	head = stem(last)
	if len(f) >= 2 {
		if given := foldName(f[len(f)-2]); isGivenName(given) {
			key = given + " " + foldName(last)
		}
	}
	return head, key
}

// isGivenName reports whether the lower-case word w is a given name.
func isGivenName(w string) bool {
	lex, err := givenNames()
	if err != nil || w == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	return lex.GivenGender(string(unicode.ToUpper(r))+w[n:]) != 0
}

// foldName drops diacritics, so that "François Hollande" and "Francois
// Hollande" are one name.
func foldName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			if r, _, err := transform.String(t, s); err == nil {
				return r
			}
			return s
		}
	}
	return s
}

// nameHead is a word that ends multi-word names of the article being
// clustered, with the article's strongest such name.
type nameHead struct {
	word int32  // the head as a plain term
	head string // see nameParts
	key  string
	// other is, in a clash, the story's name with this head.
	other string
}

// surname is the last word of the name, as written (head is stemmed).
func (h nameHead) surname() string {
	if i := strings.LastIndexByte(h.key, ' '); i >= 0 {
		return h.key[i+1:]
	}
	return h.head
}

// maxHeads bounds the heads checked per article; names beyond the
// strongest few carry little weight.
const maxHeads = 8

// articleHeads fills c.heads and c.keys from vec (strongest terms first).
func (c *Clusterer) articleHeads(vec vector) {
	v := c.vocab
	c.heads, c.keys = c.heads[:0], c.keys[:0]
	for _, x := range vec {
		k := v.key[x.id]
		if k == "" {
			continue
		}
		c.keys = append(c.keys, k)
		h := v.head[x.id]
		seen := false
		for _, e := range c.heads {
			if e.head == h {
				seen = true
				break
			}
		}
		if seen || len(c.heads) == maxHeads {
			continue
		}
		word, ok := v.id(h)
		if !ok || v.ent[word] {
			continue // not a plain term, so never shared as one
		}
		c.heads = append(c.heads, nameHead{word: word, head: h, key: k})
	}
}

// nameClash returns the part of the dot product of vec with s's centroid,
// and the number of shared terms, that come from heads whose names clash
// (see the comment at the top of this file), and appends each clashing
// head, with the story's name in other, to clashed.
func (c *Clusterer) nameClash(vec vector, s *story, clashed []nameHead) (dot float64, n int, _ []nameHead) {
	var shared [maxHeads]bool
	found := false
	for i, h := range c.heads {
		if _, ok := s.centroid[h.word]; ok {
			shared[i], found = true, true
		}
	}
	if !found {
		return 0, 0, clashed
	}
	v := c.vocab
	var storyKey [maxHeads]string
	var best [maxHeads]float64
	for id, w := range s.centroid {
		k := v.key[id]
		if k == "" {
			continue
		}
		for i, h := range c.heads {
			if !shared[i] || v.head[id] != h.head {
				continue
			}
			if w > best[i] || w == best[i] && k < storyKey[i] {
				storyKey[i], best[i] = k, w
			}
		}
	}
	for i, h := range c.heads {
		sk := storyKey[i]
		if !shared[i] || sk == "" || sk == h.key || c.named(sk) {
			continue
		}
		for _, x := range vec {
			if w, ok := s.centroid[x.id]; ok && h.covers(v, x.id) {
				dot += x.w * w
				n++
			}
		}
		h.other = sk
		clashed = append(clashed, h)
	}
	return dot, n, clashed
}

// covers reports whether term id is h's word or a name ending in it.
func (h nameHead) covers(v *vocab, id int32) bool {
	return id == h.word || v.head[id] == h.head
}

// named reports whether the article has a name with key k.
func (c *Clusterer) named(k string) bool {
	for _, x := range c.keys {
		if x == k {
			return true
		}
	}
	return false
}
